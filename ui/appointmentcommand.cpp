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
    if (!r) {
        failed(QCoreApplication::translate("fd::AppointmentCommand", "Cannot undo \"%1\": %2")
                   .arg(text(), r.error().message));
        return;
    }
    m_context->report(
        QCoreApplication::translate("fd::AppointmentCommand", "Undone: %1.").arg(text()));
}

void AppointmentCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    auto r = m_again(m_source ? *m_source : 0);
    if (!r) {
        failed(QCoreApplication::translate("fd::AppointmentCommand", "Cannot redo \"%1\": %2")
                   .arg(text(), r.error().message));
        return;
    }
    m_done = *r;
    m_context->ids.moved(m_result, r->id);
    m_context->report(
        QCoreApplication::translate("fd::AppointmentCommand", "Redone: %1.").arg(text()));
}

void AppointmentCommand::failed(const QString &message)
{
    m_context->report(
        QCoreApplication::translate("fd::AppointmentCommand", "%1. The undo history was cleared.")
            .arg(message));
    setObsolete(true);
    // Not from inside the stack's own undo() or redo(): once they have returned.
    QMetaObject::invokeMethod(&m_context->stack, &QUndoStack::clear, Qt::QueuedConnection);
}

} // namespace fd
