// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clinic/backups.h"
#include "clinic/setupservice.h"
#include "store/audit.h"
#include "store/sql/database.h"
#include "store/sqlite/schema.h"
#include "testclinic.h"

#include "store/sqlite/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

#include <atomic>
#include <thread>

using namespace fd;
using test::scalar;

namespace {

// A plain QSQLITE connection beside the store's, to see or prepare a file as another program
// would; closed and removed when it goes out of scope.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs a statement; for a query, returns its first value (invalid on failure).
    QVariant exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return {};
        return q.next() ? q.value(0) : QVariant(true);
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsCreatedAtTheLatestVersion()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        QCOMPARE(temp.db().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(
            scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM appointment_types")).toInt(), 3);
    }

    void reopeningKeepsDataAndVersion()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        temp.reopen();
        QCOMPARE(temp.db().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM clinicians")).toInt(), 2);
    }

    void pragmas()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        QCOMPARE(scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(temp.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY(scalar(temp.db(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 5000);
    }

    void foreignKeysAreEnforced()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        QSqlQuery q(temp.db().connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO shifts (clinician_id, location_id, weekday, start_minute, end_minute) "
            "VALUES (99, 98, 1, 420, 600)")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    }

    void newerFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = Database::open(path, true);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        auto reopened = Database::open(path);
        QVERIFY(!reopened.ok());
        QVERIFY(reopened.error().message.contains(QStringLiteral("newer Front Desk")));
        QVERIFY(reopened.error().message.contains(QStringLiteral("99")));
        // Nothing was migrated down or rewritten.
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(QStringLiteral("SELECT version FROM schema_version")).toInt(), 99);
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto db = Database::open(path, true);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().field, QStringLiteral("db"));
    }

    // Only creating a clinic creates a file, and nothing is ever added to another program's.
    void foreignAndMissingFilesAreLeftAlone()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nowhere/typo.db"));
        auto none = Database::open(missing);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::Invalid);
        QVERIFY(none.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));

        const QString foreign = dir.filePath(QStringLiteral("photos.db"));
        {
            RawConnection other(foreign);
            QVERIFY(other.isOpen());
            QVERIFY(other.exec(QStringLiteral("CREATE TABLE photos (id INTEGER, path TEXT)"))
                        .isValid());
            QVERIFY(other.exec(QStringLiteral("INSERT INTO photos VALUES (1, 'a.jpg')")).isValid());
        }
        auto bytes = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = bytes(foreign);
        QVERIFY(!before.isEmpty());
        for (bool create : {false, true}) {
            auto refused = Database::open(foreign, create);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().field, QStringLiteral("db"));
            QVERIFY2(refused.error().message.contains(QStringLiteral("another program")),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(bytes(foreign), before);
        // A table called schema_version does not make another program's file ours.
        {
            RawConnection other(foreign);
            QVERIFY(other.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)"))
                        .isValid());
            QVERIFY(other.exec(QStringLiteral("INSERT INTO schema_version VALUES (1)")).isValid());
        }
        const QByteArray withVersion = bytes(foreign);
        QVERIFY(!Database::open(foreign, true).ok());
        QCOMPARE(bytes(foreign), withVersion);
        QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("-wal")));

        // An empty file is a clinic only when one is being created.
        const QString empty = dir.filePath(QStringLiteral("empty.db"));
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(!Database::open(empty).ok());
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(Database::open(empty, true).ok());
        QVERIFY(Database::open(empty).ok());
    }

    // A full disk and a read-only file each get a sentence saying what to do; what was
    // acknowledged stays, and the next write works once the cause is gone.
    void fullDiskAndReadOnlyFileSaySo()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        QVERIFY(scalar(temp.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isValid());
        const int pages = scalar(temp.db(), QStringLiteral("PRAGMA page_count")).toInt();
        // SQLite's own size cap stands in for a full disk: the same SQLITE_FULL.
        QVERIFY(
            scalar(temp.db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).isValid());
        int saved = 0;
        Result<qint64> last = qint64(0);
        for (int i = 0; i < 500 && last; ++i) {
            last = temp.clinic().setup().addService(QStringLiteral("Service %1 ").arg(i) +
                                                    QString(80, QLatin1Char('x')));
            saved += last ? 1 : 0;
        }
        QVERIFY(!last);
        QCOMPARE(last.error().kind, ErrorKind::Storage);
        QVERIFY2(last.error().message.contains(QStringLiteral("disk is full")),
                 qPrintable(last.error().message));
        QVERIFY(scalar(temp.db(), QStringLiteral("PRAGMA max_page_count = 1000000")).isValid());
        QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM services")).toInt(), saved);
        QVERIFY(temp.clinic().setup().addService(QStringLiteral("After")).ok());

        QVERIFY(QSqlQuery(temp.db().connection()).exec(QStringLiteral("PRAGMA query_only = ON")));
        auto readOnly = temp.clinic().setup().addService(QStringLiteral("Refused"));
        QVERIFY(!readOnly);
        QVERIFY2(readOnly.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(readOnly.error().message));
        QVERIFY(QSqlQuery(temp.db().connection()).exec(QStringLiteral("PRAGMA query_only = OFF")));
        QVERIFY(temp.clinic().setup().addService(QStringLiteral("Writable again")).ok());
        QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM services")).toInt(),
                 saved + 2);
    }

    // The same on a real filesystem that runs out of space, then goes read-only: a 3 MB tmpfs
    // the test mounts (as root, which CI is; elsewhere it says why it skips).
    void fullAndReadOnlyFilesystem()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        auto mount = [&](const QStringList &args) {
            return QProcess::execute(QStringLiteral("mount"), args) == 0;
        };
        if (!mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=3M"), QStringLiteral("tmpfs"), mountPoint}))
            QSKIP("this machine does not let the test mount a tmpfs");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{mountPoint};
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        const QString path = mountPoint + QStringLiteral("/clinic.db");
        {
            auto clinic = test::openOtherDesk(path, clock, QStringLiteral("test"),
                                              Clinic::OpenMode::CreateIfMissing);
            int saved = 0;
            Result<qint64> last = qint64(0);
            for (int i = 0; i < 100000 && last; ++i) {
                last = clinic->setup().addService(QStringLiteral("Service %1 ").arg(i) +
                                                  QString(80, QLatin1Char('x')));
                saved += last ? 1 : 0;
            }
            QVERIFY(!last);
            QVERIFY2(last.error().message.contains(QStringLiteral("disk is full")),
                     qPrintable(last.error().message));
            // (About a hundred rows fit in 3 MB with the trail's two indexes.)
            QVERIFY2(saved > 50, qPrintable(QString::number(saved)));
            // Space again: nothing acknowledged was lost, and writing works.
            QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,size=16M"), mountPoint}));
            QVERIFY(clinic->setup().addService(QStringLiteral("After")).ok());
            Database &db = static_cast<SqliteStore &>(clinic->store()).database();
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM services")).toInt(),
                     saved + 1);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
        }
        // A filesystem gone read-only: the file is refused with a plain sentence and left
        // alone; writable again, it opens as before.
        QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,ro"), mountPoint}));
        auto readOnly = Clinic::open(path, clock, QStringLiteral("test"));
        if (readOnly) {
            auto refused = (*readOnly)->setup().addService(QStringLiteral("Refused"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("read-only")) ||
                         refused.error().message.contains(QStringLiteral("could not be read")),
                     qPrintable(refused.error().message));
        } else {
            QVERIFY2(readOnly.error().message.contains(QStringLiteral("read-only")) ||
                         readOnly.error().message.contains(QStringLiteral("could not be read")) ||
                         readOnly.error().message.contains(QStringLiteral("cannot open")),
                     qPrintable(readOnly.error().message));
        }
        readOnly = Error{};
        QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,rw"), mountPoint}));
        auto again = Clinic::open(path, clock, QStringLiteral("test"));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QVERIFY((*again)->setup().addService(QStringLiteral("Writable again")).ok());
    }

    void failedMigrationRollsBack()
    {
        // A version 1 file with a table in the way of version 2: the upgrade fails and leaves
        // the file exactly as it was.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            RawConnection old(path);
            QVERIFY(old.isOpen());
            // A version 1 clinic with a table in the way of version 2's search index.
            QSqlDatabase raw = old.db();
            QVERIFY(schema::upgrade(raw, 0, 1).ok());
            QVERIFY(old.exec(QStringLiteral("CREATE TABLE patients_search (x INTEGER)")).isValid());
        }
        auto db = Database::open(path, true);
        QVERIFY(!db.ok());
        RawConnection check(path);
        QVERIFY(check.isOpen());
        QCOMPARE(check
                     .exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                          "('config_revision', 'change_log')"))
                     .toInt(),
                 0);
        QCOMPARE(check.exec(QStringLiteral("SELECT version FROM schema_version")).toInt(), 1);
    }

    void versionOneIsUpgradedInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            RawConnection v1(path);
            QVERIFY(v1.isOpen());
            QSqlDatabase raw = v1.db();
            QVERIFY(schema::upgrade(raw, 0, 1).ok());
            QVERIFY(v1.exec(QStringLiteral("INSERT INTO patients (name, phone, created_utc) "
                                           "VALUES ('Johanna Berg', '+12015550123', 0)"))
                        .isValid());
        }
        auto db = Database::open(path, true);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
        // The search index was filled from the patients already there.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM patients_search WHERE "
                                             "patients_search MATCH 'ohann'"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT revision FROM config_revision")).toInt(), 1);
    }

    void versionTwoAppointmentsSurviveTheRebuild()
    {
        // Version 3 rebuilds the appointments table: every row, its history and its foreign
        // keys come through, and the new statuses are accepted afterwards.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        {
            RawConnection v2(path);
            QVERIFY(v2.isOpen());
            QSqlDatabase raw = v2.db();
            QVERIFY(schema::upgrade(raw, 0, 2).ok());
            for (const char *sql :
                 {"INSERT INTO locations (name) VALUES ('Midtown')",
                  "INSERT INTO clinicians (name) VALUES ('Dr. One')",
                  "INSERT INTO patients (name, phone, created_utc) VALUES ('Ann', '+1', 0)",
                  "INSERT INTO appointments (patient_id, clinician_id, location_id, type, day, "
                  "start_minute, end_minute, start_utc, end_utc, block_end_utc, status, "
                  "created_utc) VALUES (1, 1, 1, 'new', '2026-03-09', 420, 480, 10, 20, 20, "
                  "'completed', 0)",
                  "INSERT INTO status_history (appointment_id, status, at_utc, user_name) "
                  "VALUES (1, 'booked', 0, 'desk')"})
                QVERIFY2(v2.exec(QString::fromLatin1(sql)).isValid(), sql);
        }
        auto db = Database::open(path, true);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT status || day FROM appointments WHERE id = 1"))
                     .toString(),
                 QStringLiteral("completed2026-03-09"));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("UPDATE appointments SET status = 'voided' WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE appointments SET status = 'lost' WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM appointments WHERE id = 1"))); // history
    }

    void nestedUnitRollsBackAlone()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        Store &store = temp.store();
        QVERIFY(store.beginUnit().ok());
        QVERIFY(store.insertService(QStringLiteral("Kept")).ok());
        QVERIFY(store.beginUnit().ok());
        QCOMPARE(store.unitDepth(), 2);
        QVERIFY(store.insertService(QStringLiteral("Dropped")).ok());
        store.rollbackUnit();
        QVERIFY(store.commitUnit().ok());
        QCOMPARE(store.unitDepth(), 0);
        QCOMPARE(
            scalar(temp.db(), QStringLiteral("SELECT group_concat(name) FROM services")).toString(),
            QStringLiteral("Kept"));
    }

    // The audit trail is append-only in the database itself: plain SQL cannot change or
    // remove a record.
    void auditRecordsCannotBeChangedOrDeleted()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        const int before =
            test::scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        QVERIFY(before > 0);
        QSqlQuery q(temp.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("cannot be changed")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("cannot be deleted")));
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(),
                 before);
        QCOMPARE(test::scalar(temp.db(),
                              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = "
                                             "'someone else'"))
                     .toInt(),
                 0);
        // Adding still works: that is what the trail is for.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at_utc, user_name, action, entity, "
                                      "entity_id, before_json, after_json) VALUES (1, 'x', "
                                      "'note', 'clinic', 0, '{}', '{}')")));
    }

    // Patients' details are the owner's alone: the file and its WAL, and every backup.
    void filesAreTheOwnersOnly()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        for (const QString &file : QStringList{temp.path(), temp.path() + QStringLiteral("-wal")}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
        }
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(temp.clinic().backup(copy).ok());
        QCOMPARE(QFileInfo(copy).permissions() & others, QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal"))); // one file on its own
        // Never over the database itself, nor over a folder.
        QCOMPARE(temp.clinic().backup(temp.path()).error().field, QStringLiteral("out"));
        QCOMPARE(temp.clinic().backup(dir.path()).error().field, QStringLiteral("out"));
    }

    // The window's daily backups: one a day, the newest seven kept, owner-only, each sound.
    void dailyBackupsKeepTheLastWeek()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        const QString folder = dailyBackupFolder(temp.path());
        QCOMPARE(QFileInfo(folder).absolutePath(), QFileInfo(temp.path()).absolutePath());
        const QDate first(2026, 3, 1);
        for (int day = 0; day < 10; ++day) {
            auto made = keepDailyBackup(temp.path(), folder, first.addDays(day), 7);
            QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
            QVERIFY(made->made);
            QCOMPARE(made->removed.size(), day >= 7 ? 1 : 0);
        }
        // The same day again: already there, nothing made or removed.
        auto again = keepDailyBackup(temp.path(), folder, first.addDays(9), 7);
        QVERIFY(again && !again->made && again->removed.isEmpty());
        QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 7);
        const QString base = QFileInfo(temp.path()).completeBaseName();
        QCOMPARE(names.first(), base + QStringLiteral("-2026-03-04.db"));
        QCOMPARE(names.last(), base + QStringLiteral("-2026-03-10.db"));
        // Owner-only, each a clinic that opens and checks clean.
        QCOMPARE(QFileInfo(folder).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto copy = Clinic::open(QDir(folder).filePath(names.last()), clock);
        QVERIFY(copy);
        QVERIFY((*copy)->check()->isEmpty());
        // A file of another name in the folder is not ours to remove.
        QFile other(QDir(folder).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(keepDailyBackup(temp.path(), folder, first.addDays(10), 7));
        QVERIFY(QFileInfo::exists(other.fileName()));
    }

    // A backup taken while another desk writes is one moment of the book, and checks clean.
    void backupDuringWritesChecksClean()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        const QString path = temp.path();
        std::atomic<bool> writing{true};
        std::atomic<int> written{0};
        std::thread desk([&] {
            auto other = test::openOtherDesk(path, clock);
            for (int i = 0; i < 400 && writing; ++i) {
                AuditEntry entry;
                entry.atUtc = i;
                entry.user = QStringLiteral("other-desk");
                entry.action = QStringLiteral("note");
                entry.entity = QStringLiteral("clinic");
                auto r =
                    other->unit([&]() -> Result<void> { return other->store().writeAudit(entry); });
                if (r)
                    ++written;
            }
        });
        QTemporaryDir dir;
        QStringList copies;
        while (written < 50)
            QThread::msleep(1);
        for (int i = 0; i < 3; ++i) {
            const QString copy = dir.filePath(QStringLiteral("copy%1.db").arg(i));
            const auto done = temp.clinic().backup(copy);
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toString()));
            copies.append(copy);
        }
        writing = false;
        desk.join();
        QVERIFY(written > 50);
        for (const QString &copy : copies) {
            auto opened = Clinic::open(copy, clock);
            QVERIFY(opened.ok());
            const auto problems = (*opened)->check();
            QVERIFY(problems.ok());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        }
    }

    // The checks find what a program writing the file behind Front Desk's back broke.
    void checkFindsABrokenReference()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        QVERIFY(temp.clinic().check()->isEmpty());
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO shifts (clinician_id, location_id, weekday, "
                                      "start_minute, end_minute) VALUES (999, 1, 1, 420, 600)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        const auto problems = temp.clinic().check();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QStringLiteral("shifts")));
        QVERIFY(problems->first().contains(QStringLiteral("clinicians")));
        // A broken file is not copied as if it were a backup.
        QTemporaryDir dir;
        QVERIFY(!temp.clinic().backup(dir.filePath(QStringLiteral("copy.db"))).ok());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void setupChangesAreAuditedAndBadOnesRefused()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log GROUP BY action "
                                      "ORDER BY action")));
        QStringList actions;
        while (q.next())
            actions.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
        // Midtown's closed date came with the location and is in its audit record.
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("add-clinician=2"), QStringLiteral("add-location=2"),
                              QStringLiteral("add-service=2")}));
        QVERIFY(q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                      "'add-location' ORDER BY id LIMIT 1")) &&
                q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("2026-03-13")));

        const QString before = test::tableCounts(temp.db());
        Clinician twice;
        twice.name = QStringLiteral("Dr. Twice");
        twice.shifts = {{1, 1, 7 * 60, 12 * 60}, {2, 1, 11 * 60, 15 * 60}};
        auto r = temp.clinic().setup().addClinician(twice);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("shifts"));
        Location nowhere;
        nowhere.name = QStringLiteral("Nowhere");
        nowhere.timeZone = QStringLiteral("Mars/Olympus_Mons");
        QCOMPARE(temp.clinic().setup().addLocation(nowhere).error().field,
                 QStringLiteral("time-zone"));
        QCOMPARE(test::tableCounts(temp.db()), before);
    }

    void cachedSetupSeesAnotherDesksChange()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        QCOMPARE(temp.store().config()->clinicians.size(), 2);
        auto other = test::openOtherDesk(temp.path(), clock);
        Clinician three;
        three.name = QStringLiteral("Dr. Three");
        QVERIFY(other->setup().addClinician(three).ok());
        QCOMPARE(temp.store().config()->clinicians.size(), 3);
        // And unchanged setup is served from the cache: same data either way.
        QCOMPARE(temp.store().config()->clinicians.size(),
                 temp.store().loadConfigUncached()->clinicians.size());
    }

    void writeTransactionTakesTheLockAtOnce()
    {
        // Another connection's BEGIN IMMEDIATE must wait, not read stale data and race.
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-01T09:00")));
        test::TempClinic temp(clock);
        QVERIFY(temp.store().beginUnit().ok());
        RawConnection other(temp.path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
        QVERIFY(other.isOpen());
        QVERIFY(!other.exec(QStringLiteral("BEGIN IMMEDIATE")).isValid());
        temp.store().rollbackUnit();
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")).isValid());
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
