// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for frontdesk-cli's argument parsing: the fuzzer's bytes, split at NULs,
// become the arguments after the program's name. The database is a path that does not exist,
// so every command stops at opening it (only init would create it, and is left out): what is
// exercised is the parsing of commands and options and the messages about them.
#include "cli.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments{QStringLiteral("frontdesk-cli")};
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &part : bytes.split('\0'))
        arguments.append(QString::fromUtf8(part));
    for (const QString &a : arguments)
        if (a.contains(QStringLiteral("init")) || a.contains(QStringLiteral("generate")) ||
            a.contains(QStringLiteral("watch")) || a.startsWith(QStringLiteral("--db")) ||
            a.startsWith(QStringLiteral("-db")))
            return 0;
    arguments << QStringLiteral("--db") << QStringLiteral("/nonexistent/frontdesk-fuzz/x.db");
    const int code = fd::cli::run(arguments);
    if (code < 0 || code > 3)
        __builtin_trap();
    return 0;
}
