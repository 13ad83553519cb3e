// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The database file itself: consistent copies while desks go on writing, and its checks.

#include "sqlitestore.h"

#include "store/sql/backupfile.h"
#include "store/sql/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>


namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Store)
};

sqlite3 *rawHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString sqliteError(sqlite3 *h)
{
    return QString::fromUtf8(sqlite3_errmsg(h));
}

// The rows of a PRAGMA, each row's columns joined with spaces.
Result<QStringList> pragmaRows(sqlite3 *h, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return Error{ErrorKind::Storage, {}, sqliteError(h)};
    QStringList rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            columns.append(text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        rows.append(columns.join(QLatin1Char(' ')));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error{ErrorKind::Storage, {}, sqliteError(h)};
    return rows;
}

// SQLite's integrity check (every page, index and constraint) and foreign-key check.
Result<QStringList> checkConnection(sqlite3 *h)
{
    auto integrity = pragmaRows(h, "PRAGMA integrity_check");
    if (!integrity)
        return integrity.error();
    QStringList problems;
    for (const QString &row : *integrity)
        if (row != QLatin1String("ok"))
            problems.append(row);
    auto keys = pragmaRows(h, "PRAGMA foreign_key_check");
    if (!keys)
        return keys.error();
    for (const QString &row : *keys) {
        // "table rowid parent fkid"
        const QStringList parts = row.split(QLatin1Char(' '));
        problems.append(Text::tr("%1 row %2 points to a missing %3")
                            .arg(parts.value(0), parts.value(1), parts.value(2)));
    }
    return problems;
}

} // namespace

Result<QStringList> SqliteStore::check()
{
    sqlite3 *h = rawHandle(m_db->connection());
    if (!h)
        return Error{ErrorKind::Storage, {}, Text::tr("not an SQLite connection")};
    return checkConnection(h);
}

Result<void> SqliteStore::backupTo(const QString &path)
{
    sqlite3 *source = rawHandle(m_db->connection());
    if (!source)
        return Error{ErrorKind::Storage, {}, Text::tr("not an SQLite connection")};
    const auto started = backupfile::start(path, m_db->path());
    if (!started)
        return started.error();
    const QString &partial = *started;
    const QByteArray partialName = QFile::encodeName(partial);
    sqlite3 *copy = nullptr;
    auto failed = [&](const QString &why) {
        if (copy)
            sqlite3_close(copy);
        QFile::remove(partial);
        return Error{ErrorKind::Storage, QStringLiteral("out"),
                     Text::tr("cannot back up to %1: %2").arg(path, why)};
    };
    if (sqlite3_open_v2(partialName.constData(), &copy, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        return failed(copy ? sqliteError(copy) : QString());
    // All pages in one step: one read transaction, so the copy is one moment of the book
    // while other desks go on writing to the WAL.
    sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
    if (!backup)
        return failed(sqliteError(copy));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failed(sqliteError(copy));
    // One file on its own, with no WAL beside it; checked before it replaces anything.
    char *message = nullptr;
    if (sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message) !=
        SQLITE_OK) {
        const QString why = QString::fromUtf8(message);
        sqlite3_free(message);
        return failed(why);
    }
    auto problems = checkConnection(copy);
    if (!problems)
        return failed(problems.error().message);
    if (!problems->isEmpty())
        return failed(Text::tr("the copy does not check clean: %1").arg(problems->first()));
    if (sqlite3_close(copy) != SQLITE_OK)
        return failed(sqliteError(copy));
    copy = nullptr;
    if (auto r = backupfile::finish(partial, path); !r)
        return failed(r.error().message);
    return {};
}

Result<void> SqliteStore::restoreFrom(const QString &path, const AuditEntry &record)
{
    const QFileInfo source(path);
    if (!source.exists())
        return invalid(QStringLiteral("from"), Text::tr("%1 does not exist").arg(path));
    if (!source.isFile())
        return invalid(QStringLiteral("from"), Text::tr("%1 is not a regular file").arg(path));
    if (source.absoluteFilePath() == QFileInfo(m_db->path()).absoluteFilePath())
        return invalid(QStringLiteral("from"), Text::tr("is the database itself"));
    if (m_depth > 0)
        return Error{ErrorKind::Storage, {}, Text::tr("cannot restore inside a unit of work")};
    sqlite3 *liveConnection = rawHandle(m_db->connection());
    if (!liveConnection)
        return Error{ErrorKind::Storage, {}, Text::tr("not an SQLite connection")};

    // The copy is read, never written: checked whole before a page of it is used.
    sqlite3 *copy = nullptr;
    auto refused = [&](const QString &why) {
        if (copy)
            sqlite3_close(copy);
        return Error{ErrorKind::Invalid, QStringLiteral("from"),
                     Text::tr("%1 was not restored: %2").arg(path, why)};
    };
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &copy, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return refused(copy ? sqliteError(copy) : QString());
    auto id = pragmaRows(copy, "PRAGMA application_id");
    if (!id)
        return refused(id.error().message);
    if (id->value(0).toLongLong() != Database::kApplicationId)
        return refused(Text::tr("it is not a Front Desk database"));
    auto version = pragmaRows(copy, "SELECT version FROM schema_version");
    if (!version)
        return refused(version.error().message);
    if (version->value(0).toInt() != Database::kSchemaVersion)
        return refused(Text::tr("it has schema version %1 and this clinic %2; open it once with "
                                "\"frontdesk-cli init --db FILE\" to bring it up to date")
                           .arg(version->value(0), QString::number(Database::kSchemaVersion)));
    auto problems = checkConnection(copy);
    if (!problems)
        return refused(problems.error().message);
    if (!problems->isEmpty())
        return refused(Text::tr("it does not check clean: %1").arg(problems->first()));

    // The clinic to put in place is built beside the live one first: the copy, then the trail
    // the live clinic wrote since the copy was taken (the trail only ever grows), and the setup
    // revision and change log moved past every one any desk has seen, so that each reads the
    // whole clinic again. Then it replaces the live clinic in one step.
    const QFileInfo liveFile(m_db->path());
    const QString partial =
        liveFile.absolutePath() + QStringLiteral("/.") + liveFile.fileName() +
        QStringLiteral(".restore-%1.part").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return refused(file.errorString());
    }
    sqlite3 *next = nullptr;
    auto failed = [&](const QString &why) {
        if (copy)
            sqlite3_close(copy);
        if (next)
            sqlite3_close(next);
        QFile::remove(partial);
        return Error{ErrorKind::Storage, QStringLiteral("from"),
                     Text::tr("the restore from %1 failed: %2").arg(path, why)};
    };
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &next, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        return failed(next ? sqliteError(next) : QString());
    sqlite3_backup *toNext = sqlite3_backup_init(next, "main", copy, "main");
    if (!toNext)
        return failed(sqliteError(next));
    const int copied = sqlite3_backup_step(toNext, -1);
    sqlite3_backup_finish(toNext);
    sqlite3_close(copy);
    copy = nullptr;
    if (copied != SQLITE_DONE)
        return failed(sqliteError(next));

    auto exec = [&](const QByteArray &sql) -> Result<void> {
        char *message = nullptr;
        if (sqlite3_exec(next, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString why = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error{ErrorKind::Storage, {}, why};
    };
    sqlite3_stmt *note = nullptr;
    const QByteArray attach = "ATTACH DATABASE " + QByteArray("'") +
                              QFile::encodeName(liveFile.absoluteFilePath()).replace("'", "''") +
                              "' AS live";
    Result<void> built = exec(attach);
    if (built)
        built = exec("BEGIN IMMEDIATE;"
                     "INSERT INTO main.audit_log SELECT * FROM live.audit_log WHERE id > "
                     "(SELECT coalesce(max(id), 0) FROM main.audit_log);"
                     "UPDATE main.config_revision SET revision = max(revision, "
                     "(SELECT revision FROM live.config_revision)) + 1;"
                     "INSERT INTO main.change_log (sequence, at_utc, changes) VALUES (max("
                     "(SELECT coalesce(max(sequence), 0) FROM main.change_log), "
                     "(SELECT coalesce(max(sequence), 0) FROM live.change_log)) + 1, "
                     "strftime('%s', 'now'), '{\"setup\":true}');");
    if (built) {
        // The restore itself: the first record of the clinic as restored.
        if (sqlite3_prepare_v2(next,
                               "INSERT INTO main.audit_log (at_utc, user_name, action, entity, "
                               "entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, '', ?)",
                               -1, &note, nullptr) != SQLITE_OK)
            built = Error{ErrorKind::Storage, {}, sqliteError(next)};
    }
    if (built) {
        const QByteArray user = record.user.toUtf8();
        const QByteArray action = record.action.toUtf8();
        const QByteArray entity = record.entity.toUtf8();
        const QByteArray after = QJsonDocument(record.after).toJson(QJsonDocument::Compact);
        sqlite3_bind_int64(note, 1, record.atUtc);
        sqlite3_bind_text(note, 2, user.constData(), int(user.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(note, 3, action.constData(), int(action.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(note, 4, entity.constData(), int(entity.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(note, 5, record.entityId);
        sqlite3_bind_text(note, 6, after.constData(), int(after.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(note) != SQLITE_DONE)
            built = Error{ErrorKind::Storage, {}, sqliteError(next)};
    }
    if (note)
        sqlite3_finalize(note);
    if (built)
        built = exec("COMMIT; DETACH DATABASE live; PRAGMA journal_mode = DELETE;");
    if (!built) {
        (void)exec("ROLLBACK");
        return failed(built.error().message);
    }

    // One step: every page of the new clinic, in one write transaction on the live file.
    sqlite3_backup *backup = sqlite3_backup_init(liveConnection, "main", next, "main");
    if (!backup)
        return failed(sqliteError(liveConnection));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failed(sqliteError(liveConnection));
    sqlite3_close(next);
    next = nullptr;
    QFile::remove(partial);
    m_db->configCache() = {};
    return {};
}

} // namespace fd
