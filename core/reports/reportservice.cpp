#include "reportservice.h"

#include "calendar/walltime.h"
#include "store/configstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace fd {
namespace {

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

double Figures::utilization() const
{
    return ratio(bookedMinutes, availableMinutes);
}
double Figures::noShowRate() const
{
    return ratio(noShows, completed + noShows);
}
double Figures::lateCancelRate() const
{
    return ratio(lateCancelled, appointments);
}

Figures &Figures::operator+=(const Figures &o)
{
    appointments += o.appointments;
    held += o.held;
    completed += o.completed;
    noShows += o.noShows;
    cancelled += o.cancelled;
    lateCancelled += o.lateCancelled;
    newPatients += o.newPatients;
    selfPay += o.selfPay;
    bookedMinutes += o.bookedMinutes;
    availableMinutes += o.availableMinutes;
    return *this;
}

Result<PeriodReport> ReportService::period(QDate from, QDate to, std::optional<qint64> locationId,
                                           std::optional<qint64> clinicianId)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("fd::Reports", "the period must end after it starts"));
    auto config = ConfigStore(m_db).load();
    if (!config)
        return config.error();
    PeriodReport report;
    report.from = from;
    report.to = to;

    // Counts grouped in SQL: a month is a few hundred groups however large the history.
    QString filter = QStringLiteral(" WHERE start_utc BETWEEN ? AND ? AND day BETWEEN ? AND ?");
    if (locationId)
        filter += QStringLiteral(" AND location_id = ?");
    if (clinicianId)
        filter += QStringLiteral(" AND clinician_id = ?");
    auto bind = [&](QSqlQuery &q) {
        q.addBindValue(
            QDateTime(from.addDays(-1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        q.addBindValue(QDateTime(to.addDays(2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.toString(Qt::ISODate));
        if (locationId)
            q.addBindValue(*locationId);
        if (clinicianId)
            q.addBindValue(*clinicianId);
    };
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT location_id, clinician_id, type, status, late_cancel, COUNT(*), "
                       "SUM(end_minute - start_minute) FROM appointments") +
        filter + QStringLiteral(" GROUP BY location_id, clinician_id, type, status, late_cancel"));
    q.setForwardOnly(true);
    bind(q);
    if (auto r = exec(q); !r)
        return r.error();
    while (q.next()) {
        Figures f;
        const auto type = parseTypeCode(q.value(2).toString()).value_or(AppointmentType::FollowUp);
        const auto status = parseStatusCode(q.value(3).toString()).value_or(Status::Booked);
        const int count = q.value(5).toInt();
        f.appointments = count;
        if (holdsSlot(status)) {
            f.held = count;
            f.bookedMinutes = q.value(6).toLongLong();
            f.newPatients = type == AppointmentType::New ? count : 0;
            f.selfPay = type == AppointmentType::SelfPay ? count : 0;
        }
        f.completed = status == Status::Completed ? count : 0;
        f.noShows = status == Status::NoShow ? count : 0;
        f.cancelled = status == Status::Cancelled ? count : 0;
        f.lateCancelled = status == Status::Cancelled && q.value(4).toBool() ? count : 0;
        report.byLocation[q.value(0).toLongLong()] += f;
        report.byClinician[q.value(1).toLongLong()] += f;
        report.clinic += f;
    }

    QSqlQuery hours = m_db.prepare(
        QStringLiteral("SELECT start_minute / 60, COUNT(*) FROM appointments") + filter +
        QStringLiteral(" AND status NOT IN ('cancelled', 'no-show') GROUP BY start_minute / 60"));
    hours.setForwardOnly(true);
    bind(hours);
    if (auto r = exec(hours); !r)
        return r.error();
    while (hours.next()) {
        const int hour = hours.value(0).toInt();
        if (hour >= 0 && hour < 24)
            report.startsByHour[static_cast<std::size_t>(hour)] = hours.value(1).toInt();
    }

    // Available time from the setup: each working day's shift inside opening hours, times
    // capacity, unless the location is closed or the clinician is off.
    // Local midnight in UTC per location and day, computed once: time zone conversions are
    // the slow part of this loop otherwise.
    QHash<QPair<qint64, qint64>, qint64> midnights;
    auto midnightUtc = [&](const Location &loc, QDate day) {
        const QPair<qint64, qint64> key{loc.id, dayNumber(day)};
        auto it = midnights.constFind(key);
        if (it == midnights.cend())
            // From noon, so a daylight-saving night does not shift the working hours.
            it = midnights.insert(key, wallToUtc(loc.timeZone, day, 12 * 60) - 12 * 3600);
        return *it;
    };
    for (const Clinician &c : config->clinicians) {
        if (clinicianId && *clinicianId != c.id)
            continue;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            for (const Shift &s : c.shifts) {
                if (s.weekday != day.dayOfWeek() || day.dayOfWeek() > Qt::Friday ||
                    (locationId && *locationId != s.locationId))
                    continue;
                const Location *loc = config->location(s.locationId);
                if (!loc || loc->closedDates.contains(day))
                    continue;
                const int start = std::max(s.startMinute, loc->openMinute);
                const int end = std::min(s.endMinute, loc->closeMinute);
                const qint64 startUtc = midnightUtc(*loc, day) + 60LL * start;
                const qint64 endUtc = startUtc + 60LL * (end - start);
                // Time off that touches a shift takes the whole shift out.
                const bool off =
                    std::any_of(c.timeOff.cbegin(), c.timeOff.cend(), [&](const TimeOff &t) {
                        return t.startUtc < endUtc && startUtc < t.endUtc;
                    });
                if (end <= start || off)
                    continue;
                const qint64 minutes = qint64(end - start) * c.capacity;
                report.byLocation[loc->id].availableMinutes += minutes;
                report.byClinician[c.id].availableMinutes += minutes;
                report.clinic.availableMinutes += minutes;
            }
        }
    }
    return report;
}

} // namespace fd
