// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "audit.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fd {

void keepChangedFields(QJsonObject &before, QJsonObject &after)
{
    if (before.isEmpty() || after.isEmpty())
        return;
    QStringList same;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (after.contains(it.key()) && after.value(it.key()) == it.value())
            same.append(it.key());
    for (const QString &key : same) {
        before.remove(key);
        after.remove(key);
    }
}

QString currentUserName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"})
        if (const QString user = qEnvironmentVariable(name).trimmed(); !user.isEmpty())
            return user;
#ifdef Q_OS_UNIX
    // A service or a container may set none of them: the account itself has a name.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace fd
