// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/types.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace fd {

class Clinic;

// Which row is "this appointment" while its commands are undone and redone: a booking or a
// move done again makes a new row, and the commands above it on the stack must act on that
// row, not on the one it replaced.
class AppointmentIds
{
public:
    using Cell = std::shared_ptr<qint64>;
    // The one cell that follows the appointment now at `id`.
    Cell cell(qint64 id);
    // The appointment in `cell` now lives at `id`.
    void moved(const Cell &cell, qint64 id);

private:
    QHash<qint64, std::weak_ptr<qint64>> m_cells;
};

// What the window's undoable changes share: the session, the stack, the rows they follow, and
// where to say what went wrong.
struct UndoContext
{
    Clinic &clinic;
    QUndoStack &stack;
    AppointmentIds ids;
    std::function<void(const QString &message)> report;
};

// One change the front desk made to an appointment (a booking, a move, a cancellation, a
// status step), already done when it is pushed. Undo reverses exactly that step through the
// session's correction, so an undone booking is "entered in error", never a cancellation; and
// if another desk has changed the appointment since, the correction refuses instead of
// reversing their change. Redo does the operation again. When the core refuses either, the
// history no longer matches the book: it is said in words and the stack is cleared.
class AppointmentCommand : public QUndoCommand
{
public:
    // Does the change again on the appointment now at `sourceId` (0 for a booking).
    using Operation = std::function<Result<Appointment>(qint64 sourceId)>;

    // Pushes the change `done`, made on the appointment at `source` (none for a booking).
    static void push(const std::shared_ptr<UndoContext> &context, const QString &text,
                     std::optional<qint64> source, const Appointment &done, Operation again);

    void undo() override;
    void redo() override;

    // The appointment as the last do or redo left it.
    const Appointment &appointment() const { return m_done; }

private:
    AppointmentCommand(const std::shared_ptr<UndoContext> &context, const QString &text,
                       AppointmentIds::Cell source, const Appointment &done, Operation again);

    std::shared_ptr<UndoContext> m_context;
    AppointmentIds::Cell m_source; // null for a booking
    AppointmentIds::Cell m_result;
    Appointment m_done;
    Operation m_again;
    bool m_pushed = false; // the first redo() is the push itself: the change is made already
};

// A confirmation call's outcome, recorded by one key. Undo withdraws the call (and the
// confirmation it made, through the session's correction); redo records it again.
class CallCommand : public QUndoCommand
{
public:
    // Pushes the call `callId` just recorded on the appointment at `appointmentId`, with the
    // status step it made (0 when it changed no status).
    static void push(const std::shared_ptr<UndoContext> &context, const QString &text,
                     qint64 appointmentId, CallOutcome outcome, qint64 callId, qint64 stepId);

    void undo() override;
    void redo() override;

private:
    CallCommand(const std::shared_ptr<UndoContext> &context, const QString &text,
                AppointmentIds::Cell appointment, CallOutcome outcome, qint64 callId,
                qint64 stepId);

    std::shared_ptr<UndoContext> m_context;
    AppointmentIds::Cell m_appointment;
    CallOutcome m_outcome;
    qint64 m_callId;
    qint64 m_stepId;
    bool m_pushed = false;
};

} // namespace fd
