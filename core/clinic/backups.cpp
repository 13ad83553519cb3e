// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backups.h"

#include "clinic.h"
#include "common/clock.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Backups)
};

} // namespace

QString dailyBackupFolder(const QString &database)
{
    return QFileInfo(database).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<void> makeBackupFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return {};
    if (!QDir().mkpath(folder))
        return Error{ErrorKind::Storage, QStringLiteral("backups"),
                     Text::tr("cannot make the backup folder %1").arg(folder)};
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

Result<DailyBackup> keepDailyBackup(const QString &database, const QString &folder, QDate today,
                                    int keep)
{
    if (auto r = makeBackupFolder(folder); !r)
        return r.error();
    QDir dir(folder);
    const QString base = QFileInfo(database).completeBaseName();
    DailyBackup result;
    result.file = dir.filePath(QStringLiteral("%1-%2.db").arg(base, today.toString(Qt::ISODate)));
    if (!QFileInfo::exists(result.file)) {
        // A connection of its own, outside any sign-in: housekeeping, not a person's request.
        const SystemClock clock;
        auto clinic = Clinic::open(database, clock);
        if (!clinic)
            return clinic.error();
        if (auto r = (*clinic)->store().backupTo(result.file); !r)
            return r.error();
        result.made = true;
    }
    // The newest `keep` days stay; ISO dates sort as days do.
    const QRegularExpression daily(
        QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.db$").arg(QRegularExpression::escape(base)));
    QStringList days;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        if (daily.match(name).hasMatch())
            days.append(name);
    while (days.size() > std::max(keep, 1)) {
        const QString oldest = dir.filePath(days.takeFirst());
        if (QFile::remove(oldest))
            result.removed.append(oldest);
    }
    return result;
}

} // namespace fd
