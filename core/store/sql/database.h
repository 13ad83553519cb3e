// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace fd {

// A store's connection: its own named QSqlDatabase, used from one thread, to an SQLite file or
// a PostgreSQL database. Opening migrates the schema to the latest version inside one
// transaction. Internal to the stores.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    // Both databases' schemas carry the same version number for the same records, so that a
    // clinic can move between them (`frontdesk-cli migrate`).
    static constexpr int kSchemaVersion = 6;
    // PRAGMA application_id of a Front Desk database (schema version 3 on): "FDK1".
    static constexpr qint64 kApplicationId = 0x46444B31;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // An existing Front Desk database; with `create`, also a new (or empty) file. Another
    // program's file is refused before anything is written to it.
    // (sqlite/sqlitedatabase.cpp)
    static Result<std::unique_ptr<Database>> open(const QString &path, bool create = false);
    // A PostgreSQL database named by a postgresql:// address; with `create`, an empty database
    // gets the clinic's schema. `password` is used when the address and libpq's own sources
    // (PGPASSWORD, PGPASSFILE) give none. (postgres/pgdatabase.cpp)
    static Result<std::unique_ptr<Database>> openPostgres(const QString &address, bool create,
                                                          const QString &password = {});

    static bool isPostgresAddress(const QString &address);
    static QString withoutPassword(const QString &address);
    // Keeps a PostgreSQL password in this process's memory only, for every connection this
    // process opens to that address (the window's other threads and its daily backup).
    static void rememberPassword(const QString &address, const QString &password);

    QSqlDatabase &connection() { return m_db; }
    // The file, or the address without any password: for messages.
    QString path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const;

    // A write transaction that takes the clinic's write lock at once, so a check-then-insert
    // cannot interleave with another desk's: SQLite's BEGIN IMMEDIATE, or PostgreSQL's
    // transaction-scoped advisory lock (database.cpp says why one lock).
    Result<void> beginWrite();
    // A read-only transaction that sees one moment of the clinic across several queries.
    Result<void> beginRead();
    Result<void> commit();
    void rollback();

    // A prepared statement on this connection.
    QSqlQuery prepare(const QString &sql);

    // The default database file, shared by the window and frontdesk-cli.
    static QString defaultPath();

    // The clinic's setup as last loaded, with the config_revision it was loaded at.
    struct ConfigCache
    {
        qint64 revision = -1;
        ClinicConfig config;
    };
    ConfigCache &configCache() { return m_configCache; }

private:
    Database(QSqlDatabase db, QString path, Dialect dialect);
    Result<void> checkIsFrontDesk(bool create);
    Result<void> checkPostgresIsFrontDesk(bool create);
    Result<void> migrate();
    Result<void> migratePostgres();

    QSqlDatabase m_db;
    QString m_path;
    Dialect m_dialect;
    ConfigCache m_configCache;
};

// A name for this process's next connection, unique among its threads.
QString nextConnectionName();

// Runs a prepared query, turning a failure into a Storage error (raw SQL errors never reach
// a person; they go to the log).
Result<void> exec(QSqlQuery &query);
Result<void> exec(QSqlDatabase &db, const QString &sql);
// One schema version's statements. runSchemaSteps() brings a database from version `from` to
// `to`, each step in order, writing the version after each; the caller holds the transaction.
struct SchemaStep
{
    int version;
    QStringList statements;
};
Result<void> runSchemaSteps(QSqlDatabase &db, const QList<SchemaStep> &steps, int from, int to);

// The error as a person can act on it, from the database's own code for it.
Error storageError(const QSqlError &error, Database::Dialect dialect);
// After a loop over a forward-only query's next(): a read that failed on the way (a dropped
// connection, a damaged page) is an error, not the end of the rows.
Result<void> readToEnd(const QSqlQuery &query);
// Runs an INSERT ... RETURNING id and gives the id.
Result<qint64> insertedId(QSqlQuery &query);

// A null QString binds as SQL NULL; text columns that are NOT NULL want '' instead.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Shared by the store's query files.
const QString &slotHoldingSql(); // "a.status IN (...)": the appointments that hold their slot
const QString &patientSelect();  // "SELECT <every patient column> FROM patients p "
Patient readPatient(const QSqlQuery &query);
// Binds a filter's days (as dates and as a start_utc range with a day's margin for any time
// zone), then its location and clinician, in that order.
void bindPeriod(QSqlQuery &query, const AppointmentFilter &filter);
// The filter's further restrictions (the reports' sets of locations, clinicians, types and
// services) as " AND a.x IN (...)" clauses. Their values are numbers and the fixed type codes,
// written into the SQL: a set of any size needs no placeholders to count.
QString restrictionSql(const AppointmentFilter &filter);

} // namespace fd
