// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening a PostgreSQL database: the address, the password's sources, refusing another
// program's database, and bringing the schema up to date.

#include "store/sql/database.h"

#include "pgschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Database)
};

// libpq's own options that an address may carry after '?'.
const char *const kConnectOptions[] = {"sslmode",
                                       "sslrootcert",
                                       "sslcert",
                                       "sslkey",
                                       "connect_timeout",
                                       "application_name",
                                       "target_session_attrs",
                                       "keepalives_idle",
                                       "keepalives_interval",
                                       "keepalives_count",
                                       "tcp_user_timeout"};

// Unless the address says otherwise: a desk whose network went away quietly is noticed within
// a minute, by the server and by the desk.
const char *const kDefaultOptions[][2] = {
    {"connect_timeout", "10"}, {"application_name", "frontdesk"},
    {"keepalives_idle", "30"}, {"keepalives_interval", "10"},
    {"keepalives_count", "3"}, {"tcp_user_timeout", "60000"}};

QMutex &passwordsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &rememberedPasswords()
{
    static QHash<QString, QString> map;
    return map;
}

} // namespace

bool Database::isPostgresAddress(const QString &address)
{
    return address.startsWith(QLatin1String("postgresql://")) ||
           address.startsWith(QLatin1String("postgres://"));
}

QString Database::withoutPassword(const QString &address)
{
    const QUrl url(address);
    if (url.isValid())
        return url.toString(QUrl::RemovePassword);
    // Not an address QUrl reads: still never shown with its password.
    static const QRegularExpression secret(QStringLiteral("//([^:/@]*):[^@/]*@"));
    return QString(address).replace(secret, QStringLiteral("//\\1@"));
}

void Database::rememberPassword(const QString &address, const QString &password)
{
    QMutexLocker lock(&passwordsMutex());
    rememberedPasswords().insert(withoutPassword(address), password);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &address, bool create,
                                                         const QString &password)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || !isPostgresAddress(address) || dbName.isEmpty() || dbName.contains(u'/'))
        return invalid(QStringLiteral("db"), Text::tr("%1 is not a PostgreSQL address; write it as "
                                                      "postgresql://user@host:port/database")
                                                 .arg(withoutPassword(address)));
    const QString shown = withoutPassword(address);

    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), nextConnectionName()),
                     shown, Dialect::Postgres));
    QSqlDatabase &db = database->m_db;
    if (!db.isValid())
        return Error{ErrorKind::Storage, QStringLiteral("db"),
                     Text::tr("this computer lacks Qt's PostgreSQL driver; install the "
                              "libqt6sql6-psql package")};
    const QUrlQuery query(url);
    QStringList options;
    // A mistyped option (ssl_mode=require) would otherwise connect without what it asked for.
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        // (Named, not bound: clang 14 cannot capture a structured binding.)
        const QString &key = item.first;
        const QString &value = item.second;
        const bool known = key == QLatin1String("host") ||
                           std::any_of(std::begin(kConnectOptions), std::end(kConnectOptions),
                                       [&key](const char *k) { return key == QLatin1String(k); });
        if (!known) {
            QStringList names{QStringLiteral("host")};
            for (const char *k : kConnectOptions)
                names.append(QLatin1String(k));
            return invalid(QStringLiteral("db"),
                           Text::tr("%1: Front Desk does not know the option \"%2\"; it takes %3")
                               .arg(shown, key, names.join(QStringLiteral(", "))));
        }
        if (key != QLatin1String("host"))
            options.append(key + QLatin1Char('=') + value);
    }
    for (const auto &[key, value] : kDefaultOptions)
        if (!query.hasQueryItem(QLatin1String(key)))
            options.append(QLatin1String(key) + QLatin1Char('=') + QLatin1String(value));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    // A folder for a local socket may come as ?host=/run/postgresql.
    db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                       ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                       : url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(dbName);
    db.setUserName(url.userName(QUrl::FullyDecoded));
    // The address's own password, then the one given or remembered; with none, libpq looks in
    // PGPASSWORD and the password file (PGPASSFILE, ~/.pgpass) itself.
    QString secret = url.password(QUrl::FullyDecoded);
    if (secret.isEmpty())
        secret = password;
    if (secret.isEmpty()) {
        QMutexLocker lock(&passwordsMutex());
        secret = rememberedPasswords().value(shown);
    }
    db.setPassword(secret);
    if (!db.open()) {
        // libpq's message may run over several indented lines: one line, in parts.
        QStringList parts;
        for (const QString &line : db.lastError().databaseText().split(u'\n', Qt::SkipEmptyParts))
            parts.append(line.simplified());
        const QString why = parts.join(QStringLiteral("; "));
        const bool wantsPassword = why.contains(QLatin1String("no password supplied")) ||
                                   why.contains(QLatin1String("password authentication failed"));
        QString message = Text::tr("cannot connect to %1: %2").arg(shown, why);
        // The server answers, but the database is not made yet.
        if (why.contains(QLatin1String("does not exist")) && why.contains(dbName))
            message += QStringLiteral(". ") +
                       Text::tr("Whoever manages the server creates it first, owned by Front "
                                "Desk's account: createdb -O %1 %2")
                           .arg(url.userName().isEmpty() ? QStringLiteral("USER") : url.userName(),
                                dbName);
        return Error{ErrorKind::Storage,
                     wantsPassword ? QStringLiteral("db-password") : QStringLiteral("db"), message};
    }
    // A password written in the address serves this process's other connections too (the
    // window's report thread, the next clinic opened).
    if (!url.password().isEmpty())
        rememberPassword(shown, secret);
    // Waiting for another desk's unit gives up after a while ("busy; try again") rather than
    // freezing this desk, and a unit left open by a desk that went away ends on its own.
    for (const char *setting : {"SET client_min_messages = warning", "SET lock_timeout = '15s'",
                                "SET idle_in_transaction_session_timeout = '60s'"})
        (void)exec(db, QString::fromLatin1(setting));
    if (auto r = database->checkPostgresIsFrontDesk(create); !r)
        return r.error();
    if (auto r = database->migratePostgres(); !r)
        return r.error();
    return database;
}

Result<void> Database::checkPostgresIsFrontDesk(bool create)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v')")))
        return storageError(q.lastError(), Dialect::Postgres);
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    q.finish();
    if (tables.isEmpty() && create)
        return {};
    if (tables.isEmpty())
        return invalid(
            QStringLiteral("db"),
            Text::tr("%1 holds no clinic; create one with \"frontdesk-cli init --db %1\"")
                .arg(m_path));
    // Marked as Front Desk's when its schema was made, as SQLite files are by application_id.
    bool ours = tables.contains(QStringLiteral("schema_version"));
    if (ours) {
        ours = q.exec(QStringLiteral("SELECT obj_description('schema_version'::regclass, "
                                     "'pg_class')")) &&
               q.next() && q.value(0).toString() == QLatin1String("Front Desk");
        q.finish();
    }
    if (!ours)
        return invalid(QStringLiteral("db"),
                       Text::tr("%1 is another program's database, not Front Desk's; it was "
                                "left as it was")
                           .arg(m_path));
    if (const int version = schemaVersion(); version > kSchemaVersion)
        return Error{
            ErrorKind::Storage, QStringLiteral("db"),
            Text::tr("%1 was written by a newer Front Desk (schema version %2; this program "
                     "knows up to %3). Install the newer Front Desk to open it.")
                .arg(m_path)
                .arg(version)
                .arg(kSchemaVersion)};
    return {};
}

Result<void> Database::migratePostgres()
{
    if (schemaVersion() == kSchemaVersion)
        return {};
    // Under the write lock, and read again under it: two desks opening a new database at
    // once build its schema once.
    if (auto r = beginWrite(); !r)
        return r;
    QSqlQuery q(m_db);
    int from = 0;
    if (q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) && q.next() &&
        q.value(0).toBool()) {
        q.finish();
        from = schemaVersion();
    }
    q.finish();
    if (auto r = pgschema::upgrade(m_db, from, kSchemaVersion); !r) {
        rollback();
        return Error{r.error().kind, QStringLiteral("db"),
                     Text::tr("%1 could not be given the clinic's schema: %2")
                         .arg(m_path, r.error().message)};
    }
    return commit();
}

} // namespace fd
