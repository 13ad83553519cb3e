// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace fd {

struct Holiday
{
    QDate date; // the observed date: a Saturday holiday is kept on Friday, a Sunday one on Monday
    QString name;
};

// The US federal holidays observed in a calendar year, in date order: eleven, or ten when
// New Year's Day falls on a Saturday and is kept on the last day of the year before, which
// then has twelve.
QList<Holiday> usFederalHolidays(int year);

} // namespace fd
