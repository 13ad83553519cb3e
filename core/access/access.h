// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace fd {

struct AuditEntry;
struct ServiceContext;

// What a person at a desk is to the clinic.
enum class Role { Receptionist, Clinician, Manager };
QString roleCode(Role role); // "receptionist", "clinician", "manager"
std::optional<Role> parseRoleCode(QStringView code);
QString roleLabel(Role role); // translated, for people

// Someone who signs in. The password's hash stays in the store: no Account carries it.
struct Account
{
    qint64 id = 0;
    QString name;     // what they type to sign in, unique ignoring case
    QString fullName; // what the window shows
    Role role = Role::Receptionist;
    std::optional<qint64> clinicianId; // a clinician's own schedule
    bool active = true;                // retired accounts cannot sign in

    friend bool operator==(const Account &, const Account &) = default;
};

// What an account's name may be: 2 to 32 ASCII letters, digits, dots, dashes or underscores,
// starting with a letter or digit.
const QRegularExpression &accountNamePattern();

// What the session lets a role do. Every service checks one of these before it reads or
// writes; the window asks the same question to show each role only what it may use.
enum class Permission {
    Read,           // schedules, patients, free slots: every role
    Book,           // book, reschedule, cancel, confirm and their calls: front desk, manager
    ManagePatients, // register and edit patients: front desk, manager
    CheckIn,        // mark a patient arrived: front desk, clinician, manager
    RecordVisit,    // mark a visit completed or a no-show: clinician, manager
    OverCapacity,   // book past a clinician's capacity, with a reason: manager
    Reports,        // reports and exports: manager
    Setup,          // locations, clinicians, services and the clinic's settings: manager
    Users,          // accounts and the idle lock: manager
    Audit,          // the audit trail: manager
    Backup          // backups and restores: manager
};
QString permissionCode(Permission permission); // "book", "reports", ...
bool roleMay(Role role, Permission permission);

// Passwords: Argon2id through libsodium, in its own self-describing string format.
namespace passwords {
// The rules a new password must meet, or an error naming the field "password".
Result<void> checkStrength(const QString &password);
Result<QByteArray> hash(const QString &password);
bool verify(const QByteArray &hash, const QString &password);
} // namespace passwords

// Whether the session's signed-in account (or, on a clinic with no accounts yet, whoever
// runs it) may do `permission`. A refusal is an ErrorKind::Forbidden error, and it is written
// to the audit trail.
Result<void> authorize(ServiceContext &context, Permission permission);
// The same question without a trace: what the window asks to show or hide.
bool permitted(ServiceContext &context, Permission permission);
// Records a refusal (at once, or when the open unit of work has ended, so that a rollback
// does not take it) and returns `error`: for refusals that depend on the record at hand.
Error refuse(ServiceContext &context, const AuditEntry &entry, const Error &error);

// How long someone must wait before trying again after `failures` wrong passwords in a row:
// nothing for the first two, then 2, 4, 8 ... seconds, up to five minutes.
qint64 signInDelaySecs(int failures);

} // namespace fd
