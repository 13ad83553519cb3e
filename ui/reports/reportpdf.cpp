// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportpdf.h"

#include "pdffile.h"

#include "calendar/walltime.h"
#include "common/text.h"
#include "reportcharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <QPainter>

#include <functional>
#include <memory>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Report)
};

// Sizes in the device's units, from points.
struct Metrics
{
    explicit Metrics(QPaintDevice &d) : device(&d)
    {
        // The system's font, as the day sheet uses, without ligatures: "fi" stays two letters
        // for anyone who searches or copies the PDF's text.
        auto font = [](qreal points, bool strong) {
            QFont f;
            f.setPointSizeF(points);
            f.setBold(strong);
            f.setStyleStrategy(QFont::PreferNoShaping);
            return f;
        };
        title = font(14, true);
        heading = font(11, true);
        body = font(8.5, false);
        bold = font(8.5, true);
        small = font(7.5, false);
        point = d.logicalDpiY() / 72.0;
        width = d.width();
        height = d.height();
        rowHeight = QFontMetricsF(body, &d).height() + 4 * point;
        headerHeight =
            QFontMetricsF(title, &d).height() + 2 * QFontMetricsF(small, &d).height() + 10 * point;
        footerHeight = QFontMetricsF(small, &d).height() + 6 * point;
    }
    qreal bodyTop() const { return headerHeight; }
    qreal bodyBottom() const { return height - footerHeight; }

    QPaintDevice *device;
    QFont title, heading, body, bold, small;
    qreal point = 1;
    qreal width = 0;
    qreal height = 0;
    qreal rowHeight = 0;
    qreal headerHeight = 0;
    qreal footerHeight = 0;
};

// A piece of a page: a heading, a table's header or row, a chart. Tables repeat their header
// on the page a row is carried to; a heading stays with what follows it.
struct Block
{
    qreal height = 0;
    std::function<void(QPainter &, const QRectF &)> paint;
    bool keepWithNext = false;
    int tableHeader = -1; // the index of this row's table header, for rows
    int page = 0;
    qreal y = 0;
};

struct Table
{
    QStringList headers;
    QList<qreal> weights;
    QList<QStringList> rows;
    int firstNumeric = 1; // columns from here on are right-aligned
};

void paintCells(QPainter &p, const QRectF &r, const Table &table, const QStringList &cells,
                const Metrics &m, bool header)
{
    qreal total = 0;
    for (qreal w : table.weights)
        total += w;
    qreal x = r.left();
    QFont font = header ? m.small : m.body;
    font.setBold(header);
    p.setFont(font);
    p.setPen(Qt::black);
    for (qsizetype i = 0; i < cells.size() && i < table.weights.size(); ++i) {
        const qreal w = r.width() * table.weights[i] / total;
        const Qt::Alignment align =
            (i >= table.firstNumeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        p.drawText(QRectF(x + 3 * m.point, r.top(), w - 6 * m.point, r.height()), align,
                   QFontMetricsF(p.font(), m.device)
                       .elidedText(cells[i], Qt::ElideRight, w - 6 * m.point));
        x += w;
    }
}

void addTable(QList<Block> &blocks, const Table &table, const Metrics &m)
{
    const auto shared = std::make_shared<Table>(table);
    const int header = int(blocks.size());
    blocks.append({m.rowHeight,
                   [shared, &m](QPainter &p, const QRectF &r) {
                       p.fillRect(r, QColor(0xe6, 0xe6, 0xe6));
                       paintCells(p, r, *shared, shared->headers, m, true);
                   },
                   true});
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        Block row{m.rowHeight, [shared, i, &m](QPainter &p, const QRectF &r) {
                      paintCells(p, r, *shared, shared->rows[i], m, false);
                      p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), m.point / 2));
                      p.drawLine(r.bottomLeft(), r.bottomRight());
                  }};
        row.tableHeader = header;
        blocks.append(row);
    }
}

void addHeading(QList<Block> &blocks, const QString &text, const Metrics &m)
{
    blocks.append({QFontMetricsF(m.heading, m.device).height() + 10 * m.point,
                   [text, &m](QPainter &p, const QRectF &r) {
                       p.setFont(m.heading);
                       p.setPen(Qt::black);
                       p.drawText(r, Qt::AlignLeft | Qt::AlignBottom, text);
                   },
                   true});
}

// Charts are laid out at screen size and scaled onto the page, so their fonts keep the
// proportions they have in the window.
void paintChart(QPainter &p, QChart *chart, const QRectF &target, const Metrics &m)
{
    const qreal scale = m.device->logicalDpiX() / 110.0;
    const QSizeF logical = target.size() / scale;
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it from here
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&p, target, scene.sceneRect());
}

void addCharts(QList<Block> &blocks, qreal height, std::function<QList<QChart *>()> make)
{
    blocks.append({height, [make](QPainter &p, const QRectF &r) {
                       const QList<QChart *> charts = make();
                       const qreal gap = r.width() * 0.02;
                       const qreal w = (r.width() - gap * (charts.size() - 1)) / charts.size();
                       Metrics m(*p.device());
                       for (qsizetype i = 0; i < charts.size(); ++i)
                           paintChart(p, charts[i],
                                      QRectF(r.left() + i * (w + gap), r.top(), w, r.height()), m);
                   }});
}

QString hoursText(qint64 minutes, const QLocale &locale)
{
    return locale.toString(double(minutes) / 60.0, 'f', 1);
}

Table breakdownTable(const QList<BreakdownRow> &rows, const QString &first, const QLocale &locale)
{
    Table t;
    t.headers = {first,
                 Text::tr("Appts"),
                 Text::tr("Completed"),
                 Text::tr("No-shows"),
                 Text::tr("Booked h"),
                 Text::tr("Available h"),
                 Text::tr("Utilization"),
                 Text::tr("Before")};
    t.weights = {2.8, 1.3, 1.2, 1.1, 1.1, 1.2, 1.2, 1.1};
    for (const BreakdownRow &r : rows)
        t.rows.append({r.name, locale.toString(r.now.appointments),
                       locale.toString(r.now.completed), locale.toString(r.now.noShows),
                       hoursText(r.now.bookedMinutes, locale),
                       hoursText(r.now.availableMinutes, locale),
                       FigureLine::valueText(r.now.utilization(), true, locale),
                       FigureLine::valueText(r.before.utilization(), true, locale)});
    return t;
}

void addHeatMap(QList<Block> &blocks, const ReportDocument &d, const Metrics &m)
{
    const HourRange hours = busiestHourRange(d.report, d.config);
    const QList<int> days = busiestWeekdays(d.report);
    const int maximum = busiestMaximum(d.report.current);
    const ReportDocument *doc = &d;
    const qreal cell = m.rowHeight * 1.3;
    blocks.append(
        {cell * (days.size() + 1), [=, &m](QPainter &p, const QRectF &r) {
             const int columns = hours.last - hours.first + 1;
             const qreal labelWidth = r.width() * 0.14;
             const qreal w = (r.width() - labelWidth) / columns;
             p.setFont(m.bold);
             p.setPen(Qt::black);
             for (int h = hours.first; h <= hours.last; ++h)
                 p.drawText(QRectF(r.left() + labelWidth + (h - hours.first) * w, r.top(), w, cell),
                            Qt::AlignCenter, hourText(h, doc->locale));
             for (qsizetype row = 0; row < days.size(); ++row) {
                 const int day = days[row];
                 const qreal y = r.top() + cell * (row + 1);
                 p.setFont(m.bold);
                 p.setPen(Qt::black);
                 p.drawText(QRectF(r.left(), y, labelWidth, cell), Qt::AlignLeft | Qt::AlignVCenter,
                            doc->locale.dayName(day + 1, QLocale::LongFormat));
                 p.setFont(m.body);
                 for (int h = hours.first; h <= hours.last; ++h) {
                     const int n =
                         doc->report.current.startsByWeekdayHour[std::size_t(day)][std::size_t(h)];
                     const QRectF c(r.left() + labelWidth + (h - hours.first) * w, y, w, cell);
                     p.fillRect(c, heatColor(n, maximum));
                     p.setPen(QPen(Qt::white, m.point));
                     p.drawRect(c);
                     p.setPen(heatTextColor(n, maximum));
                     p.drawText(c, Qt::AlignCenter, n > 0 ? doc->locale.toString(n) : QString());
                 }
             }
         }});
}

QList<Block> buildBlocks(const ReportDocument &d, const Metrics &m)
{
    QList<Block> blocks;
    const QLocale &locale = d.locale;
    const qreal chartHeight = (m.bodyBottom() - m.bodyTop()) * 0.3;

    addHeading(blocks, Text::tr("Summary"), m);
    Table summary;
    summary.headers = {Text::tr("Figure"), Text::tr("This period"), Text::tr("Previous period"),
                       Text::tr("Change")};
    summary.weights = {3, 1.6, 1.6, 1.8};
    for (const FigureLine &l : figureLines(d.report))
        summary.rows.append(
            {l.label, l.nowText(locale), l.beforeText(locale), l.changeText(locale)});
    addTable(blocks, summary, m);
    const ComparedReport *report = &d.report;
    addCharts(blocks, chartHeight + 8 * m.point, [report] {
        return QList<QChart *>{statusChart(*report), typeChart(*report)};
    });

    for (Breakdown by : {Breakdown::Clinicians, Breakdown::Locations}) {
        const bool clinicians = by == Breakdown::Clinicians;
        const QList<BreakdownRow> rows = breakdownRows(d.report, d.config, by);
        const QString title =
            clinicians ? Text::tr("Utilization by clinician") : Text::tr("Utilization by location");
        addHeading(blocks, title, m);
        addTable(
            blocks,
            breakdownTable(rows, clinicians ? Text::tr("Clinician") : Text::tr("Location"), locale),
            m);
        if (rows.isEmpty())
            continue;
        const qreal height = std::min(m.bodyBottom() - m.bodyTop() - 2 * m.rowHeight,
                                      m.rowHeight * (2.0 + 1.6 * rows.size()) + 60 * m.point);
        addCharts(blocks, height,
                  [rows, title] { return QList<QChart *>{utilizationChart(rows, title)}; });
    }

    addHeading(blocks, Text::tr("Busiest hours"), m);
    const QString note = busiestHoursNote();
    blocks.append({m.rowHeight,
                   [note, &m](QPainter &p, const QRectF &r) {
                       p.setFont(m.small);
                       p.setPen(Qt::black);
                       p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, note);
                   },
                   true});
    addHeatMap(blocks, d, m);
    const HourRange hours = busiestHourRange(d.report, d.config);
    addCharts(blocks, chartHeight,
              [report, hours] { return QList<QChart *>{hoursChart(*report, hours)}; });
    return blocks;
}

// Places each block on a page; returns the page count.
int paginate(QList<Block> &blocks, const Metrics &m)
{
    int page = 0;
    qreal y = m.bodyTop();
    const qreal gap = 4 * m.point;
    auto fits = [&](qsizetype i) {
        qreal need = blocks[i].height;
        // A heading or a table's header takes the next block along.
        for (qsizetype j = i; blocks[j].keepWithNext && j + 1 < blocks.size(); ++j)
            need += blocks[j + 1].height;
        return y + need <= m.bodyBottom() || y == m.bodyTop();
    };
    QList<Block> placed;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (!fits(i)) {
            ++page;
            y = m.bodyTop();
            // A table carried over repeats its header.
            if (blocks[i].tableHeader >= 0) {
                Block header = blocks[blocks[i].tableHeader];
                header.page = page;
                header.y = y;
                placed.append(header);
                y += header.height;
            }
        }
        Block b = blocks[i];
        b.page = page;
        b.y = y;
        placed.append(b);
        y += b.height;
        if (i + 1 < blocks.size() && blocks[i + 1].tableHeader < 0 && b.tableHeader >= 0)
            y += gap * 2; // after a table
        else if (b.tableHeader < 0 && !b.keepWithNext)
            y += gap;
    }
    blocks = placed;
    return page + 1;
}

void paintPageFrame(QPainter &p, const ReportDocument &d, const Metrics &m, int page, int pages)
{
    const QFontMetricsF title(m.title, m.device);
    const QFontMetricsF small(m.small, m.device);
    p.setPen(Qt::black);
    p.setFont(m.title);
    p.drawText(QRectF(0, 0, m.width, title.height()), Qt::AlignLeft | Qt::AlignVCenter,
               Text::tr("Front Desk report"));
    p.setFont(m.small);
    p.drawText(QRectF(0, 0, m.width, title.height()), Qt::AlignRight | Qt::AlignVCenter,
               Text::tr("Printed %1 at %2")
                   .arg(dateText(d.printedAt.date(), d.locale),
                        timeOfDayText(d.printedAt.time().hour() * 60 + d.printedAt.time().minute(),
                                      d.locale)));
    p.drawText(QRectF(0, title.height(), m.width, small.height()), Qt::AlignLeft,
               scopeText(d.scope, d.config));
    p.drawText(QRectF(0, title.height() + small.height(), m.width, small.height()), Qt::AlignLeft,
               periodText(d.report, d.locale));
    p.setPen(QPen(Qt::black, m.point));
    const qreal rule = m.headerHeight - 5 * m.point;
    p.drawLine(QPointF(0, rule), QPointF(m.width, rule));
    p.drawText(QRectF(0, m.height - small.height(), m.width, small.height()), Qt::AlignHCenter,
               Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
}

} // namespace

int paintReport(const ReportDocument &document, QPagedPaintDevice &device)
{
    const Metrics m(device);
    QList<Block> blocks = buildBlocks(document, m);
    const int pages = paginate(blocks, m);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    int page = 0;
    paintPageFrame(painter, document, m, page, pages);
    for (const Block &b : blocks) {
        if (b.page != page) {
            device.newPage();
            page = b.page;
            paintPageFrame(painter, document, m, page, pages);
        }
        b.paint(painter, QRectF(0, b.y, m.width, b.height));
    }
    return pages;
}

Result<int> writeReportPdf(const ReportDocument &document, const QPageSize &pageSize,
                           const QString &path)
{
    return writePdfFile(path, Text::tr("Front Desk report"),
                        QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(14, 14, 14, 14),
                                    QPageLayout::Millimeter),
                        [&](QPagedPaintDevice &device) { return paintReport(document, device); });
}

} // namespace fd
