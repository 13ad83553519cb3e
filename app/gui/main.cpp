// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clinic/clinic.h"
#include "clinic/setupservice.h"
#include "common/clock.h"
#include "common/text.h"
#include "common/translations.h"
#include "connectiondialog.h"
#include "demo/democlinic.h"
#include "mainwindow.h"
#include "signin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

namespace {

// --help and --version only print: they need no display, so they start no GUI.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "-help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

QString title()
{
    return QApplication::translate("main", "Front Desk");
}

// Opens the clinic at `database`, asking first before a new file is made, and asking where
// the clinic is (ConnectionDialog) while a server cannot be reached or wants a password.
// Cancelled when the person gives up.
fd::Result<std::unique_ptr<fd::Clinic>> openClinic(QString database, bool demo,
                                                   const fd::Clock &clock)
{
    const fd::Error cancelled{fd::ErrorKind::Cancelled, {}, {}};
    for (;;) {
        const bool server = fd::Clinic::isServerAddress(database);
        // A new file only with the user's say-so: --demo asks for one, otherwise we ask.
        auto mode = fd::Clinic::OpenMode::Existing;
        if (!server && !QFileInfo::exists(database)) {
            const bool create =
                demo || QMessageBox::question(
                            nullptr, title(),
                            QApplication::translate("main", "There is no clinic database at %1 "
                                                            "yet. Create a new one there?")
                                .arg(database)) == QMessageBox::Yes;
            if (!create)
                return cancelled;
            mode = fd::Clinic::OpenMode::CreateIfMissing;
        }
        auto clinic = fd::Clinic::open(database, clock, {}, mode);
        if (clinic) {
            if (demo) {
                auto empty = (*clinic)->setup().isEmpty();
                if (empty && *empty)
                    if (auto created = fd::createDemoClinic(**clinic); !created) {
                        QMessageBox::critical(nullptr, title(), created.error().toString());
                        return created.error();
                    }
            }
            return clinic;
        }
        if (!server) {
            QMessageBox::critical(nullptr, title(), clinic.error().toString());
            return clinic.error();
        }
        // A server: say what went wrong where it can be mended.
        fd::ConnectionDialog dialog(database);
        dialog.setProblem(clinic.error().message,
                          clinic.error().field == QLatin1String("db-password"));
        if (dialog.exec() != QDialog::Accepted)
            return cancelled;
        database = dialog.database();
        if (!dialog.password().isEmpty())
            fd::Clinic::rememberDatabasePassword(database, dialog.password());
    }
}

// Nobody uses the desk without signing in; a new clinic first makes its manager. False when
// the person closes the dialog.
bool signInOrSetUp(fd::Clinic &clinic)
{
    auto accounts = clinic.hasAccounts();
    if (!accounts) {
        QMessageBox::critical(nullptr, title(), accounts.error().toString());
        return false;
    }
    if (*accounts) {
        fd::SignInDialog signIn(clinic);
        return signIn.exec() == QDialog::Accepted;
    }
    // (The cold-start benchmark's clinic has no accounts, and nobody at the window.)
    if (qEnvironmentVariableIsSet("FRONTDESK_STARTUP_PROBE"))
        return true;
    fd::FirstManagerDialog first(clinic);
    return first.exec() == QDialog::Accepted;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application =
        onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                               : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    // Settings (my schedule, day sheet options) live in ~/.config/frontdesk/frontdesk.conf.
    QApplication::setOrganizationName(QStringLiteral("frontdesk"));
    QApplication::setApplicationName(QStringLiteral("frontdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Front Desk"));
    QApplication::setApplicationVersion(QStringLiteral(FRONTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(FRONTDESK_APP_ID));
    fd::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Front Desk scheduler"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main", "The database file or postgresql:// address (default: "
                                        "FRONTDESK_DB, the last one opened, or %1).")
            .arg(fd::homeRelative(fd::Clinic::defaultDatabase())),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Create the demo clinic if the database is empty."));
    parser.addOptions({db, demo});
    parser.process(app);

    const fd::SystemClock clock;
    // --db, FRONTDESK_DB, the clinic chosen last in Desk ▸ Open another clinic (kept without
    // its password), or this computer's default file.
    QSettings settings;
    QString database = parser.isSet(db) ? parser.value(db)
                       : qEnvironmentVariableIsSet("FRONTDESK_DB")
                           ? qEnvironmentVariable("FRONTDESK_DB")
                           : settings.value(QStringLiteral("database")).toString();
    if (database.isEmpty())
        database = fd::Clinic::defaultDatabase();
    // Each turn opens one clinic; choosing another in the window starts the next turn. One
    // chosen that does not open (or is given up on) leaves the one before open.
    QString previous;
    for (bool first = true;; first = false) {
        auto clinic = openClinic(database, first && parser.isSet(demo), clock);
        if (!clinic && !previous.isEmpty()) {
            database = std::exchange(previous, QString());
            continue;
        }
        if (!clinic)
            return clinic.error().kind == fd::ErrorKind::Cancelled ? 0 : 1;
        database = (*clinic)->databaseName();
        if (!previous.isEmpty())
            settings.setValue(QStringLiteral("database"), database);
        previous.clear();
        if (!signInOrSetUp(**clinic))
            return 0;
        fd::MainWindow window(**clinic);
        QString next;
        QObject::connect(&window, &fd::MainWindow::clinicChosen, &app,
                         [&next](const QString &chosen) {
                             next = chosen;
                             QCoreApplication::exit(0);
                         });
        // For the cold-start benchmark: report the first painted day and the peak memory,
        // then quit. Not a user feature, so an environment variable rather than an option.
        if (qEnvironmentVariableIsSet("FRONTDESK_STARTUP_PROBE")) {
            QObject::connect(&window, &fd::MainWindow::firstDayPainted, &app, [] {
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray peak = "unknown";
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmHWM:"))
                            peak = line.mid(6).simplified();
                std::printf("painted %s\n", peak.constData());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        // The form, the suggestions and the day side by side need the whole screen of a front
        // desk's computer.
        window.showMaximized();
        const int code = app.exec();
        if (next.isEmpty())
            return code;
        (*clinic)->signOut();
        previous = std::exchange(database, next);
    }
}
