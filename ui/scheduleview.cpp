// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scheduleview.h"

#include "calendar/walltime.h"
#include "contact/phone.h"
#include "daymodel.h"
#include "scheduleaccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fd {
namespace {

// Block text is dark on light tints whatever the desktop's theme.
const QColor kBlockText(0x1a, 0x1a, 0x1a);

} // namespace

ScheduleView::ScheduleView(QWidget *parent) : QAbstractItemView(parent)
{
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setMouseTracking(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    static const bool accessible = [] {
        QAccessible::installFactory(scheduleViewAccessible);
        return true;
    }();
    Q_UNUSED(accessible);
    m_autoScroll.setInterval(60);
    connect(&m_autoScroll, &QTimer::timeout, this, &ScheduleView::scrollWhileDragging);
}

void ScheduleView::setModel(QAbstractItemModel *model)
{
    // Only our own connections: the base class keeps its own to the model.
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = qobject_cast<DayModel *>(model);
    QAbstractItemView::setModel(model);
    if (m_model)
        m_modelConnections = {
            connect(m_model, &QAbstractItemModel::rowsMoved, this, &ScheduleView::invalidate),
            connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ScheduleView::invalidate),
            connect(m_model, &QAbstractItemModel::layoutChanged, this, &ScheduleView::invalidate)};
    invalidate();
}

void ScheduleView::setGrid(const ScheduleGrid &grid)
{
    m_grid = grid;
    invalidate();
}

void ScheduleView::setShowInactive(bool show)
{
    if (m_showInactive == show)
        return;
    m_showInactive = show;
    // A hidden visit cannot stay selected.
    if (!show && currentIndex().isValid() && !shown(currentIndex().row()))
        setCurrentIndex({});
    invalidate();
}

void ScheduleView::setNow(QDate day, int minute)
{
    if (day == m_nowDay && minute == m_nowMinute)
        return;
    m_nowDay = day;
    m_nowMinute = minute;
    viewport()->update();
}

void ScheduleView::scrollToMinute(int minute)
{
    layout();
    updateGeometries();
    verticalScrollBar()->setValue(yForMinute(std::max(m_grid.firstMinute, minute)));
}

QColor ScheduleView::typeColor(AppointmentType type)
{
    // Blue, green and amber tints: told apart by most colour-blind readers too, and never
    // the only cue (each block names its type).
    switch (type) {
    case AppointmentType::New:
        return QColor(0xcf, 0xe2, 0xff);
    case AppointmentType::FollowUp:
        return QColor(0xd3, 0xef, 0xd4);
    case AppointmentType::SelfPay:
        return QColor(0xff, 0xe1, 0xb3);
    }
    return Qt::white;
}

QString ScheduleView::statusMark(Status status)
{
    const QString label = statusLabel(status);
    switch (status) {
    case Status::Booked:
        return label;
    case Status::Confirmed:
        return QStringLiteral("☎ ") + label;
    case Status::Arrived:
        return QStringLiteral("● ") + label;
    case Status::Completed:
        return QStringLiteral("✔ ") + label;
    case Status::NoShow:
    case Status::Cancelled:
        return QStringLiteral("✘ ") + label;
    case Status::Rescheduled:
        return QStringLiteral("→ ") + label;
    case Status::Voided:
        return QStringLiteral("⌫ ") + label;
    }
    return label;
}

// --- geometry ----------------------------------------------------------------------------

int ScheduleView::axisWidth() const
{
    return fontMetrics().horizontalAdvance(timeOfDayText(12 * 60 + 45)) + 16;
}

int ScheduleView::headerHeight() const
{
    return 2 * fontMetrics().lineSpacing() + 10;
}

int ScheduleView::slotHeight() const
{
    // Fifteen minutes hold one line of text with air around it.
    return fontMetrics().lineSpacing() + 7;
}

int ScheduleView::yForMinute(int minute) const
{
    return (minute - m_grid.firstMinute) * slotHeight() / 15;
}

bool ScheduleView::shown(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return false;
    const Appointment &a = m_model->appointments().at(row);
    if (!m_showInactive && !holdsSlot(a.status))
        return false;
    return m_grid.columnOf(a) >= 0;
}

void ScheduleView::invalidate()
{
    m_dirty = true;
    // A visit that is no longer drawn (hidden as cancelled, or gone from the grid) is no
    // longer the one the keys act on.
    if (currentIndex().isValid() && !shown(currentIndex().row()))
        setCurrentIndex({});
    // Laid out once for a burst of changes, on the next pass of the event loop (or at once
    // when asked for a block's place).
    scheduleDelayedItemsLayout();
    viewport()->update();
}

void ScheduleView::doItemsLayout()
{
    layout();
    updateGeometries();
    QAbstractItemView::doItemsLayout();
}

void ScheduleView::changeEvent(QEvent *event)
{
    // The slots' height and the lanes' width follow the font.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        invalidate();
    QAbstractItemView::changeEvent(event);
}

void ScheduleView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    // What a screen reader says as the arrow keys move: the visit, in words.
    const QString text = current.isValid() && m_model ? visitText(current.row()) : QString();
    if (text != accessibleDescription()) {
        setAccessibleDescription(text);
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    // And the visit itself takes the focus among the view's items.
    if (current.isValid() && hasFocus() && QAccessible::isActive()) {
        const int child = static_cast<int>(shownRows().indexOf(current.row()));
        if (child >= 0) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(child);
            QAccessible::updateAccessibility(&focus);
        }
    }
}

QList<int> ScheduleView::shownRows() const
{
    QList<int> rows;
    for (int c = 0; c < m_grid.columns.size(); ++c)
        rows += columnRows(c);
    return rows;
}

QString ScheduleView::visitText(int row) const
{
    const Appointment &a = m_model->appointments().at(row);
    QStringList parts{
        a.patientName,
        QStringLiteral("%1–%2").arg(timeOfDayText(a.startMinute), timeOfDayText(a.endMinute)),
        typeLabel(a.type), statusLabel(a.status), a.clinicianName};
    if (!a.serviceName.isEmpty())
        parts.append(a.serviceName);
    if (!a.reason.isEmpty())
        parts.append(a.reason);
    return parts.join(QStringLiteral(", "));
}

void ScheduleView::layout() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const int rows = m_model ? m_model->rowCount() : 0;
    m_blocks = QList<QRect>(rows);
    m_columnOfRow = QList<int>(rows, -1);
    const qsizetype columns = m_grid.columns.size();
    QList<QList<const Appointment *>> perColumn(columns);
    for (int row = 0; row < rows; ++row) {
        if (!shown(row))
            continue;
        const Appointment &a = m_model->appointments().at(row);
        const int column = m_grid.columnOf(a);
        m_columnOfRow[row] = column;
        perColumn[column].append(&a);
    }
    QList<LanePlacement> lanes;
    int totalLanes = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        lanes.append(placeInLanes(perColumn[c], m_grid.columns[c].capacity));
        totalLanes += lanes.last().lanes;
    }
    // Lanes share the width; past a readable minimum the view scrolls sideways.
    const int available = std::max(0, viewport()->width() - axisWidth());
    // A lane of its own is narrower than a visit alone in its column needs: visits spread
    // over free lanes.
    const int minimum = fontMetrics().averageCharWidth() * 13;
    const int laneWidth = totalLanes == 0 ? minimum : std::max(minimum, available / totalLanes);
    m_columnX.clear();
    m_columnW.clear();
    int x = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        m_columnX.append(x);
        m_columnW.append(laneWidth * lanes[c].lanes);
        x += m_columnW.last();
    }
    m_contentWidth = x;
    m_contentHeight = yForMinute(m_grid.lastMinute) + 1;
    for (int row = 0; row < rows; ++row) {
        const int c = m_columnOfRow[row];
        if (c < 0)
            continue;
        const Appointment &a = m_model->appointments().at(row);
        const int lane = lanes[c].laneOf.value(a.id);
        // A visit spreads over the lanes to its right that stay free for its whole time, so
        // a second lane takes room only while two patients are seen at once.
        int span = 1;
        for (int next = lane + 1; next < lanes[c].lanes; ++next) {
            const bool taken =
                std::any_of(perColumn[c].cbegin(), perColumn[c].cend(), [&](const Appointment *b) {
                    return lanes[c].laneOf.value(b->id) == next && b->startMinute < a.endMinute &&
                           a.startMinute < b->endMinute;
                });
            if (taken)
                break;
            ++span;
        }
        const int top = yForMinute(a.startMinute);
        const int bottom = yForMinute(std::max(a.endMinute, a.startMinute + 5));
        m_blocks[row] = QRect(m_columnX[c] + lane * laneWidth + 2, top + 1, span * laneWidth - 4,
                              bottom - top - 2);
    }
}

QRect ScheduleView::contentRect(int row) const
{
    layout();
    return row >= 0 && row < m_blocks.size() ? m_blocks[row] : QRect();
}

QRect ScheduleView::blockRect(int row) const
{
    const QRect r = contentRect(row);
    if (r.isNull())
        return {};
    return r.translated(axisWidth() - horizontalOffset(), headerHeight() - verticalOffset());
}

ScheduleView::Drop ScheduleView::dropAt(const QPoint &pos, int grabOffsetY) const
{
    layout();
    Drop drop;
    const int x = pos.x() - axisWidth() + horizontalOffset();
    for (qsizetype c = 0; c < m_columnX.size(); ++c)
        if (x >= m_columnX[c] && x < m_columnX[c] + m_columnW[c])
            drop.column = static_cast<int>(c);
    const int y = pos.y() - grabOffsetY - headerHeight() + verticalOffset();
    const int slot = std::max(5, m_grid.slotMinutes);
    const double minutes = double(y) * 15.0 / slotHeight();
    const int steps = static_cast<int>(std::lround(minutes / slot));
    drop.startMinute = std::clamp(m_grid.firstMinute + steps * slot, m_grid.firstMinute,
                                  std::max(m_grid.firstMinute, m_grid.lastMinute - slot));
    return drop;
}

QPoint ScheduleView::pointFor(int column, int minute) const
{
    layout();
    if (column < 0 || column >= m_columnX.size())
        return {};
    return QPoint(axisWidth() + m_columnX[column] + m_columnW[column] / 2 - horizontalOffset(),
                  headerHeight() + yForMinute(minute) + 2 - verticalOffset());
}

QRect ScheduleView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model())
        return {};
    return blockRect(index.row());
}

void ScheduleView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (m_pressing)
        return; // the block under the mouse stays where the hand took it
    const QRect r = contentRect(index.row());
    if (r.isNull())
        return;
    const int viewW = viewport()->width() - axisWidth();
    const int viewH = viewport()->height() - headerHeight();
    auto fit = [hint](QScrollBar *bar, int start, int length, int view) {
        if (hint == PositionAtCenter)
            bar->setValue(start + length / 2 - view / 2);
        else if (hint == PositionAtTop)
            bar->setValue(start);
        else if (hint == PositionAtBottom)
            bar->setValue(start + length - view);
        else if (start < bar->value())
            bar->setValue(start);
        else if (start + length > bar->value() + view)
            bar->setValue(std::min(start, start + length - view));
    };
    fit(horizontalScrollBar(), r.left(), r.width(), viewW);
    fit(verticalScrollBar(), r.top(), r.height(), viewH);
    viewport()->update();
}

QModelIndex ScheduleView::indexAt(const QPoint &point) const
{
    if (!m_model || point.x() < axisWidth() || point.y() < headerHeight())
        return {};
    layout();
    const QPoint content =
        point - QPoint(axisWidth() - horizontalOffset(), headerHeight() - verticalOffset());
    for (int row = 0; row < m_blocks.size(); ++row)
        if (!m_blocks[row].isNull() && m_blocks[row].contains(content))
            return m_model->index(row, 0);
    return {};
}

QList<int> ScheduleView::columnRows(int column) const
{
    layout();
    QList<int> rows;
    for (int row = 0; row < m_columnOfRow.size(); ++row)
        if (m_columnOfRow[row] == column)
            rows.append(row);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return std::pair(m_blocks[a].top(), m_blocks[a].left()) <
               std::pair(m_blocks[b].top(), m_blocks[b].left());
    });
    return rows;
}

QModelIndex ScheduleView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    if (!m_model)
        return {};
    layout();
    const QModelIndex current = currentIndex();
    const int row = current.isValid() && shown(current.row()) ? current.row() : -1;
    auto at = [this](int r) { return r < 0 ? QModelIndex() : m_model->index(r, 0); };
    if (row < 0) {
        // Nothing chosen yet: the first visit of the first column that has one.
        for (int c = 0; c < m_grid.columns.size(); ++c)
            if (const QList<int> rows = columnRows(c); !rows.isEmpty())
                return at(rows.first());
        return {};
    }
    const int column = m_columnOfRow[row];
    const QList<int> rows = columnRows(column);
    const qsizetype here = rows.indexOf(row);
    const int pageSlots = std::max(1, (viewport()->height() - headerHeight()) / slotHeight());
    switch (action) {
    case MoveDown:
    case MoveNext:
        return at(here + 1 < rows.size() ? rows[here + 1] : row);
    case MoveUp:
    case MovePrevious:
        return at(here > 0 ? rows[here - 1] : row);
    case MoveHome:
        return at(rows.first());
    case MoveEnd:
        return at(rows.last());
    case MovePageDown:
    case MovePageUp: {
        const int target =
            m_blocks[row].top() + (action == MovePageDown ? 1 : -1) * pageSlots * slotHeight();
        int best = row;
        for (int r : rows)
            if (std::abs(m_blocks[r].top() - target) < std::abs(m_blocks[best].top() - target))
                best = r;
        return at(best);
    }
    case MoveLeft:
    case MoveRight: {
        // The nearest visit in time in the next column that has any.
        const int step = action == MoveRight ? 1 : -1;
        for (int c = column + step; c >= 0 && c < m_grid.columns.size(); c += step) {
            const QList<int> others = columnRows(c);
            if (others.isEmpty())
                continue;
            int best = others.first();
            for (int r : others)
                if (std::abs(m_blocks[r].top() - m_blocks[row].top()) <
                    std::abs(m_blocks[best].top() - m_blocks[row].top()))
                    best = r;
            return at(best);
        }
        return at(row);
    }
    }
    return at(row);
}

int ScheduleView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int ScheduleView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool ScheduleView::isIndexHidden(const QModelIndex &index) const
{
    return !shown(index.row());
}

void ScheduleView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!m_model)
        return;
    layout();
    QItemSelection selection;
    const QRect area = rect.normalized();
    for (int row = 0; row < m_blocks.size(); ++row)
        if (!m_blocks[row].isNull() && blockRect(row).intersects(area))
            selection.select(m_model->index(row, 0),
                             m_model->index(row, m_model->columnCount() - 1));
    selectionModel()->select(selection, command);
}

QRegion ScheduleView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row)
            region += blockRect(row).adjusted(-2, -2, 2, 2);
    return region;
}

void ScheduleView::updateGeometries()
{
    layout();
    const int viewW = viewport()->width() - axisWidth();
    const int viewH = viewport()->height() - headerHeight();
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - viewW));
    horizontalScrollBar()->setPageStep(std::max(1, viewW));
    horizontalScrollBar()->setSingleStep(fontMetrics().averageCharWidth() * 4);
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - viewH));
    verticalScrollBar()->setPageStep(std::max(1, viewH));
    verticalScrollBar()->setSingleStep(slotHeight());
    QAbstractItemView::updateGeometries();
}

void ScheduleView::resizeEvent(QResizeEvent *event)
{
    m_dirty = true; // the lanes share the new width
    QAbstractItemView::resizeEvent(event);
    updateGeometries();
}

// --- painting ----------------------------------------------------------------------------

ScheduleView::BlockFonts::BlockFonts(const QFont &font)
    : regular(font), bold(font), struck(font), boldStruck(font), metrics(font), boldMetrics([&] {
          QFont f = font;
          f.setBold(true);
          return f;
      }())
{
    bold.setBold(true);
    struck.setStrikeOut(true);
    boldStruck.setBold(true);
    boldStruck.setStrikeOut(true);
}

void ScheduleView::paintEvent(QPaintEvent *event)
{
    layout();
    if (!m_fonts || m_fonts->regular != font())
        m_fonts = std::make_unique<BlockFonts>(font());
    if (m_hatch.isNull() || m_hatchColor != palette().color(QPalette::Mid)) {
        // Time off is hatched from a small tile: a texture fills faster than a pattern.
        m_hatchColor = palette().color(QPalette::Mid);
        m_hatch = QPixmap(16, 16);
        m_hatch.fill(palette().color(QPalette::Window));
        QPainter tile(&m_hatch);
        QColor line = m_hatchColor;
        line.setAlpha(110);
        tile.fillRect(m_hatch.rect(), QBrush(line, Qt::BDiagPattern));
    }
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    const QRect visible(horizontalOffset(), verticalOffset(), viewport()->width() - axisWidth(),
                        viewport()->height() - headerHeight());

    painter.save();
    painter.setClipRect(QRect(axisWidth(), headerHeight(), visible.width(), visible.height()));
    painter.translate(axisWidth() - horizontalOffset(), headerHeight() - verticalOffset());
    paintColumns(painter, visible);
    for (int row = 0; row < m_blocks.size(); ++row)
        if (!m_blocks[row].isNull() && m_blocks[row].intersects(visible))
            paintBlock(painter, row, m_blocks[row]);
    if (m_dragging && m_drop.column >= 0 && m_pressed.isValid()) {
        const QRect from = m_blocks.value(m_pressed.row());
        const QRect to(m_columnX[m_drop.column] + 2, yForMinute(m_drop.startMinute) + 1,
                       std::min(from.width(), m_columnW[m_drop.column] - 4), from.height());
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawRect(to);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(to.adjusted(6, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                         QStringLiteral("→ %1").arg(timeOfDayText(m_drop.startMinute)));
    }
    painter.restore();
    if (m_grid.columns.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter,
                         tr("No clinician works here on this day."));
    }
    paintHeader(painter);
    paintAxis(painter);
}

void ScheduleView::paintColumns(QPainter &painter, const QRect &visible) const
{
    const QBrush hatched(m_hatch);
    const int bottom = m_contentHeight;
    for (qsizetype c = 0; c < m_grid.columns.size(); ++c) {
        const ScheduleColumn &column = m_grid.columns[c];
        const QRect area(m_columnX[c], 0, m_columnW[c], bottom);
        if (!area.intersects(visible))
            continue;
        // Time the clinician is not working there: shaded and hatched.
        int from = m_grid.firstMinute;
        auto shadeUpTo = [&](int to) {
            if (to <= from)
                return;
            const QRect r(area.left(), yForMinute(from), area.width(),
                          yForMinute(to) - yForMinute(from));
            painter.fillRect(r, hatched);
        };
        if (!column.closed)
            for (const MinuteRange &r : column.working) {
                shadeUpTo(r.start);
                from = std::max(from, r.end);
            }
        shadeUpTo(m_grid.lastMinute);
    }
    // The slot grid: hours stronger than slots.
    const QColor hourLine = palette().color(QPalette::Mid);
    QColor slotLine = palette().color(QPalette::Midlight);
    const int step = std::max(5, std::min(15, m_grid.slotMinutes));
    for (int m = m_grid.firstMinute; m <= m_grid.lastMinute; m += step) {
        const int y = yForMinute(m);
        if (y < visible.top() - 1 || y > visible.bottom() + 1)
            continue;
        painter.setPen(m % 60 == 0 ? hourLine : slotLine);
        painter.drawLine(0, y, m_contentWidth, y);
    }
    painter.setPen(hourLine);
    for (qsizetype c = 1; c < m_columnX.size(); ++c)
        painter.drawLine(m_columnX[c], 0, m_columnX[c], bottom);
    if (m_nowMinute >= m_grid.firstMinute && m_nowMinute <= m_grid.lastMinute) {
        for (qsizetype c = 0; c < m_grid.columns.size(); ++c) {
            if (m_grid.columns[c].day != m_nowDay)
                continue;
            painter.setPen(QPen(QColor(0xd0, 0x30, 0x30), 2));
            const int y = yForMinute(m_nowMinute);
            painter.drawLine(m_columnX[c], y, m_columnX[c] + m_columnW[c], y);
        }
    }
}

void ScheduleView::paintBlock(QPainter &painter, int row, const QRect &rect) const
{
    const Appointment &a = m_model->appointments().at(row);
    const bool active = holdsSlot(a.status);
    const QModelIndex index = m_model->index(row, 0);
    const bool selected = selectionModel() && selectionModel()->isSelected(index);
    const QColor tint = typeColor(a.type);
    painter.setPen(Qt::NoPen);
    painter.setBrush(active ? tint : palette().color(QPalette::Window));
    painter.drawRect(rect);
    // The type's colour down the left edge, stronger; muted visits keep only a grey edge.
    painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()),
                     active ? tint.darker(170) : palette().color(QPalette::Mid));
    if (selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
    } else {
        painter.setPen(QPen(active ? tint.darker(130) : palette().color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
    }

    const bool struck = a.status == Status::Cancelled || a.status == Status::Voided;
    const BlockFonts &fonts = *m_fonts;
    const QFontMetrics &boldMetrics = fonts.boldMetrics;
    const QFontMetrics &metrics = fonts.metrics;
    const QRect text = rect.adjusted(8, 2, -4, -2);
    // The patient first: the axis already says when. The time joins the name where there
    // is room for both; the type is always written out, and the status unless merely booked.
    const QString timed = timeOfDayText(a.startMinute) + QStringLiteral("  ") + a.patientName;
    const bool room = boldMetrics.horizontalAdvance(timed) <= rect.width() - 12;
    // The type before the status: with the colour it must never be cut off.
    QStringList lines{room ? timed : a.patientName,
                      a.status == Status::Booked
                          ? typeLabel(a.type)
                          : typeLabel(a.type) + QStringLiteral(" · ") + statusMark(a.status)};
    if (!a.serviceName.isEmpty())
        lines.append(a.serviceName);
    if (!a.reason.isEmpty())
        lines.append(a.reason);
    painter.setPen(active ? kBlockText : palette().color(QPalette::Disabled, QPalette::Text));
    int y = text.top();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (y + metrics.height() > text.bottom() + 3 && i > 0)
            break;
        const bool first = i == 0;
        painter.setFont(first ? (struck ? fonts.boldStruck : fonts.bold)
                              : (struck ? fonts.struck : fonts.regular));
        const QFontMetrics &lineMetrics = first ? boldMetrics : metrics;
        painter.drawText(text.left(), y + lineMetrics.ascent(),
                         lineMetrics.elidedText(lines[i], Qt::ElideRight, text.width()));
        y += lineMetrics.lineSpacing();
    }
    if (index == currentIndex() && hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect.adjusted(4, 4, -4, -4);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void ScheduleView::paintHeader(QPainter &painter) const
{
    const int axis = axisWidth();
    const int height = headerHeight();
    const QRect band(0, 0, viewport()->width(), height);
    painter.fillRect(band, palette().color(QPalette::Button));
    painter.save();
    painter.setClipRect(QRect(axis, 0, viewport()->width() - axis, height));
    const QFontMetrics metrics(font());
    // A day view names the clinician; a week names the day.
    const bool week = m_grid.columns.size() > 1 &&
                      m_grid.columns.first().clinicianId == m_grid.columns.last().clinicianId &&
                      m_grid.columns.first().day != m_grid.columns.last().day;
    for (qsizetype c = 0; c < m_grid.columns.size(); ++c) {
        const ScheduleColumn &column = m_grid.columns[c];
        const QRect cell(axis + m_columnX[c] - horizontalOffset(), 0, m_columnW[c], height);
        if (cell.right() < axis || cell.left() > viewport()->width())
            continue;
        QString title = week ? QLocale().toString(column.day, QStringLiteral("ddd d MMM"))
                             : column.clinicianName;
        QString subtitle;
        if (column.closed)
            subtitle = tr("Closed");
        else if (column.working.isEmpty())
            subtitle = tr("Not working");
        else
            subtitle = QStringLiteral("%1–%2").arg(timeOfDayText(column.working.first().start),
                                                   timeOfDayText(column.working.last().end));
        if (week)
            subtitle += QStringLiteral(" · ") + column.locationName;
        else if (column.capacity > 1)
            subtitle += QStringLiteral(" · ") + tr("%1 at once").arg(column.capacity);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::ButtonText));
        const QRect inner = cell.adjusted(6, 4, -6, -4);
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), metrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt::ElideRight, inner.width()));
        painter.setFont(font());
        painter.drawText(QRect(inner.left(), inner.top() + metrics.lineSpacing(), inner.width(),
                               metrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(subtitle, Qt::ElideRight, inner.width()));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(cell.left(), 0, cell.left(), height);
    }
    painter.restore();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, height - 1, viewport()->width(), height - 1);
}

void ScheduleView::paintAxis(QPainter &painter) const
{
    const int axis = axisWidth();
    const int top = headerHeight();
    painter.fillRect(QRect(0, top, axis, viewport()->height() - top),
                     palette().color(QPalette::Window));
    painter.save();
    painter.setClipRect(QRect(0, top, axis, viewport()->height() - top));
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics(font());
    for (int m = m_grid.firstMinute; m <= m_grid.lastMinute; m += 30) {
        const int y = top + yForMinute(m) - verticalOffset();
        if (y < top - metrics.height() || y > viewport()->height())
            continue;
        QFont f = font();
        f.setBold(m % 60 == 0);
        painter.setFont(f);
        if (m % 60 != 0)
            painter.setPen(palette().color(QPalette::PlaceholderText));
        else
            painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y + 1, axis - 6, metrics.height()), Qt::AlignRight | Qt::AlignTop,
                         timeOfDayText(m));
    }
    painter.restore();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(axis - 1, top, axis - 1, viewport()->height());
}

// --- input -------------------------------------------------------------------------------

void ScheduleView::mousePressEvent(QMouseEvent *event)
{
    m_pressing = true;
    QAbstractItemView::mousePressEvent(event);
    m_pressing = false;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid()) {
        m_pressed = index;
        m_pressPos = event->position().toPoint();
        m_grabOffsetY = m_pressPos.y() - blockRect(index.row()).top();
    } else {
        m_pressed = QModelIndex();
    }
    m_dragging = false;
}

void ScheduleView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed.isValid() || !(event->buttons() & Qt::LeftButton)) {
        QAbstractItemView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragPos = pos;
    m_drop = dropAt(pos, m_grabOffsetY);
    viewport()->update();
    // Near an edge the view scrolls on, so a visit can go to a time or column out of sight.
    const QRect inner =
        viewport()->rect().adjusted(axisWidth() + 24, headerHeight() + 24, -24, -24);
    if (!inner.contains(pos) && !m_autoScroll.isActive())
        m_autoScroll.start();
}

void ScheduleView::scrollWhileDragging()
{
    if (!m_dragging) {
        m_autoScroll.stop();
        return;
    }
    const QRect inner =
        viewport()->rect().adjusted(axisWidth() + 24, headerHeight() + 24, -24, -24);
    int dx = 0;
    int dy = 0;
    if (m_dragPos.y() < inner.top())
        dy = -slotHeight();
    else if (m_dragPos.y() > inner.bottom())
        dy = slotHeight();
    if (m_dragPos.x() < inner.left())
        dx = -horizontalScrollBar()->singleStep();
    else if (m_dragPos.x() > inner.right())
        dx = horizontalScrollBar()->singleStep();
    if (dx == 0 && dy == 0) {
        m_autoScroll.stop();
        return;
    }
    verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx);
    m_drop = dropAt(m_dragPos, m_grabOffsetY);
    viewport()->update();
}

void ScheduleView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        m_pressed = QModelIndex();
        QAbstractItemView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    m_autoScroll.stop();
    const QPersistentModelIndex index = m_pressed;
    m_pressed = QModelIndex();
    const Drop drop = dropAt(event->position().toPoint(), m_grabOffsetY);
    viewport()->update();
    if (index.isValid() && drop.column >= 0)
        emit moveRequested(index, drop.column, drop.startMinute);
}

void ScheduleView::keyPressEvent(QKeyEvent *event)
{
    if (m_dragging && event->key() == Qt::Key_Escape) {
        m_dragging = false;
        m_autoScroll.stop();
        m_pressed = QModelIndex();
        viewport()->update();
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

bool ScheduleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (help->pos().y() < headerHeight() && help->pos().x() >= axisWidth()) {
            // A column's full name and hours, where the header had to shorten them.
            const Drop drop = dropAt(QPoint(help->pos().x(), headerHeight()));
            if (drop.column >= 0) {
                const ScheduleColumn &c = m_grid.columns[drop.column];
                QStringList hours;
                for (const MinuteRange &r : c.working)
                    hours.append(
                        QStringLiteral("%1–%2").arg(timeOfDayText(r.start), timeOfDayText(r.end)));
                QToolTip::showText(
                    help->globalPos(),
                    QStringLiteral("%1, %2\n%3")
                        .arg(c.clinicianName, QLocale().toString(c.day, QLocale::LongFormat),
                             hours.isEmpty() ? tr("Not working")
                                             : c.locationName + QStringLiteral(": ") +
                                                   hours.join(QStringLiteral(", "))),
                    viewport());
                return true;
            }
        }
        const QModelIndex index = indexAt(help->pos());
        if (!index.isValid()) {
            QToolTip::hideText();
            return true;
        }
        const Appointment &a = m_model->appointments().at(index.row());
        QStringList lines{a.patientName + QStringLiteral(", ") +
                              formatPhoneNational(a.patientPhone),
                          QStringLiteral("%1–%2 · %3 · %4")
                              .arg(timeOfDayText(a.startMinute), timeOfDayText(a.endMinute),
                                   typeLabel(a.type), a.clinicianName)};
        if (!a.serviceName.isEmpty())
            lines.append(a.serviceName);
        if (!a.reason.isEmpty())
            lines.append(tr("Reason: %1").arg(a.reason));
        lines.append(statusMark(a.status));
        if (a.status == Status::Cancelled && !a.cancelReason.isEmpty())
            lines.append(tr("Cancelled: %1").arg(a.cancelReason));
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), viewport());
        return true;
    }
    return QAbstractItemView::viewportEvent(event);
}

void ScheduleView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    invalidate();
}

void ScheduleView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    m_dirty = true;
}

void ScheduleView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    invalidate();
}

void ScheduleView::reset()
{
    QAbstractItemView::reset();
    invalidate();
}

} // namespace fd
