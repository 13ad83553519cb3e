// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reportcontent.h"

class QChart;

namespace fd {

// A report's charts (Qt Charts), each this period beside the period before. The window shows
// them in chart views; the PDF paints the same charts. Animations are off: a filter change
// redraws at once. The caller owns the chart returned.
QChart *statusChart(const ComparedReport &report);
QChart *typeChart(const ComparedReport &report);
// Slot-holding appointments by the hour they start.
QChart *hoursChart(const ComparedReport &report, const HourRange &hours);
// Booked over available time, one bar pair per row (clinician or location).
QChart *utilizationChart(const QList<BreakdownRow> &rows, const QString &title);

} // namespace fd
