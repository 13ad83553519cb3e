// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clinic/clinic.h"
#include "clinic/setupservice.h"
#include "common/clock.h"
#include "common/text.h"
#include "common/translations.h"
#include "demo/democlinic.h"
#include "mainwindow.h"
#include "signin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>
#include <cstring>
#include <memory>

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
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "The database file (default: %1).")
                                    .arg(fd::homeRelative(fd::Clinic::defaultDatabase())),
                                QApplication::translate("main", "FILE"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Create the demo clinic if the database is empty."));
    parser.addOptions({db, demo});
    parser.process(app);

    const fd::SystemClock clock;
    const QString path = parser.isSet(db) ? parser.value(db) : fd::Clinic::defaultDatabase();
    // A new database only with the user's say-so: --demo asks for one, otherwise we ask.
    auto mode = fd::Clinic::OpenMode::Existing;
    if (!QFileInfo::exists(path)) {
        const bool create =
            parser.isSet(demo) ||
            QMessageBox::question(nullptr, QApplication::translate("main", "Front Desk"),
                                  QApplication::translate(
                                      "main", "There is no clinic database at %1 yet. Create a new "
                                              "one there?")
                                      .arg(path)) == QMessageBox::Yes;
        if (!create)
            return 0;
        mode = fd::Clinic::OpenMode::CreateIfMissing;
    }
    auto clinic = fd::Clinic::open(path, clock, {}, mode);
    if (!clinic) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Front Desk"),
                              clinic.error().toString());
        return 1;
    }
    if (parser.isSet(demo)) {
        auto empty = (*clinic)->setup().isEmpty();
        if (empty && *empty) {
            if (auto created = fd::createDemoClinic(**clinic); !created) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Front Desk"),
                                      created.error().toString());
                return 1;
            }
        }
    }
    // Nobody uses the desk without signing in; a new clinic first makes its manager.
    auto accounts = (*clinic)->hasAccounts();
    if (!accounts) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Front Desk"),
                              accounts.error().toString());
        return 1;
    }
    if (*accounts) {
        fd::SignInDialog signIn(**clinic);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
    } else if (!qEnvironmentVariableIsSet("FRONTDESK_STARTUP_PROBE")) {
        // (The cold-start benchmark's clinic has no accounts, and nobody at the window.)
        fd::FirstManagerDialog first(**clinic);
        if (first.exec() != QDialog::Accepted)
            return 0;
    }
    fd::MainWindow window(**clinic);
    // For the cold-start benchmark: report the first painted day and the peak memory, then
    // quit. Not a user feature, so an environment variable rather than an option.
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
    return app.exec();
}
