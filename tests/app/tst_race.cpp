// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clirunner.h"
#include "testclinic.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace fd;

// Two front desks book the same slot at the same moment, as two real processes on one
// database file: exactly one wins, the other is told "slot just taken", and nothing is lost.
class TestRace : public QObject
{
    Q_OBJECT

private slots:
    void exactlyOneDeskWins()
    {
        const SystemClock clock;
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        const QDate monday = test::mondayAhead();
        const int rounds = 40;
        int wins = 0;
        for (int round = 0; round < rounds; ++round) {
            // A fresh slot each round: 7:00, 8:00, ... across the week's days.
            const QDate day = monday.addDays(round / 11);
            const QString start =
                day.toString(Qt::ISODate) +
                QStringLiteral("T%1:00").arg(7 + round % 11, 2, 10, QLatin1Char('0'));
            // Both desks saw the book as it stood before the round, as two receptionists
            // reading the same suggestions would.
            const QString seen = QString::fromUtf8(
                test::runCli({QStringLiteral("mark"), QStringLiteral("--db"), temp.path()})
                    .out.trimmed());
            std::array<QProcess, 2> desks;
            for (int i = 0; i < 2; ++i) {
                desks[i].start(
                    test::cliPath(),
                    {QStringLiteral("book"), QStringLiteral("--db"), temp.path(),
                     QStringLiteral("--type"), QStringLiteral("new"), QStringLiteral("--name"),
                     QStringLiteral("Caller %1-%2").arg(round).arg(i), QStringLiteral("--phone"),
                     QStringLiteral("201555%1").arg(1000 + 2 * round + i),
                     QStringLiteral("--location"), QStringLiteral("Midtown"),
                     QStringLiteral("--clinician"), QStringLiteral("Dr. One"),
                     QStringLiteral("--start"), start, QStringLiteral("--user"),
                     QStringLiteral("desk-%1").arg(i), QStringLiteral("--seen"), seen});
            }
            QList<int> codes;
            QByteArray loserMessage;
            for (auto &desk : desks) {
                QVERIFY(desk.waitForFinished(60000));
                codes.append(desk.exitCode());
                if (desk.exitCode() != 0)
                    loserMessage = desk.readAllStandardError();
            }
            std::sort(codes.begin(), codes.end());
            QCOMPARE(codes, (QList<int>{0, 3}));
            QVERIFY2(loserMessage.contains("slot just taken"), loserMessage.constData());
            ++wins;
        }
        QSqlQuery q(temp.db().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT start_utc) FROM appointments")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), wins);
        QCOMPARE(q.value(1).toInt(), wins);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'book'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), wins);
    }

    // Sixteen desks (four sites' worth) book into the same few slots at once, each for a
    // different caller: per slot exactly one wins, the rest are refused, and the book holds no
    // double booking.
    void sixteenDesksAtOnce()
    {
        const SystemClock clock;
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        const QDate monday = test::mondayAhead();
        constexpr int kDesks = 16;
        constexpr int kSlots = 4; // four desks go for each slot
        std::array<QProcess, kDesks> desks;
        for (int i = 0; i < kDesks; ++i) {
            const QString start =
                monday.toString(Qt::ISODate) +
                QStringLiteral("T%1:00").arg(8 + i % kSlots, 2, 10, QLatin1Char('0'));
            desks[i].start(test::cliPath(),
                           {QStringLiteral("book"), QStringLiteral("--db"), temp.path(),
                            QStringLiteral("--type"), QStringLiteral("new"),
                            QStringLiteral("--name"), QStringLiteral("Caller %1").arg(i),
                            QStringLiteral("--phone"), QStringLiteral("201555%1").arg(2000 + i),
                            QStringLiteral("--location"), QStringLiteral("Midtown"),
                            QStringLiteral("--clinician"), QStringLiteral("Dr. One"),
                            QStringLiteral("--start"), start, QStringLiteral("--user"),
                            QStringLiteral("desk-%1").arg(i)});
        }
        int won = 0;
        for (auto &desk : desks) {
            QVERIFY(desk.waitForFinished(120000));
            const QByteArray err = desk.readAllStandardError();
            if (desk.exitCode() == 0)
                ++won;
            else
                // Taken while it booked, or already full when it began: refused either way.
                QVERIFY2(desk.exitCode() == 3 &&
                             (err.contains("slot just taken") || err.contains("already full")),
                         err.constData());
        }
        QCOMPARE(won, kSlots);
        QSqlQuery q(temp.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT start_utc) FROM "
                                      "appointments WHERE status = 'booked'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), kSlots);
        QCOMPARE(q.value(1).toInt(), kSlots);
    }
};

QTEST_GUILESS_MAIN(TestRace)
#include "tst_race.moc"
