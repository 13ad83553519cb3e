#pragma once

#include "common/result.h"
#include "domain/types.h"

#include <QMap>

#include <array>

namespace fd {

class Database;

// The figures a manager reads for a period: volumes, new patients, self-pay, no-shows, late
// cancellations and how much of the clinicians' time was booked.
struct Figures
{
    int appointments = 0; // every booking made for the period, cancelled ones included
    int held = 0;         // those still holding their slot (not cancelled, not no-show)
    int completed = 0;
    int noShows = 0;
    int cancelled = 0;
    int lateCancelled = 0;
    int newPatients = 0; // slot-holding "new" visits
    int selfPay = 0;     // slot-holding self-pay visits
    qint64 bookedMinutes = 0;
    qint64 availableMinutes = 0; // shift time times capacity, less closures and time off

    double utilization() const;    // bookedMinutes / availableMinutes
    double noShowRate() const;     // no-shows / (completed + no-shows)
    double lateCancelRate() const; // late cancellations / appointments

    Figures &operator+=(const Figures &other);
};

struct PeriodReport
{
    QDate from;
    QDate to;
    Figures clinic;
    QMap<qint64, Figures> byLocation;
    QMap<qint64, Figures> byClinician;
    std::array<int, 24> startsByHour{}; // slot-holding appointments by local start hour
};

class ReportService
{
public:
    explicit ReportService(Database &db) : m_db(db) {}

    Result<PeriodReport> period(QDate from, QDate to,
                                std::optional<qint64> locationId = std::nullopt,
                                std::optional<qint64> clinicianId = std::nullopt);

private:
    Database &m_db;
};

} // namespace fd
