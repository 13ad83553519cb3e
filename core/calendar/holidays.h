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

// The eleven US federal holidays of a year, as observed.
QList<Holiday> usFederalHolidays(int year);

} // namespace fd
