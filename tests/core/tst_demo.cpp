// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/rules.h"
#include "booking/scheduleservice.h"
#include "calendar/holidays.h"
#include "demo/democlinic.h"
#include "testclinic.h"

#include <QTest>

using namespace fd;

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void demoClinicKeepsEveryRule()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T11:00")));
        test::TempClinic temp(clock);
        auto summary = createDemoClinic(temp.clinic());
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
        test::signInDemo(temp.clinic());
        QCOMPARE(summary->locations, 4);
        QCOMPARE(summary->clinicians, 12);
        QVERIFY(summary->patients >= 300);
        QVERIFY(summary->appointments >= 400);

        ScheduleService &schedule = temp.clinic().schedule();
        const ClinicConfig config = schedule.config().value();
        QStringList names;
        for (const Location &l : config.locations) {
            names.append(l.name);
            for (const Holiday &h : usFederalHolidays(2027))
                QVERIFY(l.closedDates.contains(h.date));
            QVERIFY(l.closedDates.contains(QDate(2026, 11, 26))); // Thanksgiving
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Midtown Manhattan"), QStringLiteral("Chatham"),
                                     QStringLiteral("Wharton"), QStringLiteral("Darien")}));
        QCOMPARE(config.services.size(), 7);

        // Five weeks before today and one after, every appointment placed as the rules allow.
        const auto list =
            schedule
                .appointments({QDate(2026, 1, 1), QDate(2027, 12, 31), std::nullopt, std::nullopt})
                .value();
        QCOMPARE(list.size(), summary->appointments);
        const QString violation = test::ruleViolation(config, list);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        QSet<Status> statuses;
        for (const Appointment &a : list) {
            QVERIFY(a.day >= QDate(2026, 10, 19) && a.day <= QDate(2026, 11, 30));
            statuses.insert(a.status);
            // Past appointments have moved on; future ones have not arrived yet.
            if (a.endUtc + 600 < clock.nowSecs())
                QVERIFY(a.status != Status::Booked && a.status != Status::Confirmed);
            if (a.startUtc > clock.nowSecs())
                QVERIFY(a.status == Status::Booked || a.status == Status::Confirmed ||
                        a.status == Status::Cancelled);
        }
        for (Status s : {Status::Booked, Status::Confirmed, Status::Completed, Status::Cancelled,
                         Status::NoShow})
            QVERIFY2(statuses.contains(s), qPrintable(statusCode(s)));
    }

    void sameSeedSameClinic()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T11:00")));
        test::TempClinic a(clock);
        test::TempClinic b(clock);
        QCOMPARE(createDemoClinic(a.clinic())->appointments,
                 createDemoClinic(b.clinic())->appointments);
        QCOMPARE(test::tableCounts(a.db()), test::tableCounts(b.db()));
    }

    void refusesAClinicThatExists()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T11:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        const QString before = test::tableCounts(temp.db());
        auto again = createDemoClinic(temp.clinic());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("db"));
        QCOMPARE(test::tableCounts(temp.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
