#include "walltime.h"

#include <QHash>
#include <QMutex>
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

} // namespace fd
