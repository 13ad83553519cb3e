#pragma once

#include "common/clock.h"
#include "common/result.h"

namespace fd {

class Database;

struct DemoSummary
{
    int locations = 0;
    int clinicians = 0;
    int patients = 0;
    int appointments = 0;
};

// Fills an empty database with the demo clinic: the four locations of the seeds, a dozen
// clinicians on weekly patterns across them, a few hundred patients and two weeks of
// appointments around today, booked through the real booking service so every rule holds.
// The same seed and clock give the same clinic.
Result<DemoSummary> createDemoClinic(Database &db, const Clock &clock, quint32 seed = 2026);

// True when the database has no locations yet.
Result<bool> isEmptyClinic(Database &db);

} // namespace fd
