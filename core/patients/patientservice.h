// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/types.h"

namespace fd {

struct ServiceContext;

// The patient register: finding patients while the receptionist types, and registering them.
class PatientService
{
public:
    explicit PatientService(ServiceContext &context) : m_c(context) {}

    // A fragment of the name ("joh", "ann lee") or a few digits of the phone number ("0123"),
    // anywhere in the name or number; names that start with it first, then name order. At
    // most `limit` matches.
    Result<QList<Patient>> search(const QString &text, int limit = 20);

    // Adds a patient as given (already validated) with its audit record; sets patient.id.
    Result<qint64> add(Patient &patient);

private:
    ServiceContext &m_c;
};

} // namespace fd
