// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/clinicconfig.h"

#include <QLocale>

namespace fd {

// What the receptionist reads back to the caller once a visit is booked or moved: the weekday,
// date and time, the location with its address and phone, the clinician, and what to bring for
// this kind of visit. Plain text, one item a line, in the language of `locale`'s translation.
QString readBack(const Appointment &appointment, const Patient &patient, const ClinicConfig &config,
                 const QLocale &locale = QLocale());

// The conditions the clinics treat, from their own list: completions for a visit's reason.
QStringList commonConditions();

} // namespace fd
