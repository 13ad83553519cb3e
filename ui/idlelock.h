// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QTimer>

namespace fd {

class Clock;

// Watches the whole application for a key, a click or a scroll, and says when nobody has
// touched it for the minutes a manager set: the window then locks. Time comes from the
// session's clock, so a test moves it on by hand.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(const Clock &clock, QObject *parent = nullptr);
    ~IdleLock() override;

    void setMinutes(int minutes) { m_minutes = minutes; }
    int minutes() const { return m_minutes; }
    // Starts counting from now (after a sign-in), or stops (while locked).
    void start();
    void stop();
    // Locks (emits idle once) when the idle time has run out; a timer asks every few seconds.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer m_timer;
    qint64 m_lastActivity = 0;
    int m_minutes = 5;
    bool m_running = false;
};

} // namespace fd
