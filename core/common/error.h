// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fd {

// How an error should be treated by whoever reports it: the command line maps these onto its
// exit codes, the window onto the field it highlights.
enum class ErrorKind {
    Invalid,   // the input is malformed or names something unknown
    Rule,      // a scheduling rule refuses the request
    Conflict,  // another desk got there first (slot just taken)
    NotFound,  // the record asked for does not exist
    Storage,   // the database failed
    Cancelled, // the person who asked for it stopped it (a long export)
    Forbidden  // the signed-in account's role may not do it, or nobody is signed in
};

struct Error
{
    ErrorKind kind = ErrorKind::Storage;
    QString field;   // the input at fault ("phone", "start", ...); empty when none is
    QString message; // translated, one line, fit to show a person

    // "phone: not a valid phone number" — the one-line form the command line prints.
    QString toString() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
};

inline Error invalid(const QString &field, const QString &message)
{
    return {ErrorKind::Invalid, field, message};
}
inline Error ruleError(const QString &field, const QString &message)
{
    return {ErrorKind::Rule, field, message};
}

} // namespace fd
