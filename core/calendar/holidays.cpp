// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "holidays.h"

namespace fd {
namespace {

// The n-th given weekday of a month (n = -1: the last one).
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n > 0) {
        QDate d(year, month, 1);
        d = d.addDays((weekday - d.dayOfWeek() + 7) % 7);
        return d.addDays(7 * (n - 1));
    }
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    return d.addDays(-((d.dayOfWeek() - weekday + 7) % 7));
}

QDate observed(QDate d)
{
    if (d.dayOfWeek() == Qt::Saturday)
        return d.addDays(-1);
    if (d.dayOfWeek() == Qt::Sunday)
        return d.addDays(1);
    return d;
}

} // namespace

QList<Holiday> usFederalHolidays(int year)
{
    QList<Holiday> days{
        {observed(QDate(year, 1, 1)), QStringLiteral("New Year's Day")},
        {nthWeekday(year, 1, Qt::Monday, 3), QStringLiteral("Martin Luther King Jr. Day")},
        {nthWeekday(year, 2, Qt::Monday, 3), QStringLiteral("Washington's Birthday")},
        {nthWeekday(year, 5, Qt::Monday, -1), QStringLiteral("Memorial Day")},
        {observed(QDate(year, 6, 19)), QStringLiteral("Juneteenth")},
        {observed(QDate(year, 7, 4)), QStringLiteral("Independence Day")},
        {nthWeekday(year, 9, Qt::Monday, 1), QStringLiteral("Labor Day")},
        {nthWeekday(year, 10, Qt::Monday, 2), QStringLiteral("Columbus Day")},
        {observed(QDate(year, 11, 11)), QStringLiteral("Veterans Day")},
        {nthWeekday(year, 11, Qt::Thursday, 4), QStringLiteral("Thanksgiving Day")},
        {observed(QDate(year, 12, 25)), QStringLiteral("Christmas Day")},
    };
    // A Saturday New Year's Day is kept on the Friday before, in the year before: 1 January
    // 2028 closes the clinics on Friday 31 December 2027, and 1 January 2022 belonged to 2021.
    if (days.first().date.year() != year)
        days.removeFirst();
    if (const QDate next = observed(QDate(year + 1, 1, 1)); next.year() == year)
        days.append({next, QStringLiteral("New Year's Day (observed)")});
    return days;
}

} // namespace fd
