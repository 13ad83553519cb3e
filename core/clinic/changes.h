// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/types.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>

#include <algorithm>

namespace fd {

// A location's day: what a day view shows.
struct LocationDay
{
    qint64 locationId = 0;
    QDate day;

    friend bool operator==(const LocationDay &, const LocationDay &) = default;
};
inline size_t qHash(const LocationDay &key, size_t seed = 0)
{
    return qHashMulti(seed, key.locationId, key.day.toJulianDay());
}

// What one or more committed units of work changed: the appointments, the location days they
// lie on (before and after a move), and whether the clinic's setup changed. The session emits
// one after each of its own commits and after other desks' commits.
struct ChangeSet
{
    QSet<qint64> appointmentIds;
    QSet<LocationDay> days;
    bool setup = false;
    bool external = false; // committed by another desk or process

    bool isEmpty() const { return appointmentIds.isEmpty() && days.isEmpty() && !setup; }
    bool touches(qint64 locationId, QDate day) const { return days.contains({locationId, day}); }
    // At any location.
    bool touchesDay(QDate day) const
    {
        return std::any_of(days.cbegin(), days.cend(),
                           [day](const LocationDay &d) { return d.day == day; });
    }
    void note(const Appointment &appointment)
    {
        appointmentIds.insert(appointment.id);
        days.insert({appointment.locationId, appointment.day});
    }
    void merge(const ChangeSet &other);

    // {"appointments": [ids], "days": [{"location_id", "date"}], "setup": bool} — the change
    // log's rows and the lines of `frontdesk-cli watch --json`.
    QJsonObject toJson() const;
    static ChangeSet fromJson(const QJsonObject &object);
};

} // namespace fd

Q_DECLARE_METATYPE(fd::ChangeSet)
