// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/error.h"

#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace fd::cli {

// Exit codes of the command line contract (PRODUCT.md).
enum ExitCode { Ok = 0, Failure = 1, Usage = 2, Refused = 3 };

ExitCode exitCodeFor(ErrorKind kind);

// Runs one frontdesk-cli invocation; `arguments` includes the program name.
int run(const QStringList &arguments);

} // namespace fd::cli
