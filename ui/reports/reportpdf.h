// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "reportcontent.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>

class QPagedPaintDevice;

namespace fd {

// A report as printed: the summary's figures, the charts, clinicians and locations with their
// utilization, and the busiest hours, each beside the period before, on numbered pages under
// a header that names the scope and the period. The reports window saves it as PDF, and so
// does `frontdesk-cli export --format pdf`.
struct ReportDocument
{
    ComparedReport report;
    ReportScope scope;
    ClinicConfig config;
    QDateTime printedAt; // the clinic's local time
    QLocale locale;
};

// Needs a QApplication (the charts are graphics items). Returns the number of pages, 0 when
// the device cannot be painted on.
int paintReport(const ReportDocument &document, QPagedPaintDevice &device);
// Written through QSaveFile: an interrupted write leaves no file behind.
Result<int> writeReportPdf(const ReportDocument &document, const QPageSize &pageSize,
                           const QString &path);

} // namespace fd
