// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scheduleaccessible.h"

#include "daymodel.h"
#include "scheduleview.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWindow>

namespace fd {
namespace {

// The row of appointment `id` in the view's model, or -1.
int rowOf(const ScheduleView *view, qint64 id)
{
    const auto *model = qobject_cast<const DayModel *>(view->model());
    if (!model)
        return -1;
    const QList<Appointment> &rows = model->appointments();
    for (qsizetype row = 0; row < rows.size(); ++row)
        if (rows[row].id == id)
            return static_cast<int>(row);
    return -1;
}

// One visit. It follows its appointment, not a row: rows move as other desks change the day.
class VisitAccessible : public QAccessibleInterface
{
public:
    VisitAccessible(ScheduleView *view, qint64 appointmentId) : m_view(view), m_id(appointmentId) {}

    bool isValid() const override
    {
        return m_view && !m_view->blockRect(rowOf(m_view, m_id)).isNull();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const int row = m_view ? rowOf(m_view, m_id) : -1;
        if (row < 0 || (t != QAccessible::Name && t != QAccessible::Description))
            return {};
        return m_view->visitText(row);
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect r = m_view->blockRect(rowOf(m_view, m_id));
        return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.selectable = true;
        s.focusable = true;
        const int row = m_view ? rowOf(m_view, m_id) : -1;
        if (row < 0)
            return s;
        const QModelIndex index = m_view->model()->index(row, 0);
        s.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(index);
        s.focused = m_view->hasFocus() && m_view->currentIndex() == index;
        s.offscreen = !m_view->viewport()->rect().intersects(m_view->blockRect(row));
        return s;
    }

private:
    QPointer<ScheduleView> m_view;
    qint64 m_id;
};

// The view: a list of its visits.
class ScheduleViewAccessible : public QAccessibleWidget
{
public:
    explicit ScheduleViewAccessible(ScheduleView *view) : QAccessibleWidget(view, QAccessible::List)
    {}
    ~ScheduleViewAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return static_cast<int>(view()->shownRows().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QList<int> rows = view()->shownRows();
        if (index < 0 || index >= rows.size())
            return nullptr;
        return visit(idOfRow(rows[index]));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const QList<int> rows = view()->shownRows();
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (m_children.value(idOfRow(rows[i])) ==
                QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child)))
                return static_cast<int>(i);
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
        const QModelIndex index = view()->indexAt(local);
        return index.isValid() ? visit(idOfRow(index.row())) : nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        const QModelIndex current = view()->currentIndex();
        return current.isValid() ? visit(idOfRow(current.row())) : nullptr;
    }

private:
    ScheduleView *view() const { return static_cast<ScheduleView *>(widget()); }
    qint64 idOfRow(int row) const
    {
        const auto *model = qobject_cast<const DayModel *>(view()->model());
        return model ? model->appointments().at(row).id : 0;
    }
    // One interface per appointment, made when first asked for and kept while the view lives.
    QAccessibleInterface *visit(qint64 id) const
    {
        auto it = m_children.constFind(id);
        if (it != m_children.constEnd())
            return QAccessible::accessibleInterface(*it);
        auto *child = new VisitAccessible(view(), id);
        m_children.insert(id, QAccessible::registerAccessibleInterface(child));
        return child;
    }

    mutable QHash<qint64, QAccessible::Id> m_children;
};

} // namespace

QAccessibleInterface *scheduleViewAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("fd::ScheduleView") && object && object->isWidgetType())
        return new ScheduleViewAccessible(static_cast<ScheduleView *>(object));
    return nullptr;
}

} // namespace fd
