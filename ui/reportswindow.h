// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reportcontent.h"
#include "reportpdf.h"
#include "reportrunner.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

class QAction;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fd {

class BreakdownModel;
class Clinic;
class FiguresModel;
class HeatMapModel;
struct ChangeSet;

// The manager's reports: a period (a day, week, month, quarter, year or any range) narrowed to
// locations, clinicians, patient types and services; the figures beside the period before,
// utilization per clinician and per location, and the busiest hours, as tables with charts
// beside them. The work runs off the window's thread and follows every filter change and
// every booking, here or at another desk. What is shown prints and saves as PDF; the
// appointments behind it export as CSV, an Excel workbook or iCalendar, with a progress bar
// and a way to cancel.
class ReportsWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Period { Day, Week, Month, Quarter, Year, Custom };
    enum class Filter { Locations, Clinicians, Types, Services };

    explicit ReportsWindow(Clinic &clinic, QWidget *parent = nullptr);
    // Closes at once, stopping an export without asking (the desk is locking).
    void closeWithoutAsking();
    ~ReportsWindow() override;

    // A period of `kind` around `anchor`; for Custom, the days [anchor, to].
    void setPeriod(Period kind, QDate anchor, QDate to = {});
    // What the filters ask for; nullopt when a filter has nothing ticked.
    std::optional<ReportScope> scope() const;
    // The report shown, and whether there is one yet.
    const ComparedReport &report() const { return m_report; }
    const ReportScope &shownScope() const { return m_shownScope; }
    bool hasReport() const { return m_hasReport; }

    // The appointments behind the report, written by the runner's thread; the outcome comes
    // with ReportRunner::exportFinished.
    void exportTo(ReportRunner::Format format, const QString &path);
    // The report as shown, as a PDF.
    Result<int> savePdf(const QString &path);

    ReportRunner *runner() const { return m_runner; }
    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QListWidget *filterList(Filter filter) const;
    FiguresModel *figures() const { return m_figures; }
    BreakdownModel *breakdown(Breakdown by) const;
    HeatMapModel *heatMap() const { return m_heat; }
    QTabWidget *tabs() const { return m_tabs; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *exportStateLabel() const { return m_exportState; }
    QList<QChartView *> chartViews() const;

signals:
    // The tables and charts show a new report.
    void reportShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildFilters(QWidget *panel);
    void buildMenus();
    QWidget *tablePage(QTableView *table, const QList<QChartView *> &charts,
                       Qt::Orientation orientation);
    void fillFilters();
    void periodChanged();
    void stepPeriod(int direction);
    void requestSoon();
    void request();
    void showReport(const ReportScope &scope, const ComparedReport &report);
    void chooseExport(ReportRunner::Format format);
    void choosePdf();
    void print();
    void exportFinished(bool done, bool cancelled, qint64 rows, const QString &message);
    void updateActions();
    ReportDocument document() const;
    void describeCharts(const QList<BreakdownRow> &clinicians,
                        const QList<BreakdownRow> &locations);
    void setChart(QChartView *view, QChart *chart);
    QDate today() const;
    QString suggestedName(const QString &suffix) const;

    Clinic &m_clinic;
    bool m_closingAnyway = false;
    ClinicConfig m_config;
    ReportRunner *m_runner = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QListWidget *m_locations = nullptr;
    QListWidget *m_clinicians = nullptr;
    QListWidget *m_types = nullptr;
    QListWidget *m_services = nullptr;
    QTabWidget *m_tabs = nullptr;
    FiguresModel *m_figures = nullptr;
    BreakdownModel *m_clinicianRows = nullptr;
    BreakdownModel *m_locationRows = nullptr;
    HeatMapModel *m_heat = nullptr;
    QChartView *m_statusChart = nullptr;
    QChartView *m_typeChart = nullptr;
    QChartView *m_clinicianChart = nullptr;
    QChartView *m_locationChart = nullptr;
    QChartView *m_hoursChart = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QAction *> m_exportActions;
    QList<QAction *> m_reportActions; // PDF and print
    QAction *m_escape = nullptr;
    QLabel *m_exportState = nullptr;
    QLabel *m_range = nullptr;
    QLabel *m_fromLabel = nullptr;
    // The period the filters ask for and the one it is compared with.
    QDate m_periodFrom;
    QDate m_periodTo;
    QDate m_compareFrom;
    QDate m_compareTo;
    QAction *m_deidentified = nullptr;
    QAction *m_byteOrderMark = nullptr;
    QString m_exportPath;
    QTimer m_soon;
    ComparedReport m_report;
    ReportScope m_shownScope;
    bool m_hasReport = false;
    bool m_filling = false;
    QSet<QWidget *> m_fitted; // pages whose table has been fitted to its figures
};

} // namespace fd
