// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlstore.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace fd {
namespace {

QString compact(const QJsonObject &object)
{
    if (object.isEmpty())
        return QLatin1String(""); // not a null QString: that would bind as SQL NULL
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString savepoint(int depth)
{
    return QStringLiteral("unit%1").arg(depth);
}

} // namespace

SqlStore::SqlStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

SqlStore::~SqlStore() = default;

QString SqlStore::name() const
{
    return m_db->path();
}

int SqlStore::schemaVersion()
{
    return m_db->schemaVersion();
}

Result<void> SqlStore::beginUnit()
{
    if (m_depth == 0) {
        runBeforeLockHook();
        if (auto r = m_db->beginWrite(); !r)
            return r;
    } else if (auto r = exec(m_db->connection(), QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
               !r) {
        return r;
    }
    ++m_depth;
    return {};
}

Result<void> SqlStore::commitUnit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        --m_depth;
        return exec(m_db->connection(), QStringLiteral("RELEASE ") + savepoint(m_depth));
    }
    m_depth = 0;
    // data_version is left alone: it moves only for other connections' commits, and
    // resetting it here would swallow one that came in just before ours.
    return m_db->commit();
}

void SqlStore::rollbackUnit()
{
    Q_ASSERT(m_depth > 0);
    // The setup may have been cached as this unit saw it, under a revision the rollback
    // takes back and another desk's change may reuse: read it afresh next time.
    m_db->configCache().revision = -1;
    if (m_depth > 1) {
        --m_depth;
        (void)exec(m_db->connection(), QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        (void)exec(m_db->connection(), QStringLiteral("RELEASE ") + savepoint(m_depth));
        return;
    }
    m_depth = 0;
    m_db->rollback();
}

Result<void> SqlStore::writeAudit(const AuditEntry &entry)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "INSERT INTO audit_log (at_utc, user_name, action, entity, entity_id, before_json, "
        "after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.atUtc);
    q.addBindValue(entry.user);
    q.addBindValue(entry.action);
    q.addBindValue(entry.entity);
    q.addBindValue(entry.entityId);
    q.addBindValue(compact(entry.before));
    q.addBindValue(compact(entry.after));
    return exec(q);
}

Result<qint64> SqlStore::appendChange(qint64 atUtc, const QByteArray &json)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "INSERT INTO change_log (at_utc, changes) VALUES (?, ?) RETURNING sequence"));
    q.addBindValue(atUtc);
    q.addBindValue(QString::fromUtf8(json));
    const auto inserted = insertedId(q);
    if (!inserted)
        return inserted.error();
    const qint64 sequence = *inserted;
    // Desks read the log within a second; a week of it is plenty. Trimmed now and then, in
    // the same unit, so the table stays small without a job of its own.
    if (sequence % 1000 == 0) {
        QSqlQuery trim = m_db->prepare(QStringLiteral("DELETE FROM change_log WHERE at_utc < ?"));
        trim.addBindValue(atUtc - 7 * 86400);
        if (auto r = exec(trim); !r)
            return r.error();
    }
    return sequence;
}

Result<qint64> SqlStore::lastChangeSequence()
{
    QSqlQuery q =
        m_db->prepare(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM change_log"));
    if (auto r = exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<ChangeRecord>> SqlStore::changesSince(qint64 sequence)
{
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "SELECT sequence, changes FROM change_log WHERE sequence > ? ORDER BY sequence"));
    q.addBindValue(sequence);
    if (auto r = exec(q); !r)
        return r.error();
    QList<ChangeRecord> records;
    while (q.next())
        records.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
    return records;
}

} // namespace fd
