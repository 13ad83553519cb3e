// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectiondialog.h"
#include "mainwindow.h"
#include "testclinic.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace fd;

// Choosing where the clinic lives: a file, or a server every site shares, by keyboard.
class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    // From a file to a server: Alt+S, then the fields in order; the password is given back on
    // its own and never becomes part of the address.
    void aServerIsTypedIn()
    {
        ConnectionDialog dialog(QStringLiteral("/home/desk/frontdesk.db"));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.database(), QStringLiteral("/home/desk/frontdesk.db"));
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        QVERIFY(!host->isEnabled());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("serverChoice"))->isChecked());
        QVERIFY(host->isEnabled());
        QTRY_VERIFY(host->hasFocus());
        QTest::keyClicks(host, QStringLiteral("db.example.org"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
        QVERIFY(port->hasFocus());
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("6432"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("clinic"));
        // Without a user the address is not complete: the dialog says so and stays open.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("connectionProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("user")));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUser"));
        QVERIFY(user->hasFocus());
        QTest::keyClicks(user, QStringLiteral("frontdesk"));
        QTest::keyClick(user, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s3cret"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.database(),
                 QStringLiteral("postgresql://frontdesk@db.example.org:6432/clinic"));
        QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    }

    // The server asked for a password: the dialog comes back with its words and the focus in
    // the password field.
    void aPasswordIsAskedFor()
    {
        ConnectionDialog dialog(
            QStringLiteral("postgresql://frontdesk@db.example.org/clinic?sslmode=verify-full"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setProblem(QStringLiteral("password authentication failed"), true);
        QTRY_VERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("databasePassword"))->hasFocus());
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 5432);
        // The address's options stay with it: the certificate is still checked.
        QCOMPARE(dialog.database(),
                 QStringLiteral(
                     "postgresql://frontdesk@db.example.org:5432/clinic?sslmode=verify-full"));
    }

    // Desk ▸ Open another clinic (Ctrl+Shift+O) starts where the window is: taking the dialog
    // as it comes asks for the same clinic again, on either store.
    void theWindowOffersItsOwnClinic()
    {
        const ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        MainWindow window(temp.clinic());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy chosen(&window, &MainWindow::clinicChosen);
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(seen);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), temp.path());
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
