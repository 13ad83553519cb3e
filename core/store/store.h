// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"
#include "domain/csvoptions.h"
#include "domain/tablesum.h"
#include "store/audit.h"

#include <QHash>
#include <QObject>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace fd {

// Which appointments a read wants: the days [from, to] in the locations' local dates.
struct AppointmentFilter
{
    AppointmentFilter() = default;
    AppointmentFilter(QDate from_, QDate to_, std::optional<qint64> locationId_ = {},
                      std::optional<qint64> clinicianId_ = {}, bool slotHoldingOnly_ = false)
        : from(from_), to(to_), locationId(locationId_), clinicianId(clinicianId_),
          slotHoldingOnly(slotHoldingOnly_)
    {}

    QDate from;
    QDate to; // inclusive
    std::optional<qint64> locationId;
    std::optional<qint64> clinicianId;
    bool slotHoldingOnly = false;
    // Further restrictions for the reports, each empty for "any".
    QList<qint64> locationIds;
    QList<qint64> clinicianIds;
    QList<AppointmentType> types;
    QList<qint64> serviceIds; // 0: no service
};

// A slot-holding appointment as the capacity rule sees it: its block (visit plus buffer).
struct HeldBlock
{
    qint64 appointmentId = 0;
    Interval block;
};

// One group of a period's appointments, counted by the store for the report service.
struct AppointmentCount
{
    qint64 locationId = 0;
    qint64 clinicianId = 0;
    AppointmentType type = AppointmentType::FollowUp;
    Status status = Status::Booked;
    bool lateCancel = false;
    int count = 0;
    qint64 minutes = 0;
};

// One committed change as the change log keeps it, for other desks to read.
struct ChangeRecord
{
    qint64 sequence = 0;
    QByteArray json; // a ChangeSet, serialised by the session
};

// Writes years of history at once, for benchmarks: rows in the order the generator makes
// them, without the rules (the generator keeps them), as fast as the store can take them.
class BulkWriter
{
public:
    virtual ~BulkWriter() = default;
    struct PatientRow
    {
        qint64 id = 0;
        QByteArray name, phone, email, carrier, memberId;
        bool selfPay = false;
        qint64 createdUtc = 0;
    };
    struct AppointmentRow
    {
        qint64 id = 0, patientId = 0, clinicianId = 0, locationId = 0, serviceId = 0;
        const char *type = "";
        const char *reason = "";
        QByteArray day;
        int startMinute = 0, endMinute = 0;
        qint64 startUtc = 0, endUtc = 0, blockEndUtc = 0;
        const char *status = "booked";
        const char *cancelReason = "";
        bool lateCancel = false;
        qint64 createdUtc = 0;
    };
    // Inside the unit of work that will hold the rows: ready to take them.
    virtual Result<void> begin() = 0;
    // Each returns false once anything failed; finish() then says what.
    virtual bool addPatient(const PatientRow &row) = 0;
    virtual bool addAppointment(const AppointmentRow &row) = 0;
    virtual bool addStatusStep(qint64 appointmentId, const char *status, qint64 atUtc,
                               const QByteArray &user) = 0;
    virtual bool addAppointmentAudit(qint64 atUtc, const QByteArray &user, const char *action,
                                     qint64 appointmentId, const QByteArray &before,
                                     const QByteArray &after) = 0;
    // Completes what was added (indexes and statistics), or says why it cannot; the unit of
    // work commits it or rolls it all back.
    virtual Result<void> finish(bool keep) = 0;
};

// Where a clinic's records live: rows in, rows out, and nothing of the rules, which the
// services check inside the store's unit of work. The session owns one store; SQLite is the
// embedded implementation, and nothing here is SQLite's own so that another database can
// implement it too.
//
// A unit of work is opened with beginUnit() and ended with commitUnit() or rollbackUnit().
// The outermost unit takes the write lock at once, so that every rule checked inside it sees
// what every other desk has committed and nobody can commit in between; a unit begun inside
// another is nested (a savepoint): it rolls back alone, and commits only with the outermost.
class Store : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Store() override = default;

    // The file or address, for messages.
    virtual QString name() const = 0;
    virtual int schemaVersion() = 0;

    // For tests, and for every implementation to honour: called when the outermost unit is
    // about to take the write lock, so that a test can commit from another connection in the
    // window between what a desk read and its write.
    void setBeforeLockHook(std::function<void()> hook) { m_beforeLock = std::move(hook); }

    virtual Result<void> beginUnit() = 0;
    virtual Result<void> commitUnit() = 0;
    virtual void rollbackUnit() = 0;
    virtual int unitDepth() const = 0;

    // --- the clinic's setup -----------------------------------------------------------------
    // The whole setup: cheap while no desk changed it since it was last read.
    virtual Result<ClinicConfig> config() = 0;
    virtual Result<bool> isEmpty() = 0; // no locations yet
    virtual Result<qint64> insertLocation(const Location &location) = 0;
    virtual Result<void> insertClosedDate(qint64 locationId, QDate day, const QString &reason) = 0;
    virtual Result<qint64> insertService(const QString &name) = 0;
    virtual Result<qint64> insertClinician(const Clinician &clinician) = 0;
    virtual Result<void> updateClinicianCapacity(qint64 clinicianId, int capacity) = 0;
    virtual Result<void> insertTimeOff(qint64 clinicianId, const TimeOff &off) = 0;
    virtual Result<void> updateTypeSettings(const TypeSettings &settings) = 0;
    virtual Result<void> updateBookingHorizon(int months) = 0;

    // --- accounts ---------------------------------------------------------------------------
    // Accounts are read with the setup (ClinicConfig::accounts); their hashes only here.
    virtual Result<qint64> insertAccount(const Account &account, const QByteArray &passwordHash,
                                         qint64 createdUtc) = 0;
    // Writes the full name, role, clinician and whether the account is active.
    virtual Result<void> updateAccount(const Account &account) = 0;
    virtual Result<void> updatePasswordHash(qint64 accountId, const QByteArray &hash) = 0;
    virtual Result<QByteArray> passwordHash(qint64 accountId) = 0;
    // Wrong passwords in a row for a name as typed (known or not), and when the last was.
    struct SignInFailures
    {
        int count = 0;
        qint64 lastUtc = 0;
    };
    virtual Result<SignInFailures> signInFailures(const QString &name) = 0;
    virtual Result<void> recordSignInFailure(const QString &name, qint64 atUtc) = 0;
    virtual Result<void> clearSignInFailures(const QString &name) = 0;
    virtual Result<void> updateIdleLockMinutes(int minutes) = 0;

    // --- patients ---------------------------------------------------------------------------
    virtual Result<qint64> insertPatient(const Patient &patient, qint64 createdUtc) = 0;
    virtual Result<void> updatePatient(const Patient &patient) = 0;
    virtual Result<Patient> patient(qint64 id) = 0;
    // Patients with this E.164 phone number, oldest first.
    virtual Result<QList<Patient>> patientsByPhone(const QString &e164) = 0;
    // How many appointments the patient has, leaving out bookings entered in error.
    virtual Result<int> patientAppointmentCount(qint64 patientId) = 0;
    // A fragment of the name, or phone digits, anywhere; names starting with it first.
    virtual Result<QList<Patient>> searchPatients(const QString &text, int limit) = 0;
    // Patients whose email address starts with `prefix`, ignoring case, in address order.
    virtual Result<QList<Patient>> searchPatientsByEmail(const QString &prefix, int limit) = 0;
    // The patient's latest slot-holding visit that started before `nowUtc`, and the earliest
    // booked or confirmed one starting at or after it.
    virtual Result<std::optional<Appointment>> lastVisit(qint64 patientId, qint64 nowUtc) = 0;
    virtual Result<std::optional<Appointment>> nextVisit(qint64 patientId, qint64 nowUtc) = 0;

    // --- appointments -----------------------------------------------------------------------
    virtual Result<qint64> insertAppointment(const Appointment &appointment, qint64 createdUtc) = 0;
    // Writes the appointment's status, cancellation and reschedule links.
    virtual Result<void> updateAppointment(const Appointment &appointment) = 0;
    virtual Result<Appointment> appointment(qint64 id) = 0;
    virtual Result<qint64> addStatusStep(qint64 appointmentId, Status status, qint64 atUtc,
                                         const QString &user) = 0;
    virtual Result<void> markStepCorrected(qint64 stepId, qint64 atUtc) = 0;
    // Oldest first, corrected steps included.
    virtual Result<QList<StatusStep>> statusSteps(qint64 appointmentId) = 0;

    // The blocks of a clinician's slot-holding appointments that overlap `window`.
    virtual Result<QList<HeldBlock>> clinicianBlocks(qint64 clinicianId,
                                                     const Interval &window) = 0;
    // The visits of a patient's slot-holding appointments that overlap `window`.
    virtual Result<QList<HeldBlock>> patientVisits(qint64 patientId, const Interval &window) = 0;
    // The blocks of slot-holding appointments starting in `window`: the lean read behind
    // every slot search.
    virtual Result<QList<BusyBlock>> busyBlocks(const Interval &window,
                                                std::optional<qint64> clinicianId) = 0;
    // Appointments with names joined, ordered by day, start, location, clinician.
    virtual Result<QList<Appointment>> appointments(const AppointmentFilter &filter) = 0;
    // The same rows one at a time, in start order, without holding them all: for exports of
    // years. `visit` returns false to stop (a cancelled export); returns the rows visited.
    virtual Result<qint64>
    forEachAppointment(const AppointmentFilter &filter,
                       const std::function<bool(const Appointment &)> &visit) = 0;
    virtual Result<QList<Appointment>> appointmentsById(const QList<qint64> &ids) = 0;

    // --- figures and exports ----------------------------------------------------------------
    virtual Result<QList<AppointmentCount>> countAppointments(const AppointmentFilter &filter) = 0;
    // Slot-holding appointments by weekday (0 Monday ... 6 Sunday) and local start hour.
    using WeekHours = std::array<std::array<int, 24>, 7>;
    virtual Result<WeekHours> startsByWeekdayHour(const AppointmentFilter &filter) = 0;
    // The appointments of the filter's days as CSV (RFC 4180, UTF-8, a header row); returns
    // the number of rows. A cell a spreadsheet would run as a formula (starting with =, +, -,
    // @, a tab or a carriage return) is written with a leading apostrophe.
    virtual Result<qint64> exportAppointmentsCsv(const AppointmentFilter &filter,
                                                 const CsvOptions &options, QIODevice &out) = 0;

    // --- the file itself ------------------------------------------------------------------
    // A consistent copy of the whole clinic at `path` while other desks go on writing,
    // readable by its owner only, checked before it is put in place.
    virtual Result<void> backupTo(const QString &path) = 0;
    // The database's own integrity and foreign-key checks: the problems found, none if sound.
    virtual Result<QStringList> check() = 0;
    // Replaces the whole clinic with the copy at `path` (a backup), once the copy has passed
    // the same checks; every desk's cached setup and change log position stay valid.
    // `record` (the restore's own audit record) is the first thing the restored clinic holds
    // after the live trail, which is kept whole.
    virtual Result<void> restoreFrom(const QString &path, const AuditEntry &record) = 0;

    // --- audit and the change log -----------------------------------------------------------
    virtual Result<void> writeAudit(const AuditEntry &entry) = 0;
    // The trail's rows the query asks for, newest first; `visit` returns false to stop.
    virtual Result<qint64> forEachAudit(const AuditQuery &query,
                                        const std::function<bool(const AuditRecord &)> &visit) = 0;

    // Confirmation calls: one row per call, the newest not withdrawn per appointment is its
    // outcome.
    virtual Result<qint64> insertConfirmationCall(const ConfirmationCall &call) = 0;
    virtual Result<std::optional<ConfirmationCall>> confirmationCall(qint64 id) = 0;
    virtual Result<void> withdrawConfirmationCall(qint64 id, qint64 atUtc) = 0;
    virtual Result<QHash<qint64, ConfirmationCall>>
    lastConfirmationCalls(const QList<qint64> &appointmentIds) = 0;
    // Adds a committed change for other desks to read; returns its sequence number.
    virtual Result<qint64> appendChange(qint64 atUtc, const QByteArray &json) = 0;
    // Sequence numbers grow in the order units commit (the write lock serialises them).
    virtual Result<qint64> lastChangeSequence() = 0;
    virtual Result<QList<ChangeRecord>> changesSince(qint64 sequence) = 0;
    // Starts telling, through othersCommitted(), that another connection committed.
    virtual void watchOthers(bool on) = 0;

    // A bulk writer for an empty clinic's history: made outside any unit of work, used inside
    // one; the file is set back to its everyday settings when the writer goes.
    virtual Result<std::unique_ptr<BulkWriter>> bulkWriter() = 0;

signals:
    // Another connection (another desk, another process) committed something.
    void othersCommitted();

protected:
    void runBeforeLockHook()
    {
        if (m_beforeLock)
            m_beforeLock();
    }

private:
    std::function<void()> m_beforeLock;
};

} // namespace fd
