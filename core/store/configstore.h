#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"

namespace fd {

class Database;

// Reads and writes the clinic's setup rows. Runs inside the caller's transaction; the setup
// service adds the audit record.
class ConfigStore
{
public:
    explicit ConfigStore(Database &db) : m_db(db) {}

    // The setup, from the connection's cache while no desk has changed it.
    Result<ClinicConfig> load();
    Result<ClinicConfig> loadUncached();

    Result<qint64> insertLocation(const Location &location);
    Result<void> insertClosedDate(qint64 locationId, QDate day, const QString &reason);
    Result<qint64> insertService(const QString &name);
    Result<qint64> insertClinician(const Clinician &clinician);
    Result<void> insertTimeOff(qint64 clinicianId, const TimeOff &off);
    Result<void> updateTypeSettings(const TypeSettings &settings);

private:
    Database &m_db;
};

} // namespace fd
