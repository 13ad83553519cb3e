#include "daymodel.h"

#include "calendar/walltime.h"
#include "contact/phone.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace fd {

DayModel::DayModel(QObject *parent) : QAbstractTableModel(parent) {}

void DayModel::setAppointments(QList<Appointment> appointments)
{
    beginResetModel();
    m_appointments = std::move(appointments);
    endResetModel();
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
        break;
    case Qt::ForegroundRole:
        // Cancelled and no-show rows stay visible but no longer hold their slot.
        if (!holdsSlot(a.status))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::FontRole:
        if (a.status == Status::Cancelled) {
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
