// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening an SQLite file: refusing another program's, creating a new one owner-only, and
// bringing an older Front Desk file up to the current schema.

#include "store/sql/database.h"

#include "schema.h"

#include "common/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Database)
};

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, bool create)
{
    if (path.isEmpty())
        return invalid(QStringLiteral("db"), Text::tr("no database file given"));
    const QFileInfo info(path);
    if (!info.exists()) {
        // Only creating a clinic creates a file: a mistyped path must not become an empty
        // database that answers every question with nothing.
        if (!create)
            return invalid(QStringLiteral("db"),
                           Text::tr("%1 does not exist; create a clinic there with "
                                    "\"frontdesk-cli init --db %1\"")
                               .arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return invalid(QStringLiteral("db"),
                           Text::tr("cannot create the folder %1").arg(info.absolutePath()));
        // Patients' names, phones and insurance: the file is its owner's alone, and SQLite
        // gives its WAL and shared-memory files the same permissions.
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return invalid(QStringLiteral("db"),
                           Text::tr("cannot create %1: %2").arg(path, file.errorString()));
    } else if (info.isDir()) {
        return invalid(QStringLiteral("db"),
                       Text::tr("%1 is a folder, not a database file").arg(path));
    }

    // No QSqlDatabase copy may outlive `database`: removeDatabase() in its destructor
    // warns about connections still in use.
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName()),
                     info.absoluteFilePath(), Dialect::Sqlite));
    database->m_db.setDatabaseName(info.absoluteFilePath());
    // Wait for another desk's write instead of failing at once.
    database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database->m_db.open())
        return Error{ErrorKind::Storage, QStringLiteral("db"),
                     Text::tr("cannot open %1: %2").arg(path, database->m_db.lastError().text())};

    // Before anything is written: a Front Desk database, or (when creating) an empty file.
    // Another program's file is left byte for byte as it was.
    if (auto r = database->checkIsFrontDesk(create); !r)
        return r.error();

    // synchronous = FULL: a booking the desk was told about survives a power cut. A 32 MiB
    // page cache keeps a desk's working set (this week, the patients it shows) in memory
    // however many years the file holds.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768"}) {
        if (auto r = exec(database->m_db, QString::fromLatin1(pragma)); !r)
            return Error{r.error().kind, QStringLiteral("db"),
                         Text::tr("%1: %2").arg(path, r.error().message)};
    }
    if (auto r = database->migrate(); !r)
        return r.error();
    return database;
}

Result<void> Database::checkIsFrontDesk(bool create)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master"))) {
        // Not a database at all (26, SQLITE_NOTADB) is refused as such; a locked, damaged or
        // unreadable file gets the sentence for its own trouble. Extended codes keep the
        // primary one in the low byte.
        if ((q.lastError().nativeErrorCode().toInt() & 0xff) == 26)
            return invalid(QStringLiteral("db"),
                           Text::tr("%1 is not a Front Desk database; it was left as it was")
                               .arg(quotable(m_path)));
        const Error e = storageError(q.lastError(), Dialect::Sqlite);
        return Error{e.kind, QStringLiteral("db"),
                     quotable(m_path) + QStringLiteral(": ") + e.message};
    }
    QStringList tables;
    bool empty = true;
    while (q.next()) {
        empty = false;
        if (q.value(0).toString() == QLatin1String("table"))
            tables.append(q.value(1).toString());
    }
    q.finish();
    if (empty && create)
        return {};
    if (empty)
        return invalid(
            QStringLiteral("db"),
            Text::tr("%1 holds no clinic; create one with \"frontdesk-cli init --db %1\"")
                .arg(quotable(m_path)));
    // Ours: marked with Front Desk's application id (version 3 on), or, from before, holding
    // the schema version and the clinic's own tables. A table that happens to be called
    // schema_version does not make another program's file ours.
    QSqlQuery id(m_db);
    const qint64 applicationId = id.exec(QStringLiteral("PRAGMA application_id")) && id.next()
                                     ? id.value(0).toLongLong()
                                     : 0;
    id.finish();
    bool ours = applicationId == kApplicationId;
    if (applicationId == 0) {
        ours = true;
        for (const char *table : {"schema_version", "locations", "clinicians", "patients",
                                  "appointments", "status_history", "audit_log"})
            ours = ours && tables.contains(QString::fromLatin1(table));
    }
    if (!ours)
        return invalid(
            QStringLiteral("db"),
            Text::tr("%1 is another program's database, not Front Desk's; it was left as it "
                     "was")
                .arg(quotable(m_path)));
    // A newer Front Desk's file is refused before anything here writes to it.
    if (const int version = schemaVersion(); version > kSchemaVersion)
        return Error{
            ErrorKind::Storage, QStringLiteral("db"),
            Text::tr("%1 was written by a newer Front Desk (schema version %2; this program "
                     "knows up to %3). Install the newer Front Desk to open it.")
                .arg(quotable(m_path))
                .arg(version)
                .arg(kSchemaVersion)};
    return {};
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    if (current == kSchemaVersion)
        return {};
    if (current > kSchemaVersion)
        return Error{
            ErrorKind::Storage, QStringLiteral("db"),
            Text::tr("%1 was written by a newer Front Desk (schema version %2; this program "
                     "knows up to %3). Install the newer Front Desk to open it.")
                .arg(m_path)
                .arg(current)
                .arg(kSchemaVersion)};
    // Version 3 rebuilds the appointments table, which other tables reference: SQLite asks
    // for foreign keys to be off while a table is rebuilt, and checked before the commit.
    (void)exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto upgraded = [&]() -> Result<void> {
        if (auto r = beginWrite(); !r)
            return r;
        // Re-read under the write lock: another process may have migrated meanwhile.
        const int from = schemaVersion();
        if (auto r = schema::upgrade(m_db, from, kSchemaVersion); !r) {
            rollback();
            return r;
        }
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
            rollback();
            return Error{
                ErrorKind::Storage, QStringLiteral("db"),
                Text::tr("%1 could not be upgraded: its records do not fit together").arg(m_path)};
        }
        check.finish();
        return commit();
    }();
    (void)exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    return upgraded;
}

} // namespace fd
