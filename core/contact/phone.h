// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

namespace fd {

struct PhoneNumber
{
    QString e164;     // "+12015550123": what is stored
    QString national; // "(201) 555-0123": what is shown
};

// Parses what a caller says ("201 555 0123", "+1-201-555-0123", ...) with libphonenumber,
// US numbers by default. The error names `field`.
Result<PhoneNumber> parsePhone(const QString &text, const QString &field = QStringLiteral("phone"));

// The national format of a stored E.164 number; the input itself if it cannot be parsed.
QString formatPhoneNational(const QString &e164);

// Digits only, for matching what a receptionist types against stored numbers.
QString phoneDigits(const QString &text);

// Validates an email address; the result is the trimmed address. Empty is allowed.
Result<QString> parseEmail(const QString &text, const QString &field = QStringLiteral("email"));

} // namespace fd
