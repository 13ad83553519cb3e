// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"
#include "domain/csvoptions.h"
#include "domain/types.h"

#include <QMap>

#include <array>
#include <functional>
#include <optional>

class QIODevice;
class QLocale;

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
    friend bool operator==(const Figures &, const Figures &) = default;
};

// What a report covers: the days [from, to] and, each empty for "any", the locations,
// clinicians, appointment (patient) types and services it is narrowed to.
struct ReportScope
{
    QDate from;
    QDate to;
    QList<qint64> locations;
    QList<qint64> clinicians;
    QList<AppointmentType> types;
    QList<qint64> services; // 0 stands for appointments booked without a service
    // The period its figures are compared with (the same weekday a week before, say); unset,
    // the calendar months just before when the period is whole months (a month, a quarter, a
    // year), else as many days just before.
    QDate compareFrom;
    QDate compareTo;

    std::pair<QDate, QDate> comparedPeriod() const;

    // The command line's scope: one location or clinician, or all.
    static ReportScope of(QDate from, QDate to, std::optional<qint64> locationId = {},
                          std::optional<qint64> clinicianId = {});
    // The same selection over other days (the period before).
    ReportScope over(QDate otherFrom, QDate otherTo) const;

    friend bool operator==(const ReportScope &, const ReportScope &) = default;
};

struct PeriodReport
{
    QDate from;
    QDate to;
    // Every row of the period, corrections included: what the CSV export writes.
    qint64 rows = 0;
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

// One line of a report's summary, the same in the window, the workbook and the PDF.
struct FigureLine
{
    QString label; // translated
    double now = 0.0;
    double before = 0.0;
    bool rate = false; // a rate from 0 to 1, shown as a percentage; else a count

    // "1,234" or "12.5%" in the locale's digits.
    static QString valueText(double value, bool rate, const QLocale &locale);
    QString nowText(const QLocale &locale) const { return valueText(now, rate, locale); }
    QString beforeText(const QLocale &locale) const { return valueText(before, rate, locale); }
    // "+12 (+8.5%)" for counts, "-1.2 pts" for rates, "no change", or "new" when the period
    // before had none.
    QString changeText(const QLocale &locale) const;

    friend bool operator==(const FigureLine &, const FigureLine &) = default;
};
// The summary's figures in the order a manager reads them.
QList<FigureLine> figureLines(const ComparedReport &report);

// "All locations · Dr. Maria Alvarez, DPT · New, Follow-up": the scope in words.
QString scopeText(const ReportScope &scope, const ClinicConfig &config);
// A date in the locale's short form with the year in full: "11/1/2026".
QString dateText(QDate day, const QLocale &locale);
QString dateRangeText(QDate from, QDate to, const QLocale &locale);
// "11/1/2026 to 11/30/2026, beside 10/1/2026 to 10/31/2026"
QString periodText(const ComparedReport &report, const QLocale &locale);

class ReportService
{
public:
    explicit ReportService(ServiceContext &context) : m_c(context) {}

    // Rescheduled and voided rows (corrections) are left out of every figure. Available
    // minutes follow the scope's locations and clinicians; types and services narrow only
    // what was booked.
    Result<PeriodReport> period(const ReportScope &scope);
    // The period beside the one it is compared with.
    Result<ComparedReport> compared(const ReportScope &scope);

    // The scope's appointments as CSV (RFC 4180, UTF-8, a header row), one row each,
    // cancelled and corrected ones included with their status. Returns the row count.
    Result<qint64> exportAppointmentsCsv(const ReportScope &scope, QIODevice &out,
                                         const CsvOptions &options = {});
    // The scope's appointments one at a time in start order (corrections included), for
    // exports of any size; `visit` returns false to stop. Returns how many were visited.
    // `format` ("xlsx", "ics", ...) and `deidentified` say what the rows become, for the
    // audit trail.
    Result<qint64> forEachAppointment(const ReportScope &scope, const QString &format,
                                      bool deidentified,
                                      const std::function<bool(const Appointment &)> &visit);
    // Records in the audit trail that the scope's report or appointments leave as `format`
    // (each export above does so itself; a PDF of the report is written by its caller).
    Result<void> noteExport(const ReportScope &scope, const QString &format, bool deidentified);

private:
    ServiceContext &m_c;
};

} // namespace fd
