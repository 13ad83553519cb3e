// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "access/accountservice.h"
#include "common/result.h"
#include "rowtablemodel.h"

#include <QMainWindow>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace fd {

class Clinic;

struct AuditRow
{
    AuditRecord record;
    friend bool operator==(const AuditRow &a, const AuditRow &b)
    {
        return a.record.id == b.record.id;
    }
};

// The trail's rows, newest first: when, who, what, which record, and what changed.
class AuditModel : public RowTableModel<AuditRow>
{
    Q_OBJECT

public:
    explicit AuditModel(QObject *parent = nullptr);
    void setZone(const QTimeZone &zone) { m_zone = zone; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const AuditRow &a, const AuditRow &b) const override
    {
        return a.record.id == b.record.id;
    }

private:
    QTimeZone m_zone;
};

// A manager's window on the audit trail: filtered by user, patient, appointment and period,
// and exported as CSV (the export itself goes on the trail).
class AuditWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The newest rows shown at once; the CSV holds all that the filters match.
    static constexpr int kShownRows = 2000;

    explicit AuditWindow(Clinic &clinic, QWidget *parent = nullptr);
    AuditModel *model() const { return m_model; }

    // The filters as the core reads them, or an error naming the field at fault.
    Result<AuditQuery> query() const;
    void reload();
    Result<qint64> exportCsv(const QString &path);

private:
    void chooseCsv();

    Clinic &m_clinic;
    QComboBox *m_user = nullptr;
    QLineEdit *m_patient = nullptr;
    QLineEdit *m_appointment = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_state = nullptr;
    QTableView *m_view = nullptr;
    AuditModel *m_model = nullptr;
    QTimeZone m_zone;
};

} // namespace fd
