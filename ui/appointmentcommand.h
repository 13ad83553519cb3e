// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/types.h"

#include <QUndoCommand>

#include <functional>

namespace fd {

class Clinic;

// One change the front desk made to an appointment (a booking, a move, a cancellation, a
// status step), already done when it is pushed. Undo reverses exactly that step through the
// session's correction, so an undone booking is "entered in error", never a cancellation; and
// if another desk has changed the appointment since, the correction refuses instead of
// reversing their change. Redo does the operation again. A step the core refuses is reported
// in words and dropped from the stack.
class AppointmentCommand : public QUndoCommand
{
public:
    using Operation = std::function<Result<Appointment>()>;
    using Report = std::function<void(const QString &message)>;

    AppointmentCommand(Clinic &clinic, const QString &text, const Appointment &done,
                       Operation again, Report report);

    void undo() override;
    void redo() override;

    // The appointment as the last redo left it (a booking's redo makes a new row).
    const Appointment &appointment() const { return m_done; }

private:
    Clinic &m_clinic;
    Appointment m_done;
    Operation m_again;
    Report m_report;
    bool m_pushed = false; // the first redo() is the push itself: the change is made already
};

} // namespace fd
