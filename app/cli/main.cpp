// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>
#include <strings.h>

namespace {

// Printing a day sheet needs fonts, which need QtGui; everything else starts without it.
bool printsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (strcasecmp(argv[i], "--format=pdf") == 0 ||
            (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
             strcasecmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (printsPdf(argc, argv)) {
        // A morning job runs without a display: no window is ever shown.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's note that a cron job has no session directory is not a failure to report.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                    previous(type, context, message);
            });
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("frontdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTDESK_VERSION));
    fd::installTranslations();
    // The contract is one line on stderr per failure; the store's diagnostics go only to
    // those who ask for them with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("frontdesk.*=false"));
    return fd::cli::run(QCoreApplication::arguments());
}
