// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "callmodels.h"

#include "calendar/walltime.h"
#include "contact/phone.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QTime>

namespace fd {

namespace {
QString timeText(int minute)
{
    return timeOfDayText(minute);
}
QString dayText(QDate day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}
} // namespace

QString visitLine(const Appointment &a)
{
    return QStringLiteral("%1, %2, %3, %4")
        .arg(dayText(a.day), timeText(a.startMinute), a.locationName, a.clinicianName);
}

QString visitShort(const Appointment &a)
{
    return QStringLiteral("%1 %2, %3").arg(dayText(a.day), timeText(a.startMinute), a.locationName);
}

QString phoneForPeople(const QString &e164)
{
    return formatPhoneNational(e164);
}

void SlotModel::setConfig(const ClinicConfig &config)
{
    m_config = config;
    if (!rows().isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SlotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const Slot &s = at(index.row());
    switch (index.column()) {
    case DayColumn:
        return QLocale().toString(s.day, QStringLiteral("dddd d MMM"));
    case TimeColumn:
        return timeText(s.startMinute);
    case LocationColumn:
        if (const Location *l = m_config.location(s.locationId))
            return l->name;
        return {};
    case ClinicianColumn:
        if (const Clinician *c = m_config.clinician(s.clinicianId))
            return c->name;
        return {};
    default:
        return {};
    }
}

QVariant SlotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case LocationColumn:
        return tr("Location");
    case ClinicianColumn:
        return tr("Clinician");
    default:
        return {};
    }
}

int PatientMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientMatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PatientMatch &m = at(index.row());
    if (role == Qt::ToolTipRole) {
        const auto &visit = index.column() == LastColumn ? m.lastVisit : m.nextVisit;
        if ((index.column() == LastColumn || index.column() == NextColumn) && visit)
            return visitLine(*visit);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m.patient.selfPay ? tr("%1 (self-pay)").arg(m.patient.name) : m.patient.name;
    case PhoneColumn:
        return phoneForPeople(m.patient.phone);
    case EmailColumn:
        return m.patient.email;
    case LastColumn:
        return m.lastVisit ? visitShort(*m.lastVisit) : tr("none");
    case NextColumn:
        return m.nextVisit ? visitShort(*m.nextVisit) : tr("none");
    default:
        return {};
    }
}

QVariant PatientMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Patient");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case LastColumn:
        return tr("Last visit");
    case NextColumn:
        return tr("Next visit");
    default:
        return {};
    }
}

int CallListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ScheduleService::CallListEntry &e = at(index.row());
    // Calls already made are greyed; the ones left stand out.
    if (role == Qt::ForegroundRole && !e.open())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole)
        return {};
    const Appointment &a = e.appointment;
    switch (index.column()) {
    case TimeColumn:
        return timeText(a.startMinute);
    case PatientColumn:
        return a.patientName;
    case PhoneColumn:
        return phoneForPeople(a.patientPhone);
    case LocationColumn:
        return a.locationName;
    case ClinicianColumn:
        return a.clinicianName;
    case OutcomeColumn:
        // A confirmation corrected since (a mistaken key undone): still to call.
        if (e.lastCall && e.open())
            return tr("To call (confirmation undone)");
        if (e.lastCall)
            return tr("%1 at %2")
                .arg(callOutcomeLabel(e.lastCall->outcome),
                     QLocale().toString(QDateTime::fromSecsSinceEpoch(e.lastCall->atUtc).time(),
                                        QLocale::ShortFormat));
        if (a.status == Status::Confirmed)
            return statusLabel(Status::Confirmed);
        return tr("To call");
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PatientColumn:
        return tr("Patient");
    case PhoneColumn:
        return tr("Phone");
    case LocationColumn:
        return tr("Location");
    case ClinicianColumn:
        return tr("Clinician");
    case OutcomeColumn:
        return tr("Call");
    default:
        return {};
    }
}

int CallListModel::openCount() const
{
    int open = 0;
    for (const auto &e : rows())
        open += e.open() ? 1 : 0;
    return open;
}

} // namespace fd
