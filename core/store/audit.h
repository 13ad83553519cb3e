// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

namespace fd {

// One append-only audit row: who did what, when, with the record before and after.
struct AuditEntry
{
    qint64 atUtc = 0;
    QString user;
    QString action; // "book", "cancel", "status", "reschedule", "correct", "add-location", ...
    QString entity; // "appointment", "patient", "location", ...
    qint64 entityId = 0;
    QJsonObject before;
    QJsonObject after;
};

// The current operating-system user, the default "who" of an audit record.
QString currentUserName();

} // namespace fd
