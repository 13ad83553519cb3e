// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportrunner.h"

#include "clinic/clinic.h"
#include "reports/calendarexport.h"
#include "reports/workbookexport.h"

#include <QSaveFile>

namespace fd {

// Lives in the runner's thread and owns that thread's connection to the database, opened on
// first use and closed in the same thread.
class ReportRunner::Worker : public QObject
{
public:
    Worker(const QString &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<Clinic *> clinic()
    {
        if (!m_clinic) {
            auto opened = Clinic::open(m_database, m_clock);
            if (!opened)
                return opened.error();
            m_clinic = std::move(opened).value();
        }
        return m_clinic.get();
    }

private:
    QString m_database;
    const Clock &m_clock;
    std::unique_ptr<Clinic> m_clinic;
};

ReportRunner::ReportRunner(const QString &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_worker(new Worker(database, clock))
{
    m_thread.setObjectName(QStringLiteral("reports"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

ReportRunner::~ReportRunner()
{
    m_cancel = true;
    m_latest = 0; // a report waiting its turn is dropped
    // The worker closes its connection in its own thread, after whatever it is doing.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ReportRunner::run(const ReportScope &scope)
{
    const quint64 id = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [this, id, scope] {
        if (id != m_latest)
            return; // a newer report was asked for meanwhile
        auto clinic = m_worker->clinic();
        Result<ComparedReport> report =
            clinic ? (*clinic)->reports().compared(scope) : Result<ComparedReport>(clinic.error());
        QMetaObject::invokeMethod(this, [this, id, scope, report] {
            if (id != m_latest)
                return;
            if (report)
                emit reportReady(scope, *report);
            else
                emit reportFailed(report.error().toString());
        });
    });
}

void ReportRunner::startExport(const ExportRequest &request)
{
    m_cancel = false;
    m_exporting = true;
    QMetaObject::invokeMethod(m_worker, [this, request] {
        // Progress goes to the window as a queued signal; the answer is whether to go on.
        auto progress = [this](qint64 rows) {
            QMetaObject::invokeMethod(this, [this, rows] { emit exportProgress(rows); });
            return !m_cancel;
        };
        auto write = [&]() -> Result<qint64> {
            auto clinic = m_worker->clinic();
            if (!clinic)
                return clinic.error();
            ReportService &reports = (*clinic)->reports();
            if (request.format == Format::Workbook) {
                WorkbookOptions options;
                options.deidentified = request.deidentified;
                options.progress = progress;
                return writeWorkbook(request.path, request.report, request.scope, reports, options);
            }
            QSaveFile file(request.path);
            if (!file.open(QIODevice::WriteOnly))
                return invalid(QStringLiteral("out"), file.errorString());
            Result<qint64> rows = qint64(0);
            if (request.format == Format::Csv) {
                CsvOptions options;
                options.byteOrderMark = request.byteOrderMark;
                options.deidentified = request.deidentified;
                options.progress = progress;
                rows = reports.exportAppointmentsCsv(request.scope, file, options);
            } else {
                QList<Appointment> list;
                auto visited = reports.forEachAppointment(request.scope, [&](const Appointment &a) {
                    list.append(a);
                    return list.size() % kExportProgressRows != 0 || progress(list.size());
                });
                if (!visited)
                    return visited.error();
                if (m_cancel)
                    return exportCancelled();
                CalendarOptions options;
                options.deidentified = request.deidentified;
                options.stampUtc = request.stampUtc;
                rows = writeICalendar(list, request.config, options, file);
            }
            if (!rows)
                return rows; // the temporary file goes with QSaveFile
            if (!file.commit())
                return Error{ErrorKind::Storage, QStringLiteral("out"), file.errorString()};
            return rows;
        };
        const Result<qint64> rows = write();
        const bool cancelled = !rows && m_cancel;
        QMetaObject::invokeMethod(this, [this, rows, cancelled] {
            m_exporting = false;
            emit exportFinished(rows.ok(), cancelled, rows ? *rows : 0,
                                rows ? QString() : rows.error().message);
        });
    });
}

} // namespace fd
