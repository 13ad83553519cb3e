// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditwindow.h"
#include "common/files.h"

#include "access/accountservice.h"
#include "booking/scheduleservice.h"
#include "clinic/clinic.h"
#include "patients/patientservice.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {
namespace {

enum Column { WhenColumn, UserColumn, ActionColumn, RecordColumn, ChangesColumn, Columns };

} // namespace

AuditModel::AuditModel(QObject *parent) : RowTableModel(parent) {}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditRecord &r = at(index.row()).record;
    switch (index.column()) {
    case WhenColumn:
        return QDateTime::fromSecsSinceEpoch(r.atUtc, Qt::UTC)
            .toTimeZone(m_zone)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return r.user;
    case ActionColumn:
        return r.action;
    case RecordColumn:
        return r.entityId ? QStringLiteral("%1 %2").arg(r.entity).arg(r.entityId) : r.entity;
    case ChangesColumn:
        return auditChangesText(r);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ChangesColumn:
        return tr("Before → after");
    }
    return {};
}

AuditWindow::AuditWindow(Clinic &clinic, QWidget *parent) : QMainWindow(parent), m_clinic(clinic)
{
    setWindowTitle(tr("Audit trail — Front Desk"));
    auto config = m_clinic.schedule().config();
    m_zone = QTimeZone(config ? config->clinicZone().toUtf8() : QByteArray("America/New_York"));

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->addItem(tr("Anyone"), QString());
    if (config)
        for (const Account &a : config->accounts)
            m_user->addItem(a.fullName.isEmpty() ? a.name
                                                 : a.name + QStringLiteral(" — ") + a.fullName,
                            a.name);
    m_patient = new QLineEdit(this);
    m_patient->setObjectName(QStringLiteral("auditPatient"));
    m_patient->setPlaceholderText(tr("record number or name"));
    m_appointment = new QLineEdit(this);
    m_appointment->setObjectName(QStringLiteral("auditAppointment"));
    m_appointment->setPlaceholderText(tr("appointment number"));
    const QDate today = m_clinic.clock().now().toTimeZone(m_zone).date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *filters = new QFormLayout;
    filters->addRow(tr("&User:"), m_user);
    filters->addRow(tr("&Patient:"), m_patient);
    filters->addRow(tr("&Appointment:"), m_appointment);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    filters->addRow(fromLabel, period);

    m_model = new AuditModel(this);
    m_model->setZone(m_zone);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditRows"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Audit records"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("auditState"));

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state);
    setCentralWidget(page);

    QMenu *file = menuBar()->addMenu(tr("&Trail"));
    QAction *csv = file->addAction(tr("&Export as CSV…"));
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(csv, &QAction::triggered, this, &AuditWindow::chooseCsv);
    QAction *close = file->addAction(tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditWindow::reload);
    connect(m_patient, &QLineEdit::editingFinished, this, &AuditWindow::reload);
    connect(m_appointment, &QLineEdit::editingFinished, this, &AuditWindow::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditWindow::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditWindow::reload);
    resize(1100, 640);
    reload();
}

Result<AuditQuery> AuditWindow::query() const
{
    AuditQuery q;
    q.user = m_user->currentData().toString();
    q.fromUtc = QDateTime(m_from->date(), QTime(0, 0), m_zone).toSecsSinceEpoch();
    q.toUtc = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
    const QString appointment = m_appointment->text().trimmed();
    if (!appointment.isEmpty()) {
        bool ok = false;
        q.appointmentId = appointment.toLongLong(&ok);
        if (!ok)
            return invalid(QStringLiteral("appointment"), tr("is not an appointment number"));
    }
    const QString patient = m_patient->text().trimmed();
    if (!patient.isEmpty()) {
        bool ok = false;
        const qint64 id = patient.toLongLong(&ok);
        if (ok) {
            q.patientId = id;
        } else {
            auto found = m_clinic.patients().search(patient, 2);
            if (!found)
                return found.error();
            if (found->isEmpty())
                return invalid(QStringLiteral("patient"),
                               tr("no patient matches \"%1\"").arg(patient));
            if (found->size() > 1)
                return invalid(QStringLiteral("patient"),
                               tr("several patients match \"%1\": type more, or the record number")
                                   .arg(patient));
            q.patientId = found->first().id;
        }
    }
    return q;
}

void AuditWindow::reload()
{
    auto q = query();
    if (!q) {
        m_state->setText(q.error().toString());
        return;
    }
    q->limit = kShownRows;
    auto rows = m_clinic.accounts().audit(*q);
    if (!rows) {
        m_state->setText(rows.error().message);
        return;
    }
    QList<AuditRow> list;
    list.reserve(rows->size());
    for (const AuditRecord &r : *rows)
        list.append({r});
    m_model->setRows(list);
    m_view->resizeColumnsToContents();
    m_state->setText(
        rows->size() >= kShownRows
            ? tr("The newest %1 records; narrow the filters, or export them all.").arg(kShownRows)
            : tr("%1 records.").arg(rows->size()));
}

Result<qint64> AuditWindow::exportCsv(const QString &path)
{
    auto q = query();
    if (!q)
        return q.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return invalid(QStringLiteral("out"), file.errorString());
    keepToOwner(file);
    auto rows = m_clinic.accounts().exportAuditCsv(*q, file);
    if (!rows)
        return rows.error();
    if (!file.commit())
        return Error{ErrorKind::Storage, QStringLiteral("out"), file.errorString()};
    return rows;
}

void AuditWindow::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit trail"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto rows = exportCsv(path);
    statusBar()->showMessage(
        rows ? tr("Wrote %1 records to %2.").arg(*rows).arg(path) : rows.error().toString(), 10000);
}

} // namespace fd
