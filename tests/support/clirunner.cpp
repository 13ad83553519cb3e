// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clirunner.h"

#include <QDate>
#include <QProcess>

#include <unistd.h>

namespace fd::test {

QString cliPath()
{
    return qEnvironmentVariable("FRONTDESK_CLI");
}

CliResult runCli(const QStringList &arguments, const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    // No controlling terminal: a password asked for is an error, never a prompt that waits
    // for someone at the terminal the tests were started from.
    process.setChildProcessModifier([] { ::setsid(); });
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
