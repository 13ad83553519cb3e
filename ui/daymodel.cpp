// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "daymodel.h"

#include "calendar/walltime.h"
#include "contact/phone.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QSet>

namespace fd {

DayModel::DayModel(QObject *parent) : QAbstractTableModel(parent) {}

void DayModel::setAppointments(QList<Appointment> appointments)
{
    beginResetModel();
    m_appointments = std::move(appointments);
    endResetModel();
}

void DayModel::updateAppointments(const QList<Appointment> &fresh)
{
    QSet<qint64> wanted;
    for (const Appointment &a : fresh)
        wanted.insert(a.id);
    for (qsizetype row = m_appointments.size() - 1; row >= 0; --row) {
        if (wanted.contains(m_appointments[row].id))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_appointments.removeAt(row);
        endRemoveRows();
    }
    // What is left is in the order of `fresh`, less the rows still to insert: walk both.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const Appointment &a = fresh[i];
        if (i < m_appointments.size() && m_appointments[i].id == a.id) {
            if (!(m_appointments[i] == a)) {
                m_appointments[i] = a;
                emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
            continue;
        }
        // A row further down that belongs here moves up, keeping its selection.
        qsizetype later = i + 1;
        while (later < m_appointments.size() && m_appointments[later].id != a.id)
            ++later;
        if (later < m_appointments.size()) {
            beginMoveRows({}, int(later), int(later), {}, int(i));
            m_appointments.move(later, i);
            endMoveRows();
            m_appointments[i] = a;
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, int(i), int(i));
        m_appointments.insert(i, a);
        endInsertRows();
    }
}

int DayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_appointments.size());
}

int DayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Appointment &a = m_appointments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QStringLiteral("%1–%2").arg(formatMinute(a.startMinute),
                                               formatMinute(a.endMinute));
        case ClinicianColumn:
            return a.clinicianName;
        case PatientColumn:
            return a.patientName;
        case TypeColumn:
            return typeLabel(a.type);
        case StatusColumn:
            return statusLabel(a.status);
        case ReasonColumn:
            return a.reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PatientColumn)
            return formatPhoneNational(a.patientPhone);
        if (a.status == Status::Cancelled)
            return tr("Cancelled: %1").arg(a.cancelReason);
        if (a.status == Status::Rescheduled && a.rescheduledTo)
            return tr("Moved to appointment %1").arg(*a.rescheduledTo);
        if (a.status == Status::Voided)
            return tr("Corrected: this booking was entered in error");
        break;
    case Qt::ForegroundRole:
        // Cancelled and no-show rows stay visible but no longer hold their slot.
        if (!holdsSlot(a.status))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::FontRole:
        if (a.status == Status::Cancelled || a.status == Status::Voided) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case AppointmentIdRole:
        return a.id;
    case StatusCodeRole:
        return statusCode(a.status);
    }
    return {};
}

QVariant DayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ClinicianColumn:
        return tr("Clinician");
    case PatientColumn:
        return tr("Patient");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace fd
