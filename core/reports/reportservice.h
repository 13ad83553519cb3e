// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/csvoptions.h"
#include "domain/types.h"

#include <QMap>

#include <optional>

#include <array>

class QIODevice;

namespace fd {

struct ServiceContext;

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
    // Every appointment of the period by status and by type, corrections left out.
    std::array<int, 8> byStatus{}; // indexed by Status
    std::array<int, 3> byType{};   // indexed by AppointmentType

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
    // The busiest hours: slot-holding appointments by weekday (0 Monday) and start hour.
    std::array<std::array<int, 24>, 7> startsByWeekdayHour{};
};

// A period's figures beside those of the period of the same length just before it.
struct ComparedReport
{
    PeriodReport current;
    PeriodReport previous;
};

class ReportService
{
public:
    explicit ReportService(ServiceContext &context) : m_c(context) {}

    // Rescheduled and voided rows (corrections) are left out of every figure.
    Result<PeriodReport> period(QDate from, QDate to,
                                std::optional<qint64> locationId = std::nullopt,
                                std::optional<qint64> clinicianId = std::nullopt);
    // The period and the one of as many days ending the day before `from`.
    Result<ComparedReport> compared(QDate from, QDate to,
                                    std::optional<qint64> locationId = std::nullopt,
                                    std::optional<qint64> clinicianId = std::nullopt);

    // The appointments of the days [from, to] as CSV (RFC 4180, UTF-8, a header row), one row
    // each, cancelled and corrected ones included with their status. Returns the row count.
    Result<qint64> exportAppointmentsCsv(QDate from, QDate to, std::optional<qint64> locationId,
                                         std::optional<qint64> clinicianId, QIODevice &out,
                                         const CsvOptions &options = {});

private:
    ServiceContext &m_c;
};

} // namespace fd
