// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "patientservice.h"

#include "clinic/context.h"
#include "domain/json.h"
#include "store/store.h"

namespace fd {

Result<QList<Patient>> PatientService::search(const QString &text, int limit)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<Patient>{};
    return m_c.store.searchPatients(trimmed, limit);
}

Result<qint64> PatientService::add(Patient &patient)
{
    return inUnit<qint64>(m_c, [&]() -> Result<qint64> {
        const qint64 now = m_c.clock.nowSecs();
        auto id = m_c.store.insertPatient(patient, now);
        if (!id)
            return id;
        patient.id = *id;
        if (auto r = m_c.store.writeAudit({now,
                                           m_c.user,
                                           QStringLiteral("add-patient"),
                                           QStringLiteral("patient"),
                                           patient.id,
                                           {},
                                           toJson(patient)});
            !r)
            return r.error();
        return id;
    });
}

} // namespace fd
