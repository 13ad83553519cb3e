// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "patients/patientservice.h"
#include "rowtablemodel.h"

namespace fd {

// The suggested slots for what is on the call form, best first.
class SlotModel : public RowTableModel<Slot>
{
    Q_OBJECT

public:
    enum Column { DayColumn, TimeColumn, LocationColumn, ClinicianColumn, ColumnCount };

    explicit SlotModel(QObject *parent = nullptr) : RowTableModel(parent) {}
    void setConfig(const ClinicConfig &config);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const Slot &a, const Slot &b) const override { return a == b; }

private:
    ClinicConfig m_config;
};

// The patients that match what the caller has said so far, with their last and next visits.
class PatientMatchModel : public RowTableModel<PatientMatch>
{
    Q_OBJECT

public:
    enum Column { NameColumn, PhoneColumn, NextColumn, LastColumn, EmailColumn, ColumnCount };

    explicit PatientMatchModel(QObject *parent = nullptr) : RowTableModel(parent) {}

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const PatientMatch &a, const PatientMatch &b) const override
    {
        return a.patient.id == b.patient.id;
    }
};

// A day's confirmation calls: who to call, at which number, and what came of the last call.
class CallListModel : public RowTableModel<ScheduleService::CallListEntry>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        PatientColumn,
        PhoneColumn,
        OutcomeColumn, // what came of the last call: beside the number, where the eye is
        LocationColumn,
        ClinicianColumn,
        ColumnCount
    };

    explicit CallListModel(QObject *parent = nullptr) : RowTableModel(parent) {}

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int openCount() const;

protected:
    bool sameRow(const ScheduleService::CallListEntry &a,
                 const ScheduleService::CallListEntry &b) const override
    {
        return a.appointment.id == b.appointment.id;
    }
};

// How the window writes a visit in a line: "Tue Dec 1, 9:00 AM, Midtown Manhattan, Dr. Lee",
// and shorter, without the clinician, where room is short.
QString visitLine(const Appointment &appointment);
QString visitShort(const Appointment &appointment);
QString phoneForPeople(const QString &e164);

} // namespace fd
