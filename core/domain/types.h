// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace fd {

enum class AppointmentType { New, FollowUp, SelfPay };
// Rescheduled: moved to another row, which links back to it. Voided: a booking entered in
// error and reversed by a correction. Neither holds a slot nor counts in any figure.
enum class Status { Booked, Confirmed, Arrived, Completed, Cancelled, NoShow, Rescheduled, Voided };

QString typeCode(AppointmentType type);                         // "new", "follow-up", "self-pay"
std::optional<AppointmentType> parseTypeCode(QStringView code); // inverse of typeCode
QString typeLabel(AppointmentType type);                        // translated, for people
QString statusCode(Status status);                              // "booked", ..., "no-show"
std::optional<Status> parseStatusCode(QStringView code);
QString statusLabel(Status status);

// What came of the call the front desk makes the day before a visit: the patient confirmed
// (the appointment moves to confirmed), a message was left, or nobody could be reached.
enum class CallOutcome { Confirmed, LeftMessage, Unreachable };
QString callOutcomeCode(CallOutcome outcome); // "confirmed", "left-message", "unreachable"
std::optional<CallOutcome> parseCallOutcomeCode(QStringView code);
QString callOutcomeLabel(CallOutcome outcome);

// Cancelled, no-show, rescheduled and voided appointments keep their row but no longer hold
// the slot.
inline bool holdsSlot(Status status)
{
    return status == Status::Booked || status == Status::Confirmed || status == Status::Arrived ||
           status == Status::Completed;
}

// Rescheduled and voided rows are bookkeeping, not visits: no figure counts them.
inline bool countsInFigures(Status status)
{
    return status != Status::Rescheduled && status != Status::Voided;
}

// An absolute interval [startUtc, endUtc) in seconds since the epoch.
struct Interval
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;

    bool overlaps(const Interval &other) const
    {
        return startUtc < other.endUtc && other.startUtc < endUtc;
    }
};

// A clinician's time held by a slot-holding appointment: the visit plus its buffer.
struct BusyBlock
{
    qint64 clinicianId = 0;
    Interval block;
};

struct Location
{
    qint64 id = 0;
    QString name;
    QString address;
    QString phone;
    QString timeZone = QStringLiteral("America/New_York");
    int openMinute = 7 * 60;   // minutes after local midnight
    int closeMinute = 19 * 60; // appointments end at or before this
    int slotMinutes = 15;      // start times sit on this grid
    QSet<QDate> closedDates;
};

struct Service
{
    qint64 id = 0;
    QString name;
};

// A clinician's recurring presence at a location: weekday 1 (Monday) to 7, local minutes.
struct Shift
{
    qint64 locationId = 0;
    int weekday = 1;
    int startMinute = 0;
    int endMinute = 0;
};

// Time off as an absolute interval, [startUtc, endUtc) in seconds since the epoch.
struct TimeOff
{
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QString reason;
};

struct Clinician
{
    qint64 id = 0;
    QString name;
    int capacity = 1; // overlapping appointments allowed at once
    QSet<qint64> serviceIds;
    QList<Shift> shifts;
    QList<TimeOff> timeOff;

    bool offers(qint64 serviceId) const { return serviceIds.contains(serviceId); }
};

struct TypeSettings
{
    AppointmentType type = AppointmentType::New;
    int minutes = 60;
    int bufferMinutes = 0; // the clinician stays busy this long after the visit
};

struct Patient
{
    qint64 id = 0;
    QString name;
    QString phone; // E.164
    QString email;
    bool selfPay = false;
    QString insuranceCarrier;
    QString memberId;
    bool insurancePending = false;

    friend bool operator==(const Patient &, const Patient &) = default;
};

// One step of an appointment's status history. A step reversed by a correction is kept,
// with the time it was corrected.
struct StatusStep
{
    qint64 id = 0;
    Status status = Status::Booked;
    qint64 atUtc = 0;
    QString user;
    std::optional<qint64> correctedUtc;
};

struct ConfirmationCall
{
    qint64 id = 0;
    qint64 appointmentId = 0;
    CallOutcome outcome = CallOutcome::Confirmed;
    qint64 atUtc = 0;
    QString user;

    friend bool operator==(const ConfirmationCall &, const ConfirmationCall &) = default;
};

struct Appointment
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 clinicianId = 0;
    qint64 locationId = 0;
    std::optional<qint64> serviceId;
    AppointmentType type = AppointmentType::FollowUp;
    QDate day;           // local date at the location
    int startMinute = 0; // local wall-clock minutes after midnight
    int endMinute = 0;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    qint64 blockEndUtc = 0; // endUtc plus the type's buffer: when the clinician is free again
    Status status = Status::Booked;
    QString reason;
    QString cancelReason;
    bool lateCancel = false;
    std::optional<qint64> rescheduledFrom; // the row this one replaced
    std::optional<qint64> rescheduledTo;   // the row that replaced this one
    // The status step the operation that returned this appointment wrote: give it back to
    // BookingService::correct() to reverse exactly that operation. 0 when none.
    qint64 stepId = 0;

    // Filled by queries that join names, for display and export.
    QString patientName;
    QString patientPhone;
    QString clinicianName;
    QString locationName;
    QString serviceName;

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

} // namespace fd
