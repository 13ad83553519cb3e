// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "reportservice.h"

namespace fd {

// A period as an Excel workbook (libxlsxwriter): a Summary sheet with the period's figures
// beside the period before, and an Appointments sheet, one row per appointment (corrections
// left out), with real dates and times, number formats, a frozen header, an autofilter and
// column widths that fit. Rows stream from the store into the file (constant memory), and the
// file is written beside `path` and renamed into place only when complete.
struct WorkbookOptions
{
    // Patients by their record's number, without phone or reasons.
    bool deidentified = false;
    QString scope;           // the scope in words, for the summary (scopeText)
    ExportProgress progress; // returning false cancels the export
};
// `report` is the figures of `scope`; its appointments come from `reports`.
Result<qint64> writeWorkbook(const QString &path, const ComparedReport &report,
                             const ReportScope &scope, ReportService &reports,
                             const WorkbookOptions &options);

} // namespace fd
