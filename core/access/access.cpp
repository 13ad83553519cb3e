// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "access.h"

#include "clinic/context.h"
#include "store/store.h"

#include <QCoreApplication>

#include <sodium.h>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Access)
};

// What a refusal says the person tried to do.
QString permissionText(Permission permission)
{
    switch (permission) {
    case Permission::Read:
        return Text::tr("see the schedule");
    case Permission::Book:
        return Text::tr("book, move, cancel or confirm appointments");
    case Permission::ManagePatients:
        return Text::tr("register or edit patients");
    case Permission::CheckIn:
        return Text::tr("mark patients arrived");
    case Permission::RecordVisit:
        return Text::tr("mark visits completed or missed");
    case Permission::OverCapacity:
        return Text::tr("book past a clinician's capacity");
    case Permission::Reports:
        return Text::tr("see reports or export appointments");
    case Permission::Setup:
        return Text::tr("change the clinic's setup");
    case Permission::Users:
        return Text::tr("manage accounts");
    case Permission::Audit:
        return Text::tr("read the audit trail");
    case Permission::Backup:
        return Text::tr("back up or restore the clinic");
    }
    return {};
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

const QRegularExpression &accountNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    return pattern;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    case Role::Clinician:
        return QStringLiteral("clinician");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

std::optional<Role> parseRoleCode(QStringView code)
{
    for (Role role : {Role::Receptionist, Role::Clinician, Role::Manager})
        if (code.compare(roleCode(role), Qt::CaseInsensitive) == 0)
            return role;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return Text::tr("Receptionist");
    case Role::Clinician:
        return Text::tr("Clinician");
    case Role::Manager:
        return Text::tr("Manager");
    }
    return {};
}

QString permissionCode(Permission permission)
{
    switch (permission) {
    case Permission::Read:
        return QStringLiteral("read");
    case Permission::Book:
        return QStringLiteral("book");
    case Permission::ManagePatients:
        return QStringLiteral("manage-patients");
    case Permission::CheckIn:
        return QStringLiteral("check-in");
    case Permission::RecordVisit:
        return QStringLiteral("record-visit");
    case Permission::OverCapacity:
        return QStringLiteral("over-capacity");
    case Permission::Reports:
        return QStringLiteral("reports");
    case Permission::Setup:
        return QStringLiteral("setup");
    case Permission::Users:
        return QStringLiteral("users");
    case Permission::Audit:
        return QStringLiteral("audit");
    case Permission::Backup:
        return QStringLiteral("backup");
    }
    return {};
}

bool roleMay(Role role, Permission permission)
{
    switch (role) {
    case Role::Manager:
        return true;
    case Role::Receptionist:
        // The front desk also checks patients in: arrivals are theirs to mark.
        return permission == Permission::Read || permission == Permission::Book ||
               permission == Permission::ManagePatients || permission == Permission::CheckIn;
    case Role::Clinician:
        return permission == Permission::Read || permission == Permission::CheckIn ||
               permission == Permission::RecordVisit;
    }
    return false;
}

namespace passwords {

Result<void> checkStrength(const QString &password)
{
    if (password.size() < 8)
        return invalid(QStringLiteral("password"), Text::tr("must be at least 8 characters"));
    if (password.size() > 256)
        return invalid(QStringLiteral("password"), Text::tr("must be at most 256 characters"));
    if (password.trimmed() != password)
        return invalid(QStringLiteral("password"), Text::tr("must not start or end with a space"));
    return {};
}

Result<QByteArray> hash(const QString &password)
{
    if (!sodiumReady())
        return Error{ErrorKind::Storage, QStringLiteral("password"),
                     Text::tr("the password library could not start")};
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    // Argon2id at libsodium's interactive cost: a fraction of a second and 64 MiB per guess.
    if (crypto_pwhash_str(out.data(), utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{ErrorKind::Storage, QStringLiteral("password"),
                     Text::tr("not enough memory to protect the password")};
    out.truncate(qstrnlen(out.constData(), out.size()));
    return out;
}

bool verify(const QByteArray &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    quint64(utf8.size())) == 0;
}

} // namespace passwords

qint64 signInDelaySecs(int failures)
{
    if (failures < 3)
        return 0;
    return std::min<qint64>(qint64(1) << std::min(failures - 2, 20), 300);
}

namespace {

// Why the session may not do `permission` now, or nothing when it may; `account` is set to
// the signed-in account when there is one.
QString refusalFor(const ClinicConfig &config, const ServiceContext &c, Permission permission,
                   const Account **account)
{
    *account = c.accountId ? config.account(*c.accountId) : nullptr;
    // A clinic whose first manager is not made yet has nobody to sign in as: whoever opened
    // it sets it up (the window asks for that manager first thing).
    if (config.accounts.isEmpty())
        return {};
    if (!c.accountId)
        return Text::tr("sign in first: this clinic has accounts (frontdesk-cli takes --user)");
    if (!*account || (*account)->name != c.user)
        // Another clinic restored in its place, where this id is someone else's (or nobody's).
        return Text::tr("sign in again: the clinic was restored from a backup");
    if (!(*account)->active)
        return Text::tr("the account %1 has been retired").arg(c.user);
    if (!roleMay((*account)->role, permission))
        return Text::tr("a %1 may not %2")
            .arg(roleLabel((*account)->role).toLower(), permissionText(permission));
    return {};
}

} // namespace

bool permitted(ServiceContext &c, Permission permission)
{
    auto config = c.store.config();
    const Account *account = nullptr;
    return config && refusalFor(*config, c, permission, &account).isEmpty();
}

Error refuse(ServiceContext &c, const AuditEntry &entry, const Error &error)
{
    // Inside a unit of work the row would go with a rollback: it is written once the unit ends.
    if (c.store.unitDepth() > 0)
        c.refusals.append(entry);
    else
        (void)inUnit<void>(c, [&] { return c.store.writeAudit(entry); });
    return error;
}

Result<void> authorize(ServiceContext &c, Permission permission)
{
    auto config = c.store.config();
    if (!config)
        return config.error();
    const Account *account = nullptr;
    const QString refusal = refusalFor(*config, c, permission, &account);
    if (refusal.isEmpty())
        return {};
    // The refusal is part of the trail: who tried what, and as which role.
    return refuse(c,
                  {c.clock.nowSecs(),
                   c.user,
                   QStringLiteral("refused"),
                   QStringLiteral("permission"),
                   account ? account->id : 0,
                   {},
                   {{QStringLiteral("permission"), permissionCode(permission)},
                    {QStringLiteral("role"), account ? roleCode(account->role) : QString()},
                    {QStringLiteral("signed_in"), c.accountId.has_value()}}},
                  Error{ErrorKind::Forbidden, {}, refusal});
}

} // namespace fd
