// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "waitingroom.h"

#include "calendar/walltime.h"

#include <QDateTime>
#include <QLocale>

namespace fd {

void WaitingRoomModel::setNow(qint64 nowUtc)
{
    if (nowUtc / 60 == m_now / 60) {
        m_now = nowUtc;
        return;
    }
    m_now = nowUtc;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0),
                         {Qt::DisplayRole, Qt::ToolTipRole, WaitingMinutesRole});
}

int WaitingRoomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant WaitingRoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduleService::Arrival &arrival = at(index.row());
    const Appointment &a = arrival.appointment;
    const int minutes = static_cast<int>(std::max<qint64>(0, m_now - arrival.arrivedUtc) / 60);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 min · %3 %4")
            .arg(a.patientName)
            .arg(minutes)
            .arg(timeOfDayText(a.startMinute), a.clinicianName);
    case Qt::ToolTipRole:
        return tr("%1 arrived at %2 for %3 with %4.")
            .arg(a.patientName,
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(arrival.arrivedUtc).time(),
                                    QLocale::ShortFormat),
                 timeOfDayText(a.startMinute), a.clinicianName);
    case AppointmentIdRole:
        return a.id;
    case WaitingMinutesRole:
        return minutes;
    }
    return {};
}

} // namespace fd
