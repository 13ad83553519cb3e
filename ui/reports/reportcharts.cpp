// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportcharts.h"

#include "common/text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Report)
};

const QColor kNow(0x1f, 0x6f, 0xc5);
const QColor kBefore(0xa9, 0xb4, 0xc2);

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

std::pair<QBarSet *, QBarSet *> periodSets()
{
    auto *now = new QBarSet(Text::tr("This period"));
    auto *before = new QBarSet(Text::tr("Previous period"));
    now->setColor(kNow);
    now->setBorderColor(kNow);
    before->setColor(kBefore);
    before->setBorderColor(kBefore);
    return {now, before};
}

// A value axis from 0 to a round number above the largest value; rates in percent, up to
// 100% or past it when something was booked over the time available.
QValueAxis *valueAxis(double largest, bool percent)
{
    auto *axis = new QValueAxis;
    if (percent) {
        // Ticks every 10 points up to 60%, every 20 above.
        const int step = largest > 0.6 ? 20 : 10;
        const int top = std::max(int(std::ceil(largest * 100.0 / step)) * step, step);
        axis->setRange(0, top);
        axis->setTickCount(top / step + 1);
        axis->setLabelFormat(QStringLiteral("%.0f%%"));
        return axis;
    }
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, std::max(largest, 4.0));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    return axis;
}

// Bars standing, a pair per category: for the hours of the day, read left to right.
QChart *groupedBars(const QString &title, const QStringList &categories, const QList<double> &now,
                    const QList<double> &before)
{
    QChart *chart = newChart(title);
    auto [nowSet, beforeSet] = periodSets();
    double largest = 0;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        nowSet->append(now[i]);
        beforeSet->append(before[i]);
        largest = std::max({largest, now[i], before[i]});
    }
    auto *series = new QBarSeries;
    series->append(nowSet);
    series->append(beforeSet);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = valueAxis(largest, false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

// Bars lying down, a pair per category (this period, the one before), the categories' names
// whole on the left and read from the top.
QChart *pairedBars(const QString &title, const QStringList &categories, const QList<double> &now,
                   const QList<double> &before, bool percent)
{
    QChart *chart = newChart(title);
    auto [nowSet, beforeSet] = periodSets();
    QStringList names;
    double largest = 0;
    for (qsizetype i = categories.size() - 1; i >= 0; --i) {
        names.append(categories[i]);
        nowSet->append(percent ? now[i] * 100.0 : now[i]);
        beforeSet->append(percent ? before[i] * 100.0 : before[i]);
        largest = std::max({largest, now[i], before[i]});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(nowSet);
    series->append(beforeSet);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = valueAxis(largest, percent);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

} // namespace

QChart *statusChart(const ComparedReport &report)
{
    QStringList categories;
    QList<double> now;
    QList<double> before;
    for (Status s : reportedStatuses()) {
        categories.append(statusLabel(s));
        now.append(report.current.clinic.byStatus[std::size_t(s)]);
        before.append(report.previous.clinic.byStatus[std::size_t(s)]);
    }
    return pairedBars(Text::tr("Appointments by status"), categories, now, before, false);
}

QChart *typeChart(const ComparedReport &report)
{
    QStringList categories;
    QList<double> now;
    QList<double> before;
    for (AppointmentType t : reportedTypes()) {
        categories.append(typeLabel(t));
        now.append(report.current.clinic.byType[std::size_t(t)]);
        before.append(report.previous.clinic.byType[std::size_t(t)]);
    }
    return pairedBars(Text::tr("Appointments by type"), categories, now, before, false);
}

QChart *hoursChart(const ComparedReport &report, const HourRange &hours)
{
    QStringList categories;
    QList<double> now;
    QList<double> before;
    for (int h = hours.first; h <= hours.last; ++h) {
        categories.append(hourText(h, QLocale()));
        now.append(report.current.startsByHour[std::size_t(h)]);
        before.append(report.previous.startsByHour[std::size_t(h)]);
    }
    return groupedBars(Text::tr("Appointments by starting hour"), categories, now, before);
}

QChart *utilizationChart(const QList<BreakdownRow> &rows, const QString &title)
{
    QStringList names;
    QList<double> now;
    QList<double> before;
    for (const BreakdownRow &r : rows) {
        names.append(r.name);
        now.append(r.now.utilization());
        before.append(r.before.utilization());
    }
    return pairedBars(title, names, now, before, true);
}

} // namespace fd
