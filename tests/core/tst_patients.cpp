// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "calendar/walltime.h"
#include "patients/patientservice.h"
#include "testclinic.h"

#include <QTest>

using namespace fd;

// Finding a caller while the receptionist types, and flagging a likely duplicate before a new
// patient is registered.
class TestPatients : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TempClinic> m_temp;

    Appointment book(AppointmentType type, const QString &name, const QString &phone,
                     const QString &wall, const QString &email = {}, bool confirmedNew = false)
    {
        BookingRequest r;
        r.type = type;
        r.name = name;
        r.phone = phone;
        r.email = email;
        r.location = QStringLiteral("Midtown");
        r.clinician = QStringLiteral("Dr. One");
        const auto parsed = parseWallTime(wall);
        r.day = parsed->first;
        r.startMinute = parsed->second;
        r.confirmedNewPatient = confirmedNew;
        auto result = m_temp->clinic().booking().book(r);
        if (!result)
            qFatal("booking failed: %s", qPrintable(result.error().toString()));
        return *result;
    }

    QStringList names(const QList<PatientMatch> &matches)
    {
        QStringList out;
        for (const PatientMatch &m : matches)
            out.append(m.patient.name);
        return out;
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(test::newYork(QStringLiteral("2026-03-02T10:00")));
        m_temp = std::make_unique<test::TempClinic>(*m_clock);
        test::createSmallClinic(m_temp->clinic());
    }

    void findsByAnyPartOfNameDigitsOrEmailStart()
    {
        book(AppointmentType::New, QStringLiteral("Ann Lee"), QStringLiteral("201 555 0123"),
             QStringLiteral("2026-03-03T09:00"), QStringLiteral("ann.lee@example.com"));
        book(AppointmentType::New, QStringLiteral("Bo Díaz"), QStringLiteral("973 555 0188"),
             QStringLiteral("2026-03-03T10:00"), QStringLiteral("bo@example.org"));
        PatientService &patients = m_temp->clinic().patients();
        QCOMPARE(names(*patients.find(PatientField::Name, QStringLiteral("lee"))),
                 QStringList{QStringLiteral("Ann Lee")});
        QCOMPARE(names(*patients.find(PatientField::Name, QStringLiteral("DÍA"))),
                 QStringList{QStringLiteral("Bo Díaz")});
        // Any run of the number's digits, however it is punctuated.
        QCOMPARE(names(*patients.find(PatientField::Phone, QStringLiteral("5-0188"))),
                 QStringList{QStringLiteral("Bo Díaz")});
        QCOMPARE(names(*patients.find(PatientField::Email, QStringLiteral("ANN.l"))),
                 QStringList{QStringLiteral("Ann Lee")});
        // The start of the address, not any part of it.
        QVERIFY(patients.find(PatientField::Email, QStringLiteral("example"))->isEmpty());
        // Too little to go on finds nobody rather than everybody.
        QVERIFY(patients.find(PatientField::Name, QStringLiteral("a"))->isEmpty());
        QVERIFY(patients.find(PatientField::Phone, QStringLiteral("55"))->isEmpty());
    }

    void matchesCarryTheLastAndNextVisits()
    {
        const Appointment past =
            book(AppointmentType::New, QStringLiteral("Ann Lee"), QStringLiteral("2015550123"),
                 QStringLiteral("2026-03-02T11:00"));
        const Appointment later =
            book(AppointmentType::FollowUp, QStringLiteral("Ann Lee"), QStringLiteral("2015550123"),
                 QStringLiteral("2026-03-04T09:00"));
        const Appointment latest =
            book(AppointmentType::FollowUp, QStringLiteral("Ann Lee"), QStringLiteral("2015550123"),
                 QStringLiteral("2026-03-06T09:00"));
        m_clock->set(test::newYork(QStringLiteral("2026-03-03T10:00")));
        PatientService &patients = m_temp->clinic().patients();
        auto found = patients.find(PatientField::Name, QStringLiteral("ann"));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().lastVisit->id, past.id);
        QCOMPARE(found->first().nextVisit->id, later.id);
        QCOMPARE(found->first().nextVisit->clinicianName, QStringLiteral("Dr. One"));

        // A cancelled visit is neither.
        QVERIFY(m_temp->clinic().booking().cancel(later.id).ok());
        found = patients.find(PatientField::Name, QStringLiteral("ann"));
        QCOMPARE(found->first().nextVisit->id, latest.id);
    }

    void similarNamesAreTheOnesAPersonWouldConfuse()
    {
        QVERIFY(similarNames(QStringLiteral("Ann Lee"), QStringLiteral("Anne Lee")));
        QVERIFY(similarNames(QStringLiteral("Ann Lee"), QStringLiteral("Lee, Ann")));
        QVERIFY(similarNames(QStringLiteral("Bo Díaz"), QStringLiteral("bo diaz")));
        QVERIFY(similarNames(QStringLiteral("Jon Smyth"), QStringLiteral("John Smith")));
        QVERIFY(similarNames(QStringLiteral("A. Lee"), QStringLiteral("Ann Lee")));
        QVERIFY(similarNames(QStringLiteral("Chris Park"), QStringLiteral("Christopher Park")));
        QVERIFY(!similarNames(QStringLiteral("Ann Lee"), QStringLiteral("Carl Stone")));
        // A household on one phone: relatives are not duplicates of each other.
        QVERIFY(!similarNames(QStringLiteral("Ann Lee"), QStringLiteral("Bob Lee")));
        QVERIFY(!similarNames(QStringLiteral("Ann Lee"), QStringLiteral("Amy Lee")));
        QVERIFY(!similarNames(QStringLiteral("Ann Lee"), QStringLiteral("Ann Smith")));
        QVERIFY(!similarNames(QStringLiteral("Ann Smith"), QStringLiteral("Amy Smith")));
        QVERIFY(!similarNames(QStringLiteral("Ann Leeson"), QStringLiteral("Amy Leeson")));
        // Names written in another order, and compound family names.
        QVERIFY(similarNames(QStringLiteral("Wei Wang"), QStringLiteral("Wang Wei")));
        QVERIFY(similarNames(QStringLiteral("Ann Lee-Smith"), QStringLiteral("Ann Lee")));
        QVERIFY(similarNames(QStringLiteral("María García López"), QStringLiteral("maria garcia")));
        QVERIFY(!similarNames(QStringLiteral("Ann Lee"), QString()));
    }

    void aLikelyDuplicateIsFlaggedBeforeItIsRegistered()
    {
        const Appointment first =
            book(AppointmentType::New, QStringLiteral("Ann Lee"), QStringLiteral("2015550123"),
                 QStringLiteral("2026-03-03T09:00"));
        PatientService &patients = m_temp->clinic().patients();
        const auto likely =
            patients.likelyDuplicates(QStringLiteral("Anne Lee"), QStringLiteral("201-555-0123"));
        QCOMPARE(likely->size(), 1);
        QCOMPARE(likely->first().id, first.patientId);
        // The same name is the same patient, not a duplicate; another number is someone else.
        QVERIFY(patients.likelyDuplicates(QStringLiteral("ann lee"), QStringLiteral("2015550123"))
                    ->isEmpty());
        QVERIFY(patients.likelyDuplicates(QStringLiteral("Anne Lee"), QStringLiteral("2015550199"))
                    ->isEmpty());

        // Registering one is refused, naming the name field, until the desk confirms.
        BookingRequest r;
        r.type = AppointmentType::New;
        r.name = QStringLiteral("Anne Lee");
        r.phone = QStringLiteral("2015550123");
        r.location = QStringLiteral("Midtown");
        r.clinician = QStringLiteral("Dr. One");
        r.day = QDate(2026, 3, 4);
        r.startMinute = 9 * 60;
        const QString before = test::tableCounts(m_temp->db());
        auto refused = m_temp->clinic().booking().book(r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Rule);
        QCOMPARE(refused.error().field, QStringLiteral("name"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Ann Lee")));
        QCOMPARE(test::tableCounts(m_temp->db()), before);
        r.confirmedNewPatient = true;
        auto booked = m_temp->clinic().booking().book(r);
        QVERIFY2(booked.ok(), booked.ok() ? "" : qPrintable(booked.error().toString()));
        QVERIFY(booked->patientId != first.patientId);
    }
};

QTEST_GUILESS_MAIN(TestPatients)
#include "tst_patients.moc"
