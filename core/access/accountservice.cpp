// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountservice.h"

#include "clinic/context.h"
#include "common/csv.h"
#include "common/text.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::AccountService)
};

QJsonObject accountJson(const Account &a)
{
    QJsonObject o{{QStringLiteral("name"), a.name},
                  {QStringLiteral("full_name"), a.fullName},
                  {QStringLiteral("role"), roleCode(a.role)},
                  {QStringLiteral("active"), a.active}};
    if (a.clinicianId)
        o.insert(QStringLiteral("clinician_id"), *a.clinicianId);
    return o;
}

QJsonObject queryJson(const AuditQuery &q)
{
    QJsonObject o;
    if (q.fromUtc)
        o.insert(QStringLiteral("from_utc"), *q.fromUtc);
    if (q.toUtc)
        o.insert(QStringLiteral("to_utc"), *q.toUtc);
    if (!q.user.isEmpty())
        o.insert(QStringLiteral("user"), q.user);
    if (q.patientId)
        o.insert(QStringLiteral("patient_id"), *q.patientId);
    if (q.appointmentId)
        o.insert(QStringLiteral("appointment_id"), *q.appointmentId);
    return o;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

QString auditChangesText(const AuditRecord &r)
{
    QStringList keys = r.after.keys();
    for (const QString &key : r.before.keys())
        if (!keys.contains(key))
            keys.append(key);
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        if (r.before.contains(key) && r.after.contains(key))
            parts.append(
                QStringLiteral("%1: %2 → %3")
                    .arg(key, valueText(r.before.value(key)), valueText(r.after.value(key))));
        else if (r.after.contains(key))
            parts.append(QStringLiteral("%1: %2").arg(key, valueText(r.after.value(key))));
        else
            parts.append(QStringLiteral("%1: %2 → —").arg(key, valueText(r.before.value(key))));
    }
    return parts.join(QStringLiteral("; "));
}

Result<QList<Account>> AccountService::accounts()
{
    if (auto r = authorize(m_c, Permission::Users); !r)
        return r.error();
    auto config = m_c.store.config();
    if (!config)
        return config.error();
    return config->accounts;
}

Result<Account> AccountService::checked(const Account &account, bool adding)
{
    Account a = account;
    auto fullName = cleanLine(QStringLiteral("full-name"), a.fullName, limits::kName);
    if (!fullName)
        return fullName.error();
    a.fullName = *fullName;
    if (adding) {
        if (!accountNamePattern().match(a.name).hasMatch())
            return invalid(QStringLiteral("user"),
                           Text::tr("\"%1\" is not a user name: 2 to 32 letters, digits, dots, "
                                    "dashes or underscores, starting with a letter or digit")
                               .arg(quotable(a.name)));
    }
    auto config = m_c.store.config();
    if (!config)
        return config.error();
    if (a.role == Role::Clinician) {
        if (!a.clinicianId || !config->clinician(*a.clinicianId))
            return invalid(QStringLiteral("clinician"),
                           Text::tr("a clinician's account names the clinician it belongs to"));
    } else {
        a.clinicianId.reset();
    }
    if (const Account *same = adding ? config->accountNamed(a.name) : nullptr)
        return ruleError(QStringLiteral("user"),
                         Text::tr("there is already an account called %1").arg(same->name));
    if (adding && config->accounts.isEmpty() && a.role != Role::Manager)
        return ruleError(QStringLiteral("role"),
                         Text::tr("the clinic's first account must be a manager's"));
    if (!adding) {
        const Account *old = config->account(a.id);
        if (!old)
            return Error{ErrorKind::NotFound, QStringLiteral("user"),
                         Text::tr("there is no account %1").arg(a.id)};
        a.name = old->name; // the name people sign in with stays
        // Someone must always be able to manage the clinic.
        const bool stillManager = a.active && a.role == Role::Manager;
        const bool others =
            std::any_of(config->accounts.cbegin(), config->accounts.cend(), [&](const Account &o) {
                return o.id != a.id && o.active && o.role == Role::Manager;
            });
        if (!stillManager && !others)
            return ruleError(QStringLiteral("role"),
                             Text::tr("%1 is the clinic's last active manager").arg(a.name));
    }
    return a;
}

Result<Account> AccountService::add(const Account &account, const QString &password)
{
    // The first manager of a clinic without accounts is made by whoever set it up.
    if (auto r = authorize(m_c, Permission::Users); !r)
        return r.error();
    if (auto r = passwords::checkStrength(password); !r)
        return r.error();
    auto hash = passwords::hash(password);
    if (!hash)
        return hash.error();
    return inUnit<Account>(m_c, [&]() -> Result<Account> {
        auto a = checked(account, true);
        if (!a)
            return a;
        a->active = true;
        const qint64 now = m_c.clock.nowSecs();
        auto id = m_c.store.insertAccount(*a, *hash, now);
        if (!id)
            return id.error();
        a->id = *id;
        if (auto r = m_c.store.writeAudit({now,
                                           m_c.user,
                                           QStringLiteral("add-account"),
                                           QStringLiteral("account"),
                                           a->id,
                                           {},
                                           accountJson(*a)});
            !r)
            return r.error();
        m_c.pending.setup = true;
        return a;
    });
}

Result<Account> AccountService::update(const Account &account)
{
    if (auto r = authorize(m_c, Permission::Users); !r)
        return r.error();
    return inUnit<Account>(m_c, [&]() -> Result<Account> {
        auto config = m_c.store.config();
        if (!config)
            return config.error();
        const Account *old = config->account(account.id);
        const Account before = old ? *old : Account{};
        auto a = checked(account, false);
        if (!a)
            return a;
        if (*a == before)
            return a;
        if (auto r = m_c.store.updateAccount(*a); !r)
            return r.error();
        if (auto r = recordAudit(m_c, {m_c.clock.nowSecs(), m_c.user,
                                       QStringLiteral("edit-account"), QStringLiteral("account"),
                                       a->id, accountJson(before), accountJson(*a)});
            !r)
            return r.error();
        m_c.pending.setup = true;
        return a;
    });
}

Result<void> AccountService::setPassword(qint64 accountId, const QString &password)
{
    // Anyone may change their own password; a manager anyone's.
    if (!m_c.accountId || *m_c.accountId != accountId)
        if (auto r = authorize(m_c, Permission::Users); !r)
            return r;
    if (auto r = passwords::checkStrength(password); !r)
        return r;
    auto hash = passwords::hash(password);
    if (!hash)
        return hash.error();
    return inUnit<void>(m_c, [&]() -> Result<void> {
        auto config = m_c.store.config();
        if (!config)
            return config.error();
        const Account *account = config->account(accountId);
        if (!account)
            return Error{ErrorKind::NotFound, QStringLiteral("user"),
                         Text::tr("there is no account %1").arg(accountId)};
        if (auto r = m_c.store.updatePasswordHash(accountId, *hash); !r)
            return r;
        // The trail says that it changed, and never what to.
        return m_c.store.writeAudit({m_c.clock.nowSecs(),
                                     m_c.user,
                                     QStringLiteral("set-password"),
                                     QStringLiteral("account"),
                                     accountId,
                                     {},
                                     {{QStringLiteral("name"), account->name}}});
    });
}

Result<void> AccountService::setIdleLockMinutes(int minutes)
{
    if (auto r = authorize(m_c, Permission::Users); !r)
        return r;
    if (minutes < 1 || minutes > 240)
        return invalid(QStringLiteral("idle-lock"), Text::tr("must be between 1 and 240 minutes"));
    return inUnit<void>(m_c, [&]() -> Result<void> {
        auto config = m_c.store.config();
        if (!config)
            return config.error();
        const int before = config->idleLockMinutes;
        if (before == minutes)
            return {};
        if (auto r = m_c.store.updateIdleLockMinutes(minutes); !r)
            return r;
        m_c.pending.setup = true;
        return m_c.store.writeAudit({m_c.clock.nowSecs(),
                                     m_c.user,
                                     QStringLiteral("set-idle-lock"),
                                     QStringLiteral("clinic"),
                                     0,
                                     {{QStringLiteral("idle_lock_minutes"), before}},
                                     {{QStringLiteral("idle_lock_minutes"), minutes}}});
    });
}

Result<int> AccountService::idleLockMinutes()
{
    auto config = m_c.store.config();
    if (!config)
        return config.error();
    return config->idleLockMinutes;
}

Result<QList<AuditRecord>> AccountService::audit(const AuditQuery &query)
{
    if (auto r = authorize(m_c, Permission::Audit); !r)
        return r.error();
    QList<AuditRecord> rows;
    auto read = m_c.store.forEachAudit(query, [&](const AuditRecord &record) {
        rows.append(record);
        return true;
    });
    if (!read)
        return read.error();
    return rows;
}

Result<qint64> AccountService::exportAuditCsv(const AuditQuery &query, QIODevice &out)
{
    if (auto r = authorize(m_c, Permission::Audit); !r)
        return r.error();
    // The export is itself on the trail, before a row of it leaves.
    if (auto r = inUnit<void>(m_c,
                              [&]() -> Result<void> {
                                  return m_c.store.writeAudit(
                                      {m_c.clock.nowSecs(),
                                       m_c.user,
                                       QStringLiteral("export"),
                                       QStringLiteral("audit"),
                                       0,
                                       {},
                                       {{QStringLiteral("format"), QStringLiteral("csv")},
                                        {QStringLiteral("query"), queryJson(query)}}});
                              });
        !r)
        return r.error();
    QByteArray buffer("id,at,user,action,entity,entity_id,before,after\r\n");
    bool written = true;
    auto read = m_c.store.forEachAudit(query, [&](const AuditRecord &r) {
        const QByteArray fields[] = {
            QByteArray::number(r.id),
            QDateTime::fromSecsSinceEpoch(r.atUtc, Qt::UTC).toString(Qt::ISODate).toUtf8(),
            r.user.toUtf8(),
            r.action.toUtf8(),
            r.entity.toUtf8(),
            QByteArray::number(r.entityId),
            r.before.isEmpty() ? QByteArray()
                               : QJsonDocument(r.before).toJson(QJsonDocument::Compact),
            r.after.isEmpty() ? QByteArray()
                              : QJsonDocument(r.after).toJson(QJsonDocument::Compact)};
        for (qsizetype i = 0; i < qsizetype(std::size(fields)); ++i) {
            if (i > 0)
                buffer.append(',');
            appendCsvField(buffer, fields[i]);
        }
        buffer.append("\r\n");
        if (buffer.size() > (1 << 16)) {
            written = out.write(buffer) == buffer.size();
            buffer.clear();
        }
        return written;
    });
    if (!read)
        return read.error();
    if (written && !buffer.isEmpty())
        written = out.write(buffer) == buffer.size();
    if (!written)
        return Error{ErrorKind::Storage, QStringLiteral("out"),
                     Text::tr("cannot write the audit trail: %1").arg(out.errorString())};
    return *read;
}

} // namespace fd
