// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clinic/clinic.h"
#include "common/clock.h"
#include "domain/clinicconfig.h"
#include "store/sql/database.h"
#include "store/sql/sqlstore.h"

#include <QTemporaryDir>

#include <memory>

namespace fd::test {

// Whether this run's clinics live on the test PostgreSQL server (FRONTDESK_TEST_POSTGRESQL
// names the state file of tests/support/pgcluster) rather than in SQLite files.
bool onPostgres();
// The test server's maintenance address (postgresql://frontdesk@127.0.0.1:PORT/postgres).
QString postgresServer();

// A new, empty database on the test server, dropped (with any connection still on it) when
// the object goes.
class TempServerDatabase
{
public:
    TempServerDatabase();
    ~TempServerDatabase();
    QString address() const { return m_address; }

private:
    QString m_name;
    QString m_address;
};

// A clinic session over a fresh database, removed with the object: a file in its own temporary
// folder, or a database of its own on the test server. `clock` must outlive it.
class TempClinic
{
public:
    explicit TempClinic(const Clock &clock, const QString &user = QStringLiteral("test"));
    ~TempClinic();
    Clinic &clinic() { return *m_clinic; }
    SqlStore &store() { return static_cast<SqlStore &>(m_clinic->store()); }
    Database &db() { return store().database(); } // the raw connection, for checks in SQL
    QString path() const { return m_path; }       // the file, or the server address
    void reopen(); // close and open again, as another process would see it

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TempServerDatabase> m_server;
    QString m_path;
    const Clock &m_clock;
    QString m_user;
    std::unique_ptr<Clinic> m_clinic;
};

// Signs the session in as one of the demo clinic's accounts (kDemoPassword), or stops the test.
void signInDemo(Clinic &clinic, const QString &name = QStringLiteral("manager"));

// Another desk on the same file: its own connection and session, signed in as the demo's
// manager when the clinic has accounts.
std::unique_ptr<Clinic> openOtherDesk(const QString &path, const Clock &clock,
                                      const QString &user = QStringLiteral("other-desk"),
                                      Clinic::OpenMode mode = Clinic::OpenMode::Existing);

// A small clinic with known shapes, for rule edges:
//  - "Midtown" (id 1, on Madison Avenue, (212) 986-3888) and "Chatham" (id 2, no address),
//    America/New_York, 7:00-19:00, 15-minute grid, Midtown closed on 2026-03-13;
//  - "Dr. One" (capacity 1): Midtown Mon-Fri 7:00-19:00, offers physical therapy;
//  - "Dr. Two" (capacity 2): Midtown Mon/Wed 7:00-15:00, Chatham Tue/Thu 11:00-19:00,
//    offers physical therapy and chiropractic care.
struct SmallClinic
{
    qint64 midtown = 0;
    qint64 chatham = 0;
    qint64 physicalTherapy = 0;
    qint64 chiropractic = 0;
    qint64 drOne = 0;
    qint64 drTwo = 0;
};
SmallClinic createSmallClinic(Clinic &clinic);

// A UTC instant from a New York wall time: "2026-03-09T07:00".
QDateTime newYork(const QString &wall);

// The first way in which `appointments` break a scheduling rule (placement, length, capacity,
// a patient's overlap), or an empty string when they keep them all.
QString ruleViolation(const ClinicConfig &config, const QList<Appointment> &appointments);

// The first value of a query's first row; invalid when it fails or returns no row.
QVariant scalar(Database &db, const QString &sql);

// Rows in every table, to prove that a refused request changed nothing.
QString tableCounts(Database &db);

} // namespace fd::test
