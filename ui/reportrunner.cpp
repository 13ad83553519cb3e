// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportrunner.h"
#include "common/files.h"

#include "clinic/clinic.h"
#include "reports/calendarexport.h"
#include "reports/workbookexport.h"

#include <QSaveFile>

namespace fd {

// Lives in one of the runner's threads and owns that thread's connection to the database,
// opened on first use and closed in the same thread. Its clock is its own: the session's may
// be a test's, set from the window's thread.
class ReportRunner::Worker : public QObject
{
public:
    explicit Worker(const Clinic::Seat &seat) : m_seat(seat) {}

    Result<Clinic *> clinic()
    {
        if (!m_clinic) {
            auto opened = Clinic::open(m_seat, m_clock);
            if (!opened)
                return opened.error();
            m_clinic = std::move(opened).value();
        }
        return m_clinic.get();
    }

private:
    Clinic::Seat m_seat;
    SystemClock m_clock;
    std::unique_ptr<Clinic> m_clinic;
};

ReportRunner::ReportRunner(const Clinic::Seat &seat, QObject *parent)
    : QObject(parent), m_reporter(new Worker(seat)), m_exporter(new Worker(seat))
{
    for (auto [thread, worker, name] : {std::tuple{&m_reportThread, m_reporter, "reports"},
                                        std::tuple{&m_exportThread, m_exporter, "exports"}}) {
        thread->setObjectName(QLatin1String(name));
        worker->moveToThread(thread);
        // The worker, and its connection, go in their own thread once it has stopped.
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start(QThread::LowPriority);
    }
}

ReportRunner::~ReportRunner()
{
    m_cancel = true; // an export stops at its next batch of rows
    m_latest = 0;    // a report waiting its turn is dropped
    for (QThread *thread : {&m_reportThread, &m_exportThread}) {
        thread->quit();
        thread->wait();
    }
}

void ReportRunner::run(const ReportScope &scope)
{
    const quint64 id = ++m_latest;
    QMetaObject::invokeMethod(m_reporter, [this, id, scope] {
        if (id != m_latest)
            return; // a newer report was asked for meanwhile
        auto clinic = m_reporter->clinic();
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
    QMetaObject::invokeMethod(m_exporter, [this, request] {
        if (m_cancel) { // cancelled before it started
            QMetaObject::invokeMethod(this, [this] {
                m_exporting = false;
                emit exportFinished(false, true, 0, exportCancelled().message);
            });
            return;
        }
        // Progress goes to the window as a queued signal; the answer is whether to go on.
        auto progress = [this](qint64 rows) {
            QMetaObject::invokeMethod(this, [this, rows] { emit exportProgress(rows); });
            return !m_cancel;
        };
        auto write = [&]() -> Result<qint64> {
            auto clinic = m_exporter->clinic();
            if (!clinic)
                return clinic.error();
            ReportService &reports = (*clinic)->reports();
            if (request.format == Format::Workbook) {
                WorkbookOptions options;
                options.deidentified = request.deidentified;
                options.scope = scopeText(request.scope, request.config);
                options.progress = progress;
                return writeWorkbook(request.path, request.report, request.scope, reports, options);
            }
            QSaveFile file(request.path);
            if (!file.open(QIODevice::WriteOnly))
                return invalid(QStringLiteral("out"), file.errorString());
            keepToOwner(file);
            Result<qint64> rows = qint64(0);
            if (request.format == Format::Csv) {
                CsvOptions options;
                options.byteOrderMark = request.byteOrderMark;
                options.deidentified = request.deidentified;
                options.progress = progress;
                rows = reports.exportAppointmentsCsv(request.scope, file, options);
            } else {
                QList<Appointment> list;
                auto visited = reports.forEachAppointment(
                    request.scope, QStringLiteral("ics"), request.deidentified,
                    [&](const Appointment &a) {
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
        const bool cancelled = !rows && rows.error().kind == ErrorKind::Cancelled;
        QMetaObject::invokeMethod(this, [this, rows, cancelled] {
            m_exporting = false;
            emit exportFinished(rows.ok(), cancelled, rows ? *rows : 0,
                                rows ? QString() : rows.error().message);
        });
    });
}

} // namespace fd
