#pragma once

#include "common/clock.h"
#include "domain/clinicconfig.h"
#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace fd::test {

// A fresh database file in its own temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    void reopen(); // close and open again, as another process would see it

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// A small clinic with known shapes, for rule edges:
//  - "Midtown" (id 1) and "Chatham" (id 2), America/New_York, 7:00-19:00, 15-minute grid,
//    Midtown closed on 2026-03-13;
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
SmallClinic createSmallClinic(Database &db, const Clock &clock);

// A UTC instant from a New York wall time: "2026-03-09T07:00".
QDateTime newYork(const QString &wall);

// The first way in which `appointments` break a scheduling rule (placement, length, capacity,
// a patient's overlap), or an empty string when they keep them all.
QString ruleViolation(const ClinicConfig &config, const QList<Appointment> &appointments);

// Rows in every table, to prove that a refused request changed nothing.
QString tableCounts(Database &db);

} // namespace fd::test
