// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "result.h"

namespace fd {

// The longest text each kind of field takes, checked before any parsing: a pasted novel is
// refused in microseconds, whatever the field.
namespace limits {
constexpr int kName = 100;   // a person's, a location's, a clinician's or a service's name
constexpr int kPhone = 40;   // as typed, with spaces and punctuation
constexpr int kEmail = 254;  // RFC 5321's limit
constexpr int kReason = 500; // a visit's reason, a cancellation's or a correction's
constexpr int kShort = 100;  // an insurance carrier, a member id, an address line
} // namespace limits

// One line of text a person typed, cleaned: whitespace trimmed and collapsed to single spaces.
// Refused, naming `field`: longer than `maxLength`; control characters (terminal escape
// sequences among them) or line breaks; the replacement character that invalid UTF-8 leaves;
// text that is only invisible characters; and, when `required`, nothing at all.
Result<QString> cleanLine(const QString &field, const QString &text, int maxLength,
                          bool required = false);

// `text` fit to quote in a message: control characters dropped, at most 40 characters.
QString quotable(const QString &text);
// `text` fit to print on a terminal: control characters (escape sequences, carriage returns,
// line breaks) and text-direction controls shown as U+FFFD, so nothing stored or typed can
// drive the terminal or turn a line around.
QString printable(const QString &text);
// `path` as help text shows it: under the home folder as "~/…", so help and the man pages made
// from it read the same for every user.
QString homeRelative(const QString &path);

} // namespace fd
