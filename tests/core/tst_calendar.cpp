// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendar/holidays.h"
#include "calendar/walltime.h"

#include <QTest>
#include <QTimeZone>

using namespace fd;

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void federalHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("expected");
        QTest::newRow("2026") << 2026
                              << QList<QDate>{{2026, 1, 1},   {2026, 1, 19},  {2026, 2, 16},
                                              {2026, 5, 25},  {2026, 6, 19},  {2026, 7, 3},
                                              {2026, 9, 7},   {2026, 10, 12}, {2026, 11, 11},
                                              {2026, 11, 26}, {2026, 12, 25}};
        // 2027: Juneteenth and Christmas fall on Saturdays, Independence Day on a Sunday.
        QTest::newRow("2027") << 2027
                              << QList<QDate>{{2027, 1, 1},   {2027, 1, 18},  {2027, 2, 15},
                                              {2027, 5, 31},  {2027, 6, 18},  {2027, 7, 5},
                                              {2027, 9, 6},   {2027, 10, 11}, {2027, 11, 11},
                                              {2027, 11, 25}, {2027, 12, 24}, {2027, 12, 31}};
        // 2028 begins on a Saturday: its New Year's Day is 2027's last day, not 2028's.
        QTest::newRow("2028") << 2028 << QList<QDate>{{2028, 1, 17}, {2028, 2, 21},  {2028, 5, 29},
                                                      {2028, 6, 19}, {2028, 7, 4},   {2028, 9, 4},
                                                      {2028, 10, 9}, {2028, 11, 10}, {2028, 11, 23},
                                                      {2028, 12, 25}};
        QTest::newRow("2022") << 2022
                              << QList<QDate>{{2022, 1, 17},  {2022, 2, 21},  {2022, 5, 30},
                                              {2022, 6, 20},  {2022, 7, 4},   {2022, 9, 5},
                                              {2022, 10, 10}, {2022, 11, 11}, {2022, 11, 24},
                                              {2022, 12, 26}};
    }
    void federalHolidays()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, expected);
        QList<QDate> dates;
        for (const Holiday &h : usFederalHolidays(year)) {
            dates.append(h.date);
            QVERIFY(h.date.dayOfWeek() <= Qt::Friday);
            QVERIFY(!h.name.isEmpty());
        }
        QCOMPARE(dates, expected);
    }

    // The Mondays after the 2026 daylight-saving changes: 7:00 stays 7:00 on the wall, and
    // the offset from UTC moves by an hour.
    void wallClockAcrossDaylightSaving_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("utc");
        QTest::newRow("Friday before spring forward")
            << QDate(2026, 3, 6) << QStringLiteral("2026-03-06T12:00:00+00:00");
        QTest::newRow("Monday after spring forward")
            << QDate(2026, 3, 9) << QStringLiteral("2026-03-09T11:00:00+00:00");
        QTest::newRow("Friday before fall back")
            << QDate(2026, 10, 30) << QStringLiteral("2026-10-30T11:00:00+00:00");
        QTest::newRow("Monday after fall back")
            << QDate(2026, 11, 2) << QStringLiteral("2026-11-02T12:00:00+00:00");
    }
    void wallClockAcrossDaylightSaving()
    {
        QFETCH(QDate, day);
        QFETCH(QString, utc);
        const QString zone = QStringLiteral("America/New_York");
        QCOMPARE(QDateTime::fromSecsSinceEpoch(wallToUtc(zone, day, 7 * 60), QTimeZone::utc())
                     .toString(Qt::ISODate),
                 utc);
        QCOMPARE(wallToDateTime(zone, day, 7 * 60).time(), QTime(7, 0));
    }

    void formats()
    {
        QCOMPARE(formatWall(QDate(2026, 3, 9), 7 * 60 + 5), QStringLiteral("2026-03-09T07:05"));
        QCOMPARE(formatMinute(18 * 60 + 45), QStringLiteral("18:45"));
        QCOMPARE(dayNumber(QDate(1970, 1, 2)), 1);
    }
};

QTEST_APPLESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
