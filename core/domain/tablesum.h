// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fd {

// One table of a clinic as a copy counts it (frontdesk-cli migrate): its rows and a checksum
// of their contents that does not depend on the order they are read in, so that the same
// records in SQLite and in PostgreSQL sum the same.
struct TableSum
{
    QString table;
    qint64 rows = 0;
    QString checksum;

    bool operator==(const TableSum &) const = default;
};

} // namespace fd
