// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scheduleservice.h"

#include "clinic/context.h"
#include "store/store.h"

namespace fd {

Result<ClinicConfig> ScheduleService::config()
{
    return m_c.store.config();
}

Result<QList<Appointment>> ScheduleService::appointments(const Query &query)
{
    return m_c.store.appointments(
        {query.from, query.to, query.locationId, query.clinicianId, false});
}

Result<QList<Appointment>> ScheduleService::appointments(const QList<qint64> &ids)
{
    return m_c.store.appointmentsById(ids);
}

Result<Appointment> ScheduleService::appointment(qint64 id)
{
    return m_c.store.appointment(id);
}

Result<QList<StatusStep>> ScheduleService::history(qint64 id)
{
    return m_c.store.statusSteps(id);
}

Result<qint64> ScheduleService::mark()
{
    return m_c.store.lastChangeSequence();
}

} // namespace fd
