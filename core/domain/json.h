// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "types.h"

#include <QJsonObject>

namespace fd {

// The JSON shapes of the command line contract and of audit records.
QJsonObject toJson(const Appointment &appointment);
QJsonObject toJson(const Patient &patient);
QJsonObject toJson(const Location &location);
QJsonObject toJson(const Service &service);

} // namespace fd
