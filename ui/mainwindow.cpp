// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "booking/scheduleservice.h"
#include "clinic/clinic.h"
#include "daymodel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>

namespace fd {

MainWindow::MainWindow(Clinic &clinic, QWidget *parent)
    : QMainWindow(parent), m_clinic(clinic), m_model(new DayModel(this))
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
    toolbar->addWidget(m_location);
    toolbar->addSeparator();

    QAction *previous = toolbar->addAction(tr("◀ Previous"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    m_date = new QDateEdit(toolbar);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
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
    setCentralWidget(m_table);
    m_table->viewport()->installEventFilter(this);
    m_summary = new QLabel(this);
    statusBar()->addWidget(m_summary, 1);

    loadConfig();

    const QString zone = m_config.locations.isEmpty() ? QStringLiteral("America/New_York")
                                                      : m_config.locations.first().timeZone;
    const QDate localToday = m_clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())).date();
    m_date->setDate(firstOpenDay(localToday));

    connect(m_location, &QComboBox::currentIndexChanged, this, &MainWindow::reload);
    connect(m_date, &QDateEdit::dateChanged, this, &MainWindow::reload);
    connect(previous, &QAction::triggered, this, [this] { step(-1); });
    connect(next, &QAction::triggered, this, [this] { step(1); });
    connect(today, &QAction::triggered, this, [this, localToday] { m_date->setDate(localToday); });
    reload();
    // Our own commits and other desks' both arrive here; only the rows that changed move.
    connect(&m_clinic, &Clinic::changed, this, &MainWindow::onChanged);
    m_clinic.watchOtherDesks(true);
    resize(1100, 700);
    // The day is what people read first; arrow keys move through it at once.
    m_table->setFocus();
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
        tr("Front Desk — %1, %2")
            .arg(loc ? loc->name : QString(), QLocale().toString(day, QLocale::LongFormat)));
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
