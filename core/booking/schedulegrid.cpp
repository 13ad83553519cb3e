// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schedulegrid.h"

#include "calendar/walltime.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace fd {
namespace {

// The local minute of `utc` on `day` in `zone`, clamped to the day.
int localMinute(const QTimeZone &zone, QDate day, qint64 utc)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, zone);
    if (at.date() < day)
        return 0;
    if (at.date() > day)
        return 24 * 60;
    return at.time().hour() * 60 + at.time().minute();
}

// Sorted by start, overlapping and touching ranges merged.
QList<MinuteRange> normalized(QList<MinuteRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const MinuteRange &a, const MinuteRange &b) { return a.start < b.start; });
    QList<MinuteRange> out;
    for (const MinuteRange &r : ranges) {
        if (!out.isEmpty() && r.start <= out.last().end)
            out.last().end = std::max(out.last().end, r.end);
        else
            out.append(r);
    }
    return out;
}

// `ranges` less [cut.start, cut.end).
QList<MinuteRange> subtract(const QList<MinuteRange> &ranges, MinuteRange cut)
{
    QList<MinuteRange> out;
    for (const MinuteRange &r : ranges) {
        if (cut.end <= r.start || r.end <= cut.start) {
            out.append(r);
            continue;
        }
        if (r.start < cut.start)
            out.append({r.start, cut.start});
        if (cut.end < r.end)
            out.append({cut.end, r.end});
    }
    return out;
}

ScheduleColumn makeColumn(const Clinician &clinician, const Location &location, QDate day)
{
    ScheduleColumn column;
    column.clinicianId = clinician.id;
    column.day = day;
    column.locationId = location.id;
    column.clinicianName = clinician.name;
    column.locationName = location.name;
    column.capacity = std::max(1, clinician.capacity);
    column.closed = day.dayOfWeek() > Qt::Friday || location.closedDates.contains(day);
    if (column.closed)
        return column;
    for (const Shift &s : clinician.shifts) {
        if (s.locationId != location.id || s.weekday != day.dayOfWeek())
            continue;
        const int start = std::max(s.startMinute, location.openMinute);
        const int end = std::min(s.endMinute, location.closeMinute);
        if (start < end)
            column.working.append({start, end});
    }
    column.working = normalized(column.working);
    const QTimeZone zone(location.timeZone.toUtf8());
    const qint64 dayStart = wallToUtc(location.timeZone, day, 0);
    const qint64 dayEnd = wallToUtc(location.timeZone, day.addDays(1), 0);
    for (const TimeOff &off : clinician.timeOff) {
        if (off.endUtc <= dayStart || dayEnd <= off.startUtc)
            continue;
        column.working = subtract(column.working, {localMinute(zone, day, off.startUtc),
                                                   localMinute(zone, day, off.endUtc)});
    }
    return column;
}

void fitAxis(ScheduleGrid &grid, const Location &location, const QList<Appointment> &appointments)
{
    grid.firstMinute = std::min(grid.firstMinute, location.openMinute);
    grid.lastMinute = std::max(grid.lastMinute, location.closeMinute);
    for (const Appointment &a : appointments) {
        grid.firstMinute = std::min(grid.firstMinute, a.startMinute);
        grid.lastMinute = std::max(grid.lastMinute, a.endMinute);
    }
    // The axis starts and ends on a whole hour.
    grid.firstMinute = grid.firstMinute / 60 * 60;
    grid.lastMinute = (grid.lastMinute + 59) / 60 * 60;
}

} // namespace

int ScheduleGrid::columnOf(const Appointment &appointment) const
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns[i].clinicianId == appointment.clinicianId && columns[i].day == appointment.day)
            return static_cast<int>(i);
    return -1;
}

ScheduleGrid locationDayGrid(const ClinicConfig &config, qint64 locationId, QDate day,
                             const QList<Appointment> &appointments,
                             std::optional<qint64> clinicianId)
{
    ScheduleGrid grid;
    const Location *location = config.location(locationId);
    if (!location)
        return grid;
    grid.slotMinutes = std::max(5, location->slotMinutes);
    QSet<qint64> booked;
    for (const Appointment &a : appointments)
        if (a.locationId == locationId && a.day == day)
            booked.insert(a.clinicianId);
    for (const Clinician &c : config.clinicians) {
        if (clinicianId && c.id != *clinicianId)
            continue;
        const bool hasShift = std::any_of(c.shifts.cbegin(), c.shifts.cend(), [&](const Shift &s) {
            return s.locationId == locationId && s.weekday == day.dayOfWeek();
        });
        if (hasShift || booked.contains(c.id) || clinicianId)
            grid.columns.append(makeColumn(c, *location, day));
    }
    fitAxis(grid, *location, appointments);
    return grid;
}

ScheduleGrid clinicianWeekGrid(const ClinicConfig &config, qint64 clinicianId, QDate day,
                               const QList<Appointment> &appointments)
{
    ScheduleGrid grid;
    const Clinician *clinician = config.clinician(clinicianId);
    if (!clinician || config.locations.isEmpty())
        return grid;
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    grid.slotMinutes = 60;
    for (int i = 0; i < 5; ++i) {
        const QDate d = monday.addDays(i);
        // Where they work that weekday: the first shift's location, else where they have a
        // visit, else the first location (an empty, shaded column).
        const Location *where = nullptr;
        for (const Shift &s : clinician->shifts)
            if (s.weekday == d.dayOfWeek() && (where = config.location(s.locationId)))
                break;
        for (const Appointment &a : appointments)
            if (!where && a.day == d && a.clinicianId == clinicianId)
                where = config.location(a.locationId);
        if (!where)
            where = &config.locations.first();
        ScheduleColumn column = makeColumn(*clinician, *where, d);
        // Another location the same weekday adds its hours to the column, once.
        QSet<qint64> added{where->id};
        for (const Shift &s : clinician->shifts) {
            if (s.weekday != d.dayOfWeek() || added.contains(s.locationId))
                continue;
            added.insert(s.locationId);
            if (const Location *other = config.location(s.locationId)) {
                column.working += makeColumn(*clinician, *other, d).working;
                column.locationName += QStringLiteral(", ") + other->name;
            }
        }
        column.working = normalized(column.working);
        grid.columns.append(column);
        grid.slotMinutes = std::min(grid.slotMinutes, std::max(5, where->slotMinutes));
        fitAxis(grid, *where, appointments);
    }
    return grid;
}

LanePlacement placeInLanes(const QList<const Appointment *> &appointments, int capacity)
{
    QList<const Appointment *> sorted = appointments;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Appointment *a, const Appointment *b) {
        return std::tie(a->startMinute, a->endMinute) < std::tie(b->startMinute, b->endMinute);
    });
    LanePlacement placement;
    placement.lanes = std::max(1, capacity);
    QList<int> laneEnds; // the end minute of the last visit in each lane
    for (const Appointment *a : sorted) {
        qsizetype lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > a->startMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(a->endMinute);
        else
            laneEnds[lane] = a->endMinute;
        placement.laneOf.insert(a->id, static_cast<int>(lane));
    }
    placement.lanes = std::max(placement.lanes, static_cast<int>(laneEnds.size()));
    return placement;
}

} // namespace fd
