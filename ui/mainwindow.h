// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "booking/schedulegrid.h"
#include "common/result.h"
#include "domain/clinicconfig.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QListView;
class QPrinter;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace fd {

class CallIntake;
class Clinic;
class ConfirmationCalls;
class DayModel;
class AccountsDialog;
class AuditWindow;
class IdleLock;
class ReportsWindow;
class SignInForm;
class ScheduleView;
class WaitingRoomModel;
struct ChangeSet;
struct DaySheet;
struct DaySheetOptions;
struct UndoContext;

// The front desk's window: the call form on the left, where a receptionist books a caller by
// keyboard; beside it a location's day (a column per clinician, with the waiting room), a
// clinician's week and tomorrow's confirmation calls, all kept current as this desk or any
// other changes the schedule. Every change made here can be undone, and the day prints as a
// day sheet.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Clinic &clinic, QWidget *parent = nullptr);
    ~MainWindow() override;

    QDate day() const;
    void setDay(QDate day);
    qint64 locationId() const;
    void setLocation(qint64 locationId);
    // The clinician the day is narrowed to and whose week is shown; 0 for everyone.
    qint64 clinicianId() const;
    void setClinician(qint64 clinicianId);
    DayModel *model() const { return m_model; }
    DayModel *weekModel() const { return m_weekModel; }
    WaitingRoomModel *waitingRoom() const { return m_waitingModel; }
    CallIntake *intake() const { return m_intake; }
    ConfirmationCalls *calls() const { return m_calls; }
    QUndoStack *undoStack() const { return m_undo; }
    ScheduleView *dayView() const { return m_dayView; }
    ScheduleView *weekView() const { return m_weekView; }
    QTabWidget *tabs() const { return m_tabs; }

    // "My schedule": the clinician this computer belongs to, remembered in the settings; the
    // window opens on their day. 0 forgets it.
    void setMySchedule(qint64 clinicianId);
    // The waiting times, the "now" line and whether the day shown is today, as of the clock;
    // a timer calls it every half minute.
    void updateTimes();

    // The day sheet of what the day view shows (its location, or its one clinician).
    DaySheet daySheet(const DaySheetOptions &options) const;
    DaySheetOptions sheetOptions() const;
    void printDaySheet(QPrinter &printer);
    Result<int> saveDaySheetPdf(const QString &path);
    // The appointment the Appointment menu acts on: the next visit of the patient highlighted
    // in the patients found when they have the focus, else the day's selected row.
    std::optional<Appointment> selectedAppointment() const;
    // The manager's reports, in a window of their own (opened once, raised after).
    ReportsWindow *openReports();
    // The manager's screens for accounts and the audit trail.
    AccountsDialog *openAccounts();
    AuditWindow *openAudit();

    // Locks the window (after the idle time, or Desk ▸ Lock): everything is hidden, the
    // session signed out, and the sign-in form shown for this user or another.
    void lock();
    bool isLocked() const;
    IdleLock *idleLock() const { return m_idle; }
    SignInForm *lockForm() const { return m_lockForm; }

signals:
    // Once, when the day's table has been painted for the first time: the end of start-up.
    void firstDayPainted();
    // The day's backup is there (made now, or earlier), or could not be made.
    void dailyBackupDone(const QString &file, const QString &error);
    // Desk ▸ Open another clinic: the program closes this one and opens `database` (its
    // password, if any, already remembered for it).
    void clinicChosen(const QString &database);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus(QAction *previous, QAction *next, QAction *today);
    void buildFileMenu();
    void buildDeskMenu();
    void chooseClinic();
    // Once a day, in a thread of its own: a copy of the clinic beside it, the last week kept.
    void startDailyBackup();
    // Shows each role what it may use; after every sign-in.
    void applyRole();
    void unlocked();
    void buildStatusKeys(ScheduleView *view);
    void moveBlock(ScheduleView *view, const QModelIndex &index, int column, int startMinute);
    void reloadWeek();
    ScheduleGrid dayGrid(const QList<Appointment> &appointments) const;
    void reloadWaitingRoom();
    QDate locationToday() const;
    void scrollToTheDay(ScheduleView *view);
    QString zoneOf(const ScheduleView *view) const;
    qint64 myScheduleClinician() const;
    void applyMySchedule();
    void chooseMySchedule();
    void previewDaySheet();
    void saveDaySheetAs();
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
    QComboBox *m_clinician = nullptr;
    ScheduleView *m_dayView = nullptr;
    ScheduleView *m_weekView = nullptr;
    QListView *m_waiting = nullptr;
    QLabel *m_waitingLabel = nullptr;
    QWidget *m_dayPage = nullptr;
    QLabel *m_summary = nullptr;
    DayModel *m_model = nullptr;
    DayModel *m_weekModel = nullptr;
    WaitingRoomModel *m_waitingModel = nullptr;
    QAction *m_showInactive = nullptr;
    QAction *m_sheetPhones = nullptr;
    QTimer m_tick;
    QUndoStack *m_undo = nullptr;
    std::shared_ptr<UndoContext> m_undoContext;
    QTimer m_dateWatch;
    QDate m_today;
    CallIntake *m_intake = nullptr;
    ConfirmationCalls *m_calls = nullptr;
    QTabWidget *m_tabs = nullptr;
    bool m_painted = false;
    QPointer<ReportsWindow> m_reports;
    QPointer<AccountsDialog> m_accounts;
    QPointer<AuditWindow> m_audit;
    QPointer<QThread> m_backup;
    QStackedWidget *m_stack = nullptr;
    SignInForm *m_lockForm = nullptr;
    IdleLock *m_idle = nullptr;
    QMenu *m_callMenu = nullptr;
    QLabel *m_who = nullptr;
    QString m_lockedUser; // who was signed in when the window locked
    // The actions a role may lack, with what they need.
    QList<std::pair<QPointer<QAction>, Permission>> m_roleActions;
    // Actions turned off while the window is locked, turned on again at the sign-in.
    QList<QPointer<QAction>> m_lockedActions;
};

} // namespace fd
