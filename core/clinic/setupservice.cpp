// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "setupservice.h"

#include "common/text.h"
#include "context.h"
#include "domain/json.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace fd {
namespace {

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::SetupService)
};

QJsonObject clinicianJson(const Clinician &c)
{
    QJsonArray shifts;
    for (const Shift &s : c.shifts)
        shifts.append(QJsonObject{{QStringLiteral("location_id"), s.locationId},
                                  {QStringLiteral("weekday"), s.weekday},
                                  {QStringLiteral("start_minute"), s.startMinute},
                                  {QStringLiteral("end_minute"), s.endMinute}});
    QJsonArray services;
    for (qint64 id : c.serviceIds)
        services.append(id);
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("capacity"), c.capacity},
            {QStringLiteral("service_ids"), services},
            {QStringLiteral("shifts"), shifts}};
}

} // namespace

template <typename Write>
Result<qint64> SetupService::record(const char *action, const char *entity, Write write)
{
    return inUnit<qint64>(m_c, [&]() -> Result<qint64> {
        Result<Change> change = write();
        if (!change)
            return change.error();
        m_c.pending.setup = true;
        if (auto r = m_c.store.writeAudit({m_c.clock.nowSecs(),
                                           m_c.user,
                                           QString::fromLatin1(action),
                                           QString::fromLatin1(entity),
                                           change->entityId,
                                           {},
                                           change->after});
            !r)
            return r.error();
        return change->entityId;
    });
}

Result<bool> SetupService::isEmpty()
{
    return m_c.store.isEmpty();
}

Result<qint64> SetupService::addLocation(const Location &given)
{
    if (auto r = authorize(m_c, Permission::Setup); !r)
        return r.error();
    Location l = given;
    for (auto [field, value, limit, required] :
         {std::tuple{"name", &l.name, limits::kName, true},
          std::tuple{"address", &l.address, limits::kShort * 2, false},
          std::tuple{"phone", &l.phone, limits::kPhone, false}}) {
        auto clean = cleanLine(QString::fromLatin1(field), *value, limit, required);
        if (!clean)
            return clean.error();
        *value = *clean;
    }
    if (!QTimeZone(l.timeZone.toUtf8()).isValid())
        return invalid(QStringLiteral("time-zone"),
                       Text::tr("unknown time zone \"%1\"").arg(quotable(l.timeZone)));
    if (l.openMinute < 0 || l.closeMinute > 24 * 60 || l.openMinute >= l.closeMinute)
        return invalid(QStringLiteral("hours"), Text::tr("opening must come before closing"));
    if (l.slotMinutes <= 0 || l.slotMinutes > 240)
        return invalid(QStringLiteral("slot-minutes"), Text::tr("must be between 1 and 240"));
    return record("add-location", "location", [&]() -> Result<Change> {
        auto id = m_c.store.insertLocation(l);
        if (!id)
            return id.error();
        Location saved = l;
        saved.id = *id;
        return Change{*id, toJson(saved)};
    });
}

Result<void> SetupService::addClosedDate(qint64 locationId, QDate day, const QString &given)
{
    if (auto r = authorize(m_c, Permission::Setup); !r)
        return r.error();
    if (!day.isValid())
        return invalid(QStringLiteral("date"), Text::tr("is not a valid date"));
    auto cleanReason = cleanLine(QStringLiteral("reason"), given, limits::kReason);
    if (!cleanReason)
        return cleanReason.error();
    const QString reason = *cleanReason;
    auto r = record("add-closed-date", "location", [&]() -> Result<Change> {
        if (auto w = m_c.store.insertClosedDate(locationId, day, reason); !w)
            return w.error();
        return Change{locationId,
                      {{QStringLiteral("day"), day.toString(Qt::ISODate)},
                       {QStringLiteral("reason"), reason}}};
    });
    if (!r)
        return r.error();
    return {};
}

Result<qint64> SetupService::addService(const QString &given)
{
    if (auto r = authorize(m_c, Permission::Setup); !r)
        return r.error();
    auto name = cleanLine(QStringLiteral("name"), given, limits::kName, true);
    if (!name)
        return name.error();
    return record("add-service", "service", [&]() -> Result<Change> {
        auto id = m_c.store.insertService(*name);
        if (!id)
            return id.error();
        return Change{*id, toJson(Service{*id, *name})};
    });
}

Result<qint64> SetupService::addClinician(const Clinician &given)
{
    if (auto r = authorize(m_c, Permission::Setup); !r)
        return r.error();
    Clinician c = given;
    auto name = cleanLine(QStringLiteral("name"), c.name, limits::kName, true);
    if (!name)
        return name.error();
    c.name = *name;
    if (c.capacity < 1)
        return invalid(QStringLiteral("capacity"), Text::tr("must be at least 1"));
    for (const Shift &s : c.shifts)
        if (s.weekday < 1 || s.weekday > 7 || s.startMinute < 0 || s.endMinute > 24 * 60 ||
            s.startMinute >= s.endMinute)
            return invalid(QStringLiteral("shifts"), Text::tr("a shift must start before it ends"));
    // Nobody is at two locations at once: shifts on one weekday may not overlap.
    for (qsizetype i = 0; i < c.shifts.size(); ++i)
        for (qsizetype j = i + 1; j < c.shifts.size(); ++j) {
            const Shift &a = c.shifts[i];
            const Shift &b = c.shifts[j];
            if (a.weekday == b.weekday && a.startMinute < b.endMinute &&
                b.startMinute < a.endMinute)
                return invalid(
                    QStringLiteral("shifts"),
                    Text::tr("%1 has overlapping shifts on weekday %2").arg(c.name).arg(a.weekday));
        }
    return record("add-clinician", "clinician", [&]() -> Result<Change> {
        auto id = m_c.store.insertClinician(c);
        if (!id)
            return id.error();
        Clinician saved = c;
        saved.id = *id;
        return Change{*id, clinicianJson(saved)};
    });
}

Result<void> SetupService::setCapacity(qint64 clinicianId, int capacity)
{
    if (auto r = authorize(m_c, Permission::Setup); !r)
        return r.error();
    if (capacity < 1 || capacity > 20)
        return invalid(QStringLiteral("capacity"), Text::tr("must be between 1 and 20"));
    auto r = record("set-capacity", "clinician", [&]() -> Result<Change> {
        if (auto w = m_c.store.updateClinicianCapacity(clinicianId, capacity); !w)
            return w.error();
        return Change{clinicianId, {{QStringLiteral("capacity"), capacity}}};
    });
    if (!r)
        return r.error();
    return {};
}

Result<void> SetupService::addTimeOff(qint64 clinicianId, const TimeOff &given)
{
    if (auto r = authorize(m_c, Permission::Setup); !r)
        return r.error();
    if (given.startUtc >= given.endUtc)
        return invalid(QStringLiteral("time-off"), Text::tr("must start before it ends"));
    auto reason = cleanLine(QStringLiteral("reason"), given.reason, limits::kReason);
    if (!reason)
        return reason.error();
    TimeOff off = given;
    off.reason = *reason;
    auto r = record("add-time-off", "clinician", [&]() -> Result<Change> {
        if (auto w = m_c.store.insertTimeOff(clinicianId, off); !w)
            return w.error();
        return Change{clinicianId,
                      {{QStringLiteral("start_utc"), off.startUtc},
                       {QStringLiteral("end_utc"), off.endUtc},
                       {QStringLiteral("reason"), off.reason}}};
    });
    if (!r)
        return r.error();
    return {};
}

Result<void> SetupService::setBookingHorizon(int months)
{
    if (auto r = authorize(m_c, Permission::Setup); !r)
        return r.error();
    if (months < 1 || months > 60)
        return invalid(QStringLiteral("horizon"), Text::tr("must be between 1 and 60 months"));
    auto r = record("set-booking-horizon", "clinic", [&]() -> Result<Change> {
        if (auto w = m_c.store.updateBookingHorizon(months); !w)
            return w.error();
        return Change{0, {{QStringLiteral("booking_horizon_months"), months}}};
    });
    if (!r)
        return r.error();
    return {};
}

Result<void> SetupService::setTypeSettings(const TypeSettings &s)
{
    if (auto r = authorize(m_c, Permission::Setup); !r)
        return r.error();
    if (s.minutes <= 0 || s.minutes > 8 * 60)
        return invalid(QStringLiteral("minutes"), Text::tr("must be between 1 and 480"));
    if (s.bufferMinutes < 0 || s.bufferMinutes > 120)
        return invalid(QStringLiteral("buffer"), Text::tr("must be between 0 and 120"));
    auto r = record("set-type", "appointment-type", [&]() -> Result<Change> {
        if (auto w = m_c.store.updateTypeSettings(s); !w)
            return w.error();
        return Change{0,
                      {{QStringLiteral("type"), typeCode(s.type)},
                       {QStringLiteral("minutes"), s.minutes},
                       {QStringLiteral("buffer_minutes"), s.bufferMinutes}}};
    });
    if (!r)
        return r.error();
    return {};
}

} // namespace fd
