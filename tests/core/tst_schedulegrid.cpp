// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/schedulegrid.h"
#include "booking/scheduleservice.h"
#include "calendar/walltime.h"
#include "clinic/setupservice.h"
#include "testclinic.h"

#include <QTest>

using namespace fd;

namespace {

Appointment visit(qint64 id, qint64 clinician, QDate day, int start, int end,
                  Status status = Status::Booked)
{
    Appointment a;
    a.id = id;
    a.clinicianId = clinician;
    a.locationId = 1;
    a.day = day;
    a.startMinute = start;
    a.endMinute = end;
    a.status = status;
    return a;
}

} // namespace

class TestScheduleGrid : public QObject
{
    Q_OBJECT

private slots:
    void aLocationsDayHasAColumnPerClinicianWorkingThere()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        const test::SmallClinic c = test::createSmallClinic(temp.clinic());
        const ClinicConfig config = temp.clinic().schedule().config().value();

        // Monday at Midtown: both; Dr. Two until 15:00 and with two lanes' capacity.
        const ScheduleGrid monday = locationDayGrid(config, c.midtown, QDate(2026, 3, 9), {});
        QCOMPARE(monday.columns.size(), 2);
        QCOMPARE(monday.columns[0].clinicianId, c.drOne);
        QCOMPARE(monday.columns[1].clinicianId, c.drTwo);
        QCOMPARE(monday.columns[1].working, (QList<MinuteRange>{{7 * 60, 15 * 60}}));
        QCOMPARE(monday.columns[1].capacity, 2);
        QCOMPARE(monday.firstMinute, 7 * 60);
        QCOMPARE(monday.lastMinute, 19 * 60);
        QCOMPARE(monday.slotMinutes, 15);

        // Tuesday Dr. Two is at Chatham: Midtown shows Dr. One alone...
        const ScheduleGrid tuesday = locationDayGrid(config, c.midtown, QDate(2026, 3, 10), {});
        QCOMPARE(tuesday.columns.size(), 1);
        // ...unless Dr. Two still has a visit there that day (a shift since changed).
        const Appointment stray = visit(9, c.drTwo, QDate(2026, 3, 10), 8 * 60, 8 * 60 + 30);
        const ScheduleGrid withStray =
            locationDayGrid(config, c.midtown, QDate(2026, 3, 10), {stray});
        QCOMPARE(withStray.columns.size(), 2);
        QVERIFY(withStray.columns[1].working.isEmpty());
        QCOMPARE(withStray.columnOf(stray), 1);

        // One clinician only.
        const ScheduleGrid one = locationDayGrid(config, c.midtown, QDate(2026, 3, 9), {}, c.drTwo);
        QCOMPARE(one.columns.size(), 1);
        QCOMPARE(one.columns[0].clinicianId, c.drTwo);

        // A closed date and a Saturday: columns marked closed, with no working time.
        const ScheduleGrid closed = locationDayGrid(config, c.midtown, QDate(2026, 3, 13), {});
        QVERIFY(closed.columns.first().closed);
        QVERIFY(closed.columns.first().working.isEmpty());
        const ScheduleGrid saturday = locationDayGrid(config, c.midtown, QDate(2026, 3, 14), {});
        QVERIFY(saturday.columns.isEmpty());
    }

    void timeOffIsCutOutOfTheWorkingHoursInWallClockTime()
    {
        // The Monday after the spring change: 10:00-11:30 local must stay 10:00-11:30.
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        const test::SmallClinic c = test::createSmallClinic(temp.clinic());
        TimeOff off;
        off.startUtc = wallToUtc(QStringLiteral("America/New_York"), QDate(2026, 3, 9), 10 * 60);
        off.endUtc = wallToUtc(QStringLiteral("America/New_York"), QDate(2026, 3, 9), 11 * 60 + 30);
        off.reason = QStringLiteral("dentist");
        QVERIFY(temp.clinic().setup().addTimeOff(c.drOne, off).ok());
        const ClinicConfig config = temp.clinic().schedule().config().value();
        const ScheduleGrid grid = locationDayGrid(config, c.midtown, QDate(2026, 3, 9), {});
        QCOMPARE(grid.columns[0].working,
                 (QList<MinuteRange>{{7 * 60, 10 * 60}, {11 * 60 + 30, 19 * 60}}));
        QVERIFY(grid.columns[0].works(9 * 60, 10 * 60));
        QVERIFY(!grid.columns[0].works(9 * 60 + 30, 10 * 60 + 30));
        // Time off over the whole day leaves nothing.
        off.startUtc = wallToUtc(QStringLiteral("America/New_York"), QDate(2026, 3, 10), 0);
        off.endUtc = wallToUtc(QStringLiteral("America/New_York"), QDate(2026, 3, 11), 0);
        QVERIFY(temp.clinic().setup().addTimeOff(c.drOne, off).ok());
        const ClinicConfig later = temp.clinic().schedule().config().value();
        QVERIFY(
            locationDayGrid(later, c.midtown, QDate(2026, 3, 10), {}).columns[0].working.isEmpty());
    }

    void aClinicianWeekRunsMondayToFridayAcrossLocations()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        const test::SmallClinic c = test::createSmallClinic(temp.clinic());
        const ClinicConfig config = temp.clinic().schedule().config().value();
        // Any day of the week gives the same week.
        const ScheduleGrid week = clinicianWeekGrid(config, c.drTwo, QDate(2026, 3, 12), {});
        QCOMPARE(week.columns.size(), 5);
        QCOMPARE(week.columns[0].day, QDate(2026, 3, 9));
        QCOMPARE(week.columns[4].day, QDate(2026, 3, 13));
        QCOMPARE(week.columns[0].locationId, c.midtown);
        QCOMPARE(week.columns[1].locationId, c.chatham);
        QCOMPARE(week.columns[1].working, (QList<MinuteRange>{{11 * 60, 19 * 60}}));
        // Friday: no shift anywhere.
        QVERIFY(week.columns[4].working.isEmpty());
        for (const ScheduleColumn &col : week.columns)
            QCOMPARE(col.clinicianId, c.drTwo);
    }

    void aWeekDayAtTwoLocationsKeepsEveryWorkingHour()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        const test::SmallClinic c = test::createSmallClinic(temp.clinic());
        Clinician three;
        three.name = QStringLiteral("Dr. Three");
        three.serviceIds = {c.physicalTherapy};
        three.shifts = {{c.midtown, 1, 14 * 60, 16 * 60},
                        {c.chatham, 1, 10 * 60, 12 * 60},
                        {c.midtown, 1, 7 * 60, 9 * 60},
                        {c.chatham, 1, 12 * 60, 13 * 60}};
        const qint64 id = temp.clinic().setup().addClinician(three).value();
        const ClinicConfig config = temp.clinic().schedule().config().value();
        const ScheduleColumn monday =
            clinicianWeekGrid(config, id, QDate(2026, 3, 9), {}).columns[0];
        // In order, touching hours merged, each location named once.
        QCOMPARE(monday.working,
                 (QList<MinuteRange>{{7 * 60, 9 * 60}, {10 * 60, 13 * 60}, {14 * 60, 16 * 60}}));
        QCOMPARE(monday.locationName, QStringLiteral("Midtown, Chatham"));
        // The location's day keeps only its own hours.
        QCOMPARE(locationDayGrid(config, c.chatham, QDate(2026, 3, 9), {}, id).columns[0].working,
                 (QList<MinuteRange>{{10 * 60, 13 * 60}}));
    }

    void overlappingVisitsTakeSideBySideLanes()
    {
        const QDate d(2026, 3, 9);
        const Appointment a = visit(1, 7, d, 9 * 60, 10 * 60);
        const Appointment b = visit(2, 7, d, 9 * 60 + 30, 10 * 60);
        const Appointment cAfter = visit(3, 7, d, 10 * 60, 10 * 60 + 30); // a's lane is free
        const Appointment cancelled = visit(4, 7, d, 9 * 60 + 15, 9 * 60 + 45, Status::Cancelled);
        const LanePlacement two = placeInLanes({&b, &a, &cAfter}, 2);
        QCOMPARE(two.lanes, 2);
        QCOMPARE(two.laneOf.value(1), 0);
        QCOMPARE(two.laneOf.value(2), 1);
        QCOMPARE(two.laneOf.value(3), 0);
        // Capacity 2 keeps two lanes even on a quiet day.
        QCOMPARE(placeInLanes({&a}, 2).lanes, 2);
        // A cancelled visit under the booking that took its place: a third lane.
        const LanePlacement three = placeInLanes({&a, &b, &cancelled}, 2);
        QCOMPARE(three.lanes, 3);
        QCOMPARE(
            QSet<int>({three.laneOf.value(1), three.laneOf.value(2), three.laneOf.value(4)}).size(),
            3);
        QCOMPARE(placeInLanes({}, 1).lanes, 1);
    }

    void theWaitingRoomListsArrivalsLongestWaitingFirst()
    {
        ManualClock clock(test::newYork(QStringLiteral("2026-03-09T08:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        BookingService &booking = temp.clinic().booking();
        auto book = [&](const QString &name, const QString &phone, int minute) {
            BookingRequest r;
            r.type = AppointmentType::New;
            r.name = name;
            r.phone = phone;
            r.location = QStringLiteral("Midtown");
            r.clinician = QStringLiteral("Dr. Two");
            r.day = QDate(2026, 3, 9);
            r.startMinute = minute;
            return booking.book(r).value();
        };
        const Appointment ann = book(QStringLiteral("Ann Lee"), QStringLiteral("2015550123"), 540);
        const Appointment bob = book(QStringLiteral("Bob Roe"), QStringLiteral("2015550124"), 540);
        const Appointment cy = book(QStringLiteral("Cy Doe"), QStringLiteral("2015550125"), 600);
        clock.set(test::newYork(QStringLiteral("2026-03-09T08:40")));
        QVERIFY(booking.setStatus(bob.id, Status::Arrived).ok());
        clock.set(test::newYork(QStringLiteral("2026-03-09T08:50")));
        QVERIFY(booking.setStatus(ann.id, Status::Arrived).ok());
        const Appointment cyArrived = booking.setStatus(cy.id, Status::Arrived).value();
        // Cy's arrival was a mistake: corrected, Cy is no longer waiting.
        QVERIFY(booking.correct(cy.id, QStringLiteral("wrong patient"), cyArrived.stepId).ok());
        auto waiting = temp.clinic().schedule().waitingRoom(QDate(2026, 3, 9)).value();
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting[0].appointment.id, bob.id);
        QCOMPARE(waiting[0].arrivedUtc,
                 test::newYork(QStringLiteral("2026-03-09T08:40")).toSecsSinceEpoch());
        QCOMPARE(waiting[1].appointment.id, ann.id);
        // Seen: off the list.
        clock.set(test::newYork(QStringLiteral("2026-03-09T09:30")));
        QVERIFY(booking.setStatus(bob.id, Status::Completed).ok());
        waiting = temp.clinic().schedule().waitingRoom(QDate(2026, 3, 9)).value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].appointment.id, ann.id);
        // Only the location asked for.
        QVERIFY(
            temp.clinic().schedule().waitingRoom(QDate(2026, 3, 9), ann.locationId + 1)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleGrid)
#include "tst_schedulegrid.moc"
