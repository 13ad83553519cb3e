// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/types.h"

#include <QDialog>

class QLineEdit;

namespace fd {

// Asks why an appointment is cancelled, and says before it is done whether the cancellation
// will count as late (under 24 hours before the visit).
class CancelDialog : public QDialog
{
    Q_OBJECT

public:
    CancelDialog(const Appointment &appointment, bool late, QWidget *parent = nullptr);
    QString reason() const;

private:
    QLineEdit *m_reason = nullptr;
};

} // namespace fd
