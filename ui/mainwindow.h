// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/clinicconfig.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace fd {

class CallIntake;
class Clinic;
class ConfirmationCalls;
class DayModel;
struct ChangeSet;
struct UndoContext;

// The front desk's window: the call form on the left, where a receptionist books a caller by
// keyboard; beside it a location's day and tomorrow's confirmation calls, all kept current as
// this desk or any other changes the schedule. Every change made here can be undone.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Clinic &clinic, QWidget *parent = nullptr);

    QDate day() const;
    void setDay(QDate day);
    qint64 locationId() const;
    void setLocation(qint64 locationId);
    DayModel *model() const { return m_model; }
    CallIntake *intake() const { return m_intake; }
    ConfirmationCalls *calls() const { return m_calls; }
    QUndoStack *undoStack() const { return m_undo; }
    QTableView *dayTable() const { return m_table; }
    // The appointment the Appointment menu acts on: the next visit of the patient highlighted
    // in the patients found when they have the focus, else the day's selected row.
    std::optional<Appointment> selectedAppointment() const;

signals:
    // Once, when the day's table has been painted for the first time: the end of start-up.
    void firstDayPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus(QAction *previous, QAction *next, QAction *today);
    void rescheduleSelected();
    void cancelSelected();
    void setStatusOfSelected(Status to);
    void report(const QString &text);
    void reload();
    void loadConfig();
    void showSummary();
    void onChanged(const ChangeSet &changes);
    void step(int days);
    // Tomorrow's calls follow the clock: the next working day after today.
    void followTheDate();
    QDate firstOpenDay(QDate from) const;

    Clinic &m_clinic;
    ClinicConfig m_config;
    QComboBox *m_location = nullptr;
    QDateEdit *m_date = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    DayModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    std::shared_ptr<UndoContext> m_undoContext;
    QTimer m_dateWatch;
    QDate m_today;
    CallIntake *m_intake = nullptr;
    ConfirmationCalls *m_calls = nullptr;
    QTabWidget *m_tabs = nullptr;
    bool m_painted = false;
};

} // namespace fd
