// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clinic.h"

#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "patients/patientservice.h"
#include "reports/reportservice.h"
#include "setupservice.h"
#include "store/audit.h"
#include "store/sqlite/database.h"
#include "store/sqlite/sqlitestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace fd {

Result<std::unique_ptr<Clinic>> Clinic::open(const QString &database, const Clock &clock,
                                             const QString &user, OpenMode mode)
{
    // postgresql://... and the like: not a file name, and not a store this build has.
    static const QRegularExpression url(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (url.match(database).hasMatch())
        return invalid(QStringLiteral("db"),
                       QCoreApplication::translate("fd::Clinic",
                                                   "%1 is not a database file; only SQLite "
                                                   "files are supported so far")
                           .arg(database));
    auto store = SqliteStore::open(database, mode == OpenMode::CreateIfMissing);
    if (!store)
        return store.error();
    return std::make_unique<Clinic>(std::move(store.value()), clock, user);
}

QString Clinic::defaultDatabase()
{
    return Database::defaultPath();
}

Clinic::Clinic(std::unique_ptr<Store> store, const Clock &clock, const QString &user,
               QObject *parent)
    : QObject(parent), m_store(std::move(store)),
      m_context{*m_store, clock, user.isEmpty() ? currentUserName() : user, {}, {}, {}},
      m_booking(std::make_unique<BookingService>(m_context)),
      m_schedule(std::make_unique<ScheduleService>(m_context)),
      m_setup(std::make_unique<SetupService>(m_context)),
      m_slots(std::make_unique<SlotFinder>(m_context)),
      m_patients(std::make_unique<PatientService>(m_context)),
      m_reports(std::make_unique<ReportService>(m_context))
{
    qRegisterMetaType<ChangeSet>();
    m_context.committed = [this](const ChangeSet &changes) { emit changed(changes); };
    connect(m_store.get(), &Store::othersCommitted, this, [this] {
        // A busy moment is no reason to lose the news: look again shortly.
        if (!readOtherDesksChanges())
            QTimer::singleShot(250, this, [this] { (void)readOtherDesksChanges(); });
    });
}

Clinic::~Clinic() = default;

QString Clinic::databaseName() const
{
    return m_store->name();
}

int Clinic::schemaVersion()
{
    return m_store->schemaVersion();
}

Result<void> Clinic::backup(const QString &path)
{
    return m_store->backupTo(path);
}

Result<QStringList> Clinic::check()
{
    return m_store->check();
}

void Clinic::setUser(const QString &user)
{
    m_context.user = user.isEmpty() ? currentUserName() : user;
}

void Clinic::watchOtherDesks(bool on)
{
    if (on && m_lastSequence < 0)
        (void)readOtherDesksChanges(); // notes where the log stands
    m_context.watching = on;
    m_store->watchOthers(on);
}

Result<ChangeSet> Clinic::readOtherDesksChanges()
{
    if (m_lastSequence < 0) {
        // The first read only notes where the log stands: what came before is history.
        auto last = m_store->lastChangeSequence();
        if (!last)
            return last.error();
        m_lastSequence = *last;
        return ChangeSet{};
    }
    auto records = m_store->changesSince(m_lastSequence);
    if (!records)
        return records.error();
    // One signal per committed unit, in commit order: what `watch` prints line by line.
    ChangeSet others;
    for (const ChangeRecord &record : *records) {
        m_lastSequence = std::max(m_lastSequence, record.sequence);
        if (m_context.ownSequences.remove(record.sequence))
            continue;
        ChangeSet change = ChangeSet::fromJson(QJsonDocument::fromJson(record.json).object());
        change.external = true;
        others.merge(change);
        if (!change.isEmpty())
            emit changed(change);
    }
    others.external = true;
    return others;
}

} // namespace fd
