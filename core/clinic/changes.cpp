// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changes.h"

#include <QJsonArray>

#include <algorithm>

namespace fd {

void ChangeSet::merge(const ChangeSet &other)
{
    appointmentIds.unite(other.appointmentIds);
    days.unite(other.days);
    setup = setup || other.setup;
    external = external || other.external;
}

QJsonObject ChangeSet::toJson() const
{
    // Sorted, so that the same change always reads the same.
    QList<qint64> ids(appointmentIds.cbegin(), appointmentIds.cend());
    std::sort(ids.begin(), ids.end());
    QJsonArray appointments;
    for (qint64 id : ids)
        appointments.append(id);
    QList<LocationDay> sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end(), [](const LocationDay &a, const LocationDay &b) {
        return std::tie(a.day, a.locationId) < std::tie(b.day, b.locationId);
    });
    QJsonArray dayList;
    for (const LocationDay &d : sorted)
        dayList.append(QJsonObject{{QStringLiteral("location_id"), d.locationId},
                                   {QStringLiteral("date"), d.day.toString(Qt::ISODate)}});
    return {{QStringLiteral("appointments"), appointments},
            {QStringLiteral("days"), dayList},
            {QStringLiteral("setup"), setup}};
}

ChangeSet ChangeSet::fromJson(const QJsonObject &object)
{
    ChangeSet c;
    for (const QJsonValue &id : object.value(QStringLiteral("appointments")).toArray())
        c.appointmentIds.insert(id.toInteger());
    for (const QJsonValue &d : object.value(QStringLiteral("days")).toArray()) {
        const QJsonObject o = d.toObject();
        const QDate day =
            QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (day.isValid())
            c.days.insert({o.value(QStringLiteral("location_id")).toInteger(), day});
    }
    c.setup = object.value(QStringLiteral("setup")).toBool();
    return c;
}

} // namespace fd
