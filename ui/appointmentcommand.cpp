// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appointmentcommand.h"

#include "booking/bookingservice.h"
#include "clinic/clinic.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace fd {

namespace {
// The reason a correction made by Undo records: kept in the audit in one language, whatever
// the language of the window that made it.
const QString kUndoReason = QStringLiteral("Undone at the front desk");

// The core refused an undo or a redo: the history no longer matches the book. Said, and the
// stack cleared once the stack's own undo() or redo() has returned.
void historyBroken(UndoContext &context, QUndoCommand &command, const QString &message)
{
    context.report(
        QCoreApplication::translate("fd::AppointmentCommand", "%1. The undo history was cleared.")
            .arg(message));
    command.setObsolete(true);
    QMetaObject::invokeMethod(&context.stack, &QUndoStack::clear, Qt::QueuedConnection);
}

QString cannotUndo(const QString &what, const Error &error)
{
    return QCoreApplication::translate("fd::AppointmentCommand", "Cannot undo \"%1\": %2")
        .arg(what, error.message);
}

QString cannotRedo(const QString &what, const Error &error)
{
    return QCoreApplication::translate("fd::AppointmentCommand", "Cannot redo \"%1\": %2")
        .arg(what, error.message);
}

void said(UndoContext &context, const char *which, const QString &what)
{
    context.report(QCoreApplication::translate("fd::AppointmentCommand", which).arg(what));
}
} // namespace

AppointmentIds::Cell AppointmentIds::cell(qint64 id)
{
    if (Cell existing = m_cells.value(id).lock())
        return existing;
    auto created = std::make_shared<qint64>(id);
    m_cells.insert(id, created);
    return created;
}

void AppointmentIds::moved(const Cell &cell, qint64 id)
{
    *cell = id;
    m_cells.insert(id, cell);
}

void AppointmentCommand::push(const std::shared_ptr<UndoContext> &context, const QString &text,
                              std::optional<qint64> source, const Appointment &done,
                              Operation again)
{
    AppointmentIds::Cell sourceCell = source ? context->ids.cell(*source) : nullptr;
    context->stack.push(
        new AppointmentCommand(context, text, std::move(sourceCell), done, std::move(again)));
}

AppointmentCommand::AppointmentCommand(const std::shared_ptr<UndoContext> &context,
                                       const QString &text, AppointmentIds::Cell source,
                                       const Appointment &done, Operation again)
    : QUndoCommand(text), m_context(context), m_source(std::move(source)),
      m_result(context->ids.cell(done.id)), m_done(done), m_again(std::move(again))
{}

void AppointmentCommand::undo()
{
    auto r = m_context->clinic.booking().correct(*m_result, kUndoReason, m_done.stepId);
    if (!r)
        return historyBroken(*m_context, *this, cannotUndo(text(), r.error()));
    said(*m_context, QT_TRANSLATE_NOOP("fd::AppointmentCommand", "Undone: %1."), text());
}

void AppointmentCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    auto r = m_again(m_source ? *m_source : 0);
    if (!r)
        return historyBroken(*m_context, *this, cannotRedo(text(), r.error()));
    m_done = *r;
    m_context->ids.moved(m_result, r->id);
    said(*m_context, QT_TRANSLATE_NOOP("fd::AppointmentCommand", "Redone: %1."), text());
}

void CallCommand::push(const std::shared_ptr<UndoContext> &context, const QString &text,
                       qint64 appointmentId, CallOutcome outcome, qint64 callId, qint64 stepId)
{
    context->stack.push(
        new CallCommand(context, text, context->ids.cell(appointmentId), outcome, callId, stepId));
}

CallCommand::CallCommand(const std::shared_ptr<UndoContext> &context, const QString &text,
                         AppointmentIds::Cell appointment, CallOutcome outcome, qint64 callId,
                         qint64 stepId)
    : QUndoCommand(text), m_context(context), m_appointment(std::move(appointment)),
      m_outcome(outcome), m_callId(callId), m_stepId(stepId)
{}

void CallCommand::undo()
{
    auto r = m_context->clinic.booking().withdrawCall(
        m_callId, m_stepId > 0 ? std::optional(m_stepId) : std::nullopt);
    if (!r)
        return historyBroken(*m_context, *this, cannotUndo(text(), r.error()));
    said(*m_context, QT_TRANSLATE_NOOP("fd::AppointmentCommand", "Undone: %1."), text());
}

void CallCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    auto r = m_context->clinic.booking().recordCall(*m_appointment, m_outcome);
    if (!r)
        return historyBroken(*m_context, *this, cannotRedo(text(), r.error()));
    m_callId = r->callId;
    m_stepId = r->appointment.stepId;
    said(*m_context, QT_TRANSLATE_NOOP("fd::AppointmentCommand", "Redone: %1."), text());
}

} // namespace fd
