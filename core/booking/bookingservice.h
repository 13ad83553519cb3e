// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/types.h"

#include <optional>

namespace fd {

struct ClinicConfig;
struct ServiceContext;

// What the request form and the caller give: a type, who, where, with whom and when.
struct BookingRequest
{
    AppointmentType type = AppointmentType::FollowUp;
    QString name;
    QString phone;
    QString email;
    QString location;  // id or exact name
    QString clinician; // id or exact name
    QString service;   // optional: id or exact name
    QDate day;
    int startMinute = -1;
    QString reason;
    // New patients: both given, or neither (insurance marked pending).
    QString insuranceCarrier;
    QString memberId;
    // The schedule as the person saw it (ScheduleService::mark()): a slot filled by any change
    // committed since then (a booking, a move, a correction) was "just taken"; one that was
    // full already is reported as full. Unset: already full.
    std::optional<qint64> seenMark;
    // A new registration at a phone number where a similar name is already registered
    // (PatientService::likelyDuplicates) is refused as a likely duplicate unless the person
    // booking has checked and says this caller is someone else.
    bool confirmedNewPatient = false;
    // A manager may book past the clinician's capacity, saying why (audited); the patient's
    // own other visits and every other rule still hold.
    QString overCapacityReason;
};

// Where an appointment moves to: another start, and optionally another clinician or location.
struct RescheduleRequest
{
    QDate day;
    int startMinute = -1;
    QString clinician; // empty: the same clinician
    QString location;  // empty: the same location
    std::optional<qint64> seenMark;
};

// Books, reschedules, cancels and moves appointments along their statuses, and reverses any
// of these by a correction. Every operation is one unit of work holding the change, its status
// history and its audit record, with every rule checked inside it; each returns the
// appointment whose correction reverses it.
class BookingService
{
public:
    explicit BookingService(ServiceContext &context) : m_c(context) {}

    Result<Appointment> book(const BookingRequest &request);
    Result<Appointment> reschedule(qint64 appointmentId, const RescheduleRequest &request);
    Result<Appointment> cancel(qint64 appointmentId, const QString &reason = {});
    Result<Appointment> setStatus(qint64 appointmentId, Status to);
    // Reverses the appointment's last change, entered in error: a booking becomes "entered in
    // error", a reschedule returns to the old row, a cancellation or status step goes back to
    // the status before it. The reversed step is kept, marked corrected, and no figure counts
    // it. With `expectedStep` (an operation's Appointment::stepId), only that step is
    // reversed: if another desk has changed the appointment since, the correction is refused
    // rather than reversing their change. Returns the appointment as it now stands.
    Result<Appointment> correct(qint64 appointmentId, const QString &reason,
                                std::optional<qint64> expectedStep = std::nullopt);

    // Records the outcome of the call made to confirm a booked or confirmed visit, with its
    // audit record. "Confirmed" also moves a booked appointment to confirmed (its stepId is
    // then that step); the other outcomes change no status.
    struct RecordedCall
    {
        Appointment appointment;
        qint64 callId = 0;
    };
    Result<RecordedCall> recordCall(qint64 appointmentId, CallOutcome outcome);
    // Withdraws a call recorded by mistake (kept, marked withdrawn, audited), and the
    // confirmation it made when `confirmationStep` (the RecordedCall's stepId) is given: that
    // step is corrected, or refused if another desk has changed the appointment since.
    Result<Appointment> withdrawCall(qint64 callId, std::optional<qint64> confirmationStep);

private:
    Result<Appointment> transition(qint64 appointmentId, Status to, const QString &reason);
    // Rule 3 at the appointment's placement: the clinician's capacity and the patient's other
    // visits, leaving out the appointments in `ignore` (the row being moved or restored).
    Result<void> checkRoom(const ClinicConfig &config, const Appointment &appointment,
                           const QList<qint64> &ignore, std::optional<qint64> seenMark,
                           bool *overCapacity = nullptr);
    // A clinician's account marks its own clinician's visits only; other roles pass.
    Result<void> authorizeOwnVisit(qint64 appointmentId);
    // Every rule but "not in the past", for an appointment a correction puts back.
    Result<void> checkRestorable(const Appointment &appointment, const QList<qint64> &ignore);
    Result<Appointment> reverseReschedule(const Appointment &oldRow, const Appointment &newRow,
                                          const QString &reason);
    Result<void> audit(const QString &action, qint64 appointmentId, const QJsonObject &before,
                       const QJsonObject &after);

    ServiceContext &m_c;
};

} // namespace fd
