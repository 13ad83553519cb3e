// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clinic.h"

#include "access/accountservice.h"
#include "backups.h"
#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "patients/patientservice.h"
#include "reports/reportservice.h"
#include "setupservice.h"
#include "store/audit.h"
#include "store/postgres/postgresstore.h"
#include "store/sql/clinicopy.h"
#include "store/sql/database.h"
#include "store/sqlite/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace fd {

namespace {

// Another scheme://..., or libpq's "host=... dbname=..." as psql prints it, is no file name:
// it must not become a new, empty SQLite file of that name.
Result<void> checkNotAnotherAddress(const QString &database, const QString &field)
{
    static const QRegularExpression url(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    static const QRegularExpression keywords(
        QStringLiteral("^\\s*(host|hostaddr|port|dbname|user|password|sslmode)\\s*="));
    if (url.match(database).hasMatch())
        return invalid(field, QCoreApplication::translate(
                                  "fd::Clinic", "%1 is neither a database file nor a "
                                                "postgresql://user@host:port/database address")
                                  .arg(Clinic::shownAddress(database)));
    // (Not repeated back: it may hold a password.)
    if (keywords.match(database).hasMatch())
        return invalid(field, QCoreApplication::translate(
                                  "fd::Clinic", "\"host=… dbname=…\" is not a database file; "
                                                "write the server's address as "
                                                "postgresql://user@host:port/database"));
    return {};
}

} // namespace

Result<std::unique_ptr<Clinic>> Clinic::open(const QString &database, const Clock &clock,
                                             const QString &user, OpenMode mode)
{
    const bool create = mode == OpenMode::CreateIfMissing;
    if (isServerAddress(database)) {
        auto store = PostgresStore::open(database, create);
        if (!store)
            return store.error();
        return std::make_unique<Clinic>(std::move(store.value()), clock, user);
    }
    if (auto r = checkNotAnotherAddress(database, QStringLiteral("db")); !r)
        return r.error();
    auto store = SqliteStore::open(database, create);
    if (!store)
        return store.error();
    return std::make_unique<Clinic>(std::move(store.value()), clock, user);
}

QString Clinic::defaultDatabase()
{
    return Database::defaultPath();
}

bool Clinic::isServerAddress(const QString &database)
{
    return Database::isPostgresAddress(database);
}

QString Clinic::shownAddress(const QString &database)
{
    return isServerAddress(database) ? Database::withoutPassword(database) : database;
}

void Clinic::rememberDatabasePassword(const QString &address, const QString &password)
{
    Database::rememberPassword(address, password);
}

Clinic::Clinic(std::unique_ptr<Store> store, const Clock &clock, const QString &user,
               QObject *parent)
    : QObject(parent), m_store(std::move(store)),
      m_context{*m_store, clock, user.isEmpty() ? currentUserName() : user, {}, {}, {}, {}, {}},
      m_booking(std::make_unique<BookingService>(m_context)),
      m_schedule(std::make_unique<ScheduleService>(m_context)),
      m_setup(std::make_unique<SetupService>(m_context)),
      m_slots(std::make_unique<SlotFinder>(m_context)),
      m_patients(std::make_unique<PatientService>(m_context)),
      m_reports(std::make_unique<ReportService>(m_context)),
      m_accounts(std::make_unique<AccountService>(m_context)), m_systemUser(m_context.user)
{
    qRegisterMetaType<ChangeSet>();
    m_context.committed = [this](const ChangeSet &changes) { emit changed(changes); };
    connect(m_store.get(), &Store::othersCommitted, this, [this] {
        // A busy moment is no reason to lose the news: look again shortly.
        if (!readOtherDesksChanges())
            QTimer::singleShot(250, this, [this] { (void)readOtherDesksChanges(); });
    });
}

Clinic::~Clinic() = default;

QString Clinic::databaseName() const
{
    return m_store->name();
}

int Clinic::schemaVersion()
{
    return m_store->schemaVersion();
}

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Clinic)
};

// A hash to check unknown names against (of a random password nobody kept), so that a wrong
// name takes as long as a wrong password and the answer does not tell which names exist.
const QByteArray kDecoyHash =
    QByteArrayLiteral("$argon2id$v=19$m=65536,t=2,p=1$mzKjrwIPblKhbuXB54V7PA$"
                      "AQX6UtVdEnYySxDwcNG/WblVvN2PEVZU1K2Y22psxZM");

// Wrong names are counted together: a name that is not an account (perhaps a password typed
// in the wrong field) is never written down.
const QString kUnknownName = QStringLiteral("(unknown)");

} // namespace

Result<void> Clinic::backup(const QString &path)
{
    if (auto r = authorize(m_context, Permission::Backup); !r)
        return r;
    if (auto r = m_store->backupTo(path); !r)
        return r;
    // The largest export there is: on the trail like any other.
    return inUnit<void>(m_context, [&] {
        return m_store->writeAudit(
            {m_context.clock.nowSecs(),
             m_context.user,
             QStringLiteral("backup"),
             QStringLiteral("clinic"),
             0,
             {},
             {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}}});
    });
}

Result<QList<TableSum>> Clinic::copyTo(const QString &destination)
{
    if (auto r = authorize(m_context, Permission::Backup); !r)
        return r.error();
    const QString shown = shownAddress(destination);
    const bool server = isServerAddress(destination);
    if (!server)
        if (auto r = checkNotAnotherAddress(destination, QStringLiteral("to")); !r)
            return r.error();
    if (!server && QFileInfo::exists(destination))
        return invalid(QStringLiteral("to"),
                       QCoreApplication::translate("fd::Clinic",
                                                   "%1 exists already; a clinic is moved into a "
                                                   "new file")
                           .arg(destination));
    auto target =
        server ? Database::openPostgres(destination, true) : Database::open(destination, true);
    if (!target)
        return Error{target.error().kind,
                     target.error().field == QLatin1String("db-password") ? target.error().field
                                                                          : QStringLiteral("to"),
                     target.error().message};
    if (auto r = inUnit<void>(m_context,
                              [&] {
                                  return m_store->writeAudit({m_context.clock.nowSecs(),
                                                              m_context.user,
                                                              QStringLiteral("migrate"),
                                                              QStringLiteral("clinic"),
                                                              0,
                                                              {},
                                                              {{QStringLiteral("to"), shown}}});
                              });
        !r)
        return r.error();
    auto *source = dynamic_cast<SqlStore *>(m_store.get());
    if (!source)
        return Error{ErrorKind::Storage, QStringLiteral("from"),
                     QCoreApplication::translate("fd::Clinic", "this clinic cannot be copied")};
    auto copied = copyClinic(source->database(), **target);
    target->reset();
    // A new file that holds no clinic is no use to anyone.
    if (!copied && !server)
        QFile::remove(destination);
    return copied;
}

Result<QStringList> Clinic::check()
{
    if (auto r = authorize(m_context, Permission::Read); !r)
        return r.error();
    return m_store->check();
}

Result<QString> Clinic::restore(const QString &path)
{
    if (auto r = authorize(m_context, Permission::Backup); !r)
        return r.error();
    // A server's clinic is not replaced in place: the store says how, before anything is copied.
    if (isServerAddress(m_store->name()))
        return m_store->restoreFrom(path, {}).error();
    // The clinic as it stands goes beside the daily backups first: a restore is undone by
    // restoring that.
    const QString folder = dailyBackupFolder(m_store->name());
    if (auto r = makeBackupFolder(folder); !r)
        return r.error();
    const QString before = QDir(folder).filePath(
        QStringLiteral("%1-before-restore-%2.db")
            .arg(QFileInfo(m_store->name()).completeBaseName(),
                 m_context.clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (auto r = m_store->backupTo(before); !r)
        return r.error();
    const AuditEntry record{m_context.clock.nowSecs(),
                            m_context.user,
                            QStringLiteral("restore"),
                            QStringLiteral("clinic"),
                            0,
                            {},
                            {{QStringLiteral("from"), QFileInfo(path).absoluteFilePath()},
                             {QStringLiteral("previous_clinic"), before}}};
    if (auto r = m_store->restoreFrom(path, record); !r) {
        QFile::remove(before);
        return r.error();
    }
    // The restored clinic's accounts are the backup's: whoever restored it signs in again.
    const bool signedIn = m_context.accountId.has_value();
    m_context.accountId.reset();
    m_context.user = m_systemUser;
    if (signedIn)
        emit accountChanged();
    emit changed(ChangeSet{{}, {}, true, false});
    return before;
}

Result<bool> Clinic::hasAccounts()
{
    auto config = m_store->config();
    if (!config)
        return config.error();
    return !config->accounts.isEmpty();
}

Result<Account> Clinic::signIn(const QString &typed, const QString &password)
{
    const QString name = typed.trimmed();
    if (name.isEmpty())
        return invalid(QStringLiteral("user"), Text::tr("type your user name"));
    auto config = m_store->config();
    if (!config)
        return config.error();
    // Only what an account's name can be is looked up (letters, digits, dots, dashes,
    // underscores, compared without case in ASCII alone), so no other spelling of a name has a
    // count of its own.
    const Account *account =
        name.size() <= 64 && password.size() <= 1024 && accountNamePattern().match(name).hasMatch()
            ? config->accountNamed(name)
            : nullptr;
    const QString who = account ? account->name : kUnknownName;
    const qint64 now = m_context.clock.nowSecs();
    const Error wrong{ErrorKind::Forbidden, QStringLiteral("password"),
                      Text::tr("wrong user name or password")};
    auto failed = [&](const char *reason, int failures) {
        (void)inUnit<void>(m_context, [&]() -> Result<void> {
            return m_store->writeAudit({now,
                                        who,
                                        QStringLiteral("sign-in-failed"),
                                        QStringLiteral("account"),
                                        account ? account->id : 0,
                                        {},
                                        {{QStringLiteral("reason"), QLatin1String(reason)},
                                         {QStringLiteral("failures"), failures}}});
        });
    };
    // The attempt is counted before the password is checked, in one unit with the look at the
    // count: desks trying at once each see the others' attempts.
    int failures = 0;
    qint64 wait = 0;
    auto counted = inUnit<void>(m_context, [&]() -> Result<void> {
        auto before = m_store->signInFailures(who);
        if (!before)
            return before.error();
        failures = before->count;
        wait = before->lastUtc + signInDelaySecs(before->count) - now;
        if (wait > 0)
            return {};
        return m_store->recordSignInFailure(who, now);
    });
    if (!counted)
        return counted.error();
    if (wait > 0) {
        failed("waiting", failures);
        return Error{ErrorKind::Forbidden, QStringLiteral("password"),
                     Text::tr("too many wrong passwords: try again in %1 seconds").arg(wait)};
    }
    QByteArray hash = kDecoyHash;
    if (account) {
        auto stored = m_store->passwordHash(account->id);
        if (!stored)
            return stored.error();
        hash = *stored;
    }
    const bool matches = passwords::verify(hash, password);
    // A retired account's right password gets the same answer as a wrong one: it confirms
    // nothing.
    if (!account || !matches || !account->active) {
        failed(!account ? "unknown-user" : !matches ? "wrong-password" : "retired", failures + 1);
        return wrong;
    }
    const Account signedIn = *account;
    if (auto r = inUnit<void>(m_context,
                              [&]() -> Result<void> {
                                  if (auto c = m_store->clearSignInFailures(who); !c)
                                      return c;
                                  return m_store->writeAudit(
                                      {now,
                                       signedIn.name,
                                       QStringLiteral("sign-in"),
                                       QStringLiteral("account"),
                                       signedIn.id,
                                       {},
                                       {{QStringLiteral("role"), roleCode(signedIn.role)}}});
                              });
        !r)
        return r.error();
    m_context.accountId = signedIn.id;
    m_context.user = signedIn.name;
    emit accountChanged();
    return signedIn;
}

void Clinic::signOut(bool idle)
{
    if (!m_context.accountId)
        return;
    const qint64 id = *m_context.accountId;
    (void)inUnit<void>(m_context, [&]() -> Result<void> {
        return m_store->writeAudit({m_context.clock.nowSecs(),
                                    m_context.user,
                                    idle ? QStringLiteral("lock") : QStringLiteral("sign-out"),
                                    QStringLiteral("account"),
                                    id,
                                    {},
                                    {}});
    });
    m_context.accountId.reset();
    m_context.user = m_systemUser;
    emit accountChanged();
}

std::optional<Account> Clinic::account()
{
    if (!m_context.accountId)
        return std::nullopt;
    auto config = m_store->config();
    if (!config)
        return std::nullopt;
    const Account *a = config->account(*m_context.accountId);
    return a ? std::optional(*a) : std::nullopt;
}

bool Clinic::may(Permission permission)
{
    return permitted(m_context, permission);
}

Clinic::Seat Clinic::seat() const
{
    Seat seat;
    seat.m_database = m_store->name();
    seat.m_user = m_context.user;
    seat.m_systemUser = m_systemUser;
    seat.m_accountId = m_context.accountId;
    return seat;
}

Result<std::unique_ptr<Clinic>> Clinic::open(const Seat &seat, const Clock &clock)
{
    auto other = open(seat.m_database, clock, seat.m_systemUser);
    if (!other)
        return other.error();
    (*other)->m_context.accountId = seat.m_accountId;
    (*other)->m_context.user = seat.m_user;
    return other;
}

void Clinic::watchOtherDesks(bool on)
{
    // Listening first, then noting where the log stands: a commit in between is not missed.
    m_store->watchOthers(on);
    if (on && m_lastSequence < 0)
        (void)readOtherDesksChanges();
    m_context.watching = on;
}

Result<ChangeSet> Clinic::readOtherDesksChanges()
{
    if (m_lastSequence < 0) {
        // The first read only notes where the log stands: what came before is history.
        auto last = m_store->lastChangeSequence();
        if (!last)
            return last.error();
        m_lastSequence = *last;
        return ChangeSet{};
    }
    auto records = m_store->changesSince(m_lastSequence);
    if (!records)
        return records.error();
    // One signal per committed unit, in commit order: what `watch` prints line by line.
    ChangeSet others;
    for (const ChangeRecord &record : *records) {
        m_lastSequence = std::max(m_lastSequence, record.sequence);
        if (m_context.ownSequences.remove(record.sequence))
            continue;
        ChangeSet change = ChangeSet::fromJson(QJsonDocument::fromJson(record.json).object());
        change.external = true;
        others.merge(change);
        if (!change.isEmpty())
            emit changed(change);
    }
    others.external = true;
    return others;
}

} // namespace fd
