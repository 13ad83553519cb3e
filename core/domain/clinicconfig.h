// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "access/access.h"
#include "common/result.h"
#include "types.h"

#include <array>

namespace fd {

// The clinic's setup: small, read often, loaded whole from the store.
struct ClinicConfig
{
    QList<Location> locations;
    QList<Clinician> clinicians;
    QList<Service> services;
    std::array<TypeSettings, 3> types{TypeSettings{AppointmentType::New, 60, 0},
                                      TypeSettings{AppointmentType::FollowUp, 30, 0},
                                      TypeSettings{AppointmentType::SelfPay, 45, 0}};
    // How far ahead appointments are taken, in months from today; a manager sets it.
    int bookingHorizonMonths = 18;
    // Who may sign in (retired accounts too, never their passwords), and how many idle
    // minutes lock a desk's window; a manager sets both.
    QList<Account> accounts;
    int idleLockMinutes = 5;

    const Location *location(qint64 id) const;
    const Clinician *clinician(qint64 id) const;
    const Service *service(qint64 id) const;
    const Account *account(qint64 id) const;
    const Account *accountNamed(const QString &name) const; // ignoring case
    const TypeSettings &settings(AppointmentType type) const;
    // The clinic's own time zone, for "today" and "printed at": the first location's, or New
    // York's for a clinic with no location yet.
    QString clinicZone() const;

    // "L and C accept an id or an exact name": errors name the field given.
    Result<const Location *>
    resolveLocation(const QString &idOrName,
                    const QString &field = QStringLiteral("location")) const;
    Result<const Clinician *>
    resolveClinician(const QString &idOrName,
                     const QString &field = QStringLiteral("clinician")) const;
    Result<const Service *> resolveService(const QString &idOrName,
                                           const QString &field = QStringLiteral("service")) const;
};

} // namespace fd
