// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountsdialog.h"

#include "access/accountservice.h"
#include "booking/scheduleservice.h"
#include "clinic/clinic.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {
namespace {

enum Column { NameColumn, FullNameColumn, RoleColumn, ClinicianColumn, StateColumn, Columns };

// Adds or edits an account, or sets its password: only the fields the task needs are shown.
class AccountEditor : public QDialog
{
public:
    enum class Mode { Add, Edit, Password };

    AccountEditor(Mode mode, const ClinicConfig &config, const Account &account, QWidget *parent)
        : QDialog(parent), m_mode(mode), m_account(account)
    {
        setWindowTitle(mode == Mode::Add ? AccountsDialog::tr("Add an account")
                       : mode == Mode::Edit
                           ? AccountsDialog::tr("Edit %1").arg(account.name)
                           : AccountsDialog::tr("New password for %1").arg(account.name));
        auto *form = new QFormLayout;
        if (mode == Mode::Add) {
            m_name = new QLineEdit(this);
            m_name->setObjectName(QStringLiteral("accountName"));
            form->addRow(AccountsDialog::tr("&User name:"), m_name);
        }
        if (mode != Mode::Password) {
            m_fullName = new QLineEdit(account.fullName, this);
            m_fullName->setObjectName(QStringLiteral("accountFullName"));
            m_role = new QComboBox(this);
            m_role->setObjectName(QStringLiteral("accountRole"));
            for (Role r : {Role::Receptionist, Role::Clinician, Role::Manager})
                m_role->addItem(roleLabel(r), int(r));
            m_role->setCurrentIndex(m_role->findData(int(account.role)));
            m_clinician = new QComboBox(this);
            m_clinician->setObjectName(QStringLiteral("accountClinician"));
            for (const Clinician &c : config.clinicians)
                m_clinician->addItem(c.name, c.id);
            if (account.clinicianId)
                m_clinician->setCurrentIndex(m_clinician->findData(*account.clinicianId));
            form->addRow(AccountsDialog::tr("&Full name:"), m_fullName);
            form->addRow(AccountsDialog::tr("&Role:"), m_role);
            form->addRow(AccountsDialog::tr("&Clinician:"), m_clinician);
            auto follow = [this] {
                m_clinician->setEnabled(Role(m_role->currentData().toInt()) == Role::Clinician);
            };
            connect(m_role, &QComboBox::currentIndexChanged, this, follow);
            follow();
        }
        if (mode != Mode::Edit) {
            m_password = new QLineEdit(this);
            m_password->setObjectName(QStringLiteral("accountPassword"));
            m_password->setEchoMode(QLineEdit::Password);
            m_again = new QLineEdit(this);
            m_again->setObjectName(QStringLiteral("accountAgain"));
            m_again->setEchoMode(QLineEdit::Password);
            form->addRow(AccountsDialog::tr("&Password:"), m_password);
            form->addRow(AccountsDialog::tr("Password &again:"), m_again);
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
        m_problem = new QLabel(this);
        m_problem->setObjectName(QStringLiteral("accountProblem"));
        m_problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
        m_problem->setWordWrap(true);
        m_problem->hide();
        layout->insertWidget(1, m_problem);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            // The password's rules are checked here, so that nothing typed is lost.
            if (m_password) {
                QString problem;
                if (auto r = passwords::checkStrength(m_password->text()); !r)
                    problem = AccountsDialog::tr("The password %1.").arg(r.error().message);
                else if (m_password->text() != m_again->text())
                    problem = AccountsDialog::tr("The two passwords differ.");
                if (!problem.isEmpty()) {
                    m_problem->setText(problem);
                    m_problem->show();
                    m_again->clear();
                    m_password->setFocus();
                    m_password->selectAll();
                    return;
                }
            }
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    Account account() const
    {
        Account a = m_account;
        if (m_name)
            a.name = m_name->text().trimmed();
        if (m_fullName) {
            a.fullName = m_fullName->text();
            a.role = Role(m_role->currentData().toInt());
            a.clinicianId.reset();
            if (a.role == Role::Clinician && m_clinician->currentIndex() >= 0)
                a.clinicianId = m_clinician->currentData().toLongLong();
        }
        return a;
    }
    QString password() const { return m_password ? m_password->text() : QString(); }

private:
    Mode m_mode;
    Account m_account;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_clinician = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace

void AccountsModel::setClinicians(const ClinicConfig &config)
{
    m_clinicians.clear();
    for (const Clinician &c : config.clinicians)
        m_clinicians.insert(c.id, c.name);
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const Account &a = at(index.row());
    switch (index.column()) {
    case NameColumn:
        return a.name;
    case FullNameColumn:
        return a.fullName;
    case RoleColumn:
        return roleLabel(a.role);
    case ClinicianColumn:
        return a.clinicianId ? m_clinicians.value(*a.clinicianId) : QString();
    case StateColumn:
        return a.active ? tr("Active") : tr("Retired");
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("User name");
    case FullNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case ClinicianColumn:
        return tr("Clinician");
    case StateColumn:
        return tr("State");
    }
    return {};
}

AccountsDialog::AccountsDialog(Clinic &clinic, QWidget *parent) : QDialog(parent), m_clinic(clinic)
{
    setWindowTitle(tr("Accounts"));
    m_model = new AccountsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Accounts"));

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *password = new QPushButton(tr("Set &password…"), this);
    m_retire = new QPushButton(tr("&Retire"), this);
    m_retire->setObjectName(QStringLiteral("retireAccount"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, edit, password, m_retire})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(1, 240);
    m_idle->setSuffix(tr(" min"));
    auto *saveIdle = new QPushButton(tr("&Save"), this);
    auto *idleRow = new QHBoxLayout;
    auto *idleLabel = new QLabel(tr("&Lock an idle desk after:"), this);
    idleLabel->setBuddy(m_idle);
    idleRow->addWidget(idleLabel);
    idleRow->addWidget(m_idle);
    idleRow->addWidget(saveIdle);
    idleRow->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(idleRow);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(720, 420);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_view, &QTableView::activated, this, &AccountsDialog::editAccount);
    connect(password, &QPushButton::clicked, this, &AccountsDialog::setPassword);
    connect(m_retire, &QPushButton::clicked, this, &AccountsDialog::toggleRetired);
    connect(saveIdle, &QPushButton::clicked, this, &AccountsDialog::saveIdleLock);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsDialog::updateButtons);
    reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->setFocus();
}

void AccountsDialog::reload()
{
    auto accounts = m_clinic.accounts().accounts();
    auto config = m_clinic.schedule().config();
    if (!accounts || !config) {
        // No longer a manager's (a role changed here or at another desk): nothing to edit.
        tell(!accounts ? accounts.error().message : config.error().message, true);
        for (QPushButton *b : findChildren<QPushButton *>())
            if (b->parent() == this)
                b->setEnabled(false);
        m_model->setRows({});
        return;
    }
    m_model->setClinicians(*config);
    m_model->setRows(*accounts);
    m_idle->setValue(config->idleLockMinutes);
    m_view->resizeColumnsToContents();
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const auto a = selected();
    m_retire->setText(a && !a->active ? tr("&Restore") : tr("&Retire"));
}

std::optional<Account> AccountsDialog::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->at(current.row());
}

void AccountsDialog::tell(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("font-weight: bold") : QString());
}

void AccountsDialog::addAccount()
{
    auto config = m_clinic.schedule().config();
    if (!config)
        return tell(config.error().message, true);
    AccountEditor editor(AccountEditor::Mode::Add, *config, Account{}, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    auto made = m_clinic.accounts().add(editor.account(), editor.password());
    if (!made)
        return tell(made.error().message, true);
    reload();
    tell(tr("%1 can sign in now.").arg(made->name), false);
}

void AccountsDialog::editAccount()
{
    const auto a = selected();
    auto config = m_clinic.schedule().config();
    if (!a || !config)
        return;
    AccountEditor editor(AccountEditor::Mode::Edit, *config, *a, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    auto saved = m_clinic.accounts().update(editor.account());
    if (!saved)
        return tell(saved.error().toString(), true);
    reload();
    tell(tr("Saved %1.").arg(saved->name), false);
}

void AccountsDialog::setPassword()
{
    const auto a = selected();
    auto config = m_clinic.schedule().config();
    if (!a || !config)
        return;
    AccountEditor editor(AccountEditor::Mode::Password, *config, *a, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (auto r = m_clinic.accounts().setPassword(a->id, editor.password()); !r)
        return tell(r.error().toString(), true);
    tell(tr("%1 signs in with the new password from now on.").arg(a->name), false);
}

void AccountsDialog::toggleRetired()
{
    auto a = selected();
    if (!a)
        return;
    if (a->active &&
        QMessageBox::question(this, tr("Retire %1").arg(a->name),
                              tr("%1 will no longer be able to sign in, at any desk. Their "
                                 "records and the audit trail stay. Retire the account?")
                                  .arg(a->name)) != QMessageBox::Yes)
        return;
    a->active = !a->active;
    auto saved = m_clinic.accounts().update(*a);
    if (!saved)
        return tell(saved.error().toString(), true);
    reload();
    tell(saved->active ? tr("%1 can sign in again.").arg(saved->name)
                       : tr("%1 can no longer sign in.").arg(saved->name),
         false);
}

void AccountsDialog::saveIdleLock()
{
    if (auto r = m_clinic.accounts().setIdleLockMinutes(m_idle->value()); !r)
        return tell(r.error().toString(), true);
    tell(tr("Desks lock after %1 idle minutes.").arg(m_idle->value()), false);
}

} // namespace fd
