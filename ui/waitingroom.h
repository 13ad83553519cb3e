// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "booking/scheduleservice.h"
#include "rowtablemodel.h"

namespace fd {

// Who is in the waiting room: a row per arrived patient not yet seen, longest waiting first,
// with how long they have waited as of setNow().
class WaitingRoomModel : public RowTableModel<ScheduleService::Arrival>
{
    Q_OBJECT

public:
    enum Role { AppointmentIdRole = Qt::UserRole + 1, WaitingMinutesRole };

    using RowTableModel::RowTableModel;

    void setNow(qint64 nowUtc);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const ScheduleService::Arrival &a,
                 const ScheduleService::Arrival &b) const override
    {
        return a.appointment.id == b.appointment.id;
    }

private:
    qint64 m_now = 0;
};

} // namespace fd
