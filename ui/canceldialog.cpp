// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "canceldialog.h"

#include "callmodels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

CancelDialog::CancelDialog(const Appointment &appointment, bool late, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(tr("Cancel %1's visit").arg(appointment.patientName));
    auto *layout = new QVBoxLayout(this);
    auto *what =
        new QLabel(tr("%1: %2").arg(appointment.patientName, visitLine(appointment)), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *lateLabel = new QLabel(
        late ? tr("This cancellation is less than 24 hours before the visit: it will count as "
                  "late.")
             : tr("This cancellation is 24 hours or more before the visit: it will not count "
                  "as late."),
        this);
    lateLabel->setObjectName(QStringLiteral("lateNotice"));
    lateLabel->setWordWrap(true);
    if (late) {
        QFont bold = lateLabel->font();
        bold.setBold(true);
        lateLabel->setFont(bold);
    }
    layout->addWidget(lateLabel);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setPlaceholderText(tr("e.g. feeling better, car trouble"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancelVisit =
        buttons->addButton(tr("Cancel the visit"), QDialogButtonBox::AcceptRole);
    cancelVisit->setDefault(true);
    buttons->addButton(tr("Keep it"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString CancelDialog::reason() const
{
    return m_reason->text();
}

} // namespace fd
