// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "idlelock.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace fd {

IdleLock::IdleLock(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::start()
{
    m_lastActivity = m_clock.nowSecs();
    m_running = true;
    m_timer.start();
}

void IdleLock::stop()
{
    m_running = false;
    m_timer.stop();
}

void IdleLock::check()
{
    if (!m_running || m_clock.nowSecs() - m_lastActivity < qint64(m_minutes) * 60)
        return;
    stop();
    emit idle();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Someone is here, unless the time ran out already: the lock comes first.
        if (m_running) {
            check();
            if (m_running)
                m_lastActivity = m_clock.nowSecs();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fd
