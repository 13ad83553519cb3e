// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "daymodel.h"
#include "demo/democlinic.h"
#include "mainwindow.h"
#include "scheduleview.h"
#include "testclinic.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace fd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void browsesDaysAndLocationsFromTheKeyboard()
    {
        // Saturday morning: the window opens on the next working day, Monday.
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-21T09:00")));
        test::TempClinic temp(clock);
        QVERIFY(createDemoClinic(temp.clinic()).ok());
        test::signInDemo(temp.clinic());
        MainWindow window(temp.clinic());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.day(), QDate(2026, 11, 23));

        auto *location = window.findChild<QComboBox *>(QStringLiteral("location"));
        QVERIFY(location && window.dayView());
        QCOMPARE(location->count(), 4);
        QCOMPARE(location->currentText(), QStringLiteral("Midtown Manhattan"));
        const int mondayRows = window.model()->rowCount();
        QVERIFY(mondayRows > 0);
        for (const Appointment &a : window.model()->appointments()) {
            QCOMPARE(a.locationName, QStringLiteral("Midtown Manhattan"));
            QCOMPARE(a.day, QDate(2026, 11, 23));
        }

        // Alt+Right: the next day.
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.day(), QDate(2026, 11, 24));
        for (const Appointment &a : window.model()->appointments())
            QCOMPARE(a.day, QDate(2026, 11, 24));
        // Thanksgiving is closed, and the status bar says so.
        window.setDay(QDate(2026, 11, 26));
        QCOMPARE(window.model()->rowCount(), 0);
        QVERIFY(
            window.statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("closed")));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.day(), QDate(2026, 11, 25));

        // Another location from the combo box, by keyboard.
        window.setDay(QDate(2026, 11, 23));
        location->setFocus();
        QTest::keyClick(location, Qt::Key_Down);
        QCOMPARE(location->currentText(), QStringLiteral("Chatham"));
        QVERIFY(window.model()->rowCount() > 0);
        for (const Appointment &a : window.model()->appointments())
            QCOMPARE(a.locationName, QStringLiteral("Chatham"));
        // Ctrl+T: back to today (Saturday, as the clock has it).
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(window.day(), QDate(2026, 11, 21));
        QCOMPARE(window.model()->rowCount(), 0);
    }

    // Another desk (a second main window on a connection of its own) books on the day shown:
    // the row appears in the first window within a second, without a reload, and the selection
    // stays where it was. On PostgreSQL the news comes as a notification; on SQLite the file's
    // data version is polled.
    void anotherDesksBookingAppearsInTheDay()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        MainWindow window(temp.clinic());
        window.setDay(QDate(2026, 3, 9));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.model()->rowCount(), 0);
        QSignalSpy reset(window.model(), &QAbstractItemModel::modelReset);

        auto desk2 = test::openOtherDesk(temp.path(), clock);
        MainWindow window2(*desk2);
        window2.setDay(QDate(2026, 3, 9));
        window2.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window2));
        BookingRequest r;
        r.type = AppointmentType::New;
        r.name = QStringLiteral("Ann Lee");
        r.phone = QStringLiteral("2015550123");
        r.location = QStringLiteral("Midtown");
        r.clinician = QStringLiteral("Dr. One");
        r.day = QDate(2026, 3, 9);
        r.startMinute = 9 * 60;
        const Appointment a = desk2->booking().book(r).value();
        QCOMPARE(window2.model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 1000);
        QCOMPARE(window.model()->appointments().first().id, a.id);
        QVERIFY(window.statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("1")));

        ScheduleView *table = window.dayView();
        table->setCurrentIndex(window.model()->index(0, 0));
        QVERIFY(desk2->booking().cancel(a.id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->appointments().first().status, Status::Cancelled,
                                  1000);
        QVERIFY(table->selectionModel()->isRowSelected(0, {}));
        QCOMPARE(reset.size(), 0);
    }

    void emptyDatabaseSaysHowToStart()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-11-23T09:00")));
        test::TempClinic temp(clock);
        MainWindow window(temp.clinic());
        QCOMPARE(window.model()->rowCount(), 0);
        QVERIFY(
            window.statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("--demo")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
