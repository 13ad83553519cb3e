// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/scheduleservice.h"
#include "clirunner.h"
#include "testclinic.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace fd;
using test::scalar;

namespace {

// One frontdesk-cli command, killed with SIGKILL after `killAfterMs` unless it is done by
// then. Acknowledged: it exited 0 and printed its result before the kill.
struct Outcome
{
    bool acknowledged = false;
    bool killed = false; // by us; any other failure is a finding
    QByteArray error;
    QJsonObject json;
};

Outcome runKilled(const QStringList &arguments, int killAfterMs)
{
    QProcess process;
    process.start(test::cliPath(), arguments);
    if (!process.waitForStarted())
        return {};
    if (!process.waitForFinished(killAfterMs)) {
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        process.waitForFinished();
        return {false, true, {}, {}};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {false, false, process.readAllStandardError(), {}};
    return {true, false, {}, QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
}

} // namespace

// The command line is killed (SIGKILL, no chance to clean up) at random moments while it
// books, reschedules, cancels and corrects: everything it acknowledged is in the file, nothing
// it did not acknowledge is half there, the file is sound, and the audit has one record per
// change.
class TestKill : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedChangesSurviveKills()
    {
        const SystemClock clock;
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        const QString db = temp.path();
        const QDate monday = test::mondayAhead();
        auto at = [&](int slot, int minute = 0) -> QString {
            // Dr. One, Monday to Friday 7:00-19:00: 48 quarter hours a day, one-hour visits
            // every other hour so that moves have room.
            const QDate day = monday.addDays((slot / 6) % 5 + 7 * (slot / 30));
            return day.toString(Qt::ISODate) + QStringLiteral("T%1:%2")
                                                   .arg(7 + 2 * (slot % 6), 2, 10, QLatin1Char('0'))
                                                   .arg(minute, 2, 10, QLatin1Char('0'));
        };
        auto book = [&](int slot) {
            return QStringList{QStringLiteral("book"),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--type"),
                               QStringLiteral("new"),
                               QStringLiteral("--name"),
                               QStringLiteral("Caller %1").arg(slot),
                               QStringLiteral("--phone"),
                               QStringLiteral("201555%1").arg(1000 + slot),
                               QStringLiteral("--location"),
                               QStringLiteral("Midtown"),
                               QStringLiteral("--clinician"),
                               QStringLiteral("Dr. One"),
                               QStringLiteral("--start"),
                               at(slot),
                               QStringLiteral("--json")};
        };

        // How long one command takes here (a sanitizer build is several times slower): the
        // kills are spread over that span, so many land in the middle of a commit. The
        // slowest of three bookings (slots the rounds below never use), as one sample taken
        // while the disk cache is warm can be half the usual time and kill nearly every
        // command.
        int slowest = 0;
        for (int slot : {0, 200, 201}) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(runKilled(book(slot), 60000).acknowledged);
            slowest = std::max(slowest, int(timer.elapsed()));
        }
        const int span = std::max(20, slowest * 3 / 2);

        QRandomGenerator rng(20261124);
        const int rounds = 150;
        int kills = 0;
        QList<qint64> acknowledgedBookings;
        struct Follow
        {
            qint64 id;
            QString op; // "cancel", "reschedule", "correct"
            bool acknowledged;
            qint64 newId = 0;
        };
        QList<Follow> follows;
        for (int round = 1; round <= rounds; ++round) {
            const Outcome booked = runKilled(book(round), int(rng.bounded(span)));
            QVERIFY2(booked.acknowledged || booked.killed, booked.error.constData());
            kills += booked.killed ? 1 : 0;
            if (!booked.acknowledged)
                continue;
            const qint64 id = booked.json.value(QStringLiteral("id")).toInteger();
            acknowledgedBookings.append(id);
            // One further change to the acknowledged booking, also at risk of a kill; the
            // appointment is not touched again, so its final state tells what happened.
            static const QStringList ops{QStringLiteral("cancel"), QStringLiteral("reschedule"),
                                         QStringLiteral("correct")};
            const QString op = ops[round % 3];
            QStringList args{op,
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("--id"),
                             QString::number(id),
                             QStringLiteral("--json")};
            if (op == QLatin1String("reschedule"))
                args << QStringLiteral("--start") << at(round, 30);
            if (op == QLatin1String("correct"))
                args << QStringLiteral("--reason") << QStringLiteral("entered in error");
            const Outcome followed = runKilled(args, int(rng.bounded(span)));
            QVERIFY2(followed.acknowledged || followed.killed, followed.error.constData());
            kills += followed.killed ? 1 : 0;
            follows.append({id, op, followed.acknowledged,
                            followed.json.value(QStringLiteral("id")).toInteger()});
        }
        qInfo("%d commands killed of %lld", kills, qint64(rounds + follows.size()));
        QVERIFY2(kills >= 10, "too few kills to prove anything; the timing needs a look");
        // And enough of each kind of change got through for the checks below to mean something.
        QVERIFY(acknowledgedBookings.size() >= 20);
        for (const char *op : {"cancel", "reschedule", "correct"})
            QVERIFY2(std::count_if(follows.cbegin(), follows.cend(),
                                   [&](const Follow &f) {
                                       return f.acknowledged && f.op == QLatin1String(op);
                                   }) >= 3,
                     op);

        temp.reopen();
        Database &file = temp.db();
        QCOMPARE(scalar(file, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QSqlQuery fk(file.connection());
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!fk.next());

        for (qint64 id : acknowledgedBookings)
            QVERIFY2(temp.clinic().schedule().appointment(id).ok(),
                     qPrintable(QStringLiteral("acknowledged booking %1 is gone").arg(id)));
        for (const Follow &f : follows) {
            const Appointment a = temp.clinic().schedule().appointment(f.id).value();
            const QString why = QStringLiteral("%1 of %2 (%3)")
                                    .arg(f.op, QString::number(f.id),
                                         f.acknowledged ? QStringLiteral("acknowledged")
                                                        : QStringLiteral("killed"));
            if (f.op == QLatin1String("cancel")) {
                QVERIFY2(a.status == Status::Cancelled ||
                             (!f.acknowledged && a.status == Status::Booked),
                         qPrintable(why));
            } else if (f.op == QLatin1String("correct")) {
                QVERIFY2(a.status == Status::Voided ||
                             (!f.acknowledged && a.status == Status::Booked),
                         qPrintable(why));
            } else {
                // A move is both rows or neither: never a freed slot without its new row.
                if (a.status == Status::Rescheduled) {
                    QVERIFY2(a.rescheduledTo.has_value(), qPrintable(why));
                    const Appointment moved =
                        temp.clinic().schedule().appointment(*a.rescheduledTo).value();
                    QCOMPARE(moved.rescheduledFrom, std::optional<qint64>(f.id));
                    if (f.acknowledged)
                        QCOMPARE(moved.id, f.newId);
                } else {
                    QVERIFY2(!f.acknowledged && a.status == Status::Booked, qPrintable(why));
                    QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM appointments "
                                                         "WHERE rescheduled_from = %1")
                                              .arg(f.id))
                                 .toInt(),
                             0);
                }
            }
        }

        // One audit record per change, whatever was killed.
        auto count = [&](const QString &sql) { return scalar(file, sql).toInt(); };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments")),
                 count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                      "('book', 'reschedule')")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE status = "
                                      "'cancelled'")),
                 count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cancel'")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE status = "
                                      "'voided'")),
                 count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'correct'")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM patients")),
                 count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'add-patient'")));
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "tst_kill.moc"
