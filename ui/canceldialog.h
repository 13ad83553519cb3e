// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

class Clock;

// Asks why an appointment is cancelled (a reason is needed), and says before it is done
// whether the cancellation will count as late (under 24 hours before the visit), updating
// that as the clock moves while the dialog is open.
class CancelDialog : public QDialog
{
    Q_OBJECT

public:
    CancelDialog(const Appointment &appointment, const Clock &clock, QWidget *parent = nullptr);
    QString reason() const;

private:
    void updateLateNotice();

    const Clock &m_clock;
    qint64 m_startUtc = 0;
    QLabel *m_late = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_cancelVisit = nullptr;
};

} // namespace fd
