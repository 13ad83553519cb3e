// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "postgresstore.h"

#include "pgschema.h"

#include "store/sql/backupfile.h"
#include "store/sql/clinicopy.h"
#include "store/sql/database.h"
#include "store/sqlite/sqlitestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Store)
};

} // namespace

PostgresStore::PostgresStore(std::unique_ptr<Database> db) : SqlStore(std::move(db)) {}

PostgresStore::~PostgresStore()
{
    watchOthers(false);
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const QString &address, bool create,
                                                           const QString &password)
{
    auto db = Database::openPostgres(address, create, password);
    if (!db)
        return db.error();
    return std::unique_ptr<PostgresStore>(new PostgresStore(std::move(db.value())));
}

void PostgresStore::watchOthers(bool on)
{
    QSqlDriver *driver = m_db->connection().driver();
    const QString channel = QLatin1String(pgschema::kChannel);
    if (on == m_watching)
        return;
    if (!on) {
        driver->unsubscribeFromNotification(channel);
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        m_watching = false;
        return;
    }
    // The driver listens on the connection's socket from the event loop: no polling.
    m_watching = driver->subscribeToNotification(channel);
    if (m_watching)
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &) { notified(name, source); });
    else
        qWarning("frontdesk: cannot listen for other desks' changes on %s",
                 qPrintable(m_db->path()));
}

void PostgresStore::notified(const QString &name, QSqlDriver::NotificationSource source)
{
    // This desk's own commits come back too; it knows of those already.
    if (name == QLatin1String(pgschema::kChannel) && source != QSqlDriver::SelfSource)
        emit othersCommitted();
}

Result<void> PostgresStore::backupTo(const QString &path)
{
    const auto started = backupfile::start(path, m_db->path());
    if (!started)
        return started.error();
    const QString &partial = *started;
    auto failed = [&](const QString &why) {
        QFile::remove(partial);
        return Error{ErrorKind::Storage, QStringLiteral("out"),
                     Text::tr("cannot back up to %1: %2").arg(path, why)};
    };
    {
        auto copy = SqliteStore::open(partial, true);
        if (!copy)
            return failed(copy.error().message);
        if (auto r = copyClinic(*m_db, (*copy)->database()); !r)
            return failed(r.error().message);
        auto problems = (*copy)->check();
        if (!problems)
            return failed(problems.error().message);
        if (!problems->isEmpty())
            return failed(Text::tr("the copy does not check clean: %1").arg(problems->first()));
        // One file on its own, with no write-ahead log beside it.
        if (auto r = exec((*copy)->database().connection(),
                          QStringLiteral("PRAGMA journal_mode = DELETE"));
            !r)
            return failed(r.error().message);
    }
    if (auto r = backupfile::finish(partial, path); !r)
        return failed(r.error().message);
    return {};
}

Result<QStringList> PostgresStore::check()
{
    QStringList problems;
    QSqlQuery q(m_db->connection());
    // Constraints added without checking the rows already there (NOT VALID).
    if (!q.exec(QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                               "WHERE NOT convalidated AND connamespace = current_schema()::"
                               "regnamespace")))
        return storageError(q.lastError(), Database::Dialect::Postgres);
    while (q.next())
        problems.append(Text::tr("%1: the constraint %2 was never checked")
                            .arg(q.value(0).toString(), q.value(1).toString()));
    // Every row of every table read once: a damaged page or index fails here.
    auto sums = tableSums(*m_db);
    if (!sums)
        problems.append(sums.error().message);
    return problems;
}

Result<void> PostgresStore::restoreFrom(const QString &, const AuditEntry &)
{
    return invalid(QStringLiteral("from"),
                   Text::tr("a clinic on a PostgreSQL server is restored into a new, empty "
                            "database: \"frontdesk-cli migrate --from BACKUP.db --to "
                            "postgresql://…\", or with the server's own pg_restore"));
}

Result<std::unique_ptr<BulkWriter>> PostgresStore::bulkWriter()
{
    return invalid(QStringLiteral("db"),
                   Text::tr("years of history are generated into an SQLite file and moved to "
                            "the server with \"frontdesk-cli migrate\""));
}

} // namespace fd
