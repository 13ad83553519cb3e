// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace fd::pgschema {

// The channel every commit that changes the clinic notifies (LISTEN frontdesk).
inline constexpr char kChannel[] = "frontdesk";

// Brings a PostgreSQL database from schema version `from` to `to`, each step in order. The
// caller holds the transaction; a failed step leaves it to be rolled back.
Result<void> upgrade(QSqlDatabase &db, int from, int to);

} // namespace fd::pgschema
