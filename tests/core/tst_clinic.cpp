// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "calendar/holidays.h"
#include "calendar/walltime.h"
#include "clinic/setupservice.h"
#include "clirunner.h"
#include "reports/reportservice.h"
#include "testclinic.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace fd;

namespace {

BookingRequest request(AppointmentType type, const QString &wall, const QString &name,
                       const QString &phone, const QString &clinician = QStringLiteral("Dr. One"),
                       const QString &location = QStringLiteral("Midtown"))
{
    BookingRequest r;
    r.type = type;
    r.name = name;
    r.phone = phone;
    r.location = location;
    r.clinician = clinician;
    const auto start = parseWallTime(wall).value();
    r.day = start.first;
    r.startMinute = start.second;
    return r;
}

RescheduleRequest moveTo(const QString &wall, const QString &clinician = {},
                         const QString &location = {})
{
    RescheduleRequest r;
    const auto start = parseWallTime(wall).value();
    r.day = start.first;
    r.startMinute = start.second;
    r.clinician = clinician;
    r.location = location;
    return r;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Every figure of a report, to compare two reports at once.
QList<qint64> figures(const Figures &f)
{
    return {f.appointments,  f.held,        f.completed, f.noShows,       f.cancelled,
            f.lateCancelled, f.newPatients, f.selfPay,   f.bookedMinutes, f.availableMinutes};
}

} // namespace

// The clinic session: rules under the lock, composed units, reschedules, corrections and the
// change signal.
class TestClinic : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TempClinic> m_temp;
    test::SmallClinic m_ids;

    Clinic &clinic() { return m_temp->clinic(); }
    BookingService &booking() { return clinic().booking(); }

    Appointment bookOk(const BookingRequest &r)
    {
        auto result = booking().book(r);
        if (!result)
            qFatal("booking failed: %s", qPrintable(result.error().toString()));
        return result.value();
    }

private slots:
    void init()
    {
        // The Friday before the week of 2026-03-09.
        m_clock = std::make_unique<ManualClock>(test::newYork(QStringLiteral("2026-03-06T10:00")));
        m_temp = std::make_unique<test::TempClinic>(*m_clock, QStringLiteral("desk-1"));
        m_ids = test::createSmallClinic(clinic());
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    // Another desk commits a closure, then a time off, then a capacity drop just before this
    // desk's booking takes the write lock: each booking is refused, as it would have been a
    // minute later.
    void rulesSeeWhatAnotherDeskCommittedBeforeTheLock()
    {
        auto other = test::openOtherDesk(m_temp->path(), *m_clock);
        std::function<void()> meanwhile;
        m_temp->store().setBeforeLockHook([&] {
            if (meanwhile)
                std::exchange(meanwhile, nullptr)();
        });
        // This desk has read the setup (as a window showing suggestions has).
        QVERIFY(clinic().schedule().config().ok());
        const int appointments =
            count(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM appointments"));

        meanwhile = [&] {
            QVERIFY(other->setup()
                        .addClosedDate(m_ids.midtown, QDate(2026, 3, 9), QStringLiteral("Flood"))
                        .ok());
        };
        auto closed =
            booking().book(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                                   QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        QVERIFY(!meanwhile);
        QVERIFY(!closed);
        QCOMPARE(closed.error().kind, ErrorKind::Rule);
        QVERIFY2(closed.error().message.contains(QStringLiteral("closed")),
                 qPrintable(closed.error().message));

        meanwhile = [&] {
            QVERIFY(other->setup()
                        .addTimeOff(
                            m_ids.drOne,
                            {test::newYork(QStringLiteral("2026-03-10T00:00")).toSecsSinceEpoch(),
                             test::newYork(QStringLiteral("2026-03-11T00:00")).toSecsSinceEpoch(),
                             QStringLiteral("Sick")})
                        .ok());
        };
        auto off = booking().book(request(AppointmentType::New, QStringLiteral("2026-03-10T09:00"),
                                          QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        QVERIFY(!off);
        QCOMPARE(off.error().field, QStringLiteral("clinician"));
        QVERIFY2(off.error().message.contains(QStringLiteral("off")),
                 qPrintable(off.error().message));

        // Dr. Two sees two patients at once on Wednesdays at Midtown; one is booked at 9:00.
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-11T09:00"),
                       QStringLiteral("Bo Diaz"), QStringLiteral("9735550188"),
                       QStringLiteral("Dr. Two")));
        meanwhile = [&] { QVERIFY(other->setup().setCapacity(m_ids.drTwo, 1).ok()); };
        auto full = booking().book(request(AppointmentType::New, QStringLiteral("2026-03-11T09:00"),
                                           QStringLiteral("Ann Lee"), QStringLiteral("2015550123"),
                                           QStringLiteral("Dr. Two")));
        QVERIFY(!full);
        QCOMPARE(full.error().kind, ErrorKind::Rule);
        QVERIFY2(full.error().message.contains(QStringLiteral("already full")),
                 qPrintable(full.error().message));

        // Of the four bookings only Bo Diaz's was written; Ann Lee is not even a patient.
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM appointments")),
                 appointments + 1);
        QCOMPARE(count(m_temp->db(),
                       QStringLiteral("SELECT COUNT(*) FROM patients WHERE name = 'Ann Lee'")),
                 0);
    }

    void composedUnitCommitsAllOrNothing()
    {
        const QString before = test::tableCounts(m_temp->db());
        const int logged = count(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM change_log"));
        QSignalSpy changed(&clinic(), &Clinic::changed);
        // Two bookings and a move of the first, as one unit.
        auto bookTwoAndMove = [&](const QString &to) {
            return clinic().unit<qint64>([&]() -> Result<qint64> {
                auto a = booking().book(
                    request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                            QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
                if (!a)
                    return a.error();
                auto b = booking().book(
                    request(AppointmentType::New, QStringLiteral("2026-03-09T11:00"),
                            QStringLiteral("Bo Diaz"), QStringLiteral("9735550188")));
                if (!b)
                    return b.error();
                auto moved = booking().reschedule(a->id, moveTo(to));
                if (!moved)
                    return moved.error();
                return moved->id;
            });
        };
        // Saturday: the move is refused, and with it the two bookings before.
        auto failed = bookTwoAndMove(QStringLiteral("2026-03-14T09:00"));
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QStringLiteral("weekend")));
        QCOMPARE(test::tableCounts(m_temp->db()), before);
        QCOMPARE(changed.size(), 0);

        // The same unit with a reschedule that fits commits all three, and says so once.
        auto done = bookTwoAndMove(QStringLiteral("2026-03-09T13:00"));
        QVERIFY(done.ok());
        QCOMPARE(changed.size(), 1);
        const auto changes = changed.first().first().value<ChangeSet>();
        QCOMPARE(changes.appointmentIds.size(), 3);
        QVERIFY(changes.appointmentIds.contains(*done));
        QVERIFY(changes.touches(m_ids.midtown, QDate(2026, 3, 9)));
        QVERIFY(!changes.external);
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM change_log")),
                 logged + 1);
    }

    void nestedFailureRollsBackOnlyItsOwnPart()
    {
        auto r = clinic().unit<int>([&]() -> Result<int> {
            auto kept =
                booking().book(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                                       QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
            if (!kept)
                return kept.error();
            // A refused booking inside the unit leaves the unit usable.
            auto refused =
                booking().book(request(AppointmentType::New, QStringLiteral("2026-03-14T09:00"),
                                       QStringLiteral("Bo Diaz"), QStringLiteral("9735550188")));
            return refused ? 2 : 1;
        });
        QCOMPARE(r.value(), 1);
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM appointments")), 1);
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM patients")), 1);
    }

    void rescheduleMovesInOneUnit()
    {
        const Appointment first =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                           QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        const int audits = count(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        // Within its own slot: 9:00 to 9:30 overlaps the old visit, which is the patient's own.
        auto nudged = booking().reschedule(first.id, moveTo(QStringLiteral("2026-03-09T09:30")));
        QVERIFY2(nudged.ok(), nudged.ok() ? "" : qPrintable(nudged.error().toString()));
        auto moved = booking().reschedule(nudged->id, moveTo(QStringLiteral("2026-03-10T11:00"),
                                                             QStringLiteral("Dr. Two"),
                                                             QStringLiteral("Chatham")));
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().toString()));
        QCOMPARE(moved->status, Status::Booked);
        QCOMPARE(moved->locationId, m_ids.chatham);
        QCOMPARE(moved->clinicianId, m_ids.drTwo);
        QCOMPARE(moved->patientId, first.patientId);
        QCOMPARE(moved->rescheduledFrom, std::optional<qint64>(nudged->id));
        const Appointment old = *clinic().schedule().appointment(nudged->id);
        QCOMPARE(old.status, Status::Rescheduled);
        QCOMPARE(old.rescheduledTo, std::optional<qint64>(moved->id));
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits + 2);
        QCOMPARE(
            count(m_temp->db(),
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reschedule'")),
            2);

        // The old slot is free again for someone else.
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:30"),
                       QStringLiteral("Bo Diaz"), QStringLiteral("9735550188")));
        // A move that breaks a rule changes nothing.
        const QString before = test::tableCounts(m_temp->db());
        auto refused = booking().reschedule(moved->id, moveTo(QStringLiteral("2026-03-10T08:00")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("clinician"));
        QCOMPARE(test::tableCounts(m_temp->db()), before);
        // Only booked or confirmed visits move.
        auto again = booking().reschedule(old.id, moveTo(QStringLiteral("2026-03-12T09:00")));
        QVERIFY(!again);
        QCOMPARE(again.error().field, QStringLiteral("status"));
    }

    // Undoing a mistaken booking, cancellation, "arrived" and reschedule by correction leaves
    // every figure of the month as it was before the mistakes.
    void correctionsLeaveTheFiguresAsTheyWere()
    {
        const Appointment kept =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                           QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        const Appointment other = bookOk(request(
            AppointmentType::New, QStringLiteral("2026-03-10T09:00"), QStringLiteral("Bo Diaz"),
            QStringLiteral("9735550188"), QStringLiteral("Dr. One")));
        const Appointment third = bookOk(request(
            AppointmentType::New, QStringLiteral("2026-03-11T10:00"), QStringLiteral("Di Fox"),
            QStringLiteral("9735550177"), QStringLiteral("Dr. One")));
        auto report = [&] {
            return figures(clinic()
                               .reports()
                               .period(ReportScope::of(QDate(2026, 3, 1), QDate(2026, 3, 31)))
                               ->clinic);
        };
        const QList<qint64> before = report();

        const Appointment mistake =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-11T09:00"),
                           QStringLiteral("Cy Young"), QStringLiteral("9735550199")));
        auto voided = booking().correct(mistake.id, QStringLiteral("wrong caller"));
        QVERIFY(voided.ok());
        QCOMPARE(voided->status, Status::Voided);

        QVERIFY(booking().cancel(kept.id).ok());
        auto uncancelled = booking().correct(kept.id, QStringLiteral("cancelled the wrong visit"));
        QVERIFY2(uncancelled.ok(),
                 uncancelled.ok() ? "" : qPrintable(uncancelled.error().toString()));
        QCOMPARE(uncancelled->status, Status::Booked);
        QVERIFY(uncancelled->cancelReason.isEmpty());

        m_clock->set(test::newYork(QStringLiteral("2026-03-10T08:50")));
        QVERIFY(booking().setStatus(other.id, Status::Arrived).ok());
        auto unarrived = booking().correct(other.id, QStringLiteral("wrong row"));
        QVERIFY(unarrived.ok());
        QCOMPARE(unarrived->status, Status::Booked);

        auto moved = booking().reschedule(other.id, moveTo(QStringLiteral("2026-03-12T09:00")));
        QVERIFY(moved.ok());
        auto unmoved = booking().correct(moved->id, QStringLiteral("caller meant next week"));
        QVERIFY2(unmoved.ok(), unmoved.ok() ? "" : qPrintable(unmoved.error().toString()));
        QCOMPARE(unmoved->id, other.id);
        QCOMPARE(unmoved->status, Status::Booked);
        QVERIFY(!unmoved->rescheduledTo);
        QCOMPARE(clinic().schedule().appointment(moved->id)->status, Status::Voided);

        // The two rates the reports show: a mistaken no-show and a mistaken late cancellation.
        m_clock->set(test::newYork(QStringLiteral("2026-03-10T09:40")));
        QVERIFY(booking().setStatus(other.id, Status::NoShow).ok());
        QVERIFY(booking().correct(other.id, QStringLiteral("was in the restroom")).ok());
        m_clock->set(test::newYork(QStringLiteral("2026-03-10T12:00")));
        QVERIFY(booking().cancel(third.id).value().lateCancel);
        QVERIFY(booking().correct(third.id, QStringLiteral("wrong patient")).ok());

        QCOMPARE(report(), before);
        // The mistakes are kept and shown: the voided row, the corrected steps, the audit.
        QCOMPARE(clinic().schedule().appointment(mistake.id)->status, Status::Voided);
        const auto history = clinic().schedule().history(kept.id).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1].status, Status::Cancelled);
        QVERIFY(history[1].correctedUtc.has_value());
        QCOMPARE(count(m_temp->db(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'correct'")),
                 6);
        // Nothing is left to correct on a voided booking, and a correction says why.
        QCOMPARE(booking().correct(mistake.id, QStringLiteral("again")).error().kind,
                 ErrorKind::Rule);
        QCOMPARE(booking().correct(kept.id, QStringLiteral("  ")).error().field,
                 QStringLiteral("reason"));
    }

    void restoringACancellationNeedsItsSlot()
    {
        m_clock->set(test::newYork(QStringLiteral("2026-03-06T10:00")));
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                           QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        QVERIFY(booking().cancel(a.id).ok());
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                       QStringLiteral("Bo Diaz"), QStringLiteral("9735550188")));
        const QString before = test::tableCounts(m_temp->db());
        auto r = booking().correct(a.id, QStringLiteral("mistaken cancel"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Rule);
        QVERIFY(r.error().message.startsWith(QStringLiteral("cannot restore")));
        QCOMPARE(test::tableCounts(m_temp->db()), before);
    }

    void restoringNeedsTheClinicOpenThen()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                           QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        QVERIFY(booking().cancel(a.id).ok());
        QVERIFY(clinic().setup().addClosedDate(m_ids.midtown, QDate(2026, 3, 9), {}).ok());
        auto r = booking().correct(a.id, QStringLiteral("mistaken cancel"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("closed")),
                 qPrintable(r.error().message));
        QCOMPARE(clinic().schedule().appointment(a.id)->status, Status::Cancelled);
    }

    // The undo of one operation reverses that operation, or nothing: not a later change that
    // another desk made meanwhile.
    void correctingAnOperationNeverReversesSomeoneElses()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                           QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        QVERIFY(a.stepId > 0);
        auto desk2 = test::openOtherDesk(m_temp->path(), *m_clock);
        const Appointment confirmed = desk2->booking().setStatus(a.id, Status::Confirmed).value();
        auto refused = booking().correct(a.id, QStringLiteral("undo my booking"), a.stepId);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QCOMPARE(clinic().schedule().appointment(a.id)->status, Status::Confirmed);
        // Desk 2's own undo of its confirmation goes through.
        auto undone = desk2->booking().correct(a.id, QStringLiteral("wrong row"), confirmed.stepId);
        QVERIFY(undone.ok());
        QCOMPARE(undone->status, Status::Booked);
        QVERIFY(booking().correct(a.id, QStringLiteral("undo my booking"), a.stepId).ok());
    }

    // Another desk commits, and this desk commits before its next look at the file: the other
    // desk's change still arrives.
    void anotherDesksChangeSurvivesOurOwnCommit()
    {
        clinic().watchOtherDesks(true);
        QSignalSpy changed(&clinic(), &Clinic::changed);
        auto desk2 = test::openOtherDesk(m_temp->path(), *m_clock);
        const Appointment theirs =
            desk2->booking()
                .book(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                              QStringLiteral("Ann Lee"), QStringLiteral("2015550123")))
                .value();
        const Appointment mine =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T11:00"),
                           QStringLiteral("Bo Diaz"), QStringLiteral("9735550188")));
        QCOMPARE(changed.size(), 1); // ours, at once
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 1000);
        const auto external = changed.last().first().value<ChangeSet>();
        QVERIFY(external.external);
        QCOMPARE(external.appointmentIds, QSet<qint64>{theirs.id});
        QVERIFY(!external.appointmentIds.contains(mine.id));
    }

    // The weeks of the daylight-saving changes of 2026 and 2027, a leap day, the year's end
    // with New Year's Day observed on the Friday before, and a clock that goes backwards.
    void timeEdges_data()
    {
        QTest::addColumn<QDate>("friday");
        QTest::addColumn<QDate>("monday");
        QTest::newRow("spring 2026") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
        QTest::newRow("fall 2026") << QDate(2026, 10, 30) << QDate(2026, 11, 2);
        QTest::newRow("spring 2027") << QDate(2027, 3, 12) << QDate(2027, 3, 15);
        QTest::newRow("fall 2027") << QDate(2027, 11, 5) << QDate(2027, 11, 8);
    }
    void timeEdges()
    {
        QFETCH(QDate, friday);
        QFETCH(QDate, monday);
        m_clock->set(
            test::newYork(friday.addDays(-7).toString(Qt::ISODate) + QStringLiteral("T10:00")));
        // 7:00 and 18:00 on the wall either side of the change, whatever the offset.
        int serial = 0;
        for (const QDate &day : {friday, monday})
            for (int hour : {7, 18}) {
                const QString wall = day.toString(Qt::ISODate) +
                                     QStringLiteral("T%1:00").arg(hour, 2, 10, QLatin1Char('0'));
                BookingRequest r = request(AppointmentType::FollowUp, wall,
                                           QStringLiteral("Ann Lee"), QStringLiteral("2015550123"));
                r.type = serial++ == 0 ? AppointmentType::New : AppointmentType::FollowUp;
                const Appointment a = bookOk(r);
                QCOMPARE(a.startUtc, test::newYork(wall).toSecsSinceEpoch());
                QCOMPARE(a.endUtc - a.startUtc, qint64(a.endMinute - a.startMinute) * 60);
            }
        // The slot finder, from the weekend of the change, offers Monday 7:30 (7:00 is taken)
        // at the right instant.
        SlotQuery q;
        q.type = AppointmentType::FollowUp;
        q.clinicianId = m_ids.drOne;
        q.from = friday.addDays(1);
        q.limit = 1;
        m_clock->set(test::newYork(friday.toString(Qt::ISODate) + QStringLiteral("T20:00")));
        const Slot first = clinic().slotFinder().find(q).value().first();
        const QString wall = monday.toString(Qt::ISODate) + QStringLiteral("T07:30");
        QCOMPARE(formatWall(first.day, first.startMinute), wall);
        QCOMPARE(wallToUtc(QStringLiteral("America/New_York"), first.day, first.startMinute),
                 test::newYork(wall).toSecsSinceEpoch());
    }

    void leapDayYearEndAndAClockGoingBack()
    {
        m_clock->set(test::newYork(QStringLiteral("2027-12-01T10:00")));
        for (const Holiday &h : usFederalHolidays(2027))
            QVERIFY(clinic().setup().addClosedDate(m_ids.midtown, h.date, h.name).ok());
        // New Year's Day 2028 is a Saturday: the clinic closes on Friday 31 December 2027.
        auto eve = booking().book(request(AppointmentType::New, QStringLiteral("2027-12-31T09:00"),
                                          QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        QVERIFY(!eve);
        QVERIFY(eve.error().message.contains(QStringLiteral("closed")));
        const Appointment leap =
            bookOk(request(AppointmentType::New, QStringLiteral("2028-02-29T09:00"),
                           QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));
        QCOMPARE(leap.day, QDate(2028, 2, 29));
        bookOk(request(AppointmentType::FollowUp, QStringLiteral("2027-12-30T18:30"),
                       QStringLiteral("Ann Lee"), QStringLiteral("2015550123")));

        // The clock goes back an hour between two steps: the history stays in order, and the
        // late-cancellation rule still reads the clock as it is.
        m_clock->set(test::newYork(QStringLiteral("2027-12-01T09:00")));
        QVERIFY(booking().setStatus(leap.id, Status::Confirmed).ok());
        const auto steps = clinic().schedule().history(leap.id).value();
        QCOMPARE(steps.size(), 2);
        QVERIFY(steps[1].atUtc >= steps[0].atUtc);
        QVERIFY(!booking().cancel(leap.id).value().lateCancel);
    }

    // Another process books through frontdesk-cli: the session's change signal says so
    // within a second, without the session re-reading anything on a timer.
    void anotherProcessBookingArrivesOnTheChangeSignal()
    {
        const SystemClock clock;
        test::TempClinic temp(clock);
        const auto ids = test::createSmallClinic(temp.clinic());
        QSignalSpy changed(&temp.clinic(), &Clinic::changed);
        temp.clinic().watchOtherDesks(true);
        const QDate monday = test::mondayAhead();
        const auto booked = test::runCli(
            {QStringLiteral("book"), QStringLiteral("--db"), temp.path(), QStringLiteral("--type"),
             QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Ann Lee"),
             QStringLiteral("--phone"), QStringLiteral("2015550123"), QStringLiteral("--location"),
             QStringLiteral("Midtown"), QStringLiteral("--clinician"), QStringLiteral("Dr. One"),
             QStringLiteral("--start"), monday.toString(Qt::ISODate) + QStringLiteral("T09:00"),
             QStringLiteral("--json")});
        QElapsedTimer since;
        since.start();
        QCOMPARE(booked.exitCode, 0);
        const qint64 id = booked.json().object().value(QStringLiteral("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 1000);
        QVERIFY(since.elapsed() < 1000);
        const auto changes = changed.first().first().value<ChangeSet>();
        QVERIFY(changes.external);
        QCOMPARE(changes.appointmentIds, QSet<qint64>{id});
        QVERIFY(changes.touches(ids.midtown, monday));
        QVERIFY(!changes.setup);

        // This session's own commit is reported at once, as its own.
        BookingRequest r =
            request(AppointmentType::New, monday.toString(Qt::ISODate) + QStringLiteral("T11:00"),
                    QStringLiteral("Bo Diaz"), QStringLiteral("9735550188"));
        QVERIFY(temp.clinic().booking().book(r).ok());
        QCOMPARE(changed.size(), 2);
        QVERIFY(!changed.last().first().value<ChangeSet>().external);
        // ... and not reported a second time as another desk's.
        QTest::qWait(600);
        QCOMPARE(changed.size(), 2);

        // Another desk's setup change says the setup changed.
        auto desk2 = test::openOtherDesk(temp.path(), clock);
        QVERIFY(desk2->setup().addService(QStringLiteral("Dry needling")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 3, 1000);
        QVERIFY(changed.last().first().value<ChangeSet>().setup);
    }
};

QTEST_GUILESS_MAIN(TestClinic)
#include "tst_clinic.moc"
