// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <utility>

namespace fd {

// People book wall-clock times: 7:00 is 7:00 on both sides of a daylight-saving change. These
// helpers turn a location's local date and minute into absolute time and back.
qint64 wallToUtc(const QString &timeZone, QDate day, int minute);
QDateTime wallToDateTime(const QString &timeZone, QDate day, int minute);
// The local date in `timeZone` at an instant: "today" at a location.
QDate localDate(const QString &timeZone, const QDateTime &instant);

// A wall-clock time (minutes after midnight) as people read it in `locale`: "9:00 AM" in the
// United States, "9:00" in Spain; "09:00" when no language is set (the C locale).
QString timeOfDayText(int minute, const QLocale &locale = QLocale());

// Days since 1970-01-01 for a date, and back: handy integer keys for a day.
inline qint64 dayNumber(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

// "2026-11-23T09:15"
QString formatWall(QDate day, int minute);
QString formatMinute(int minute); // "09:15"

// "2026-03-09T07:00" -> day and minute; the error names `field`.
Result<std::pair<QDate, int>> parseWallTime(const QString &text,
                                            const QString &field = QStringLiteral("start"));

} // namespace fd
