#pragma once

#include "booking/rules.h"
#include "common/result.h"
#include "domain/types.h"

class QSqlQuery;

namespace fd {

class Database;

// "SELECT <every patient column> FROM patients p ", and the reader of its rows.
const QString &patientSelect();
Patient readPatient(const QSqlQuery &query);

// Patients and appointments: the rows, without the rules. Runs inside the caller's
// transaction where it writes.
class AppointmentStore
{
public:
    explicit AppointmentStore(Database &db) : m_db(db) {}

    Result<qint64> insertPatient(const Patient &patient, qint64 createdUtc);
    // Inserts a new patient with its audit record; sets patient.id.
    Result<qint64> registerPatient(Patient &patient, qint64 atUtc, const QString &user);
    Result<Patient> patient(qint64 id);
    // Patients with this E.164 phone number, oldest first.
    Result<QList<Patient>> patientsByPhone(const QString &e164);

    Result<qint64> insertAppointment(const Appointment &appointment, qint64 createdUtc);
    Result<Appointment> appointment(qint64 id);
    Result<void> updateStatus(const Appointment &appointment);
    Result<void> addStatusHistory(qint64 appointmentId, Status status, qint64 atUtc,
                                  const QString &user);

    // The blocks (visit plus buffer) of a clinician's slot-holding appointments that
    // overlap `window`.
    Result<QList<Interval>> clinicianBlocks(qint64 clinicianId, const Interval &window);
    // The visits of a patient's slot-holding appointments that overlap `window`.
    Result<QList<Interval>> patientVisits(qint64 patientId, const Interval &window);

    // The blocks of slot-holding appointments starting in `window`: the lean query behind
    // every slot search.
    Result<QList<BusyBlock>> busyBlocks(const Interval &window,
                                        std::optional<qint64> clinicianId = std::nullopt);

    struct DayFilter
    {
        QDate from;
        QDate to; // inclusive
        std::optional<qint64> locationId;
        std::optional<qint64> clinicianId;
        bool slotHoldingOnly = false;
    };
    // Appointments with names joined, ordered by day, start, location, clinician.
    Result<QList<Appointment>> appointments(const DayFilter &filter);

private:
    Database &m_db;
};

} // namespace fd
