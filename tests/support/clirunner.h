// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QStringList>

namespace fd::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs the real frontdesk-cli (path from the FRONTDESK_CLI environment variable, set by CTest)
// without a controlling terminal, and waits for it. `environment` adds variables to the
// test's own (a null value removes one).
CliResult runCli(const QStringList &arguments, const QHash<QString, QString> &environment = {});
QString cliPath();

// The next Monday at least a week from today, so that a booking on it lies in the future.
QDate mondayAhead(int weeks = 1);

} // namespace fd::test
