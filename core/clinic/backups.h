// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDate>
#include <QStringList>

namespace fd {

// What the daily backup did: the day's file, whether it was made now (false: there already),
// and the old ones it removed.
struct DailyBackup
{
    QString file;
    bool made = false;
    QStringList removed;
};

// The folder beside a database where its daily backups go: "<folder of the file>/backups".
QString dailyBackupFolder(const QString &database);

// Makes the backups' folder if it is not there yet, owner-only.
Result<void> makeBackupFolder(const QString &folder);

// Keeps one backup a day of the clinic at `database`, as "<name>-YYYY-MM-DD.db" in `folder`
// (made owner-only if new): today's if it is not there yet, then only the newest `keep`. Its
// own connection, so it can run in a thread of its own while the desk goes on; housekeeping
// that every signed-in desk does, writing nowhere but that folder.
Result<DailyBackup> keepDailyBackup(const QString &database, const QString &folder, QDate today,
                                    int keep = 7);

} // namespace fd
