// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace fd {
namespace {

const QString kSelectAppointment = QStringLiteral(
    "SELECT a.id, a.patient_id, a.clinician_id, a.location_id, a.service_id, a.type, a.day, "
    "a.start_minute, a.end_minute, a.start_utc, a.end_utc, a.block_end_utc, a.status, a.reason, "
    "a.cancel_reason, a.late_cancel, a.rescheduled_from, a.rescheduled_to, p.name, p.phone, "
    "c.name, l.name, s.name "
    "FROM appointments a "
    "JOIN patients p ON p.id = a.patient_id "
    "JOIN clinicians c ON c.id = a.clinician_id "
    "JOIN locations l ON l.id = a.location_id "
    "LEFT JOIN services s ON s.id = a.service_id ");

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

Appointment readAppointment(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.clinicianId = q.value(2).toLongLong();
    a.locationId = q.value(3).toLongLong();
    a.serviceId = optionalId(q.value(4));
    a.type = parseTypeCode(q.value(5).toString()).value_or(AppointmentType::FollowUp);
    a.day = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.startMinute = q.value(7).toInt();
    a.endMinute = q.value(8).toInt();
    a.startUtc = q.value(9).toLongLong();
    a.endUtc = q.value(10).toLongLong();
    a.blockEndUtc = q.value(11).toLongLong();
    a.status = parseStatusCode(q.value(12).toString()).value_or(Status::Booked);
    a.reason = q.value(13).toString();
    a.cancelReason = q.value(14).toString();
    a.lateCancel = q.value(15).toBool();
    a.rescheduledFrom = optionalId(q.value(16));
    a.rescheduledTo = optionalId(q.value(17));
    a.patientName = q.value(18).toString();
    a.patientPhone = q.value(19).toString();
    a.clinicianName = q.value(20).toString();
    a.locationName = q.value(21).toString();
    a.serviceName = q.value(22).toString();
    return a;
}

// The columns insertPatient() and updatePatient() write, in their order.
void bindPatient(QSqlQuery &q, const Patient &p)
{
    q.addBindValue(p.name);
    q.addBindValue(p.phone);
    q.addBindValue(text(p.email));
    q.addBindValue(p.selfPay ? 1 : 0);
    q.addBindValue(text(p.insuranceCarrier));
    q.addBindValue(text(p.memberId));
    q.addBindValue(p.insurancePending ? 1 : 0);
}

Result<QList<HeldBlock>> readHeld(QSqlQuery &q)
{
    if (auto r = exec(q); !r)
        return r.error();
    QList<HeldBlock> held;
    while (q.next())
        held.append(HeldBlock{q.value(0).toLongLong(),
                              Interval{q.value(1).toLongLong(), q.value(2).toLongLong()}});
    return held;
}

} // namespace

const QString &slotHoldingSql()
{
    static const QString sql =
        QStringLiteral("a.status IN ('booked', 'confirmed', 'arrived', 'completed')");
    return sql;
}

const QString &patientSelect()
{
    static const QString select =
        QStringLiteral("SELECT p.id, p.name, p.phone, p.email, p.self_pay, p.insurance_carrier, "
                       "p.member_id, p.insurance_pending FROM patients p ");
    return select;
}

Patient readPatient(const QSqlQuery &q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.phone = q.value(2).toString();
    p.email = q.value(3).toString();
    p.selfPay = q.value(4).toBool();
    p.insuranceCarrier = q.value(5).toString();
    p.memberId = q.value(6).toString();
    p.insurancePending = q.value(7).toBool();
    return p;
}

Result<qint64> SqlStore::insertPatient(const Patient &p, qint64 createdUtc)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "INSERT INTO patients (name, phone, email, self_pay, insurance_carrier, member_id, "
        "insurance_pending, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindPatient(q, p);
    q.addBindValue(createdUtc);
    return insertedId(q);
}

Result<void> SqlStore::updatePatient(const Patient &p)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "UPDATE patients SET name = ?, phone = ?, email = ?, self_pay = ?, insurance_carrier = ?, "
        "member_id = ?, insurance_pending = ? WHERE id = ?"));
    bindPatient(q, p);
    q.addBindValue(p.id);
    return exec(q);
}

Result<Patient> SqlStore::patient(qint64 id)
{
    QSqlQuery q = m_db->prepare(patientSelect() + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return Error{ErrorKind::NotFound, QStringLiteral("patient"),
                     QCoreApplication::translate("fd::Store", "no patient with id %1").arg(id)};
    return readPatient(q);
}

Result<QList<Patient>> SqlStore::patientsByPhone(const QString &e164)
{
    QSqlQuery q = m_db->prepare(patientSelect() + QStringLiteral("WHERE phone = ? ORDER BY id"));
    q.addBindValue(e164);
    if (auto r = exec(q); !r)
        return r.error();
    QList<Patient> patients;
    while (q.next())
        patients.append(readPatient(q));
    return patients;
}

Result<int> SqlStore::patientAppointmentCount(qint64 patientId)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "SELECT COUNT(*) FROM appointments WHERE patient_id = ? AND status <> 'voided'"));
    q.addBindValue(patientId);
    if (auto r = exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<std::optional<Appointment>> SqlStore::lastVisit(qint64 patientId, qint64 nowUtc)
{
    QSqlQuery q =
        m_db->prepare(kSelectAppointment +
                      QStringLiteral("WHERE a.patient_id = ? AND "
                                     "a.start_utc < ? AND ") +
                      slotHoldingSql() + QStringLiteral(" ORDER BY a.start_utc DESC LIMIT 1"));
    q.addBindValue(patientId);
    q.addBindValue(nowUtc);
    if (auto r = exec(q); !r)
        return r.error();
    return q.next() ? std::optional(readAppointment(q)) : std::nullopt;
}

Result<std::optional<Appointment>> SqlStore::nextVisit(qint64 patientId, qint64 nowUtc)
{
    QSqlQuery q =
        m_db->prepare(kSelectAppointment +
                      QStringLiteral("WHERE a.patient_id = ? AND a.start_utc >= ? AND a.status IN "
                                     "('booked', 'confirmed') ORDER BY a.start_utc LIMIT 1"));
    q.addBindValue(patientId);
    q.addBindValue(nowUtc);
    if (auto r = exec(q); !r)
        return r.error();
    return q.next() ? std::optional(readAppointment(q)) : std::nullopt;
}

Result<qint64> SqlStore::insertConfirmationCall(const ConfirmationCall &call)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO confirmation_calls (appointment_id, outcome, at_utc, \"user\") "
                       "VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(call.appointmentId);
    q.addBindValue(callOutcomeCode(call.outcome));
    q.addBindValue(call.atUtc);
    q.addBindValue(call.user);
    return insertedId(q);
}

Result<std::optional<ConfirmationCall>> SqlStore::confirmationCall(qint64 id)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT appointment_id, outcome, at_utc, \"user\" FROM confirmation_calls "
                       "WHERE id = ? AND withdrawn_utc IS NULL"));
    q.addBindValue(id);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<ConfirmationCall>();
    return std::optional(ConfirmationCall{
        id, q.value(0).toLongLong(),
        parseCallOutcomeCode(q.value(1).toString()).value_or(CallOutcome::Unreachable),
        q.value(2).toLongLong(), q.value(3).toString()});
}

Result<void> SqlStore::withdrawConfirmationCall(qint64 id, qint64 atUtc)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "UPDATE confirmation_calls SET withdrawn_utc = ? WHERE id = ? AND withdrawn_utc IS NULL"));
    q.addBindValue(atUtc);
    q.addBindValue(id);
    return exec(q);
}

Result<QHash<qint64, ConfirmationCall>>
SqlStore::lastConfirmationCalls(const QList<qint64> &appointmentIds)
{
    QHash<qint64, ConfirmationCall> calls;
    // A day's visits, one indexed lookup each.
    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT outcome, at_utc, \"user\", id FROM confirmation_calls WHERE "
                       "appointment_id = ? AND withdrawn_utc IS NULL "
                       "ORDER BY at_utc DESC, id DESC LIMIT 1"));
    for (qint64 id : appointmentIds) {
        q.addBindValue(id);
        if (auto r = exec(q); !r)
            return r.error();
        if (q.next())
            calls.insert(
                id, {q.value(3).toLongLong(), id,
                     parseCallOutcomeCode(q.value(0).toString()).value_or(CallOutcome::Unreachable),
                     q.value(1).toLongLong(), q.value(2).toString()});
        q.finish();
    }
    return calls;
}

Result<qint64> SqlStore::insertAppointment(const Appointment &a, qint64 createdUtc)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "INSERT INTO appointments (patient_id, clinician_id, location_id, service_id, type, "
        "reason, day, start_minute, end_minute, start_utc, end_utc, block_end_utc, status, "
        "rescheduled_from, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(a.patientId);
    q.addBindValue(a.clinicianId);
    q.addBindValue(a.locationId);
    q.addBindValue(idOrNull(a.serviceId));
    q.addBindValue(typeCode(a.type));
    q.addBindValue(text(a.reason));
    q.addBindValue(a.day.toString(Qt::ISODate));
    q.addBindValue(a.startMinute);
    q.addBindValue(a.endMinute);
    q.addBindValue(a.startUtc);
    q.addBindValue(a.endUtc);
    q.addBindValue(a.blockEndUtc);
    q.addBindValue(statusCode(a.status));
    q.addBindValue(idOrNull(a.rescheduledFrom));
    q.addBindValue(createdUtc);
    return insertedId(q);
}

Result<Appointment> SqlStore::appointment(qint64 id)
{
    QSqlQuery q = m_db->prepare(kSelectAppointment + QStringLiteral("WHERE a.id = ?"));
    q.addBindValue(id);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return Error{ErrorKind::NotFound, QStringLiteral("id"),
                     QCoreApplication::translate("fd::Store", "no appointment with id %1").arg(id)};
    return readAppointment(q);
}

Result<void> SqlStore::updateAppointment(const Appointment &a)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("UPDATE appointments SET status = ?, cancel_reason = ?, late_cancel = ?, "
                       "rescheduled_to = ? WHERE id = ?"));
    q.addBindValue(statusCode(a.status));
    q.addBindValue(text(a.cancelReason));
    q.addBindValue(a.lateCancel ? 1 : 0);
    q.addBindValue(idOrNull(a.rescheduledTo));
    q.addBindValue(a.id);
    return exec(q);
}

Result<qint64> SqlStore::addStatusStep(qint64 appointmentId, Status status, qint64 atUtc,
                                       const QString &user)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO status_history (appointment_id, "
                       "status, at_utc, user_name) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(appointmentId);
    q.addBindValue(statusCode(status));
    q.addBindValue(atUtc);
    q.addBindValue(user);
    return insertedId(q);
}

Result<void> SqlStore::markStepCorrected(qint64 stepId, qint64 atUtc)
{
    QSqlQuery q =
        m_db->prepare(QStringLiteral("UPDATE status_history SET corrected_utc = ? WHERE id = ?"));
    q.addBindValue(atUtc);
    q.addBindValue(stepId);
    return exec(q);
}

Result<QList<StatusStep>> SqlStore::statusSteps(qint64 appointmentId)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT id, status, at_utc, user_name, corrected_utc FROM status_history "
                       "WHERE appointment_id = ? ORDER BY id"));
    q.addBindValue(appointmentId);
    if (auto r = exec(q); !r)
        return r.error();
    QList<StatusStep> steps;
    while (q.next())
        steps.append(StatusStep{q.value(0).toLongLong(),
                                parseStatusCode(q.value(1).toString()).value_or(Status::Booked),
                                q.value(2).toLongLong(), q.value(3).toString(),
                                optionalId(q.value(4))});
    return steps;
}

Result<QList<HeldBlock>> SqlStore::clinicianBlocks(qint64 clinicianId, const Interval &window)
{
    // start_utc > window.start - 1 day bounds the index range: no visit lasts a day.
    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT id, start_utc, block_end_utc FROM appointments a WHERE "
                       "clinician_id = ? AND start_utc < ? AND start_utc > ? AND "
                       "block_end_utc > ? AND ") +
        slotHoldingSql());
    q.addBindValue(clinicianId);
    q.addBindValue(window.endUtc);
    q.addBindValue(window.startUtc - 86400);
    q.addBindValue(window.startUtc);
    return readHeld(q);
}

Result<QList<HeldBlock>> SqlStore::patientVisits(qint64 patientId, const Interval &window)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT id, start_utc, end_utc FROM appointments a WHERE patient_id = ? "
                       "AND start_utc < ? AND start_utc > ? AND end_utc > ? AND ") +
        slotHoldingSql());
    q.addBindValue(patientId);
    q.addBindValue(window.endUtc);
    q.addBindValue(window.startUtc - 86400);
    q.addBindValue(window.startUtc);
    return readHeld(q);
}

Result<QList<BusyBlock>> SqlStore::busyBlocks(const Interval &window,
                                              std::optional<qint64> clinicianId)
{
    QString sql =
        QStringLiteral("SELECT clinician_id, start_utc, block_end_utc FROM appointments a "
                       "WHERE start_utc >= ? AND start_utc < ? AND ") +
        slotHoldingSql();
    if (clinicianId)
        sql += QStringLiteral(" AND clinician_id = ?");
    QSqlQuery q = m_db->prepare(sql);
    q.setForwardOnly(true);
    q.addBindValue(window.startUtc);
    q.addBindValue(window.endUtc);
    if (clinicianId)
        q.addBindValue(*clinicianId);
    if (auto r = exec(q); !r)
        return r.error();
    QList<BusyBlock> list;
    list.reserve(1024);
    while (q.next())
        list.append(
            BusyBlock{q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()}});
    if (auto r = readToEnd(q); !r)
        return r.error();
    return list;
}

Result<QList<Appointment>> SqlStore::appointments(const AppointmentFilter &f)
{
    QList<Appointment> list;
    auto visited = visitAppointments(
        f, QStringLiteral("a.day, a.start_minute, a.location_id, a.clinician_id, a.id"),
        [&list](const Appointment &a) {
            list.append(a);
            return true;
        });
    if (!visited)
        return visited.error();
    return list;
}

Result<qint64> SqlStore::forEachAppointment(const AppointmentFilter &f,
                                            const std::function<bool(const Appointment &)> &visit)
{
    // In start order, which the start-time index gives without sorting a year of rows.
    return visitAppointments(f, QStringLiteral("a.start_utc, a.id"), visit);
}

Result<qint64> SqlStore::visitAppointments(const AppointmentFilter &f, const QString &order,
                                           const std::function<bool(const Appointment &)> &visit)
{
    // The start_utc bounds (a day's margin for any time zone) let the planner use the
    // clinician's or the start-time index instead of walking years of history.
    QString sql = kSelectAppointment +
                  QStringLiteral("WHERE a.day BETWEEN ? AND ? AND a.start_utc BETWEEN ? AND ?");
    if (f.locationId)
        sql += QStringLiteral(" AND a.location_id = ?");
    if (f.clinicianId)
        sql += QStringLiteral(" AND a.clinician_id = ?");
    if (f.slotHoldingOnly)
        sql += QStringLiteral(" AND ") + slotHoldingSql();
    sql += restrictionSql(f) + QStringLiteral(" ORDER BY ") + order;
    QSqlQuery q = m_db->prepare(sql);
    q.setForwardOnly(true);
    bindPeriod(q, f);
    if (auto r = exec(q); !r)
        return r.error();
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        if (!visit(readAppointment(q)))
            return rows;
    }
    if (auto r = readToEnd(q); !r)
        return r.error();
    return rows;
}

Result<QList<Appointment>> SqlStore::appointmentsById(const QList<qint64> &ids)
{
    QList<Appointment> list;
    // A handful at a time: a change set names a few appointments, seldom more.
    QSqlQuery q = m_db->prepare(kSelectAppointment + QStringLiteral("WHERE a.id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (auto r = exec(q); !r)
            return r.error();
        if (q.next())
            list.append(readAppointment(q));
        q.finish();
    }
    return list;
}

void bindPeriod(QSqlQuery &q, const AppointmentFilter &f)
{
    q.addBindValue(f.from.toString(Qt::ISODate));
    q.addBindValue(f.to.toString(Qt::ISODate));
    q.addBindValue(QDateTime(f.from.addDays(-1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    q.addBindValue(QDateTime(f.to.addDays(2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    if (f.locationId)
        q.addBindValue(*f.locationId);
    if (f.clinicianId)
        q.addBindValue(*f.clinicianId);
}

QString restrictionSql(const AppointmentFilter &f)
{
    QString sql;
    auto ids = [&sql](const char *column, const QList<qint64> &values) {
        if (values.isEmpty())
            return;
        QStringList list;
        for (qint64 id : values)
            list.append(QString::number(id));
        sql += QStringLiteral(" AND a.%1 IN (%2)")
                   .arg(QLatin1String(column), list.join(QLatin1Char(',')));
    };
    ids("location_id", f.locationIds);
    ids("clinician_id", f.clinicianIds);
    if (!f.serviceIds.isEmpty()) {
        // 0 asks for the appointments booked without a service.
        QList<qint64> services = f.serviceIds;
        const bool none = services.removeAll(0) > 0;
        QStringList list;
        for (qint64 id : services)
            list.append(QString::number(id));
        const QString in = QStringLiteral("a.service_id IN (%1)").arg(list.join(QLatin1Char(',')));
        if (list.isEmpty())
            sql += QStringLiteral(" AND a.service_id IS NULL");
        else
            sql += none ? QStringLiteral(" AND (%1 OR a.service_id IS NULL)").arg(in)
                        : QStringLiteral(" AND ") + in;
    }
    if (!f.types.isEmpty()) {
        QStringList codes;
        for (AppointmentType t : f.types)
            codes.append(QLatin1Char('\'') + typeCode(t) + QLatin1Char('\''));
        sql += QStringLiteral(" AND a.type IN (%1)").arg(codes.join(QLatin1Char(',')));
    }
    return sql;
}

} // namespace fd
