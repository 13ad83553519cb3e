// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "patients/patientservice.h"
#include "reports/reportservice.h"
#include "testclinic.h"

#include "store/sqlite/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fd;

// Every released schema version, as a file the release itself wrote (made by
// tests/data/make-schema-fixture.sh with that release's frontdesk-cli), opened by today's
// program: upgraded in place, every record intact, and the new features working on old rows.
class TestSchemaHistory : public QObject
{
    Q_OBJECT

private slots:
    void releasedFilesOpenWithEveryRecord_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QString data =
            qEnvironmentVariable("FRONTDESK_SOURCE_DIR") + QStringLiteral("/tests/data/");
        const QStringList files =
            QDir(data).entryList({QStringLiteral("schema-v*.db")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(data));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file))
                << data + file << file.mid(8, file.indexOf(QLatin1Char('.')) - 8).toInt();
    }

    void releasedFilesOpenWithEveryRecord()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(QFile::copy(fixture, path));
        {
            RawVersion raw(path);
            QCOMPARE(raw.version, version);
        }
        const ManualClock clock(test::newYork(QStringLiteral("2029-12-03T10:00")));
        auto opened = Clinic::open(path, clock, QStringLiteral("today"));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        Clinic &clinic = **opened;
        QCOMPARE(clinic.schemaVersion(), Database::kSchemaVersion);

        // The setup and the book as the release left them.
        const ClinicConfig config = clinic.schedule().config().value();
        QCOMPARE(config.locations.size(), 1);
        QVERIFY(config.locations.first().closedDates.contains(QDate(2030, 1, 1)));
        QCOMPARE(config.clinicians.first().capacity, 2);
        const auto week =
            clinic.schedule()
                .appointments({QDate(2030, 1, 7), QDate(2030, 1, 11), std::nullopt, std::nullopt})
                .value();
        QCOMPARE(week.size(), 4);
        QStringList rows;
        for (const Appointment &a : week)
            rows.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(a.patientName, typeCode(a.type), statusCode(a.status), a.reason));
        QCOMPARE(rows, (QStringList{QStringLiteral("Ann Lee new confirmed Sciatica"),
                                    QStringLiteral("Bo Díaz new cancelled Back spasms, \"acute\""),
                                    QStringLiteral("Ann Lee follow-up booked Sciatica"),
                                    QStringLiteral("Cy Young self-pay booked Whiplash")}));
        QCOMPARE(week[1].cancelReason, QStringLiteral("Feeling better"));
        QCOMPARE(clinic.patients().search(QStringLiteral("díaz")).value().size(), 1);
        const auto history = clinic.schedule().history(week[0].id).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1].status, Status::Confirmed);
        QCOMPARE(history[1].user, QStringLiteral("release-desk"));
        const Figures january = clinic.reports()
                                    .period(ReportScope::of(QDate(2030, 1, 1), QDate(2030, 1, 31)))
                                    .value()
                                    .clinic;
        QCOMPARE(january.appointments, 4);
        QCOMPARE(january.cancelled, 1);

        // Today's operations on the release's rows: a move, its correction, a new booking.
        RescheduleRequest move;
        move.day = QDate(2030, 1, 10);
        move.startMinute = 9 * 60;
        auto moved = clinic.booking().reschedule(week[2].id, move);
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().toString()));
        QVERIFY(clinic.booking().correct(moved->id, QStringLiteral("wrong day")).ok());
        QCOMPARE(clinic.schedule().appointment(week[2].id)->status, Status::Booked);
        BookingRequest r;
        r.type = AppointmentType::FollowUp;
        r.name = QStringLiteral("Cy Young");
        r.phone = QStringLiteral("9735550199");
        r.location = QStringLiteral("Midtown");
        r.clinician = QStringLiteral("Dr. Old Release");
        r.day = QDate(2030, 1, 11);
        r.startMinute = 8 * 60;
        QVERIFY(clinic.booking().book(r).ok());

        QSqlQuery q(static_cast<SqliteStore &>(clinic.store()).database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

private:
    // The version a file says it is at, read without Front Desk.
    struct RawVersion
    {
        explicit RawVersion(const QString &path)
        {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
                        version = q.value(0).toInt();
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        }
        int version = -1;
    };
};

QTEST_GUILESS_MAIN(TestSchemaHistory)
#include "tst_schemahistory.moc"
