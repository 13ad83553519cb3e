// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlitestore.h"

#include "store/sql/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace fd {
namespace {

bool run(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// A prepared statement of SQLite's own API, reset after each row: QVariant binding would
// take minutes for millions of rows.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_ok; }
    Statement &bind(int i, int v) { return bind(i, qint64(v)); }
    Statement &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    // The text must outlive step(): every caller passes a buffer that does.
    Statement &bind(int i, const QByteArray &v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), static_cast<int>(v.size()), SQLITE_STATIC);
        return *this;
    }
    Statement &bind(int i, const char *v)
    {
        sqlite3_bind_text(m_stmt, i, v, -1, SQLITE_STATIC);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        m_ok = m_ok && rc == SQLITE_DONE;
        return m_ok;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

class SqliteBulkWriter final : public BulkWriter
{
public:
    explicit SqliteBulkWriter(sqlite3 *h)
        : m_h(h),
          m_patient(h, "INSERT INTO patients (id, name, phone, email, self_pay, "
                       "insurance_carrier, member_id, insurance_pending, created_utc) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, 0, ?)"),
          m_appointment(h, "INSERT INTO appointments (id, patient_id, clinician_id, location_id, "
                           "service_id, type, reason, day, start_minute, end_minute, start_utc, "
                           "end_utc, block_end_utc, status, cancel_reason, late_cancel, "
                           "created_utc) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          m_history(h, "INSERT INTO status_history (appointment_id, status, at_utc, user_name) "
                       "VALUES (?, ?, ?, ?)"),
          m_audit(h, "INSERT INTO audit_log (at_utc, user_name, action, entity, entity_id, "
                     "before_json, after_json) VALUES (?, ?, ?, 'appointment', ?, ?, ?)")
    {
        m_ok = m_patient.ok() && m_appointment.ok() && m_history.ok() && m_audit.ok();
    }

    // The file's settings for a long load: a rollback journal (pages appended to an empty
    // file cost it nothing, and it makes the load all-or-nothing even when killed) and no
    // fsync until the end.
    void prepareFile()
    {
#ifdef __GLIBC__
        // SQLite's page cache frees and reallocates pages all through a bulk load; without
        // this glibc hands the heap's top back to the kernel and faults it in again each
        // time, which costs more than the inserts themselves.
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
        mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
        // Another desk holding the file keeps it in WAL mode: slower, as safe.
        if (!run(m_h, "PRAGMA journal_mode = TRUNCATE"))
            qWarning("frontdesk: the bulk load keeps the write-ahead log: %s", sqlite3_errmsg(m_h));
        run(m_h, "PRAGMA synchronous = OFF");
        run(m_h, "PRAGMA cache_size = -65536");
    }

    ~SqliteBulkWriter() override
    {
        run(m_h, "PRAGMA journal_mode = WAL");
        run(m_h, "PRAGMA synchronous = FULL");
        run(m_h, "PRAGMA cache_size = -32768");
    }

    // Inside the unit: the secondary indexes go (rebuilt once at the end, far faster than row
    // by row); a rollback brings them back with everything else.
    Result<void> begin() override
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(
            m_h,
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('patients', 'appointments', 'status_history', 'audit_log')",
            -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            m_indexNames.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            m_indexes.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
        }
        sqlite3_finalize(stmt);
        for (const QByteArray &name : m_indexNames)
            m_ok = m_ok && run(m_h, "DROP INDEX " + name);
        if (!m_ok)
            return Error{ErrorKind::Storage, QStringLiteral("db"),
                         QString::fromUtf8(sqlite3_errmsg(m_h))};
        return {};
    }

    bool addPatient(const PatientRow &p) override
    {
        m_ok = m_ok && m_patient.bind(1, p.id)
                           .bind(2, p.name)
                           .bind(3, p.phone)
                           .bind(4, p.email)
                           .bind(5, p.selfPay ? 1 : 0)
                           .bind(6, p.carrier)
                           .bind(7, p.memberId)
                           .bind(8, p.createdUtc)
                           .step();
        return m_ok;
    }

    bool addAppointment(const AppointmentRow &a) override
    {
        m_ok = m_ok && m_appointment.bind(1, a.id)
                           .bind(2, a.patientId)
                           .bind(3, a.clinicianId)
                           .bind(4, a.locationId)
                           .bind(5, a.serviceId)
                           .bind(6, a.type)
                           .bind(7, a.reason)
                           .bind(8, a.day)
                           .bind(9, a.startMinute)
                           .bind(10, a.endMinute)
                           .bind(11, a.startUtc)
                           .bind(12, a.endUtc)
                           .bind(13, a.blockEndUtc)
                           .bind(14, a.status)
                           .bind(15, a.cancelReason)
                           .bind(16, a.lateCancel ? 1 : 0)
                           .bind(17, a.createdUtc)
                           .step();
        return m_ok;
    }

    bool addStatusStep(qint64 appointmentId, const char *status, qint64 atUtc,
                       const QByteArray &user) override
    {
        m_ok = m_ok &&
               m_history.bind(1, appointmentId).bind(2, status).bind(3, atUtc).bind(4, user).step();
        return m_ok;
    }

    bool addAppointmentAudit(qint64 atUtc, const QByteArray &user, const char *action,
                             qint64 appointmentId, const QByteArray &before,
                             const QByteArray &after) override
    {
        m_ok = m_ok && m_audit.bind(1, atUtc)
                           .bind(2, user)
                           .bind(3, action)
                           .bind(4, appointmentId)
                           .bind(5, before)
                           .bind(6, after)
                           .step();
        return m_ok;
    }

    Result<void> finish(bool keep) override
    {
        bool ok = m_ok && keep;
        for (const QByteArray &sql : m_indexes)
            ok = ok && run(m_h, sql);
        ok = ok && run(m_h, "PRAGMA analysis_limit = 1000") && run(m_h, "ANALYZE");
        if (!ok)
            return Error{
                ErrorKind::Storage, QStringLiteral("db"),
                keep ? QCoreApplication::translate("fd::Generator", "generating failed: %1")
                           .arg(QString::fromUtf8(sqlite3_errmsg(m_h)))
                     : QCoreApplication::translate("fd::Generator", "generating was abandoned")};
        return {};
    }

private:
    sqlite3 *m_h;
    Statement m_patient;
    Statement m_appointment;
    Statement m_history;
    Statement m_audit;
    QList<QByteArray> m_indexes;
    QList<QByteArray> m_indexNames;
    bool m_ok = false;
};

} // namespace

Result<std::unique_ptr<BulkWriter>> SqliteStore::bulkWriter()
{
    const QVariant handle = m_db->connection().driver()->handle();
    if (m_depth > 0 || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{
            ErrorKind::Storage, QStringLiteral("db"),
            QCoreApplication::translate(
                "fd::Generator", "generating needs an SQLite database outside any other change")};
    auto writer =
        std::make_unique<SqliteBulkWriter>(*static_cast<sqlite3 *const *>(handle.constData()));
    writer->prepareFile();
    return std::unique_ptr<BulkWriter>(std::move(writer));
}

} // namespace fd
