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
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
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

// A name's words, folded, given names first: "Lee, Ann" and "ann LEE" are both {ann, lee}.
QStringList nameWords(const QString &name)
{
    QString ordered = name;
    const QStringList parts = name.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.size() == 2)
        ordered = parts[1] + QLatin1Char(' ') + parts[0];
    return folded(ordered).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool similarNames(const QString &a, const QString &b)
{
    const QStringList wa = nameWords(a);
    const QStringList wb = nameWords(b);
    if (wa.isEmpty() || wb.isEmpty())
        return false;
    // The same words in another order: "Wang Wei" for "Wei Wang".
    QStringList sortedA = wa;
    QStringList sortedB = wb;
    sortedA.sort();
    sortedB.sort();
    if (sortedA == sortedB)
        return true;
    // The same family: the last words alike (one letter apart in a longer name), or one
    // name's family inside the other's compound ("Lee" in "Lee-Smith", "García" in "García
    // López"). (Names are a hundred characters at most: an edit distance is cheap.)
    const QString &familyA = wa.last();
    const QString &familyB = wb.last();
    const bool sameFamily =
        familyA == familyB ||
        (std::min(familyA.size(), familyB.size()) >= 4 && editDistance(familyA, familyB) <= 1) ||
        (wa.size() > 1 && wb.mid(1).contains(familyA)) ||
        (wb.size() > 1 && wa.mid(1).contains(familyB));
    if (!sameFamily)
        return false;
    if (wa.size() == 1 || wb.size() == 1)
        return true; // only a family name to go on
    // And a given name that could be the same person's: the same, an initial, one letter
    // apart, or a short form ("Chris" for "Christopher"). Relatives sharing a phone ("Ann
    // Lee" and "Bob Lee", "Ann Smith" and "Amy Smith") are not flagged.
    const QString &givenA = wa.first();
    const QString &givenB = wb.first();
    if (givenA.size() == 1 || givenB.size() == 1)
        return givenA.front() == givenB.front();
    return givenA == givenB || editDistance(givenA, givenB) <= 1 ||
           (std::min(givenA.size(), givenB.size()) >= 3 &&
            (givenA.startsWith(givenB) || givenB.startsWith(givenA)));
}

Result<QList<PatientMatch>> PatientService::find(PatientField field, const QString &text, int limit)
{
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
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
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
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
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    return m_c.store.patient(id);
}

Result<qint64> PatientService::add(Patient &patient)
{
    if (auto r = authorize(m_c, Permission::ManagePatients); !r)
        return r.error();
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
