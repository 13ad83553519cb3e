// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QAccessibleInterface;
class QObject;
class QString;

namespace fd {

// What a screen reader finds in the day and the week: the view is a list whose items are the
// visits drawn, column by column in time order, each named in words ("Ann Lee, 9:00–9:30,
// Follow-up, Booked, Dr. One, ..."), with its place on screen and whether it is selected.
// Installed once as a factory for ScheduleView.
QAccessibleInterface *scheduleViewAccessible(const QString &className, QObject *object);

} // namespace fd
