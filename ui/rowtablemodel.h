// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>

namespace fd {

// A table with one row per value, whose list is replaced as a whole but whose view sees only
// the rows that changed: the rows kept at both ends are updated in place, and the ones between
// are removed and inserted. Selection and scroll survive a refresh that keeps a row.
template <typename T> class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    const QList<T> &rows() const { return m_rows; }
    const T &at(int row) const { return m_rows.at(row); }

    void setRows(const QList<T> &next)
    {
        const qsizetype common = std::min(m_rows.size(), next.size());
        qsizetype head = 0;
        while (head < common && sameRow(m_rows[head], next[head]))
            ++head;
        qsizetype tail = 0;
        while (tail < common - head &&
               sameRow(m_rows[m_rows.size() - 1 - tail], next[next.size() - 1 - tail]))
            ++tail;
        // The kept rows take their new values; those that differ are repainted.
        for (qsizetype i = 0; i < head; ++i)
            update(i, next[i]);
        for (qsizetype i = 0; i < tail; ++i)
            update(m_rows.size() - 1 - i, next[next.size() - 1 - i]);
        const qsizetype oldMiddle = m_rows.size() - head - tail;
        const qsizetype newMiddle = next.size() - head - tail;
        if (oldMiddle > 0) {
            beginRemoveRows({}, static_cast<int>(head), static_cast<int>(head + oldMiddle - 1));
            m_rows.remove(head, oldMiddle);
            endRemoveRows();
        }
        if (newMiddle > 0) {
            beginInsertRows({}, static_cast<int>(head), static_cast<int>(head + newMiddle - 1));
            for (qsizetype i = 0; i < newMiddle; ++i)
                m_rows.insert(head + i, next[head + i]);
            endInsertRows();
        }
    }

protected:
    // The same row (the same slot, patient or appointment), perhaps with other values.
    virtual bool sameRow(const T &a, const T &b) const = 0;

private:
    void update(qsizetype i, const T &value)
    {
        if (m_rows[i] == value)
            return;
        m_rows[i] = value;
        emit dataChanged(index(static_cast<int>(i), 0),
                         index(static_cast<int>(i), columnCount() - 1));
    }

    QList<T> m_rows;
};

} // namespace fd
