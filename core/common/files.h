// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFileDevice>

namespace fd {

// Exports, backups and copies of the trail hold patients' details: readable and writable by
// their owner only, like the database. Called on an open file (a QSaveFile's temporary file
// keeps it when it is renamed into place).
inline bool keepToOwner(QFileDevice &file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace fd
