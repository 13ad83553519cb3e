#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>

namespace fd {

// One location's day as a read-only table: a row per appointment, in start order.
class DayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ClinicianColumn,
        PatientColumn,
        TypeColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { AppointmentIdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit DayModel(QObject *parent = nullptr);

    void setAppointments(QList<Appointment> appointments);
    const QList<Appointment> &appointments() const { return m_appointments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Appointment> m_appointments;
};

} // namespace fd
