// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"

class QIODevice;

namespace fd {

// Appointments as an iCalendar file (RFC 5545) for a clinician's or a location's calendar
// program: one VEVENT per visit (cancelled ones marked CANCELLED; moved rows and bookings
// entered in error left out), at the location's wall-clock time with a VTIMEZONE for each
// zone built from its real transitions, so times are right on both sides of a
// daylight-saving change. UIDs are stable: the same visit keeps its UID in every export.
struct CalendarOptions
{
    bool deidentified = false; // patients by number, without phone or reason
    qint64 stampUtc = 0;       // DTSTAMP: when the file is made
};
Result<qint64> writeICalendar(const QList<Appointment> &appointments, const ClinicConfig &config,
                              const CalendarOptions &options, QIODevice &out);

} // namespace fd
