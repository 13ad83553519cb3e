// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "booking/slotfinder.h"
#include "domain/clinicconfig.h"
#include "patients/patientservice.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QKeyEvent;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fd {

class Clinic;
class PatientMatchModel;
class SlotModel;
struct ChangeSet;
struct Error;
struct UndoContext;

// The receptionist's call form, laid out like the clinics' own request form: who is calling,
// which days and time of day suit them, and what kind of visit. As it is typed, matching
// patients appear with their last and next visits, and the best free slots for what is on the
// form are suggested; Enter books the highlighted one, and the read-back to give the caller
// appears. The same form moves an existing appointment (startReschedule()).
class CallIntake : public QWidget
{
    Q_OBJECT

public:
    CallIntake(Clinic &clinic, std::shared_ptr<UndoContext> undo, QWidget *parent = nullptr);

    // The actions the window puts in its menus; each has its shortcut.
    QAction *newCallAction() const { return m_newCall; }
    QAction *bookAction() const { return m_book; }
    QAction *laterAction() const { return m_later; }
    QAction *earlierAction() const { return m_earlier; }
    QAction *findPatientAction() const { return m_findPatient; }
    QAction *copyReadBackAction() const { return m_copy; }
    QAction *stopRescheduleAction() const { return m_stopReschedule; }

    void setConfig(const ClinicConfig &config);
    // Clears the form for the next caller and puts the cursor in the name field.
    void startNewCall();
    // Offers slots for moving `appointment`, like a booking; Enter moves it.
    void startReschedule(const Appointment &appointment);
    bool isRescheduling() const { return m_rescheduling.has_value(); }
    // Books (or, when rescheduling, moves to) the highlighted slot.
    void bookHighlighted();
    // Runs a pending refresh of the matches and suggestions now.
    void refreshNow();
    // Another desk's or this desk's change: the suggestions and matches are found again.
    void onChanged(const ChangeSet &changes);

    QString readBackText() const;
    // The next visit of the patient highlighted in the patients found, if any.
    std::optional<Appointment> highlightedMatchVisit() const;
    bool matchesHaveFocus() const;
    std::optional<qint64> pickedPatient() const { return m_patientId; }

signals:
    // After a booking or a move, with the appointment as it now stands.
    void booked(const fd::Appointment &appointment);
    // A sentence for the status bar.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildForm();
    void connectRefresh();
    void scheduleRefresh();
    // The receptionist changed something on the form: the suggestions start again from now.
    void formEdited();
    // Keys that act on the whole form, from its fields; true when handled.
    bool formKey(QObject *watched, const QKeyEvent *key);
    void refreshMatches();
    void refreshSuggestions();
    void moveSlotSelection(int delta);
    const Slot *highlightedSlot() const;
    void selectSlot(int row);
    void pickMatch(int row);
    void page(int direction);
    void book(const Slot &slot);
    void reschedule(const Slot &slot);
    void showReadBack(const Appointment &appointment);
    void showError(const Error &error);
    void clearErrors();
    void updateTypeDependentFields();
    void report(const QString &text);
    QDate today() const;

    Clinic &m_clinic;
    std::shared_ptr<UndoContext> m_undo;
    ClinicConfig m_config;

    QLabel *m_banner = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QList<QCheckBox *> m_days;
    QComboBox *m_part = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_clinician = nullptr;
    QLineEdit *m_reason = nullptr;
    QWidget *m_insurance = nullptr;
    QLineEdit *m_carrier = nullptr;
    QLineEdit *m_memberId = nullptr;
    QCheckBox *m_pending = nullptr;
    QHash<QString, QLabel *> m_fieldErrors; // by the core's field name
    QLabel *m_messageLabel = nullptr;

    QStackedWidget *m_lower = nullptr; // the matches, or the read-back after a booking
    QTableView *m_matchesView = nullptr;
    PatientMatchModel *m_matches = nullptr;
    QPlainTextEdit *m_readBack = nullptr;
    QLabel *m_slotsLabel = nullptr;
    QTableView *m_slotsView = nullptr;
    SlotModel *m_slots = nullptr;
    QPushButton *m_bookButton = nullptr;

    QAction *m_newCall = nullptr;
    QAction *m_book = nullptr;
    QAction *m_later = nullptr;
    QAction *m_earlier = nullptr;
    QAction *m_findPatient = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_stopReschedule = nullptr;

    QTimer m_refresh;
    PatientField m_searchField = PatientField::Name;
    bool m_searchPending = false;
    std::optional<qint64> m_patientId;         // the caller, once picked from the matches
    std::optional<Appointment> m_rescheduling; // the appointment being moved
    bool m_duplicateAcknowledged = false;      // the desk was told, and pressed Enter again
    bool m_justBooked = false;                 // Enter again would book the caller twice
    int m_bookedIndex = -1;                    // the undo stack's index after that booking
    bool m_refreshFailed = false;              // the message beside the form is a refresh's
    std::optional<Slot> m_after;               // Page Down: suggestions after this one
    qint64 m_seenMark = 0;                     // the book as the suggestions saw it
};

} // namespace fd
