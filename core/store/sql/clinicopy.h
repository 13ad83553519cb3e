// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "store/store.h"

#include <QList>
#include <QString>

#include <functional>

namespace fd {

class Database;

// Copies every record of the clinic in `from` into `to`, which must hold a new, empty clinic
// of the same schema version: ids, the audit trail, the change log, accounts and all. `from`
// is read in one snapshot while its desks may go on; `to` is written in one transaction, which
// is kept only when each table's count and checksum, read back from `to`, equal what was read
// from `from`. `progress` is told each table's name as it starts.
Result<QList<TableSum>> copyClinic(Database &from, Database &to,
                                   const std::function<void(const QString &)> &progress = {});

// Each table's count and checksum, in one snapshot.
Result<QList<TableSum>> tableSums(Database &db);

} // namespace fd
