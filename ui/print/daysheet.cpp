// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "daysheet.h"

#include "pdffile.h"

#include "calendar/walltime.h"
#include "common/text.h"
#include "contact/phone.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace fd {
namespace {

// The context lupdate files the sheet's words under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::DaySheet)
};

bool printed(const Appointment &a, const DaySheetOptions &options)
{
    if (!countsInFigures(a.status))
        return false; // moved rows and bookings entered in error are bookkeeping
    return options.includeCancelled || holdsSlot(a.status);
}

QString rangeText(const QList<MinuteRange> &ranges, const QLocale &locale)
{
    QStringList parts;
    for (const MinuteRange &r : ranges)
        parts.append(QStringLiteral("%1–%2").arg(timeOfDayText(r.start, locale),
                                                 timeOfDayText(r.end, locale)));
    return parts.join(QStringLiteral(", "));
}

// The table's columns and their share of the width.
struct Field
{
    QString title;
    qreal weight;
};

QList<Field> fields(const DaySheetOptions &options)
{
    QList<Field> out{{Text::tr("Time"), 1.4}, {Text::tr("Patient"), 2.2}};
    if (options.includePhones)
        out.append({Text::tr("Phone"), 1.6});
    out += {{Text::tr("Type"), 1.2},
            {Text::tr("Service"), 1.8},
            {Text::tr("Reason"), 2.6},
            {Text::tr("Status"), 1.2}};
    return out;
}

QStringList cells(const Appointment &a, const DaySheetOptions &options)
{
    QStringList out{QStringLiteral("%1–%2").arg(timeOfDayText(a.startMinute, options.locale),
                                                timeOfDayText(a.endMinute, options.locale)),
                    printable(a.patientName)};
    if (options.includePhones)
        out.append(formatPhoneNational(a.patientPhone));
    QString status = statusLabel(a.status);
    if (a.status == Status::Cancelled && a.lateCancel)
        status = Text::tr("Cancelled late");
    out += {typeLabel(a.type), printable(a.serviceName), printable(a.reason), status};
    return out;
}

// Everything the pages need to know about sizes, in the device's units.
class Layout
{
public:
    Layout(const DaySheetOptions &sheetOptions, QPaintDevice &paintDevice)
        : options(sheetOptions), columns(fields(sheetOptions)), width(paintDevice.width()),
          height(paintDevice.height()), device(&paintDevice)
    {
        const qreal scale = paintDevice.logicalDpiY() / 72.0;
        body.setPointSizeF(9);
        small.setPointSizeF(8);
        title.setPointSizeF(14);
        title.setBold(true);
        heading.setPointSizeF(11);
        heading.setBold(true);
        bold = body;
        bold.setBold(true);
        // No ligatures: "fi" in "Sofia" or "Confirmed" stays two letters for anyone who
        // searches or copies the PDF's text.
        for (QFont *f : {&body, &small, &title, &heading, &bold})
            f->setStyleStrategy(QFont::PreferNoShaping);
        padding = 3 * scale;
        const QFontMetricsF bodyMetrics(body, &paintDevice);
        const QFontMetricsF titleMetrics(title, &paintDevice);
        const QFontMetricsF smallMetrics(small, &paintDevice);
        const QFontMetricsF headingMetrics(heading, &paintDevice);
        headerHeight = titleMetrics.height() + 2 * smallMetrics.height() + 6 * scale;
        footerHeight = smallMetrics.height() + 4 * scale;
        headingHeight = headingMetrics.height() + 6 * scale;
        tableHeaderHeight = bodyMetrics.height() + 2 * padding;
        qreal total = 0;
        for (const Field &f : columns)
            total += f.weight;
        qreal x = 0;
        for (const Field &f : columns) {
            const qreal w = width * f.weight / total;
            xs.append({x, w});
            x += w;
        }
    }

    qreal rowHeight(const QStringList &row) const
    {
        const QFontMetricsF metrics(body, device);
        qreal h = metrics.height();
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QRectF box(0, 0, xs[i].second - 2 * padding, 1e6);
            h = std::max(h, metrics.boundingRect(box, Qt::TextWordWrap, row[i]).height());
        }
        return h + 2 * padding;
    }
    qreal bodyTop() const { return headerHeight; }
    qreal bodyBottom() const { return height - footerHeight; }

    const DaySheetOptions &options;
    QList<Field> columns;
    QList<std::pair<qreal, qreal>> xs; // left and width of each column
    qreal width;
    qreal height;
    QPaintDevice *device;
    QFont body, small, title, heading, bold;
    qreal padding = 3;
    qreal headerHeight = 0, footerHeight = 0, headingHeight = 0, tableHeaderHeight = 0;
    bool severalLocations = false;
};

// One thing placed on a page.
struct Item
{
    enum Kind { Heading, TableHeader, Row, Empty } kind;
    const DaySheet::Section *section = nullptr;
    const Appointment *appointment = nullptr;
    bool continued = false;
    int page = 0;
    qreal y = 0;
    qreal height = 0;
};

// Places every item on a page; a visit never spans two pages, a section's heading never ends
// a page, and a section carried over repeats its heading and the table's header.
QList<Item> paginate(const DaySheet &sheet, const Layout &layout)
{
    QList<Item> items;
    int page = 0;
    qreal y = layout.bodyTop();
    auto place = [&](Item item) {
        item.page = page;
        item.y = y;
        y += item.height;
        items.append(item);
    };
    auto startSection = [&](const DaySheet::Section &s, bool continued) {
        place({Item::Heading, &s, nullptr, continued, 0, 0, layout.headingHeight});
        place({Item::TableHeader, &s, nullptr, continued, 0, 0, layout.tableHeaderHeight});
    };
    auto newPage = [&] {
        ++page;
        y = layout.bodyTop();
    };
    for (const DaySheet::Section &s : sheet.sections) {
        QList<const Appointment *> rows;
        for (const Appointment &a : s.appointments)
            if (printed(a, layout.options))
                rows.append(&a);
        const qreal firstRow = rows.isEmpty()
                                   ? layout.tableHeaderHeight
                                   : layout.rowHeight(cells(*rows.first(), layout.options));
        // The heading stays with the first visit.
        if (y + layout.headingHeight + layout.tableHeaderHeight + firstRow > layout.bodyBottom() &&
            y > layout.bodyTop())
            newPage();
        if (rows.isEmpty()) {
            place({Item::Heading, &s, nullptr, false, 0, 0, layout.headingHeight});
            place({Item::Empty, &s, nullptr, false, 0, 0, layout.tableHeaderHeight});
            continue;
        }
        startSection(s, false);
        for (const Appointment *a : rows) {
            const qreal h = layout.rowHeight(cells(*a, layout.options));
            if (y + h > layout.bodyBottom()) {
                newPage();
                startSection(s, true);
            }
            place({Item::Row, &s, a, false, 0, 0, h});
        }
        y += layout.padding * 3; // air between sections
    }
    return items;
}

void paintHeader(QPainter &p, const DaySheet &sheet, const Layout &l, int page, int pages)
{
    const QLocale &locale = l.options.locale;
    const QFontMetricsF titleMetrics(l.title, l.device);
    const QFontMetricsF smallMetrics(l.small, l.device);
    p.setPen(Qt::black);
    p.setFont(l.title);
    p.drawText(QRectF(0, 0, l.width, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               printable(sheet.title));
    p.setFont(l.small);
    const qreal line2 = titleMetrics.height();
    p.drawText(QRectF(0, line2, l.width, smallMetrics.height()), Qt::AlignLeft,
               Text::tr("Day sheet for %1").arg(locale.toString(sheet.day, QLocale::LongFormat)));
    p.drawText(
        QRectF(0, line2, l.width, smallMetrics.height()), Qt::AlignRight,
        Text::tr("Printed %1 at %2")
            .arg(locale.toString(sheet.printedAt.date(), QLocale::ShortFormat),
                 timeOfDayText(sheet.printedAt.time().hour() * 60 + sheet.printedAt.time().minute(),
                               locale)));
    p.drawText(
        QRectF(0, line2 + smallMetrics.height(), l.width, smallMetrics.height()), Qt::AlignLeft,
        sheet.appointmentCount() == 1 ? Text::tr("1 appointment")
                                      : Text::tr("%1 appointments").arg(sheet.appointmentCount()));
    p.setPen(QPen(Qt::black, l.padding / 3));
    p.drawLine(QPointF(0, l.headerHeight - l.padding),
               QPointF(l.width, l.headerHeight - l.padding));
    p.setPen(Qt::black);
    p.drawText(QRectF(0, l.height - smallMetrics.height(), l.width, smallMetrics.height()),
               Qt::AlignHCenter, Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
}

void paintItem(QPainter &p, const Item &item, const Layout &l)
{
    const ScheduleColumn &column = item.section->column;
    switch (item.kind) {
    case Item::Heading: {
        p.setFont(l.heading);
        p.setPen(Qt::black);
        QString text = printable(column.clinicianName);
        // A sheet of several locations names each clinician's.
        if (l.severalLocations)
            text += QStringLiteral("  ·  ") + printable(column.locationName);
        if (!column.working.isEmpty())
            text += QStringLiteral("  ·  ") +
                    Text::tr("works %1").arg(rangeText(column.working, l.options.locale));
        if (item.continued)
            text += QStringLiteral("  ") + Text::tr("(continued)");
        p.drawText(QRectF(0, item.y, l.width, item.height), Qt::AlignLeft | Qt::AlignBottom, text);
        break;
    }
    case Item::TableHeader: {
        p.fillRect(QRectF(0, item.y, l.width, item.height), QColor(0xe6, 0xe6, 0xe6));
        p.setFont(l.bold);
        p.setPen(Qt::black);
        for (qsizetype i = 0; i < l.columns.size(); ++i)
            p.drawText(QRectF(l.xs[i].first + l.padding, item.y, l.xs[i].second - 2 * l.padding,
                              item.height),
                       Qt::AlignLeft | Qt::AlignVCenter, l.columns[i].title);
        break;
    }
    case Item::Empty:
        p.setFont(l.body);
        p.setPen(Qt::darkGray);
        // An empty day says why it is empty.
        p.drawText(QRectF(l.padding, item.y, l.width, item.height),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   column.closed              ? Text::tr("Closed on this day.")
                   : column.working.isEmpty() ? Text::tr("Not working here on this day.")
                                              : Text::tr("No appointments."));
        break;
    case Item::Row: {
        const Appointment &a = *item.appointment;
        const QStringList row = cells(a, l.options);
        QFont font = l.body;
        // Cancelled and no-show visits stay legible but do not read as today's patients.
        const bool muted = !holdsSlot(a.status);
        font.setStrikeOut(a.status == Status::Cancelled);
        p.setFont(font);
        p.setPen(muted ? QColor(0x70, 0x70, 0x70) : QColor(Qt::black));
        for (qsizetype i = 0; i < row.size(); ++i)
            p.drawText(QRectF(l.xs[i].first + l.padding, item.y + l.padding,
                              l.xs[i].second - 2 * l.padding, item.height - 2 * l.padding),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, row[i]);
        p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), l.padding / 4));
        p.drawLine(QPointF(0, item.y + item.height), QPointF(l.width, item.y + item.height));
        break;
    }
    }
}

} // namespace

DaySheet DaySheet::make(const QString &title, QDate day, const QDateTime &printedAt,
                        const ScheduleGrid &grid, const QList<Appointment> &appointments,
                        const DaySheetOptions &options)
{
    DaySheet sheet{title, day, printedAt, {}};
    for (const ScheduleColumn &column : grid.columns) {
        Section section{column, {}};
        for (const Appointment &a : appointments)
            if (a.clinicianId == column.clinicianId && a.day == column.day &&
                a.locationId == column.locationId && printed(a, options))
                section.appointments.append(a);
        std::stable_sort(section.appointments.begin(), section.appointments.end(),
                         [](const Appointment &a, const Appointment &b) {
                             return a.startMinute < b.startMinute;
                         });
        sheet.sections.append(section);
    }
    return sheet;
}

int DaySheet::appointmentCount() const
{
    int n = 0;
    for (const Section &s : sections)
        for (const Appointment &a : s.appointments)
            n += holdsSlot(a.status) ? 1 : 0;
    return n;
}

QPageLayout::Orientation daySheetOrientation(const DaySheetOptions &options)
{
    if (options.orientation)
        return *options.orientation;
    return fields(options).size() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait;
}

DaySheetLayout layOutDaySheet(const DaySheet &sheet, const DaySheetOptions &options,
                              QPaintDevice &device)
{
    const Layout layout(options, device);
    DaySheetLayout out;
    out.bodyTop = layout.bodyTop();
    out.bodyBottom = layout.bodyBottom();
    for (const Item &item : paginate(sheet, layout)) {
        out.pages = std::max(out.pages, item.page + 1);
        if (item.kind == Item::Row)
            out.rows.append({item.appointment->id, item.page, item.y, item.y + item.height});
    }
    return out;
}

int paintDaySheet(const DaySheet &sheet, const DaySheetOptions &options, QPagedPaintDevice &device)
{
    Layout layout(options, device);
    for (const DaySheet::Section &s : sheet.sections)
        layout.severalLocations |= s.column.locationId != sheet.sections.first().column.locationId;
    const QList<Item> items = paginate(sheet, layout);
    const int pages = items.isEmpty() ? 1 : items.last().page + 1;
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    int page = 0;
    paintHeader(painter, sheet, layout, page, pages);
    for (const Item &item : items) {
        if (item.page != page) {
            device.newPage();
            page = item.page;
            paintHeader(painter, sheet, layout, page, pages);
        }
        paintItem(painter, item, layout);
    }
    return pages;
}

Result<int> writeDaySheetPdf(const DaySheet &sheet, const DaySheetOptions &options,
                             const QString &path)
{
    return writePdfFile(
        path, sheet.title,
        QPageLayout(options.pageSize, daySheetOrientation(options), QMarginsF(12, 12, 12, 12),
                    QPageLayout::Millimeter),
        [&](QPagedPaintDevice &device) { return paintDaySheet(sheet, options, device); });
}

} // namespace fd
