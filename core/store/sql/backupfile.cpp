// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backupfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fd::backupfile {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Store)
};

} // namespace

Result<QString> start(const QString &path, const QString &database)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return invalid(QStringLiteral("out"), Text::tr("%1 is not a regular file").arg(path));
    if (!QFileInfo(target.absolutePath()).isDir() || !QFileInfo(target.absolutePath()).isWritable())
        return invalid(
            QStringLiteral("out"),
            Text::tr("cannot write %1: the folder does not exist or cannot be written").arg(path));
    if (target.exists() && target.absoluteFilePath() == QFileInfo(database).absoluteFilePath())
        return invalid(QStringLiteral("out"), Text::tr("is the database itself"));
    const QString partial =
        target.absolutePath() + QStringLiteral("/.") + target.fileName() +
        QStringLiteral(".%1-%2.part")
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QFile::remove(partial);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return invalid(QStringLiteral("out"),
                       Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    return partial;
}

Result<void> finish(const QString &partial, const QString &path)
{
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
        0)
        return Error{ErrorKind::Storage, QStringLiteral("out"),
                     QString::fromLocal8Bit(std::strerror(errno))};
    return {};
}

} // namespace fd::backupfile
