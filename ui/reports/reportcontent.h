// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/clinicconfig.h"
#include "reports/reportservice.h"

#include <QColor>

namespace fd {

// What a report shows, in the form its tables, charts and PDF pages read it.

// One clinician's or one location's figures beside the period before.
struct BreakdownRow
{
    qint64 id = 0;
    QString name;
    Figures now;
    Figures before;

    friend bool operator==(const BreakdownRow &, const BreakdownRow &) = default;
};
enum class Breakdown { Clinicians, Locations };
// Every clinician (or location) that worked or was booked in either period, by name.
QList<BreakdownRow> breakdownRows(const ComparedReport &report, const ClinicConfig &config,
                                  Breakdown by);

// The busiest hours' table: the hours from the earliest opening to the latest closing of the
// clinic's locations, and any hour outside them that had a visit.
struct HourRange
{
    int first = 7; // the first hour shown
    int last = 18; // the last hour shown (its visits start before last + 1:00)
};
HourRange busiestHourRange(const ComparedReport &report, const ClinicConfig &config);
// What the busiest hours count, in a sentence under their heading.
QString busiestHoursNote();
// Seven weekdays, Monday first; Saturday and Sunday only when something was booked on them.
QList<int> busiestWeekdays(const ComparedReport &report);
int busiestMaximum(const PeriodReport &report);
// A cell's background: white for none, deepening blue up to the period's busiest hour. Text
// on it is dark below half the scale and white above.
QColor heatColor(int value, int maximum);
QColor heatTextColor(int value, int maximum);
// An hour's short name: "9 AM" or "9:00", as the locale writes times.
QString hourText(int hour, const QLocale &locale);

// The statuses and types a report counts, in reading order, with their names.
QList<Status> reportedStatuses();
QList<AppointmentType> reportedTypes();

} // namespace fd
