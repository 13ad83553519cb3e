// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/readback.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "calendar/walltime.h"
#include "clinic/setupservice.h"
#include "testclinic.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace fd;

namespace {

BookingRequest request(AppointmentType type, const QString &wall,
                       const QString &name = QStringLiteral("Ann Lee"),
                       const QString &clinician = QStringLiteral("Dr. One"))
{
    BookingRequest r;
    r.type = type;
    r.name = name;
    r.phone = QStringLiteral("201-555-0123");
    r.email = QStringLiteral("ann@example.com");
    r.location = QStringLiteral("Midtown");
    r.clinician = clinician;
    const auto parsed = parseWallTime(wall);
    r.day = parsed->first;
    r.startMinute = parsed->second;
    return r;
}

} // namespace

class TestBooking : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TempClinic> m_temp;
    BookingService *m_booking = nullptr;
    test::SmallClinic m_clinic;

    Database &db() { return m_temp->db(); }

    QList<QStringList> audit()
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT action, entity, before_json, after_json, user_name FROM "
                              "audit_log ORDER BY id"));
        QList<QStringList> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString()});
        return rows;
    }

    Appointment bookOk(const BookingRequest &r)
    {
        auto result = m_booking->book(r);
        if (!result)
            qFatal("booking failed: %s", qPrintable(result.error().toString()));
        return result.value();
    }

private slots:
    void init()
    {
        // "Now" is the Friday before the spring daylight-saving change.
        m_clock = std::make_unique<ManualClock>(test::newYork(QStringLiteral("2026-03-06T10:00")));
        m_temp = std::make_unique<test::TempClinic>(*m_clock, QStringLiteral("desk-1"));
        m_clinic = test::createSmallClinic(m_temp->clinic());
        m_booking = &m_temp->clinic().booking();
    }

    void newPatientWithoutInsuranceIsMarkedPending()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T07:00")));
        QCOMPARE(a.endMinute, 8 * 60);
        QCOMPARE(a.status, Status::Booked);
        QCOMPARE(a.patientName, QStringLiteral("Ann Lee"));
        Store &store = m_temp->store();
        const Patient p = store.patient(a.patientId).value();
        QCOMPARE(p.phone, QStringLiteral("+12015550123"));
        QVERIFY(p.insurancePending);
        QVERIFY(!p.selfPay);
    }

    void newPatientWithInsurance()
    {
        BookingRequest r = request(AppointmentType::New, QStringLiteral("2026-03-09T07:00"));
        r.insuranceCarrier = QStringLiteral("Aetna");
        r.memberId = QStringLiteral("W123");
        const Appointment a = bookOk(r);
        const Patient p = m_temp->store().patient(a.patientId).value();
        QCOMPARE(p.insuranceCarrier, QStringLiteral("Aetna"));
        QCOMPARE(p.memberId, QStringLiteral("W123"));
        QVERIFY(!p.insurancePending);
    }

    void halfAnInsuranceIsRefused()
    {
        BookingRequest r = request(AppointmentType::New, QStringLiteral("2026-03-09T07:00"));
        r.insuranceCarrier = QStringLiteral("Aetna");
        const QString before = test::tableCounts(db());
        auto result = m_booking->book(r);
        QVERIFY(!result);
        QCOMPARE(result.error().field, QStringLiteral("member-id"));
        QCOMPARE(test::tableCounts(db()), before);
    }

    void followUpNeedsAnExistingPatient()
    {
        const QString before = test::tableCounts(db());
        auto refused =
            m_booking->book(request(AppointmentType::FollowUp, QStringLiteral("2026-03-09T09:00")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Rule);
        QCOMPARE(refused.error().field, QStringLiteral("name"));
        QCOMPARE(test::tableCounts(db()), before);

        const Appointment first =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T07:00")));
        // The same person, typed differently, is recognised by name and number.
        BookingRequest again =
            request(AppointmentType::FollowUp, QStringLiteral("2026-03-10T09:00"),
                    QStringLiteral("ann  LEE"));
        again.phone = QStringLiteral("(201) 555-0123");
        const Appointment second = bookOk(again);
        QCOMPARE(second.patientId, first.patientId);
        QCOMPARE(second.endMinute - second.startMinute, 30);
    }

    void newBookingForAKnownPatientIsRefused()
    {
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T07:00")));
        auto r = m_booking->book(request(AppointmentType::New, QStringLiteral("2026-03-10T07:00")));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("type"));
    }

    // The clinic books eighteen months ahead unless a manager says otherwise; past that, a
    // date is a typo (the year 9999) and gets a usage error, not "full".
    void bookingHorizon()
    {
        // "Now" is 2026-03-06: the horizon ends on 2027-09-06, a Monday.
        auto far =
            m_booking->book(request(AppointmentType::New, QStringLiteral("2027-09-07T09:00")));
        QVERIFY(!far);
        QCOMPARE(far.error().kind, ErrorKind::Invalid);
        QCOMPARE(far.error().field, QStringLiteral("start"));
        QVERIFY2(far.error().message.contains(QStringLiteral("2027-09-06")),
                 qPrintable(far.error().message));
        QCOMPARE(m_booking->book(request(AppointmentType::New, QStringLiteral("9999-03-06T09:00")))
                     .error()
                     .kind,
                 ErrorKind::Invalid);
        QVERIFY(m_booking->book(request(AppointmentType::New, QStringLiteral("2027-09-06T09:00")))
                    .ok());
        QCOMPARE(m_temp->clinic().setup().setBookingHorizon(0).error().field,
                 QStringLiteral("horizon"));
        QVERIFY(m_temp->clinic().setup().setBookingHorizon(24).ok());
        QVERIFY(m_booking
                    ->book(request(AppointmentType::New, QStringLiteral("2027-09-07T09:00"),
                                   QStringLiteral("Cy Young")))
                    .ok());
        // The slot finder stops at the horizon too.
        QVERIFY(m_temp->clinic().setup().setBookingHorizon(1).ok());
        SlotQuery q;
        q.type = AppointmentType::New;
        q.from = QDate(2026, 4, 1);
        q.limit = 1000;
        q.horizonDays = 84;
        const auto found = m_temp->clinic().slotFinder().find(q).value();
        QVERIFY(!found.isEmpty());
        QVERIFY(found.last().day <= QDate(2026, 4, 6));
    }

    void insuranceComesOnlyWithANewPatient()
    {
        BookingRequest selfPay =
            request(AppointmentType::SelfPay, QStringLiteral("2026-03-09T07:00"));
        selfPay.insuranceCarrier = QStringLiteral("Aetna");
        selfPay.memberId = QStringLiteral("W1");
        auto r = m_booking->book(selfPay);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QCOMPARE(r.error().field, QStringLiteral("insurance"));
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T07:00")));
        BookingRequest followUp =
            request(AppointmentType::FollowUp, QStringLiteral("2026-03-10T07:00"));
        followUp.memberId = QStringLiteral("W2");
        QCOMPARE(m_booking->book(followUp).error().field, QStringLiteral("member-id"));
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM appointments")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // only the new patient's booking
    }

    void selfPayMarksThePatient()
    {
        const Appointment fresh =
            bookOk(request(AppointmentType::SelfPay, QStringLiteral("2026-03-09T07:00"),
                           QStringLiteral("Bo Diaz")));
        QVERIFY(m_temp->store().patient(fresh.patientId)->selfPay);
        QCOMPARE(fresh.endMinute - fresh.startMinute, 45);

        const Appointment insured =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-10T07:00")));
        QVERIFY(!m_temp->store().patient(insured.patientId)->selfPay);
        bookOk(request(AppointmentType::SelfPay, QStringLiteral("2026-03-11T07:00")));
        QVERIFY(m_temp->store().patient(insured.patientId)->selfPay);
        QVERIFY(audit().last()[0] == QStringLiteral("book"));
        bool marked = false;
        for (const QStringList &row : audit())
            marked = marked || row[0] == QStringLiteral("mark-self-pay");
        QVERIFY(marked);
    }

    void badInputNamesTheFieldAndChangesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << "name"
                                    << "  "
                                    << "name";
        QTest::newRow("bad phone") << "phone"
                                   << "12"
                                   << "phone";
        QTest::newRow("bad email") << "email"
                                   << "ann@"
                                   << "email";
        QTest::newRow("unknown location") << "location"
                                          << "Hoboken"
                                          << "location";
        QTest::newRow("unknown location id") << "location"
                                             << "99"
                                             << "location";
        QTest::newRow("unknown clinician") << "clinician"
                                           << "Dr. Who"
                                           << "clinician";
        QTest::newRow("unknown service") << "service"
                                         << "Acupuncture"
                                         << "service";
        QTest::newRow("service not offered") << "service"
                                             << "Chiropractic care"
                                             << "service";
        QTest::newRow("saturday") << "start"
                                  << "2026-03-14T09:00"
                                  << "start";
        QTest::newRow("6:45") << "start"
                              << "2026-03-09T06:45"
                              << "start";
        QTest::newRow("18:45") << "start"
                               << "2026-03-09T18:45"
                               << "start";
        QTest::newRow("closed") << "start"
                                << "2026-03-13T09:00"
                                << "start";
        QTest::newRow("past") << "start"
                              << "2026-03-05T09:00"
                              << "start";
    }
    void badInputNamesTheFieldAndChangesNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, value);
        QFETCH(QString, field);
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T07:00")));
        BookingRequest r = request(AppointmentType::FollowUp, QStringLiteral("2026-03-09T10:00"));
        if (what == QLatin1String("name"))
            r.name = value;
        else if (what == QLatin1String("phone"))
            r.phone = value;
        else if (what == QLatin1String("email"))
            r.email = value;
        else if (what == QLatin1String("location"))
            r.location = value;
        else if (what == QLatin1String("clinician"))
            r.clinician = value;
        else if (what == QLatin1String("service"))
            r.service = value;
        else if (what == QLatin1String("start")) {
            const auto parsed = parseWallTime(value);
            r.day = parsed->first;
            r.startMinute = parsed->second;
        }
        const QString before = test::tableCounts(db());
        auto result = m_booking->book(r);
        QVERIFY(!result);
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(test::tableCounts(db()), before);
    }

    void malformedStartText()
    {
        for (const char *text : {"2026-03-09", "2026-02-30T09:00", "2026-03-09T25:00", "soon"}) {
            auto r = parseWallTime(QString::fromLatin1(text));
            QVERIFY2(!r.ok(), text);
            QCOMPARE(r.error().field, QStringLiteral("start"));
        }
        QCOMPARE(parseWallTime(QStringLiteral("2026-03-09T07:15"))->second, 7 * 60 + 15);
    }

    void capacityOne()
    {
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        BookingRequest other = request(AppointmentType::New, QStringLiteral("2026-03-09T09:30"),
                                       QStringLiteral("Cy Young"));
        other.phone = QStringLiteral("201-555-0199");
        auto r = m_booking->book(other);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Rule);
        QVERIFY(r.error().message.contains(QStringLiteral("already full")));
        other.startMinute = 10 * 60;
        QVERIFY(m_booking->book(other).ok());
    }

    void justTakenOnlyWhenTakenAfterTheDeskLooked()
    {
        // Desk 1 looks at the book; desk 2 then takes 9:00. Desk 1's booking of 9:00 hears
        // "slot just taken"; a slot that was full when desk 1 looked is "already full".
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T11:00"),
                       QStringLiteral("Early Booker")));
        const qint64 seen = *m_temp->clinic().schedule().mark();
        auto desk2 = test::openOtherDesk(m_temp->path(), *m_clock, QStringLiteral("desk-2"));
        BookingRequest theirs = request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                                        QStringLiteral("Cy Young"));
        theirs.phone = QStringLiteral("201-555-0199");
        QVERIFY(desk2->booking().book(theirs).ok());

        BookingRequest mine = request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"));
        mine.seenMark = seen;
        auto taken = m_booking->book(mine);
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, ErrorKind::Conflict);
        QVERIFY2(taken.error().message.startsWith(QStringLiteral("slot just taken")),
                 qPrintable(taken.error().message));

        mine.startMinute = 11 * 60;
        auto full = m_booking->book(mine);
        QVERIFY(!full);
        QCOMPARE(full.error().kind, ErrorKind::Rule);
        QVERIFY(full.error().message.contains(QStringLiteral("already full")));
    }

    void arrivedAndCompletedOnlyOnTheDay()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        auto early = m_booking->setStatus(a.id, Status::Arrived);
        QVERIFY(!early);
        QCOMPARE(early.error().field, QStringLiteral("status"));
        QVERIFY(early.error().message.contains(QStringLiteral("2026-03-09")));
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T08:45")));
        QVERIFY(m_booking->setStatus(a.id, Status::Arrived).ok());
        m_clock->set(test::newYork(QStringLiteral("2026-03-10T08:00")));
        QCOMPARE(m_booking->setStatus(a.id, Status::Completed).error().field,
                 QStringLiteral("status"));
    }

    void capacityTwo()
    {
        auto person = [](int i) {
            BookingRequest r =
                request(AppointmentType::New, QStringLiteral("2026-03-09T09:00"),
                        QStringLiteral("Patient %1").arg(i), QStringLiteral("Dr. Two"));
            r.phone = QStringLiteral("201-555-01%1").arg(10 + i);
            return r;
        };
        QVERIFY(m_booking->book(person(1)).ok());
        QVERIFY(m_booking->book(person(2)).ok());
        auto third = m_booking->book(person(3));
        QVERIFY(!third);
        QCOMPARE(third.error().kind, ErrorKind::Rule);
        // A cancelled appointment frees its place.
        auto list = m_temp->clinic().schedule().appointments(
            {QDate(2026, 3, 9), QDate(2026, 3, 9), std::nullopt, m_clinic.drTwo});
        QVERIFY(m_booking->cancel(list->first().id).ok());
        QVERIFY(m_booking->book(person(3)).ok());
    }

    void patientCannotBeInTwoPlaces()
    {
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        auto r =
            m_booking->book(request(AppointmentType::FollowUp, QStringLiteral("2026-03-09T09:30"),
                                    QStringLiteral("Ann Lee"), QStringLiteral("Dr. Two")));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("patient"));
        QVERIFY(m_booking
                    ->book(request(AppointmentType::FollowUp, QStringLiteral("2026-03-09T10:00"),
                                   QStringLiteral("Ann Lee"), QStringLiteral("Dr. Two")))
                    .ok());
    }

    void bufferKeepsTheClinicianBusy()
    {
        QVERIFY(m_temp->clinic().setup().setTypeSettings({AppointmentType::New, 60, 15}).ok());
        bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        BookingRequest next = request(AppointmentType::New, QStringLiteral("2026-03-09T10:00"),
                                      QStringLiteral("Di Hu"));
        next.phone = QStringLiteral("201-555-0177");
        QVERIFY(!m_booking->book(next).ok());
        next.startMinute = 10 * 60 + 15;
        QVERIFY(m_booking->book(next).ok());
    }

    void mondayAfterSpringForwardKeepsWallTime()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T07:00")));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(a.startUtc, QTimeZone::utc()),
                 test::newYork(QStringLiteral("2026-03-09T07:00")));
        QCOMPARE(a.startUtc,
                 QDateTime(QDate(2026, 3, 9), QTime(11, 0), QTimeZone::utc()).toSecsSinceEpoch());
        // The Friday before: same wall time, an hour later in UTC.
        const Appointment f =
            bookOk(request(AppointmentType::FollowUp, QStringLiteral("2026-03-06T12:00")));
        QCOMPARE(f.startUtc,
                 QDateTime(QDate(2026, 3, 6), QTime(17, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void mondayAfterFallBackKeepsWallTime()
    {
        m_clock->set(test::newYork(QStringLiteral("2026-10-30T10:00")));
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-11-02T07:00")));
        QCOMPARE(a.startUtc,
                 QDateTime(QDate(2026, 11, 2), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(a.startMinute, 7 * 60);
    }

    void statusMovesKeepTheirTimes()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        m_clock->set(test::newYork(QStringLiteral("2026-03-08T12:00")));
        QVERIFY(m_booking->setStatus(a.id, Status::Confirmed).ok());
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T08:55")));
        QVERIFY(m_booking->setStatus(a.id, Status::Arrived).ok());
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T10:00")));
        QCOMPARE(m_booking->setStatus(a.id, Status::Completed)->status, Status::Completed);
        auto back = m_booking->setStatus(a.id, Status::Arrived);
        QVERIFY(!back);
        QCOMPARE(back.error().kind, ErrorKind::Rule);
        QVERIFY(!m_booking->cancel(a.id).ok());

        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT status, at_utc, user_name FROM status_history WHERE "
                              "appointment_id = %1 ORDER BY id")
                   .arg(a.id));
        QStringList steps;
        while (q.next()) {
            steps.append(
                q.value(0).toString() + QLatin1Char('@') +
                QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(),
                                              QTimeZone(QByteArrayLiteral("America/New_York")))
                    .toString(QStringLiteral("MM-dd HH:mm")));
            QCOMPARE(q.value(2).toString(), QStringLiteral("desk-1"));
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("booked@03-06 10:00"),
                                     QStringLiteral("confirmed@03-08 12:00"),
                                     QStringLiteral("arrived@03-09 08:55"),
                                     QStringLiteral("completed@03-09 10:00")}));
    }

    void noShowOnlyAfterTheStart()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        QVERIFY(!m_booking->setStatus(a.id, Status::NoShow).ok());
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T09:20")));
        QCOMPARE(m_booking->setStatus(a.id, Status::NoShow)->status, Status::NoShow);
        QVERIFY(!m_booking->setStatus(a.id, Status::Arrived).ok());
    }

    void cancellationAtExactly24HoursIsNotLate()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-10T09:00")));
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T09:00")));
        const Appointment c = m_booking->cancel(a.id).value();
        QCOMPARE(c.status, Status::Cancelled);
        QVERIFY(!c.lateCancel);
        QCOMPARE(c.cancelReason, QStringLiteral("patient request"));

        const Appointment b =
            bookOk(request(AppointmentType::FollowUp, QStringLiteral("2026-03-10T11:00")));
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T11:01")));
        const Appointment late = m_booking->cancel(b.id, QStringLiteral("Car trouble")).value();
        QVERIFY(late.lateCancel);
        QCOMPARE(late.cancelReason, QStringLiteral("Car trouble"));
        // Kept, never deleted.
        QCOMPARE(m_temp->clinic().schedule().appointment(b.id)->status, Status::Cancelled);
    }

    void everyChangeHasItsAuditRecord()
    {
        const int before = static_cast<int>(audit().size());
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        QVERIFY(m_booking->cancel(a.id, QStringLiteral("Moved away")).ok());
        const auto rows = audit().mid(before);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][0], QStringLiteral("add-patient"));
        QCOMPARE(rows[1][0], QStringLiteral("book"));
        QVERIFY(rows[1][2].isEmpty());
        const QJsonObject booked = QJsonDocument::fromJson(rows[1][3].toUtf8()).object();
        QCOMPARE(booked[QStringLiteral("start")].toString(), QStringLiteral("2026-03-09T09:00"));
        QCOMPARE(rows[2][0], QStringLiteral("cancel"));
        QCOMPARE(QJsonDocument::fromJson(rows[2][2].toUtf8())
                     .object()[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("booked"));
        const QJsonObject after = QJsonDocument::fromJson(rows[2][3].toUtf8()).object();
        QCOMPARE(after[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(after[QStringLiteral("cancel_reason")].toString(), QStringLiteral("Moved away"));
        for (const QStringList &row : rows)
            QCOMPARE(row[4], QStringLiteral("desk-1"));
    }

    void confirmationCallsAreKeptAndShown()
    {
        // The day before: Monday's visits are today's calls.
        const Appointment ann =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        const Appointment bo =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T07:00"),
                           QStringLiteral("Bo Díaz"), QStringLiteral("Dr. Two")));
        BookingRequest cyRequest =
            request(AppointmentType::SelfPay, QStringLiteral("2026-03-09T11:00"),
                    QStringLiteral("Cy Young"), QStringLiteral("Dr. Two"));
        cyRequest.phone = QStringLiteral("973 555 0199");
        const Appointment cy = bookOk(cyRequest);
        ScheduleService &schedule = m_temp->clinic().schedule();
        auto calls = schedule.confirmationCalls(QDate(2026, 3, 9)).value();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls[0].appointment.id, bo.id); // in time order
        QVERIFY(calls[0].open() && calls[1].open() && calls[2].open());

        auto confirmed = m_booking->recordCall(ann.id, CallOutcome::Confirmed);
        QVERIFY(confirmed.ok());
        QCOMPARE(confirmed->appointment.status, Status::Confirmed);
        QVERIFY(confirmed->appointment.stepId > 0);
        auto message = m_booking->recordCall(bo.id, CallOutcome::LeftMessage);
        QVERIFY(message.ok());
        QCOMPARE(message->appointment.status, Status::Booked);
        QCOMPARE(message->appointment.stepId, 0);

        calls = schedule.confirmationCalls(QDate(2026, 3, 9)).value();
        QCOMPARE(calls[0].lastCall->outcome, CallOutcome::LeftMessage);
        QCOMPARE(calls[0].lastCall->user, QStringLiteral("desk-1"));
        QCOMPARE(calls[1].appointment.status, Status::Confirmed);
        QCOMPARE(calls[1].lastCall->outcome, CallOutcome::Confirmed);
        QVERIFY(!calls[2].lastCall);
        int open = 0;
        for (const auto &c : calls)
            open += c.open();
        QCOMPARE(open, 1);
        // The latest call is the outcome; each one is audited.
        auto unreachable = m_booking->recordCall(bo.id, CallOutcome::Unreachable);
        QVERIFY(unreachable.ok());
        QCOMPARE(schedule.confirmationCalls(QDate(2026, 3, 9))->at(0).lastCall->outcome,
                 CallOutcome::Unreachable);
        QCOMPARE(audit().last()[0], QStringLiteral("confirmation-call"));
        // A call recorded by mistake is withdrawn: the one before it is the outcome again.
        QVERIFY(m_booking->withdrawCall(unreachable->callId, std::nullopt).ok());
        QCOMPARE(schedule.confirmationCalls(QDate(2026, 3, 9))->at(0).lastCall->outcome,
                 CallOutcome::LeftMessage);
        QCOMPARE(audit().last()[0], QStringLiteral("withdraw-confirmation-call"));
        QVERIFY(!m_booking->withdrawCall(unreachable->callId, std::nullopt).ok());

        // Only the step the call made can go with it.
        QVERIFY(!m_booking->withdrawCall(message->callId, confirmed->appointment.stepId).ok());
        // A confirmation made by mistake is withdrawn with the status step it made.
        QVERIFY(m_booking->withdrawCall(confirmed->callId, confirmed->appointment.stepId).ok());
        QCOMPARE(schedule.appointment(ann.id)->status, Status::Booked);
        QVERIFY(!schedule.confirmationCalls(QDate(2026, 3, 9))->at(1).lastCall);
        // A cancelled visit is not called about, and the refusal writes nothing.
        QVERIFY(m_booking->cancel(cy.id).ok());
        const QString before = test::tableCounts(db());
        auto refused = m_booking->recordCall(cy.id, CallOutcome::Confirmed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("status"));
        QCOMPARE(test::tableCounts(db()), before);
        QCOMPARE(schedule.confirmationCalls(QDate(2026, 3, 9))->size(), 2);
    }

    void readBackSaysWhenWhereWithWhomAndWhatToBring()
    {
        const Appointment a =
            bookOk(request(AppointmentType::New, QStringLiteral("2026-03-09T09:00")));
        const ClinicConfig config = m_temp->clinic().schedule().config().value();
        const Patient p = m_temp->store().patient(a.patientId).value();
        const QString text =
            readBack(a, p, config, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(text.contains(QStringLiteral("Monday, March 9, 2026")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("9:00")), qPrintable(text));
        const Location *midtown = config.location(a.locationId);
        QVERIFY(text.contains(QStringLiteral("Madison Avenue")));
        QVERIFY(text.contains(midtown->phone));
        QVERIFY(text.contains(QStringLiteral("Dr. One")));
        QVERIFY(text.contains(QStringLiteral("insurance card")));
        QVERIFY(text.contains(QStringLiteral("send them"))); // insurance still pending

        BookingRequest selfPay =
            request(AppointmentType::SelfPay, QStringLiteral("2026-03-10T09:00"),
                    QStringLiteral("Cy Young"));
        selfPay.phone = QStringLiteral("973 555 0199");
        const Appointment b = bookOk(selfPay);
        const QString selfPayText =
            readBack(b, m_temp->store().patient(b.patientId).value(), config,
                     QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(selfPayText.contains(QStringLiteral("self-pay")));
        QVERIFY(!selfPayText.contains(QStringLiteral("bring your insurance card")));
        QVERIFY(commonConditions().contains(QStringLiteral("Sciatica")));
    }

    void unknownAppointment()
    {
        auto r = m_booking->setStatus(4242, Status::Confirmed);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QCOMPARE(r.error().field, QStringLiteral("id"));
    }
};

QTEST_GUILESS_MAIN(TestBooking)
#include "tst_booking.moc"
