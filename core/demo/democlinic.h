// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "access/access.h"
#include "common/result.h"

#include <QList>

namespace fd {

class Clinic;

struct DemoSummary
{
    int locations = 0;
    int clinicians = 0;
    int patients = 0;
    int appointments = 0;
};

// The demo clinic's accounts, one per role, all signing in with kDemoPassword. For trying
// Front Desk out only: a real clinic makes its own.
struct DemoAccount
{
    QString name;
    QString fullName;
    Role role;
};
const QList<DemoAccount> &demoAccounts();
inline const QString kDemoPassword = QStringLiteral("frontdesk-demo");

// Fills an empty database with the demo clinic: the four locations of the seeds, a dozen
// clinicians on weekly patterns across them, a few hundred patients and two weeks of
// appointments around today, booked through the real booking service so every rule holds.
// The same seed and clock give the same clinic. All of it is one unit of work: it is there
// whole, or not at all.
Result<DemoSummary> createDemoClinic(Clinic &clinic, quint32 seed = 2026);

} // namespace fd
