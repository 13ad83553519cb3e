// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules.h"

#include "calendar/walltime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace fd::rules {
namespace {

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::rules)
};

const QString kStart = QStringLiteral("start");

} // namespace

Result<void> checkPlacement(const Placement &p, qint64 nowUtc)
{
    const Location &loc = *p.location;
    const Clinician &clin = *p.clinician;
    if (!p.day.isValid())
        return invalid(kStart, Text::tr("is not a valid date"));
    if (p.minutes <= 0)
        return invalid(QStringLiteral("type"), Text::tr("has no length"));
    const int end = p.startMinute + p.minutes;
    const QString dayName = QLocale().dayName(p.day.dayOfWeek());

    if (p.day.dayOfWeek() > Qt::Friday)
        return ruleError(kStart,
                         Text::tr("%1 %2 is a weekend day; appointments are Monday to Friday")
                             .arg(dayName, p.day.toString(Qt::ISODate)));
    if (loc.closedDates.contains(p.day))
        return ruleError(kStart,
                         Text::tr("%1 is closed on %2").arg(loc.name, p.day.toString(Qt::ISODate)));
    if (p.startMinute < loc.openMinute)
        return ruleError(
            kStart, Text::tr("%1 is before %2 opens at %3")
                        .arg(formatMinute(p.startMinute), loc.name, formatMinute(loc.openMinute)));
    if (end > loc.closeMinute)
        return ruleError(kStart,
                         Text::tr("a visit starting at %1 would end at %2, after %3 closes at %4")
                             .arg(formatMinute(p.startMinute), formatMinute(end), loc.name,
                                  formatMinute(loc.closeMinute)));
    if (loc.slotMinutes > 0 && p.startMinute % loc.slotMinutes != 0)
        return ruleError(kStart, Text::tr("%1 is not on the %2-minute slot grid")
                                     .arg(formatMinute(p.startMinute))
                                     .arg(loc.slotMinutes));
    if (p.serviceId && !clin.offers(*p.serviceId))
        return ruleError(QStringLiteral("service"),
                         Text::tr("%1 does not offer this service").arg(clin.name));

    const bool inShift = std::any_of(clin.shifts.cbegin(), clin.shifts.cend(), [&](const Shift &s) {
        return s.locationId == loc.id && s.weekday == p.day.dayOfWeek() &&
               s.startMinute <= p.startMinute && end + p.bufferMinutes <= s.endMinute;
    });
    if (!inShift)
        return ruleError(QStringLiteral("clinician"),
                         Text::tr("%1 does not work at %2 on %3 from %4 to %5")
                             .arg(clin.name, loc.name, dayName, formatMinute(p.startMinute),
                                  formatMinute(end + p.bufferMinutes)));

    const Interval visit{wallToUtc(loc.timeZone, p.day, p.startMinute),
                         wallToUtc(loc.timeZone, p.day, end + p.bufferMinutes)};
    for (const TimeOff &off : clin.timeOff)
        if (visit.overlaps({off.startUtc, off.endUtc}))
            return ruleError(QStringLiteral("clinician"),
                             Text::tr("%1 is off at that time").arg(clin.name));
    if (visit.startUtc <= nowUtc)
        return ruleError(kStart,
                         Text::tr("%1 is in the past").arg(formatWall(p.day, p.startMinute)));
    return {};
}

QDate horizonEnd(const Location &location, qint64 nowUtc, int months)
{
    const QDate today =
        localDate(location.timeZone, QDateTime::fromSecsSinceEpoch(nowUtc, QTimeZone::utc()));
    return today.addMonths(months);
}

Result<void> checkHorizon(const Location &location, QDate day, qint64 nowUtc, int months)
{
    const QDate last = horizonEnd(location, nowUtc, months);
    if (day > last)
        return invalid(kStart,
                       Text::tr("%1 is past the booking horizon: appointments are taken up to "
                                "%2 months ahead, until %3")
                           .arg(day.toString(Qt::ISODate))
                           .arg(months)
                           .arg(last.toString(Qt::ISODate)));
    return {};
}

int peakOverlap(const Interval &window, const QList<Interval> &intervals)
{
    // Sweep the starts and ends that fall inside the window; ends sort before starts at the
    // same instant because [start, end) intervals that only touch do not overlap.
    QList<std::pair<qint64, int>> events;
    for (const Interval &i : intervals) {
        if (!i.overlaps(window))
            continue;
        events.append({std::max(i.startUtc, window.startUtc), +1});
        events.append({std::min(i.endUtc, window.endUtc), -1});
    }
    std::sort(events.begin(), events.end());
    int current = 0;
    int peak = 0;
    for (const auto &e : events) {
        current += e.second;
        peak = std::max(peak, current);
    }
    return peak;
}

Result<void> checkCapacity(const Clinician &clinician, const Interval &candidateBlock,
                           const QList<Interval> &clinicianBlocks)
{
    if (peakOverlap(candidateBlock, clinicianBlocks) >= clinician.capacity)
        return ruleError(
            kStart,
            Text::tr("that slot is already full: %1 has no room at that time").arg(clinician.name));
    return {};
}

Result<void> checkPatientFree(const Interval &candidate, const QList<Interval> &patientVisits)
{
    for (const Interval &v : patientVisits)
        if (v.overlaps(candidate))
            return ruleError(QStringLiteral("patient"),
                             Text::tr("the patient already has an appointment at that time"));
    return {};
}

bool canMove(Status from, Status to)
{
    switch (from) {
    case Status::Booked:
        return to == Status::Confirmed || to == Status::Arrived || to == Status::Cancelled ||
               to == Status::NoShow;
    case Status::Confirmed:
        return to == Status::Arrived || to == Status::Cancelled || to == Status::NoShow;
    case Status::Arrived:
        return to == Status::Completed;
    case Status::Completed:
    case Status::Cancelled:
    case Status::NoShow:
    case Status::Rescheduled:
    case Status::Voided:
        return false;
    }
    return false;
}

Result<void> checkTransition(Status from, Status to)
{
    if (!canMove(from, to))
        return ruleError(QStringLiteral("status"),
                         Text::tr("cannot move an appointment from %1 to %2")
                             .arg(statusCode(from), statusCode(to)));
    return {};
}

} // namespace fd::rules
