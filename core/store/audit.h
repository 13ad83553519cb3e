// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

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

// One row of the trail as read back.
struct AuditRecord : AuditEntry
{
    qint64 id = 0;
};

// Which rows of the trail to read, newest first; each empty field means any.
struct AuditQuery
{
    std::optional<qint64> fromUtc;   // inclusive
    std::optional<qint64> toUtc;     // exclusive
    QString user;                    // exactly, ignoring case
    std::optional<qint64> patientId; // the patient's own rows and their appointments'
    std::optional<qint64> appointmentId;
    int limit = 0; // 0: all of them
};

// Keeps only what changed: the fields whose values differ between `before` and `after` (a
// record added or removed keeps all of its fields).
void keepChangedFields(QJsonObject &before, QJsonObject &after);

// The current operating-system user, the default "who" of an audit record.
QString currentUserName();

} // namespace fd
