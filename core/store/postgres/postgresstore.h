// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/sql/sqlstore.h"

#include <QSqlDriver>

#include <memory>

namespace fd {

// The same clinic on a PostgreSQL server, for several sites' desks on one schedule. The write
// lock is a transaction-scoped advisory lock (see Database::beginWrite); other desks' commits
// arrive as notifications on the "frontdesk" channel (LISTEN/NOTIFY), raised by the schema's
// triggers, without polling.
class PostgresStore final : public SqlStore
{
    Q_OBJECT

public:
    // Connects to a postgresql:// address; with `create`, an empty database gets the clinic's
    // schema.
    static Result<std::unique_ptr<PostgresStore>> open(const QString &address, bool create = false,
                                                       const QString &password = {});
    ~PostgresStore() override;

    // A consistent copy of the clinic as an SQLite file: what `backup` and the window's daily
    // backups keep, and what `migrate` or `restore` can bring back.
    Result<void> backupTo(const QString &path) override;
    // The server keeps its pages and constraints itself; this checks that every table reads
    // and that the records fit together as the rules see them.
    Result<QStringList> check() override;
    Result<void> restoreFrom(const QString &path, const AuditEntry &record) override;
    void watchOthers(bool on) override;
    Result<std::unique_ptr<BulkWriter>> bulkWriter() override;

private:
    explicit PostgresStore(std::unique_ptr<Database> db);
    void notified(const QString &name, QSqlDriver::NotificationSource source);

    bool m_watching = false;
};

} // namespace fd
