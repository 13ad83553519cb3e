// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/types.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace fd {

class CallListModel;
class Clinic;
struct ChangeSet;
struct UndoContext;

// Tomorrow's confirmation calls: every booked visit of the next working day with the number
// to call; each call's outcome (confirmed, left message, unreachable) is recorded in one key
// and kept, and the count of calls left is always in view.
class ConfirmationCalls : public QWidget
{
    Q_OBJECT

public:
    ConfirmationCalls(Clinic &clinic, std::shared_ptr<UndoContext> undo, QWidget *parent = nullptr);

    QAction *confirmedAction() const { return m_confirmed; }
    QAction *leftMessageAction() const { return m_leftMessage; }
    QAction *unreachableAction() const { return m_unreachable; }

    void setDay(QDate day);
    QDate day() const { return m_day; }
    int openCount() const;
    // The visit highlighted in the list.
    std::optional<Appointment> highlighted() const;
    CallListModel *model() const { return m_model; }
    void reload();
    void onChanged(const ChangeSet &changes);

signals:
    void message(const QString &text);
    void openCountChanged(int open);

private:
    void record(CallOutcome outcome);
    void updateSummary();

    Clinic &m_clinic;
    std::shared_ptr<UndoContext> m_undo;
    QDate m_day;
    CallListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_confirmed = nullptr;
    QAction *m_leftMessage = nullptr;
    QAction *m_unreachable = nullptr;
};

} // namespace fd
