// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

namespace fd {

class Clinic;

struct GenerateOptions
{
    int locations = 4;
    int clinicians = 40;
    int years = 10;
    quint32 seed = 1;
    int patients = 0;         // 0: 15,000 per year of history
    int futureWeeks = 12;     // bookings ahead of today
    int pastOccupancy = 80;   // percent of a shift's time booked in the past
    int futureOccupancy = 70; // percent booked ahead
};

struct GenerateSummary
{
    qint64 patients = 0;
    qint64 appointments = 0;
    qint64 statusChanges = 0;
    qint64 auditRecords = 0;
};

// Fills an empty database with a clinic's realistic history for benchmarks: years of
// appointments with their status history and audit records, and bookings for the weeks
// ahead. The setup goes through the setup service; the rows go through the store's bulk
// writer (row by row through the services would take hours), but every appointment keeps the
// scheduling rules.
Result<GenerateSummary> generateHistory(Clinic &clinic, const GenerateOptions &options);

} // namespace fd
