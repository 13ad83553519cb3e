// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clirunner.h"

#include <QDate>
#include <QProcess>

namespace fd::test {

QString cliPath()
{
    return qEnvironmentVariable("FRONTDESK_CLI");
}

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    CliResult result;
    if (!process.waitForFinished(60000)) {
        result.err = "frontdesk-cli did not finish: " + process.errorString().toUtf8();
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QDate mondayAhead(int weeks)
{
    const QDate today = QDate::currentDate();
    return today.addDays(7 * weeks + (8 - today.dayOfWeek()) % 7);
}

} // namespace fd::test
