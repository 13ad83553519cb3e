// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "canceldialog.h"

#include "booking/rules.h"
#include "callmodels.h"
#include "common/clock.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

CancelDialog::CancelDialog(const Appointment &appointment, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_clock(clock), m_startUtc(appointment.startUtc)
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(tr("Cancel %1's visit").arg(appointment.patientName));
    auto *layout = new QVBoxLayout(this);
    auto *what =
        new QLabel(tr("%1: %2").arg(appointment.patientName, visitLine(appointment)), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_late = new QLabel(this);
    m_late->setObjectName(QStringLiteral("lateNotice"));
    m_late->setWordWrap(true);
    layout->addWidget(m_late);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setPlaceholderText(tr("e.g. feeling better, car trouble"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    m_cancelVisit = buttons->addButton(tr("Cancel the visit"), QDialogButtonBox::AcceptRole);
    m_cancelVisit->setDefault(true);
    m_cancelVisit->setEnabled(false);
    buttons->addButton(tr("Keep it"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_cancelVisit->setEnabled(!text.trimmed().isEmpty()); });
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(windowTitle()) + 160);
    updateLateNotice();
    // The 24-hour line can pass while the caller explains.
    auto *tick = new QTimer(this);
    tick->setInterval(15 * 1000);
    connect(tick, &QTimer::timeout, this, &CancelDialog::updateLateNotice);
    tick->start();
}

void CancelDialog::updateLateNotice()
{
    const bool late = rules::isLateCancellation(m_startUtc, m_clock.nowSecs());
    m_late->setText(
        late ? tr("This cancellation is less than 24 hours before the visit: it will count as "
                  "late.")
             : tr("This cancellation is 24 hours or more before the visit: it will not count "
                  "as late."));
    QFont font = m_late->font();
    font.setBold(late);
    m_late->setFont(font);
}

QString CancelDialog::reason() const
{
    return m_reason->text();
}

} // namespace fd
