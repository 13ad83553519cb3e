// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testclinic.h"

#include "booking/bookingservice.h"
#include "calendar/walltime.h"
#include "demo/democlinic.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace fd;

// What only a clinic on a PostgreSQL server does: desks that hear each other's commits, and a
// clinic that moves between a file and a server with every record. Runs against the throwaway
// cluster the other suites' second run uses.
class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::onPostgres())
            QSKIP("needs the test PostgreSQL cluster (FRONTDESK_TEST_POSTGRESQL)");
    }

    // Another desk's booking reaches this desk's changed() within a second, through
    // LISTEN/NOTIFY: the event loop waits on the connection's socket, nothing polls.
    void anotherDesksBookingArrivesWithinASecond()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-02T09:00")));
        test::TempClinic temp(clock, QStringLiteral("desk-1"));
        const auto small = test::createSmallClinic(temp.clinic());
        auto other = test::openOtherDesk(temp.path(), clock, QStringLiteral("desk-2"));
        other->watchOtherDesks(true);
        QSignalSpy heard(other.get(), &Clinic::changed);

        BookingRequest r;
        r.type = AppointmentType::New;
        r.name = QStringLiteral("Ann Lee");
        r.phone = QStringLiteral("201-555-0123");
        r.location = QStringLiteral("Midtown");
        r.clinician = QStringLiteral("Dr. One");
        r.day = QDate(2026, 3, 9);
        r.startMinute = 9 * 60;
        auto booked = temp.clinic().booking().book(r);
        QVERIFY(booked.ok());
        QVERIFY(heard.wait(1000));
        const auto changes = heard.first().first().value<ChangeSet>();
        QVERIFY(changes.external);
        QVERIFY(changes.appointmentIds.contains(booked->id));
        QVERIFY(changes.touches(small.midtown, r.day));

        // Its own commits are not news to it.
        heard.clear();
        QVERIFY(other->booking().cancel(booked->id, QStringLiteral("patient request")).ok());
        QCOMPARE(heard.size(), 1); // told once, by its own commit
        QVERIFY(!heard.first().first().value<ChangeSet>().external);
        QVERIFY(!heard.wait(300));
    }

    // A file's clinic moves to the server and back with every record; each step compares the
    // tables' counts and checksums, and the two files end up holding the same clinic.
    void aClinicMovesToTheServerAndBack()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T11:00")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("clinic.db"));
        auto first = Clinic::open(file, clock, QStringLiteral("installer"),
                                  Clinic::OpenMode::CreateIfMissing);
        QVERIFY(first.ok());
        QVERIFY(createDemoClinic(**first).ok());
        test::signInDemo(**first);

        test::TempServerDatabase server;
        auto there = (*first)->copyTo(server.address());
        QVERIFY2(there.ok(), there.ok() ? "" : qPrintable(there.error().toString()));
        QCOMPARE(there->size(), 17);

        auto onServer = test::openOtherDesk(server.address(), clock);
        const QString back = dir.filePath(QStringLiteral("back.db"));
        auto home = onServer->copyTo(back);
        QVERIFY2(home.ok(), home.ok() ? "" : qPrintable(home.error().toString()));
        // The trail gained the manager's sign-in on the server and the second move between the
        // two copies; everything else is the same.
        for (qsizetype i = 0; i < there->size(); ++i) {
            if ((*there)[i].table == QLatin1String("audit_log")) {
                QCOMPARE((*home)[i].rows, (*there)[i].rows + 2);
                continue;
            }
            QCOMPARE((*home)[i], (*there)[i]);
        }
        for (const TableSum &t : *there)
            if (t.table == QLatin1String("appointments"))
                QVERIFY(t.rows > 1000);

        // The server's clinic works as a clinic: the demo's days read back the same.
        auto returned = test::openOtherDesk(back, clock);
        const QDate day(2026, 11, 24);
        const AppointmentFilter filter{day, day.addDays(6)};
        auto onFile = (*first)->store().appointments(filter);
        auto served = onServer->store().appointments(filter);
        auto homeAgain = returned->store().appointments(filter);
        QVERIFY(onFile.ok() && served.ok() && homeAgain.ok());
        QVERIFY(!onFile->isEmpty());
        QCOMPARE(served->size(), onFile->size());
        QCOMPARE(homeAgain->size(), onFile->size());
        for (qsizetype i = 0; i < onFile->size(); ++i) {
            QCOMPARE((*served)[i].id, (*onFile)[i].id);
            QCOMPARE((*served)[i].startUtc, (*onFile)[i].startUtc);
            QCOMPARE((*served)[i].patientName, (*onFile)[i].patientName);
        }
        // New rows on the server take numbers after the moved ones.
        QSqlQuery q(static_cast<SqlStore &>(onServer->store()).database().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT nextval(pg_get_serial_sequence('appointments', 'id')) > MAX(id) FROM "
            "appointments")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());

        // A server database that holds a clinic already is not copied into.
        auto again = (*first)->copyTo(server.address());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("to"));
    }

    // A database that is another program's is refused and left as it was.
    void anotherProgramsDatabaseIsRefused()
    {
        test::TempServerDatabase server;
        {
            const SystemClock clock;
            auto created = Clinic::open(server.address(), clock, {}, Clinic::OpenMode::Existing);
            QVERIFY(!created.ok()); // an empty database is no clinic until init
            QVERIFY(created.error().message.contains(QStringLiteral("holds no clinic")));
        }
        const SystemClock clock;
        auto made = Clinic::open(server.address(), clock, {}, Clinic::OpenMode::CreateIfMissing);
        QVERIFY(made.ok());
        // The schema goes, another program's table comes.
        QSqlQuery q(static_cast<SqlStore &>((*made)->store()).database().connection());
        QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        q.finish();
        made->reset();
        auto refused = Clinic::open(server.address(), clock, {}, Clinic::OpenMode::CreateIfMissing);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("another program")),
                 qPrintable(refused.error().message));
        auto nowhere =
            Clinic::open(QStringLiteral("postgresql://frontdesk@127.0.0.1:1/none"), clock);
        QVERIFY(!nowhere.ok());
        QVERIFY(nowhere.error().message.contains(QStringLiteral("cannot connect")));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
