// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "booking/schedulegrid.h"
#include "common/result.h"

#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>

class QPaintDevice;
class QPainter;
class QPagedPaintDevice;

namespace fd {

// How a day sheet is printed. The same sheet comes from the window (print, preview, PDF) and
// from `frontdesk-cli day --format pdf`, for the morning job that prints each location's day.
struct DaySheetOptions
{
    bool includePhones = true;
    // Cancelled and no-show visits, muted; visits entered in error and moved rows are never
    // printed.
    bool includeCancelled = true;
    QPageSize pageSize = QPageSize(QPageSize::Letter);
    // Unset: landscape when the table has many columns (phone numbers included), portrait
    // otherwise.
    std::optional<QPageLayout::Orientation> orientation;
    QLocale locale;
};

// One location's day, or one clinician's: a section per column of the grid, each a table of
// its visits in time order.
struct DaySheet
{
    QString title; // the location, or the clinician and where they work
    QDate day;
    QDateTime printedAt;
    struct Section
    {
        ScheduleColumn column;
        QList<Appointment> appointments;
    };
    QList<Section> sections;

    // The grid's columns with the appointments that fall in each.
    static DaySheet make(const QString &title, QDate day, const QDateTime &printedAt,
                         const ScheduleGrid &grid, const QList<Appointment> &appointments,
                         const DaySheetOptions &options);
    int appointmentCount() const;
};

QPageLayout::Orientation daySheetOrientation(const DaySheetOptions &options);

// Where paintDaySheet places each visit on a device: its page, and its top and bottom, which
// always lie inside the page's body (between the header and the page number).
struct DaySheetLayout
{
    struct Row
    {
        qint64 appointmentId = 0;
        int page = 0;
        qreal top = 0;
        qreal bottom = 0;
    };
    QList<Row> rows;
    qreal bodyTop = 0;
    qreal bodyBottom = 0;
    int pages = 1;
};
DaySheetLayout layOutDaySheet(const DaySheet &sheet, const DaySheetOptions &options,
                              QPaintDevice &device);

// Paints the sheet on `device` (a printer or a PDF writer whose page layout is set), a new
// page wherever the next visit would not fit whole; returns the number of pages.
int paintDaySheet(const DaySheet &sheet, const DaySheetOptions &options, QPagedPaintDevice &device);

// Writes the sheet as a PDF at `path`: to a temporary file first, put in place only once
// complete, so a failed run never leaves half a file. Needs a QGuiApplication.
Result<int> writeDaySheetPdf(const DaySheet &sheet, const DaySheetOptions &options,
                             const QString &path);

} // namespace fd
