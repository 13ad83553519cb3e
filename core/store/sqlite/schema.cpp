// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schema.h"

#include "store/sql/database.h"

#include <QStringList>

#include <iterator>

namespace fd::schema {
namespace {

// Version 1: the clinic, its people and the appointment book. Types and constraints are kept
// to what PostgreSQL also accepts (INTEGER ids, TEXT, CHECKs, REFERENCES).
const char *const kVersion1[] = {
    R"(CREATE TABLE schema_version (version INTEGER NOT NULL))",
    R"(INSERT INTO schema_version (version) VALUES (0))",
    R"(CREATE TABLE locations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        time_zone TEXT NOT NULL DEFAULT 'America/New_York',
        open_minute INTEGER NOT NULL DEFAULT 420 CHECK (open_minute BETWEEN 0 AND 1440),
        close_minute INTEGER NOT NULL DEFAULT 1140 CHECK (close_minute BETWEEN 0 AND 1440),
        slot_minutes INTEGER NOT NULL DEFAULT 15 CHECK (slot_minutes > 0)))",
    R"(CREATE TABLE closed_dates (
        location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (location_id, day)))",
    R"(CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE clinicians (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1)))",
    R"(CREATE TABLE clinician_services (
        clinician_id INTEGER NOT NULL REFERENCES clinicians(id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        PRIMARY KEY (clinician_id, service_id)))",
    R"(CREATE TABLE shifts (
        id INTEGER PRIMARY KEY,
        clinician_id INTEGER NOT NULL REFERENCES clinicians(id) ON DELETE CASCADE,
        location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_minute INTEGER NOT NULL,
        end_minute INTEGER NOT NULL,
        CHECK (start_minute < end_minute)))",
    R"(CREATE TABLE time_off (
        id INTEGER PRIMARY KEY,
        clinician_id INTEGER NOT NULL REFERENCES clinicians(id) ON DELETE CASCADE,
        start_utc INTEGER NOT NULL,
        end_utc INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        CHECK (start_utc < end_utc)))",
    R"(CREATE TABLE appointment_types (
        code TEXT PRIMARY KEY CHECK (code IN ('new', 'follow-up', 'self-pay')),
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        buffer_minutes INTEGER NOT NULL DEFAULT 0 CHECK (buffer_minutes >= 0)))",
    R"(INSERT INTO appointment_types (code, minutes) VALUES
        ('new', 60), ('follow-up', 30), ('self-pay', 45))",
    R"(CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        phone TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        self_pay INTEGER NOT NULL DEFAULT 0,
        insurance_carrier TEXT NOT NULL DEFAULT '',
        member_id TEXT NOT NULL DEFAULT '',
        insurance_pending INTEGER NOT NULL DEFAULT 0,
        created_utc INTEGER NOT NULL))",
    R"(CREATE INDEX patients_phone ON patients (phone))",
    R"(CREATE INDEX patients_name ON patients (name))",
    R"(CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        clinician_id INTEGER NOT NULL REFERENCES clinicians(id),
        location_id INTEGER NOT NULL REFERENCES locations(id),
        service_id INTEGER REFERENCES services(id),
        type TEXT NOT NULL CHECK (type IN ('new', 'follow-up', 'self-pay')),
        reason TEXT NOT NULL DEFAULT '',
        day TEXT NOT NULL,
        start_minute INTEGER NOT NULL,
        end_minute INTEGER NOT NULL,
        start_utc INTEGER NOT NULL,
        end_utc INTEGER NOT NULL,
        block_end_utc INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN
            ('booked', 'confirmed', 'arrived', 'completed', 'cancelled', 'no-show')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        late_cancel INTEGER NOT NULL DEFAULT 0,
        created_utc INTEGER NOT NULL,
        CHECK (start_minute < end_minute)))",
    R"(CREATE INDEX appointments_location_day ON appointments (location_id, day, start_minute))",
    R"(CREATE INDEX appointments_clinician_time ON appointments (clinician_id, start_utc))",
    R"(CREATE INDEX appointments_patient_time ON appointments (patient_id, start_utc))",
    R"(CREATE TABLE status_history (
        id INTEGER PRIMARY KEY,
        appointment_id INTEGER NOT NULL REFERENCES appointments(id),
        status TEXT NOT NULL,
        at_utc INTEGER NOT NULL,
        user_name TEXT NOT NULL))",
    R"(CREATE INDEX status_history_appointment ON status_history (appointment_id))",
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at_utc INTEGER NOT NULL,
        user_name TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        before_json TEXT NOT NULL DEFAULT '',
        after_json TEXT NOT NULL DEFAULT ''))",
};

// Version 2: what a ten-year clinic needs to stay fast. Appointments by start time for the
// slot finder and reports; a trigram index over patients' names and phone digits for
// search-as-you-type; and a revision number that every change to the clinic's setup bumps,
// so each desk can cache the setup and still see another desk's change at once.
const char *const kVersion2[] = {
    R"(CREATE INDEX appointments_start ON appointments (start_utc))",
    R"(CREATE INDEX patients_name_nocase ON patients (name COLLATE NOCASE))",
    R"(CREATE VIRTUAL TABLE patients_search USING fts5 (
        name, phone, content = 'patients', content_rowid = 'id', tokenize = 'trigram'))",
    R"(INSERT INTO patients_search (rowid, name, phone) SELECT id, name, phone FROM patients)",
    R"(CREATE TRIGGER patients_search_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patients_search (rowid, name, phone) VALUES (new.id, new.name, new.phone);
    END)",
    R"(CREATE TRIGGER patients_search_delete AFTER DELETE ON patients BEGIN
        INSERT INTO patients_search (patients_search, rowid, name, phone)
            VALUES ('delete', old.id, old.name, old.phone);
    END)",
    R"(CREATE TRIGGER patients_search_update AFTER UPDATE OF name, phone ON patients BEGIN
        INSERT INTO patients_search (patients_search, rowid, name, phone)
            VALUES ('delete', old.id, old.name, old.phone);
        INSERT INTO patients_search (rowid, name, phone) VALUES (new.id, new.name, new.phone);
    END)",
    R"(CREATE TABLE config_revision (revision INTEGER NOT NULL))",
    R"(INSERT INTO config_revision (revision) VALUES (1))",
};

// The setup tables whose changes bump config_revision.
const char *const kSetupTables[] = {"locations",  "closed_dates",       "services",
                                    "clinicians", "clinician_services", "shifts",
                                    "time_off",   "appointment_types"};

QStringList statements(const char *const *begin, const char *const *end);

QStringList version2()
{
    QStringList sql = statements(std::begin(kVersion2), std::end(kVersion2));
    for (const char *table : kSetupTables)
        for (const char *event : {"INSERT", "UPDATE", "DELETE"})
            sql.append(QStringLiteral("CREATE TRIGGER %1_%2_revision AFTER %3 ON %1 BEGIN "
                                      "UPDATE config_revision SET revision = revision + 1; END")
                           .arg(QString::fromLatin1(table), QString::fromLatin1(event).toLower(),
                                QString::fromLatin1(event)));
    return sql;
}

// Version 3: reschedules, corrections, the change log and the clinic's settings. Two statuses join
// the list (rescheduled, voided), which SQLite's CHECK constraints only allow by rebuilding the
// table; each appointment links to the row it replaced or that replaced it; a status step reversed
// by a correction keeps the time it was corrected; and every committed unit of work leaves a
// row in change_log, which other desks read to learn what changed.
const char *const kVersion3[] = {
    // Marks the file as Front Desk's in its header, for any program that looks.
    R"(PRAGMA application_id = 1178880817)",
    R"(CREATE TABLE appointments_v3 (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        clinician_id INTEGER NOT NULL REFERENCES clinicians(id),
        location_id INTEGER NOT NULL REFERENCES locations(id),
        service_id INTEGER REFERENCES services(id),
        type TEXT NOT NULL CHECK (type IN ('new', 'follow-up', 'self-pay')),
        reason TEXT NOT NULL DEFAULT '',
        day TEXT NOT NULL,
        start_minute INTEGER NOT NULL,
        end_minute INTEGER NOT NULL,
        start_utc INTEGER NOT NULL,
        end_utc INTEGER NOT NULL,
        block_end_utc INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'confirmed', 'arrived', 'completed',
            'cancelled', 'no-show', 'rescheduled', 'voided')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        late_cancel INTEGER NOT NULL DEFAULT 0,
        rescheduled_from INTEGER REFERENCES appointments(id),
        rescheduled_to INTEGER REFERENCES appointments(id),
        created_utc INTEGER NOT NULL,
        CHECK (start_minute < end_minute)))",
    R"(INSERT INTO appointments_v3 (id, patient_id, clinician_id, location_id, service_id, type,
        reason, day, start_minute, end_minute, start_utc, end_utc, block_end_utc, status,
        cancel_reason, late_cancel, created_utc)
        SELECT id, patient_id, clinician_id, location_id, service_id, type, reason, day,
        start_minute, end_minute, start_utc, end_utc, block_end_utc, status, cancel_reason,
        late_cancel, created_utc FROM appointments)",
    R"(DROP TABLE appointments)",
    R"(ALTER TABLE appointments_v3 RENAME TO appointments)",
    R"(CREATE INDEX appointments_location_day ON appointments (location_id, day, start_minute))",
    R"(CREATE INDEX appointments_clinician_time ON appointments (clinician_id, start_utc))",
    R"(CREATE INDEX appointments_patient_time ON appointments (patient_id, start_utc))",
    R"(CREATE INDEX appointments_start ON appointments (start_utc))",
    R"(ALTER TABLE status_history ADD COLUMN corrected_utc INTEGER)",
    R"(CREATE TABLE change_log (
        sequence INTEGER PRIMARY KEY,
        at_utc INTEGER NOT NULL,
        changes TEXT NOT NULL))",
    // The clinic's own settings, such as how far ahead it books; part of the setup, so a
    // change bumps the setup's revision like any other.
    R"(CREATE TABLE clinic_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TRIGGER clinic_settings_insert_revision AFTER INSERT ON clinic_settings BEGIN
        UPDATE config_revision SET revision = revision + 1; END)",
    R"(CREATE TRIGGER clinic_settings_update_revision AFTER UPDATE ON clinic_settings BEGIN
        UPDATE config_revision SET revision = revision + 1; END)",
    R"(CREATE TRIGGER clinic_settings_delete_revision AFTER DELETE ON clinic_settings BEGIN
        UPDATE config_revision SET revision = revision + 1; END)",
};

// Version 4: the receptionist's window. Patients found by the start of their email address,
// and the outcome of each confirmation call made the day before a visit (kept when withdrawn,
// with the time it was withdrawn, like a corrected status step).
const char *const kVersion4[] = {
    R"(CREATE INDEX patients_email_nocase ON patients (email COLLATE NOCASE))",
    R"(CREATE TABLE confirmation_calls (
        id INTEGER PRIMARY KEY,
        appointment_id INTEGER NOT NULL REFERENCES appointments(id),
        outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'left-message', 'unreachable')),
        at_utc INTEGER NOT NULL,
        user TEXT NOT NULL,
        withdrawn_utc INTEGER))",
    R"(CREATE INDEX confirmation_calls_appointment
        ON confirmation_calls (appointment_id, at_utc))",
};

// Version 5: the audit trail is append-only in the database itself. Plain SQL, from any
// program, can add records but not change or remove one.
const char *const kVersion5[] = {
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed'); END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit records cannot be deleted'); END)",
};

// Version 6: accounts. Who may sign in, as which role, with an Argon2id hash of the password
// (libsodium's string format, which names its own parameters); part of the setup, so another
// desk sees a retired account at once. Wrong passwords are counted per name typed, known or
// not, for the growing wait between attempts. The audit trail is read by record and by time.
const char *const kVersion6[] = {
    R"(CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('receptionist', 'clinician', 'manager')),
        clinician_id INTEGER REFERENCES clinicians(id),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_utc INTEGER NOT NULL,
        CHECK ((role = 'clinician') = (clinician_id IS NOT NULL))))",
    R"(CREATE TRIGGER accounts_insert_revision AFTER INSERT ON accounts BEGIN
        UPDATE config_revision SET revision = revision + 1; END)",
    R"(CREATE TRIGGER accounts_update_revision AFTER UPDATE ON accounts BEGIN
        UPDATE config_revision SET revision = revision + 1; END)",
    R"(CREATE TABLE sign_in_failures (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        failures INTEGER NOT NULL,
        last_utc INTEGER NOT NULL))",
    R"(CREATE INDEX audit_log_entity ON audit_log (entity, entity_id))",
    R"(CREATE INDEX audit_log_time ON audit_log (at_utc))",
};

QStringList statements(const char *const *begin, const char *const *end)
{
    QStringList sql;
    for (auto it = begin; it != end; ++it)
        sql.append(QString::fromUtf8(*it));
    return sql;
}

QList<SchemaStep> steps()
{
    return {{1, statements(std::begin(kVersion1), std::end(kVersion1))},
            {2, version2()},
            {3, statements(std::begin(kVersion3), std::end(kVersion3))},
            {4, statements(std::begin(kVersion4), std::end(kVersion4))},
            {5, statements(std::begin(kVersion5), std::end(kVersion5))},
            {6, statements(std::begin(kVersion6), std::end(kVersion6))}};
}

} // namespace

Result<void> upgrade(QSqlDatabase &db, int from, int to)
{
    return runSchemaSteps(db, steps(), from, to);
}

} // namespace fd::schema
