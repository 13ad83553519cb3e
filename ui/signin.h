// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "access/access.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

class Clinic;

// The pieces every dialog that asks for a password shares: a bold red line for what went
// wrong (hidden until there is something), and a password field.
QLabel *errorLabel(QWidget *parent, const char *name);
QLineEdit *passwordField(QWidget *parent, const char *name);

// A user name, a password and a Sign in button: the start of the day at a desk, and the way
// back to a locked window (the same person, or another one at the same desk). The session
// checks the password and says how long to wait after wrong ones; this only shows it.
class SignInForm : public QWidget
{
    Q_OBJECT

public:
    explicit SignInForm(Clinic &clinic, QWidget *parent = nullptr);

    // The line above the fields ("Locked after 5 idle minutes", ...).
    void setPrompt(const QString &text);
    // Starts again, with `user` typed in (the one who was signed in) and the focus on the
    // password, or on the name when none is given.
    void reset(const QString &user = {});

signals:
    void signedIn(const fd::Account &account);

private:
    void submit();

    Clinic &m_clinic;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_button = nullptr;
};

// The form in a dialog of its own, before the main window opens.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Clinic &clinic, QWidget *parent = nullptr);
    SignInForm *form() const { return m_form; }

private:
    SignInForm *m_form = nullptr;
};

// A new clinic's first account: the manager's, who then manages everyone else's. Accepted
// once the account is made and signed in.
class FirstManagerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstManagerDialog(Clinic &clinic, QWidget *parent = nullptr);

private:
    void create();

    Clinic &m_clinic;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace fd
