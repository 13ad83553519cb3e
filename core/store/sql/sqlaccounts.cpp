// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlstore.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace fd {
namespace {

QVariant clinicianValue(const Account &a)
{
    return a.clinicianId ? QVariant(*a.clinicianId) : QVariant(QMetaType::fromType<qint64>());
}

QJsonObject object(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

Result<qint64> SqlStore::insertAccount(const Account &a, const QByteArray &passwordHash,
                                       qint64 createdUtc)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "INSERT INTO accounts (name, full_name, role, clinician_id, password_hash, active, "
        "created_utc) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(a.name);
    q.addBindValue(text(a.fullName));
    q.addBindValue(roleCode(a.role));
    q.addBindValue(clinicianValue(a));
    q.addBindValue(QString::fromLatin1(passwordHash));
    q.addBindValue(a.active ? 1 : 0);
    q.addBindValue(createdUtc);
    return insertedId(q);
}

Result<void> SqlStore::updateAccount(const Account &a)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("UPDATE accounts SET full_name = ?, role = ?, clinician_id = ?, "
                       "active = ? WHERE id = ?"));
    q.addBindValue(text(a.fullName));
    q.addBindValue(roleCode(a.role));
    q.addBindValue(clinicianValue(a));
    q.addBindValue(a.active ? 1 : 0);
    q.addBindValue(a.id);
    return exec(q);
}

Result<void> SqlStore::updatePasswordHash(qint64 accountId, const QByteArray &hash)
{
    QSqlQuery q =
        m_db->prepare(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(accountId);
    return exec(q);
}

Result<QByteArray> SqlStore::passwordHash(qint64 accountId)
{
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"));
    q.addBindValue(accountId);
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return Error{ErrorKind::NotFound, QStringLiteral("user"), QStringLiteral("no account")};
    return q.value(0).toString().toLatin1();
}

Result<Store::SignInFailures> SqlStore::signInFailures(const QString &name)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("SELECT failures, last_utc FROM sign_in_failures WHERE name = ?"));
    q.addBindValue(name);
    if (auto r = exec(q); !r)
        return r.error();
    SignInFailures failures;
    if (q.next())
        failures = {q.value(0).toInt(), q.value(1).toLongLong()};
    return failures;
}

Result<void> SqlStore::recordSignInFailure(const QString &name, qint64 atUtc)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO sign_in_failures (name, failures, last_utc) VALUES (?, 1, ?) "
                       "ON CONFLICT (name) DO UPDATE SET failures = sign_in_failures.failures + 1, "
                       "last_utc = excluded.last_utc"));
    q.addBindValue(name);
    q.addBindValue(atUtc);
    return exec(q);
}

Result<void> SqlStore::clearSignInFailures(const QString &name)
{
    QSqlQuery q = m_db->prepare(QStringLiteral("DELETE FROM sign_in_failures WHERE name = ?"));
    q.addBindValue(name);
    return exec(q);
}

Result<void> SqlStore::updateIdleLockMinutes(int minutes)
{
    QSqlQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO clinic_settings (key, value) VALUES ('idle_lock_minutes', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(minutes));
    return exec(q);
}

Result<qint64> SqlStore::forEachAudit(const AuditQuery &query,
                                      const std::function<bool(const AuditRecord &)> &visit)
{
    QStringList where;
    QVariantList values;
    if (query.fromUtc) {
        where << QStringLiteral("at_utc >= ?");
        values << *query.fromUtc;
    }
    if (query.toUtc) {
        where << QStringLiteral("at_utc < ?");
        values << *query.toUtc;
    }
    if (!query.user.isEmpty()) {
        where << QStringLiteral("lower(user_name) = lower(?)");
        values << query.user;
    }
    if (query.appointmentId) {
        where << QStringLiteral("entity = 'appointment' AND entity_id = ?");
        values << *query.appointmentId;
    }
    if (query.patientId) {
        where << QStringLiteral(
            "((entity = 'patient' AND entity_id = ?) OR (entity = 'appointment' AND entity_id "
            "IN (SELECT id FROM appointments WHERE patient_id = ?)))");
        values << *query.patientId << *query.patientId;
    }
    QString sql = QStringLiteral("SELECT id, at_utc, user_name, action, entity, entity_id, "
                                 "before_json, after_json FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    QSqlQuery q = m_db->prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.setForwardOnly(true);
    if (auto r = exec(q); !r)
        return r.error();
    qint64 visited = 0;
    while (q.next()) {
        AuditRecord record;
        record.id = q.value(0).toLongLong();
        record.atUtc = q.value(1).toLongLong();
        record.user = q.value(2).toString();
        record.action = q.value(3).toString();
        record.entity = q.value(4).toString();
        record.entityId = q.value(5).toLongLong();
        record.before = object(q.value(6).toString());
        record.after = object(q.value(7).toString());
        ++visited;
        if (!visit(record))
            return visited;
    }
    if (auto r = readToEnd(q); !r)
        return r.error();
    return visited;
}

} // namespace fd
