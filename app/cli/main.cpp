// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "common/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

namespace {

// Printing a day sheet needs fonts (QtGui), and a report's charts are graphics items
// (QtWidgets); everything else starts without either.
// Any --format whose value reads "pdf" as the command will read it (trimmed, any case).
bool printsPdf(int argc, char *argv[])
{
    auto isPdf = [](QByteArray value) { return value.trimmed().toLower() == "pdf"; };
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg.startsWith("--format=") || arg.startsWith("-format=")) &&
            isPdf(arg.mid(arg.indexOf('=') + 1)))
            return true;
        if ((arg == "--format" || arg == "-format") && i + 1 < argc && isPdf(argv[i + 1]))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (printsPdf(argc, argv)) {
        // This program never shows a window, and a morning job has no display: whatever
        // platform the session names, fonts come from the offscreen one.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's note that a cron job has no session directory is not a failure to report.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                    previous(type, context, message);
            });
        application = std::make_unique<QApplication>(argc, argv);
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
