#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace fd {

class Database;

// One append-only audit row: who did what, when, with the record before and after.
struct AuditEntry
{
    qint64 atUtc = 0;
    QString user;
    QString action; // "book", "cancel", "status", "add-location", ...
    QString entity; // "appointment", "patient", "location", ...
    qint64 entityId = 0;
    QJsonObject before;
    QJsonObject after;
};

// Written inside the caller's transaction, so the change and its record commit together.
Result<void> writeAudit(Database &db, const AuditEntry &entry);

// The current operating-system user, the default "who" of an audit record.
QString currentUserName();

} // namespace fd
