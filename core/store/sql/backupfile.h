// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QString>

// A backup is written beside its target under a hidden name of this process's own, owner-only
// from the start, checked, then renamed into place: a failed or interrupted backup never
// replaces a good one, and two desks backing up to one place do not share a file. Both stores
// write theirs this way. Internal to the stores.
namespace fd::backupfile {

// Makes the partial file for a backup to `path` (empty, owner-only) and gives its name; or
// says (field "out") what is wrong with `path`: a folder or device, a folder that does not
// exist or cannot be written, or the file `database` itself.
Result<QString> start(const QString &path, const QString &database);
// Puts the finished partial file in place at `path`, in one step.
Result<void> finish(const QString &partial, const QString &path);

} // namespace fd::backupfile
