#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "domain/clinicconfig.h"

namespace fd {

class Database;

// Changes to the clinic's setup: locations, services, clinicians, closures, time off and
// appointment lengths. Each change is validated, then written with its audit record.
class SetupService
{
public:
    SetupService(Database &db, const Clock &clock, QString user = {});

    Result<qint64> addLocation(const Location &location);
    Result<void> addClosedDate(qint64 locationId, QDate day, const QString &reason);
    Result<qint64> addService(const QString &name);
    Result<qint64> addClinician(const Clinician &clinician);
    Result<void> addTimeOff(qint64 clinicianId, const TimeOff &off);
    Result<void> setTypeSettings(const TypeSettings &settings);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_user;
};

} // namespace fd
