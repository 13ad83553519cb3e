// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/sql/sqlstore.h"

#include <memory>

class QTimer;

namespace fd {

// The embedded store: one SQLite file in WAL mode. The write lock is SQLite's own (BEGIN
// IMMEDIATE). Another process's commits are seen through PRAGMA data_version, a counter that
// SQLite keeps in shared memory and that costs no disk read to ask.
class SqliteStore final : public SqlStore
{
    Q_OBJECT

public:
    // Opens a Front Desk database file, migrating its schema in one transaction; with
    // `create`, a missing or empty file becomes a new clinic database.
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path, bool create = false);
    ~SqliteStore() override;

    // Through SQLite's own API, as fast as its shell; SqlStore's, through QSqlQuery, writes the
    // same bytes.
    Result<qint64> exportAppointmentsCsv(const AppointmentFilter &filter, const CsvOptions &options,
                                         QIODevice &out) override;

    Result<void> restoreFrom(const QString &path, const AuditEntry &record) override;
    Result<void> backupTo(const QString &path) override;
    Result<QStringList> check() override;
    void watchOthers(bool on) override;
    Result<std::unique_ptr<BulkWriter>> bulkWriter() override;

private:
    explicit SqliteStore(std::unique_ptr<Database> db);
    void pollDataVersion();
    qint64 dataVersion();

    QTimer *m_watch = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace fd
