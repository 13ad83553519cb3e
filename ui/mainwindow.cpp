// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "accountsdialog.h"
#include "appointmentcommand.h"
#include "auditwindow.h"
#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "callintake.h"
#include "callmodels.h"
#include "canceldialog.h"
#include "clinic/backups.h"
#include "clinic/clinic.h"
#include "confirmationcalls.h"
#include "connectiondialog.h"
#include "daymodel.h"
#include "daysheet.h"
#include "idlelock.h"
#include "reportswindow.h"
#include "scheduleview.h"
#include "signin.h"
#include "waitingroom.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolBar>
#include <QToolTip>
#include <QUndoStack>

namespace fd {
namespace {

// What the colours and marks of the day and the week mean, and the keys that act on them.
QWidget *makeLegend(QWidget *parent)
{
    auto *legend = new QWidget(parent);
    legend->setObjectName(QStringLiteral("legend"));
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(6, 2, 6, 4);
    for (AppointmentType type :
         {AppointmentType::New, AppointmentType::FollowUp, AppointmentType::SelfPay}) {
        auto *swatch = new QLabel(typeLabel(type), legend);
        const QColor tint = ScheduleView::typeColor(type);
        swatch->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #1a1a1a; "
                                             "border-left: 4px solid %2; padding: 1px 6px; }")
                                  .arg(tint.name(), tint.darker(170).name()));
        row->addWidget(swatch);
    }
    QStringList marks;
    for (Status status : {Status::Confirmed, Status::Arrived, Status::Completed, Status::NoShow})
        marks.append(ScheduleView::statusMark(status));
    auto *text = new QLabel(marks.join(QStringLiteral("   ")) + QStringLiteral("     ") +
                                QApplication::translate("fd::MainWindow",
                                                        "Keys: A arrived, C completed, N no-show; "
                                                        "drag a visit to move it"),
                            legend);
    text->setWordWrap(true);
    row->addWidget(text, 1);
    return legend;
}

} // namespace

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

    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Clinician:") + QLatin1Char(' '), toolbar));
    m_clinician = new QComboBox(toolbar);
    m_clinician->setObjectName(QStringLiteral("clinician"));
    m_clinician->setMinimumContentsLength(16);
    m_clinician->setAccessibleName(tr("Clinician whose day and week are shown"));
    m_clinician->setToolTip(tr("Narrow the day to one clinician, and show their week"));
    toolbar->addWidget(m_clinician);

    m_dayView = new ScheduleView(this);
    m_dayView->setObjectName(QStringLiteral("dayView"));
    m_dayView->setModel(m_model);
    m_dayView->setAccessibleName(tr("The day's appointments, a column per clinician"));
    m_dayView->viewport()->installEventFilter(this);
    m_weekModel = new DayModel(this);
    m_weekView = new ScheduleView(this);
    m_weekView->setObjectName(QStringLiteral("weekView"));
    m_weekView->setModel(m_weekModel);
    m_weekView->setAccessibleName(tr("The clinician's week, a column per day"));
    for (ScheduleView *view : {m_dayView, m_weekView}) {
        connect(view, &ScheduleView::moveRequested, this,
                [this, view](const QModelIndex &index, int column, int minute) {
                    moveBlock(view, index, column, minute);
                });
        buildStatusKeys(view);
    }

    // The waiting room, above the day: who has arrived and for how long.
    m_waitingModel = new WaitingRoomModel(this);
    m_waiting = new QListView(this);
    m_waiting->setObjectName(QStringLiteral("waitingRoom"));
    m_waiting->setModel(m_waitingModel);
    m_waiting->setFlow(QListView::LeftToRight);
    m_waiting->setWrapping(false);
    m_waiting->setSpacing(2);
    m_waiting->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_waiting->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_waiting->setFixedHeight(m_waiting->fontMetrics().lineSpacing() * 2 + 10);
    m_waiting->setAccessibleName(tr("Waiting room"));
    m_waitingLabel = new QLabel(this);
    m_waitingLabel->setObjectName(QStringLiteral("waitingLabel"));
    m_waitingLabel->setBuddy(m_waiting);
    connect(m_waiting, &QListView::activated, this, [this](const QModelIndex &index) {
        // Enter on a waiting patient selects their visit in the day.
        const qint64 id = index.data(WaitingRoomModel::AppointmentIdRole).toLongLong();
        const auto &rows = m_model->appointments();
        for (qsizetype row = 0; row < rows.size(); ++row)
            if (rows[row].id == id) {
                m_dayView->setCurrentIndex(m_model->index(int(row), 0));
                m_dayView->scrollTo(m_model->index(int(row), 0));
                m_dayView->setFocus();
            }
    });

    m_dayPage = new QWidget(this);
    m_dayPage->setObjectName(QStringLiteral("dayPage"));
    auto *dayLayout = new QVBoxLayout(m_dayPage);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->setSpacing(2);
    auto *waitingRow = new QHBoxLayout;
    waitingRow->setContentsMargins(4, 2, 0, 0);
    waitingRow->addWidget(m_waitingLabel);
    waitingRow->addWidget(m_waiting, 1);
    dayLayout->addLayout(waitingRow);
    dayLayout->addWidget(m_dayView, 1);
    dayLayout->addWidget(makeLegend(m_dayPage));
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
    m_tabs->addTab(m_dayPage, tr("Day"));
    m_tabs->addTab(m_calls, tr("Confirmation calls"));
    auto *weekPage = new QWidget(this);
    auto *weekLayout = new QVBoxLayout(weekPage);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    weekLayout->addWidget(m_weekView, 1);
    weekLayout->addWidget(makeLegend(weekPage));
    m_tabs->addTab(weekPage, tr("Week"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_intake);
    splitter->addWidget(m_tabs);
    // The form keeps the width it needs; every column more goes to the day.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The desk, and in its place while locked, the sign-in form.
    auto *lockPage = new QWidget(this);
    lockPage->setObjectName(QStringLiteral("lockPage"));
    m_lockForm = new SignInForm(m_clinic, lockPage);
    m_lockForm->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *lockTitle = new QLabel(tr("Front Desk is locked"), lockPage);
    QFont big = lockTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    lockTitle->setFont(big);
    auto *lockLayout = new QVBoxLayout(lockPage);
    lockLayout->addStretch(1);
    lockLayout->addWidget(lockTitle, 0, Qt::AlignHCenter);
    lockLayout->addWidget(m_lockForm, 0, Qt::AlignHCenter);
    lockLayout->addStretch(2);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(lockPage);
    setCentralWidget(m_stack);
    connect(m_intake, &CallIntake::message, this, &MainWindow::report);
    connect(m_calls, &ConfirmationCalls::message, this, &MainWindow::report);
    connect(m_calls, &ConfirmationCalls::openCountChanged, this, [this](int open) {
        m_tabs->setTabText(1, tr("Confirmation calls (%1 left)").arg(open));
    });

    loadConfig();

    const QString zone = m_config.clinicZone();
    const QDate localToday = m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())).date();
    m_date->setDate(firstOpenDay(localToday));

    connect(m_location, &QComboBox::currentIndexChanged, this, &MainWindow::reload);
    connect(m_date, &QDateEdit::dateChanged, this, &MainWindow::reload);
    connect(m_clinician, &QComboBox::currentIndexChanged, this, &MainWindow::reload);
    connect(previous, &QAction::triggered, this, [this] { step(-1); });
    connect(next, &QAction::triggered, this, [this] { step(1); });
    connect(today, &QAction::triggered, this, [this] { m_date->setDate(m_today); });
    reload();
    followTheDate();
    // A window left open overnight moves its calls on to the next day by itself.
    m_dateWatch.setInterval(60 * 1000);
    connect(&m_dateWatch, &QTimer::timeout, this, &MainWindow::followTheDate);
    m_dateWatch.start();
    buildFileMenu();
    buildMenus(previous, next, today);
    buildDeskMenu();
    applyMySchedule();
    // The waiting times and the "now" line move on by themselves.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::updateTimes);
    m_tick.start();
    updateTimes();
    // Our own commits and other desks' both arrive here; only the rows that changed move.
    connect(&m_clinic, &Clinic::changed, this, &MainWindow::onChanged);
    m_clinic.watchOtherDesks(true);
    // Most of the screen: the form, the suggestions and the day side by side.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableSize();
        resize(std::min(room.width(), 1600), std::min(room.height(), 1000));
    }
    const int form = std::min(
        std::max(m_intake->sizeHint().width(), std::min(width() * 45 / 100, 800)), width() / 2);
    splitter->setSizes({form, width() - form});
    // A call can come in at any moment: the window opens ready to take it.
    m_intake->startNewCall();

    // Who is at the desk, and the lock when nobody has touched it for a while.
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addPermanentWidget(m_who);
    m_idle = new IdleLock(m_clinic.clock(), this);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    connect(m_lockForm, &SignInForm::signedIn, this, &MainWindow::unlocked);
    applyRole();
}

void MainWindow::buildMenus(QAction *previous, QAction *next, QAction *today)
{
    QMenu *call = menuBar()->addMenu(tr("&Call"));
    m_callMenu = call;
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
    auto needs = [this](QAction *action, Permission permission) {
        m_roleActions.append({action, permission});
    };
    needs(add(tr("&Reschedule…"), QKeySequence(Qt::CTRL | Qt::Key_R),
              tr("Move the selected visit: the call form offers new slots"),
              &MainWindow::rescheduleSelected),
          Permission::Book);
    // Not Ctrl+Delete: in a text field that deletes the next word.
    needs(add(tr("&Cancel…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
              tr("Cancel the selected visit, with a reason"), &MainWindow::cancelSelected),
          Permission::Book);
    appointment->addSeparator();
    needs(add(tr("&Arrived"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
              tr("The patient of the selected visit has arrived"),
              [this] { setStatusOfSelected(Status::Arrived); }),
          Permission::CheckIn);
    needs(add(tr("C&ompleted"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
              tr("The selected visit is done"), [this] { setStatusOfSelected(Status::Completed); }),
          Permission::RecordVisit);
    needs(add(tr("&No-show"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
              tr("The patient of the selected visit did not come"),
              [this] { setStatusOfSelected(Status::NoShow); }),
          Permission::RecordVisit);

    // Tomorrow's confirmation calls, on the visit selected in their list.
    appointment->addSeparator();
    appointment->addActions(
        {m_calls->confirmedAction(), m_calls->leftMessageAction(), m_calls->unreachableAction()});
    for (QAction *a :
         {m_calls->confirmedAction(), m_calls->leftMessageAction(), m_calls->unreachableAction()})
        needs(a, Permission::Book);
    for (QAction *a : call->actions())
        needs(a, Permission::Book);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setToolTipsVisible(true);
    QAction *dayTab = view->addAction(tr("&Day"));
    dayTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    dayTab->setToolTip(tr("Show the location's day (%1)")
                           .arg(dayTab->shortcut().toString(QKeySequence::NativeText)));
    connect(dayTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_dayPage);
        m_dayView->setFocus();
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
    QAction *weekTab = view->addAction(tr("&Week"));
    weekTab->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    weekTab->setToolTip(tr("Show the chosen clinician's week (%1)")
                            .arg(weekTab->shortcut().toString(QKeySequence::NativeText)));
    connect(weekTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_weekView->parentWidget());
        m_weekView->setFocus();
    });
    addAction(weekTab);
    view->addSeparator();
    m_showInactive = view->addAction(tr("S&how cancelled and no-shows"));
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_showInactive->setCheckable(true);
    m_showInactive->setChecked(true);
    m_showInactive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_showInactive->setToolTip(
        tr("Cancelled, no-show and corrected visits, muted, in the day and the week (%1)")
            .arg(m_showInactive->shortcut().toString(QKeySequence::NativeText)));
    connect(m_showInactive, &QAction::toggled, this, [this](bool on) {
        m_dayView->setShowInactive(on);
        m_weekView->setShowInactive(on);
        showSummary();
    });
    addAction(m_showInactive);
    QAction *mine = view->addAction(tr("&My schedule…"));
    mine->setObjectName(QStringLiteral("mySchedule"));
    mine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    mine->setStatusTip(tr("Choose the clinician this computer opens on"));
    mine->setToolTip(QStringLiteral("%1 (%2)").arg(
        mine->statusTip(), mine->shortcut().toString(QKeySequence::NativeText)));
    addAction(mine);
    connect(mine, &QAction::triggered, this, &MainWindow::chooseMySchedule);
    addActions({dayTab, callsTab});
    view->addSeparator();
    view->addActions({previous, next, today});
    QAction *previousWeek = view->addAction(tr("Previous wee&k"));
    previousWeek->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    connect(previousWeek, &QAction::triggered, this, [this] { step(-7); });
    QAction *nextWeek = view->addAction(tr("&Next week"));
    nextWeek->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    connect(nextWeek, &QAction::triggered, this, [this] { step(7); });
    QAction *goTo = view->addAction(tr("&Go to date…"));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(goTo, &QAction::triggered, this, [this] {
        m_date->setFocus(Qt::ShortcutFocusReason);
        m_date->setSelectedSection(QDateTimeEdit::DaySection);
    });
    for (QAction *a : {previousWeek, nextWeek, goTo})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
            a->shortcut().toString(QKeySequence::NativeText)));
    addActions({previousWeek, nextWeek, goTo});

    // In the View menu: every top-level menu letter is taken by the call form's fields.
    view->addSeparator();
    QAction *open = view->addAction(tr("&Reports…"));
    open->setObjectName(QStringLiteral("openReports"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    open->setStatusTip(
        tr("Figures, utilization and busiest hours for a period; exports for spreadsheets"));
    open->setToolTip(QStringLiteral("%1 (%2)").arg(
        open->statusTip(), open->shortcut().toString(QKeySequence::NativeText)));
    addAction(open);
    connect(open, &QAction::triggered, this, [this] { openReports(); });
    m_roleActions.append({open, Permission::Reports});
}

void MainWindow::buildDeskMenu()
{
    QMenu *desk = menuBar()->addMenu(tr("Des&k"));
    desk->setObjectName(QStringLiteral("deskMenu"));
    QAction *lockNow = desk->addAction(tr("&Lock"));
    lockNow->setObjectName(QStringLiteral("lockNow"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockNow->setStatusTip(tr("Hide the schedule until you or someone else signs in"));
    addAction(lockNow);
    connect(lockNow, &QAction::triggered, this, &MainWindow::lock);
    desk->addSeparator();
    QAction *accounts = desk->addAction(tr("&Accounts…"));
    accounts->setObjectName(QStringLiteral("openAccounts"));
    accounts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    accounts->setStatusTip(tr("Who may sign in, as which role; the idle lock"));
    addAction(accounts);
    connect(accounts, &QAction::triggered, this, [this] { openAccounts(); });
    m_roleActions.append({accounts, Permission::Users});
    QAction *audit = desk->addAction(tr("Audit &trail…"));
    audit->setObjectName(QStringLiteral("openAudit"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    audit->setStatusTip(tr("Who changed what, and when"));
    addAction(audit);
    desk->addSeparator();
    QAction *other = desk->addAction(tr("&Open another clinic…"));
    other->setObjectName(QStringLiteral("openClinic"));
    other->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    other->setStatusTip(tr("A clinic file on this computer, or a clinic server every site shares"));
    addAction(other);
    connect(other, &QAction::triggered, this, &MainWindow::chooseClinic);
    for (QAction *a : {lockNow, accounts, audit, other})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->statusTip(), a->shortcut().toString(QKeySequence::NativeText)));
    connect(audit, &QAction::triggered, this, [this] { openAudit(); });
    m_roleActions.append({audit, Permission::Audit});
}

void MainWindow::chooseClinic()
{
    ConnectionDialog dialog(m_clinic.databaseName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.password().isEmpty())
        Clinic::rememberDatabasePassword(dialog.database(), dialog.password());
    emit clinicChosen(dialog.database());
}

AccountsDialog *MainWindow::openAccounts()
{
    if (!m_accounts) {
        m_accounts = new AccountsDialog(m_clinic, this);
        m_accounts->setAttribute(Qt::WA_DeleteOnClose);
        // The idle time a manager sets here applies at this desk at once.
        connect(m_accounts, &QDialog::finished, this, [this] {
            if (auto config = m_clinic.schedule().config())
                m_idle->setMinutes(config->idleLockMinutes);
        });
    }
    m_accounts->show();
    m_accounts->raise();
    m_accounts->activateWindow();
    return m_accounts;
}

AuditWindow *MainWindow::openAudit()
{
    if (!m_audit) {
        m_audit = new AuditWindow(m_clinic, this);
        m_audit->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_audit->show();
    m_audit->raise();
    m_audit->activateWindow();
    return m_audit;
}

MainWindow::~MainWindow()
{
    // A backup still copying finishes first: it must not outlive what it reports to.
    if (m_backup)
        m_backup->wait();
}

void MainWindow::startDailyBackup()
{
    if (m_backup)
        return; // one at a time; the next day's timer tries again
    const QString database = m_clinic.databaseName();
    // A server's clinic is every site's: the server keeps its copies (a standby, pg_dump), and
    // no desk keeps the whole clinic on its own disk.
    if (Clinic::isServerAddress(database))
        return;
    const QDate today = m_today;
    QPointer<MainWindow> self(this);
    m_backup = QThread::create([database, today, self] {
        auto made = keepDailyBackup(database, dailyBackupFolder(database), today);
        QMetaObject::invokeMethod(qApp, [self, made] {
            if (!self)
                return;
            if (made) {
                emit self->dailyBackupDone(made->file, {});
            } else {
                self->report(
                    tr("The daily backup could not be made: %1").arg(made.error().toString()));
                emit self->dailyBackupDone({}, made.error().toString());
            }
        });
    });
    m_backup->setObjectName(QStringLiteral("daily backup"));
    connect(m_backup, &QThread::finished, m_backup, &QObject::deleteLater);
    m_backup->start(QThread::LowPriority);
}

bool MainWindow::isLocked() const
{
    return m_stack->currentIndex() == 1;
}

void MainWindow::lock()
{
    if (isLocked() || !m_clinic.account())
        return;
    m_idle->stop();
    m_lockedUser = m_clinic.user();
    // Signed out and hidden first, whatever else is open: nothing waits for an answer.
    m_clinic.signOut(true);
    m_stack->setCurrentIndex(1);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->hide();
    menuBar()->setEnabled(false);
    m_summary->clear();
    m_who->clear();
    setWindowTitle(tr("Front Desk — locked"));
    for (QAction *a : findChildren<QAction *>()) {
        if (a->isEnabled() && !a->menu()) {
            m_lockedActions.append(a);
            a->setEnabled(false);
        }
    }
    // Every other window and dialog shows patients or acts on them: they all go, without
    // asking (an export in progress stops, a half-filled dialog is dismissed).
    if (m_reports)
        m_reports->closeWithoutAsking();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == this || !w->isVisible())
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->reject();
        else
            w->close();
    }
    m_lockForm->setPrompt(
        tr("%1 was using this desk. Sign in again, or sign in as yourself.").arg(m_lockedUser));
    m_lockForm->reset(m_lockedUser);
}

void MainWindow::unlocked()
{
    for (const QPointer<QAction> &a : std::as_const(m_lockedActions))
        if (a)
            a->setEnabled(true);
    m_lockedActions.clear();
    menuBar()->setEnabled(true);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->show();
    m_stack->setCurrentIndex(0);
    applyRole();
    reload();
    // Someone else's undo and half-taken call are not theirs.
    if (m_clinic.user() != m_lockedUser) {
        m_undo->clear();
        if (m_clinic.may(Permission::Book))
            m_intake->startNewCall();
    }
}

void MainWindow::applyRole()
{
    const std::optional<Account> account = m_clinic.account();
    for (const auto &[action, permission] : std::as_const(m_roleActions))
        if (action)
            action->setVisible(m_clinic.may(permission));
    const bool books = m_clinic.may(Permission::Book);
    m_callMenu->menuAction()->setVisible(books);
    m_intake->setVisible(books);
    m_tabs->setTabVisible(m_tabs->indexOf(m_calls), books);
    if (auto config = m_clinic.schedule().config())
        m_idle->setMinutes(config->idleLockMinutes);
    if (account) {
        const QString name = account->fullName.isEmpty() ? account->name : account->fullName;
        m_who->setText(tr("%1 (%2)").arg(name, roleLabel(account->role)));
        // A clinician's desk opens on their own schedule.
        if (account->clinicianId && clinicianId() != *account->clinicianId)
            setClinician(*account->clinicianId);
    } else {
        m_who->setText(tr("No accounts yet"));
    }
    // Only someone signed in can be locked out and sign in again.
    if (QAction *lockNow = findChild<QAction *>(QStringLiteral("lockNow")))
        lockNow->setVisible(account.has_value());
    if (account)
        m_idle->start();
    else
        m_idle->stop();
}

ReportsWindow *MainWindow::openReports()
{
    if (!m_reports) {
        m_reports = new ReportsWindow(m_clinic, this);
        m_reports->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
    return m_reports;
}

void MainWindow::followTheDate()
{
    const QString zone = m_config.clinicZone();
    const QDate today = m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())).date();
    if (today == m_today || isLocked())
        return;
    m_today = today;
    startDailyBackup();
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
    const bool week = m_tabs->currentWidget() == m_weekView->parentWidget();
    const ScheduleView *view = week ? m_weekView : m_dayView;
    const DayModel *model = week ? m_weekModel : m_model;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || current.row() >= model->appointments().size())
        return std::nullopt;
    return model->appointments().at(current.row());
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
    // Whole sentences, for the translators: the undo menu's and the status bar's.
    QString undoText;
    QString doneText;
    switch (to) {
    case Status::Arrived:
        undoText = tr("Mark %1 arrived").arg(a->patientName);
        doneText = tr("%1 has arrived.").arg(a->patientName);
        break;
    case Status::Completed:
        undoText = tr("Mark %1's visit completed").arg(a->patientName);
        doneText = tr("%1's visit is completed.").arg(a->patientName);
        break;
    case Status::NoShow:
        undoText = tr("Mark %1 a no-show").arg(a->patientName);
        doneText = tr("%1 is marked a no-show.").arg(a->patientName);
        break;
    default:
        undoText = tr("Mark %1 %2").arg(a->patientName, statusLabel(to));
        doneText = undoText;
        break;
    }
    Clinic &clinic = m_clinic;
    AppointmentCommand::push(m_undoContext, undoText, a->id, *result, [&clinic, to](qint64 id) {
        return clinic.booking().setStatus(id, to);
    });
    report(doneText + QLatin1Char(' ') + tr("Ctrl+Z takes it back."));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_dayView->viewport() && event->type() == QEvent::Paint) {
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

    const QSignalBlocker clinicianBlocker(m_clinician);
    const qint64 chosen = clinicianId();
    m_clinician->clear();
    m_clinician->addItem(tr("All clinicians"), 0);
    for (const Clinician &c : m_config.clinicians)
        m_clinician->addItem(c.name, c.id);
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(chosen)));
}

void MainWindow::onChanged(const ChangeSet &changes)
{
    // A locked desk reads nothing: it reads everything again when someone signs in.
    if (isLocked())
        return;
    // A manager may have changed this desk's role, or the idle time.
    if (changes.setup)
        applyRole();
    m_intake->onChanged(changes);
    m_calls->onChanged(changes);
    if (changes.setup) {
        // Names, hours or closures may have changed: the day is read again, row by row.
        const qint64 shown = locationId();
        const qint64 clinician = clinicianId();
        loadConfig();
        if (locationId() != shown || clinicianId() != clinician) {
            reload();
            return;
        }
    }
    const QDate monday = day().addDays(1 - day().dayOfWeek());
    bool weekTouched = changes.setup;
    for (int i = 0; i < 5 && !weekTouched; ++i)
        weekTouched = changes.touchesDay(monday.addDays(i));
    if (weekTouched)
        reloadWeek();
    if (!changes.setup && !changes.touches(locationId(), day()))
        return;
    auto list = m_clinic.schedule().appointments({day(), day(), locationId(), std::nullopt});
    if (!list) {
        m_summary->setText(list.error().message);
        return;
    }
    // Only the rows that changed move: the selection and the scroll stay where they were.
    m_model->updateAppointments(*list);
    m_dayView->setGrid(dayGrid(*list));
    reloadWaitingRoom();
    showSummary();
}

ScheduleGrid MainWindow::dayGrid(const QList<Appointment> &appointments) const
{
    const qint64 clinician = clinicianId();
    return locationDayGrid(m_config, locationId(), day(), appointments,
                           clinician ? std::optional(clinician) : std::nullopt);
}

void MainWindow::reload()
{
    const QDate day = m_date->date();
    if (m_config.locations.isEmpty()) {
        m_model->setAppointments({});
        m_dayView->setGrid({});
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
    // A clinician chosen: the day follows them to where they work that day.
    if (const Clinician *chosen = m_config.clinician(clinicianId())) {
        auto worksAt = [&](qint64 where) {
            return std::any_of(chosen->shifts.cbegin(), chosen->shifts.cend(), [&](const Shift &s) {
                return s.locationId == where && s.weekday == day.dayOfWeek();
            });
        };
        const bool seenHere = std::any_of(list->cbegin(), list->cend(), [&](const Appointment &a) {
            return a.clinicianId == chosen->id;
        });
        if (!worksAt(locationId()) && !seenHere) {
            for (const Shift &s : chosen->shifts) {
                const Location *other = m_config.location(s.locationId);
                if (s.weekday != day.dayOfWeek() || !other || other->closedDates.contains(day))
                    continue;
                report(tr("%1 works at %2 on this day.").arg(chosen->name, other->name));
                setLocation(other->id); // reloads
                return;
            }
        }
    }
    m_model->setAppointments(list.value());
    m_dayView->setGrid(dayGrid(*list));
    scrollToTheDay(m_dayView);
    reloadWeek();
    reloadWaitingRoom();
    updateTimes();
    showSummary();
    const Clinician *clin = m_config.clinician(clinicianId());
    const QString dayText = QLocale().toString(day, QLocale::LongFormat);
    // Qt adds the application's name ("… — Front Desk").
    setWindowTitle(clin ? tr("%1 at %2, %3").arg(clin->name, loc ? loc->name : QString(), dayText)
                        : tr("%1, %2").arg(loc ? loc->name : QString(), dayText));
}

void MainWindow::reloadWeek()
{
    const qint64 clinician = clinicianId();
    const int weekIndex = m_tabs->indexOf(m_weekView->parentWidget());
    if (!clinician) {
        m_weekModel->setAppointments({});
        m_weekView->setGrid({});
        m_tabs->setTabText(weekIndex, tr("Week"));
        m_tabs->setTabToolTip(weekIndex, tr("Choose a clinician above to see their week"));
        return;
    }
    const QDate monday = day().addDays(1 - day().dayOfWeek());
    auto list =
        m_clinic.schedule().appointments({monday, monday.addDays(4), std::nullopt, clinician});
    if (!list) {
        m_summary->setText(list.error().message);
        return;
    }
    const bool newWeek = m_weekView->grid().columns.isEmpty() ||
                         m_weekView->grid().columns.first().day != monday ||
                         m_weekView->grid().columns.first().clinicianId != clinician;
    m_weekModel->updateAppointments(*list);
    m_weekView->setGrid(clinicianWeekGrid(m_config, clinician, day(), *list));
    if (newWeek)
        scrollToTheDay(m_weekView);
    const Clinician *clin = m_config.clinician(clinician);
    m_tabs->setTabText(weekIndex, tr("Week of %1").arg(clin ? clin->name : QString()));
    m_tabs->setTabToolTip(weekIndex, {});
}

void MainWindow::reloadWaitingRoom()
{
    // Who is waiting now: only today has a waiting room.
    const bool today = day() == locationToday();
    m_waitingLabel->setVisible(today);
    if (!today) {
        m_waitingModel->setRows({});
        m_waiting->setVisible(false);
        return;
    }
    auto waiting = m_clinic.schedule().waitingRoom(day(), locationId());
    if (!waiting)
        return;
    m_waitingModel->setRows(*waiting);
    m_waitingLabel->setText(waiting->isEmpty() ? tr("Waiting room: nobody is waiting.")
                                               : tr("&Waiting room (%1):").arg(waiting->size()));
    m_waiting->setVisible(!waiting->isEmpty());
}

QDate MainWindow::locationToday() const
{
    const Location *loc = m_config.location(locationId());
    const QString zone = loc ? loc->timeZone : QStringLiteral("America/New_York");
    return m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())).date();
}

void MainWindow::updateTimes()
{
    if (isLocked())
        return;
    if (m_waitingLabel->isHidden() == (day() == locationToday()))
        reloadWaitingRoom(); // the day shown became today, or stopped being it
    const QDateTime now = m_clinic.clock().now();
    m_waitingModel->setNow(now.toSecsSinceEpoch());
    for (ScheduleView *view : {m_dayView, m_weekView}) {
        // The "now" line, in the wall clock of the view's first column.
        const QList<ScheduleColumn> &columns = view->grid().columns;
        const Location *loc =
            columns.isEmpty() ? nullptr : m_config.location(columns.first().locationId);
        if (!loc) {
            view->setNow({}, -1);
            continue;
        }
        const QDateTime local = now.toTimeZone(QTimeZone(loc->timeZone.toUtf8()));
        view->setNow(local.date(), local.time().hour() * 60 + local.time().minute());
    }
}

void MainWindow::scrollToTheDay(ScheduleView *view)
{
    // Today opens an hour before now, so what is still to come is in sight; another day at
    // its first visit, or where the first clinician starts.
    const ScheduleGrid &grid = view->grid();
    int minute = grid.lastMinute;
    const QDate today = locationToday();
    bool hasToday = false;
    for (const ScheduleColumn &c : grid.columns) {
        hasToday |= c.day == today;
        if (!c.working.isEmpty())
            minute = std::min(minute, c.working.first().start);
    }
    const DayModel *model = view == m_weekView ? m_weekModel : m_model;
    for (const Appointment &a : model->appointments())
        minute = std::min(minute, a.startMinute);
    if (hasToday) {
        const QTime now =
            m_clinic.clock().now().toTimeZone(QTimeZone(zoneOf(view).toUtf8())).time();
        minute = now.hour() * 60 + now.minute() - 60;
    }
    view->scrollToMinute(minute);
}

QString MainWindow::zoneOf(const ScheduleView *view) const
{
    const QList<ScheduleColumn> &columns = view->grid().columns;
    const Location *loc = columns.isEmpty() ? m_config.location(locationId())
                                            : m_config.location(columns.first().locationId);
    return loc ? loc->timeZone : QStringLiteral("America/New_York");
}

qint64 MainWindow::clinicianId() const
{
    return m_clinician->currentData().toLongLong();
}

void MainWindow::setClinician(qint64 clinicianId)
{
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(clinicianId)));
}

void MainWindow::buildStatusKeys(ScheduleView *view)
{
    // One key on the selected visit, while the day or the week has the focus; the menu's
    // Ctrl+Shift keys do the same from anywhere.
    const struct
    {
        Qt::Key key;
        Status status;
        const char *name;
    } keys[] = {{Qt::Key_A, Status::Arrived, "arrivedKey"},
                {Qt::Key_C, Status::Completed, "completedKey"},
                {Qt::Key_N, Status::NoShow, "noShowKey"}};
    for (const auto &k : keys) {
        auto *action = new QAction(statusLabel(k.status), view);
        action->setObjectName(QString::fromLatin1(k.name));
        action->setShortcut(QKeySequence(k.key));
        action->setShortcutContext(Qt::WidgetShortcut);
        const Status status = k.status;
        connect(action, &QAction::triggered, this, [this, status] { setStatusOfSelected(status); });
        view->addAction(action);
    }
}

void MainWindow::moveBlock(ScheduleView *view, const QModelIndex &index, int column,
                           int startMinute)
{
    const DayModel *model = view == m_weekView ? m_weekModel : m_model;
    if (!index.isValid() || index.row() >= model->appointments().size() ||
        column >= view->grid().columns.size())
        return;
    const Appointment a = model->appointments().at(index.row());
    const ScheduleColumn &target = view->grid().columns.at(column);
    if (target.clinicianId == a.clinicianId && target.day == a.day && startMinute == a.startMinute)
        return; // dropped where it was
    RescheduleRequest request;
    request.day = target.day;
    request.startMinute = startMinute;
    request.clinician = QString::number(target.clinicianId);
    // In a week, the clinician may work at two places that day: the shift holding the new
    // time says which.
    qint64 locationId = target.locationId;
    if (const Clinician *clin = m_config.clinician(target.clinicianId))
        for (const Shift &s : clin->shifts)
            if (s.weekday == target.day.dayOfWeek() && s.startMinute <= startMinute &&
                startMinute < s.endMinute)
                locationId = s.locationId;
    request.location = QString::number(locationId);
    auto result = m_clinic.booking().reschedule(a.id, request);
    if (!result) {
        // Said where the eyes are (the drop) and kept in the status bar.
        const QString why = tr("%1 was not moved: %2").arg(a.patientName, result.error().message);
        report(why);
        QToolTip::showText(QCursor::pos(), why, view);
        return;
    }
    Clinic &clinic = m_clinic;
    AppointmentCommand::push(
        m_undoContext, tr("Move %1 to %2").arg(result->patientName, visitLine(*result)), a.id,
        *result,
        [&clinic, request](qint64 id) { return clinic.booking().reschedule(id, request); });
    report(tr("Moved %1 to %2.").arg(result->patientName, visitLine(*result)));
}

DaySheetOptions MainWindow::sheetOptions() const
{
    DaySheetOptions options;
    options.includePhones = m_sheetPhones->isChecked();
    options.includeCancelled = m_dayView->showsInactive();
    options.locale = QLocale();
    options.pageSize =
        QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                             : QPageSize::A4);
    return options;
}

DaySheet MainWindow::daySheet(const DaySheetOptions &options) const
{
    const Location *loc = m_config.location(locationId());
    const Clinician *clin = m_config.clinician(clinicianId());
    const QString name = loc ? loc->name : QString();
    const QString title = clin ? tr("%1 at %2").arg(clin->name, name) : name;
    const QString zone = loc ? loc->timeZone : QStringLiteral("America/New_York");
    return DaySheet::make(title, day(), m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())),
                          m_dayView->grid(), m_model->appointments(), options);
}

void MainWindow::printDaySheet(QPrinter &printer)
{
    const DaySheetOptions options = sheetOptions();
    paintDaySheet(daySheet(options), options, printer);
}

Result<int> MainWindow::saveDaySheetPdf(const QString &path)
{
    const DaySheetOptions options = sheetOptions();
    return writeDaySheetPdf(daySheet(options), options, path);
}

void MainWindow::previewDaySheet()
{
    QPrinter printer(QPrinter::HighResolution);
    const DaySheetOptions options = sheetOptions();
    printer.setPageSize(options.pageSize);
    printer.setPageOrientation(daySheetOrientation(options));
    printer.setDocName(windowTitle());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Day sheet preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { printDaySheet(*p); });
    preview.exec();
}

void MainWindow::saveDaySheetAs()
{
    const Location *loc = m_config.location(locationId());
    const QString suggested =
        QStringLiteral("%1/day-sheet-%2-%3.pdf")
            .arg(
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                (loc ? loc->name : QString()).toLower().replace(QLatin1Char(' '), QLatin1Char('-')),
                day().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save day sheet as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto pages = saveDaySheetPdf(path);
    report(pages ? tr("Saved the day sheet to %1.").arg(QDir::toNativeSeparators(path))
                 : pages.error().message);
}

void MainWindow::buildFileMenu()
{
    // Not "&File": Alt+F finds the caller among the patients.
    QMenu *sheet = menuBar()->addMenu(tr("Day s&heet"));
    sheet->setToolTipsVisible(true);
    auto add = [&](const QString &text, const QKeySequence &keys, const QString &tip) {
        QAction *a = sheet->addAction(text);
        a->setShortcut(keys);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        addAction(a);
        return a;
    };
    QAction *print = add(tr("&Print…"), QKeySequence::Print,
                         tr("Print the day as shown: the location, or the one clinician chosen"));
    print->setObjectName(QStringLiteral("printDaySheet"));
    connect(print, &QAction::triggered, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        const DaySheetOptions options = sheetOptions();
        printer.setPageSize(options.pageSize);
        printer.setPageOrientation(daySheetOrientation(options));
        printer.setDocName(windowTitle());
        QPrintDialog dialog(&printer, this);
        // The sheet is printed whole: its pages are laid out as it is printed.
        dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
        dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
        dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
        if (dialog.exec() == QDialog::Accepted)
            printDaySheet(printer);
    });
    QAction *preview = add(tr("Print pre&view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           tr("See the day sheet's pages before printing"));
    connect(preview, &QAction::triggered, this, &MainWindow::previewDaySheet);
    QAction *pdf = add(tr("Save as P&DF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                       tr("Save the day sheet as a PDF file"));
    connect(pdf, &QAction::triggered, this, &MainWindow::saveDaySheetAs);
    sheet->addSeparator();
    m_sheetPhones =
        add(tr("P&hone numbers on the sheet"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
            tr("Leave this off for sheets that lie where patients can see them"));
    m_sheetPhones->setObjectName(QStringLiteral("sheetPhones"));
    m_sheetPhones->setCheckable(true);
    m_sheetPhones->setChecked(QSettings().value(QStringLiteral("print/phones"), true).toBool());
    connect(m_sheetPhones, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("print/phones"), on); });
}

void MainWindow::setMySchedule(qint64 clinicianId)
{
    QSettings settings;
    if (clinicianId) {
        settings.setValue(QStringLiteral("mySchedule/clinician"), clinicianId);
        // An id means someone only in the database it was chosen in.
        settings.setValue(QStringLiteral("mySchedule/database"), m_clinic.databaseName());
    } else {
        settings.remove(QStringLiteral("mySchedule"));
    }
    applyMySchedule();
}

qint64 MainWindow::myScheduleClinician() const
{
    const QSettings settings;
    if (settings.value(QStringLiteral("mySchedule/database")).toString() != m_clinic.databaseName())
        return 0;
    return settings.value(QStringLiteral("mySchedule/clinician"), 0).toLongLong();
}

void MainWindow::applyMySchedule()
{
    const qint64 id = myScheduleClinician();
    const Clinician *clin = m_config.clinician(id);
    if (!clin)
        return;
    // Their day: today, at the location of their first shift today (or where they are next).
    const QDate today = firstOpenDay(m_today.isValid() ? m_today : day());
    for (int i = 0; i < 7; ++i) {
        const QDate d = today.addDays(i);
        const auto shift = std::find_if(clin->shifts.cbegin(), clin->shifts.cend(),
                                        [d](const Shift &s) { return s.weekday == d.dayOfWeek(); });
        if (shift != clin->shifts.cend()) {
            const QSignalBlocker blockLocation(m_location);
            const QSignalBlocker blockDate(m_date);
            setLocation(shift->locationId);
            m_date->setDate(d);
            break;
        }
    }
    setClinician(id); // reloads
    reload();
    m_tabs->setCurrentWidget(m_dayPage);
}

void MainWindow::chooseMySchedule()
{
    QStringList names{tr("Nobody: this is a front desk")};
    for (const Clinician &c : m_config.clinicians)
        names.append(c.name);
    const qint64 current = myScheduleClinician();
    int at = 0;
    for (qsizetype i = 0; i < m_config.clinicians.size(); ++i)
        if (m_config.clinicians[i].id == current)
            at = int(i) + 1;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("My schedule"));
    dialog.setLabelText(tr("This computer opens on the day of:"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(names.value(at));
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype index = names.indexOf(dialog.textValue());
    setMySchedule(index > 0 ? m_config.clinicians[index - 1].id : 0);
    if (index == 0)
        setClinician(0);
}

void MainWindow::showSummary()
{
    const QDate day = m_date->date();
    const Location *loc = m_config.location(locationId());
    const Clinician *clin = m_config.clinician(clinicianId());
    int active = 0;
    for (const Appointment &a : m_model->appointments())
        active += holdsSlot(a.status) && (!clin || a.clinicianId == clin->id) ? 1 : 0;
    QString text = active == 1 ? tr("1 appointment") : tr("%1 appointments").arg(active);
    if (clin)
        text = tr("%1 for %2").arg(text, clin->name);
    if (!m_dayView->showsInactive())
        text += QStringLiteral(" · ") + tr("cancelled and no-shows hidden (Ctrl+Shift+H)");
    if (loc && loc->closedDates.contains(day))
        text = tr("%1 is closed on this day.").arg(loc->name);
    else if (day.dayOfWeek() > Qt::Friday)
        text = tr("Weekend: no appointments.");
    m_summary->setText(text);
}

} // namespace fd
