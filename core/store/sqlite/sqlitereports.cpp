// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlitestore.h"

#include "common/csv.h"
#include "contact/phone.h"
#include "database.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace fd {
namespace {

// An FTS5 string literal: double quotes, inner quotes doubled.
QString quoted(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

Result<void> readPatients(QSqlQuery &q, QList<Patient> &into)
{
    if (auto r = exec(q); !r)
        return r;
    while (q.next())
        into.append(readPatient(q));
    return {};
}

// The patients whose `column` (name or email) starts with `prefix`, ignoring case, in that
// column's order: a range on its NOCASE index, never a scan.
Result<void> patientsByPrefix(Database &db, const QString &column, const QString &prefix, int limit,
                              QList<Patient> &into)
{
    QSqlQuery q = db.prepare(patientSelect() +
                             QStringLiteral("WHERE p.%1 >= ? COLLATE NOCASE AND p.%1 < ? COLLATE "
                                            "NOCASE ORDER BY p.%1 COLLATE NOCASE, p.id LIMIT ?")
                                 .arg(column));
    q.setForwardOnly(true);
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QChar(0xFFFF)));
    q.addBindValue(limit);
    return readPatients(q, into);
}

const char *const kColumnNames[] = {
    "id",    "date", "start",  "end",     "location", "clinician",     "patient",
    "phone", "type", "status", "service", "reason",   "cancel_reason", "late_cancel"};
constexpr int kColumns = 14;
constexpr int kPatientColumn = 6;
constexpr int kPhoneColumn = 7;
constexpr int kReasonColumn = 11;
constexpr int kCancelReasonColumn = 12;

// A de-identified export names patients by their record's number and leaves out what could
// tell who they are or what ails them: the phone and the reasons.
bool skipped(int column, const CsvOptions &options)
{
    return options.deidentified &&
           (column == kPhoneColumn || column == kReasonColumn || column == kCancelReasonColumn);
}

// Phone numbers as people write them, "(201) 555-0123", not as stored ("+12015550123", which
// a spreadsheet would read as a number, or a formula), each formatted once.
class PhoneColumn
{
public:
    QByteArray operator()(const char *stored, qsizetype size)
    {
        const QByteArray key(stored, size);
        auto it = m_formatted.constFind(key);
        if (it == m_formatted.cend())
            it = m_formatted.insert(key, formatPhoneNational(QString::fromUtf8(key)).toUtf8());
        return *it;
    }

private:
    QHash<QByteArray, QByteArray> m_formatted;
};

// The header row and the byte-order mark asked for; the phone's column only when contact
// details go out.
QByteArray csvHeader(const CsvOptions &options)
{
    QByteArray header = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    for (int i = 0; i < kColumns; ++i) {
        if (skipped(i, options))
            continue;
        if (i > 0)
            header.append(',');
        header.append(i == kPatientColumn && options.deidentified ? "patient_id" : kColumnNames[i]);
    }
    return header + "\r\n";
}

bool flush(QByteArray &buffer, QIODevice &out, bool force)
{
    if (!force && buffer.size() < (1 << 16))
        return true;
    const bool ok = out.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

// Whether to go on after `rows`: asks the progress callback every so many rows.
bool goOn(const CsvOptions &options, qint64 rows)
{
    return !options.progress || rows % kExportProgressRows != 0 || options.progress(rows);
}

// After a short write. A file that took fewer bytes than given reports no error of its own
// (Qt says "Unknown error"): that is a full disk or a file-size limit.
Error writeError(const QIODevice &out)
{
    const auto *file = qobject_cast<const QFileDevice *>(&out);
    return {ErrorKind::Storage, QStringLiteral("out"),
            file && file->error() == QFileDevice::NoError
                ? QCoreApplication::translate("fd::Store", "the disk is full or the file too large")
                : out.errorString()};
}

} // namespace

Result<QList<Patient>> SqliteStore::searchPatients(const QString &text, int limit)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<Patient>{};
    static const QRegularExpression phoneLike(QStringLiteral(R"(^[\d\s()+.\-]+$)"));
    const bool phone = phoneLike.match(trimmed).hasMatch();
    QList<Patient> patients;

    // First the names that start with what was typed, in name order from the index: what a
    // receptionist typing "joh" for John expects at the top.
    if (!phone) {
        if (auto r = patientsByPrefix(*m_db, QStringLiteral("name"), trimmed, limit, patients); !r)
            return r.error();
    }
    if (patients.size() >= limit)
        return patients;

    // Then the fragment anywhere in the name (or the digits anywhere in the number). The
    // trigram index answers words of three characters or more; shorter ones are checked with
    // LIKE. These are not sorted in SQL: a common fragment matches thousands of patients, and
    // only the page shown needs an order.
    QStringList match;
    QStringList shortWords;
    if (phone) {
        const QString digits = phoneDigits(trimmed);
        if (digits.size() >= 3)
            match.append(QStringLiteral("phone : ") + quoted(digits));
        else
            shortWords.append(digits);
    } else {
        for (const QString &word : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.size() >= 3)
                match.append(QStringLiteral("name : ") + quoted(word));
            else
                shortWords.append(word);
        }
    }
    QString sql = patientSelect();
    if (!match.isEmpty())
        sql += QStringLiteral("JOIN patients_search s ON s.rowid = p.id WHERE "
                              "patients_search MATCH ?");
    else
        sql += QStringLiteral("WHERE 1 = 1");
    for (qsizetype i = 0; i < shortWords.size(); ++i)
        sql += phone ? QStringLiteral(" AND p.phone LIKE ? ESCAPE '\\'")
                     : QStringLiteral(" AND p.name LIKE ? ESCAPE '\\'");
    QStringList seen;
    for (const Patient &p : patients)
        seen.append(QString::number(p.id));
    if (!seen.isEmpty())
        sql += QStringLiteral(" AND p.id NOT IN (%1)").arg(seen.join(QLatin1Char(',')));
    sql += QStringLiteral(" LIMIT ?");

    QSqlQuery q = m_db->prepare(sql);
    q.setForwardOnly(true);
    if (!match.isEmpty())
        q.addBindValue(match.join(QStringLiteral(" AND ")));
    for (const QString &word : shortWords)
        q.addBindValue(QString(QLatin1Char('%') + likeEscaped(word) + QLatin1Char('%')));
    q.addBindValue(limit - static_cast<int>(patients.size()));
    QList<Patient> more;
    if (auto r = readPatients(q, more); !r)
        return r.error();
    std::sort(more.begin(), more.end(), [](const Patient &a, const Patient &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return patients + more;
}

Result<QList<Patient>> SqliteStore::searchPatientsByEmail(const QString &prefix, int limit)
{
    const QString trimmed = prefix.trimmed();
    QList<Patient> patients;
    if (trimmed.isEmpty() || limit <= 0)
        return patients;
    if (auto r = patientsByPrefix(*m_db, QStringLiteral("email"), trimmed, limit, patients); !r)
        return r.error();
    return patients;
}

QString SqliteStore::appointmentsCsvQuery(const AppointmentFilter &f, bool deidentified)
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
            "l.name, c.name, %5, p.phone, a.type, a.status, COALESCE(s.name, ''), a.reason, "
            "a.cancel_reason, a.late_cancel "
            "FROM appointments a JOIN locations l ON l.id = a.location_id "
            "JOIN clinicians c ON c.id = a.clinician_id JOIN patients p ON p.id = a.patient_id "
            "LEFT JOIN services s ON s.id = a.service_id "
            "WHERE a.start_utc BETWEEN %1 AND %2 AND a.day BETWEEN '%3' AND '%4'")
            .arg(fromUtc)
            .arg(toUtc)
            .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate),
                 deidentified ? QStringLiteral("a.patient_id") : QStringLiteral("p.name"));
    if (f.locationId)
        sql += QStringLiteral(" AND a.location_id = %1").arg(*f.locationId);
    if (f.clinicianId)
        sql += QStringLiteral(" AND a.clinician_id = %1").arg(*f.clinicianId);
    return sql + restrictionSql(f) + QStringLiteral(" ORDER BY a.start_utc, a.id");
}

Result<qint64> SqliteStore::exportAppointmentsCsv(const AppointmentFilter &filter,
                                                  const CsvOptions &options, QIODevice &out)
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("fd::Reports", "the period must end after it starts"));
    const QVariant handle = m_db->connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return exportAppointmentsCsvPortable(filter, options, out);

    // SQLite's own API: the rows go from its buffers to ours without a QVariant each, which
    // is what keeps a year's export as fast as the sqlite3 shell's.
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h,
                           appointmentsCsvQuery(filter, options.deidentified).toUtf8().constData(),
                           -1, &stmt, nullptr) != SQLITE_OK)
        return Error{ErrorKind::Storage, {}, QString::fromUtf8(sqlite3_errmsg(h))};
    QByteArray buffer;
    buffer.reserve(1 << 17);
    buffer.append(csvHeader(options));
    qint64 rows = 0;
    PhoneColumn phone;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < kColumns; ++i) {
            if (skipped(i, options))
                continue;
            if (i > 0)
                buffer.append(',');
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            const int size = sqlite3_column_bytes(stmt, i);
            if (i == kPhoneColumn) {
                const QByteArray shown = phone(text ? text : "", size);
                appendCsvField(buffer, shown.constData(), shown.size());
            } else {
                appendCsvField(buffer, text ? text : "", size);
            }
        }
        buffer.append("\r\n", 2);
        ++rows;
        if (!flush(buffer, out, false)) {
            sqlite3_finalize(stmt);
            return writeError(out);
        }
        if (!goOn(options, rows)) {
            sqlite3_finalize(stmt);
            return exportCancelled();
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error{ErrorKind::Storage, {}, QString::fromUtf8(sqlite3_errmsg(h))};
    if (!flush(buffer, out, true))
        return writeError(out);
    return rows;
}

Result<qint64> SqliteStore::exportAppointmentsCsvPortable(const AppointmentFilter &filter,
                                                          const CsvOptions &options, QIODevice &out)
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(appointmentsCsvQuery(filter, options.deidentified)))
        return storageError(q.lastError());
    QByteArray buffer = csvHeader(options);
    qint64 rows = 0;
    PhoneColumn phone;
    while (q.next()) {
        for (int i = 0; i < kColumns; ++i) {
            if (skipped(i, options))
                continue;
            if (i > 0)
                buffer.append(',');
            QByteArray text = q.value(i).toString().toUtf8();
            if (i == kPhoneColumn)
                text = phone(text.constData(), text.size());
            appendCsvField(buffer, text.constData(), text.size());
        }
        buffer.append("\r\n", 2);
        ++rows;
        if (!flush(buffer, out, false))
            return writeError(out);
        if (!goOn(options, rows))
            return exportCancelled();
    }
    if (!flush(buffer, out, true))
        return writeError(out);
    return rows;
}

Result<QList<AppointmentCount>> SqliteStore::countAppointments(const AppointmentFilter &f)
{
    // Counts grouped in SQL: a month is a few hundred groups however large the history.
    QString sql = QStringLiteral(
        "SELECT location_id, clinician_id, type, status, late_cancel, COUNT(*), "
        "SUM(end_minute - start_minute) FROM appointments a WHERE a.day BETWEEN ? AND ? AND "
        "a.start_utc BETWEEN ? AND ?");
    if (f.locationId)
        sql += QStringLiteral(" AND a.location_id = ?");
    if (f.clinicianId)
        sql += QStringLiteral(" AND a.clinician_id = ?");
    sql += restrictionSql(f) +
           QStringLiteral(" GROUP BY location_id, clinician_id, type, status, late_cancel");
    QSqlQuery q = m_db->prepare(sql);
    q.setForwardOnly(true);
    bindPeriod(q, f);
    if (auto r = exec(q); !r)
        return r.error();
    QList<AppointmentCount> counts;
    while (q.next()) {
        AppointmentCount c;
        c.locationId = q.value(0).toLongLong();
        c.clinicianId = q.value(1).toLongLong();
        c.type = parseTypeCode(q.value(2).toString()).value_or(AppointmentType::FollowUp);
        c.status = parseStatusCode(q.value(3).toString()).value_or(Status::Booked);
        c.lateCancel = q.value(4).toBool();
        c.count = q.value(5).toInt();
        c.minutes = q.value(6).toLongLong();
        counts.append(c);
    }
    return counts;
}

Result<Store::WeekHours> SqliteStore::startsByWeekdayHour(const AppointmentFilter &f)
{
    // strftime('%w') counts from Sunday; the report's weeks start on Monday.
    QString sql = QStringLiteral(
        "SELECT (CAST(strftime('%w', a.day) AS INTEGER) + 6) % 7, start_minute / 60, COUNT(*) "
        "FROM appointments a WHERE a.day BETWEEN ? AND ? AND a.start_utc BETWEEN ? AND ?");
    if (f.locationId)
        sql += QStringLiteral(" AND a.location_id = ?");
    if (f.clinicianId)
        sql += QStringLiteral(" AND a.clinician_id = ?");
    sql += QStringLiteral(" AND ") + slotHoldingSql() + restrictionSql(f) +
           QStringLiteral(" GROUP BY 1, 2");
    QSqlQuery q = m_db->prepare(sql);
    q.setForwardOnly(true);
    bindPeriod(q, f);
    if (auto r = exec(q); !r)
        return r.error();
    WeekHours hours{};
    while (q.next()) {
        const int weekday = q.value(0).toInt();
        const int hour = q.value(1).toInt();
        if (weekday >= 0 && weekday < 7 && hour >= 0 && hour < 24)
            hours[static_cast<std::size_t>(weekday)][static_cast<std::size_t>(hour)] =
                q.value(2).toInt();
    }
    return hours;
}

} // namespace fd
