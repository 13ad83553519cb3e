// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/types.h"

namespace fd {

// Where and when an appointment would lie, before any other booking is considered.
struct Placement
{
    const Location *location = nullptr;
    const Clinician *clinician = nullptr;
    std::optional<qint64> serviceId;
    QDate day;
    int startMinute = 0;
    int minutes = 0;
    int bufferMinutes = 0;
};

// The scheduling rules of PRODUCT.md, as pure functions over values: the booking service and
// the slot finder's test oracle both call these, so there is one statement of each rule.
namespace rules {

// Rules 1 and 2: weekday, closed dates, opening hours, the slot grid, the clinician's shifts,
// services and time off, and not in the past.
Result<void> checkPlacement(const Placement &placement, qint64 nowUtc);

// Rule 6: a visit lies no further ahead than the clinic's booking horizon, counted in months
// from today at the location. Past it is bad input (a mistyped year), not a full calendar.
Result<void> checkHorizon(const Location &location, QDate day, qint64 nowUtc, int months);
// The last day the horizon allows, at the location.
QDate horizonEnd(const Location &location, qint64 nowUtc, int months);

// Rule 3: the clinician's active appointments (their block, buffer included) may overlap the
// candidate at most capacity - 1 at any moment. The booking service tells a slot taken since
// the person looked ("slot just taken") from one that was already full.
Result<void> checkCapacity(const Clinician &clinician, const Interval &candidateBlock,
                           const QList<Interval> &clinicianBlocks);

// Rule 3: a patient never has two overlapping appointments.
Result<void> checkPatientFree(const Interval &candidate, const QList<Interval> &patientVisits);

// Rule 4: booked -> confirmed -> arrived -> completed (confirmed may be skipped);
// booked or confirmed -> cancelled or no-show.
bool canMove(Status from, Status to);
Result<void> checkTransition(Status from, Status to);

// A cancellation under 24 hours before the start is late; at exactly 24 hours it is not.
inline bool isLateCancellation(qint64 startUtc, qint64 nowUtc)
{
    return startUtc - nowUtc < 24 * 3600;
}

// The largest number of intervals that overlap at one moment inside `window`.
int peakOverlap(const Interval &window, const QList<Interval> &intervals);

} // namespace rules
} // namespace fd
