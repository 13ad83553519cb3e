// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportswindow.h"

#include "booking/scheduleservice.h"
#include "clinic/clinic.h"
#include "common/text.h"
#include "reportcharts.h"
#include "reportmodels.h"
#include "reportpdf.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd {
namespace {

constexpr int kIdRole = Qt::UserRole;

QTableView *newTable(QAbstractItemModel *model, bool sortable)
{
    auto *table = new QTableView;
    if (sortable) {
        auto *proxy = new QSortFilterProxyModel(table);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::UserRole);
        proxy->setSortLocaleAware(true);
        table->setModel(proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(0, Qt::AscendingOrder);
    } else {
        table->setModel(model);
    }
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setWordWrap(false);
    return table;
}

QChartView *newChartView()
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    view->setFocusPolicy(Qt::NoFocus); // the table beside it holds the same numbers
    return view;
}

} // namespace

ReportsWindow::ReportsWindow(Clinic &clinic, QWidget *parent)
    : QMainWindow(parent), m_clinic(clinic), m_runner(new ReportRunner(clinic.seat(), this))
{
    setWindowTitle(tr("Reports"));
    setWindowFlag(Qt::Window);

    m_figures = new FiguresModel(this);
    m_clinicianRows = new BreakdownModel(Breakdown::Clinicians, this);
    m_locationRows = new BreakdownModel(Breakdown::Locations, this);
    m_heat = new HeatMapModel(this);

    auto *panel = new QWidget;
    buildFilters(panel);
    auto *scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->sizeHint().width() + 20);

    m_statusChart = newChartView();
    m_typeChart = newChartView();
    m_clinicianChart = newChartView();
    m_locationChart = newChartView();
    m_hoursChart = newChartView();
    m_tabs = new QTabWidget;
    m_tabs->addTab(
        tablePage(newTable(m_figures, false), {m_statusChart, m_typeChart}, Qt::Horizontal),
        tr("&Summary"));
    m_tabs->addTab(tablePage(newTable(m_clinicianRows, true), {m_clinicianChart}, Qt::Vertical),
                   tr("C&linicians"));
    m_tabs->addTab(tablePage(newTable(m_locationRows, true), {m_locationChart}, Qt::Vertical),
                   tr("L&ocations"));
    QTableView *heat = newTable(m_heat, false);
    heat->setSelectionBehavior(QAbstractItemView::SelectItems);
    heat->setAlternatingRowColors(false);
    heat->verticalHeader()->show();
    heat->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    heat->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *heatPage = new QWidget;
    auto *heatLayout = new QVBoxLayout(heatPage);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    auto *note = new QLabel(busiestHoursNote());
    note->setWordWrap(true);
    heatLayout->addWidget(note);
    heatLayout->addWidget(tablePage(heat, {m_hoursChart}, Qt::Vertical), 1);
    m_tabs->addTab(heatPage, tr("&Busiest hours"));

    auto *splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_state = new QLabel;
    m_exportState = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(260);
    m_progress->setFormat(tr("%v of %m rows"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel export"));
    m_cancel->setToolTip(tr("Stop the export; nothing is written (Esc)"));
    m_cancel->hide();
    statusBar()->addWidget(m_state, 1);
    statusBar()->addPermanentWidget(m_exportState);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_runner, &ReportRunner::cancelExport);
    // Escape cancels an export, and is left to the widgets otherwise.
    m_escape = new QAction(this);
    m_escape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_escape->setEnabled(false);
    connect(m_escape, &QAction::triggered, m_runner, &ReportRunner::cancelExport);
    addAction(m_escape);

    buildMenus();

    m_soon.setSingleShot(true);
    m_soon.setInterval(200); // ticks in quick succession make one report
    connect(&m_soon, &QTimer::timeout, this, &ReportsWindow::request);
    connect(m_runner, &ReportRunner::reportReady, this, &ReportsWindow::showReport);
    connect(m_runner, &ReportRunner::reportFailed, this, [this](const QString &message) {
        m_state->setText(tr("The report could not be made: %1").arg(message));
    });
    connect(m_runner, &ReportRunner::exportProgress, this, [this](qint64 rows) {
        if (rows > m_progress->maximum())
            m_progress->setMaximum(int(rows));
        m_progress->setValue(int(rows));
    });
    connect(m_runner, &ReportRunner::exportFinished, this, &ReportsWindow::exportFinished);
    // Bookings here or at another desk change the figures: the report follows.
    // A change of setup (a clinician added or renamed) refreshes the lists and the names.
    connect(&m_clinic, &Clinic::changed, this, [this](const ChangeSet &changes) {
        if (changes.setup)
            fillFilters();
        m_soon.start(1000);
    });

    fillFilters();
    setPeriod(Period::Month, today());
    updateActions();
    resize(1240, 760);
}

void ReportsWindow::closeWithoutAsking()
{
    m_closingAnyway = true;
    close();
}

void ReportsWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closingAnyway && m_runner->exporting() &&
        QMessageBox::question(
            this, tr("Reports"), tr("An export is still being written. Stop it and close?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    m_runner->cancelExport();
    QMainWindow::closeEvent(event);
}

// Exports, the PDF and printing take the report on screen, and only while it is the one the
// filters ask for.
void ReportsWindow::updateActions()
{
    const auto asked = scope();
    const bool current = m_hasReport && asked && *asked == m_shownScope;
    for (QAction *a : m_exportActions)
        a->setEnabled(current && !m_runner->exporting());
    for (QAction *a : m_reportActions)
        a->setEnabled(current);
    m_escape->setEnabled(m_runner->exporting());
}

ReportsWindow::~ReportsWindow() = default;

void ReportsWindow::buildFilters(QWidget *panel)
{
    auto *layout = new QVBoxLayout(panel);
    auto *form = new QFormLayout;
    m_period = new QComboBox;
    m_period->addItems(
        {tr("Day"), tr("Week"), tr("Month"), tr("Quarter"), tr("Year"), tr("Custom range")});
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy")); // the year in full
        edit->setDisplayFormat(format);
    }
    m_fromLabel = new QLabel;
    m_fromLabel->setBuddy(m_from);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(m_fromLabel, m_from);
    form->addRow(tr("&To:"), m_to);
    layout->addLayout(form);
    // The days counted and the days they are compared with, in words.
    m_range = new QLabel;
    m_range->setWordWrap(true);
    layout->addWidget(m_range);
    auto *steps = new QHBoxLayout;
    auto *previous = new QToolButton;
    previous->setText(tr("◀ Previous"));
    previous->setToolTip(tr("The period before (Alt+Left)"));
    auto *next = new QToolButton;
    next->setText(tr("Next ▶"));
    next->setToolTip(tr("The period after (Alt+Right)"));
    steps->addWidget(previous);
    steps->addWidget(next);
    steps->addStretch();
    layout->addLayout(steps);
    connect(previous, &QToolButton::clicked, this, [this] { stepPeriod(-1); });
    connect(next, &QToolButton::clicked, this, [this] { stepPeriod(1); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        // A custom range starts as the period that was shown.
        if (!m_filling && Period(m_period->currentIndex()) == Period::Custom &&
            m_periodFrom.isValid()) {
            m_filling = true;
            m_from->setDate(m_periodFrom);
            m_to->setDate(m_periodTo);
            m_filling = false;
        }
        periodChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsWindow::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsWindow::periodChanged);

    const std::pair<QListWidget **, QString> lists[] = {
        {&m_locations, tr("Lo&cations")},
        {&m_clinicians, tr("Cli&nicians")},
        {&m_types, tr("Patient t&ypes")},
        {&m_services, tr("Servic&es")},
    };
    for (const auto &[list, title] : lists) {
        auto *label = new QLabel(title);
        *list = new QListWidget;
        (*list)->setUniformItemSizes(true);

        (*list)->setToolTip(tr("Space ticks or unticks; a report counts the ticked ones"));
        label->setBuddy(*list);
        layout->addWidget(label);
        layout->addWidget(*list, 1);
        connect(*list, &QListWidget::itemChanged, this, [this] {
            if (!m_filling)
                requestSoon();
        });
    }
    layout->addStretch();
}

void ReportsWindow::buildMenus()
{
    QMenu *report = menuBar()->addMenu(tr("&Report"));
    auto add = [&](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *a = report->addAction(text);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_exportActions = {
        add(tr("Export appointments as &CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E),
            [this] { chooseExport(ReportRunner::Format::Csv); }),
        add(tr("Export as &Excel workbook…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
            [this] { chooseExport(ReportRunner::Format::Workbook); }),
        add(tr("Export appointments as &iCalendar…"), {},
            [this] { chooseExport(ReportRunner::Format::Calendar); }),
    };
    m_exportActions.first()->setObjectName(QStringLiteral("exportCsv"));
    report->addSeparator();
    m_reportActions = {
        add(tr("Save as P&DF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
            [this] { choosePdf(); }),
        add(tr("&Print…"), QKeySequence::Print, [this] { print(); }),
    };
    report->addSeparator();
    m_deidentified =
        report->addAction(tr("De-identi&fied: patients by number, no phone or reasons"));
    m_deidentified->setCheckable(true);
    m_byteOrderMark = report->addAction(tr("CSV for E&xcel (byte-order mark)"));
    m_byteOrderMark->setCheckable(true);
    m_byteOrderMark->setChecked(true);
    report->addSeparator();
    add(tr("&Refresh"), QKeySequence::Refresh, [this] { request(); });
    add(tr("C&lose"), QKeySequence::Close, [this] { close(); });

    QMenu *period = menuBar()->addMenu(tr("&View"));
    QAction *previous = period->addAction(tr("&Previous period"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(previous, &QAction::triggered, this, [this] { stepPeriod(-1); });
    QAction *next = period->addAction(tr("&Next period"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(next, &QAction::triggered, this, [this] { stepPeriod(1); });
}

QWidget *ReportsWindow::tablePage(QTableView *table, const QList<QChartView *> &charts,
                                  Qt::Orientation orientation)
{
    // The table beside its charts (the summary) or above its chart (the wide tables).
    auto *page = new QSplitter(orientation);
    page->addWidget(table);
    if (charts.size() == 1) {
        page->addWidget(charts.first());
    } else {
        auto *side = new QSplitter(Qt::Vertical);
        for (QChartView *chart : charts)
            side->addWidget(chart);
        page->addWidget(side);
    }
    page->setChildrenCollapsible(false);
    page->setStretchFactor(0, 0);
    page->setStretchFactor(1, 1);
    // The table as large as its figures the first time its page shows them, up to most of
    // the page; the charts take the rest. Later the splitter stays where it is left.
    auto fit = [this, page, table] {
        if (!page->isVisible() || m_fitted.contains(page))
            return;
        int wanted = 2 * table->frameWidth();
        if (page->orientation() == Qt::Horizontal) {
            table->resizeColumnsToContents();
            wanted += table->horizontalHeader()->length() +
                      table->verticalScrollBar()->sizeHint().width();
        } else {
            wanted += table->horizontalHeader()->height() + table->verticalHeader()->length() +
                      table->horizontalScrollBar()->sizeHint().height();
        }
        const QList<int> sizes = page->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int first = std::min(wanted, total * 3 / 5);
        page->setSizes({first, total - first});
        m_fitted.insert(page);
    };
    connect(this, &ReportsWindow::reportShown, page, fit);
    connect(m_tabs, &QTabWidget::currentChanged, page, fit);
    return page;
}

void ReportsWindow::fillFilters()
{
    auto config = m_clinic.schedule().config();
    if (!config) {
        m_state->setText(config.error().toString());
        return;
    }
    m_config = *config;
    m_filling = true;
    auto fill = [](QListWidget *list, const QList<std::pair<qint64, QString>> &entries) {
        // What was unticked stays unticked; anything new comes ticked.
        QSet<qint64> unticked;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Unchecked)
                unticked.insert(list->item(i)->data(kIdRole).toLongLong());
        list->clear();
        for (const auto &[id, name] : entries) {
            auto *item = new QListWidgetItem(name, list);
            item->setData(kIdRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(unticked.contains(id) ? Qt::Unchecked : Qt::Checked);
        }
        // The keyboard starts on the first entry without it looking chosen.
        if (list->count() > 0)
            list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
        // As tall as its entries, up to a dozen, while the window is tall enough.
        const int rows = std::clamp(int(list->count()), 1, 12);
        const int row = std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 2);
        const int height = row * rows + 2 * list->frameWidth();
        list->setMinimumHeight(std::min(height, row * 4));
        list->setMaximumHeight(height);
    };
    QList<std::pair<qint64, QString>> entries;
    for (const Location &l : m_config.locations)
        entries.append({l.id, printable(l.name)});
    fill(m_locations, entries);
    entries.clear();
    for (const Clinician &c : m_config.clinicians)
        entries.append({c.id, printable(c.name)});
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    fill(m_clinicians, entries);
    entries.clear();
    for (AppointmentType t : reportedTypes())
        entries.append({qint64(t), typeLabel(t)});
    fill(m_types, entries);
    entries.clear();
    for (const Service &s : m_config.services)
        entries.append({s.id, printable(s.name)});
    entries.append({0, tr("(No service)")}); // visits booked without one
    fill(m_services, entries);
    m_filling = false;
}

QListWidget *ReportsWindow::filterList(Filter filter) const
{
    switch (filter) {
    case Filter::Locations:
        return m_locations;
    case Filter::Clinicians:
        return m_clinicians;
    case Filter::Types:
        return m_types;
    case Filter::Services:
        return m_services;
    }
    return nullptr;
}

BreakdownModel *ReportsWindow::breakdown(Breakdown by) const
{
    return by == Breakdown::Clinicians ? m_clinicianRows : m_locationRows;
}

QList<QChartView *> ReportsWindow::chartViews() const
{
    return {m_statusChart, m_typeChart, m_clinicianChart, m_locationChart, m_hoursChart};
}

QDate ReportsWindow::today() const
{
    const QString zone = m_config.clinicZone();
    return m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())).date();
}

void ReportsWindow::setPeriod(Period kind, QDate anchor, QDate to)
{
    m_filling = true;
    m_period->setCurrentIndex(int(kind));
    m_from->setDate(anchor);
    if (to.isValid())
        m_to->setDate(to);
    m_filling = false;
    periodChanged();
}

// A day, week, month, quarter or year is the one holding the date in the first box, compared
// with the one before it (a day with the same weekday a week before, so that Monday meets
// Monday); a custom range with as many days just before it, or as many months when it is
// whole months.
void ReportsWindow::periodChanged()
{
    if (m_filling)
        return;
    const auto kind = Period(m_period->currentIndex());
    const QDate anchor = m_from->date();
    QDate from = anchor;
    QDate to = anchor;
    QDate compareFrom; // unset: the core's choice, the calendar period before
    QDate compareTo;
    switch (kind) {
    case Period::Day:
        compareFrom = compareTo = anchor.addDays(-7);
        break;
    case Period::Week:
        from = anchor.addDays(1 - anchor.dayOfWeek());
        to = from.addDays(6);
        break;
    case Period::Month:
        from = QDate(anchor.year(), anchor.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Period::Quarter:
        from = QDate(anchor.year(), (anchor.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
        break;
    case Period::Year:
        from = QDate(anchor.year(), 1, 1);
        to = QDate(anchor.year(), 12, 31);
        break;
    case Period::Custom:
        to = m_to->date();
        break;
    }
    m_periodFrom = from;
    m_periodTo = to;
    m_compareFrom = compareFrom;
    m_compareTo = compareTo;
    m_filling = true;
    if (kind != Period::Custom)
        m_to->setDate(to); // shown, not edited
    m_filling = false;
    m_to->setEnabled(kind == Period::Custom);
    m_fromLabel->setText(kind == Period::Custom ? tr("&From:") : tr("&Date:"));
    ReportScope shown;
    shown.from = from;
    shown.to = to;
    shown.compareFrom = compareFrom;
    shown.compareTo = compareTo;
    const auto [before, beforeTo] = shown.comparedPeriod();
    const QLocale locale;
    m_range->setText(to < from ? tr("The period ends before it starts.")
                               : tr("%1, beside %2")
                                     .arg(dateRangeText(from, to, locale),
                                          dateRangeText(before, beforeTo, locale)));
    requestSoon();
    updateActions();
}

void ReportsWindow::stepPeriod(int direction)
{
    const auto kind = Period(m_period->currentIndex());
    const QDate anchor = m_from->date();
    switch (kind) {
    case Period::Day:
        return setPeriod(kind, anchor.addDays(direction));
    case Period::Week:
        return setPeriod(kind, anchor.addDays(7 * direction));
    case Period::Month:
        return setPeriod(kind, anchor.addMonths(direction));
    case Period::Quarter:
        return setPeriod(kind, anchor.addMonths(3 * direction));
    case Period::Year:
        return setPeriod(kind, anchor.addYears(direction));
    case Period::Custom: {
        const qint64 days = anchor.daysTo(m_to->date()) + 1;
        return setPeriod(kind, anchor.addDays(days * direction),
                         m_to->date().addDays(days * direction));
    }
    }
}

std::optional<ReportScope> ReportsWindow::scope() const
{
    if (!m_periodFrom.isValid() || m_periodTo < m_periodFrom)
        return std::nullopt;
    ReportScope scope;
    scope.from = m_periodFrom;
    scope.to = m_periodTo;
    scope.compareFrom = m_compareFrom;
    scope.compareTo = m_compareTo;
    // Everything ticked asks for no restriction, so that what is added later counts too.
    auto ticked = [](const QListWidget *list, auto &into) -> bool {
        int count = 0;
        for (int i = 0; i < list->count(); ++i)
            count += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
        if (count == list->count())
            return true;
        if (count == 0)
            return false;
        using Value = typename std::decay_t<decltype(into)>::value_type;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                into.append(Value(list->item(i)->data(kIdRole).toLongLong()));
        return true;
    };
    if (!ticked(m_locations, scope.locations) || !ticked(m_clinicians, scope.clinicians) ||
        !ticked(m_types, scope.types) || !ticked(m_services, scope.services))
        return std::nullopt;
    return scope;
}

void ReportsWindow::requestSoon()
{
    m_soon.start(200);
}

void ReportsWindow::request()
{
    m_soon.stop();
    const auto asked = scope();
    updateActions();
    if (!asked) {
        m_state->setText(m_periodTo < m_periodFrom ? tr("The period ends before it starts.")
                                                   : tr("Tick at least one entry in each list."));
        return;
    }
    m_state->setText(tr("Counting…"));
    m_runner->run(*asked);
}

void ReportsWindow::setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // the view gives up the chart it had without deleting it
}

void ReportsWindow::showReport(const ReportScope &scope, const ComparedReport &report)
{
    m_report = report;
    m_shownScope = scope;
    m_hasReport = true;
    m_figures->setRows(figureLines(report));
    const QList<BreakdownRow> clinicians = breakdownRows(report, m_config, Breakdown::Clinicians);
    const QList<BreakdownRow> locations = breakdownRows(report, m_config, Breakdown::Locations);
    m_clinicianRows->setRows(clinicians);
    m_locationRows->setRows(locations);
    m_heat->setReport(report, m_config);
    setChart(m_statusChart, statusChart(report));
    setChart(m_typeChart, typeChart(report));
    setChart(m_clinicianChart, utilizationChart(clinicians, tr("Utilization by clinician")));
    setChart(m_locationChart, utilizationChart(locations, tr("Utilization by location")));
    setChart(m_hoursChart, hoursChart(report, busiestHourRange(report, m_config)));
    describeCharts(clinicians, locations);
    const QLocale locale;
    m_state->setText(tr("%1 · %2 · %3 appointments")
                         .arg(scopeText(scope, m_config), periodText(report, locale),
                              locale.toString(report.current.clinic.appointments)));
    updateActions();
    emit reportShown();
}

QString ReportsWindow::suggestedName(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(QStringLiteral("frontdesk-%1-to-%2.%3")
                                     .arg(m_shownScope.from.toString(Qt::ISODate),
                                          m_shownScope.to.toString(Qt::ISODate), suffix));
}

void ReportsWindow::chooseExport(ReportRunner::Format format)
{
    QString suffix = QStringLiteral("csv");
    QString filter = tr("CSV files (*.csv)");
    if (format == ReportRunner::Format::Workbook) {
        suffix = QStringLiteral("xlsx");
        filter = tr("Excel workbooks (*.xlsx)");
    } else if (format == ReportRunner::Format::Calendar) {
        suffix = QStringLiteral("ics");
        filter = tr("iCalendar files (*.ics)");
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), suggestedName(suffix), filter);
    if (!path.isEmpty())
        exportTo(format, path);
}

void ReportsWindow::exportTo(ReportRunner::Format format, const QString &path)
{
    if (m_runner->exporting() || !m_hasReport)
        return;
    m_soon.stop();
    ReportRunner::ExportRequest request;
    request.format = format;
    request.path = path;
    request.scope = m_shownScope;
    request.report = m_report;
    request.config = m_config;
    request.deidentified = m_deidentified->isChecked();
    request.byteOrderMark = m_byteOrderMark->isChecked();
    request.stampUtc = m_clinic.clock().now().toSecsSinceEpoch();
    m_exportPath = path;
    // The CSV has every row, corrections included; the others the appointments counted.
    const qint64 expected = format == ReportRunner::Format::Csv
                                ? m_report.current.rows
                                : qint64(m_report.current.clinic.appointments);
    m_progress->setRange(0, int(std::max<qint64>(1, expected)));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_exportState->setText(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    m_runner->startExport(request);
    updateActions();
}

void ReportsWindow::exportFinished(bool done, bool cancelled, qint64 rows, const QString &message)
{
    m_progress->hide();
    m_cancel->hide();
    updateActions();
    const QString file = QDir::toNativeSeparators(m_exportPath);
    if (done) {
        m_exportState->setText(rows == 1 ? tr("Wrote %1 (1 row).").arg(file)
                                         : tr("Wrote %1 (%2 rows).").arg(file).arg(rows));
    } else if (cancelled) {
        m_exportState->setText(tr("Export cancelled; nothing was written."));
    } else {
        m_exportState->setText(tr("Could not write %1.").arg(file));
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1:\n%2").arg(file, message));
    }
}

Result<int> ReportsWindow::savePdf(const QString &path)
{
    if (!m_hasReport)
        return invalid({}, tr("there is no report yet"));
    if (auto noted = m_clinic.reports().noteExport(m_shownScope, QStringLiteral("pdf"), false);
        !noted)
        return noted.error();
    const bool letter = QLocale().measurementSystem() != QLocale::MetricSystem;
    return writeReportPdf(document(), QPageSize(letter ? QPageSize::Letter : QPageSize::A4), path);
}

void ReportsWindow::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), suggestedName(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto pages = savePdf(path);
    if (!pages) {
        QMessageBox::warning(this, tr("Save as PDF"), pages.error().toString());
        return;
    }
    m_state->setText(
        *pages == 1 ? tr("Saved %1 (1 page).").arg(QDir::toNativeSeparators(path))
                    : tr("Saved %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(*pages));
}

void ReportsWindow::print()
{
    if (!m_hasReport)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    // The report is printed whole: its pages are laid out as it is printed.
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    if (dialog.exec() == QDialog::Accepted)
        paintReport(document(), printer);
}

// What is on screen, printed now in the clinic's time.
ReportDocument ReportsWindow::document() const
{
    const QString zone = m_config.clinicZone();
    return {m_report, m_shownScope, m_config,
            m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())), QLocale()};
}

// Screen readers read each chart's figures from its description; the tables beside hold the
// same, apart from the counts by status and type, which only the charts show.
void ReportsWindow::describeCharts(const QList<BreakdownRow> &clinicians,
                                   const QList<BreakdownRow> &locations)
{
    const QLocale locale;
    auto pair = [&](const QString &name, double now, double before, bool rate) {
        return tr("%1: %2 (before: %3)")
            .arg(name, FigureLine::valueText(now, rate, locale),
                 FigureLine::valueText(before, rate, locale));
    };
    QStringList parts;
    for (Status s : reportedStatuses())
        parts.append(pair(statusLabel(s), m_report.current.clinic.byStatus[std::size_t(s)],
                          m_report.previous.clinic.byStatus[std::size_t(s)], false));
    m_statusChart->setAccessibleName(tr("Appointments by status"));
    m_statusChart->setAccessibleDescription(parts.join(QStringLiteral("; ")));
    parts.clear();
    for (AppointmentType t : reportedTypes())
        parts.append(pair(typeLabel(t), m_report.current.clinic.byType[std::size_t(t)],
                          m_report.previous.clinic.byType[std::size_t(t)], false));
    m_typeChart->setAccessibleName(tr("Appointments by type"));
    m_typeChart->setAccessibleDescription(parts.join(QStringLiteral("; ")));
    for (auto [view, rows, name] :
         {std::tuple{m_clinicianChart, &clinicians, tr("Utilization by clinician")},
          std::tuple{m_locationChart, &locations, tr("Utilization by location")}}) {
        parts.clear();
        for (const BreakdownRow &r : *rows)
            parts.append(pair(r.name, r.now.utilization(), r.before.utilization(), true));
        view->setAccessibleName(name);
        view->setAccessibleDescription(parts.join(QStringLiteral("; ")));
    }
    m_hoursChart->setAccessibleName(tr("Appointments by starting hour"));
}

} // namespace fd
