// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scheduleservice.h"

#include "clinic/context.h"
#include "store/store.h"

#include <algorithm>

namespace fd {

Result<ClinicConfig> ScheduleService::config()
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    return m_c.store.config();
}

Result<QList<Appointment>> ScheduleService::appointments(const Query &query)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    return m_c.store.appointments(
        {query.from, query.to, query.locationId, query.clinicianId, false});
}

Result<qint64>
ScheduleService::forEachAppointment(const Query &query,
                                    const std::function<bool(const Appointment &)> &visit)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    return m_c.store.forEachAppointment(
        {query.from, query.to, query.locationId, query.clinicianId, false}, visit);
}

Result<QList<Appointment>> ScheduleService::appointments(const QList<qint64> &ids)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    return m_c.store.appointmentsById(ids);
}

Result<Appointment> ScheduleService::appointment(qint64 id)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    return m_c.store.appointment(id);
}

Result<QList<StatusStep>> ScheduleService::history(qint64 id)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    return m_c.store.statusSteps(id);
}

Result<QList<ScheduleService::CallListEntry>>
ScheduleService::confirmationCalls(QDate day, std::optional<qint64> locationId)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    auto day_ = m_c.store.appointments({day, day, locationId, std::nullopt, true});
    if (!day_)
        return day_.error();
    QList<qint64> ids;
    QList<CallListEntry> entries;
    for (const Appointment &a : *day_) {
        if (a.status != Status::Booked && a.status != Status::Confirmed)
            continue;
        ids.append(a.id);
        entries.append({a, std::nullopt});
    }
    auto calls = m_c.store.lastConfirmationCalls(ids);
    if (!calls)
        return calls.error();
    for (CallListEntry &e : entries)
        if (auto it = calls->constFind(e.appointment.id); it != calls->constEnd())
            e.lastCall = *it;
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.appointment.startUtc < b.appointment.startUtc;
    });
    return entries;
}

Result<QList<ScheduleService::Arrival>>
ScheduleService::waitingRoom(QDate day, std::optional<qint64> locationId)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    auto day_ = m_c.store.appointments({day, day, locationId, std::nullopt, true});
    if (!day_)
        return day_.error();
    QList<Arrival> waiting;
    for (const Appointment &a : *day_) {
        if (a.status != Status::Arrived)
            continue;
        auto steps = m_c.store.statusSteps(a.id);
        if (!steps)
            return steps.error();
        // The arrival in force: the latest not corrected.
        qint64 at = 0;
        for (const StatusStep &s : *steps)
            if (s.status == Status::Arrived && !s.correctedUtc)
                at = s.atUtc;
        waiting.append({a, at});
    }
    std::stable_sort(waiting.begin(), waiting.end(), [](const Arrival &a, const Arrival &b) {
        return a.arrivedUtc < b.arrivedUtc;
    });
    return waiting;
}

Result<qint64> ScheduleService::mark()
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    return m_c.store.lastChangeSequence();
}

} // namespace fd
