// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clinicconfig.h"
#include "common/text.h"

#include <QCoreApplication>

#include <algorithm>

namespace fd {
namespace {

template <typename T> const T *byId(const QList<T> &items, qint64 id)
{
    for (const T &item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

template <typename T>
Result<const T *> resolve(const QList<T> &items, const QString &idOrName, const QString &field)
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return invalid(field, QCoreApplication::translate("fd::ClinicConfig", "is empty"));
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber) {
        if (const T *item = byId(items, id))
            return item;
    } else {
        for (const T &item : items)
            if (item.name == key)
                return &item;
    }
    return invalid(field, QCoreApplication::translate("fd::ClinicConfig", "unknown %1 \"%2\"")
                              .arg(field, quotable(key)));
}

} // namespace

const Location *ClinicConfig::location(qint64 id) const
{
    return byId(locations, id);
}
const Clinician *ClinicConfig::clinician(qint64 id) const
{
    return byId(clinicians, id);
}
const Service *ClinicConfig::service(qint64 id) const
{
    return byId(services, id);
}

const Account *ClinicConfig::account(qint64 id) const
{
    return byId(accounts, id);
}

const Account *ClinicConfig::accountNamed(const QString &name) const
{
    // ASCII case alone, as the database's NOCASE compares: no other spelling is the same name.
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; }))
        return nullptr;
    for (const Account &a : accounts)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

QString ClinicConfig::clinicZone() const
{
    return locations.isEmpty() ? QStringLiteral("America/New_York") : locations.first().timeZone;
}

const TypeSettings &ClinicConfig::settings(AppointmentType type) const
{
    return types[static_cast<std::size_t>(type)];
}

Result<const Location *> ClinicConfig::resolveLocation(const QString &idOrName,
                                                       const QString &field) const
{
    return resolve(locations, idOrName, field);
}

Result<const Clinician *> ClinicConfig::resolveClinician(const QString &idOrName,
                                                         const QString &field) const
{
    return resolve(clinicians, idOrName, field);
}

Result<const Service *> ClinicConfig::resolveService(const QString &idOrName,
                                                     const QString &field) const
{
    return resolve(services, idOrName, field);
}

} // namespace fd
