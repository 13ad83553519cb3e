// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/types.h"

namespace fd {

struct ServiceContext;

// A patient found while the receptionist types, with the visits a caller is asked about.
struct PatientMatch
{
    Patient patient;
    std::optional<Appointment> lastVisit; // the latest slot-holding visit before now
    std::optional<Appointment> nextVisit; // the earliest booked or confirmed one from now

    friend bool operator==(const PatientMatch &, const PatientMatch &) = default;
};

// Which field of the call form the text was typed into.
enum class PatientField { Name, Phone, Email };

// Two spellings that may be one person ("Ann Lee" and "Anne Lee", "Lee, Ann", "A. Lee",
// "Jon Smyth" and "John Smith"), ignoring case, accents and punctuation; relatives who share
// a family name and a phone ("Bob Lee") are not.
bool similarNames(const QString &a, const QString &b);

// The patient register: finding patients while the receptionist types, and registering them.
class PatientService
{
public:
    explicit PatientService(ServiceContext &context) : m_c(context) {}

    // A fragment of the name ("joh", "ann lee") or a few digits of the phone number ("0123"),
    // anywhere in the name or number; names that start with it first, then name order. At
    // most `limit` matches.
    Result<QList<Patient>> search(const QString &text, int limit = 20);

    // What the call form finds as it is typed: any part of the name (two characters or more),
    // any run of the phone's digits (three or more), or the start of the email address, each
    // with the patient's last and next visit.
    Result<QList<PatientMatch>> find(PatientField field, const QString &text, int limit = 8);

    // Patients registered at the same phone number under a similar but different name: the
    // likely duplicates a new registration is flagged against. Empty for an invalid number.
    Result<QList<Patient>> likelyDuplicates(const QString &name, const QString &phone);

    Result<Patient> patient(qint64 id);

    // Adds a patient as given (already validated) with its audit record; sets patient.id.
    Result<qint64> add(Patient &patient);

private:
    ServiceContext &m_c;
};

} // namespace fd
