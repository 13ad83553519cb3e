// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/clinicconfig.h"

#include <QMainWindow>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace fd {

class Clinic;
class DayModel;
struct ChangeSet;

// The first window: a location's day as a read-only table, with the day and location chosen
// from the toolbar, kept current as this desk or any other changes the schedule. The real
// booking and schedule screens come after it.
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

signals:
    // Once, when the day's table has been painted for the first time: the end of start-up.
    void firstDayPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void loadConfig();
    void showSummary();
    void onChanged(const ChangeSet &changes);
    void step(int days);
    QDate firstOpenDay(QDate from) const;

    Clinic &m_clinic;
    ClinicConfig m_config;
    QComboBox *m_location = nullptr;
    QDateEdit *m_date = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    DayModel *m_model = nullptr;
    bool m_painted = false;
};

} // namespace fd
