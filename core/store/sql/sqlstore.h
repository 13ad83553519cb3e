// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/store.h"

#include <memory>

namespace fd {

class Database;

// What the SQLite and PostgreSQL stores share: the rows in and out, through one QSqlDatabase
// connection used from the thread that opened it, in SQL both databases speak. Where they
// differ in a query (case-insensitive ranges, weekday arithmetic, text search) the query asks
// the connection's dialect; what only one of them can do (SQLite's file copies, PostgreSQL's
// notifications) is each store's own. The write lock is taken by Database::beginWrite() when
// the outermost unit of work begins; nested units are savepoints in both.
class SqlStore : public Store
{
    Q_OBJECT

public:
    ~SqlStore() override;

    // The low-level connection, for the store's own tests and the benchmarks.
    Database &database() { return *m_db; }

    QString name() const override;
    int schemaVersion() override;

    Result<void> beginUnit() override;
    Result<void> commitUnit() override;
    void rollbackUnit() override;
    int unitDepth() const override { return m_depth; }

    Result<ClinicConfig> config() override;
    Result<ClinicConfig> loadConfigUncached();
    Result<bool> isEmpty() override;
    Result<qint64> insertLocation(const Location &location) override;
    Result<void> insertClosedDate(qint64 locationId, QDate day, const QString &reason) override;
    Result<qint64> insertService(const QString &name) override;
    Result<qint64> insertClinician(const Clinician &clinician) override;
    Result<void> updateClinicianCapacity(qint64 clinicianId, int capacity) override;
    Result<void> insertTimeOff(qint64 clinicianId, const TimeOff &off) override;
    Result<void> updateTypeSettings(const TypeSettings &settings) override;
    Result<void> updateBookingHorizon(int months) override;

    Result<qint64> insertAccount(const Account &account, const QByteArray &passwordHash,
                                 qint64 createdUtc) override;
    Result<void> updateAccount(const Account &account) override;
    Result<void> updatePasswordHash(qint64 accountId, const QByteArray &hash) override;
    Result<QByteArray> passwordHash(qint64 accountId) override;
    Result<SignInFailures> signInFailures(const QString &name) override;
    Result<void> recordSignInFailure(const QString &name, qint64 atUtc) override;
    Result<void> clearSignInFailures(const QString &name) override;
    Result<void> updateIdleLockMinutes(int minutes) override;

    Result<qint64> insertPatient(const Patient &patient, qint64 createdUtc) override;
    Result<void> updatePatient(const Patient &patient) override;
    Result<Patient> patient(qint64 id) override;
    Result<QList<Patient>> patientsByPhone(const QString &e164) override;
    Result<int> patientAppointmentCount(qint64 patientId) override;
    Result<QList<Patient>> searchPatients(const QString &text, int limit) override;
    Result<QList<Patient>> searchPatientsByEmail(const QString &prefix, int limit) override;
    Result<std::optional<Appointment>> lastVisit(qint64 patientId, qint64 nowUtc) override;
    Result<std::optional<Appointment>> nextVisit(qint64 patientId, qint64 nowUtc) override;
    Result<qint64> insertConfirmationCall(const ConfirmationCall &call) override;
    Result<std::optional<ConfirmationCall>> confirmationCall(qint64 id) override;
    Result<void> withdrawConfirmationCall(qint64 id, qint64 atUtc) override;
    Result<QHash<qint64, ConfirmationCall>>
    lastConfirmationCalls(const QList<qint64> &appointmentIds) override;

    Result<qint64> insertAppointment(const Appointment &appointment, qint64 createdUtc) override;
    Result<void> updateAppointment(const Appointment &appointment) override;
    Result<Appointment> appointment(qint64 id) override;
    Result<qint64> addStatusStep(qint64 appointmentId, Status status, qint64 atUtc,
                                 const QString &user) override;
    Result<void> markStepCorrected(qint64 stepId, qint64 atUtc) override;
    Result<QList<StatusStep>> statusSteps(qint64 appointmentId) override;
    Result<QList<HeldBlock>> clinicianBlocks(qint64 clinicianId, const Interval &window) override;
    Result<QList<HeldBlock>> patientVisits(qint64 patientId, const Interval &window) override;
    Result<QList<BusyBlock>> busyBlocks(const Interval &window,
                                        std::optional<qint64> clinicianId) override;
    Result<QList<Appointment>> appointments(const AppointmentFilter &filter) override;
    Result<qint64>
    forEachAppointment(const AppointmentFilter &filter,
                       const std::function<bool(const Appointment &)> &visit) override;
    Result<qint64> visitAppointments(const AppointmentFilter &filter, const QString &order,
                                     const std::function<bool(const Appointment &)> &visit);
    Result<QList<Appointment>> appointmentsById(const QList<qint64> &ids) override;

    Result<QList<AppointmentCount>> countAppointments(const AppointmentFilter &filter) override;
    Result<WeekHours> startsByWeekdayHour(const AppointmentFilter &filter) override;
    // Through QSqlQuery; SQLite has a faster way of its own.
    Result<qint64> exportAppointmentsCsv(const AppointmentFilter &filter, const CsvOptions &options,
                                         QIODevice &out) override;
    // The export's query with the filter's values written in, for the database's own shell.
    QString appointmentsCsvQuery(const AppointmentFilter &filter, bool deidentified = false) const;

    Result<void> writeAudit(const AuditEntry &entry) override;
    Result<qint64> forEachAudit(const AuditQuery &query,
                                const std::function<bool(const AuditRecord &)> &visit) override;
    Result<qint64> appendChange(qint64 atUtc, const QByteArray &json) override;
    Result<qint64> lastChangeSequence() override;
    Result<QList<ChangeRecord>> changesSince(qint64 sequence) override;

protected:
    explicit SqlStore(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    int m_depth = 0;
};

} // namespace fd
