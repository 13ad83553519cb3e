// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/rules.h"
#include "booking/scheduleservice.h"
#include "clinic/setupservice.h"
#include "generate/historygenerator.h"
#include "testclinic.h"

#include <QSqlQuery>
#include <QTest>

using namespace fd;

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void historyKeepsTheRules()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T11:00")));
        test::TempClinic temp(clock);
        GenerateOptions options;
        options.clinicians = 6;
        options.years = 1;
        options.patients = 3000;
        options.futureWeeks = 4;
        auto summary = generateHistory(temp.clinic(), options);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
        QVERIFY(summary->appointments > 10000);
        QCOMPARE(summary->patients, 3000);

        ScheduleService &schedule = temp.clinic().schedule();
        const ClinicConfig config = schedule.config().value();
        QCOMPARE(config.locations.size(), 4);
        QCOMPARE(config.clinicians.size(), 6);
        const auto all =
            schedule
                .appointments({QDate(2025, 1, 1), QDate(2027, 12, 31), std::nullopt, std::nullopt})
                .value();
        QCOMPARE(all.size(), summary->appointments);

        const QString violation = test::ruleViolation(config, all);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        // The check itself can fail: the same visit twice is caught.
        QList<Appointment> doubled = all;
        for (const Appointment &a : all)
            if (holdsSlot(a.status)) {
                doubled.append(a);
                break;
            }
        QVERIFY(!test::ruleViolation(config, doubled).isEmpty());
        int future = 0;
        for (const Appointment &a : all) {
            if (a.startUtc > clock.nowSecs()) {
                ++future;
                QVERIFY(a.status == Status::Booked || a.status == Status::Confirmed ||
                        a.status == Status::Cancelled);
            } else if (a.endUtc + 600 < clock.nowSecs()) {
                QVERIFY(a.status != Status::Booked && a.status != Status::Confirmed);
            }
        }
        QVERIFY(future > 1000);

        // History and audit for every appointment, and the indexes back in place.
        QSqlQuery q(temp.db().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(DISTINCT appointment_id) FROM status_history")) &&
            q.next());
        QCOMPARE(q.value(0).toLongLong(), summary->appointments);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'book'")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), summary->appointments);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                      "name LIKE 'appointments_%'")) &&
                q.next());
        QVERIFY(q.value(0).toInt() >= 3);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    // A run that fails halfway (here the file reaches its size cap, as a full disk would)
    // leaves no half clinic behind, and the next run works.
    void failingHalfwayLeavesNothing()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T11:00")));
        test::TempClinic temp(clock);
        const QString empty = test::tableCounts(temp.db());
        QSqlQuery pragma(temp.db().connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 2000"))); // 8 MB
        pragma.finish(); // an open statement would keep the file in WAL mode
        GenerateOptions options;
        options.clinicians = 6;
        options.years = 1;
        options.patients = 3000;
        auto failed = generateHistory(temp.clinic(), options);
        QVERIFY(!failed.ok());
        QCOMPARE(test::tableCounts(temp.db()), empty);
        QVERIFY(temp.clinic().setup().isEmpty().value());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 4294967294")));
        pragma.finish();
        // The file is back in WAL mode, and a second run succeeds.
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
        QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
        pragma.finish();
        auto again = generateHistory(temp.clinic(), options);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QVERIFY(again->appointments > 10000);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
        QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
    }

    void refusesAClinicThatExists()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T11:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        auto r = generateHistory(temp.clinic(), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("db"));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
