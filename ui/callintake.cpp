// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "callintake.h"

#include "appointmentcommand.h"
#include "booking/bookingservice.h"
#include "booking/readback.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "calendar/walltime.h"
#include "callmodels.h"
#include "clinic/clinic.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fd {

namespace {

constexpr int kSuggestions = 8;

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    label->setPalette(p);
    label->hide();
    return label;
}

QTableView *listView(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    // One line a row, compact: eight suggestions and a handful of patients fit at 1366x768.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    // Columns fit what they hold each time the rows change (a handful of rows: cheap).
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view,
                     [view] { view->resizeColumnsToContents(); });
    QObject::connect(model, &QAbstractItemModel::dataChanged, view,
                     [view] { view->resizeColumnsToContents(); });
    return view;
}

// "Book the highlighted slot (Enter)": what the menu shows, with its key, for the tooltip.
void describe(QAction *action, const QString &tip)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys));
    action->setStatusTip(tip);
}

} // namespace

CallIntake::CallIntake(Clinic &clinic, std::shared_ptr<UndoContext> undo, QWidget *parent)
    : QWidget(parent), m_clinic(clinic), m_undo(std::move(undo)),
      m_matches(new PatientMatchModel(this)), m_slots(new SlotModel(this))
{
    setObjectName(QStringLiteral("callIntake"));
    // Every keystroke ends in one refresh: the timer folds a burst of changes into one.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &CallIntake::refreshNow);

    m_newCall = new QAction(tr("&New call"), this);
    m_newCall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newCall->setShortcutContext(Qt::ApplicationShortcut);
    describe(m_newCall, tr("Clear the form for the next caller"));
    m_book = new QAction(tr("&Book highlighted slot"), this);
    m_book->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_book->setShortcutContext(Qt::WidgetShortcut);
    describe(m_book, tr("Book the highlighted slot"));
    m_later = new QAction(tr("&Later slots"), this);
    m_later->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_later->setShortcutContext(Qt::WidgetShortcut);
    describe(m_later, tr("Suggest slots on later days"));
    m_earlier = new QAction(tr("&Earlier slots"), this);
    m_earlier->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_earlier->setShortcutContext(Qt::WidgetShortcut);
    describe(m_earlier, tr("Suggest slots from earlier days again"));
    m_findPatient = new QAction(tr("&Patients found"), this);
    m_findPatient->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F));
    m_findPatient->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    describe(m_findPatient, tr("Go to the matching patients; Enter picks one"));
    m_copy = new QAction(tr("&Copy read-back"), this);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    describe(m_copy, tr("Copy the read-back to the clipboard"));
    m_stopReschedule = new QAction(tr("&Stop rescheduling"), this);
    m_stopReschedule->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopReschedule->setShortcutContext(Qt::WidgetShortcut);
    m_stopReschedule->setEnabled(false);
    describe(m_stopReschedule, tr("Leave the appointment where it is"));
    // Enter, Escape and the page keys act on the form from its fields (eventFilter(), which
    // never sees a key meant for an open popup or completion list) and, as these shortcuts,
    // from the suggestions list. Alt+F and Ctrl+Shift+C work anywhere on the form.
    addActions({m_findPatient, m_copy});

    connect(m_newCall, &QAction::triggered, this, &CallIntake::startNewCall);
    connect(m_book, &QAction::triggered, this, &CallIntake::bookHighlighted);
    connect(m_later, &QAction::triggered, this, [this] { page(1); });
    connect(m_earlier, &QAction::triggered, this, [this] { page(-1); });
    connect(m_findPatient, &QAction::triggered, this, [this] {
        if (m_matches->rowCount() == 0) {
            report(tr("No patient matches yet: type part of the name, phone or email."));
            return;
        }
        m_lower->setCurrentWidget(m_matchesView);
        m_matchesView->setFocus();
        if (!m_matchesView->currentIndex().isValid() && m_matches->rowCount() > 0)
            m_matchesView->selectRow(0);
    });
    connect(m_copy, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_readBack->toPlainText());
        report(tr("The read-back is on the clipboard."));
    });
    connect(m_stopReschedule, &QAction::triggered, this, [this] {
        startNewCall();
        report(tr("The appointment was left where it was."));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("rescheduleBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfe, 0xf3, 0xc7));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x71, 0x3f, 0x12));
    m_banner->setPalette(bannerPalette);
    m_banner->setMargin(6);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(buildForm());

    m_messageLabel = errorLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("callMessage"));
    layout->addWidget(m_messageLabel);

    // The matching patients, or the read-back once a visit is booked.
    m_lower = new QStackedWidget(this);
    m_matchesView = listView(m_lower, QStringLiteral("matches"), m_matches);
    m_matchesView->setAccessibleName(tr("Patients found"));
    m_matchesView->installEventFilter(this);
    m_lower->addWidget(m_matchesView);
    m_readBack = new QPlainTextEdit(m_lower);
    m_readBack->setObjectName(QStringLiteral("readBack"));
    m_readBack->setReadOnly(true);
    m_readBack->setAccessibleName(tr("Read-back for the caller"));
    m_readBack->setTabChangesFocus(true);
    m_lower->addWidget(m_readBack);
    auto *lowerLabel =
        new QLabel(tr("Patients found (Alt+F), or the read-back after booking:"), this);
    layout->addWidget(lowerLabel);
    // The rest of the height shared: eight suggestions in full, the patients found above.
    layout->addWidget(m_lower, 2);

    m_slotsLabel = new QLabel(tr("S&uggested slots"), this);
    layout->addWidget(m_slotsLabel);
    m_slotsView = listView(this, QStringLiteral("suggestions"), m_slots);
    m_slotsView->setAccessibleName(tr("Suggested slots"));
    m_slotsLabel->setBuddy(m_slotsView);
    m_slotsView->addActions({m_book, m_later, m_earlier, m_stopReschedule});
    layout->addWidget(m_slotsView, 3);

    auto *buttons = new QHBoxLayout;
    // "Book (Return)": the key as this platform names it, from the action itself.
    auto label = [](const QString &text, QAction *a) {
        return QStringLiteral("%1 (%2)").arg(text,
                                             a->shortcut().toString(QKeySequence::NativeText));
    };
    m_bookButton = new QPushButton(label(tr("Book"), m_book), this);
    m_bookButton->setObjectName(QStringLiteral("bookButton"));
    m_bookButton->setAccessibleName(tr("Book the highlighted slot"));
    connect(m_bookButton, &QPushButton::clicked, this, &CallIntake::bookHighlighted);
    auto *earlier = new QPushButton(QStringLiteral("◀ ") + label(tr("Earlier"), m_earlier), this);
    earlier->setAccessibleName(tr("Earlier slots"));
    connect(earlier, &QPushButton::clicked, m_earlier, &QAction::trigger);
    auto *later = new QPushButton(label(tr("Later"), m_later) + QStringLiteral(" ▶"), this);
    later->setAccessibleName(tr("Later slots"));
    connect(later, &QPushButton::clicked, m_later, &QAction::trigger);
    auto *copy = new QPushButton(label(tr("Copy"), m_copy), this);
    copy->setAccessibleName(tr("Copy the read-back"));
    connect(copy, &QPushButton::clicked, m_copy, &QAction::trigger);
    buttons->addWidget(m_bookButton);
    buttons->addWidget(earlier);
    buttons->addWidget(later);
    buttons->addStretch(1);
    buttons->addWidget(copy);
    layout->addLayout(buttons);

    // The form's order is the tab order: the caller's details, then what they ask for.
    QList<QWidget *> order{m_name, m_phone, m_email};
    for (QCheckBox *day : m_days)
        order.append(day);
    order.append({m_part, m_type, m_location, m_service, m_clinician, m_reason, m_carrier,
                  m_memberId, m_pending, m_slotsView, m_bookButton, earlier, later, copy,
                  m_matchesView, m_readBack});
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    // Enter books from any field; the arrows move through the suggestions from the text fields.
    // A focused button takes Enter itself (auto-default) and the form's other keys like a field.
    for (QPushButton *button : {m_bookButton, earlier, later, copy})
        button->setAutoDefault(true);
    for (QWidget *w : std::as_const(order))
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w))
            w->installEventFilter(this);

    connectRefresh();
    // Once a change is undone or redone, the read-back on screen may no longer be true.
    // Only when the history goes back past this call's booking: other changes pushed meanwhile
    // (a confirmation call, a status key) leave the caller booked.
    connect(&m_undo->stack, &QUndoStack::indexChanged, this, [this](int index) {
        if (m_bookedIndex < 0 || index >= m_bookedIndex)
            return;
        m_bookedIndex = -1;
        m_readBack->clear();
        m_lower->setCurrentWidget(m_matchesView);
        m_justBooked = false;
    });
}

QWidget *CallIntake::buildForm()
{
    auto *box = new QGroupBox(tr("Caller"), this);
    auto *grid = new QGridLayout(box);
    grid->setVerticalSpacing(2);
    int row = 0;
    // A labelled field with the line under it for what is wrong with it.
    auto field = [&](const QString &label, QWidget *widget, const QString &coreField, int r,
                     int column, int span = 1) {
        auto *l = new QLabel(label, box);
        l->setBuddy(widget);
        widget->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        grid->addWidget(l, r, column);
        grid->addWidget(widget, r, column + 1, 1, span);
        if (!coreField.isEmpty()) {
            QLabel *error = errorLabel(box);
            error->setObjectName(coreField + QStringLiteral("Error"));
            grid->addWidget(error, r + 1, column + 1, 1, span);
            m_fieldErrors.insert(coreField, error);
        }
    };

    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Any part of the name"));
    m_phone = new QLineEdit(box);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("(201) 555-0123"));
    m_email = new QLineEdit(box);
    m_email->setObjectName(QStringLiteral("email"));
    field(tr("&Name"), m_name, QStringLiteral("name"), row, 0);
    field(tr("&Phone"), m_phone, QStringLiteral("phone"), row, 2);
    field(tr("E&mail"), m_email, QStringLiteral("email"), row, 4);
    row += 2;

    auto *days = new QWidget(box);
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList names{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri")};
    for (int d = 0; d < 5; ++d) {
        auto *check = new QCheckBox(names[d], days);
        check->setObjectName(QStringLiteral("day%1").arg(d + 1));
        check->setAccessibleName(QLocale().dayName(d + 1));
        m_days.append(check);
        daysLayout->addWidget(check);
    }
    daysLayout->addStretch(1);
    // Not a buddy: a label's mnemonic clicks a check box buddy. Alt+D only goes there.
    auto *daysLabel = new QLabel(tr("Days (Alt+D)"), box);
    auto *toDays = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_D), this);
    toDays->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toDays, &QShortcut::activated, this, [this] { m_days.first()->setFocus(); });
    grid->addWidget(daysLabel, row, 0);
    grid->addWidget(days, row, 1, 1, 3);
    m_part = new QComboBox(box);
    m_part->setObjectName(QStringLiteral("part"));
    m_part->addItem(tr("Any time"), static_cast<int>(DayPart::Any));
    m_part->addItem(tr("AM"), static_cast<int>(DayPart::Am));
    m_part->addItem(tr("PM"), static_cast<int>(DayPart::Pm));
    field(tr("&Time"), m_part, {}, row, 4);
    row += 1;

    m_type = new QComboBox(box);
    m_type->setObjectName(QStringLiteral("type"));
    for (AppointmentType t :
         {AppointmentType::New, AppointmentType::FollowUp, AppointmentType::SelfPay})
        m_type->addItem(typeLabel(t), static_cast<int>(t));
    m_location = new QComboBox(box);
    m_location->setObjectName(QStringLiteral("location"));
    m_service = new QComboBox(box);
    m_service->setObjectName(QStringLiteral("service"));
    m_clinician = new QComboBox(box);
    m_clinician->setObjectName(QStringLiteral("clinician"));
    // "Any location", "Cualquier profesional": the choices are read whole, in any language.
    for (QComboBox *choice : {m_location, m_service, m_clinician})
        choice->setMinimumContentsLength(18);
    field(tr("T&ype"), m_type, QStringLiteral("type"), row, 0);
    field(tr("&Location"), m_location, QStringLiteral("location"), row, 2);
    row += 2;
    field(tr("&Service"), m_service, QStringLiteral("service"), row, 0);
    field(tr("Cl&inician"), m_clinician, QStringLiteral("clinician"), row, 2);
    row += 2;

    m_reason = new QLineEdit(box);
    m_reason->setObjectName(QStringLiteral("reason"));
    auto *completer = new QCompleter(commonConditions(), m_reason);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_reason->setCompleter(completer);
    field(tr("Reas&on"), m_reason, QStringLiteral("reason"), row, 0, 5);
    row += 2;

    // A new patient's insurance: carrier and member id, or pending.
    m_insurance = new QWidget(box);
    auto *insurance = new QHBoxLayout(m_insurance);
    insurance->setContentsMargins(0, 0, 0, 0);
    m_carrier = new QLineEdit(m_insurance);
    m_carrier->setObjectName(QStringLiteral("insurance"));
    m_carrier->setAccessibleName(tr("Insurance carrier"));
    m_memberId = new QLineEdit(m_insurance);
    m_memberId->setObjectName(QStringLiteral("memberId"));
    m_memberId->setAccessibleName(tr("Member id"));
    m_pending = new QCheckBox(tr("Pendin&g"), m_insurance);
    m_pending->setObjectName(QStringLiteral("pending"));
    m_pending->setAccessibleName(tr("Insurance pending"));
    auto *carrierLabel = new QLabel(tr("Insu&rance carrier"), m_insurance);
    carrierLabel->setBuddy(m_carrier);
    auto *memberLabel = new QLabel(tr("Mem&ber id"), m_insurance);
    memberLabel->setBuddy(m_memberId);
    insurance->addWidget(carrierLabel);
    insurance->addWidget(m_carrier, 2);
    insurance->addWidget(memberLabel);
    insurance->addWidget(m_memberId, 1);
    insurance->addWidget(m_pending);
    grid->addWidget(m_insurance, row, 0, 1, 6);
    for (const char *f : {"insurance", "member-id"}) {
        QLabel *error = errorLabel(box);
        error->setObjectName(QString::fromLatin1(f) + QStringLiteral("Error"));
        grid->addWidget(error, row + 1 + (f[0] == 'm'), 0, 1, 6);
        m_fieldErrors.insert(QString::fromLatin1(f), error);
    }
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 2);
    return box;
}

void CallIntake::connectRefresh()
{
    auto typed = [this](PatientField f) {
        return [this, f] {
            // Typing over a picked caller means another caller.
            m_patientId.reset();
            m_duplicateAcknowledged = false;
            m_searchField = f;
            m_searchPending = true;
            formEdited();
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, typed(PatientField::Name));
    connect(m_phone, &QLineEdit::textEdited, this, typed(PatientField::Phone));
    connect(m_email, &QLineEdit::textEdited, this, typed(PatientField::Email));
    for (QCheckBox *day : std::as_const(m_days))
        connect(day, &QCheckBox::toggled, this, &CallIntake::formEdited);
    for (QComboBox *combo : {m_part, m_type, m_location, m_service, m_clinician})
        connect(combo, &QComboBox::currentIndexChanged, this, &CallIntake::formEdited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CallIntake::updateTypeDependentFields);
    connect(m_pending, &QCheckBox::toggled, this, [this](bool pending) {
        m_carrier->setEnabled(!pending);
        m_memberId->setEnabled(!pending);
    });
    connect(m_slotsView, &QTableView::doubleClicked, this, &CallIntake::bookHighlighted);
    connect(m_matchesView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { pickMatch(index.row()); });
}

void CallIntake::setConfig(const ClinicConfig &config)
{
    m_config = config;
    m_slots->setConfig(config);
    auto fill = [](QComboBox *combo, const QString &any, const auto &items) {
        const QSignalBlocker blocker(combo);
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(any, QVariant());
        for (const auto &item : items)
            combo->addItem(item.name, item.id);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    fill(m_location, tr("Any location"), config.locations);
    fill(m_service, tr("Any service"), config.services);
    fill(m_clinician, tr("Any clinician"), config.clinicians);
    scheduleRefresh();
}

QDate CallIntake::today() const
{
    const QString zone = m_config.clinicZone();
    return localDate(zone, m_clinic.clock().now());
}

void CallIntake::startNewCall()
{
    m_rescheduling.reset();
    m_patientId.reset();
    m_duplicateAcknowledged = false;
    m_banner->hide();
    m_stopReschedule->setEnabled(false);
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_reason, m_carrier, m_memberId}) {
        edit->clear();
        edit->setEnabled(true);
    }
    for (QCheckBox *day : std::as_const(m_days))
        day->setChecked(false);
    m_pending->setChecked(false);
    for (QComboBox *combo : {m_part, m_location, m_service, m_clinician})
        combo->setCurrentIndex(0);
    m_type->setEnabled(true);
    m_type->setCurrentIndex(0); // a caller nobody has found yet is a new patient
    updateTypeDependentFields();
    m_readBack->clear();
    m_matches->setRows({});
    m_lower->setCurrentWidget(m_matchesView);
    clearErrors();
    m_after.reset();
    m_justBooked = false;
    m_bookedIndex = -1;
    window()->activateWindow();
    m_name->setFocus();
    scheduleRefresh();
}

void CallIntake::startReschedule(const Appointment &appointment)
{
    startNewCall();
    m_rescheduling = appointment;
    m_patientId = appointment.patientId;
    m_name->setText(appointment.patientName);
    m_phone->setText(phoneForPeople(appointment.patientPhone));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(appointment.type)));
    m_clinician->setCurrentIndex(std::max(0, m_clinician->findData(appointment.clinicianId)));
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_phone),
                       static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_type)})
        w->setEnabled(false);
    m_insurance->hide();
    m_banner->setText(tr("Moving %1's visit of %2. Pick a new slot and press Enter; Esc leaves "
                         "it where it is.")
                          .arg(appointment.patientName, visitLine(appointment)));
    m_banner->show();
    m_stopReschedule->setEnabled(true);
    refreshNow();
    m_slotsView->setFocus();
}

void CallIntake::updateTypeDependentFields()
{
    const auto type = static_cast<AppointmentType>(m_type->currentData().toInt());
    m_insurance->setVisible(type == AppointmentType::New && !m_rescheduling);
}

void CallIntake::scheduleRefresh()
{
    m_refresh.start();
}

void CallIntake::formEdited()
{
    m_after.reset();
    m_justBooked = false;
    m_bookedIndex = -1;
    clearErrors();
    scheduleRefresh();
}

void CallIntake::refreshNow()
{
    m_refresh.stop();
    // Both reads run on this thread and stay bounded: SQLite's WAL lets a reader see the last
    // commit without waiting for another desk's write lock, a patient search reads at most a
    // page of an index, and the slot finder a few weeks of one table.
    if (m_searchPending) {
        m_searchPending = false;
        refreshMatches();
    }
    refreshSuggestions();
}

void CallIntake::refreshMatches()
{
    const QString text = m_searchField == PatientField::Name    ? m_name->text()
                         : m_searchField == PatientField::Phone ? m_phone->text()
                                                                : m_email->text();
    auto found = m_clinic.patients().find(m_searchField, text, 8);
    if (!found) {
        report(found.error().message);
        return;
    }
    m_matches->setRows(*found);
    // The read-back stays up while the caller is on the line.
    if (!m_matches->rows().isEmpty() && !m_justBooked)
        m_lower->setCurrentWidget(m_matchesView);
}

void CallIntake::refreshSuggestions()
{
    if (m_config.locations.isEmpty())
        return;
    SlotQuery query;
    query.type = static_cast<AppointmentType>(m_type->currentData().toInt());
    if (const QVariant v = m_location->currentData(); v.isValid())
        query.locationId = v.toLongLong();
    if (const QVariant v = m_clinician->currentData(); v.isValid())
        query.clinicianId = v.toLongLong();
    if (const QVariant v = m_service->currentData(); v.isValid())
        query.serviceId = v.toLongLong();
    for (int d = 0; d < m_days.size(); ++d)
        if (m_days[d]->isChecked())
            query.weekdays.insert(d + 1);
    query.part = static_cast<DayPart>(m_part->currentData().toInt());
    query.from = m_after ? m_after->day : today();
    query.after = m_after;
    query.limit = kSuggestions;
    // Not at the times the caller is already booked at, the visit being moved apart.
    query.patientId = m_patientId;
    if (m_rescheduling)
        query.movingAppointmentId = m_rescheduling->id;
    // The mark first: a slot another desk fills after it is "just taken", not "full".
    auto mark = m_clinic.schedule().mark();
    auto found = mark ? m_clinic.slotFinder().find(query) : Result<QList<Slot>>(mark.error());
    if (!found) {
        // Said beside the form; the suggestions shown can no longer be trusted.
        m_slots->setRows({});
        m_messageLabel->setText(found.error().message);
        m_messageLabel->show();
        m_refreshFailed = true;
        return;
    }
    if (m_refreshFailed) {
        m_refreshFailed = false;
        m_messageLabel->hide();
    }
    m_seenMark = *mark;
    const bool hadSelection = highlightedSlot() != nullptr;
    m_slots->setRows(*found);
    if (!hadSelection || !highlightedSlot())
        selectSlot(0);
    m_slotsLabel->setText(
        found->isEmpty()
            ? tr("S&uggested slots: none free for what is asked; change a field or press Page "
                 "Down")
        : m_after ? tr("S&uggested slots after %1, %2")
                        .arg(QLocale().toString(m_after->day, QLocale::LongFormat),
                             timeOfDayText(m_after->startMinute))
                  : tr("S&uggested slots from %1")
                        .arg(QLocale().toString(query.from, QLocale::LongFormat)));
}

const Slot *CallIntake::highlightedSlot() const
{
    const QModelIndex current = m_slotsView->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_slots->rowCount() ||
        !m_slotsView->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return &m_slots->at(current.row());
}

void CallIntake::selectSlot(int row)
{
    if (row < 0 || row >= m_slots->rowCount()) {
        m_slotsView->selectionModel()->clear();
        return;
    }
    m_slotsView->selectionModel()->setCurrentIndex(
        m_slots->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_slotsView->scrollTo(m_slots->index(row, 0));
}

void CallIntake::moveSlotSelection(int delta)
{
    const QModelIndex current = m_slotsView->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() + delta : 0;
    selectSlot(std::clamp(row, 0, std::max(0, m_slots->rowCount() - 1)));
}

void CallIntake::page(int direction)
{
    if (direction > 0) {
        // The next suggestions after the last one shown, the same day's later times first;
        // with none shown, a week on from where these looked.
        if (m_slots->rows().isEmpty()) {
            const QDate from = m_after ? m_after->day : today();
            m_after = Slot{from.addDays(6), 24 * 60, 24 * 60, 0, 0, AppointmentType::New};
        } else {
            m_after = m_slots->rows().last();
        }
    } else {
        m_after.reset();
    }
    refreshNow();
    selectSlot(0);
}

void CallIntake::pickMatch(int row)
{
    if (row < 0 || row >= m_matches->rowCount())
        return;
    const Patient p = m_matches->at(row).patient;
    m_patientId = p.id;
    m_duplicateAcknowledged = false;
    m_name->setText(p.name);
    m_phone->setText(phoneForPeople(p.phone));
    m_email->setText(p.email);
    // A patient already on the books is a follow-up.
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(AppointmentType::FollowUp)));
    clearErrors();
    report(tr("%1 picked: a follow-up visit.").arg(p.name));
    m_days.first()->setFocus();
}

void CallIntake::bookHighlighted()
{
    // What is highlighted must be what the form now asks for.
    if (m_refresh.isActive())
        refreshNow();
    clearErrors();
    if (m_justBooked) {
        showError({ErrorKind::Rule, QString(),
                   tr("This caller is booked. Ctrl+N starts the next call; to book them another "
                      "visit, change what they ask for first.")});
        return;
    }
    const Slot *slot = highlightedSlot();
    if (!slot) {
        showError({ErrorKind::Rule, QString(),
                   tr("No slot is highlighted: change what is asked for, or press Page Down for "
                      "later days.")});
        return;
    }
    const Slot chosen = *slot;
    if (m_rescheduling)
        reschedule(chosen);
    else
        book(chosen);
}

void CallIntake::book(const Slot &slot)
{
    BookingRequest r;
    r.type = static_cast<AppointmentType>(m_type->currentData().toInt());
    r.name = m_name->text();
    r.phone = m_phone->text();
    r.email = m_email->text();
    r.location = QString::number(slot.locationId);
    r.clinician = QString::number(slot.clinicianId);
    if (const QVariant v = m_service->currentData(); v.isValid())
        r.service = QString::number(v.toLongLong());
    r.day = slot.day;
    r.startMinute = slot.startMinute;
    r.reason = m_reason->text();
    if (r.type == AppointmentType::New && !m_pending->isChecked()) {
        r.insuranceCarrier = m_carrier->text();
        r.memberId = m_memberId->text();
    }
    r.seenMark = m_seenMark;

    // Someone at the same number with a similar name is shown before a new record is made.
    if (r.type != AppointmentType::FollowUp && !m_patientId && !m_duplicateAcknowledged) {
        auto likely = m_clinic.patients().likelyDuplicates(r.name, r.phone);
        if (likely && !likely->isEmpty()) {
            m_duplicateAcknowledged = true;
            m_searchField = PatientField::Phone;
            refreshMatches();
            showError(ruleError(
                QStringLiteral("name"),
                tr("%1 is already registered at this number and may be the same person. Pick "
                   "them from the patients found (Alt+F), or press Enter again to register a "
                   "new patient.")
                    .arg(likely->first().name)));
            return;
        }
    }
    r.confirmedNewPatient = m_duplicateAcknowledged;

    auto result = m_clinic.booking().book(r);
    if (!result) {
        showError(result.error());
        return;
    }
    BookingRequest again = r;
    again.seenMark.reset();
    again.confirmedNewPatient = true;
    Clinic &clinic = m_clinic;
    AppointmentCommand::push(m_undo, tr("Book %1, %2").arg(result->patientName, visitLine(*result)),
                             std::nullopt, *result,
                             [&clinic, again](qint64) { return clinic.booking().book(again); });
    m_patientId = result->patientId;
    m_justBooked = true;
    m_bookedIndex = m_undo->stack.index();
    showReadBack(*result);
    // Out of the text fields, where Ctrl+Z would undo typing instead of the booking.
    m_slotsView->setFocus();
    report(tr("Booked %1, %2.").arg(result->patientName, visitLine(*result)));
    emit booked(*result);
    refreshNow();
}

void CallIntake::reschedule(const Slot &slot)
{
    const Appointment old = *m_rescheduling;
    RescheduleRequest r;
    r.day = slot.day;
    r.startMinute = slot.startMinute;
    r.clinician = QString::number(slot.clinicianId);
    r.location = QString::number(slot.locationId);
    r.seenMark = m_seenMark;
    auto result = m_clinic.booking().reschedule(old.id, r);
    if (!result) {
        showError(result.error());
        return;
    }
    RescheduleRequest again = r;
    again.seenMark.reset();
    Clinic &clinic = m_clinic;
    AppointmentCommand::push(
        m_undo, tr("Move %1 to %2").arg(result->patientName, visitLine(*result)), old.id, *result,
        [&clinic, again](qint64 id) { return clinic.booking().reschedule(id, again); });
    m_rescheduling.reset();
    m_justBooked = true;
    m_bookedIndex = m_undo->stack.index();
    m_stopReschedule->setEnabled(false);
    m_banner->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_phone),
                       static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_type)})
        w->setEnabled(true);
    updateTypeDependentFields();
    showReadBack(*result);
    m_slotsView->setFocus();
    report(tr("Moved %1 to %2.").arg(result->patientName, visitLine(*result)));
    emit booked(*result);
    refreshNow();
}

void CallIntake::showReadBack(const Appointment &appointment)
{
    auto patient = m_clinic.patients().patient(appointment.patientId);
    if (!patient) {
        report(patient.error().message);
        return;
    }
    m_readBack->setPlainText(readBack(appointment, *patient, m_config));
    m_lower->setCurrentWidget(m_readBack);
}

QString CallIntake::readBackText() const
{
    return m_readBack->toPlainText();
}

std::optional<Appointment> CallIntake::highlightedMatchVisit() const
{
    const QModelIndex current = m_matchesView->currentIndex();
    if (!current.isValid() || current.row() >= m_matches->rowCount())
        return std::nullopt;
    return m_matches->at(current.row()).nextVisit;
}

bool CallIntake::matchesHaveFocus() const
{
    return m_matchesView->hasFocus() && m_lower->currentWidget() == m_matchesView;
}

void CallIntake::clearErrors()
{
    for (QLabel *label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
    m_messageLabel->clear();
    m_messageLabel->hide();
}

void CallIntake::showError(const Error &error)
{
    if (error.kind == ErrorKind::Conflict) {
        // Another desk got there first: everything typed stays, the next best is highlighted.
        refreshNow();
        selectSlot(0);
        m_messageLabel->setText(tr("Another desk took that slot a moment ago (%1). The next "
                                   "best slot is highlighted: press Enter to book it.")
                                    .arg(error.message));
        m_messageLabel->show();
        m_slotsView->setFocus();
        return;
    }
    QLabel *label = m_fieldErrors.value(error.field);
    const bool insuranceField =
        error.field == QLatin1String("insurance") || error.field == QLatin1String("member-id");
    if (!label || (insuranceField && m_insurance->isHidden())) {
        m_messageLabel->setText(error.toString());
        m_messageLabel->show();
        return;
    }
    label->setText(error.message);
    label->show();
    static const QHash<QString, QString> widgetOf{
        {QStringLiteral("member-id"), QStringLiteral("memberId")}};
    const QString name = widgetOf.value(error.field, error.field);
    if (auto *w = findChild<QWidget *>(name); w && w->isEnabled())
        w->setFocus();
}

void CallIntake::report(const QString &text)
{
    emit message(text);
}

void CallIntake::onChanged(const ChangeSet &)
{
    // A booking anywhere may take a suggested slot, or add a visit to a match.
    if (!m_matches->rows().isEmpty())
        m_searchPending = true;
    scheduleRefresh();
}

bool CallIntake::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_matchesView) {
            // Enter picks the caller; Escape still leaves a reschedule; the rest is the list's.
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                pickMatch(m_matchesView->currentIndex().row());
                return true;
            }
            return key->key() == Qt::Key_Escape && formKey(watched, key);
        }
        if (formKey(watched, key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool CallIntake::formKey(QObject *watched, const QKeyEvent *key)
{
    // Only keys with no modifier (the keypad's Enter carries one); the fields' own keys, and
    // those of their popups and completion lists (which never pass here), stay theirs.
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // A focused button does what it says.
        if (qobject_cast<QPushButton *>(watched))
            return false;
        bookHighlighted();
        return true;
    case Qt::Key_Escape:
        if (!m_rescheduling)
            return false;
        m_stopReschedule->trigger();
        return true;
    case Qt::Key_PageDown:
        page(1);
        return true;
    case Qt::Key_PageUp:
        page(-1);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
        // In the text fields only: a combo box's arrows choose its value.
        if (!qobject_cast<QLineEdit *>(watched))
            return false;
        moveSlotSelection(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    default:
        return false;
    }
}

} // namespace fd
