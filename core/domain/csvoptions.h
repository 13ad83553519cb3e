// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/error.h"

#include <QtGlobal>

#include <functional>

namespace fd {

// Called now and then during a long export with the rows written so far; returning false
// cancels it, and the export leaves nothing behind.
using ExportProgress = std::function<bool(qint64 rows)>;
// How often, in rows, an export reports its progress.
inline constexpr qint64 kExportProgressRows = 2000;
// The error a cancelled export returns.
Error exportCancelled();

// How an appointment list is written as CSV.
struct CsvOptions
{
    // The byte-order mark Excel wants before it reads UTF-8.
    bool byteOrderMark = false;
    // Names patients by their record's number (patient_id) and leaves out their phone and the
    // reasons for the visit and for a cancellation.
    bool deidentified = false;
    ExportProgress progress;
};

} // namespace fd
