// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "signin.h"

#include "access/accountservice.h"
#include "clinic/clinic.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
    label->hide();
    return label;
}

QLineEdit *passwordField(QWidget *parent, const char *name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(256);
    return field;
}

SignInForm::SignInForm(Clinic &clinic, QWidget *parent) : QWidget(parent), m_clinic(clinic)
{
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("signInPrompt"));
    m_prompt->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_user->setMaxLength(64);
    m_password = passwordField(this, "signInPassword");
    m_error = errorLabel(this, "signInError");
    m_button = new QPushButton(tr("&Sign in"), this);
    m_button->setObjectName(QStringLiteral("signInButton"));
    m_button->setDefault(true);

    auto *fields = new QFormLayout;
    fields->addRow(tr("&User name:"), m_user);
    fields->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addWidget(m_button, 0, Qt::AlignRight);
    layout->addStretch(1);
    setMaximumWidth(480);

    connect(m_button, &QPushButton::clicked, this, &SignInForm::submit);
    connect(m_user, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &SignInForm::submit);
}

void SignInForm::setPrompt(const QString &text)
{
    m_prompt->setText(text);
    m_prompt->setVisible(!text.isEmpty());
}

void SignInForm::reset(const QString &user)
{
    m_user->setText(user);
    m_password->clear();
    m_error->hide();
    (user.isEmpty() ? m_user : m_password)->setFocus(Qt::OtherFocusReason);
}

void SignInForm::submit()
{
    // Enter in the name (a dialog's default button answers it too) moves on; it does not try
    // an empty password, which would count as a wrong one.
    if (m_user->text().trimmed().isEmpty()) {
        m_user->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_password->text().isEmpty()) {
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto account = m_clinic.signIn(m_user->text(), m_password->text());
    m_password->clear();
    if (!account) {
        m_error->setText(account.error().message);
        m_error->show();
        m_password->setFocus(Qt::OtherFocusReason);
        // A dialog grows to show the message; the lock page has room.
        if (auto *dialog = qobject_cast<QDialog *>(window()))
            dialog->adjustSize();
        return;
    }
    m_error->hide();
    emit signedIn(*account);
}

SignInDialog::SignInDialog(Clinic &clinic, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign in to Front Desk"));
    m_form = new SignInForm(clinic, this);
    m_form->setPrompt(tr("Sign in with your own account: everything you change is recorded "
                         "under your name."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    connect(m_form, &SignInForm::signedIn, this, &QDialog::accept);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_form->reset();
}

FirstManagerDialog::FirstManagerDialog(Clinic &clinic, QWidget *parent)
    : QDialog(parent), m_clinic(clinic)
{
    setWindowTitle(tr("The clinic's first manager"));
    auto *intro = new QLabel(tr("This clinic has no accounts yet. Make the manager's account "
                                "first: the manager adds everyone else's."),
                             this);
    intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("firstUser"));
    m_user->setMaxLength(32);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("firstFullName"));
    m_password = passwordField(this, "firstPassword");
    m_again = passwordField(this, "firstAgain");
    m_error = errorLabel(this, "firstError");
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password (8 or more characters):"), m_password);
    form->addRow(tr("Password &again:"), m_again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstManagerDialog::create);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FirstManagerDialog::create()
{
    auto show = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
        adjustSize();
    };
    if (m_password->text() != m_again->text()) {
        show(tr("The two passwords differ."));
        m_again->clear();
        m_again->setFocus();
        return;
    }
    Account manager;
    manager.name = m_user->text().trimmed();
    manager.fullName = m_fullName->text();
    manager.role = Role::Manager;
    if (auto made = m_clinic.accounts().add(manager, m_password->text()); !made) {
        show(made.error().message);
        return;
    }
    if (auto in = m_clinic.signIn(manager.name, m_password->text()); !in) {
        show(in.error().message);
        return;
    }
    accept();
}

} // namespace fd
