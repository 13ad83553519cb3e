// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reportcontent.h"
#include "rowtablemodel.h"

#include <QLocale>

namespace fd {

// The reports window's tables. Each takes a new report as a whole and tells its view only
// what changed, so a filter change keeps the selection and the scroll position.

// The summary: a row per figure, this period, the period before, and the change.
class FiguresModel : public RowTableModel<FigureLine>
{
    Q_OBJECT

public:
    enum Column { Figure, Now, Before, Change, ColumnCount };
    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const FigureLine &a, const FigureLine &b) const override
    {
        return a.label == b.label;
    }
};

// A row per clinician or location: volumes, booked and available hours, and utilization
// beside the period before. Qt::UserRole holds each cell's number, for sorting.
class BreakdownModel : public RowTableModel<BreakdownRow>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Appointments,
        Completed,
        NoShows,
        BookedHours,
        AvailableHours,
        Utilization,
        PreviousUtilization,
        ColumnCount
    };
    BreakdownModel(Breakdown by, QObject *parent = nullptr) : RowTableModel(parent), m_by(by) {}

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const BreakdownRow &a, const BreakdownRow &b) const override
    {
        return a.id == b.id;
    }

private:
    Breakdown m_by;
};

// The busiest hours: weekdays down, hours across, each cell the appointments that started in
// that hour, shaded from none to the busiest; the period before in its tooltip.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const ComparedReport &report, const ClinicConfig &config);
    // The weekday (0 Monday) and hour of a cell.
    int weekdayOf(int row) const { return m_days.value(row); }
    int hourOf(int column) const { return m_hours.first + column; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ComparedReport m_report;
    QList<int> m_days;
    HourRange m_hours;
    int m_maximum = 0;
};

} // namespace fd
