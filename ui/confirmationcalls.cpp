// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "confirmationcalls.h"

#include "appointmentcommand.h"
#include "booking/bookingservice.h"
#include "callmodels.h"
#include "clinic/clinic.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

ConfirmationCalls::ConfirmationCalls(Clinic &clinic, std::shared_ptr<UndoContext> undo,
                                     QWidget *parent)
    : QWidget(parent), m_clinic(clinic), m_undo(std::move(undo)), m_model(new CallListModel(this))
{
    setObjectName(QStringLiteral("confirmationCalls"));
    auto action = [this](const QString &text, Qt::Key key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setShortcut(QKeySequence(key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        addAction(a);
        return a;
    };
    m_confirmed = action(tr("&Confirmed"), Qt::Key_F6, tr("The patient confirmed the visit"));
    m_leftMessage = action(tr("&Left message"), Qt::Key_F7, tr("A message was left"));
    m_unreachable = action(tr("&Unreachable"), Qt::Key_F8, tr("Nobody could be reached"));
    connect(m_confirmed, &QAction::triggered, this, [this] { record(CallOutcome::Confirmed); });
    connect(m_leftMessage, &QAction::triggered, this, [this] { record(CallOutcome::LeftMessage); });
    connect(m_unreachable, &QAction::triggered, this, [this] { record(CallOutcome::Unreachable); });

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("callsLeft"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("callList"));
    m_view->setAccessibleName(tr("Confirmation calls"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_confirmed, m_leftMessage, m_unreachable}) {
        auto *button = new QPushButton(
            QStringLiteral("%1 (%2)").arg(QString(a->text()).remove(QLatin1Char('&')),
                                          a->shortcut().toString(QKeySequence::NativeText)),
            this);
        button->setAccessibleName(QString(a->text()).remove(QLatin1Char('&')));
        button->setToolTip(a->toolTip());
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void ConfirmationCalls::setDay(QDate day)
{
    m_day = day;
    reload();
}

int ConfirmationCalls::openCount() const
{
    return m_model->openCount();
}

std::optional<Appointment> ConfirmationCalls::highlighted() const
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->at(row).appointment;
}

void ConfirmationCalls::reload()
{
    auto calls = m_clinic.schedule().confirmationCalls(m_day);
    if (!calls) {
        emit message(calls.error().message);
        return;
    }
    const int before = openCount();
    m_model->setRows(*calls);
    if (!m_view->currentIndex().isValid()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->at(r).open()) {
                m_view->selectRow(r);
                break;
            }
    }
    updateSummary();
    if (openCount() != before)
        emit openCountChanged(openCount());
}

void ConfirmationCalls::onChanged(const ChangeSet &changes)
{
    if (changes.setup || changes.touchesDay(m_day))
        reload();
}

void ConfirmationCalls::updateSummary()
{
    const int open = openCount();
    const QString day = QLocale().toString(m_day, QLocale::LongFormat);
    m_summary->setText(
        open == 0 ? tr("Calls for %1: none left (%2 visits).").arg(day).arg(m_model->rowCount())
                  : tr("Calls for %1: %2 left of %3.").arg(day).arg(open).arg(m_model->rowCount()));
}

void ConfirmationCalls::record(CallOutcome outcome)
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        emit message(tr("Pick a visit in the list first."));
        return;
    }
    const Appointment a = m_model->at(row).appointment;
    auto result = m_clinic.booking().recordCall(a.id, outcome);
    if (!result) {
        emit message(result.error().message);
        return;
    }
    // A mistaken key is undone: the call is withdrawn, with the confirmation it made.
    CallCommand::push(
        m_undo, tr("%1 for %2, %3").arg(callOutcomeLabel(outcome), a.patientName, visitLine(a)),
        a.id, outcome, result->callId, result->appointment.stepId);
    emit message(tr("%1: %2.").arg(a.patientName, callOutcomeLabel(outcome)));
    reload();
    // On to the next call still to make.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const int next = (row + 1 + r) % m_model->rowCount();
        if (m_model->at(next).open()) {
            m_view->selectRow(next);
            break;
        }
    }
}

} // namespace fd
