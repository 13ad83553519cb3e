// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "json.h"

#include "calendar/walltime.h"

#include <QJsonArray>

#include <algorithm>

namespace fd {

QJsonObject toJson(const Appointment &a)
{
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("start"), formatWall(a.day, a.startMinute)},
        {QStringLiteral("end"), formatWall(a.day, a.endMinute)},
        {QStringLiteral("location_id"), a.locationId},
        {QStringLiteral("clinician_id"), a.clinicianId},
        {QStringLiteral("patient_id"), a.patientId},
        {QStringLiteral("type"), typeCode(a.type)},
        {QStringLiteral("status"), statusCode(a.status)},
        {QStringLiteral("reason"), a.reason},
    };
    if (!a.locationName.isEmpty())
        o.insert(QStringLiteral("location"), a.locationName);
    if (!a.clinicianName.isEmpty())
        o.insert(QStringLiteral("clinician"), a.clinicianName);
    if (!a.patientName.isEmpty())
        o.insert(QStringLiteral("patient"), a.patientName);
    if (!a.patientPhone.isEmpty())
        o.insert(QStringLiteral("phone"), a.patientPhone);
    if (a.serviceId) {
        o.insert(QStringLiteral("service_id"), *a.serviceId);
        if (!a.serviceName.isEmpty())
            o.insert(QStringLiteral("service"), a.serviceName);
    }
    if (a.rescheduledFrom)
        o.insert(QStringLiteral("rescheduled_from"), *a.rescheduledFrom);
    if (a.rescheduledTo)
        o.insert(QStringLiteral("rescheduled_to"), *a.rescheduledTo);
    if (a.status == Status::Cancelled) {
        o.insert(QStringLiteral("cancel_reason"), a.cancelReason);
        o.insert(QStringLiteral("late_cancel"), a.lateCancel);
    }
    return o;
}

QJsonObject toJson(const Patient &p)
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("self_pay"), p.selfPay},
        {QStringLiteral("insurance_carrier"), p.insuranceCarrier},
        {QStringLiteral("member_id"), p.memberId},
        {QStringLiteral("insurance_pending"), p.insurancePending},
    };
}

QJsonObject toJson(const Location &l)
{
    QStringList closed;
    for (const QDate &d : l.closedDates)
        closed.append(d.toString(Qt::ISODate));
    std::sort(closed.begin(), closed.end());
    return {
        {QStringLiteral("id"), l.id},
        {QStringLiteral("name"), l.name},
        {QStringLiteral("address"), l.address},
        {QStringLiteral("phone"), l.phone},
        {QStringLiteral("time_zone"), l.timeZone},
        {QStringLiteral("opens"), formatMinute(l.openMinute)},
        {QStringLiteral("closes"), formatMinute(l.closeMinute)},
        {QStringLiteral("slot_minutes"), l.slotMinutes},
        {QStringLiteral("closed_dates"), QJsonArray::fromStringList(closed)},
    };
}

QJsonObject toJson(const Service &s)
{
    return {{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}};
}

} // namespace fd
