// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frontdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTDESK_VERSION));
    fd::installTranslations();
    // The contract is one line on stderr per failure; the store's diagnostics go only to
    // those who ask for them with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("frontdesk.*=false"));
    return fd::cli::run(QCoreApplication::arguments());
}
