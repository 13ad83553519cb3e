// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "booking/rules.h"
#include "common/result.h"
#include "domain/clinicconfig.h"

#include <QJsonObject>

namespace fd {

struct ServiceContext;

enum class DayPart { Any, Am, Pm }; // AM: starts before 12:00; PM: at or after

struct Slot
{
    QDate day;
    int startMinute = 0;
    int endMinute = 0;
    qint64 locationId = 0;
    qint64 clinicianId = 0;
    AppointmentType type = AppointmentType::FollowUp;

    friend bool operator==(const Slot &, const Slot &) = default;
    // The stable order of suggestions: earliest first, then location, then clinician.
    friend bool operator<(const Slot &a, const Slot &b)
    {
        return std::tie(a.day, a.startMinute, a.locationId, a.clinicianId) <
               std::tie(b.day, b.startMinute, b.locationId, b.clinicianId);
    }
};

struct SlotQuery
{
    AppointmentType type = AppointmentType::FollowUp;
    std::optional<qint64> locationId;
    std::optional<qint64> clinicianId;
    std::optional<qint64> serviceId;
    QSet<int> weekdays; // 1 = Monday ... 5 = Friday; empty means any
    DayPart part = DayPart::Any;
    QDate from;
    int limit = 10;
    int horizonDays = 84; // how far ahead to look: twelve weeks
    // Only slots after this one in the order of suggestions: the next page of them.
    std::optional<Slot> after;
    // Leave out the times this patient is already booked at (rule 3 for a known caller),
    // except the visit being moved, whose time and clinician are free to move into.
    std::optional<qint64> patientId;
    std::optional<qint64> movingAppointmentId;
};

QJsonObject toJson(const Slot &slot, const ClinicConfig &config);

// Finds the earliest free slots that satisfy every rule.
class SlotFinder
{
public:
    explicit SlotFinder(ServiceContext &context) : m_c(context) {}

    Result<QList<Slot>> find(const SlotQuery &query);

    // The search itself, over given data: the days [from, to] of `query`, with `busy` the
    // blocks of the slot-holding appointments of those days.
    // `patientVisits` are the visits of query.patientId, if any.
    static QList<Slot> findIn(const ClinicConfig &config, const SlotQuery &query, QDate to,
                              const QList<BusyBlock> &busy, qint64 nowUtc,
                              const QList<Interval> &patientVisits = {});

private:
    ServiceContext &m_c;
};

} // namespace fd
