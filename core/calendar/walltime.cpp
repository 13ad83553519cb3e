// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "walltime.h"
#include "common/text.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

namespace fd {
namespace {

// QTimeZone construction reads the tz database; do it once per zone and thread-safely.
QTimeZone zone(const QString &id)
{
    static QMutex mutex;
    static QHash<QString, QTimeZone> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(id);
    if (it == cache.constEnd())
        it = cache.insert(id, QTimeZone(id.toUtf8()));
    return *it;
}

} // namespace

QDateTime wallToDateTime(const QString &timeZone, QDate day, int minute)
{
    return QDateTime(day, QTime(minute / 60, minute % 60), zone(timeZone));
}

QDate localDate(const QString &timeZone, const QDateTime &instant)
{
    return instant.toTimeZone(zone(timeZone)).date();
}

qint64 wallToUtc(const QString &timeZone, QDate day, int minute)
{
    return wallToDateTime(timeZone, day, minute).toSecsSinceEpoch();
}

QString formatMinute(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString formatWall(QDate day, int minute)
{
    return day.toString(Qt::ISODate) + QLatin1Char('T') + formatMinute(minute);
}

Result<std::pair<QDate, int>> parseWallTime(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$)"));
    const auto match = pattern.match(text.trimmed());
    const QDate day =
        match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    const int hour = match.captured(2).toInt();
    const int minute = match.captured(3).toInt();
    if (!day.isValid() || hour > 23 || minute > 59)
        return invalid(
            field, QCoreApplication::translate(
                       "fd::BookingService", "\"%1\" is not a date and time like 2026-03-09T07:00")
                       .arg(quotable(text)));
    return std::pair{day, hour * 60 + minute};
}

QString timeOfDayText(int minute, const QLocale &locale)
{
    const QTime time = QTime(0, 0).addSecs(minute * 60);
    if (locale.language() == QLocale::C)
        return time.toString(QStringLiteral("HH:mm"));
    return locale.toString(time, QLocale::ShortFormat);
}

} // namespace fd
