// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportservice.h"

#include "calendar/walltime.h"
#include "clinic/context.h"
#include "common/text.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace fd {
namespace {

// The context lupdate files this file's words under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Reports)
};

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
    for (std::size_t i = 0; i < byStatus.size(); ++i)
        byStatus[i] += o.byStatus[i];
    for (std::size_t i = 0; i < byType.size(); ++i)
        byType[i] += o.byType[i];
    return *this;
}

QString FigureLine::valueText(double value, bool rate, const QLocale &locale)
{
    return rate ? locale.toString(value * 100.0, 'f', 1) + locale.percent()
                : locale.toString(qint64(std::llround(value)));
}

QString FigureLine::changeText(const QLocale &locale) const
{
    auto signedText = [&](double v, int decimals) {
        const QString digits = locale.toString(std::abs(v), 'f', decimals);
        return v > 0 ? locale.positiveSign() + digits
                     : (v < 0 ? locale.negativeSign() + digits : digits);
    };
    // The change between the values as shown: rates to a tenth of a point, counts whole.
    if (rate) {
        const double points = std::round(now * 1000.0) / 10.0 - std::round(before * 1000.0) / 10.0;
        if (std::abs(points) < 0.05)
            return Text::tr("no change");
        return Text::tr("%1 pts").arg(signedText(points, 1));
    }
    const double shownNow = std::round(now);
    const double shownBefore = std::round(before);
    const double delta = shownNow - shownBefore;
    if (delta == 0.0)
        return Text::tr("no change");
    if (shownBefore == 0.0)
        return Text::tr("new");
    return Text::tr("%1 (%2%3)")
        .arg(signedText(delta, 0), signedText(delta / shownBefore * 100.0, 1), locale.percent());
}

QList<FigureLine> figureLines(const ComparedReport &report)
{
    const Figures &n = report.current.clinic;
    const Figures &b = report.previous.clinic;
    auto count = [](const QString &label, auto now, auto before) {
        return FigureLine{label, double(now), double(before), false};
    };
    return {
        count(Text::tr("Appointments"), n.appointments, b.appointments),
        count(Text::tr("Completed"), n.completed, b.completed),
        count(Text::tr("New patients"), n.newPatients, b.newPatients),
        count(Text::tr("Self-pay visits"), n.selfPay, b.selfPay),
        count(Text::tr("Cancelled"), n.cancelled, b.cancelled),
        count(Text::tr("Late cancellations"), n.lateCancelled, b.lateCancelled),
        count(Text::tr("No-shows"), n.noShows, b.noShows),
        count(Text::tr("Booked hours"), double(n.bookedMinutes) / 60.0,
              double(b.bookedMinutes) / 60.0),
        count(Text::tr("Available hours"), double(n.availableMinutes) / 60.0,
              double(b.availableMinutes) / 60.0),
        {Text::tr("Utilization"), n.utilization(), b.utilization(), true},
        {Text::tr("No-show rate"), n.noShowRate(), b.noShowRate(), true},
        {Text::tr("Late-cancel rate"), n.lateCancelRate(), b.lateCancelRate(), true},
    };
}

QString scopeText(const ReportScope &scope, const ClinicConfig &config)
{
    auto names = [](const QStringList &list, const QString &all, int of) {
        if (list.isEmpty() || list.size() >= of)
            return all;
        if (list.size() <= 2)
            return list.join(QStringLiteral(", "));
        return Text::tr("%1 and %2 more").arg(list.first()).arg(list.size() - 1);
    };
    QStringList locations;
    for (qint64 id : scope.locations)
        if (const Location *l = config.location(id))
            locations.append(printable(l->name));
    QStringList clinicians;
    for (qint64 id : scope.clinicians)
        if (const Clinician *c = config.clinician(id))
            clinicians.append(printable(c->name));
    QStringList types;
    for (AppointmentType t : scope.types)
        types.append(typeLabel(t));
    QStringList services;
    for (qint64 id : scope.services)
        if (const Service *s = config.service(id))
            services.append(printable(s->name));
        else if (id == 0)
            services.append(Text::tr("no service"));
    QStringList parts{
        names(locations, Text::tr("All locations"), int(config.locations.size())),
        names(clinicians, Text::tr("all clinicians"), int(config.clinicians.size())),
    };
    if (!types.isEmpty() && types.size() < 3)
        parts.append(types.join(QStringLiteral(", ")));
    if (!services.isEmpty() && services.size() < config.services.size())
        parts.append(names(services, {}, int(config.services.size())));
    return parts.join(QStringLiteral(" · "));
}

QString dateText(QDate day, const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(day, format);
}

QString dateRangeText(QDate from, QDate to, const QLocale &locale)
{
    if (from == to)
        return dateText(from, locale);
    return Text::tr("%1 to %2").arg(dateText(from, locale), dateText(to, locale));
}

QString periodText(const ComparedReport &report, const QLocale &locale)
{
    return Text::tr("%1, beside %2")
        .arg(dateRangeText(report.current.from, report.current.to, locale),
             dateRangeText(report.previous.from, report.previous.to, locale));
}

Error exportCancelled()
{
    return {ErrorKind::Cancelled, {}, Text::tr("the export was cancelled")};
}

ReportScope ReportScope::of(QDate from, QDate to, std::optional<qint64> locationId,
                            std::optional<qint64> clinicianId)
{
    ReportScope scope{from, to, {}, {}, {}, {}, {}, {}};
    if (locationId)
        scope.locations = {*locationId};
    if (clinicianId)
        scope.clinicians = {*clinicianId};
    return scope;
}

ReportScope ReportScope::over(QDate otherFrom, QDate otherTo) const
{
    ReportScope other = *this;
    other.from = otherFrom;
    other.to = otherTo;
    other.compareFrom = {};
    other.compareTo = {};
    return other;
}

std::pair<QDate, QDate> ReportScope::comparedPeriod() const
{
    if (compareFrom.isValid() && compareTo.isValid())
        return {compareFrom, compareTo};
    if (from.isValid() && to.isValid() && from.day() == 1 && to.addDays(1).day() == 1) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        return {from.addMonths(-months), from.addDays(-1)};
    }
    const qint64 days = from.daysTo(to) + 1;
    return {from.addDays(-days), from.addDays(-1)};
}

namespace {

Result<AppointmentFilter> filterOf(const ReportScope &scope)
{
    if (!scope.from.isValid() || !scope.to.isValid() || scope.to < scope.from)
        return invalid(QStringLiteral("to"), Text::tr("the period must end after it starts"));
    AppointmentFilter filter{scope.from, scope.to, std::nullopt, std::nullopt, false};
    filter.locationIds = scope.locations;
    filter.clinicianIds = scope.clinicians;
    filter.types = scope.types;
    filter.serviceIds = scope.services;
    return filter;
}

} // namespace

Result<void> ReportService::noteExport(const ReportScope &scope, const QString &format,
                                       bool deidentified)
{
    if (auto r = authorize(m_c, Permission::Reports); !r)
        return r;
    auto ids = [](const QList<qint64> &list) {
        QJsonArray array;
        for (qint64 id : list)
            array.append(id);
        return array;
    };
    QJsonArray types;
    for (AppointmentType type : scope.types)
        types.append(typeCode(type));
    const QJsonObject what{{QStringLiteral("format"), format},
                           {QStringLiteral("from"), scope.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), scope.to.toString(Qt::ISODate)},
                           {QStringLiteral("locations"), ids(scope.locations)},
                           {QStringLiteral("clinicians"), ids(scope.clinicians)},
                           {QStringLiteral("types"), types},
                           {QStringLiteral("services"), ids(scope.services)},
                           {QStringLiteral("deidentified"), deidentified}};
    // Its own unit, committed before a row leaves: an export stopped half-way is on the trail.
    return inUnit<void>(m_c, [&]() -> Result<void> {
        return m_c.store.writeAudit({m_c.clock.nowSecs(),
                                     m_c.user,
                                     QStringLiteral("export"),
                                     QStringLiteral("appointments"),
                                     0,
                                     {},
                                     what});
    });
}

Result<qint64> ReportService::exportAppointmentsCsv(const ReportScope &scope, QIODevice &out,
                                                    const CsvOptions &options)
{
    auto filter = filterOf(scope);
    if (!filter)
        return filter.error();
    if (auto r = noteExport(scope, QStringLiteral("csv"), options.deidentified); !r)
        return r.error();
    return m_c.store.exportAppointmentsCsv(*filter, options, out);
}

Result<qint64>
ReportService::forEachAppointment(const ReportScope &scope, const QString &format,
                                  bool deidentified,
                                  const std::function<bool(const Appointment &)> &visit)
{
    auto filter = filterOf(scope);
    if (!filter)
        return filter.error();
    if (auto r = noteExport(scope, format, deidentified); !r)
        return r.error();
    return m_c.store.forEachAppointment(*filter, visit);
}

Result<ComparedReport> ReportService::compared(const ReportScope &scope)
{
    auto current = period(scope);
    if (!current)
        return current.error();
    const auto [compareFrom, compareTo] = scope.comparedPeriod();
    if (compareTo < compareFrom)
        return invalid(QStringLiteral("compare"),
                       Text::tr("the period compared with must end after it starts"));
    auto previous = period(scope.over(compareFrom, compareTo));
    if (!previous)
        return previous.error();
    return ComparedReport{*current, *previous};
}

Result<PeriodReport> ReportService::period(const ReportScope &scope)
{
    if (auto r = authorize(m_c, Permission::Reports); !r)
        return r.error();
    auto filter = filterOf(scope);
    if (!filter)
        return filter.error();
    auto config = m_c.store.config();
    if (!config)
        return config.error();
    PeriodReport report;
    report.from = scope.from;
    report.to = scope.to;

    auto counts = m_c.store.countAppointments(*filter);
    if (!counts)
        return counts.error();
    for (const AppointmentCount &row : *counts) {
        report.rows += row.count;
        if (!countsInFigures(row.status))
            continue;
        Figures f;
        const int count = row.count;
        f.appointments = count;
        if (holdsSlot(row.status)) {
            f.held = count;
            f.bookedMinutes = row.minutes;
            f.newPatients = row.type == AppointmentType::New ? count : 0;
            f.selfPay = row.type == AppointmentType::SelfPay ? count : 0;
        }
        f.completed = row.status == Status::Completed ? count : 0;
        f.noShows = row.status == Status::NoShow ? count : 0;
        f.cancelled = row.status == Status::Cancelled ? count : 0;
        f.lateCancelled = row.status == Status::Cancelled && row.lateCancel ? count : 0;
        f.byStatus[static_cast<std::size_t>(row.status)] = count;
        f.byType[static_cast<std::size_t>(row.type)] = count;
        report.byLocation[row.locationId] += f;
        report.byClinician[row.clinicianId] += f;
        report.clinic += f;
    }
    auto hours = m_c.store.startsByWeekdayHour(*filter);
    if (!hours)
        return hours.error();
    report.startsByWeekdayHour = *hours;
    for (const auto &day : *hours)
        for (std::size_t h = 0; h < 24; ++h)
            report.startsByHour[h] += day[h];

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
        if (!scope.clinicians.isEmpty() && !scope.clinicians.contains(c.id))
            continue;
        for (QDate day = scope.from; day <= scope.to; day = day.addDays(1)) {
            for (const Shift &s : c.shifts) {
                if (s.weekday != day.dayOfWeek() || day.dayOfWeek() > Qt::Friday ||
                    (!scope.locations.isEmpty() && !scope.locations.contains(s.locationId)))
                    continue;
                const Location *loc = config->location(s.locationId);
                if (!loc || loc->closedDates.contains(day))
                    continue;
                const int start = std::max(s.startMinute, loc->openMinute);
                const int end = std::min(s.endMinute, loc->closeMinute);
                const qint64 startUtc = midnightUtc(*loc, day) + 60LL * start;
                const qint64 endUtc = startUtc + 60LL * (end - start);
                if (end <= start)
                    continue;
                // Time off is taken out to the minute (overlapping absences counted once).
                QList<std::pair<qint64, qint64>> off;
                for (const TimeOff &t : c.timeOff)
                    if (t.startUtc < endUtc && startUtc < t.endUtc)
                        off.append({std::max(t.startUtc, startUtc), std::min(t.endUtc, endUtc)});
                std::sort(off.begin(), off.end());
                qint64 offSeconds = 0;
                qint64 reached = startUtc;
                for (const auto &[a, b] : off) {
                    const qint64 from_ = std::max(a, reached);
                    if (b > from_)
                        offSeconds += b - from_;
                    reached = std::max(reached, b);
                }
                const qint64 minutes = (qint64(end - start) - offSeconds / 60) * c.capacity;
                if (minutes <= 0)
                    continue;
                report.byLocation[loc->id].availableMinutes += minutes;
                report.byClinician[c.id].availableMinutes += minutes;
                report.clinic.availableMinutes += minutes;
            }
        }
    }
    return report;
}

} // namespace fd
