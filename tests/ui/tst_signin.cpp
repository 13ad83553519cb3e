// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "access/accountservice.h"
#include "accountsdialog.h"
#include "auditwindow.h"
#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "callintake.h"
#include "clinic/backups.h"
#include "confirmationcalls.h"
#include "daymodel.h"
#include "demo/democlinic.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "signin.h"
#include "testclinic.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace fd;

class TestSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TempClinic> m_temp;

    Clinic &clinic() { return m_temp->clinic(); }

    // Types into the form as a person would, and presses Enter.
    static void typeIn(QWidget *form, const QString &user, const QString &password)
    {
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("signInUser"));
        auto *secret = form->findChild<QLineEdit *>(QStringLiteral("signInPassword"));
        QVERIFY(name && secret);
        name->clear();
        QTest::keyClicks(name, user);
        QTest::keyClick(name, Qt::Key_Return); // on to the password
        QVERIFY(secret->hasFocus() || !form->isActiveWindow());
        QTest::keyClicks(secret, password);
        QTest::keyClick(secret, Qt::Key_Return);
    }

    static bool shown(MainWindow &window, const char *action)
    {
        auto *a = window.findChild<QAction *>(QLatin1String(action));
        return a && a->isVisible() && a->isEnabled();
    }

private slots:
    void initTestCase()
    {
        // A Monday morning.
        m_clock = std::make_unique<ManualClock>(test::newYork(QStringLiteral("2026-11-23T08:30")));
        m_temp = std::make_unique<test::TempClinic>(*m_clock);
        QVERIFY(createDemoClinic(clinic()).ok());
    }

    void init() { clinic().signOut(); }

    void eachDemoRoleSeesOnlyItsScreens_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("books");
        QTest::addColumn<bool>("recordsVisits");
        QTest::addColumn<bool>("manages");
        QTest::newRow("receptionist") << QStringLiteral("frontdesk") << true << false << false;
        QTest::newRow("clinician") << QStringLiteral("clinician") << false << true << false;
        QTest::newRow("manager") << QStringLiteral("manager") << true << true << true;
    }

    void eachDemoRoleSeesOnlyItsScreens()
    {
        QFETCH(QString, user);
        QFETCH(bool, books);
        QFETCH(bool, recordsVisits);
        QFETCH(bool, manages);
        SignInDialog dialog(clinic());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A wrong password first: the dialog stays, saying so, and nobody is signed in.
        typeIn(&dialog, user, QStringLiteral("not the password"));
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("wrong user name or password")));
        QVERIFY(!clinic().account());
        typeIn(&dialog, user, kDemoPassword);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(clinic().account()->name, user);

        MainWindow window(clinic());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.intake()->isVisible(), books);
        QCOMPARE(window.tabs()->isTabVisible(window.tabs()->indexOf(window.calls())), books);
        QCOMPARE(shown(window, "openReports"), manages);
        QCOMPARE(shown(window, "openAccounts"), manages);
        QCOMPARE(shown(window, "openAudit"), manages);
        QVERIFY(shown(window, "lockNow"));
        QVERIFY(shown(window, "printDaySheet"));
        // The appointment menu offers each role its own steps.
        QStringList steps;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->isVisible() && menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->isVisible() && !a->isSeparator())
                        steps.append(a->text().remove(QLatin1Char('&')));
        QCOMPARE(steps.contains(QStringLiteral("Completed")), recordsVisits);
        QCOMPARE(steps.contains(QStringLiteral("Cancel…")), books);
        QVERIFY(steps.contains(QStringLiteral("Arrived"))); // every role checks patients in
        // The status bar names who is at the desk.
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("signedInAs"))
                    ->text()
                    .contains(roleLabel(clinic().account()->role)));
        // A clinician's desk opens on their own schedule.
        if (clinic().account()->clinicianId)
            QCOMPARE(window.clinicianId(), *clinic().account()->clinicianId);
        // What the window hides, the session refuses anyway.
        if (!manages)
            QCOMPARE(clinic().accounts().audit({}).error().kind, ErrorKind::Forbidden);
    }

    void anIdleDeskLocksAndAnotherUserSignsIn()
    {
        test::signInDemo(clinic(), QStringLiteral("frontdesk"));
        MainWindow window(clinic());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window keeps a backup of the day beside the clinic, made in a thread of its own.
        const QString today = dailyBackupFolder(m_temp->path()) + QLatin1Char('/') +
                              QFileInfo(m_temp->path()).completeBaseName() +
                              QStringLiteral("-2026-11-23.db");
        QTRY_VERIFY(QFileInfo::exists(today));
        QCOMPARE(window.idleLock()->minutes(), 5);
        // Four minutes, then a key: not idle, and the count starts again.
        m_clock->advance(4 * 60);
        window.idleLock()->check();
        QVERIFY(!window.isLocked());
        QTest::keyClick(window.intake(), Qt::Key_Shift);
        m_clock->advance(4 * 60);
        window.idleLock()->check();
        QVERIFY(!window.isLocked());
        // Five minutes untouched: the desk locks.
        m_clock->advance(60);
        window.idleLock()->check();
        QVERIFY(window.isLocked());
        QVERIFY(!clinic().account());
        QVERIFY(!window.intake()->isVisible());
        QVERIFY(!window.menuBar()->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("printDaySheet"))->isEnabled());
        QCOMPARE(clinic().schedule().config().error().kind, ErrorKind::Forbidden);
        QCOMPARE(test::scalar(m_temp->db(), QStringLiteral("SELECT user_name FROM audit_log "
                                                           "WHERE action = 'lock' ORDER BY id "
                                                           "DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("frontdesk"));
        // The form offers the one who left; the manager signs in instead.
        auto *name = window.lockForm()->findChild<QLineEdit *>(QStringLiteral("signInUser"));
        QCOMPARE(name->text(), QStringLiteral("frontdesk"));
        typeIn(window.lockForm(), QStringLiteral("manager"), kDemoPassword);
        QVERIFY(!window.isLocked());
        QCOMPARE(clinic().account()->name, QStringLiteral("manager"));
        QVERIFY(window.menuBar()->isEnabled());
        QVERIFY(shown(window, "openAudit"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("printDaySheet"))->isEnabled());
        // Desk ▸ Lock does the same at once, by its shortcut.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
        QVERIFY(!clinic().account());
    }

    void theManagerReadsTheTrailAndManagesAccounts()
    {
        test::signInDemo(clinic(), QStringLiteral("manager"));
        MainWindow window(clinic());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Something for the trail: the day's first visit confirmed by the front desk.
        const Appointment visit = window.model()->appointments().first();
        {
            auto desk = test::openOtherDesk(m_temp->path(), *m_clock);
            desk->signOut();
            test::signInDemo(*desk, QStringLiteral("frontdesk"));
            auto confirmed = desk->booking().setStatus(visit.id, Status::Confirmed);
            QVERIFY2(confirmed || confirmed.error().kind == ErrorKind::Rule,
                     qPrintable(confirmed ? QString() : confirmed.error().toString()));
        }
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        AuditWindow *audit = window.findChild<AuditWindow *>();
        QVERIFY(audit && audit->isVisible());
        QVERIFY(audit->model()->rowCount() > 0);
        auto *appointment = audit->findChild<QLineEdit *>(QStringLiteral("auditAppointment"));
        appointment->setFocus();
        QTest::keyClicks(appointment, QString::number(visit.id));
        QTest::keyClick(appointment, Qt::Key_Return);
        AuditQuery same;
        same.appointmentId = visit.id;
        const auto expected = clinic().accounts().audit(same).value();
        QCOMPARE(audit->model()->rowCount(), int(expected.size()));
        for (int row = 0; row < audit->model()->rowCount(); ++row)
            QCOMPARE(audit->model()->at(row).record.id, expected[row].id);
        // A patient by name narrows to theirs.
        auto *patient = audit->findChild<QLineEdit *>(QStringLiteral("auditPatient"));
        patient->setFocus();
        QTest::keyClicks(patient, visit.patientName);
        QTest::keyClick(patient, Qt::Key_Return);
        QVERIFY(audit->model()->rowCount() >= 1);
        // The export, read back with Python's csv module.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(audit->exportCsv(csv).value(), qint64(audit->model()->rowCount()));
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv,sys\nprint(len(list(csv.DictReader(open(sys.argv[1], "
                            "newline='', encoding='utf-8')))))"),
             csv});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.readAllStandardOutput().trimmed().toInt(), audit->model()->rowCount());
        audit->close();

        // Accounts: retire the clinician's; the session refuses their sign-in after.
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        AccountsDialog *accounts = window.findChild<AccountsDialog *>();
        QVERIFY(accounts && accounts->isVisible());
        QCOMPARE(accounts->model()->rowCount(), 3);
        int row = 0;
        while (accounts->model()->at(row).name != QLatin1String("clinician"))
            ++row;
        accounts->view()->selectRow(row);
        auto *retire = accounts->findChild<QPushButton *>(QStringLiteral("retireAccount"));
        QCOMPARE(retire->text().remove(QLatin1Char('&')), QStringLiteral("Retire"));
        // It asks first; Yes retires.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        retire->click();
        QVERIFY(!accounts->model()->at(row).active);
        // The same button now restores, and says so.
        QCOMPARE(retire->text().remove(QLatin1Char('&')), QStringLiteral("Restore"));
        auto desk = std::move(Clinic::open(m_temp->path(), *m_clock).value());
        QVERIFY(!desk->signIn(QStringLiteral("clinician"), kDemoPassword));
        accounts->findChild<QPushButton *>(QStringLiteral("retireAccount"))->click();
        QVERIFY(accounts->model()->at(row).active);
        QVERIFY(desk->signIn(QStringLiteral("clinician"), kDemoPassword));
    }

    void aNewClinicAsksForItsFirstManager()
    {
        test::TempClinic empty(*m_clock);
        FirstManagerDialog dialog(empty.clinic());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstUser")),
                         QStringLiteral("maria"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstFullName")),
                         QStringLiteral("Maria Alvarez"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstPassword")),
                         QStringLiteral("long enough 1"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstAgain")),
                         QStringLiteral("long enough 2"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // the two differ
        QVERIFY(!empty.clinic().hasAccounts().value());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstAgain")),
                         QStringLiteral("long enough 1"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(empty.clinic().account()->role, Role::Manager);
        QCOMPARE(empty.clinic().account()->fullName, QStringLiteral("Maria Alvarez"));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
