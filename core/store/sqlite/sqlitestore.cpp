// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlitestore.h"

#include "store/sql/appointmentcsv.h"
#include "store/sql/database.h"

#include "common/csv.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <sqlite3.h>

namespace fd {
namespace {

// How often a watching store asks SQLite whether another connection committed: a read of a
// counter in shared memory, so four times a second costs nothing and keeps other desks'
// changes well inside a second.
constexpr int kWatchIntervalMs = 250;

} // namespace

SqliteStore::SqliteStore(std::unique_ptr<Database> db) : SqlStore(std::move(db)) {}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, bool create)
{
    auto db = Database::open(path, create);
    if (!db)
        return db.error();
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db.value())));
}

qint64 SqliteStore::dataVersion()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void SqliteStore::watchOthers(bool on)
{
    if (!on) {
        delete m_watch;
        m_watch = nullptr;
        return;
    }
    if (m_watch)
        return;
    m_dataVersion = dataVersion();
    m_watch = new QTimer(this);
    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &SqliteStore::pollDataVersion);
    m_watch->start();
}

void SqliteStore::pollDataVersion()
{
    if (m_depth > 0)
        return;
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    emit othersCommitted();
}

Result<qint64> SqliteStore::exportAppointmentsCsv(const AppointmentFilter &filter,
                                                  const CsvOptions &options, QIODevice &out)
{
    using namespace appointmentcsv;
    if (auto r = checkPeriod(filter); !r)
        return r.error();
    const QVariant handle = m_db->connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return SqlStore::exportAppointmentsCsv(filter, options, out);

    // SQLite's own API: the rows go from its buffers to ours without a QVariant each, which
    // is what keeps a year's export as fast as the sqlite3 shell's.
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h,
                           appointmentsCsvQuery(filter, options.deidentified).toUtf8().constData(),
                           -1, &stmt, nullptr) != SQLITE_OK)
        return Error{ErrorKind::Storage, {}, QString::fromUtf8(sqlite3_errmsg(h))};
    QByteArray buffer;
    buffer.reserve(1 << 17);
    buffer.append(header(options));
    qint64 rows = 0;
    PhoneColumn phone;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < kColumns; ++i) {
            if (skipped(i, options))
                continue;
            if (i > 0)
                buffer.append(',');
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            const int size = sqlite3_column_bytes(stmt, i);
            if (i == kPhoneColumn) {
                const QByteArray shown = phone(text ? text : "", size);
                appendCsvField(buffer, shown.constData(), shown.size());
            } else {
                appendCsvField(buffer, text ? text : "", size);
            }
        }
        buffer.append("\r\n", 2);
        ++rows;
        if (!flush(buffer, out, false)) {
            sqlite3_finalize(stmt);
            return writeError(out);
        }
        if (!goOn(options, rows)) {
            sqlite3_finalize(stmt);
            return exportCancelled();
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error{ErrorKind::Storage, {}, QString::fromUtf8(sqlite3_errmsg(h))};
    if (!flush(buffer, out, true))
        return writeError(out);
    return rows;
}

} // namespace fd
