#include "csvexport.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <sqlite3.h>

namespace fd {
namespace {

const char kHeader[] = "id,date,start,end,location,clinician,patient,phone,type,status,service,"
                       "reason,cancel_reason,late_cancel\r\n";
constexpr int kColumns = 14;

// Appends one CSV field: quoted only when it holds a comma, quote or line break.
void appendField(QByteArray &buffer, const char *text, qsizetype size)
{
    bool quote = false;
    for (qsizetype i = 0; i < size && !quote; ++i)
        quote = text[i] == ',' || text[i] == '"' || text[i] == '\n' || text[i] == '\r';
    if (!quote) {
        buffer.append(text, size);
        return;
    }
    buffer.append('"');
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == '"')
            buffer.append('"');
        buffer.append(text[i]);
    }
    buffer.append('"');
}

bool flush(QByteArray &buffer, QIODevice &out, bool force)
{
    if (!force && buffer.size() < (1 << 16))
        return true;
    const bool ok = out.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

Error writeError(const QIODevice &out)
{
    return {ErrorKind::Storage, QStringLiteral("out"), out.errorString()};
}

} // namespace

QString appointmentsCsvQuery(const ExportFilter &f)
{
    // The start_utc range (with a day's margin for any time zone) lets SQLite use the
    // start-time index; the day range is the exact filter.
    const qint64 fromUtc =
        QDateTime(f.from.addDays(-1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 toUtc =
        QDateTime(f.to.addDays(2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QString sql =
        QStringLiteral(
            "SELECT a.id, a.day, "
            "substr('0' || (a.start_minute / 60), -2) || ':' || substr('0' || (a.start_minute % "
            "60), -2), "
            "substr('0' || (a.end_minute / 60), -2) || ':' || substr('0' || (a.end_minute % 60), "
            "-2), "
            "l.name, c.name, p.name, p.phone, a.type, a.status, COALESCE(s.name, ''), a.reason, "
            "a.cancel_reason, a.late_cancel "
            "FROM appointments a JOIN locations l ON l.id = a.location_id "
            "JOIN clinicians c ON c.id = a.clinician_id JOIN patients p ON p.id = a.patient_id "
            "LEFT JOIN services s ON s.id = a.service_id "
            "WHERE a.start_utc BETWEEN %1 AND %2 AND a.day BETWEEN '%3' AND '%4'")
            .arg(fromUtc)
            .arg(toUtc)
            .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    if (f.locationId)
        sql += QStringLiteral(" AND a.location_id = %1").arg(*f.locationId);
    if (f.clinicianId)
        sql += QStringLiteral(" AND a.clinician_id = %1").arg(*f.clinicianId);
    return sql + QStringLiteral(" ORDER BY a.start_utc, a.id");
}

Result<qint64> exportAppointmentsCsv(Database &db, const ExportFilter &filter, QIODevice &out)
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("fd::Reports", "the period must end after it starts"));
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return exportAppointmentsCsvPortable(db, filter, out);

    // SQLite's own API: the rows go from its buffers to ours without a QVariant each, which
    // is what keeps a year's export as fast as the sqlite3 shell's.
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, appointmentsCsvQuery(filter).toUtf8().constData(), -1, &stmt,
                           nullptr) != SQLITE_OK)
        return Error{ErrorKind::Storage, {}, QString::fromUtf8(sqlite3_errmsg(h))};
    QByteArray buffer;
    buffer.reserve(1 << 17);
    buffer.append(kHeader);
    qint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < kColumns; ++i) {
            if (i > 0)
                buffer.append(',');
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            appendField(buffer, text ? text : "", sqlite3_column_bytes(stmt, i));
        }
        buffer.append("\r\n", 2);
        ++rows;
        if (!flush(buffer, out, false)) {
            sqlite3_finalize(stmt);
            return writeError(out);
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error{ErrorKind::Storage, {}, QString::fromUtf8(sqlite3_errmsg(h))};
    if (!flush(buffer, out, true))
        return writeError(out);
    return rows;
}

Result<qint64> exportAppointmentsCsvPortable(Database &db, const ExportFilter &filter,
                                             QIODevice &out)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(appointmentsCsvQuery(filter)))
        return storageError(q.lastError());
    QByteArray buffer(kHeader);
    qint64 rows = 0;
    while (q.next()) {
        for (int i = 0; i < kColumns; ++i) {
            if (i > 0)
                buffer.append(',');
            const QByteArray text = q.value(i).toString().toUtf8();
            appendField(buffer, text.constData(), text.size());
        }
        buffer.append("\r\n", 2);
        ++rows;
        if (!flush(buffer, out, false))
            return writeError(out);
    }
    if (!flush(buffer, out, true))
        return writeError(out);
    return rows;
}

} // namespace fd
