#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace fd {

// One open clinic database: its own named QSqlDatabase connection, used from one thread.
// Opening migrates the schema to the latest version inside one transaction.
class Database
{
public:
    static constexpr int kSchemaVersion = 2;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path);

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so a
    // check-then-insert cannot interleave with another desk's.
    Result<void> beginWrite();
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
    Database(QSqlDatabase db, QString path);
    Result<void> migrate();

    QSqlDatabase m_db;
    QString m_path;
    ConfigCache m_configCache;
};

// Runs a prepared query, turning a failure into a Storage error (raw SQL errors never reach
// a person; they go to the log).
Result<void> exec(QSqlQuery &query);
Result<void> exec(QSqlDatabase &db, const QString &sql);
Error storageError(const QSqlError &error);

// A null QString binds as SQL NULL; text columns that are NOT NULL want '' instead.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace fd
