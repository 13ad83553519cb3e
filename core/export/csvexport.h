#pragma once

#include "common/result.h"

#include <QDate>

#include <optional>

class QIODevice;

namespace fd {

class Database;

struct ExportFilter
{
    QDate from;
    QDate to; // inclusive
    std::optional<qint64> locationId;
    std::optional<qint64> clinicianId;
};

// The appointments of a period as CSV (RFC 4180, UTF-8, a header row), one row each,
// cancelled and no-show ones included. Returns the number of rows written.
Result<qint64> exportAppointmentsCsv(Database &db, const ExportFilter &filter, QIODevice &out);

// The same through QSqlQuery, for drivers other than SQLite; kept to prove both agree.
Result<qint64> exportAppointmentsCsvPortable(Database &db, const ExportFilter &filter,
                                             QIODevice &out);

// The export's query with the filter's values written in, for running it elsewhere (the
// benchmark gives it to the sqlite3 shell to compare speeds).
QString appointmentsCsvQuery(const ExportFilter &filter);

} // namespace fd
