// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"

#include <functional>

namespace fd {

struct ServiceContext;

// The read side of the appointment book: the clinic's setup and the appointments of a day or
// a range of days, for the day view, the day sheet and the command line.
class ScheduleService
{
public:
    explicit ScheduleService(ServiceContext &context) : m_c(context) {}

    Result<ClinicConfig> config();

    struct Query
    {
        QDate from;
        QDate to; // inclusive
        std::optional<qint64> locationId;
        std::optional<qint64> clinicianId;
    };
    Result<QList<Appointment>> appointments(const Query &query);
    // The same appointments one at a time in start order, for exports of any size; `visit`
    // returns false to stop. Returns how many were visited.
    Result<qint64> forEachAppointment(const Query &query,
                                      const std::function<bool(const Appointment &)> &visit);
    Result<QList<Appointment>> appointments(const QList<qint64> &ids);
    Result<Appointment> appointment(qint64 id);
    // An appointment's status steps, corrected ones included, oldest first.
    Result<QList<StatusStep>> history(qint64 id);
    // Where the book stands now (the change log's last entry): give it back with a booking
    // (BookingRequest::seenMark) to tell "slot just taken" from "already full".
    Result<qint64> mark();

    // The day's confirmation calls: every booked or confirmed visit on `day` (at any location,
    // or at `locationId`), in time order, with the outcome of its latest call.
    struct CallListEntry
    {
        Appointment appointment;
        std::optional<ConfirmationCall> lastCall;
        // Still to call: booked, and nobody has called about it yet (or the confirmation the
        // last call recorded was corrected since).
        bool open() const
        {
            return appointment.status == Status::Booked &&
                   (!lastCall || lastCall->outcome == CallOutcome::Confirmed);
        }

        friend bool operator==(const CallListEntry &, const CallListEntry &) = default;
    };
    Result<QList<CallListEntry>> confirmationCalls(QDate day,
                                                   std::optional<qint64> locationId = {});

    // The waiting room: the day's visits whose patient has arrived and is not yet seen, with
    // the time the arrival was recorded, longest waiting first.
    struct Arrival
    {
        Appointment appointment;
        qint64 arrivedUtc = 0;

        friend bool operator==(const Arrival &, const Arrival &) = default;
    };
    Result<QList<Arrival>> waitingRoom(QDate day, std::optional<qint64> locationId = {});

private:
    ServiceContext &m_c;
};

} // namespace fd
