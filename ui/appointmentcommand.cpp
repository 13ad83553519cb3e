// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appointmentcommand.h"

#include "booking/bookingservice.h"
#include "clinic/clinic.h"

#include <QCoreApplication>

namespace fd {

AppointmentCommand::AppointmentCommand(Clinic &clinic, const QString &text, const Appointment &done,
                                       Operation again, Report report)
    : QUndoCommand(text), m_clinic(clinic), m_done(done), m_again(std::move(again)),
      m_report(std::move(report))
{}

void AppointmentCommand::undo()
{
    auto r = m_clinic.booking().correct(
        m_done.id,
        QCoreApplication::translate("fd::AppointmentCommand", "Undone at the front desk"),
        m_done.stepId);
    if (!r) {
        m_report(QCoreApplication::translate("fd::AppointmentCommand", "Cannot undo \"%1\": %2")
                     .arg(text(), r.error().message));
        setObsolete(true);
    }
}

void AppointmentCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    auto r = m_again();
    if (!r) {
        m_report(QCoreApplication::translate("fd::AppointmentCommand", "Cannot redo \"%1\": %2")
                     .arg(text(), r.error().message));
        setObsolete(true);
        return;
    }
    m_done = *r;
}

} // namespace fd
