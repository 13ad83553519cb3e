// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/rules.h"
#include "calendar/walltime.h"

#include <QTest>
#include <QTimeZone>

using namespace fd;

namespace {

const QString kZone = QStringLiteral("America/New_York");

Location midtown()
{
    Location l;
    l.id = 1;
    l.name = QStringLiteral("Midtown");
    l.closedDates = {QDate(2026, 3, 13)};
    return l;
}

Clinician drOne()
{
    Clinician c;
    c.id = 7;
    c.name = QStringLiteral("Dr. One");
    c.serviceIds = {3};
    for (int day = 1; day <= 5; ++day)
        c.shifts.append({1, day, 7 * 60, 19 * 60});
    return c;
}

// Long before every test date, so "in the past" never interferes unless a test wants it.
const qint64 kLongAgo =
    QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

qint64 at(int y, int m, int d, int minute)
{
    return wallToUtc(kZone, QDate(y, m, d), minute);
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void placement_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("field"); // empty: allowed
        const QDate monday(2026, 3, 9);
        QTest::newRow("7:00 opening") << monday << 7 * 60 << 30 << QString();
        QTest::newRow("6:45 before opening") << monday << 6 * 60 + 45 << 30 << "start";
        QTest::newRow("6:45 hour visit ending 7:45") << monday << 6 * 60 + 45 << 60 << "start";
        QTest::newRow("18:30 for 30 ends at 19:00") << monday << 18 * 60 + 30 << 30 << QString();
        QTest::newRow("18:45 for 30 ends 19:15") << monday << 18 * 60 + 45 << 30 << "start";
        QTest::newRow("19:00 start") << monday << 19 * 60 << 30 << "start";
        QTest::newRow("18:00 new visit ends 19:00") << monday << 18 * 60 << 60 << QString();
        QTest::newRow("off the grid 9:10") << monday << 9 * 60 + 10 << 30 << "start";
        QTest::newRow("on the grid 9:45") << monday << 9 * 60 + 45 << 30 << QString();
        QTest::newRow("Saturday") << QDate(2026, 3, 14) << 9 * 60 << 30 << "start";
        QTest::newRow("Sunday") << QDate(2026, 3, 15) << 9 * 60 << 30 << "start";
        QTest::newRow("Friday") << QDate(2026, 3, 20) << 9 * 60 << 30 << QString();
        QTest::newRow("closed date") << QDate(2026, 3, 13) << 9 * 60 << 30 << "start";
        QTest::newRow("day after closed date") << QDate(2026, 3, 16) << 9 * 60 << 30 << QString();
    }
    void placement()
    {
        QFETCH(QDate, day);
        QFETCH(int, start);
        QFETCH(int, minutes);
        QFETCH(QString, field);
        const Location loc = midtown();
        const Clinician clin = drOne();
        const auto r =
            rules::checkPlacement({&loc, &clin, std::nullopt, day, start, minutes, 0}, kLongAgo);
        if (field.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, field);
            QCOMPARE(r.error().kind, ErrorKind::Rule);
        }
    }

    void clinicianAtAnotherLocation()
    {
        Location chatham = midtown();
        chatham.id = 2;
        chatham.name = QStringLiteral("Chatham");
        Clinician clin = drOne();
        const QDate monday(2026, 3, 9);
        auto r =
            rules::checkPlacement({&chatham, &clin, std::nullopt, monday, 9 * 60, 30, 0}, kLongAgo);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("clinician"));
        QVERIFY(r.error().message.contains(QStringLiteral("Chatham")));
    }

    void shiftEdges()
    {
        const Location loc = midtown();
        Clinician clin = drOne();
        clin.shifts = {{1, 1, 11 * 60, 15 * 60}};
        const QDate monday(2026, 3, 9);
        auto check = [&](int start, int minutes, int buffer) {
            return rules::checkPlacement(
                       {&loc, &clin, std::nullopt, monday, start, minutes, buffer}, kLongAgo)
                .ok();
        };
        QVERIFY(!check(10 * 60 + 45, 30, 0)); // starts before the shift
        QVERIFY(check(11 * 60, 30, 0));
        QVERIFY(check(14 * 60 + 30, 30, 0));   // ends exactly at the shift's end
        QVERIFY(!check(14 * 60 + 45, 30, 0));  // runs past it
        QVERIFY(!check(14 * 60 + 30, 30, 10)); // the buffer runs past it
        // Tuesday: no shift at all.
        QVERIFY(!rules::checkPlacement(
                     {&loc, &clin, std::nullopt, monday.addDays(1), 12 * 60, 30, 0}, kLongAgo)
                     .ok());
    }

    void serviceMustBeOffered()
    {
        const Location loc = midtown();
        const Clinician clin = drOne();
        const QDate monday(2026, 3, 9);
        QVERIFY(
            rules::checkPlacement({&loc, &clin, qint64(3), monday, 9 * 60, 30, 0}, kLongAgo).ok());
        const auto r =
            rules::checkPlacement({&loc, &clin, qint64(4), monday, 9 * 60, 30, 0}, kLongAgo);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("service"));
    }

    void timeOff()
    {
        const Location loc = midtown();
        Clinician clin = drOne();
        clin.timeOff.append({at(2026, 3, 9, 12 * 60), at(2026, 3, 9, 13 * 60), {}});
        const QDate monday(2026, 3, 9);
        auto check = [&](int start) {
            return rules::checkPlacement({&loc, &clin, std::nullopt, monday, start, 30, 0},
                                         kLongAgo)
                .ok();
        };
        QVERIFY(check(11 * 60 + 30)); // ends as the time off begins
        QVERIFY(!check(11 * 60 + 45));
        QVERIFY(!check(12 * 60 + 30));
        QVERIFY(check(13 * 60)); // starts as it ends
    }

    void past()
    {
        const Location loc = midtown();
        const Clinician clin = drOne();
        const QDate monday(2026, 3, 9);
        const qint64 start = at(2026, 3, 9, 9 * 60);
        const Placement p{&loc, &clin, std::nullopt, monday, 9 * 60, 30, 0};
        QVERIFY(rules::checkPlacement(p, start - 1).ok());
        QVERIFY(!rules::checkPlacement(p, start).ok());
        QCOMPARE(rules::checkPlacement(p, start + 60).error().field, QStringLiteral("start"));
    }

    void capacity_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QList<int>>("existing"); // pairs of start/end minutes on one day
        QTest::addColumn<bool>("allowed");        // for a candidate 9:00-10:00
        QTest::newRow("cap 1, free") << 1 << QList<int>{} << true;
        QTest::newRow("cap 1, ends as we start") << 1 << QList<int>{8 * 60, 9 * 60} << true;
        QTest::newRow("cap 1, starts as we end") << 1 << QList<int>{10 * 60, 11 * 60} << true;
        QTest::newRow("cap 1, one minute overlap") << 1 << QList<int>{8 * 60, 9 * 60 + 1} << false;
        QTest::newRow("cap 1, inside") << 1 << QList<int>{9 * 60 + 15, 9 * 60 + 45} << false;
        QTest::newRow("cap 2, one overlapping") << 2 << QList<int>{9 * 60, 10 * 60} << true;
        QTest::newRow("cap 2, two at once")
            << 2 << QList<int>{9 * 60, 10 * 60, 9 * 60 + 30, 10 * 60 + 30} << false;
        // Two appointments that overlap us but never each other: at most two at any moment.
        QTest::newRow("cap 2, two back to back")
            << 2 << QList<int>{9 * 60, 9 * 60 + 30, 9 * 60 + 30, 10 * 60} << true;
        QTest::newRow("cap 2, two back to back plus one")
            << 2 << QList<int>{9 * 60, 9 * 60 + 30, 9 * 60 + 30, 10 * 60, 9 * 60 + 15, 9 * 60 + 45}
            << false;
    }
    void capacity()
    {
        QFETCH(int, capacity);
        QFETCH(QList<int>, existing);
        QFETCH(bool, allowed);
        Clinician clin = drOne();
        clin.capacity = capacity;
        QList<Interval> blocks;
        for (qsizetype i = 0; i + 1 < existing.size(); i += 2)
            blocks.append({at(2026, 3, 9, existing[i]), at(2026, 3, 9, existing[i + 1])});
        const Interval candidate{at(2026, 3, 9, 9 * 60), at(2026, 3, 9, 10 * 60)};
        const auto r = rules::checkCapacity(clin, candidate, blocks);
        QCOMPARE(r.ok(), allowed);
        if (!allowed) {
            // The rule alone cannot know when the slot filled: it says "full", and the booking
            // service turns that into "slot just taken" when it filled after the person looked.
            QCOMPARE(r.error().kind, ErrorKind::Rule);
            QVERIFY(r.error().message.startsWith(QStringLiteral("that slot is already full")));
        }
    }

    void patientOverlap()
    {
        const Interval candidate{at(2026, 3, 9, 9 * 60), at(2026, 3, 9, 10 * 60)};
        QVERIFY(rules::checkPatientFree(candidate, {}).ok());
        QVERIFY(
            rules::checkPatientFree(candidate, {{at(2026, 3, 9, 10 * 60), at(2026, 3, 9, 11 * 60)}})
                .ok());
        const auto r = rules::checkPatientFree(
            candidate, {{at(2026, 3, 9, 9 * 60 + 45), at(2026, 3, 9, 10 * 60 + 15)}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("patient"));
    }

    void everyStatusMove_data()
    {
        QTest::addColumn<Status>("from");
        QTest::addColumn<Status>("to");
        QTest::addColumn<bool>("allowed");
        const QList<Status> all{Status::Booked,    Status::Confirmed, Status::Arrived,
                                Status::Completed, Status::Cancelled, Status::NoShow};
        const QList<QPair<Status, Status>> legal{
            {Status::Booked, Status::Confirmed},  {Status::Booked, Status::Arrived},
            {Status::Booked, Status::Cancelled},  {Status::Booked, Status::NoShow},
            {Status::Confirmed, Status::Arrived}, {Status::Confirmed, Status::Cancelled},
            {Status::Confirmed, Status::NoShow},  {Status::Arrived, Status::Completed}};
        for (Status from : all)
            for (Status to : all)
                QTest::newRow(
                    qPrintable(statusCode(from) + QStringLiteral(" -> ") + statusCode(to)))
                    << from << to << legal.contains({from, to});
    }
    void everyStatusMove()
    {
        QFETCH(Status, from);
        QFETCH(Status, to);
        QFETCH(bool, allowed);
        QCOMPARE(rules::canMove(from, to), allowed);
        const auto r = rules::checkTransition(from, to);
        QCOMPARE(r.ok(), allowed);
        if (!allowed)
            QCOMPARE(r.error().field, QStringLiteral("status"));
    }

    void lateCancellationAtExactly24Hours()
    {
        const qint64 start = at(2026, 3, 9, 9 * 60);
        QVERIFY(!rules::isLateCancellation(start, start - 24 * 3600));
        QVERIFY(!rules::isLateCancellation(start, start - 24 * 3600 - 1));
        QVERIFY(rules::isLateCancellation(start, start - 24 * 3600 + 1));
        QVERIFY(rules::isLateCancellation(start, start - 3600));
    }

    void peakOverlapCountsOnlyInsideTheWindow()
    {
        const Interval window{100, 200};
        QCOMPARE(rules::peakOverlap(window, {}), 0);
        QCOMPARE(rules::peakOverlap(window, {{0, 100}, {200, 300}}), 0);
        QCOMPARE(rules::peakOverlap(window, {{0, 150}, {150, 300}}), 1);
        QCOMPARE(rules::peakOverlap(window, {{0, 150}, {120, 300}, {140, 145}}), 3);
    }
};

QTEST_APPLESS_MAIN(TestRules)
#include "tst_rules.moc"
