// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "patientservice.h"

#include "clinic/context.h"
#include "common/text.h"
#include "contact/phone.h"
#include "domain/json.h"
#include "store/store.h"

#include <algorithm>

namespace fd {

Result<QList<Patient>> PatientService::search(const QString &text, int limit)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<Patient>{};
    return m_c.store.searchPatients(trimmed, limit);
}

namespace {

// Lower case, accents dropped, punctuation to spaces: "Díaz, Bo" -> "diaz bo".
QString folded(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' ');
    }
    return out.simplified();
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

bool similarNames(const QString &a, const QString &b)
{
    const QString x = folded(a);
    const QString y = folded(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    const QStringList wordsA = x.split(QLatin1Char(' '));
    for (const QString &word : y.split(QLatin1Char(' ')))
        if (word.size() >= 2 && wordsA.contains(word))
            return true;
    // Names are short (a hundred characters at most): a full edit distance is cheap.
    return editDistance(x, y) <= std::max<qsizetype>(2, std::min(x.size(), y.size()) / 4);
}

Result<QList<PatientMatch>> PatientService::find(PatientField field, const QString &text, int limit)
{
    QList<PatientMatch> matches;
    const QString trimmed = text.simplified().left(limits::kEmail);
    Result<QList<Patient>> found = QList<Patient>{};
    switch (field) {
    case PatientField::Name:
        if (trimmed.size() >= 2)
            found = m_c.store.searchPatients(trimmed, limit);
        break;
    case PatientField::Phone: {
        QString digits;
        for (const QChar c : trimmed)
            if (c.isDigit())
                digits += c;
        if (digits.size() >= 3)
            found = m_c.store.searchPatients(digits, limit);
        break;
    }
    case PatientField::Email:
        if (trimmed.size() >= 2)
            found = m_c.store.searchPatientsByEmail(trimmed, limit);
        break;
    }
    if (!found)
        return found.error();
    const qint64 now = m_c.clock.nowSecs();
    for (const Patient &p : *found) {
        auto last = m_c.store.lastVisit(p.id, now);
        if (!last)
            return last.error();
        auto next = m_c.store.nextVisit(p.id, now);
        if (!next)
            return next.error();
        matches.append({p, *last, *next});
    }
    return matches;
}

Result<QList<Patient>> PatientService::likelyDuplicates(const QString &name, const QString &phone)
{
    auto number = parsePhone(phone);
    if (!number || name.trimmed().isEmpty())
        return QList<Patient>{};
    auto samePhone = m_c.store.patientsByPhone(number->e164);
    if (!samePhone)
        return samePhone.error();
    QList<Patient> likely;
    const QString typed = name.simplified();
    for (const Patient &p : *samePhone)
        if (p.name.compare(typed, Qt::CaseInsensitive) != 0 && similarNames(p.name, typed))
            likely.append(p);
    return likely;
}

Result<Patient> PatientService::patient(qint64 id)
{
    return m_c.store.patient(id);
}

Result<qint64> PatientService::add(Patient &patient)
{
    return inUnit<qint64>(m_c, [&]() -> Result<qint64> {
        const qint64 now = m_c.clock.nowSecs();
        auto id = m_c.store.insertPatient(patient, now);
        if (!id)
            return id;
        patient.id = *id;
        if (auto r = m_c.store.writeAudit({now,
                                           m_c.user,
                                           QStringLiteral("add-patient"),
                                           QStringLiteral("patient"),
                                           patient.id,
                                           {},
                                           toJson(patient)});
            !r)
            return r.error();
        return id;
    });
}

} // namespace fd
