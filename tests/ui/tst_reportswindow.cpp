// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "clinic/setupservice.h"
#include "demo/democlinic.h"
#include "mainwindow.h"
#include "reportcharts.h"
#include "reportmodels.h"
#include "reportswindow.h"
#include "testclinic.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fd;

// The manager's reports window over the demo clinic (five weeks of history before Monday
// 23 November 2026): every figure compared with the core's own report and with a count of the
// appointments themselves, filters changed by keyboard, exports read back and cancelled.
class TestReportsWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TempClinic> m_temp;
    std::unique_ptr<MainWindow> m_main;
    ReportsWindow *m_reports = nullptr;

    Clinic &clinic() { return m_temp->clinic(); }

    // Waits for the window to show the report of the scope its filters ask for.
    bool settled()
    {
        const auto asked = m_reports->scope();
        return asked && m_reports->hasReport() && m_reports->shownScope() == *asked;
    }

    ComparedReport coreReport(const ReportScope &scope)
    {
        return clinic().reports().compared(scope).value();
    }

    void untick(QListWidget *list, const QString &text)
    {
        list->setFocus();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() == text) {
                list->setCurrentRow(i, QItemSelectionModel::NoUpdate);
                QTest::keyClick(list, Qt::Key_Space);
                QCOMPARE(list->item(i)->checkState(), Qt::Unchecked);
                return;
            }
        QFAIL(qPrintable(text));
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(test::newYork(QStringLiteral("2026-11-23T11:00")));
        m_temp = std::make_unique<test::TempClinic>(*m_clock);
        QVERIFY(createDemoClinic(clinic()).ok());
        test::signInDemo(clinic());
        m_main = std::make_unique<MainWindow>(clinic());
        m_main->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_main.get()));
        // The menu's shortcut opens the window.
        QTest::keyClick(m_main.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        m_reports = m_main->findChild<ReportsWindow *>();
        QVERIFY(m_reports && m_reports->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 10000);
    }

    void cleanup()
    {
        m_main.reset();
        m_temp.reset();
    }

    void opensOnThisMonthWithTheCoresFigures()
    {
        // The month holding today, beside the calendar month before.
        QCOMPARE(m_reports->fromEdit()->date(), QDate(2026, 11, 23));
        QCOMPARE(m_reports->toEdit()->date(), QDate(2026, 11, 30));
        QVERIFY(!m_reports->toEdit()->isEnabled()); // only a custom range takes an end
        const ReportScope month = ReportScope::of(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(m_reports->shownScope(), month);
        QCOMPARE(m_reports->report().previous.from, QDate(2026, 10, 1));
        QCOMPARE(m_reports->report().previous.to, QDate(2026, 10, 31));
        const ComparedReport expected = coreReport(month);
        QCOMPARE(m_reports->figures()->rows(), figureLines(expected));

        // An independent count from the appointments themselves, corrections left out.
        const auto list = clinic()
                              .schedule()
                              .appointments({month.from, month.to, std::nullopt, std::nullopt})
                              .value();
        int counted = 0;
        int completed = 0;
        for (const Appointment &a : list) {
            counted += countsInFigures(a.status) ? 1 : 0;
            completed += a.status == Status::Completed ? 1 : 0;
        }
        QVERIFY(counted > 1000);
        QCOMPARE(m_reports->figures()->rows().at(0).now, double(counted));
        QCOMPARE(m_reports->figures()->rows().at(1).now, double(completed));
        // The previous period has figures of its own: October's last weeks.
        QVERIFY(m_reports->figures()->rows().at(0).before > 0);

        // Clinicians and locations, one row each with the core's figures.
        const QList<BreakdownRow> clinicians = m_reports->breakdown(Breakdown::Clinicians)->rows();
        QCOMPARE(clinicians.size(), 12);
        for (const BreakdownRow &row : clinicians)
            QCOMPARE(row.now, expected.current.byClinician.value(row.id));
        QCOMPARE(m_reports->breakdown(Breakdown::Locations)->rowCount(), 4);

        // The busiest hours: Monday to Friday, each cell the core's count.
        HeatMapModel *heat = m_reports->heatMap();
        QCOMPARE(heat->rowCount(), 5);
        for (int r = 0; r < heat->rowCount(); ++r)
            for (int c = 0; c < heat->columnCount(); ++c)
                QCOMPARE(heat->index(r, c).data(Qt::UserRole).toInt(),
                         expected.current.startsByWeekdayHour[std::size_t(heat->weekdayOf(r))]
                                                             [std::size_t(heat->hourOf(c))]);

        // The status chart's bars are this period's counts.
        QChart *status = m_reports->chartViews().first()->chart();
        QVERIFY(status);
        auto *series = qobject_cast<QAbstractBarSeries *>(status->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().first()->sum(), double(counted));
    }

    void filtersChangeByKeyboard()
    {
        QAbstractItemModelTester tester(m_reports->breakdown(Breakdown::Locations));
        QSignalSpy shown(m_reports, &ReportsWindow::reportShown);
        untick(m_reports->filterList(ReportsWindow::Filter::Locations), QStringLiteral("Chatham"));
        QTRY_VERIFY(settled());
        ReportScope scope = *m_reports->scope();
        const ClinicConfig config = clinic().schedule().config().value();
        QCOMPARE(scope.locations.size(), 3);
        for (qint64 id : scope.locations)
            QVERIFY(config.location(id)->name != QLatin1String("Chatham"));
        QCOMPARE(m_reports->figures()->rows(), figureLines(coreReport(scope)));
        QCOMPARE(m_reports->breakdown(Breakdown::Locations)->rowCount(), 3);

        // The date steps by keyboard inside a month, and to the next month.
        QDateEdit *date = m_reports->fromEdit();
        date->setFocus();
        date->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClick(date, Qt::Key_Up);
        QCOMPARE(date->date(), QDate(2026, 11, 24));
        QCOMPARE(m_reports->scope()->from, QDate(2026, 11, 1));
        date->setSelectedSection(QDateTimeEdit::MonthSection);
        QTest::keyClick(date, Qt::Key_Up);
        QCOMPARE(m_reports->scope()->from, QDate(2026, 12, 1));
        QCOMPARE(m_reports->scope()->to, QDate(2026, 12, 31));
        QTest::keyClick(date, Qt::Key_Down);

        // The period box: up from Month is Week, the week of the date; Alt+Left the one before.
        m_reports->periodBox()->setFocus();
        QTest::keyClick(m_reports->periodBox(), Qt::Key_Up);
        QCOMPARE(m_reports->scope()->from, QDate(2026, 11, 23));
        QCOMPARE(m_reports->toEdit()->date(), QDate(2026, 11, 29));
        QTest::keyClick(m_reports, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_reports->scope()->from, QDate(2026, 11, 16));
        QTRY_VERIFY(settled());
        QCOMPARE(m_reports->report().current.from, QDate(2026, 11, 16));
        QCOMPARE(m_reports->report().previous.from, QDate(2026, 11, 9));
        QCOMPARE(m_reports->report().previous.to, QDate(2026, 11, 15));

        // A day meets the same weekday a week before: Monday beside Monday.
        QTest::keyClick(m_reports->periodBox(), Qt::Key_Up);
        QTRY_VERIFY(settled());
        QCOMPARE(m_reports->report().current.from, m_reports->fromEdit()->date());
        QCOMPARE(m_reports->report().previous.from, m_reports->fromEdit()->date().addDays(-7));
        QTest::keyClick(m_reports->periodBox(), Qt::Key_Down);

        // New patients only.
        QListWidget *types = m_reports->filterList(ReportsWindow::Filter::Types);
        untick(types, typeLabel(AppointmentType::FollowUp));
        untick(types, typeLabel(AppointmentType::SelfPay));
        QTRY_VERIFY(settled());
        scope = *m_reports->scope();
        QCOMPARE(scope.types, QList<AppointmentType>{AppointmentType::New});
        const ComparedReport news = coreReport(scope);
        QCOMPARE(m_reports->figures()->rows(), figureLines(news));
        QCOMPARE(m_reports->figures()->rows().at(0).now,
                 double(news.current.clinic.newPatients + news.current.clinic.cancelled +
                        news.current.clinic.noShows));

        // Nothing ticked in a list: no report, and the window says what to do.
        untick(types, typeLabel(AppointmentType::New));
        QVERIFY(!m_reports->scope());
        QTRY_VERIFY(m_reports->stateLabel()->text().contains(QStringLiteral("Tick")));
        QVERIFY(shown.size() >= 3);
        // ... and nothing to export until the report on screen is the one asked for.
        QAction *csv = m_reports->findChild<QAction *>(QStringLiteral("exportCsv"));
        QVERIFY(csv);
        QVERIFY(!csv->isEnabled());
    }

    // A booking at another desk reaches the figures without anyone asking.
    void followsAnotherDesk()
    {
        const double before = m_reports->figures()->rows().at(0).now;
        auto desk2 = test::openOtherDesk(m_temp->path(), *m_clock);
        SlotQuery query;
        query.type = AppointmentType::SelfPay;
        query.from = QDate(2026, 11, 24);
        query.limit = 1;
        const auto found = desk2->slotFinder().find(query).value();
        QCOMPARE(found.size(), 1);
        BookingRequest r;
        r.type = AppointmentType::SelfPay;
        r.name = QStringLiteral("Report Watcher");
        r.phone = QStringLiteral("2015550999");
        r.location = QString::number(found.first().locationId);
        r.clinician = QString::number(found.first().clinicianId);
        r.day = found.first().day;
        r.startMinute = found.first().startMinute;
        const auto booked = desk2->booking().book(r);
        QVERIFY2(booked.ok(), booked.ok() ? "" : qPrintable(booked.error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_reports->figures()->rows().at(0).now, before + 1, 5000);
    }

    // A service added at another desk appears in the list, ticked; the unticked stay so.
    void followsTheSetup()
    {
        QListWidget *services = m_reports->filterList(ReportsWindow::Filter::Services);
        const int before = services->count();
        untick(services, QStringLiteral("Massage therapy"));
        QVERIFY(clinic().setup().addService(QStringLiteral("Dry needling")).ok());
        QTRY_COMPARE(services->count(), before + 1);
        for (int i = 0; i < services->count(); ++i) {
            const QString name = services->item(i)->text();
            QCOMPARE(services->item(i)->checkState(),
                     name == QLatin1String("Massage therapy") ? Qt::Unchecked : Qt::Checked);
        }
        // "(No service)" stands for visits booked without one: ticking only it counts those.
        QTRY_VERIFY(settled());
        for (int i = 0; i < services->count(); ++i)
            services->item(i)->setCheckState(services->item(i)->data(Qt::UserRole).toLongLong() == 0
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
        QTRY_VERIFY(settled());
        QCOMPARE(m_reports->shownScope().services, QList<qint64>{0});
        QCOMPARE(m_reports->figures()->rows().at(0).now,
                 double(coreReport(m_reports->shownScope()).current.clinic.appointments));
    }

    void exportsReadBackAndCancelLeavesNothing()
    {
        QTemporaryDir dir;
        ReportRunner *runner = m_reports->runner();
        QSignalSpy finished(runner, &ReportRunner::exportFinished);
        const ComparedReport shown = m_reports->report();

        // CSV: every row of the month, corrections included, with its header.
        const QString csv = dir.filePath(QStringLiteral("month.csv"));
        m_reports->exportTo(ReportRunner::Format::Csv, csv);
        QVERIFY(m_reports->progressBar()->isVisible());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(finished.last().at(2).toLongLong(), shown.current.rows);
        QVERIFY(!m_reports->progressBar()->isVisible());
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv,sys\n"
                                     "rows=list(csv.DictReader(open(sys.argv[1], newline='', "
                                     "encoding='utf-8-sig')))\n"
                                     "print(len(rows))"),
                      csv});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.readAllStandardOutput().trimmed().toLongLong(), shown.current.rows);

        // iCalendar: one event per appointment counted.
        const QString ics = dir.filePath(QStringLiteral("month.ics"));
        m_reports->exportTo(ReportRunner::Format::Calendar, ics);
        QVERIFY(finished.wait(10000));
        QFile calendar(ics);
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        QCOMPARE(calendar.readAll().count("BEGIN:VEVENT"), finished.last().at(2).toLongLong());

        // A year, cancelled with Escape: no file, no temporary file. The export thread is held
        // still until Escape has been pressed. (The core's tests cancel exports under way.)
        m_reports->setPeriod(ReportsWindow::Period::Year, QDate(2026, 6, 1));
        QTRY_VERIFY(settled());
        for (auto format : {ReportRunner::Format::Csv, ReportRunner::Format::Workbook}) {
            const QString year = dir.filePath(QStringLiteral("year.out"));
            QSemaphore hold;
            auto *holder = new QObject;
            holder->moveToThread(runner->exportThread());
            QMetaObject::invokeMethod(holder, [&hold] { hold.acquire(); });
            m_reports->exportTo(format, year);
            QVERIFY(m_reports->cancelButton()->isVisible());
            QVERIFY(m_reports->progressBar()->isVisible());
            QTest::keyClick(m_reports, Qt::Key_Escape);
            hold.release();
            holder->deleteLater(); // in its thread
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.last().at(0).toBool(), false);
            QCOMPARE(finished.last().at(1).toBool(), true); // cancelled
            QVERIFY(!QFile::exists(year));
            QVERIFY(!m_reports->cancelButton()->isVisible());
            QVERIFY(m_reports->exportStateLabel()->text().contains(QStringLiteral("cancelled")));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // The workbook of the year, whole this time.
        const QString xlsx = dir.filePath(QStringLiteral("year.xlsx"));
        m_reports->exportTo(ReportRunner::Format::Workbook, xlsx);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(finished.last().at(2).toLongLong(),
                 qint64(m_reports->report().current.clinic.appointments));
        QVERIFY(QFile::exists(xlsx));
    }

    void savesWhatIsShownAsPdf()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        auto pages = m_reports->savePdf(pdf);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().toString()));
        QVERIFY(*pages >= 2);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        const FigureLine total = m_reports->figures()->rows().at(0);
        QVERIFY(text.contains(QStringLiteral("Appointments")));
        QVERIFY2(text.contains(total.nowText(QLocale())), qPrintable(total.nowText(QLocale())));
        QVERIFY(text.contains(total.beforeText(QLocale())));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(*pages)));
        QVERIFY(text.contains(QStringLiteral("Dr. Maria Alvarez, DPT")));
    }
};

QTEST_MAIN(TestReportsWindow)
#include "tst_reportswindow.moc"
