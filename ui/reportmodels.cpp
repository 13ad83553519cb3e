// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportmodels.h"

namespace fd {

int FiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const FigureLine &line = at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Figure:
            return line.label;
        case Now:
            return line.nowText(locale);
        case Before:
            return line.beforeText(locale);
        case Change:
            return line.changeText(locale);
        }
    }
    if (role == Qt::UserRole)
        return index.column() == Before ? line.before : line.now;
    if (role == Qt::TextAlignmentRole && index.column() != Figure)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Figure:
        return tr("Figure");
    case Now:
        return tr("This period");
    case Before:
        return tr("Previous period");
    case Change:
        return tr("Change");
    }
    return {};
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const BreakdownRow &row = at(index.row());
    const QLocale locale;
    const auto value = [&](int column) -> QVariant {
        switch (column) {
        case Name:
            return row.name;
        case Appointments:
            return row.now.appointments;
        case Completed:
            return row.now.completed;
        case NoShows:
            return row.now.noShows;
        case BookedHours:
            return double(row.now.bookedMinutes) / 60.0;
        case AvailableHours:
            return double(row.now.availableMinutes) / 60.0;
        case Utilization:
            return row.now.utilization();
        case PreviousUtilization:
            return row.before.utilization();
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QVariant v = value(index.column());
        switch (index.column()) {
        case Name:
            return v;
        case BookedHours:
        case AvailableHours:
            return locale.toString(v.toDouble(), 'f', 1);
        case Utilization:
        case PreviousUtilization:
            return FigureLine::valueText(v.toDouble(), true, locale);
        default:
            return locale.toString(v.toInt());
        }
    }
    case Qt::UserRole:
        return value(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Utilization || index.column() == PreviousUtilization)
            return tr("%1 booked of %2 available hours; %3 the period before")
                .arg(locale.toString(double(row.now.bookedMinutes) / 60.0, 'f', 1),
                     locale.toString(double(row.now.availableMinutes) / 60.0, 'f', 1),
                     FigureLine::valueText(row.before.utilization(), true, locale));
        return {};
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    // Short headers keep the table beside its chart; the tooltip says them in full.
    const bool full = role == Qt::ToolTipRole;
    switch (section) {
    case Name:
        return m_by == Breakdown::Clinicians ? tr("Clinician") : tr("Location");
    case Appointments:
        return full ? tr("Appointments, cancelled and no-shows included") : tr("Appts");
    case Completed:
        return tr("Completed");
    case NoShows:
        return tr("No-shows");
    case BookedHours:
        return full ? tr("Hours booked by visits that hold their slot") : tr("Booked h");
    case AvailableHours:
        return full ? tr("Working hours times capacity, closures and time off taken out")
                    : tr("Available h");
    case Utilization:
        return full ? tr("Booked over available hours") : tr("Utilization");
    case PreviousUtilization:
        return full ? tr("Utilization in the period before") : tr("Before");
    }
    return {};
}

void HeatMapModel::setReport(const ComparedReport &report, const ClinicConfig &config)
{
    const QList<int> days = busiestWeekdays(report);
    const HourRange hours = busiestHourRange(report, config);
    const bool sameShape =
        days == m_days && hours.first == m_hours.first && hours.last == m_hours.last;
    if (!sameShape)
        beginResetModel();
    m_report = report;
    m_days = days;
    m_hours = hours;
    m_maximum = busiestMaximum(report.current);
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int HeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int HeatMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_hours.last - m_hours.first + 1;
}

QVariant HeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto day = std::size_t(weekdayOf(index.row()));
    const auto hour = std::size_t(hourOf(index.column()));
    const int now = m_report.current.startsByWeekdayHour[day][hour];
    const int before = m_report.previous.startsByWeekdayHour[day][hour];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return now > 0 ? locale.toString(now) : QString();
    case Qt::UserRole:
        return now;
    case Qt::BackgroundRole:
        return heatColor(now, m_maximum);
    case Qt::ForegroundRole:
        return heatTextColor(now, m_maximum);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3 appointments (%4 the period before)")
            .arg(locale.dayName(int(day) + 1, QLocale::LongFormat), hourText(int(hour), locale))
            .arg(now)
            .arg(before);
    }
    return {};
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return hourText(hourOf(section), QLocale());
    return QLocale().dayName(weekdayOf(section) + 1, QLocale::LongFormat);
}

} // namespace fd
