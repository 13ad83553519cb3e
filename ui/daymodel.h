// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>

namespace fd {

// One location's day as a read-only table: a row per appointment, in start order. Corrected
// (voided) and rescheduled rows stay, muted, so the day's story can be read.
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

    // A new day: the whole table is replaced.
    void setAppointments(QList<Appointment> appointments);
    // The same day after a change: rows are inserted, removed or updated one by one, so that
    // the view keeps its selection and scroll. `appointments` is the day as it now stands,
    // in the order of the store's day query.
    void updateAppointments(const QList<Appointment> &appointments);
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
