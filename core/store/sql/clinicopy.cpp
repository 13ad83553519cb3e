// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clinicopy.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <iterator>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Database)
};

// The clinic's tables, parents before children, each with the columns that order its rows:
// the same names in both databases' schemas. The schema's own version and the setup's revision
// belong to each database, and SQLite's search index is rebuilt by its triggers.
struct Table
{
    const char *name;
    const char *order;
    bool identity; // PostgreSQL numbers its rows: the copy sets its counter past them
};
const Table kTables[] = {
    {"locations", "id", true},
    {"closed_dates", "location_id, day", false},
    {"services", "id", true},
    {"clinicians", "id", true},
    {"clinician_services", "clinician_id, service_id", false},
    {"shifts", "id", true},
    {"time_off", "id", true},
    {"appointment_types", "code", false},
    {"clinic_settings", "key", false},
    {"accounts", "id", true},
    {"sign_in_failures", "name", false},
    {"patients", "id", true},
    {"appointments", "id", true},
    {"status_history", "id", true},
    {"confirmation_calls", "id", true},
    {"audit_log", "id", true},
    {"change_log", "sequence", true},
};

// A value as both databases give it back: SQLite's text day and PostgreSQL's date alike.
QString canonical(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

// The sum of the rows' SHA-256 (their first 16 bytes, as two 64-bit lanes that wrap).
class Checksum
{
public:
    void add(const QSqlRecord &record)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (int i = 0; i < record.count(); ++i) {
            hash.addData(canonical(record.value(i)).toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        const QByteArray digest = hash.result();
        m_high += qFromBigEndian<quint64>(digest.constData());
        m_low += qFromBigEndian<quint64>(digest.constData() + 8);
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }
    QString text() const
    {
        return QStringLiteral("%1%2")
            .arg(m_high, 16, 16, QLatin1Char('0'))
            .arg(m_low, 16, 16, QLatin1Char('0'));
    }

private:
    quint64 m_high = 0;
    quint64 m_low = 0;
    qint64 m_rows = 0;
};

QString selectAll(const Table &table)
{
    return QStringLiteral("SELECT * FROM %1 ORDER BY %2")
        .arg(QLatin1String(table.name), QLatin1String(table.order));
}

// Rows written many to a statement: a round trip per row would make a ten-year clinic's move
// to a server across the network take hours.
class Inserter
{
public:
    Inserter(Database &db, const QString &table) : m_db(db), m_table(table) {}

    Result<void> add(const QSqlRecord &record)
    {
        if (m_head.isEmpty()) {
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns.append(QLatin1Char('"') + record.fieldName(i) + QLatin1Char('"'));
            m_head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                         .arg(m_table, columns.join(QLatin1Char(',')));
        }
        m_sql += m_rows == 0 ? m_head : QStringLiteral(",");
        m_sql += QLatin1Char('(');
        const QSqlDriver *driver = m_db.connection().driver();
        for (int i = 0; i < record.count(); ++i) {
            if (i > 0)
                m_sql += QLatin1Char(',');
            QVariant value = record.value(i);
            if (value.metaType().id() == QMetaType::QDate)
                value = value.toDate().toString(Qt::ISODate);
            QSqlField field(QString(),
                            value.isNull() ? QMetaType::fromType<QString>() : value.metaType());
            field.setValue(value);
            m_sql += driver->formatValue(field);
        }
        m_sql += QLatin1Char(')');
        // SQLite takes at most 500 rows in one VALUES list.
        if (++m_rows >= 400 || m_sql.size() > (1 << 20))
            return flush();
        return {};
    }

    Result<void> flush()
    {
        if (m_rows == 0)
            return {};
        auto r = exec(m_db.connection(), m_sql);
        m_sql.clear();
        m_rows = 0;
        return r;
    }

private:
    Database &m_db;
    QString m_table;
    QString m_head;
    QString m_sql;
    int m_rows = 0;
};

Result<QList<TableSum>> sumsInTransaction(Database &db)
{
    QList<TableSum> sums;
    for (const Table &table : kTables) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(selectAll(table)))
            return storageError(q.lastError(), db.dialect());
        Checksum sum;
        while (q.next())
            sum.add(q.record());
        if (auto r = readToEnd(q); !r)
            return r.error();
        sums.append({QLatin1String(table.name), sum.rows(), sum.text()});
    }
    return sums;
}

Result<void> copyTables(Database &from, Database &to, QList<TableSum> &read,
                        const std::function<void(const QString &)> &progress)
{
    // The new clinic's own rows: it must hold nothing yet but its appointment types.
    for (const Table &table : kTables) {
        if (qstrcmp(table.name, "appointment_types") == 0)
            continue;
        QSqlQuery q(to.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table.name))) ||
            !q.next())
            return storageError(q.lastError(), to.dialect());
        if (q.value(0).toLongLong() != 0)
            return invalid(
                QStringLiteral("to"),
                Text::tr("%1 already holds a clinic; copy into a new, empty one").arg(to.path()));
    }
    if (auto r = exec(to.connection(), QStringLiteral("DELETE FROM appointment_types")); !r)
        return r;
    for (const Table &table : kTables) {
        if (progress)
            progress(QLatin1String(table.name));
        QSqlQuery q(from.connection());
        q.setForwardOnly(true);
        if (!q.exec(selectAll(table)))
            return storageError(q.lastError(), from.dialect());
        Inserter insert(to, QLatin1String(table.name));
        Checksum sum;
        while (q.next()) {
            const QSqlRecord record = q.record();
            sum.add(record);
            if (auto r = insert.add(record); !r)
                return r;
        }
        if (auto r = readToEnd(q); !r)
            return r;
        if (auto r = insert.flush(); !r)
            return r;
        read.append({QLatin1String(table.name), sum.rows(), sum.text()});
        if (table.identity && to.dialect() == Database::Dialect::Postgres) {
            const QString key = QLatin1String(table.order);
            if (auto r = exec(to.connection(),
                              QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                             "COALESCE(MAX(%2), 0) + 1, false) FROM %1")
                                  .arg(QLatin1String(table.name), key));
                !r)
                return r;
        }
    }
    return {};
}

} // namespace

Result<QList<TableSum>> tableSums(Database &db)
{
    if (auto r = db.beginRead(); !r)
        return r.error();
    auto sums = sumsInTransaction(db);
    db.rollback();
    return sums;
}

Result<QList<TableSum>> copyClinic(Database &from, Database &to,
                                   const std::function<void(const QString &)> &progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        return invalid(QStringLiteral("to"),
                       Text::tr("%1 and %2 are of different schema versions (%3 and %4); open "
                                "each with this Front Desk first")
                           .arg(from.path(), to.path())
                           .arg(from.schemaVersion())
                           .arg(to.schemaVersion()));
    if (auto r = from.beginRead(); !r)
        return r.error();
    if (auto r = to.beginWrite(); !r) {
        from.rollback();
        return r.error();
    }
    // An appointment is written before the one that replaced it.
    (void)exec(to.connection(), to.dialect() == Database::Dialect::Postgres
                                    ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                    : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    QList<TableSum> read;
    auto copied = copyTables(from, to, read, progress);
    from.rollback();
    if (!copied) {
        to.rollback();
        return copied.error();
    }
    // Read back inside the same transaction: what would be committed.
    auto written = sumsInTransaction(to);
    if (!written) {
        to.rollback();
        return written.error();
    }
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (read[i] != written->value(i)) {
            to.rollback();
            return Error{ErrorKind::Storage, QStringLiteral("to"),
                         Text::tr("the copy of %1 does not match what was read (%2 rows read, "
                                  "%3 written, or their contents differ); nothing was kept")
                             .arg(read[i].table)
                             .arg(read[i].rows)
                             .arg(written->value(i).rows)};
        }
    }
    if (auto r = to.commit(); !r)
        return r.error();
    // The planner's statistics for the tables just filled, before the first desk asks
    // (SQLite's planner does without).
    if (to.dialect() == Database::Dialect::Postgres)
        (void)exec(to.connection(), QStringLiteral("ANALYZE"));
    return read;
}

} // namespace fd
