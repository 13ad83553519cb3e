// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "booking/schedulegrid.h"

#include <QAbstractItemView>
#include <QFontMetrics>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace fd {

class DayModel;

// The appointment book as people picture it: a column per clinician (or per weekday, for a
// clinician's week) on the time axis of the slot grid, each visit a block where it lies. Time
// a clinician does not work is shaded; a clinician who sees two patients at once gets two
// lanes side by side. Blocks are coloured by patient type and always carry the type and status
// in words too. The arrow keys walk from visit to visit; a block dragged to another time or
// column asks for the move through moveRequested(), and the core decides.
//
// The view shows the rows of a DayModel whose column in the grid it can find; the grid comes
// from the core (locationDayGrid, clinicianWeekGrid).
class ScheduleView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit ScheduleView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // A new grid keeps the scroll position: another desk's change must not move the view.
    void setGrid(const ScheduleGrid &grid);
    const ScheduleGrid &grid() const { return m_grid; }
    // Cancelled, no-show and voided visits: shown muted, or not at all.
    void setShowInactive(bool show);
    bool showsInactive() const { return m_showInactive; }
    // The minute the "now" line is drawn at in the column of `day`, or none.
    void setNow(QDate day, int minute);
    // Scrolls so that `minute` is at the top of the view (as far as the day allows).
    void scrollToMinute(int minute);

    // For tests and the drag: the block of a model row in viewport coordinates, and the
    // column and start a point in the viewport would drop a block on.
    QRect blockRect(int row) const;
    struct Drop
    {
        int column = -1;
        int startMinute = 0;
    };
    Drop dropAt(const QPoint &viewportPos, int grabOffsetY = 0) const;
    QPoint pointFor(int column, int minute) const;
    // The colour of a patient type, for the blocks and the legend.
    static QColor typeColor(AppointmentType type);
    // A visit's status in words with its mark, e.g. "● Arrived".
    static QString statusMark(Status status);

    // The model rows drawn, column by column in time order: the view's items as assistive
    // tools list them.
    QList<int> shownRows() const;
    // The visit of a row in words: patient, time, type, status, clinician, service, reason.
    QString visitText(int row) const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

signals:
    // A block was dropped on `column` of the grid at `startMinute`.
    void moveRequested(const QModelIndex &index, int column, int startMinute);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void doItemsLayout() override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void changeEvent(QEvent *event) override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void reset() override;

private:
    // Where everything lies, in content coordinates (before scrolling, after the header and
    // the time axis); worked out again only after a change.
    void layout() const;
    void invalidate();
    void scrollWhileDragging();
    QRect contentRect(int row) const;
    int axisWidth() const;
    int headerHeight() const;
    int slotHeight() const;
    int yForMinute(int minute) const;
    bool shown(int row) const;
    void paintColumns(QPainter &painter, const QRect &visible) const;
    void paintBlock(QPainter &painter, int row, const QRect &rect) const;
    void paintHeader(QPainter &painter) const;
    void paintAxis(QPainter &painter) const;
    // The shown rows of a column, in start order.
    QList<int> columnRows(int column) const;

    // The blocks' fonts and their metrics, made once per font rather than once per line.
    struct BlockFonts
    {
        explicit BlockFonts(const QFont &font);
        QFont regular, bold, struck, boldStruck;
        QFontMetrics metrics, boldMetrics;
    };
    mutable std::unique_ptr<BlockFonts> m_fonts;
    QPixmap m_hatch;
    QColor m_hatchColor;

    QPointer<DayModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    ScheduleGrid m_grid;
    bool m_showInactive = true;
    QDate m_nowDay;
    int m_nowMinute = -1;

    mutable bool m_dirty = true;
    mutable QList<QRect> m_blocks; // by model row; empty when the row is not shown
    mutable QList<int> m_columnX;  // left of each column
    mutable QList<int> m_columnW;  // width of each column
    mutable QList<int> m_columnOfRow;
    mutable int m_contentWidth = 0;
    mutable int m_contentHeight = 0;

    // A block being dragged.
    QPersistentModelIndex m_pressed;
    QPoint m_pressPos;
    int m_grabOffsetY = 0;
    bool m_dragging = false;
    bool m_pressing = false; // a press selects a block without scrolling it
    QPoint m_dragPos;
    Drop m_drop;
    QTimer m_autoScroll;
};

} // namespace fd
