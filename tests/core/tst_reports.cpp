// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "calendar/walltime.h"
#include "clinic/setupservice.h"
#include "generate/historygenerator.h"
#include "patients/patientservice.h"
#include "reports/reportservice.h"
#include "reports/workbookexport.h"
#include "testclinic.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace fd;

// Reports, exports and patient search over a small clinic with a known week.
class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TempClinic> m_temp;
    test::SmallClinic m_clinic;

    Appointment book(AppointmentType type, const QString &name, const QString &phone,
                     const QString &wall, const QString &clinician = QStringLiteral("Dr. One"),
                     const QString &reason = {})
    {
        BookingRequest r;
        r.type = type;
        r.name = name;
        r.phone = phone;
        r.location = clinician == QLatin1String("Dr. One") ||
                             wall.contains(QStringLiteral("-09T")) ||
                             wall.contains(QStringLiteral("-11T"))
                         ? QStringLiteral("Midtown")
                         : QStringLiteral("Chatham");
        r.clinician = clinician;
        r.reason = reason;
        const auto start = parseWallTime(wall).value();
        r.day = start.first;
        r.startMinute = start.second;
        auto result = m_temp->clinic().booking().book(r);
        if (!result)
            qFatal("%s", qPrintable(result.error().toString()));
        return result.value();
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(test::newYork(QStringLiteral("2026-03-02T09:00")));
        m_temp = std::make_unique<test::TempClinic>(*m_clock);
        m_clinic = test::createSmallClinic(m_temp->clinic());
        BookingService &booking = m_temp->clinic().booking();
        const Appointment a =
            book(AppointmentType::New, QStringLiteral("John Smith"), QStringLiteral("2015550123"),
                 QStringLiteral("2026-03-09T09:00"));
        const Appointment b =
            book(AppointmentType::FollowUp, QStringLiteral("John Smith"),
                 QStringLiteral("2015550123"), QStringLiteral("2026-03-10T09:00"));
        const Appointment c =
            book(AppointmentType::SelfPay, QStringLiteral("Ann Johnson"),
                 QStringLiteral("2015550177"), QStringLiteral("2026-03-10T13:00"),
                 QStringLiteral("Dr. Two"), QStringLiteral("Back spasms, \"acute\""));
        const Appointment d =
            book(AppointmentType::New, QStringLiteral("Bo Diaz"), QStringLiteral("9735550188"),
                 QStringLiteral("2026-03-11T10:00"), QStringLiteral("Dr. Two"));
        book(AppointmentType::New, QStringLiteral("Cy Young"), QStringLiteral("9735550199"),
             QStringLiteral("2026-03-12T16:00"), QStringLiteral("Dr. Two"));
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T08:55")));
        QVERIFY(booking.setStatus(a.id, Status::Arrived).ok());
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T10:00")));
        QVERIFY(booking.setStatus(a.id, Status::Completed).ok());
        QVERIFY(booking.cancel(b.id).ok()); // under 24 hours before: late
        m_clock->set(test::newYork(QStringLiteral("2026-03-10T13:30")));
        QVERIFY(booking.setStatus(c.id, Status::NoShow).ok());
        (void)d;
    }

    // Time off comes out of the available time to the minute, in wall-clock time, counted
    // once where two absences overlap; and each figure has the period before beside it.
    void timeOffToTheMinuteAndThePreviousPeriod()
    {
        TimeOff dentist;
        dentist.startUtc = wallToUtc(QStringLiteral("America/New_York"), QDate(2026, 3, 9), 600);
        dentist.endUtc = wallToUtc(QStringLiteral("America/New_York"), QDate(2026, 3, 9), 690);
        TimeOff overlapping = dentist;
        overlapping.startUtc =
            wallToUtc(QStringLiteral("America/New_York"), QDate(2026, 3, 9), 660);
        overlapping.endUtc = wallToUtc(QStringLiteral("America/New_York"), QDate(2026, 3, 9), 720);
        QVERIFY(m_temp->clinic().setup().addTimeOff(m_clinic.drOne, dentist).ok());
        QVERIFY(m_temp->clinic().setup().addTimeOff(m_clinic.drOne, overlapping).ok());
        auto report = m_temp->clinic().reports().compared(
            ReportScope::of(QDate(2026, 3, 9), QDate(2026, 3, 13), std::nullopt, m_clinic.drOne));
        QVERIFY(report.ok());
        // 10:00-12:00 off on Monday: 120 minutes out of four 12-hour days.
        QCOMPARE(report->current.clinic.availableMinutes, 4 * 720 - 120);
        // The five days before: 2-6 March, nothing booked, every day worked.
        QCOMPARE(report->previous.from, QDate(2026, 3, 4));
        QCOMPARE(report->previous.to, QDate(2026, 3, 8));
        QCOMPARE(report->previous.clinic.appointments, 0);
        QCOMPARE(report->previous.clinic.availableMinutes, 3 * 720);
        QCOMPARE(report->current.clinic.appointments, 2);
    }

    void weekFigures()
    {
        auto report = m_temp->clinic().reports().period(
            ReportScope::of(QDate(2026, 3, 9), QDate(2026, 3, 13)));
        QVERIFY(report.ok());
        const Figures &f = report->clinic;
        QCOMPARE(f.appointments, 5);
        QCOMPARE(f.held, 3);
        QCOMPARE(f.completed, 1);
        QCOMPARE(f.noShows, 1);
        QCOMPARE(f.cancelled, 1);
        QCOMPARE(f.lateCancelled, 1);
        QCOMPARE(f.newPatients, 3);
        QCOMPARE(f.selfPay, 0); // the self-pay visit was a no-show
        QCOMPARE(f.bookedMinutes, 180);
        // Dr. One: Mon-Thu 12 h (Friday the 13th is closed); Dr. Two: four 8-hour days, capacity 2.
        QCOMPARE(f.availableMinutes, 4 * 720 + 4 * 480 * 2);
        QCOMPARE(f.noShowRate(), 0.5);
        QCOMPARE(f.lateCancelRate(), 0.2);
        QCOMPARE(report->byClinician[m_clinic.drTwo].appointments, 3);
        QCOMPARE(report->byLocation[m_clinic.chatham].appointments, 2);
        QCOMPARE(report->startsByHour[9], 1);
        QCOMPARE(report->startsByHour[16], 1);

        // By status and type, corrections left out; the busiest hours by weekday.
        QCOMPARE(f.byStatus[std::size_t(Status::Completed)], 1);
        QCOMPARE(f.byStatus[std::size_t(Status::Cancelled)], 1);
        QCOMPARE(f.byStatus[std::size_t(Status::NoShow)], 1);
        QCOMPARE(f.byStatus[std::size_t(Status::Booked)], 2);
        QCOMPARE(f.byType[std::size_t(AppointmentType::New)], 3);
        QCOMPARE(f.byType[std::size_t(AppointmentType::FollowUp)], 1);
        QCOMPARE(f.byType[std::size_t(AppointmentType::SelfPay)], 1);
        QCOMPARE(report->startsByWeekdayHour[0][9], 1);  // Monday 9:00, completed
        QCOMPARE(report->startsByWeekdayHour[2][10], 1); // Wednesday 10:00
        QCOMPARE(report->startsByWeekdayHour[3][16], 1); // Thursday 16:00
        QCOMPARE(report->startsByWeekdayHour[1][9], 0);  // Tuesday's was cancelled

        auto chatham = m_temp->clinic().reports().period(
            ReportScope::of(QDate(2026, 3, 9), QDate(2026, 3, 13), m_clinic.chatham));
        QCOMPARE(chatham->clinic.appointments, 2);
        QCOMPARE(chatham->clinic.availableMinutes, 2 * 480 * 2);
        QVERIFY(!m_temp->clinic()
                     .reports()
                     .period(ReportScope::of(QDate(2026, 3, 13), QDate(2026, 3, 9)))
                     .ok());
    }

    // The reports window's filters: sets of locations, clinicians, types and services narrow
    // every count and the export alike; available time follows locations and clinicians only.
    void scopeNarrowsFiguresAndExports()
    {
        ReportService &reports = m_temp->clinic().reports();
        const ReportScope week = ReportScope::of(QDate(2026, 3, 9), QDate(2026, 3, 13));
        const Figures all = reports.period(week)->clinic;

        ReportScope newOnly = week;
        newOnly.types = {AppointmentType::New};
        const PeriodReport news = reports.period(newOnly).value();
        QCOMPARE(news.clinic.appointments, 3);
        QCOMPARE(news.clinic.byType[std::size_t(AppointmentType::New)], 3);
        QCOMPARE(news.clinic.byType[std::size_t(AppointmentType::SelfPay)], 0);
        QCOMPARE(news.clinic.availableMinutes, all.availableMinutes);
        QCOMPARE(news.startsByWeekdayHour[1][13], 0); // Tuesday's self-pay is not new

        ReportScope both = week;
        both.clinicians = {m_clinic.drOne, m_clinic.drTwo};
        both.locations = {m_clinic.midtown, m_clinic.chatham};
        QCOMPARE(reports.period(both)->clinic.appointments, all.appointments);
        QCOMPARE(reports.period(both)->clinic.availableMinutes, all.availableMinutes);
        both.clinicians = {m_clinic.drTwo};
        QCOMPARE(reports.period(both)->clinic.appointments, 3);

        // Services, against a count of the appointments themselves.
        const auto list = m_temp->clinic()
                              .schedule()
                              .appointments({week.from, week.to, std::nullopt, std::nullopt})
                              .value();
        ReportScope therapy = week;
        therapy.services = {m_clinic.physicalTherapy};
        const auto withTherapy = std::count_if(list.cbegin(), list.cend(), [&](const auto &x) {
            return x.serviceId == m_clinic.physicalTherapy;
        });
        QCOMPARE(qint64(reports.period(therapy)->clinic.appointments), qint64(withTherapy));

        // 0 stands for no service: with the others, every appointment again.
        ReportScope none = week;
        none.services = {0};
        const auto withNone =
            std::count_if(list.cbegin(), list.cend(), [](const auto &x) { return !x.serviceId; });
        QCOMPARE(qint64(reports.period(none)->clinic.appointments), qint64(withNone));
        none.services = {0, m_clinic.physicalTherapy, m_clinic.chiropractic};
        QCOMPARE(reports.period(none)->clinic.appointments, all.appointments);

        // The period compared with can be named (the previous calendar month, say).
        ReportScope named = week;
        named.compareFrom = QDate(2026, 3, 2);
        named.compareTo = QDate(2026, 3, 13);
        const ComparedReport twoWeeks = reports.compared(named).value();
        QCOMPARE(twoWeeks.previous.from, QDate(2026, 3, 2));
        QCOMPARE(twoWeeks.previous.to, QDate(2026, 3, 13));
        QCOMPARE(twoWeeks.previous.clinic.appointments, all.appointments); // holds this week
        QCOMPARE(reports.compared(week)->previous.from, QDate(2026, 3, 4));
        std::swap(named.compareFrom, named.compareTo);
        QCOMPARE(reports.compared(named).error().field, QStringLiteral("compare"));

        QBuffer selfPay;
        QVERIFY(selfPay.open(QIODevice::WriteOnly));
        ReportScope selfPayOnly = week;
        selfPayOnly.types = {AppointmentType::SelfPay};
        QCOMPARE(*reports.exportAppointmentsCsv(selfPayOnly, selfPay), 1);
        QVERIFY(selfPay.data().contains("Ann Johnson"));
        QVERIFY(!selfPay.data().contains("John Smith"));
        QCOMPARE(reports.period(week)->rows, 5);
    }

    // An export under way stops at its next batch of rows when its progress says so, and
    // leaves nothing behind.
    void exportsStopWhenCancelled()
    {
        if (test::onPostgres())
            QSKIP("the generator writes SQLite files; migrate moves them to a server");
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T11:00")));
        test::TempClinic temp(clock);
        GenerateOptions options;
        options.clinicians = 3;
        options.years = 1;
        options.patients = 500;
        QVERIFY(generateHistory(temp.clinic(), options).ok());
        const ReportScope year = ReportScope::of(QDate(2025, 11, 1), QDate(2026, 10, 31));
        ReportService &reports = temp.clinic().reports();
        QVERIFY(reports.period(year)->clinic.appointments > 2 * kExportProgressRows);

        QList<qint64> seen;
        CsvOptions csv;
        csv.progress = [&seen](qint64 rows) {
            seen.append(rows);
            return seen.size() < 2; // stop at the second batch
        };
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto stopped = reports.exportAppointmentsCsv(year, buffer, csv);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
        QCOMPARE(seen, (QList<qint64>{kExportProgressRows, 2 * kExportProgressRows}));

        QTemporaryDir dir;
        WorkbookOptions workbook;
        workbook.progress = [](qint64) { return false; };
        const auto report = reports.compared(year).value();
        const auto none = writeWorkbook(dir.filePath(QStringLiteral("year.xlsx")), report, year,
                                        reports, workbook);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::Cancelled);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void csvOpensInARealReader()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        const AppointmentFilter filter{QDate(2026, 3, 9), QDate(2026, 3, 13), std::nullopt,
                                       std::nullopt, false};
        auto rows = m_temp->clinic().reports().exportAppointmentsCsv(
            ReportScope::of(filter.from, filter.to), file);
        QVERIFY(rows.ok());
        QCOMPARE(*rows, 5);
        file.close();

        QBuffer portable;
        QVERIFY(portable.open(QIODevice::WriteOnly));
        // The same rows through QSqlQuery, the way PostgreSQL writes them, byte for byte.
        QCOMPARE(*m_temp->store().SqlStore::exportAppointmentsCsv(filter, {}, portable), 5);
        QVERIFY(file.open());
        QCOMPARE(file.readAll(), portable.data());

        // Python's csv module reads back exactly the fields we meant.
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import csv,sys\n"
                 "rows=list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
                 "print(len(rows)); print(rows[2]['reason']); print(rows[0]['start'], "
                 "rows[0]['end'], rows[0]['status'])\n"
                 "print(rows[1]['status'], rows[1]['late_cancel'], rows[1]['cancel_reason'])"),
             file.fileName()});
        QVERIFY(python.waitForFinished());
        const QStringList lines =
            QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(lines.value(0), QStringLiteral("5"));
        QCOMPARE(lines.value(1), QStringLiteral("Back spasms, \"acute\""));
        QCOMPARE(lines.value(2), QStringLiteral("09:00 10:00 completed"));
        QCOMPARE(lines.value(3), QStringLiteral("cancelled 1 late"));

        QBuffer chatham;
        QVERIFY(chatham.open(QIODevice::WriteOnly));
        QCOMPARE(
            *m_temp->clinic().reports().exportAppointmentsCsv(
                ReportScope::of(QDate(2026, 3, 9), QDate(2026, 3, 13), m_clinic.chatham), chatham),
            2);
    }

    void patientSearch()
    {
        PatientService &search = m_temp->clinic().patients();
        auto names = [&](const QString &text) {
            QStringList list;
            for (const Patient &p : search.search(text).value())
                list.append(p.name);
            return list;
        };
        QCOMPARE(names(QStringLiteral("ohn")),
                 (QStringList{QStringLiteral("Ann Johnson"), QStringLiteral("John Smith")}));
        // Names that start with the text come first, then the text anywhere else.
        QCOMPARE(names(QStringLiteral("JOHN")),
                 (QStringList{QStringLiteral("John Smith"), QStringLiteral("Ann Johnson")}));
        QCOMPARE(names(QStringLiteral("b")), QStringList{QStringLiteral("Bo Diaz")});
        QCOMPARE(names(QStringLiteral("john smi")), QStringList{QStringLiteral("John Smith")});
        QCOMPARE(names(QStringLiteral("an jo")), QStringList{QStringLiteral("Ann Johnson")});
        QCOMPARE(names(QStringLiteral("0188")), QStringList{QStringLiteral("Bo Diaz")});
        QCOMPARE(names(QStringLiteral("(973) 555")),
                 (QStringList{QStringLiteral("Bo Diaz"), QStringLiteral("Cy Young")}));
        QCOMPARE(names(QStringLiteral("zzz")), QStringList{});
        QCOMPARE(names(QStringLiteral("   ")), QStringList{});
        QCOMPARE(names(QStringLiteral("\"; DROP TABLE patients; --")), QStringList{});
        QCOMPARE(search.search(QStringLiteral("555"), 2)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
