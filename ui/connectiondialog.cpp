// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectiondialog.h"

#include "clinic/clinic.h"
#include "signin.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace fd {

ConnectionDialog::ConnectionDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open a clinic"));
    auto *intro = new QLabel(tr("A clinic with one front desk keeps its schedule in a file on "
                                "this computer. When several sites book into one schedule, it "
                                "lives on a PostgreSQL server that every desk connects to."),
                             this);
    intro->setWordWrap(true);
    m_problem = errorLabel(this, "connectionProblem");
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fileChoice = new QRadioButton(tr("A &file on this computer"), this);
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_serverChoice = new QRadioButton(tr("A clinic &server (PostgreSQL)"), this);
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));

    m_fileFields = new QWidget(this);
    m_file = new QLineEdit(m_fileFields);
    m_file->setObjectName(QStringLiteral("file"));
    auto *browse = new QPushButton(tr("&Browse…"), m_fileFields);
    auto *fileRow = new QHBoxLayout(m_fileFields);
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Open a clinic file"), m_file->text(), tr("Front Desk clinics (*.db)"));
        if (!chosen.isEmpty())
            m_file->setText(chosen);
    });

    m_serverFields = new QWidget(this);
    m_host = new QLineEdit(m_serverFields);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port = new QSpinBox(m_serverFields);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_name = new QLineEdit(m_serverFields);
    m_name->setObjectName(QStringLiteral("databaseName"));
    m_user = new QLineEdit(m_serverFields);
    m_user->setObjectName(QStringLiteral("databaseUser"));
    m_password = passwordField(m_serverFields, "databasePassword");
    m_password->setPlaceholderText(tr("from ~/.pgpass when left empty"));
    auto *server = new QFormLayout(m_serverFields);
    server->setContentsMargins(24, 0, 0, 0);
    server->addRow(tr("Ser&ver:"), m_host);
    server->addRow(tr("&Port:"), m_port);
    server->addRow(tr("&Database:"), m_name);
    server->addRow(tr("&User:"), m_user);
    server->addRow(tr("Pass&word:"), m_password);
    auto *note = new QLabel(tr("The password is used while Front Desk runs and never saved."),
                            m_serverFields);
    note->setWordWrap(true);
    server->addRow(note);

    // What was open before, in the fields it came from.
    if (Clinic::isServerAddress(current)) {
        const QUrl url(current);
        m_serverChoice->setChecked(true);
        // Its options (sslmode=verify-full, ...) go with it; a socket's folder is the server.
        m_options = QUrlQuery(url);
        m_host->setText(url.host().isEmpty()
                            ? m_options.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                            : url.host());
        m_options.removeAllQueryItems(QStringLiteral("host"));
        m_port->setValue(url.port(5432));
        m_name->setText(url.path().mid(1));
        m_user->setText(url.userName());
    } else {
        m_fileChoice->setChecked(true);
        m_file->setText(current);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fileChoice, &QRadioButton::toggled, this, &ConnectionDialog::showChoice);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_fileChoice);
    layout->addWidget(m_fileFields);
    layout->addWidget(m_serverChoice);
    layout->addWidget(m_serverFields);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    showChoice();
}

void ConnectionDialog::showChoice()
{
    const bool server = m_serverChoice->isChecked();
    m_fileFields->setEnabled(!server);
    m_serverFields->setEnabled(server);
    (server ? (m_host->text().isEmpty() ? m_host : m_name) : m_file)->setFocus();
}

void ConnectionDialog::setProblem(const QString &text, bool wantsPassword)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (!m_serverChoice->isChecked())
        return;
    // The password when the server asked for one; otherwise the address, from its start.
    if (wantsPassword) {
        m_password->clear();
        m_password->setFocus();
    } else if (!text.isEmpty()) {
        m_host->setFocus();
    }
}

// Every field the address needs, before anything is tried.
void ConnectionDialog::check()
{
    auto missing = [this](QLineEdit *field, const QString &what) {
        setProblem(tr("%1 is needed").arg(what));
        field->setFocus();
    };
    if (m_fileChoice->isChecked()) {
        if (m_file->text().trimmed().isEmpty())
            return missing(m_file, tr("The file"));
    } else {
        if (m_host->text().trimmed().isEmpty())
            return missing(m_host, tr("The server"));
        if (m_name->text().trimmed().isEmpty())
            return missing(m_name, tr("The database"));
        if (m_user->text().trimmed().isEmpty())
            return missing(m_user, tr("The user"));
    }
    accept();
}

QString ConnectionDialog::database() const
{
    if (m_fileChoice->isChecked())
        return m_file->text().trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_name->text().trimmed());
    QUrlQuery options = m_options;
    const QString host = m_host->text().trimmed();
    if (host.startsWith(QLatin1Char('/')))
        options.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setQuery(options);
    return url.toString();
}

QString ConnectionDialog::password() const
{
    return m_serverChoice->isChecked() ? m_password->text() : QString();
}

} // namespace fd
