// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "appointmentcommand.h"
#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "callintake.h"
#include "callmodels.h"
#include "canceldialog.h"
#include "clinic/clinic.h"
#include "confirmationcalls.h"
#include "daymodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolBar>
#include <QUndoStack>

namespace fd {

MainWindow::MainWindow(Clinic &clinic, QWidget *parent)
    : QMainWindow(parent), m_clinic(clinic), m_model(new DayModel(this)),
      m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Front Desk"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral(FRONTDESK_APP_ID),
                                   QIcon(QStringLiteral(":/icons/frontdesk.svg"))));

    auto *toolbar = addToolBar(tr("Day"));
    toolbar->setObjectName(QStringLiteral("dayToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Location:") + QLatin1Char(' '), toolbar));
    m_location = new QComboBox(toolbar);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setMinimumContentsLength(18);
    m_location->setAccessibleName(tr("Location of the day shown"));
    toolbar->addWidget(m_location);
    toolbar->addSeparator();

    QAction *previous = toolbar->addAction(tr("◀ Previous"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    m_date = new QDateEdit(toolbar);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Day shown"));
    m_date->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    m_date->setMinimumWidth(
        m_date->fontMetrics().horizontalAdvance(QStringLiteral("Wed 0000-00-00")) + 48);
    toolbar->addWidget(m_date);
    QAction *next = toolbar->addAction(tr("Next ▶"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    next->setToolTip(tr("Next day (Alt+Right)"));
    QAction *today = toolbar->addAction(tr("Today"));
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    today->setToolTip(tr("Go to today (Ctrl+T)"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dayTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DayModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("The day's appointments"));
    m_table->viewport()->installEventFilter(this);
    m_summary = new QLabel(this);
    statusBar()->addWidget(m_summary, 1);

    // Undo's messages reach the status bar while the window lives, and nowhere after.
    m_undoContext = std::make_shared<UndoContext>(UndoContext{
        m_clinic, *m_undo, {}, [window = QPointer<MainWindow>(this)](const QString &text) {
            if (window)
                window->report(text);
        }});
    m_intake = new CallIntake(m_clinic, m_undoContext, this);
    m_calls = new ConfirmationCalls(m_clinic, m_undoContext, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("The day and tomorrow's calls"));
    m_tabs->addTab(m_table, tr("Day"));
    m_tabs->addTab(m_calls, tr("Confirmation calls"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_intake);
    splitter->addWidget(m_tabs);
    // Room for the day's status and reason beside the form.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    connect(m_intake, &CallIntake::message, this, &MainWindow::report);
    connect(m_calls, &ConfirmationCalls::message, this, &MainWindow::report);
    connect(m_calls, &ConfirmationCalls::openCountChanged, this, [this](int open) {
        m_tabs->setTabText(1, tr("Confirmation calls (%1 left)").arg(open));
    });

    loadConfig();

    const QString zone = m_config.locations.isEmpty() ? QStringLiteral("America/New_York")
                                                      : m_config.locations.first().timeZone;
    const QDate localToday = m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())).date();
    m_date->setDate(firstOpenDay(localToday));

    connect(m_location, &QComboBox::currentIndexChanged, this, &MainWindow::reload);
    connect(m_date, &QDateEdit::dateChanged, this, &MainWindow::reload);
    connect(previous, &QAction::triggered, this, [this] { step(-1); });
    connect(next, &QAction::triggered, this, [this] { step(1); });
    connect(today, &QAction::triggered, this, [this] { m_date->setDate(m_today); });
    reload();
    followTheDate();
    // A window left open overnight moves its calls on to the next day by itself.
    m_dateWatch.setInterval(60 * 1000);
    connect(&m_dateWatch, &QTimer::timeout, this, &MainWindow::followTheDate);
    m_dateWatch.start();
    buildMenus(previous, next, today);
    // Our own commits and other desks' both arrive here; only the rows that changed move.
    connect(&m_clinic, &Clinic::changed, this, &MainWindow::onChanged);
    m_clinic.watchOtherDesks(true);
    // Most of the screen: the form, the suggestions and the day side by side.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableSize();
        resize(std::min(room.width(), 1600), std::min(room.height(), 1000));
    }
    // A call can come in at any moment: the window opens ready to take it.
    m_intake->startNewCall();
}

void MainWindow::buildMenus(QAction *previous, QAction *next, QAction *today)
{
    QMenu *call = menuBar()->addMenu(tr("&Call"));
    call->setToolTipsVisible(true);
    call->addActions({m_intake->newCallAction(), m_intake->bookAction(), m_intake->laterAction(),
                      m_intake->earlierAction(), m_intake->findPatientAction(),
                      m_intake->copyReadBackAction(), m_intake->stopRescheduleAction()});
    addAction(m_intake->newCallAction()); // Ctrl+N from anywhere in the window

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addActions({undo, redo});
    addActions({undo, redo});

    QMenu *appointment = menuBar()->addMenu(tr("&Appointment"));
    appointment->setToolTipsVisible(true);
    auto add = [&](const QString &text, const QKeySequence &keys, const QString &tip, auto slot) {
        QAction *a = appointment->addAction(text);
        a->setShortcut(keys);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    add(tr("&Reschedule…"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Move the selected visit: the call form offers new slots"),
        &MainWindow::rescheduleSelected);
    // Not Ctrl+Delete: in a text field that deletes the next word.
    add(tr("&Cancel…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
        tr("Cancel the selected visit, with a reason"), &MainWindow::cancelSelected);
    appointment->addSeparator();
    add(tr("&Arrived"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        tr("The patient of the selected visit has arrived"),
        [this] { setStatusOfSelected(Status::Arrived); });
    add(tr("C&ompleted"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        tr("The selected visit is done"), [this] { setStatusOfSelected(Status::Completed); });
    add(tr("&No-show"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        tr("The patient of the selected visit did not come"),
        [this] { setStatusOfSelected(Status::NoShow); });

    // Tomorrow's confirmation calls, on the visit selected in their list.
    appointment->addSeparator();
    appointment->addActions(
        {m_calls->confirmedAction(), m_calls->leftMessageAction(), m_calls->unreachableAction()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setToolTipsVisible(true);
    QAction *dayTab = view->addAction(tr("&Day"));
    dayTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    dayTab->setToolTip(tr("Show the location's day (%1)")
                           .arg(dayTab->shortcut().toString(QKeySequence::NativeText)));
    connect(dayTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_table);
        m_table->setFocus();
    });
    QAction *callsTab = view->addAction(tr("Confirmation &calls"));
    callsTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    callsTab->setToolTip(tr("Show tomorrow's confirmation calls (%1)")
                             .arg(callsTab->shortcut().toString(QKeySequence::NativeText)));
    connect(callsTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_calls);
        if (auto *list = m_calls->findChild<QTableView *>(QStringLiteral("callList")))
            list->setFocus();
    });
    addActions({dayTab, callsTab});
    view->addSeparator();
    view->addActions({previous, next, today});
}

void MainWindow::followTheDate()
{
    const QString zone = m_config.locations.isEmpty() ? QStringLiteral("America/New_York")
                                                      : m_config.locations.first().timeZone;
    const QDate today = m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())).date();
    if (today == m_today)
        return;
    m_today = today;
    // The next day some location is open.
    QDate callDay = today.addDays(1);
    for (int i = 0; i < 14; ++i, callDay = callDay.addDays(1)) {
        if (callDay.dayOfWeek() > Qt::Friday)
            continue;
        if (m_config.locations.isEmpty() ||
            std::any_of(m_config.locations.cbegin(), m_config.locations.cend(),
                        [callDay](const Location &l) { return !l.closedDates.contains(callDay); }))
            break;
    }
    m_calls->setDay(callDay);
    m_tabs->setTabText(1, tr("Confirmation calls (%1 left)").arg(m_calls->openCount()));
}

std::optional<Appointment> MainWindow::selectedAppointment() const
{
    if (m_intake->matchesHaveFocus())
        return m_intake->highlightedMatchVisit();
    if (m_tabs->currentWidget() == m_calls)
        return m_calls->highlighted();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->appointments().size())
        return std::nullopt;
    return m_model->appointments().at(current.row());
}

void MainWindow::report(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::rescheduleSelected()
{
    const auto a = selectedAppointment();
    if (!a) {
        report(tr("Select a visit in the day, or a patient with a next visit, first."));
        return;
    }
    m_intake->startReschedule(*a);
}

void MainWindow::cancelSelected()
{
    const auto a = selectedAppointment();
    if (!a) {
        report(tr("Select a visit in the day, or a patient with a next visit, first."));
        return;
    }
    CancelDialog dialog(*a, m_clinic.clock(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();
    auto result = m_clinic.booking().cancel(a->id, reason);
    if (!result) {
        report(result.error().message);
        return;
    }
    Clinic &clinic = m_clinic;
    AppointmentCommand::push(
        m_undoContext, tr("Cancel %1, %2").arg(a->patientName, visitLine(*a)), a->id, *result,
        [&clinic, reason](qint64 id) { return clinic.booking().cancel(id, reason); });
    report(result->lateCancel ? tr("Cancelled %1's visit; it counts as late.").arg(a->patientName)
                              : tr("Cancelled %1's visit.").arg(a->patientName));
}

void MainWindow::setStatusOfSelected(Status to)
{
    const auto a = selectedAppointment();
    if (!a) {
        report(tr("Select a visit in the day first."));
        return;
    }
    auto result = m_clinic.booking().setStatus(a->id, to);
    if (!result) {
        report(result.error().message);
        return;
    }
    Clinic &clinic = m_clinic;
    AppointmentCommand::push(
        m_undoContext, tr("Mark %1 %2").arg(a->patientName, statusLabel(to).toLower()), a->id,
        *result, [&clinic, to](qint64 id) { return clinic.booking().setStatus(id, to); });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_painted = true;
        // Queued: the paint event in hand has to finish before anyone measures it.
        QMetaObject::invokeMethod(this, &MainWindow::firstDayPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

QDate MainWindow::day() const
{
    return m_date->date();
}
void MainWindow::setDay(QDate day)
{
    m_date->setDate(day);
}
qint64 MainWindow::locationId() const
{
    return m_location->currentData().toLongLong();
}

void MainWindow::setLocation(qint64 locationId)
{
    m_location->setCurrentIndex(m_location->findData(locationId));
}

QDate MainWindow::firstOpenDay(QDate from) const
{
    // Open on the first day the clinic works: weekends and holidays have nothing to show.
    const Location *loc = m_config.locations.isEmpty() ? nullptr : &m_config.locations.first();
    QDate day = from;
    for (int i = 0; i < 14; ++i, day = day.addDays(1))
        if (day.dayOfWeek() <= Qt::Friday && (!loc || !loc->closedDates.contains(day)))
            return day;
    return from;
}

void MainWindow::step(int days)
{
    m_date->setDate(m_date->date().addDays(days));
}

void MainWindow::loadConfig()
{
    auto config = m_clinic.schedule().config();
    if (config)
        m_config = std::move(config.value());
    else
        m_summary->setText(config.error().message);
    if (m_intake)
        m_intake->setConfig(m_config);
    const QSignalBlocker blocker(m_location);
    const qint64 current = locationId();
    m_location->clear();
    for (const Location &l : m_config.locations)
        m_location->addItem(l.name, l.id);
    if (const int index = m_location->findData(current); index >= 0)
        m_location->setCurrentIndex(index);
}

void MainWindow::onChanged(const ChangeSet &changes)
{
    m_intake->onChanged(changes);
    m_calls->onChanged(changes);
    if (changes.setup) {
        // Names, hours or closures may have changed: the day is read again, row by row.
        const qint64 shown = locationId();
        loadConfig();
        if (locationId() != shown) {
            reload();
            return;
        }
    } else if (!changes.touches(locationId(), day())) {
        return;
    }
    auto list = m_clinic.schedule().appointments({day(), day(), locationId(), std::nullopt});
    if (!list) {
        m_summary->setText(list.error().message);
        return;
    }
    m_model->updateAppointments(*list);
    showSummary();
}

void MainWindow::reload()
{
    const QDate day = m_date->date();
    if (m_config.locations.isEmpty()) {
        m_model->setAppointments({});
        m_summary->setText(tr("No clinic set up yet: start with --demo, or run "
                              "\"frontdesk-cli init --demo\"."));
        return;
    }
    const Location *loc = m_config.location(locationId());
    auto list = m_clinic.schedule().appointments({day, day, locationId(), std::nullopt});
    if (!list) {
        m_model->setAppointments({});
        m_summary->setText(list.error().message);
        return;
    }
    m_model->setAppointments(std::move(list.value()));
    showSummary();
    setWindowTitle(
        // Qt adds the application's name ("… — Front Desk").
        tr("%1, %2").arg(loc ? loc->name : QString(),
                         QLocale().toString(day, QLocale::LongFormat)));
}

void MainWindow::showSummary()
{
    const QDate day = m_date->date();
    const Location *loc = m_config.location(locationId());
    int active = 0;
    for (const Appointment &a : m_model->appointments())
        active += holdsSlot(a.status) ? 1 : 0;
    QString text = active == 1 ? tr("1 appointment") : tr("%1 appointments").arg(active);
    if (loc && loc->closedDates.contains(day))
        text = tr("%1 is closed on this day.").arg(loc->name);
    else if (day.dayOfWeek() > Qt::Friday)
        text = tr("Weekend: no appointments.");
    m_summary->setText(text);
}

} // namespace fd
