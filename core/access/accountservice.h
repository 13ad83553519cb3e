// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "access.h"
#include "store/audit.h"

#include <QIODevice>
#include <QList>

#include <functional>

namespace fd {

struct ServiceContext;

// The clinic's accounts and its audit trail: who may sign in, as which role, and what each
// of them did. Managing accounts needs Permission::Users (except the first manager of a clinic
// that has none), reading the trail Permission::Audit; every change is audited.
// What a record changed, for people: "status: booked → confirmed; start: 09:00 → 10:00", or
// the fields of a record added.
QString auditChangesText(const AuditRecord &record);

class AccountService
{
public:
    explicit AccountService(ServiceContext &context) : m_c(context) {}

    // Every account, retired ones too: only their names and roles, never a password.
    Result<QList<Account>> accounts();
    // Adds an account with its first password. A clinic's first account must be a manager.
    Result<Account> add(const Account &account, const QString &password);
    // Changes the full name, role, clinician or active flag; a clinic always keeps an active
    // manager.
    Result<Account> update(const Account &account);
    Result<void> setPassword(qint64 accountId, const QString &password);
    // Minutes without a key or a click before a desk's window locks: 1 to 240.
    Result<void> setIdleLockMinutes(int minutes);
    Result<int> idleLockMinutes();

    // The trail, newest first; a manager's.
    Result<QList<AuditRecord>> audit(const AuditQuery &query);
    // The same rows as CSV (UTF-8 with a header row; each change a row, before and after as
    // JSON); the export itself is audited. Returns the rows written.
    Result<qint64> exportAuditCsv(const AuditQuery &query, QIODevice &out);

private:
    Result<Account> checked(const Account &account, bool adding);

    ServiceContext &m_c;
};

} // namespace fd
