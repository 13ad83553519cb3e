// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QUrlQuery>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace fd {

// Where the window's clinic is: a database file on this computer, or a PostgreSQL server that
// every site's desks share. The choice is an address the session opens (the password is not
// part of it: the caller keeps it in memory only, and nothing writes it down).
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const QString &current, QWidget *parent = nullptr);

    // Why the last attempt failed, shown above the fields; the focus goes where it can be
    // mended (the password when the server asked for one).
    void setProblem(const QString &text, bool wantsPassword = false);
    // A file's path, or postgresql://user@host:port/database.
    QString database() const;
    QString password() const;

private:
    void showChoice();
    void check();

    QRadioButton *m_fileChoice = nullptr;
    QRadioButton *m_serverChoice = nullptr;
    QWidget *m_fileFields = nullptr;
    QWidget *m_serverFields = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QUrlQuery m_options; // the address's own options, kept as they were
};

} // namespace fd
