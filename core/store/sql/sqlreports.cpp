// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlstore.h"

#include "appointmentcsv.h"

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

#include <algorithm>
#include <limits>

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
    return readToEnd(q);
}

// The patients whose `column` (name or email) starts with `prefix`, ignoring case, in that
// column's order: a range on its NOCASE index, never a scan.
Result<void> patientsByPrefix(Database &db, const QString &column, const QString &prefix, int limit,
                              QList<Patient> &into)
{
    // SQLite's NOCASE folds ASCII letters; PostgreSQL's lower() every letter, over an index
    // on lower(column) in byte order (schema version 6 there).
    const QString sql =
        db.dialect() == Database::Dialect::Sqlite
            ? QStringLiteral("WHERE p.%1 >= ? COLLATE NOCASE AND p.%1 < ? COLLATE NOCASE ORDER "
                             "BY p.%1 COLLATE NOCASE, p.id LIMIT ?")
            : QStringLiteral("WHERE lower(p.%1) COLLATE \"C\" >= lower(?) AND lower(p.%1) "
                             "COLLATE \"C\" < lower(?) ORDER BY lower(p.%1) COLLATE \"C\", "
                             "p.id LIMIT ?");
    QSqlQuery q = db.prepare(patientSelect() + sql.arg(column));
    q.setForwardOnly(true);
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QChar(0xFFFF)));
    q.addBindValue(limit);
    return readPatients(q, into);
}

// "07:05" from a column of minutes (425).
QString clockSql(const QString &minutes, Database::Dialect dialect)
{
    const QString twoDigits = dialect == Database::Dialect::Sqlite
                                  ? QStringLiteral("substr('0' || (%1), -2)")
                                  : QStringLiteral("lpad((%1)::text, 2, '0')");
    return twoDigits.arg(minutes + QStringLiteral(" / 60")) + QStringLiteral(" || ':' || ") +
           twoDigits.arg(minutes + QStringLiteral(" % 60"));
}

} // namespace

Result<QList<Patient>> SqlStore::searchPatients(const QString &text, int limit)
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

    // Then the fragment anywhere in the name (or the digits anywhere in the number). SQLite's
    // trigram index (FTS5) answers words of three characters or more; shorter ones are checked
    // with LIKE. PostgreSQL's pg_trgm indexes answer LIKE and ILIKE themselves, whatever the
    // length. These are not sorted in SQL: a common fragment matches thousands of patients,
    // and only the page shown needs an order.
    const bool sqlite = m_db->dialect() == Database::Dialect::Sqlite;
    const int indexedLength = sqlite ? 3 : std::numeric_limits<int>::max();
    QStringList match;
    QStringList likeWords;
    if (phone) {
        const QString digits = phoneDigits(trimmed);
        if (digits.size() >= indexedLength)
            match.append(QStringLiteral("phone : ") + quoted(digits));
        else
            likeWords.append(digits);
    } else {
        for (const QString &word : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.size() >= indexedLength)
                match.append(QStringLiteral("name : ") + quoted(word));
            else
                likeWords.append(word);
        }
    }
    QString sql = patientSelect();
    if (!match.isEmpty())
        sql += QStringLiteral("JOIN patients_search s ON s.rowid = p.id WHERE "
                              "patients_search MATCH ?");
    else
        sql += QStringLiteral("WHERE 1 = 1");
    for (qsizetype i = 0; i < likeWords.size(); ++i)
        sql += phone    ? QStringLiteral(" AND p.phone LIKE ? ESCAPE '\\'")
               : sqlite ? QStringLiteral(" AND p.name LIKE ? ESCAPE '\\'")
                        : QStringLiteral(" AND p.name ILIKE ? ESCAPE '\\'");
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
    for (const QString &word : likeWords)
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

Result<QList<Patient>> SqlStore::searchPatientsByEmail(const QString &prefix, int limit)
{
    const QString trimmed = prefix.trimmed();
    QList<Patient> patients;
    if (trimmed.isEmpty() || limit <= 0)
        return patients;
    if (auto r = patientsByPrefix(*m_db, QStringLiteral("email"), trimmed, limit, patients); !r)
        return r.error();
    return patients;
}

QString SqlStore::appointmentsCsvQuery(const AppointmentFilter &f, bool deidentified) const
{
    // The start_utc range (with a day's margin for any time zone) lets SQLite use the
    // start-time index; the day range is the exact filter.
    const qint64 fromUtc =
        QDateTime(f.from.addDays(-1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 toUtc =
        QDateTime(f.to.addDays(2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QString sql =
        QStringLiteral(
            "SELECT a.id, a.day, %6, %7, l.name, c.name, %5, p.phone, a.type, a.status, "
            "COALESCE(s.name, ''), a.reason, "
            "a.cancel_reason, a.late_cancel "
            "FROM appointments a JOIN locations l ON l.id = a.location_id "
            "JOIN clinicians c ON c.id = a.clinician_id JOIN patients p ON p.id = a.patient_id "
            "LEFT JOIN services s ON s.id = a.service_id "
            "WHERE a.start_utc BETWEEN %1 AND %2 AND a.day BETWEEN '%3' AND '%4'")
            .arg(fromUtc)
            .arg(toUtc)
            .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate),
                 deidentified ? QStringLiteral("a.patient_id") : QStringLiteral("p.name"),
                 clockSql(QStringLiteral("a.start_minute"), m_db->dialect()),
                 clockSql(QStringLiteral("a.end_minute"), m_db->dialect()));
    if (f.locationId)
        sql += QStringLiteral(" AND a.location_id = %1").arg(*f.locationId);
    if (f.clinicianId)
        sql += QStringLiteral(" AND a.clinician_id = %1").arg(*f.clinicianId);
    return sql + restrictionSql(f) + QStringLiteral(" ORDER BY a.start_utc, a.id");
}

Result<qint64> SqlStore::exportAppointmentsCsv(const AppointmentFilter &filter,
                                               const CsvOptions &options, QIODevice &out)
{
    using namespace appointmentcsv;
    if (auto r = checkPeriod(filter); !r)
        return r.error();
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(appointmentsCsvQuery(filter, options.deidentified)))
        return storageError(q.lastError(), m_db->dialect());
    QByteArray buffer = header(options);
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
    if (auto r = readToEnd(q); !r)
        return r.error();
    if (!flush(buffer, out, true))
        return writeError(out);
    return rows;
}

Result<QList<AppointmentCount>> SqlStore::countAppointments(const AppointmentFilter &f)
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
    if (auto r = readToEnd(q); !r)
        return r.error();
    return counts;
}

Result<Store::WeekHours> SqlStore::startsByWeekdayHour(const AppointmentFilter &f)
{
    // strftime('%w') counts from Sunday, ISODOW from Monday as 1; the report's weeks start on
    // Monday.
    QString sql = QStringLiteral("SELECT %1, start_minute / 60, COUNT(*) FROM appointments a WHERE "
                                 "a.day BETWEEN ? AND ? "
                                 "AND a.start_utc BETWEEN ? AND ?")
                      .arg(m_db->dialect() == Database::Dialect::Sqlite
                               ? QStringLiteral("(CAST(strftime('%w', a.day) AS INTEGER) + 6) % 7")
                               : QStringLiteral("CAST(EXTRACT(ISODOW FROM a.day) AS INTEGER) - 1"));
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
    if (auto r = readToEnd(q); !r)
        return r.error();
    return hours;
}

} // namespace fd
