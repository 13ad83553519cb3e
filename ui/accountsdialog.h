// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "access/access.h"
#include "rowtablemodel.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace fd {

class Clinic;
struct ClinicConfig;

// The clinic's accounts, one row each: user name, full name, role, clinician, retired.
class AccountsModel : public RowTableModel<Account>
{
    Q_OBJECT

public:
    using RowTableModel::RowTableModel;
    void setClinicians(const ClinicConfig &config);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const Account &a, const Account &b) const override { return a.id == b.id; }

private:
    QHash<qint64, QString> m_clinicians;
};

// A manager's screen for who may sign in: add an account, change its role or name, set a new
// password, retire or restore it, and how long a desk may sit idle before it locks.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(Clinic &clinic, QWidget *parent = nullptr);
    AccountsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void reload();

private:
    void addAccount();
    void editAccount();
    void setPassword();
    void toggleRetired();
    void saveIdleLock();
    void updateButtons();
    std::optional<Account> selected() const;
    void tell(const QString &message, bool error);

    Clinic &m_clinic;
    AccountsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_retire = nullptr;
    QSpinBox *m_idle = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace fd
