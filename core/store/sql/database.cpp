// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "common/text.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

namespace fd {
namespace {

Q_LOGGING_CATEGORY(lcStore, "frontdesk.store")

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Database)
};

Error message(const char *text)
{
    return Error{ErrorKind::Storage, {}, QCoreApplication::translate("fd::Database", text)};
}

Error busy()
{
    return message(QT_TRANSLATE_NOOP("fd::Database",
                                     "the database is busy with another desk's change; try again"));
}

Error diskFull()
{
    return message(QT_TRANSLATE_NOOP(
        "fd::Database", "the disk is full; nothing was saved. Free some space and try again"));
}

Error cannotComplete()
{
    return message(
        QT_TRANSLATE_NOOP("fd::Database", "the database could not complete the request"));
}

// PostgreSQL's SQLSTATE: its class (the first two characters) says most of it.
Error postgresError(const QString &state)
{
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return busy();
    if (state == QLatin1String("53100"))
        return diskFull();
    if (state == QLatin1String("42501"))
        return message(QT_TRANSLATE_NOOP(
            "fd::Database",
            "the database server does not allow this account to do that; nothing was saved. Ask "
            "whoever manages the server: Front Desk's account must own its database"));
    if (state == QLatin1String("25006"))
        return message(QT_TRANSLATE_NOOP("fd::Database",
                                         "the database server takes no changes now (a standby or "
                                         "read-only server); nothing was saved"));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        state.isEmpty())
        return message(QT_TRANSLATE_NOOP("fd::Database",
                                         "the database server cannot be reached; nothing was "
                                         "saved. Check the network and try again"));
    return cannotComplete();
}

} // namespace

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("frontdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error storageError(const QSqlError &error, Database::Dialect dialect)
{
    qCWarning(lcStore) << "SQL error:" << error.text();
    if (dialect == Database::Dialect::Postgres)
        return postgresError(error.nativeErrorCode());
    // SQLite's primary result code (the extended codes keep it in the low byte): each failure
    // a person can do something about gets its own plain sentence.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return busy();
    case 13: // SQLITE_FULL
        return diskFull();
    case 8: // SQLITE_READONLY
        return message(QT_TRANSLATE_NOOP(
            "fd::Database",
            "the database file is read-only; nothing was saved. Ask whoever manages "
            "this computer to make it writable"));
    case 14: // SQLITE_CANTOPEN: its journal cannot be made beside it
        return message(QT_TRANSLATE_NOOP(
            "fd::Database",
            "the database cannot be opened for writing: its disk or folder is "
            "read-only, or closed to this user. Ask whoever manages this computer"));
    case 10: // SQLITE_IOERR
        return message(QT_TRANSLATE_NOOP(
            "fd::Database", "the disk could not be read or written; nothing was saved. Check the "
                            "disk and try again"));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return message(QT_TRANSLATE_NOOP("fd::Database",
                                         "the database file is damaged; restore it from a backup"));
    default:
        return cannotComplete();
    }
}

namespace {

Database::Dialect dialectOf(const QSqlDriver *driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? Database::Dialect::Postgres
                                                                  : Database::Dialect::Sqlite;
}

} // namespace

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return storageError(query.lastError(), dialectOf(query.driver()));
    return {};
}

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return storageError(query.lastError(), dialectOf(db.driver()));
    return {};
}

Result<void> readToEnd(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return storageError(query.lastError(), dialectOf(query.driver()));
    return {};
}

Result<qint64> insertedId(QSqlQuery &query)
{
    if (auto r = exec(query); !r)
        return r.error();
    if (!query.next())
        return storageError(query.lastError(), dialectOf(query.driver()));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<void> runSchemaSteps(QSqlDatabase &db, const QList<SchemaStep> &steps, int from, int to)
{
    for (const SchemaStep &step : steps) {
        if (step.version <= from || step.version > to)
            continue;
        for (const QString &sql : step.statements)
            if (auto r = exec(db, sql); !r)
                return r;
        if (auto r = exec(
                db, QStringLiteral("UPDATE schema_version SET version = %1").arg(step.version));
            !r)
            return r;
    }
    return {};
}

Database::Database(QSqlDatabase db, QString path, Dialect dialect)
    : m_db(std::move(db)), m_path(std::move(path)), m_dialect(dialect)
{}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    // GenericDataLocation so that the window and the command line agree whatever their
    // application names: ~/.local/share/frontdesk/frontdesk.db on Linux.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/frontdesk/frontdesk.db");
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

// On PostgreSQL, read committed lets two units each check a slot's capacity, both see room, and
// both insert. Three ways out were weighed:
//  - row locks (SELECT ... FOR UPDATE on the clinician and the patient) cover capacity and the
//    patient's overlap, but not the setup revision, the sign-in counts or the change log, whose
//    sequence other desks read in commit order;
//  - an exclusion constraint can say "no two visits overlap" but not "at most two at once" for
//    a clinician who sees two patients, nor the rules that read the setup;
//  - serializable transactions hold every rule, but a refused commit must be retried by every
//    caller, and a unit that talks to a person (a booking's read-back) cannot simply re-run.
// One transaction-scoped advisory lock per clinic (the key is Front Desk's application id; each
// database has its own) is the rule SQLite already gives: one unit writes at a time, every rule
// is checked against everything committed before it, and commits come in sequence order. It
// costs concurrency a clinic does not have: desks_16 in BENCHMARKS.md runs about 370 units a
// second through it, against a few bookings a minute at four sites. lock_timeout (set when the
// connection opens) turns a long wait into "busy; try again".
Result<void> Database::beginWrite()
{
    if (m_dialect == Dialect::Sqlite)
        return exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (auto r = exec(m_db, QStringLiteral("BEGIN")); !r)
        return r;
    if (auto r = exec(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId));
        !r) {
        rollback();
        return r;
    }
    return {};
}

Result<void> Database::beginRead()
{
    // PostgreSQL's default (read committed) takes a new snapshot for every statement.
    return exec(m_db, m_dialect == Dialect::Sqlite
                          ? QStringLiteral("BEGIN")
                          : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
}

Result<void> Database::commit()
{
    auto r = exec(m_db, QStringLiteral("COMMIT"));
    if (!r)
        rollback();
    return r;
}

void Database::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        qCWarning(lcStore) << "cannot prepare" << sql << q.lastError().text();
    return q;
}

} // namespace fd
