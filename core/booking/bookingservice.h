#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "domain/types.h"

namespace fd {

class Database;

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
};

// "2026-03-09T07:00" -> day and minute; the error names `field`.
Result<std::pair<QDate, int>> parseWallTime(const QString &text,
                                            const QString &field = QStringLiteral("start"));

// Books, cancels and moves appointments along their statuses. Every change is one write
// transaction holding the change, its status history and its audit record.
class BookingService
{
public:
    BookingService(Database &db, const Clock &clock, QString user = {});

    Result<Appointment> book(const BookingRequest &request);
    Result<Appointment> cancel(qint64 appointmentId, const QString &reason = {});
    Result<Appointment> setStatus(qint64 appointmentId, Status to);

    const QString &user() const { return m_user; }

private:
    Result<Appointment> transition(qint64 appointmentId, Status to, const QString &reason);

    Database &m_db;
    const Clock &m_clock;
    QString m_user;
};

} // namespace fd
