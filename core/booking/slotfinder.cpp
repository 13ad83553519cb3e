// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slotfinder.h"

#include "calendar/walltime.h"
#include "clinic/context.h"
#include "store/store.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <limits>

namespace fd {
namespace {

constexpr int kDayMinutes = 24 * 60;

// How many of a clinician's blocks cover each minute of one local day.
using Occupancy = std::array<quint8, kDayMinutes>;

bool partAllows(DayPart part, int startMinute)
{
    switch (part) {
    case DayPart::Am:
        return startMinute < 12 * 60;
    case DayPart::Pm:
        return startMinute >= 12 * 60;
    case DayPart::Any:
        return true;
    }
    return true;
}

} // namespace

QJsonObject toJson(const Slot &slot, const ClinicConfig &config)
{
    const Location *loc = config.location(slot.locationId);
    const Clinician *clin = config.clinician(slot.clinicianId);
    return {
        {QStringLiteral("start"), formatWall(slot.day, slot.startMinute)},
        {QStringLiteral("end"), formatWall(slot.day, slot.endMinute)},
        {QStringLiteral("location_id"), slot.locationId},
        {QStringLiteral("location"), loc ? loc->name : QString()},
        {QStringLiteral("clinician_id"), slot.clinicianId},
        {QStringLiteral("clinician"), clin ? clin->name : QString()},
        {QStringLiteral("type"), typeCode(slot.type)},
        {QStringLiteral("status"), QStringLiteral("free")},
    };
}

QList<Slot> SlotFinder::findIn(const ClinicConfig &config, const SlotQuery &query, QDate to,
                               const QList<BusyBlock> &busy, qint64 nowUtc,
                               const QList<Interval> &patientVisits)
{
    const TypeSettings &settings = config.settings(query.type);
    const int length = settings.minutes;
    const int blockLength = settings.minutes + settings.bufferMinutes;

    // Each clinician's slot-holding blocks, sorted by start, found per day by binary search.
    QHash<qint64, QList<Interval>> byClinician;
    for (const BusyBlock &b : busy)
        byClinician[b.clinicianId].append(b.block);
    for (auto &blocks : byClinician)
        std::sort(blocks.begin(), blocks.end(),
                  [](const Interval &x, const Interval &y) { return x.startUtc < y.startUtc; });

    QList<Slot> found;
    Occupancy occupancy;
    for (QDate day = query.from; day <= to && found.size() < query.limit; day = day.addDays(1)) {
        const int weekday = day.dayOfWeek();
        if (weekday > Qt::Friday ||
            (!query.weekdays.isEmpty() && !query.weekdays.contains(weekday)))
            continue;
        QList<Slot> daySlots;
        for (const Location &loc : config.locations) {
            if ((query.locationId && *query.locationId != loc.id) || loc.closedDates.contains(day))
                continue;
            // Wall time to UTC by one offset per location and day: daylight-saving changes
            // happen at night, never inside opening hours.
            const qint64 midnightUtc =
                wallToUtc(loc.timeZone, day, loc.openMinute) - 60LL * loc.openMinute;
            for (const Clinician &clin : config.clinicians) {
                if ((query.clinicianId && *query.clinicianId != clin.id) ||
                    (query.serviceId && !clin.offers(*query.serviceId)))
                    continue;
                bool occupancyBuilt = false;
                QSet<int> seen;
                for (const Shift &shift : clin.shifts) {
                    if (shift.locationId != loc.id || shift.weekday != weekday)
                        continue;
                    if (!occupancyBuilt) {
                        occupancy.fill(0);
                        const auto mine = byClinician.constFind(clin.id);
                        const QList<Interval> blocks =
                            mine == byClinician.cend() ? QList<Interval>() : *mine;
                        // No block lasts a day: starting a day early catches every overlap.
                        auto it = std::lower_bound(
                            blocks.cbegin(), blocks.cend(), midnightUtc - 86400,
                            [](const Interval &b, qint64 t) { return b.startUtc < t; });
                        for (; it != blocks.cend() && it->startUtc < midnightUtc + 86400; ++it) {
                            const qint64 from =
                                std::max<qint64>(0, (it->startUtc - midnightUtc) / 60);
                            const qint64 until =
                                std::min<qint64>(kDayMinutes, (it->endUtc - midnightUtc + 59) / 60);
                            for (qint64 m = from; m < until; ++m)
                                ++occupancy[static_cast<std::size_t>(m)];
                        }
                        occupancyBuilt = true;
                    }
                    const int grid = std::max(1, loc.slotMinutes);
                    int first = std::max(shift.startMinute, loc.openMinute);
                    first = (first + grid - 1) / grid * grid;
                    for (int m = first;
                         m + length <= loc.closeMinute && m + blockLength <= shift.endMinute;
                         m += grid) {
                        if (!partAllows(query.part, m) || seen.contains(m))
                            continue;
                        const qint64 startUtc = midnightUtc + 60LL * m;
                        const qint64 blockEndUtc = startUtc + 60LL * blockLength;
                        if (startUtc <= nowUtc)
                            continue;
                        const bool off = std::any_of(
                            clin.timeOff.cbegin(), clin.timeOff.cend(), [&](const TimeOff &t) {
                                return t.startUtc < blockEndUtc && startUtc < t.endUtc;
                            });
                        if (off)
                            continue;
                        const auto begin = occupancy.cbegin() + m;
                        const auto end =
                            occupancy.cbegin() + std::min(m + blockLength, kDayMinutes);
                        if (*std::max_element(begin, end) >= clin.capacity)
                            continue;
                        const Interval visit{startUtc, startUtc + 60LL * length};
                        if (std::any_of(patientVisits.cbegin(), patientVisits.cend(),
                                        [&](const Interval &v) { return v.overlaps(visit); }))
                            continue;
                        const Slot slot{day, m, m + length, loc.id, clin.id, query.type};
                        if (query.after && !(*query.after < slot))
                            continue;
                        seen.insert(m);
                        daySlots.append(slot);
                    }
                }
            }
        }
        std::sort(daySlots.begin(), daySlots.end());
        for (const Slot &s : daySlots) {
            if (found.size() >= query.limit)
                break;
            found.append(s);
        }
    }
    return found;
}

Result<QList<Slot>> SlotFinder::find(const SlotQuery &query)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    auto config = m_c.store.config();
    if (!config)
        return config.error();
    const qint64 now = m_c.clock.nowSecs();
    Store &store = m_c.store;
    QList<Slot> found;
    // Nothing before today is free: a search from a past date starts from today, and looks as
    // far ahead as it would have.
    SlotQuery ahead = query;
    if (!config->locations.isEmpty()) {
        const QDate today = localDate(config->locations.first().timeZone, m_c.clock.now());
        ahead.from = std::max(query.from, today);
    }
    QDate last = ahead.from.addDays(query.horizonDays - 1);
    // Nor is anything past the clinic's booking horizon.
    if (!config->locations.isEmpty())
        last = std::min(
            last, rules::horizonEnd(config->locations.first(), now, config->bookingHorizonMonths));
    int longestBlock = 0;
    for (const TypeSettings &t : config->types)
        longestBlock = std::max(longestBlock, t.minutes + t.bufferMinutes);
    // A day at a time, reading only the busy blocks: most searches are answered by the
    // first day or two, and a day's blocks are a few hundred small rows.
    for (QDate day = ahead.from; day <= last && found.size() < query.limit; day = day.addDays(1)) {
        if (day.dayOfWeek() > Qt::Friday ||
            (!query.weekdays.isEmpty() && !query.weekdays.contains(day.dayOfWeek())))
            continue;
        // The blocks that can touch this local day at any location: from the earliest local
        // midnight, less the longest block, to the latest.
        qint64 from = std::numeric_limits<qint64>::max();
        qint64 until = std::numeric_limits<qint64>::min();
        for (const Location &l : config->locations) {
            from = std::min(from, wallToUtc(l.timeZone, day, 0));
            until = std::max(until, wallToUtc(l.timeZone, day.addDays(1), 0));
        }
        auto booked = store.busyBlocks({from - 60LL * longestBlock, until}, query.clinicianId);
        if (!booked)
            return booked.error();
        if (query.movingAppointmentId) {
            // Its own block in its clinician's day is free to move into as well (one block:
            // a clinician seeing two at once may have another just like it).
            auto moving = store.appointment(*query.movingAppointmentId);
            if (moving && moving->day == day && holdsSlot(moving->status)) {
                const auto it =
                    std::find_if(booked->begin(), booked->end(), [&](const BusyBlock &b) {
                        return b.clinicianId == moving->clinicianId &&
                               b.block.startUtc == moving->startUtc &&
                               b.block.endUtc == moving->blockEndUtc;
                    });
                if (it != booked->end())
                    booked->erase(it);
            }
        }
        QList<Interval> visits;
        if (query.patientId) {
            auto held = store.patientVisits(*query.patientId, {from, until});
            if (!held)
                return held.error();
            for (const HeldBlock &h : *held)
                if (h.appointmentId != query.movingAppointmentId)
                    visits.append(h.block);
        }
        SlotQuery part = query;
        part.from = day;
        part.limit = query.limit - static_cast<int>(found.size());
        found += findIn(*config, part, day, *booked, now, visits);
    }
    return found;
}

} // namespace fd
