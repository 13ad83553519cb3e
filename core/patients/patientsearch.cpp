#include "patientsearch.h"

#include "contact/phone.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

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

} // namespace

Result<QList<Patient>> PatientSearch::search(const QString &text, int limit)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<Patient>{};
    static const QRegularExpression phoneLike(QStringLiteral(R"(^[\d\s()+.\-]+$)"));
    const bool phone = phoneLike.match(trimmed).hasMatch();

    // The trigram index answers fragments of three characters or more; shorter words are
    // checked with LIKE on the rows it returns (or on all rows, if no word is long enough).
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

    QString sql = QStringLiteral("SELECT p.id, p.name, p.phone, p.email, p.self_pay, "
                                 "p.insurance_carrier, p.member_id, p.insurance_pending FROM ");
    if (!match.isEmpty())
        sql += QStringLiteral("patients_search s JOIN patients p ON p.id = s.rowid WHERE "
                              "patients_search MATCH ?");
    else
        sql += QStringLiteral("patients p WHERE 1 = 1");
    for (qsizetype i = 0; i < shortWords.size(); ++i)
        sql += phone ? QStringLiteral(" AND p.phone LIKE ? ESCAPE '\\'")
                     : QStringLiteral(" AND p.name LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY p.name, p.id LIMIT ?");

    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    if (!match.isEmpty())
        q.addBindValue(match.join(QStringLiteral(" AND ")));
    for (const QString &word : shortWords)
        q.addBindValue(QString(QLatin1Char('%') + likeEscaped(word) + QLatin1Char('%')));
    q.addBindValue(limit);
    if (auto r = exec(q); !r)
        return r.error();
    QList<Patient> patients;
    while (q.next()) {
        Patient p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.phone = q.value(2).toString();
        p.email = q.value(3).toString();
        p.selfPay = q.value(4).toBool();
        p.insuranceCarrier = q.value(5).toString();
        p.memberId = q.value(6).toString();
        p.insurancePending = q.value(7).toBool();
        patients.append(p);
    }
    return patients;
}

} // namespace fd
