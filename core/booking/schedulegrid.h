// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/clinicconfig.h"

#include <QHash>

namespace fd {

// Local wall-clock minutes [start, end) of one day.
struct MinuteRange
{
    int start = 0;
    int end = 0;

    friend bool operator==(const MinuteRange &, const MinuteRange &) = default;
};

// One column of a schedule: a clinician on a day, with the minutes they work there (their
// shifts inside the location's hours, time off taken out). A day view has one per clinician
// working at the location; a clinician's week has one per weekday.
struct ScheduleColumn
{
    qint64 clinicianId = 0;
    QDate day;
    // The location whose wall clock the column's minutes are in: the day view's location, or
    // where the clinician works that weekday (the first shift's, for a week).
    qint64 locationId = 0;
    QString clinicianName;
    QString locationName;
    int capacity = 1;
    QList<MinuteRange> working;
    bool closed = false; // the location is closed that day, or it is a weekend

    bool works(int startMinute, int endMinute) const
    {
        return std::any_of(working.cbegin(), working.cend(), [=](const MinuteRange &r) {
            return r.start <= startMinute && endMinute <= r.end;
        });
    }
};

// What a day or week view draws: the time axis, on the slot grid, and the columns.
struct ScheduleGrid
{
    int firstMinute = 7 * 60;
    int lastMinute = 19 * 60;
    int slotMinutes = 15;
    QList<ScheduleColumn> columns;

    // The column an appointment is drawn in, or -1.
    int columnOf(const Appointment &appointment) const;
};

// A location's day: one column per clinician with a shift there that weekday, or with an
// appointment there that day (a shift since removed still shows its visits), in the setup's
// order; only `clinicianId`'s when it is given.
ScheduleGrid locationDayGrid(const ClinicConfig &config, qint64 locationId, QDate day,
                             const QList<Appointment> &appointments,
                             std::optional<qint64> clinicianId = std::nullopt);

// A clinician's working week, Monday to Friday of the week holding `day`, across locations.
ScheduleGrid clinicianWeekGrid(const ClinicConfig &config, qint64 clinicianId, QDate day,
                               const QList<Appointment> &appointments);

// Where each appointment of one column sits side by side: overlapping visits (a clinician
// with capacity 2, or a cancelled visit under the booking that took its slot) get separate
// lanes, the lowest free lane first, in start order.
struct LanePlacement
{
    QHash<qint64, int> laneOf; // appointment id -> lane
    int lanes = 1;             // at least the column's capacity
};
LanePlacement placeInLanes(const QList<const Appointment *> &appointments, int capacity);

} // namespace fd
