// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportcontent.h"

#include "common/text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

#include <algorithm>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Report)
};

} // namespace

QList<BreakdownRow> breakdownRows(const ComparedReport &report, const ClinicConfig &config,
                                  Breakdown by)
{
    const bool clinicians = by == Breakdown::Clinicians;
    const auto &now = clinicians ? report.current.byClinician : report.current.byLocation;
    const auto &before = clinicians ? report.previous.byClinician : report.previous.byLocation;
    QList<qint64> ids = now.keys();
    for (qint64 id : before.keys())
        if (!now.contains(id))
            ids.append(id);
    QList<BreakdownRow> rows;
    for (qint64 id : ids) {
        QString name;
        if (clinicians) {
            const Clinician *c = config.clinician(id);
            name = c ? c->name : Text::tr("Clinician %1").arg(id);
        } else {
            const Location *l = config.location(id);
            name = l ? l->name : Text::tr("Location %1").arg(id);
        }
        rows.append({id, printable(name), now.value(id), before.value(id)});
    }
    std::sort(rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return rows;
}

HourRange busiestHourRange(const ComparedReport &report, const ClinicConfig &config)
{
    int first = 24;
    int last = -1;
    for (const Location &l : config.locations) {
        first = std::min(first, l.openMinute / 60);
        last = std::max(last, (l.closeMinute - 1) / 60);
    }
    for (const PeriodReport *p : {&report.current, &report.previous})
        for (const auto &day : p->startsByWeekdayHour)
            for (int h = 0; h < 24; ++h)
                if (day[std::size_t(h)] > 0) {
                    first = std::min(first, h);
                    last = std::max(last, h);
                }
    if (last < first)
        return {};
    return {first, last};
}

QString busiestHoursNote()
{
    return Text::tr("Visits that hold their slot (cancellations and no-shows left out), by the "
                    "hour they start.");
}

QList<int> busiestWeekdays(const ComparedReport &report)
{
    QList<int> days{0, 1, 2, 3, 4};
    for (int d : {5, 6}) {
        bool any = false;
        for (const PeriodReport *p : {&report.current, &report.previous})
            for (int n : p->startsByWeekdayHour[std::size_t(d)])
                any |= n > 0;
        if (any)
            days.append(d);
    }
    return days;
}

int busiestMaximum(const PeriodReport &report)
{
    int maximum = 0;
    for (const auto &day : report.startsByWeekdayHour)
        for (int n : day)
            maximum = std::max(maximum, n);
    return maximum;
}

QColor heatColor(int value, int maximum)
{
    if (value <= 0 || maximum <= 0)
        return QColor(0xff, 0xff, 0xff);
    // From a pale to a deep blue, never so pale that a single visit looks like none.
    const double t = 0.12 + 0.88 * double(value) / double(maximum);
    const QColor pale(0xe8, 0xf1, 0xfb);
    const QColor deep(0x0b, 0x3d, 0x91);
    auto mix = [t](int a, int b) { return int(a + (b - a) * t + 0.5); };
    return QColor(mix(pale.red(), deep.red()), mix(pale.green(), deep.green()),
                  mix(pale.blue(), deep.blue()));
}

QColor heatTextColor(int value, int maximum)
{
    return maximum > 0 && value * 2 > maximum ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
}

QString hourText(int hour, const QLocale &locale)
{
    // The locale's own words for AM and PM.
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1String("ap"), Qt::CaseInsensitive))
        return locale.toString(QTime(hour, 0), QStringLiteral("h AP"));
    return locale.toString(QTime(hour, 0), QStringLiteral("H:mm"));
}

QList<Status> reportedStatuses()
{
    return {Status::Booked,    Status::Confirmed, Status::Arrived,
            Status::Completed, Status::Cancelled, Status::NoShow};
}

QList<AppointmentType> reportedTypes()
{
    return {AppointmentType::New, AppointmentType::FollowUp, AppointmentType::SelfPay};
}

} // namespace fd
