// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "contact/phone.h"
#include "daymodel.h"
#include "daysheet.h"
#include "mainwindow.h"
#include "patients/patientservice.h"
#include "scheduleview.h"
#include "testclinic.h"
#include "waitingroom.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace fd;

namespace {

// The text of a PDF as poppler reads it, page by page when asked.
QString pdfText(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args += {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page)};
    args += {path, QStringLiteral("-")};
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s: %s", qPrintable(path), p.readAllStandardError().data());
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

// The clinician's views, driven with the keyboard and the mouse on real widgets. "Now" is
// Monday 9 March 2026, 7:05 in New York, in the small test clinic: Dr. One works at Midtown
// 7:00-19:00 every weekday; Dr. Two (two patients at once) at Midtown Mon/Wed 7:00-15:00 and
// at Chatham Tue/Thu 11:00-19:00.
class TestScheduleView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TempClinic> m_temp;
    test::SmallClinic m_small;
    std::unique_ptr<MainWindow> m_window;
    int m_phone = 100;

    Clinic &clinic() { return m_temp->clinic(); }
    ScheduleView *view() { return m_window->dayView(); }
    const QDate monday{2026, 3, 9};

    Appointment book(const QString &name, const QString &clinician, QDate day, int minute,
                     AppointmentType type = AppointmentType::FollowUp,
                     const QString &location = QStringLiteral("Midtown"))
    {
        BookingRequest r;
        r.type = type;
        r.name = name;
        r.phone = QStringLiteral("201555%1").arg(++m_phone, 4, 10, QLatin1Char('0'));
        r.location = location;
        r.clinician = clinician;
        r.day = day;
        r.startMinute = minute;
        if (type == AppointmentType::New) {
            r.insuranceCarrier = QStringLiteral("Aetna");
            r.memberId = QStringLiteral("W1");
        } else if (type == AppointmentType::FollowUp) {
            // A follow-up is for a patient seen before.
            Patient p;
            p.name = name;
            p.phone = QStringLiteral("+1") + r.phone;
            p.insuranceCarrier = QStringLiteral("Aetna");
            p.memberId = QStringLiteral("W1");
            if (!clinic().patients().add(p))
                qFatal("adding %s failed", qPrintable(name));
        }
        auto result = clinic().booking().book(r);
        if (!result)
            qFatal("booking failed: %s", qPrintable(result.error().toString()));
        return *result;
    }
    int rowOf(qint64 id, const DayModel *model = nullptr)
    {
        const auto &rows = (model ? model : m_window->model())->appointments();
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows[i].id == id)
                return int(i);
        return -1;
    }
    Appointment current(qint64 id) { return clinic().schedule().appointment(id).value(); }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(clinic());
        m_window->setDay(monday);
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }
    void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target, key, modifiers);
    }
    // A drag as a hand makes it: press on the block, move past the drag distance, move to the
    // target, release.
    void drag(int row, QPoint to)
    {
        QWidget *viewport = view()->viewport();
        view()->scrollTo(m_window->model()->index(row, 0));
        const QPoint from = view()->blockRect(row).topLeft() + QPoint(12, 4);
        auto send = [viewport](QEvent::Type type, QPoint at, Qt::MouseButton button,
                               Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, viewport->mapToGlobal(at), button, buttons, Qt::NoModifier);
            QApplication::sendEvent(viewport, &event);
        };
        send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseMove, from + QPoint(0, 20), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseMove, to + QPoint(0, 4), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to + QPoint(0, 4), Qt::LeftButton, Qt::NoButton);
    }

private slots:
    void initTestCase()
    {
        // Settings go to a folder of the tests' own, emptied before each test.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("frontdesk-tests"));
    }
    void init()
    {
        QSettings().clear();
        m_clock = std::make_unique<ManualClock>(test::newYork(QStringLiteral("2026-03-09T07:05")));
        m_temp = std::make_unique<test::TempClinic>(*m_clock);
        m_small = test::createSmallClinic(clinic());
    }
    void cleanup()
    {
        m_window.reset();
        m_temp.reset();
    }

    void aColumnPerClinicianWithLanesAndMutedVisits()
    {
        const Appointment ann = book(QStringLiteral("Ann Lee"), QStringLiteral("Dr. Two"), monday,
                                     9 * 60, AppointmentType::New);
        const Appointment bob =
            book(QStringLiteral("Bob Roe"), QStringLiteral("Dr. Two"), monday, 9 * 60);
        const Appointment cy = book(QStringLiteral("Cy Doe"), QStringLiteral("Dr. One"), monday,
                                    10 * 60, AppointmentType::SelfPay);
        openWindow();
        const ScheduleGrid &grid = view()->grid();
        QCOMPARE(grid.columns.size(), 2);
        QCOMPARE(grid.columns[0].clinicianName, QStringLiteral("Dr. One"));
        QCOMPARE(grid.columns[1].clinicianName, QStringLiteral("Dr. Two"));
        // Dr. Two sees Ann and Bob at once: side by side, at the same height.
        const QRect a = view()->blockRect(rowOf(ann.id));
        const QRect b = view()->blockRect(rowOf(bob.id));
        const QRect c = view()->blockRect(rowOf(cy.id));
        QCOMPARE(a.top(), b.top());
        QVERIFY(!a.intersects(b));
        QVERIFY(c.left() < std::min(a.left(), b.left()));
        // An hour is twice as tall as half an hour.
        QVERIFY(qAbs(a.height() - 2 * b.height()) <= 3);
        QVERIFY(c.top() > a.top());
        // Clicking a block selects its visit.
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, c.center());
        QCOMPARE(view()->currentIndex().row(), rowOf(cy.id));
        QCOMPARE(m_window->selectedAppointment()->id, cy.id);

        // Cancelled: still drawn (muted) until the toggle hides it; Ctrl+Shift+H.
        QVERIFY(clinic().booking().cancel(cy.id, QStringLiteral("flu")).ok());
        QTRY_COMPARE(m_window->model()->appointments().at(rowOf(cy.id)).status, Status::Cancelled);
        QVERIFY(!view()->blockRect(rowOf(cy.id)).isNull());
        view()->setFocus();
        QCOMPARE(QAccessible::queryAccessibleInterface(view())->childCount(), 3);
        press(view(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!view()->showsInactive());
        QVERIFY(view()->blockRect(rowOf(cy.id)).isNull());
        QCOMPARE(QAccessible::queryAccessibleInterface(view())->childCount(), 2);
        QVERIFY(!view()->blockRect(rowOf(ann.id)).isNull());
        press(view(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!view()->blockRect(rowOf(cy.id)).isNull());
    }

    void arrowKeysWalkTheVisitsAndOneKeySetsTheStatus()
    {
        const Appointment ann =
            book(QStringLiteral("Ann Lee"), QStringLiteral("Dr. One"), monday, 8 * 60);
        const Appointment bob =
            book(QStringLiteral("Bob Roe"), QStringLiteral("Dr. One"), monday, 9 * 60);
        const Appointment cy =
            book(QStringLiteral("Cy Doe"), QStringLiteral("Dr. Two"), monday, 9 * 60);
        openWindow();
        view()->setFocus();
        // The focus lands on the first visit; then down the column and across.
        QCOMPARE(view()->currentIndex().row(), rowOf(ann.id));
        press(view(), Qt::Key_Down);
        QCOMPARE(view()->currentIndex().row(), rowOf(bob.id));
        press(view(), Qt::Key_Right);
        QCOMPARE(view()->currentIndex().row(), rowOf(cy.id));
        press(view(), Qt::Key_Left);
        QCOMPARE(view()->currentIndex().row(), rowOf(bob.id));
        press(view(), Qt::Key_Home);
        QCOMPARE(view()->currentIndex().row(), rowOf(ann.id));

        // A: Ann has arrived, and waits.
        QCOMPARE(m_window->waitingRoom()->rowCount(), 0);
        press(view(), Qt::Key_A);
        QCOMPARE(current(ann.id).status, Status::Arrived);
        QTRY_COMPARE(m_window->waitingRoom()->rowCount(), 1);
        QCOMPARE(m_window->waitingRoom()->at(0).appointment.id, ann.id);
        // Twelve minutes later the strip says so.
        m_clock->advance(12 * 60);
        m_window->updateTimes(); // what the window's half-minute timer calls
        QCOMPARE(m_window->waitingRoom()->index(0, 0).data(WaitingRoomModel::WaitingMinutesRole),
                 QVariant(12));
        QVERIFY(m_window->waitingRoom()->index(0, 0).data().toString().contains(
            QStringLiteral("12 min")));
        // The wrong visit: Ctrl+Z takes it back through a correction.
        press(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(current(ann.id).status, Status::Booked);
        QTRY_COMPARE(m_window->waitingRoom()->rowCount(), 0);
        const QList<StatusStep> steps = clinic().schedule().history(ann.id).value();
        QCOMPARE(steps.last().status, Status::Arrived);
        QVERIFY(steps.last().correctedUtc.has_value());
        // Redo, then C: seen and done.
        press(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(current(ann.id).status, Status::Arrived);
        press(view(), Qt::Key_C);
        QCOMPARE(current(ann.id).status, Status::Completed);
        QTRY_COMPARE(m_window->waitingRoom()->rowCount(), 0);

        // N before Bob's visit has started: the core refuses, and the status bar says why.
        press(view(), Qt::Key_Down);
        QCOMPARE(view()->currentIndex().row(), rowOf(bob.id));
        QVERIFY(view()->accessibleDescription().startsWith(QStringLiteral("Bob Roe, ")));
        // A screen reader finds the visits as the view's items, in column and time order.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view());
        QCOMPARE(list->role(), QAccessible::List);
        QCOMPARE(list->childCount(), 3);
        QAccessibleInterface *focused = list->focusChild();
        QVERIFY(focused);
        QVERIFY(focused->text(QAccessible::Name).startsWith(QStringLiteral("Bob Roe, ")));
        QVERIFY(focused->state().focused);
        QVERIFY(focused->state().selected);
        QCOMPARE(list->indexOfChild(focused), 1);
        QCOMPARE(list->child(1), focused); // the same item asked for twice
        QCOMPARE(focused->role(), QAccessible::ListItem);
        const QRect cyRect = view()->blockRect(rowOf(cy.id));
        QAccessibleInterface *atCy =
            list->childAt(view()->viewport()->mapToGlobal(cyRect.center()).x(),
                          view()->viewport()->mapToGlobal(cyRect.center()).y());
        QVERIFY(atCy && atCy->text(QAccessible::Name).startsWith(QStringLiteral("Cy Doe, ")));
        QCOMPARE(atCy->rect().size(), cyRect.size());
        m_window->statusBar()->clearMessage();
        press(view(), Qt::Key_N);
        QCOMPARE(current(bob.id).status, Status::Booked);
        // The core's own reason, word for word (asking again changes nothing either).
        const Error refusal = clinic().booking().setStatus(bob.id, Status::NoShow).error();
        QCOMPARE(m_window->statusBar()->currentMessage(), refusal.message);
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T09:20")));
        press(view(), Qt::Key_N);
        QCOMPARE(current(bob.id).status, Status::NoShow);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("no-show")));
        // The selection stayed on Bob through every change.
        QCOMPARE(view()->currentIndex().row(), rowOf(bob.id));
        // Only today has a waiting room: tomorrow's day shows none.
        QVERIFY(clinic().booking().setStatus(cy.id, Status::Arrived).ok());
        QTRY_COMPARE(m_window->waitingRoom()->rowCount(), 1);
        m_window->setDay(monday.addDays(1));
        QCOMPARE(m_window->waitingRoom()->rowCount(), 0);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("waitingLabel"))->isHidden());
        m_window->setDay(monday);
        QCOMPARE(m_window->waitingRoom()->rowCount(), 1);
    }

    void draggingMovesAVisitAndARefusedDropSaysWhy()
    {
        const Appointment ann =
            book(QStringLiteral("Ann Lee"), QStringLiteral("Dr. One"), monday, 9 * 60);
        openWindow();
        // To Dr. Two's column at 10:00.
        drag(rowOf(ann.id), view()->pointFor(1, 10 * 60));
        const Appointment old = current(ann.id);
        QCOMPARE(old.status, Status::Rescheduled);
        const Appointment moved = current(*old.rescheduledTo);
        QCOMPARE(moved.clinicianId, m_small.drTwo);
        QCOMPARE(moved.startMinute, 10 * 60);
        QCOMPARE(moved.day, monday);
        QTRY_VERIFY(rowOf(moved.id) >= 0);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Moved")));
        // Undone: back with Dr. One at 9:00.
        view()->setFocus();
        press(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(current(ann.id).status, Status::Booked);
        QCOMPARE(current(ann.id).startMinute, 9 * 60);
        QCOMPARE(current(moved.id).status, Status::Voided);

        // Dr. Two stops at 15:00 on Mondays: a drop at 15:00 is refused, in words.
        QTRY_VERIFY(!view()->blockRect(rowOf(ann.id)).isNull());
        const QString before = test::tableCounts(m_temp->db());
        drag(rowOf(ann.id), view()->pointFor(1, 15 * 60));
        QCOMPARE(current(ann.id).status, Status::Booked);
        QCOMPARE(current(ann.id).clinicianId, m_small.drOne);
        QCOMPARE(test::tableCounts(m_temp->db()), before);
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Ann Lee was not moved")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("does not work")), qPrintable(message));

        // Escape during a drag leaves the visit where it was.
        QWidget *viewport = view()->viewport();
        const QPoint from = view()->blockRect(rowOf(ann.id)).center();
        QMouseEvent pressEvent(QEvent::MouseButtonPress, from, viewport->mapToGlobal(from),
                               Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &pressEvent);
        const QPoint far = view()->pointFor(1, 11 * 60);
        QMouseEvent moveEvent(QEvent::MouseMove, far, viewport->mapToGlobal(far), Qt::NoButton,
                              Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &moveEvent);
        press(view(), Qt::Key_Escape);
        QMouseEvent releaseEvent(QEvent::MouseButtonRelease, far, viewport->mapToGlobal(far),
                                 Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &releaseEvent);
        QCOMPARE(current(ann.id).status, Status::Booked);
        QCOMPARE(current(ann.id).startMinute, 9 * 60);
    }

    void anotherDesksChangeKeepsSelectionAndScroll()
    {
        const Appointment late =
            book(QStringLiteral("Ann Lee"), QStringLiteral("Dr. One"), monday, 17 * 60);
        openWindow();
        m_window->resize(1200, 600); // the evening needs scrolling
        QTest::qWait(0);
        view()->setCurrentIndex(m_window->model()->index(rowOf(late.id), 0));
        view()->scrollTo(view()->currentIndex(), QAbstractItemView::PositionAtCenter);
        const int scroll = view()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QSignalSpy reset(m_window->model(), &QAbstractItemModel::modelReset);

        auto desk2 = test::openOtherDesk(m_temp->path(), *m_clock);
        BookingRequest r;
        r.type = AppointmentType::SelfPay;
        r.name = QStringLiteral("Bob Roe");
        r.phone = QStringLiteral("2015550999");
        r.location = QStringLiteral("Midtown");
        r.clinician = QStringLiteral("Dr. Two");
        r.day = monday;
        r.startMinute = 8 * 60;
        const Appointment bob = desk2->booking().book(r).value();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 2, 1000);
        QVERIFY(!view()->blockRect(rowOf(bob.id)).isNull());
        QCOMPARE(view()->currentIndex().row(), rowOf(late.id));
        QCOMPARE(view()->verticalScrollBar()->value(), scroll);
        QCOMPARE(reset.size(), 0);
        // Their arrival reaches this desk's waiting room too.
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T07:55")));
        QVERIFY(desk2->booking().setStatus(bob.id, Status::Arrived).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->waitingRoom()->rowCount(), 1, 1000);
        QCOMPARE(view()->currentIndex().row(), rowOf(late.id));
    }

    // The day follows a chosen clinician to where they work, and today opens on the hours
    // still to come.
    void theDayFollowsTheClinicianAndOpensOnNow()
    {
        m_clock->set(test::newYork(QStringLiteral("2026-03-10T16:30")));
        book(QStringLiteral("Ann Lee"), QStringLiteral("Dr. One"), monday.addDays(1), 17 * 60);
        m_window = std::make_unique<MainWindow>(clinic());
        m_window->resize(1200, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->day(), monday.addDays(1));
        QCOMPARE(m_window->locationId(), m_small.midtown);
        // 16:30 is in sight, not hidden below 7:00-13:00.
        const int nowY = view()->pointFor(0, 16 * 60 + 30).y();
        QVERIFY2(nowY > 0 && nowY < view()->viewport()->height(),
                 qPrintable(QString::number(nowY)));
        QVERIFY(view()->verticalScrollBar()->value() > 0);
        // Dr. Two works at Chatham on Tuesdays: choosing them takes the day there.
        m_window->setClinician(m_small.drTwo);
        QCOMPARE(m_window->locationId(), m_small.chatham);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Chatham")));
        QCOMPARE(view()->grid().columns.size(), 1);
        QCOMPARE(view()->grid().columns.first().clinicianId, m_small.drTwo);
        QCOMPARE(view()->grid().columns.first().working, (QList<MinuteRange>{{11 * 60, 19 * 60}}));
    }

    void theWeekAndMySchedule()
    {
        const Appointment mon =
            book(QStringLiteral("Ann Lee"), QStringLiteral("Dr. Two"), monday, 9 * 60);
        const Appointment tue =
            book(QStringLiteral("Bob Roe"), QStringLiteral("Dr. Two"), monday.addDays(1), 12 * 60,
                 AppointmentType::FollowUp, QStringLiteral("Chatham"));
        book(QStringLiteral("Cy Doe"), QStringLiteral("Dr. One"), monday, 9 * 60);
        openWindow();
        QCOMPARE(m_window->clinicianId(), 0);
        QCOMPARE(m_window->weekModel()->rowCount(), 0);

        // Dr. Two's computer: chosen once, remembered.
        m_window->setMySchedule(m_small.drTwo);
        QCOMPARE(QSettings().value(QStringLiteral("mySchedule/clinician")).toLongLong(),
                 m_small.drTwo);
        QCOMPARE(m_window->clinicianId(), m_small.drTwo);
        QCOMPARE(m_window->dayView()->grid().columns.size(), 1);
        QCOMPARE(m_window->model()->rowCount(), 2); // the day keeps every row...
        QVERIFY(view()->blockRect(rowOf(mon.id)).isValid());
        QVERIFY(view()->blockRect(1 - rowOf(mon.id)).isNull()); // ...but draws only theirs
        // Their week: Monday at Midtown, Tuesday at Chatham.
        QCOMPARE(m_window->weekModel()->rowCount(), 2);
        const ScheduleGrid &week = m_window->weekView()->grid();
        QCOMPARE(week.columns.size(), 5);
        QCOMPARE(week.columns[1].locationName, QStringLiteral("Chatham"));
        QVERIFY(!m_window->weekView()->blockRect(rowOf(tue.id, m_window->weekModel())).isNull());
        // Alt+3 shows it, and the status keys work there too.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->weekView()->parentWidget());
        QVERIFY(m_window->tabs()
                    ->tabText(m_window->tabs()->currentIndex())
                    .contains(QStringLiteral("Dr. Two")));
        ScheduleView *weekView = m_window->weekView();
        weekView->setFocus();
        weekView->setCurrentIndex(
            m_window->weekModel()->index(rowOf(mon.id, m_window->weekModel()), 0));
        press(weekView, Qt::Key_A);
        QCOMPARE(current(mon.id).status, Status::Arrived);
        // Alt+Page Down: the next week, Monday to Friday.
        QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::AltModifier);
        QCOMPARE(m_window->day(), monday.addDays(7));
        QCOMPARE(weekView->grid().columns.first().day, monday.addDays(7));
        QCOMPARE(m_window->weekModel()->rowCount(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::AltModifier);
        QCOMPARE(m_window->weekModel()->rowCount(), 2);

        // The next time the window opens, on a Tuesday, it opens on Dr. Two at Chatham.
        m_window.reset();
        m_clock->set(test::newYork(QStringLiteral("2026-03-10T07:30")));
        m_window = std::make_unique<MainWindow>(clinic());
        QCOMPARE(m_window->clinicianId(), m_small.drTwo);
        QCOMPARE(m_window->locationId(), m_small.chatham);
        QCOMPARE(m_window->day(), monday.addDays(1));
        QCOMPARE(m_window->model()->rowCount(), 1);
        // Forgotten: the next window is a front desk's again.
        m_window->setMySchedule(0);
        m_window.reset();
        m_window = std::make_unique<MainWindow>(clinic());
        QCOMPARE(m_window->clinicianId(), 0);
    }

    void theDaySheetPrintsEveryVisitWithoutCuttingOne()
    {
        // A full day: Dr. One every half hour, Dr. Two two at a time until 15:00.
        QList<Appointment> all;
        for (int m = 8 * 60 + 30; m < 19 * 60; m += 30)
            all.append(book(QStringLiteral("One Patient %1").arg(m), QStringLiteral("Dr. One"),
                            monday, m));
        for (int m = 8 * 60 + 30; m < 15 * 60; m += 30) {
            all.append(
                book(QStringLiteral("Two Left %1").arg(m), QStringLiteral("Dr. Two"), monday, m));
            all.append(
                book(QStringLiteral("Two Right %1").arg(m), QStringLiteral("Dr. Two"), monday, m));
        }
        QVERIFY(clinic().booking().cancel(all.first().id, QStringLiteral("sick")).ok());
        openWindow();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("day.pdf"));
        auto pages = m_window->saveDaySheetPdf(path);
        QVERIFY2(pages.ok(), pages ? "" : qPrintable(pages.error().toString()));
        QCOMPARE(pdfPages(path), *pages);
        QVERIFY(*pages >= 2);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Midtown")));
        QVERIFY(text.contains(QStringLiteral("Monday, 9 March 2026")) ||
                text.contains(QStringLiteral("9 March 2026")));
        QVERIFY(text.contains(QStringLiteral("Printed")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(*pages)));
        // Every visit is on exactly one page, whole: its name and its phone on the same line.
        QStringList perPage;
        for (int p = 1; p <= *pages; ++p)
            perPage.append(pdfText(path, p));
        for (const Appointment &a : all) {
            int onPages = 0;
            for (const QString &page : perPage) {
                for (const QString &line : page.split(QLatin1Char('\n')))
                    if (line.contains(a.patientName + QLatin1Char(' ')) ||
                        line.endsWith(a.patientName)) {
                        ++onPages;
                        QVERIFY2(line.contains(formatPhoneNational(a.patientPhone)),
                                 qPrintable(line));
                    }
            }
            QVERIFY2(onPages == 1, qPrintable(a.patientName));
        }
        // A clinician carried over to the next page says so.
        QVERIFY(perPage.join(QString()).contains(QStringLiteral("(continued)")));
        // The cancelled visit is on the sheet, marked; hidden in the view, it is not.
        QVERIFY(text.contains(QStringLiteral("Cancelled")));

        // Without phone numbers, for a sheet that lies on the counter.
        auto *phones = m_window->findChild<QAction *>(QStringLiteral("sheetPhones"));
        phones->setChecked(false);
        auto *inactive = m_window->findChild<QAction *>(QStringLiteral("showInactive"));
        inactive->setChecked(false);
        QVERIFY(m_window->saveDaySheetPdf(path).ok());
        const QString bare = pdfText(path);
        QVERIFY(!bare.contains(QStringLiteral("(201) 555-")));
        QVERIFY(!bare.contains(all.first().patientName + QLatin1Char(' ')));
        QVERIFY(bare.contains(all.last().patientName));
        QVERIFY(!QSettings().value(QStringLiteral("print/phones")).toBool());

        // One clinician's sheet, through the printer the print dialog would use.
        m_window->setClinician(m_small.drTwo);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        m_window->printDaySheet(printer);
        const QString two = pdfText(printed);
        QVERIFY(two.contains(QStringLiteral("Dr. Two at Midtown")));
        QVERIFY(two.contains(QStringLiteral("Two Left 540")));
        QVERIFY(!two.contains(QStringLiteral("One Patient")));

        // An empty sheet says why: Midtown is closed on Friday 13 March.
        m_window->setClinician(0);
        m_window->setDay(QDate(2026, 3, 13));
        QVERIFY(m_window->saveDaySheetPdf(path).ok());
        QVERIFY(pdfText(path).contains(QStringLiteral("Closed on this day.")));
    }

    // Rows whose reasons wrap onto several lines still end inside the page's body, and each
    // page holds whole visits: checked on the layout the painter uses, on a real PDF device.
    void longRowsNeverRunIntoTheFooter()
    {
        QList<Appointment> visits;
        ScheduleGrid grid;
        ScheduleColumn column;
        column.clinicianId = 1;
        column.locationId = 1;
        column.day = monday;
        column.clinicianName = QStringLiteral("Dr. One");
        grid.columns.append(column);
        for (int i = 0; i < 60; ++i) {
            Appointment a;
            a.id = i + 1;
            a.clinicianId = 1;
            a.locationId = 1;
            a.day = monday;
            a.startMinute = 7 * 60 + i * 10;
            a.endMinute = a.startMinute + 30;
            a.patientName = QStringLiteral("Patient %1").arg(i);
            // Every third reason wraps onto three or four lines.
            a.reason = i % 3 == 0 ? QStringLiteral("Pain in the lower back radiating to the left "
                                                   "leg after lifting boxes at work, worse when "
                                                   "sitting, better when walking")
                                  : QStringLiteral("Sciatica");
            visits.append(a);
        }
        DaySheetOptions options;
        const DaySheet sheet =
            DaySheet::make(QStringLiteral("Midtown"), monday, QDateTime(), grid, visits, options);
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("layout.pdf")));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        const DaySheetLayout layout = layOutDaySheet(sheet, options, writer);
        QCOMPARE(layout.rows.size(), visits.size());
        QVERIFY(layout.pages >= 3);
        QSet<qint64> seen;
        qreal tallest = 0;
        for (const DaySheetLayout::Row &row : layout.rows) {
            QVERIFY2(row.top >= layout.bodyTop, qPrintable(QString::number(row.appointmentId)));
            QVERIFY2(row.bottom <= layout.bodyBottom,
                     qPrintable(QString::number(row.appointmentId)));
            QVERIFY(row.page >= 0 && row.page < layout.pages);
            seen.insert(row.appointmentId);
            tallest = std::max(tallest, row.bottom - row.top);
        }
        QCOMPARE(seen.size(), visits.size());
        // The wrapped reasons made some rows taller than one line's.
        QVERIFY(tallest > 2 * (layout.rows.first().bottom - layout.rows.first().top) ||
                tallest > 2 * (layout.rows[1].bottom - layout.rows[1].top));
    }

    void theWaitingRoomModelIsAWellBehavedModel()
    {
        WaitingRoomModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Appointment a;
        a.id = 1;
        a.patientName = QStringLiteral("Ann Lee");
        a.clinicianName = QStringLiteral("Dr. One");
        a.startMinute = 9 * 60;
        Appointment b = a;
        b.id = 2;
        b.patientName = QStringLiteral("Bob Roe");
        model.setNow(1000 * 60);
        model.setRows({{a, 990 * 60}});
        QCOMPARE(model.index(0, 0).data(WaitingRoomModel::WaitingMinutesRole), QVariant(10));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows({{a, 990 * 60}, {b, 995 * 60}});
        QCOMPARE(model.rowCount(), 2);
        model.setNow(1003 * 60);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, 0).data(WaitingRoomModel::WaitingMinutesRole), QVariant(8));
        model.setRows({{b, 995 * 60}});
        QCOMPARE(model.index(0, 0).data(WaitingRoomModel::AppointmentIdRole), QVariant(2));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestScheduleView)
#include "tst_scheduleview.moc"
