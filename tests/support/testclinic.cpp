// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testclinic.h"

#include "demo/democlinic.h"

#include "booking/rules.h"
#include "clinic/setupservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

namespace fd::test {

bool onPostgres()
{
    return qEnvironmentVariableIsSet("FRONTDESK_TEST_POSTGRESQL");
}

QString postgresServer()
{
    QFile state(qEnvironmentVariable("FRONTDESK_TEST_POSTGRESQL"));
    if (!state.open(QIODevice::ReadOnly))
        qFatal("no test PostgreSQL cluster: %s", qPrintable(state.fileName()));
    QFile address(QString::fromUtf8(state.readAll().trimmed()) + QStringLiteral("/address"));
    if (!address.open(QIODevice::ReadOnly))
        qFatal("the test PostgreSQL cluster has no address: %s", qPrintable(address.fileName()));
    return QString::fromUtf8(address.readAll().trimmed());
}

namespace {

// Runs one statement on the server's maintenance database.
void onServer(const QString &sql)
{
    const QString name = QStringLiteral("test-maintenance");
    {
        QUrl url(postgresServer());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL server: %s",
                   qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TempServerDatabase::TempServerDatabase()
{
    static int counter = 0;
    m_name = QStringLiteral("fd_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    onServer(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    QUrl url(postgresServer());
    url.setPath(QLatin1Char('/') + m_name);
    m_address = url.toString();
}

TempServerDatabase::~TempServerDatabase()
{
    onServer(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
}

TempClinic::TempClinic(const Clock &clock, const QString &user) : m_clock(clock), m_user(user)
{
    if (onPostgres()) {
        m_server = std::make_unique<TempServerDatabase>();
        m_path = m_server->address();
    } else {
        m_path = m_dir.filePath(QStringLiteral("clinic.db"));
    }
    reopen();
}

TempClinic::~TempClinic()
{
    m_clinic.reset();
}

void TempClinic::reopen()
{
    m_clinic.reset();
    m_clinic = openOtherDesk(m_path, m_clock, m_user, Clinic::OpenMode::CreateIfMissing);
}

std::unique_ptr<Clinic> openOtherDesk(const QString &path, const Clock &clock, const QString &user,
                                      Clinic::OpenMode mode)
{
    auto opened = Clinic::open(path, clock, user, mode);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().toString()));
    auto accounts = (*opened)->hasAccounts();
    if (accounts && *accounts)
        signInDemo(**opened);
    return std::move(opened.value());
}

void signInDemo(Clinic &clinic, const QString &name)
{
    if (auto r = clinic.signIn(name, kDemoPassword); !r)
        qFatal("cannot sign in as %s: %s", qPrintable(name), qPrintable(r.error().toString()));
}

SmallClinic createSmallClinic(Clinic &clinic)
{
    SetupService &setup = clinic.setup();
    SmallClinic c;
    auto must = [](auto result) {
        if (!result)
            qFatal("setting up the small clinic failed: %s", qPrintable(result.error().toString()));
        return result;
    };
    Location midtown;
    midtown.name = QStringLiteral("Midtown");
    midtown.address = QStringLiteral("Madison Avenue and 40th Street, New York, NY 10016");
    midtown.phone = QStringLiteral("(212) 986-3888");
    midtown.closedDates.insert(QDate(2026, 3, 13));
    c.midtown = *must(setup.addLocation(midtown));
    Location chatham;
    chatham.name = QStringLiteral("Chatham");
    c.chatham = *must(setup.addLocation(chatham));
    c.physicalTherapy = *must(setup.addService(QStringLiteral("Physical therapy")));
    c.chiropractic = *must(setup.addService(QStringLiteral("Chiropractic care")));

    Clinician one;
    one.name = QStringLiteral("Dr. One");
    one.serviceIds = {c.physicalTherapy};
    for (int day = 1; day <= 5; ++day)
        one.shifts.append({c.midtown, day, 7 * 60, 19 * 60});
    c.drOne = *must(setup.addClinician(one));

    Clinician two;
    two.name = QStringLiteral("Dr. Two");
    two.capacity = 2;
    two.serviceIds = {c.physicalTherapy, c.chiropractic};
    two.shifts = {{c.midtown, 1, 7 * 60, 15 * 60},
                  {c.chatham, 2, 11 * 60, 19 * 60},
                  {c.midtown, 3, 7 * 60, 15 * 60},
                  {c.chatham, 4, 11 * 60, 19 * 60}};
    c.drTwo = *must(setup.addClinician(two));
    return c;
}

QDateTime newYork(const QString &wall)
{
    return QDateTime(QDateTime::fromString(wall, Qt::ISODate).date(),
                     QDateTime::fromString(wall, Qt::ISODate).time(),
                     QTimeZone(QByteArrayLiteral("America/New_York")))
        .toUTC();
}

QString ruleViolation(const ClinicConfig &config, const QList<Appointment> &appointments)
{
    QHash<qint64, QList<Interval>> byClinician;
    QHash<qint64, QList<Interval>> byPatient;
    for (const Appointment &a : appointments) {
        const TypeSettings &t = config.settings(a.type);
        if (a.endMinute - a.startMinute != t.minutes)
            return QStringLiteral("appointment %1 lasts %2 minutes")
                .arg(a.id)
                .arg(a.endMinute - a.startMinute);
        const Placement p{config.location(a.locationId),
                          config.clinician(a.clinicianId),
                          a.serviceId,
                          a.day,
                          a.startMinute,
                          t.minutes,
                          t.bufferMinutes};
        if (auto r = rules::checkPlacement(p, 0); !r)
            return QStringLiteral("appointment %1: %2").arg(a.id).arg(r.error().toString());
        if (holdsSlot(a.status)) {
            byClinician[a.clinicianId].append({a.startUtc, a.blockEndUtc});
            byPatient[a.patientId].append({a.startUtc, a.endUtc});
        }
    }
    for (auto it = byClinician.cbegin(); it != byClinician.cend(); ++it)
        for (const Interval &i : it.value())
            if (rules::peakOverlap(i, it.value()) > config.clinician(it.key())->capacity)
                return QStringLiteral("clinician %1 is over capacity").arg(it.key());
    for (auto it = byPatient.cbegin(); it != byPatient.cend(); ++it)
        for (const Interval &i : it.value())
            if (rules::peakOverlap(i, it.value()) > 1)
                return QStringLiteral("patient %1 is booked twice at once").arg(it.key());
    return {};
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString tableCounts(Database &db)
{
    QStringList counts;
    for (const char *table :
         {"locations", "closed_dates", "services", "clinicians", "shifts", "time_off", "patients",
          "appointments", "status_history", "audit_log"}) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        q.next();
        counts.append(QString::fromLatin1(table) + QLatin1Char('=') + q.value(0).toString());
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT group_concat(status, ',') FROM appointments"));
    q.next();
    counts.append(q.value(0).toString());
    return counts.join(QLatin1Char(' '));
}

} // namespace fd::test
