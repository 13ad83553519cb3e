// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "clinic/clinic.h"
#include "domain/clinicconfig.h"
#include "reports/reportservice.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace fd {

// Reports and exports away from the window's thread: two worker threads, each with its own
// connection to the clinic database, one computing reports (a year of history takes most of a
// second), the other streaming exports to disk, so a report asked for during a long export
// does not wait for it. Only the latest of several reports asked for in a row is computed; an
// export reports its progress and can be cancelled, leaving nothing behind.
class ReportRunner : public QObject
{
    Q_OBJECT

public:
    // Its threads open their own connections, signed in as the session that gave `seat`.
    explicit ReportRunner(const Clinic::Seat &seat, QObject *parent = nullptr);
    ~ReportRunner() override;

    void run(const ReportScope &scope);

    enum class Format { Csv, Workbook, Calendar };
    struct ExportRequest
    {
        Format format = Format::Csv;
        QString path;
        ReportScope scope;
        ComparedReport report; // the workbook's summary
        ClinicConfig config;   // the calendar's time zones
        bool deidentified = false;
        bool byteOrderMark = false;
        qint64 stampUtc = 0; // the calendar's DTSTAMP
    };
    void startExport(const ExportRequest &request);
    void cancelExport() { m_cancel = true; }
    bool exporting() const { return m_exporting; }
    // The thread exports run on (tests hold it still to cancel an export before it starts).
    QThread *exportThread() { return &m_exportThread; }

signals:
    void reportReady(const fd::ReportScope &scope, const fd::ComparedReport &report);
    void reportFailed(const QString &message);
    void exportProgress(qint64 rows);
    // `cancelled` when stopped by cancelExport(); `message` says why when neither done nor
    // cancelled.
    void exportFinished(bool done, bool cancelled, qint64 rows, const QString &message);

private:
    class Worker;
    QThread m_reportThread;
    QThread m_exportThread;
    Worker *m_reporter = nullptr;
    Worker *m_exporter = nullptr;
    std::atomic<quint64> m_latest{0};
    std::atomic<bool> m_cancel{false};
    bool m_exporting = false;
};

} // namespace fd
