#include "patientsearch.h"

#include "contact/phone.h"
#include "store/appointmentstore.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

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

} // namespace

Result<QList<Patient>> PatientSearch::search(const QString &text, int limit)
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
        QSqlQuery q = m_db.prepare(patientSelect() +
                                   QStringLiteral("WHERE p.name >= ? COLLATE NOCASE AND p.name < ? "
                                                  "COLLATE NOCASE ORDER BY p.name COLLATE NOCASE, "
                                                  "p.id LIMIT ?"));
        q.setForwardOnly(true);
        q.addBindValue(trimmed);
        q.addBindValue(QString(trimmed + QChar(0xFFFF)));
        q.addBindValue(limit);
        if (auto r = readPatients(q, patients); !r)
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

    QSqlQuery q = m_db.prepare(sql);
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

} // namespace fd
