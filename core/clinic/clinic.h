// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "access/access.h"
#include "changes.h"
#include "common/clock.h"
#include "common/result.h"
#include "context.h"
#include "domain/tablesum.h"

#include <QObject>

#include <memory>

namespace fd {

class AccountService;
class BookingService;
class PatientService;
class ReportService;
class ScheduleService;
class SetupService;
class SlotFinder;
class Store;

// One open clinic: the session that the window and the command line talk to. It owns the
// store, the clock and the acting user, hands out the services (which check every rule inside
// the store's unit of work), composes several operations into one unit, and says what changed
// after its own commits and after other desks'.
class Clinic : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode {
        Existing,       // a Front Desk database that is there already
        CreateIfMissing // also a new one: only `init` and the window's first run, after asking
    };
    // Opens the clinic database at `database`, an SQLite file or a postgresql:// address,
    // upgrading it if it is older.
    static Result<std::unique_ptr<Clinic>> open(const QString &database, const Clock &clock,
                                                const QString &user = {},
                                                OpenMode mode = OpenMode::Existing);
    // The database the window and the command line share unless told otherwise.
    static QString defaultDatabase();
    static bool isServerAddress(const QString &database);
    // The address as it may be shown and kept: without any password in it.
    static QString shownAddress(const QString &database);
    // A PostgreSQL password for `address`, kept in this process's memory only (never on disk)
    // for every connection it opens there. Opening fails with the field "db-password" while the
    // server wants one that is not known.
    static void rememberDatabasePassword(const QString &address, const QString &password);

    Clinic(std::unique_ptr<Store> store, const Clock &clock, const QString &user = {},
           QObject *parent = nullptr);
    ~Clinic() override;

    QString databaseName() const;
    int schemaVersion();
    const Clock &clock() const { return m_context.clock; }
    // Who the audit trail names: the signed-in account's name, or, on a clinic without
    // accounts yet, the name the session was opened with (the operating system's user).
    const QString &user() const { return m_context.user; }

    // --- who is at the desk ---------------------------------------------------------------
    // Checks the password (Argon2id) and signs the account in. Wrong passwords in a row make
    // the next attempt with that name wait (signInDelaySecs); failures are audited, and the
    // error does not say whether the name or the password was wrong.
    Result<Account> signIn(const QString &name, const QString &password);
    // Signs out (audited; `idle`: the window locked itself); everything but signing in is
    // then refused.
    void signOut(bool idle = false);
    // The signed-in account as it stands now (a manager at another desk may have changed it).
    std::optional<Account> account();
    // Whether the clinic has accounts at all: until its first manager is made, it has none
    // and whoever opened it may set it up.
    Result<bool> hasAccounts();
    // Whether the session may do `permission` now: what the window shows and hides. The
    // services check the same thing themselves, whatever the window shows.
    bool may(Permission permission);
    // Where this session sits and as whom: handed to another thread, which opens its own
    // connection signed in as this session is (reports, exports). Only a session makes one.
    class Seat
    {
        friend class Clinic;
        QString m_database;
        QString m_user;
        QString m_systemUser;
        std::optional<qint64> m_accountId;
    };
    Seat seat() const;
    static Result<std::unique_ptr<Clinic>> open(const Seat &seat, const Clock &clock);

    BookingService &booking() { return *m_booking; }
    ScheduleService &schedule() { return *m_schedule; }
    SetupService &setup() { return *m_setup; }
    SlotFinder &slotFinder() { return *m_slots; }
    PatientService &patients() { return *m_patients; }
    ReportService &reports() { return *m_reports; }
    AccountService &accounts() { return *m_accounts; }

    // Runs several operations as one unit of work: all of them commit, or none does.
    template <typename T = void, typename Body> Result<T> unit(Body body)
    {
        return inUnit<T>(m_context, std::move(body));
    }

    // Starts (or stops) listening for other desks' commits; changed() reports them.
    void watchOtherDesks(bool on = true);
    // Reads what other desks committed since last asked, and reports each committed unit
    // through changed(); returns them merged.
    Result<ChangeSet> readOtherDesksChanges();

    // A consistent copy of the clinic at `path` while desks go on writing, readable by its
    // owner only and checked before it is put in place.
    Result<void> backup(const QString &path);
    // The database's integrity and foreign-key checks: the problems found, none if sound.
    Result<QStringList> check();
    // Copies the whole clinic, audit trail included, into `destination`: a new SQLite file or
    // an empty PostgreSQL database. Each table's count and checksum are compared before the
    // copy is kept; returns them. Audited here before the copy, so the copy holds it too.
    Result<QList<TableSum>> copyTo(const QString &destination);
    // Replaces the whole clinic with the backup at `path`, once the copy checks clean; every
    // open desk reads it all again. The audit trail is kept whole (what the live clinic
    // recorded since the backup, then the restore itself), and the clinic as it stood is kept
    // in the daily backups' folder first: returns that file.
    Result<QString> restore(const QString &path);

    // The store itself, for the store's tests and the benchmarks; ui/ and app/ never use it.
    Store &store() { return m_context.store; }

signals:
    // Someone signed in or out at this session.
    void accountChanged();
    // After a commit, this session's own (external false) or another desk's (external true).
    void changed(const fd::ChangeSet &changes);

private:
    std::unique_ptr<Store> m_store;
    ServiceContext m_context;
    qint64 m_lastSequence = -1;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<ScheduleService> m_schedule;
    std::unique_ptr<SetupService> m_setup;
    std::unique_ptr<SlotFinder> m_slots;
    std::unique_ptr<PatientService> m_patients;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<AccountService> m_accounts;
    QString m_systemUser; // the name given at open, for a clinic without accounts
};

} // namespace fd
