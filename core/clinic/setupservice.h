#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "domain/clinicconfig.h"

#include <QJsonObject>

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
    // What a change touched and the record after it, for the audit log.
    struct Change
    {
        qint64 entityId = 0;
        QJsonObject after;
    };
    // Runs `write` and its audit record in one write transaction; returns the entity's id.
    template <typename Write>
    Result<qint64> record(const char *action, const char *entity, Write write);

    Database &m_db;
    const Clock &m_clock;
    QString m_user;
};

} // namespace fd
