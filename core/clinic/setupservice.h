// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"

#include <QJsonObject>

namespace fd {

struct ServiceContext;

// Changes to the clinic's setup: locations, services, clinicians, closures, time off and
// appointment lengths. Each change is validated, then written with its audit record.
class SetupService
{
public:
    explicit SetupService(ServiceContext &context) : m_c(context) {}

    // True while the clinic has no locations: a new database.
    Result<bool> isEmpty();
    Result<qint64> addLocation(const Location &location);
    Result<void> addClosedDate(qint64 locationId, QDate day, const QString &reason);
    Result<qint64> addService(const QString &name);
    Result<qint64> addClinician(const Clinician &clinician);
    Result<void> setCapacity(qint64 clinicianId, int capacity);
    Result<void> addTimeOff(qint64 clinicianId, const TimeOff &off);
    Result<void> setTypeSettings(const TypeSettings &settings);
    // How many months ahead appointments may be booked (1 to 60).
    Result<void> setBookingHorizon(int months);

private:
    // What a change touched and the record after it, for the audit log.
    struct Change
    {
        qint64 entityId = 0;
        QJsonObject after;
    };
    // Runs `write` and its audit record in one unit of work; returns the entity's id.
    template <typename Write>
    Result<qint64> record(const char *action, const char *entity, Write write);

    ServiceContext &m_c;
};

} // namespace fd
