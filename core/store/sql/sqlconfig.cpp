// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlstore.h"

#include "database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace fd {

Result<ClinicConfig> SqlStore::config()
{
    // Any desk's change to the setup bumps the revision (triggers, schema version 2), so
    // one small query tells whether the cached setup is still current.
    QSqlQuery rev = m_db->prepare(QStringLiteral("SELECT revision FROM config_revision"));
    if (auto r = exec(rev); !r)
        return r.error();
    const qint64 revision = rev.next() ? rev.value(0).toLongLong() : -1;
    rev.finish();
    auto &cache = m_db->configCache();
    if (revision >= 0 && cache.revision == revision)
        return cache.config;
    // Eight tables: read them in one snapshot, so another desk's commit cannot land between
    // two of them (inside a unit of work the write lock already gives one).
    const bool snapshot = m_depth == 0;
    if (snapshot)
        if (auto r = m_db->beginRead(); !r)
            return r.error();
    auto loaded = loadConfigUncached();
    if (snapshot)
        (void)exec(m_db->connection(), QStringLiteral("COMMIT"));
    if (loaded) {
        cache.revision = revision;
        cache.config = *loaded;
    }
    return loaded;
}

Result<ClinicConfig> SqlStore::loadConfigUncached()
{
    ClinicConfig config;
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "SELECT id, name, address, phone, time_zone, open_minute, close_minute, slot_minutes "
        "FROM locations ORDER BY id"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next()) {
        Location l;
        l.id = q.value(0).toLongLong();
        l.name = q.value(1).toString();
        l.address = q.value(2).toString();
        l.phone = q.value(3).toString();
        l.timeZone = q.value(4).toString();
        l.openMinute = q.value(5).toInt();
        l.closeMinute = q.value(6).toInt();
        l.slotMinutes = q.value(7).toInt();
        config.locations.append(l);
    }
    QHash<qint64, qsizetype> locationIndex;
    for (qsizetype i = 0; i < config.locations.size(); ++i)
        locationIndex.insert(config.locations[i].id, i);

    q = m_db->prepare(QStringLiteral("SELECT location_id, day FROM closed_dates"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next())
        config.locations[locationIndex.value(q.value(0).toLongLong())].closedDates.insert(
            QDate::fromString(q.value(1).toString(), Qt::ISODate));

    q = m_db->prepare(QStringLiteral("SELECT id, name FROM services ORDER BY id"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next())
        config.services.append({q.value(0).toLongLong(), q.value(1).toString()});

    q = m_db->prepare(QStringLiteral("SELECT id, name, capacity FROM clinicians ORDER BY id"));
    if (auto r = exec(q); !r)
        return r.error();
    QHash<qint64, qsizetype> clinicianIndex;
    while (q.next()) {
        Clinician c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.capacity = q.value(2).toInt();
        clinicianIndex.insert(c.id, config.clinicians.size());
        config.clinicians.append(c);
    }

    q = m_db->prepare(QStringLiteral("SELECT clinician_id, service_id FROM clinician_services"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next())
        config.clinicians[clinicianIndex.value(q.value(0).toLongLong())].serviceIds.insert(
            q.value(1).toLongLong());

    q = m_db->prepare(QStringLiteral("SELECT clinician_id, location_id, weekday, start_minute, "
                                     "end_minute FROM shifts ORDER BY clinician_id, weekday, "
                                     "start_minute"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next())
        config.clinicians[clinicianIndex.value(q.value(0).toLongLong())].shifts.append(
            {q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});

    q = m_db->prepare(QStringLiteral(
        "SELECT clinician_id, start_utc, end_utc, reason FROM time_off ORDER BY start_utc"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next())
        config.clinicians[clinicianIndex.value(q.value(0).toLongLong())].timeOff.append(
            {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString()});

    q = m_db->prepare(
        QStringLiteral("SELECT code, minutes, buffer_minutes FROM appointment_types"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next()) {
        if (const auto type = parseTypeCode(q.value(0).toString())) {
            auto &s = config.types[static_cast<std::size_t>(*type)];
            s.minutes = q.value(1).toInt();
            s.bufferMinutes = q.value(2).toInt();
        }
    }

    q = m_db->prepare(QStringLiteral("SELECT key, value FROM clinic_settings"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("booking_horizon_months"))
            config.bookingHorizonMonths = q.value(1).toInt();
        else if (q.value(0).toString() == QLatin1String("idle_lock_minutes"))
            config.idleLockMinutes = q.value(1).toInt();
    }

    q = m_db->prepare(QStringLiteral(
        "SELECT id, name, full_name, role, clinician_id, active FROM accounts ORDER BY id"));
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.fullName = q.value(2).toString();
        a.role = parseRoleCode(q.value(3).toString()).value_or(Role::Receptionist);
        if (!q.value(4).isNull())
            a.clinicianId = q.value(4).toLongLong();
        a.active = q.value(5).toInt() != 0;
        config.accounts.append(a);
    }
    return config;
}

Result<void> SqlStore::updateBookingHorizon(int months)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "INSERT INTO clinic_settings (key, value) VALUES ('booking_horizon_months', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(months));
    return exec(q);
}

Result<qint64> SqlStore::insertLocation(const Location &l)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO locations (name, address, phone, time_zone, open_minute, "
                       "close_minute, slot_minutes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(l.name);
    q.addBindValue(text(l.address));
    q.addBindValue(text(l.phone));
    q.addBindValue(l.timeZone);
    q.addBindValue(l.openMinute);
    q.addBindValue(l.closeMinute);
    q.addBindValue(l.slotMinutes);
    const auto inserted = insertedId(q);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    for (const QDate &day : l.closedDates)
        if (auto r = insertClosedDate(id, day, {}); !r)
            return r.error();
    return id;
}

Result<void> SqlStore::insertClosedDate(qint64 locationId, QDate day, const QString &reason)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO closed_dates (location_id, day, reason) VALUES (?, ?, ?) "
                       "ON CONFLICT (location_id, day) DO NOTHING"));
    q.addBindValue(locationId);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(text(reason));
    return exec(q);
}

Result<qint64> SqlStore::insertService(const QString &name)
{
    QSqlQuery q =
        m_db->prepare(QStringLiteral("INSERT INTO services (name) VALUES (?) RETURNING id"));
    q.addBindValue(name);
    return insertedId(q);
}

Result<qint64> SqlStore::insertClinician(const Clinician &c)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO clinicians (name, capacity) VALUES (?, ?) RETURNING id"));
    q.addBindValue(c.name);
    q.addBindValue(c.capacity);
    const auto inserted = insertedId(q);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;

    QSqlQuery s = m_db->prepare(
        QStringLiteral("INSERT INTO clinician_services (clinician_id, service_id) VALUES (?, ?)"));
    for (qint64 serviceId : c.serviceIds) {
        s.addBindValue(id);
        s.addBindValue(serviceId);
        if (auto r = exec(s); !r)
            return r.error();
    }
    QSqlQuery sh = m_db->prepare(
        QStringLiteral("INSERT INTO shifts (clinician_id, location_id, weekday, start_minute, "
                       "end_minute) VALUES (?, ?, ?, ?, ?)"));
    for (const Shift &shift : c.shifts) {
        sh.addBindValue(id);
        sh.addBindValue(shift.locationId);
        sh.addBindValue(shift.weekday);
        sh.addBindValue(shift.startMinute);
        sh.addBindValue(shift.endMinute);
        if (auto r = exec(sh); !r)
            return r.error();
    }
    for (const TimeOff &off : c.timeOff)
        if (auto r = insertTimeOff(id, off); !r)
            return r.error();
    return id;
}

Result<void> SqlStore::updateClinicianCapacity(qint64 clinicianId, int capacity)
{
    QSqlQuery q = m_db->prepare(QStringLiteral("UPDATE clinicians SET capacity = ? WHERE id = ?"));
    q.addBindValue(capacity);
    q.addBindValue(clinicianId);
    return exec(q);
}

Result<bool> SqlStore::isEmpty()
{
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM locations"));
    if (auto r = exec(q); !r)
        return r.error();
    return q.next() && q.value(0).toInt() == 0;
}

Result<void> SqlStore::insertTimeOff(qint64 clinicianId, const TimeOff &off)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "INSERT INTO time_off (clinician_id, start_utc, end_utc, reason) VALUES (?, ?, ?, ?)"));
    q.addBindValue(clinicianId);
    q.addBindValue(off.startUtc);
    q.addBindValue(off.endUtc);
    q.addBindValue(text(off.reason));
    return exec(q);
}

Result<void> SqlStore::updateTypeSettings(const TypeSettings &s)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "UPDATE appointment_types SET minutes = ?, buffer_minutes = ? WHERE code = ?"));
    q.addBindValue(s.minutes);
    q.addBindValue(s.bufferMinutes);
    q.addBindValue(typeCode(s.type));
    return exec(q);
}

} // namespace fd
