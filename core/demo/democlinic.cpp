// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "democlinic.h"

#include "booking/bookingservice.h"
#include "calendar/holidays.h"
#include "calendar/walltime.h"
#include "clinic/clinic.h"
#include "clinic/setupservice.h"
#include "demo/vocabulary.h"
#include "patients/patientservice.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>

#include <array>

namespace fd {
namespace {

using namespace vocabulary;

const QString kUser = QStringLiteral("demo");
const QString kZone = QStringLiteral("America/New_York");

// A week as pairs of (location index, start hour, end hour) for Monday..Friday; -1: off.
struct DemoClinician
{
    const char *name;
    std::array<int, 3> services; // indexes into kServices, -1 for none
    int capacity;
    std::array<std::array<int, 3>, 5> week;
};
constexpr std::array kClinicians{
    DemoClinician{"Dr. Maria Alvarez, DPT",
                  {0, 6, -1},
                  2,
                  {{{0, 7, 15}, {1, 11, 19}, {0, 7, 15}, {1, 11, 19}, {0, 7, 13}}}},
    DemoClinician{"Dr. James Chen, DC",
                  {1, 5, 6},
                  1,
                  {{{1, 7, 15}, {0, 11, 19}, {1, 7, 15}, {0, 11, 19}, {-1, 0, 0}}}},
    DemoClinician{"Dr. Priya Natarajan, MD",
                  {3, 4, 5},
                  1,
                  {{{0, 8, 16}, {0, 8, 16}, {3, 9, 17}, {3, 9, 17}, {0, 8, 12}}}},
    DemoClinician{"Sarah O'Connell, LMT",
                  {2, -1, -1},
                  1,
                  {{{2, 10, 18}, {2, 10, 18}, {-1, 0, 0}, {1, 9, 17}, {1, 9, 17}}}},
    DemoClinician{"Dr. Michael Russo, DPT",
                  {0, -1, -1},
                  2,
                  {{{3, 7, 15}, {3, 7, 15}, {3, 11, 19}, {-1, 0, 0}, {3, 7, 15}}}},
    DemoClinician{"Dr. Aisha Johnson, DC",
                  {1, 6, -1},
                  1,
                  {{{2, 7, 15}, {-1, 0, 0}, {2, 11, 19}, {2, 7, 15}, {2, 7, 15}}}},
    DemoClinician{"Dr. Daniel Kim, DPT",
                  {0, 2, -1},
                  2,
                  {{{0, 11, 19}, {0, 7, 15}, {0, 11, 19}, {0, 7, 15}, {0, 11, 19}}}},
    DemoClinician{"Dr. Elena Petrova, MD",
                  {4, 3, -1},
                  1,
                  {{{1, 9, 17}, {2, 9, 17}, {1, 9, 17}, {-1, 0, 0}, {2, 9, 13}}}},
    DemoClinician{"Tom Becker, LMT",
                  {2, -1, -1},
                  1,
                  {{{0, 12, 19}, {0, 12, 19}, {3, 12, 19}, {3, 12, 19}, {0, 7, 12}}}},
    DemoClinician{"Dr. Grace Liu, DPT",
                  {0, 6, -1},
                  2,
                  {{{2, 11, 19}, {2, 7, 15}, {-1, 0, 0}, {2, 11, 19}, {1, 7, 15}}}},
    DemoClinician{"Dr. Robert Hayes, DC",
                  {1, 5, -1},
                  1,
                  {{{3, 11, 19}, {1, 7, 15}, {3, 7, 15}, {1, 11, 19}, {3, 11, 19}}}},
    DemoClinician{"Dr. Nina Shah, DO",
                  {3, 4, 0},
                  1,
                  {{{-1, 0, 0}, {3, 11, 19}, {0, 7, 15}, {0, 11, 19}, {0, 11, 19}}}},
};

template <typename Array> QString pick(QRandomGenerator &rng, const Array &items)
{
    return QString::fromUtf8(items[rng.bounded(static_cast<quint32>(items.size()))]);
}

Patient randomPatient(QRandomGenerator &rng, int serial)
{
    Patient p;
    p.name = pick(rng, kFirstNames) + QLatin1Char(' ') + pick(rng, kLastNames);
    // 555-01xx numbers are reserved for fiction; spread them over the clinics' area codes.
    p.phone = QStringLiteral("+1") + pick(rng, kAreaCodes) + QStringLiteral("555") +
              QStringLiteral("%1").arg(100 + serial % 100, 4, 10, QLatin1Char('0'));
    p.email = p.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) +
              QStringLiteral("%1@example.com").arg(serial);
    const quint32 roll = rng.bounded(10u);
    p.selfPay = roll == 0;
    if (!p.selfPay) {
        p.insuranceCarrier = pick(rng, kCarriers);
        p.memberId = QStringLiteral("M%1").arg(rng.bounded(10000000u, 99999999u));
    }
    return p;
}

Result<DemoSummary> fill(ServiceContext &present, quint32 seed)
{
    Store &store = present.store;
    const Clock &clock = present.clock;
    auto empty = store.isEmpty();
    if (!empty)
        return empty.error();
    if (!*empty)
        return invalid(
            QStringLiteral("db"),
            QCoreApplication::translate("fd::Demo", "the database already holds a clinic"));
    // Its accounts would sit beside someone's real ones, with a published password.
    auto setupBefore = store.config();
    if (!setupBefore)
        return setupBefore.error();
    if (!setupBefore->accounts.isEmpty())
        return invalid(
            QStringLiteral("db"),
            QCoreApplication::translate(
                "fd::Demo", "the demo clinic goes into a new database, without accounts"));
    QRandomGenerator rng(seed);
    DemoSummary summary;
    // The demo's own user, and for the bookings a clock set to when each would have been made.
    ManualClock when;
    ServiceContext past{store, when, kUser, {}, {}, {}, {}, {}};
    SetupService setup(present);
    const QDate today = clock.now().toTimeZone(QTimeZone(kZone.toUtf8())).date();

    QList<qint64> locationIds;
    for (const SeedLocation &d : kLocations) {
        Location l;
        l.name = QString::fromUtf8(d.name);
        l.address = QString::fromUtf8(d.address);
        l.phone = QString::fromUtf8(d.phone);
        l.timeZone = kZone;
        auto id = setup.addLocation(l);
        if (!id)
            return id.error();
        locationIds.append(*id);
        for (int year : {today.year(), today.year() + 1})
            for (const Holiday &h : usFederalHolidays(year))
                if (auto r = setup.addClosedDate(*id, h.date, h.name); !r)
                    return r.error();
    }
    summary.locations = static_cast<int>(locationIds.size());

    QList<qint64> serviceIds;
    for (const char *name : kServices) {
        auto id = setup.addService(QString::fromUtf8(name));
        if (!id)
            return id.error();
        serviceIds.append(*id);
    }

    for (const DemoClinician &d : kClinicians) {
        Clinician c;
        c.name = QString::fromUtf8(d.name);
        c.capacity = d.capacity;
        for (int s : d.services)
            if (s >= 0)
                c.serviceIds.insert(serviceIds[s]);
        for (int weekday = 1; weekday <= 5; ++weekday) {
            const auto &w = d.week[static_cast<std::size_t>(weekday - 1)];
            if (w[0] >= 0)
                c.shifts.append({locationIds[w[0]], weekday, w[1] * 60, w[2] * 60});
        }
        auto id = setup.addClinician(c);
        if (!id)
            return id.error();
        ++summary.clinicians;
    }
    // One clinician is away for a day next week.
    const QDate awayDay = today.addDays(8 - today.dayOfWeek() + 2); // next Wednesday
    if (auto r = setup.addTimeOff(2, {wallToUtc(kZone, awayDay, 0),
                                      wallToUtc(kZone, awayDay.addDays(1), 0),
                                      QStringLiteral("Conference")});
        !r)
        return r.error();

    // The patient register, with an audit record per patient.
    QList<Patient> patients;
    PatientService register_(present);
    for (int i = 0; i < 320; ++i) {
        Patient p = randomPatient(rng, i);
        if (auto id = register_.add(p); !id)
            return id.error();
        patients.append(p);
    }
    summary.patients = static_cast<int>(patients.size());

    // Five weeks of appointments before today (enough for a report to compare a week, or most
    // of a month, with the one before) and a week after, each booked a few days before it
    // happens and moved along its statuses at the times those steps would have happened.
    auto config = store.config();
    if (!config)
        return config.error();
    BookingService booking(past);
    const qint64 now = clock.nowSecs();
    int newSerial = 1000;
    for (QDate day = today.addDays(-35); day <= today.addDays(7); day = day.addDays(1)) {
        for (const Clinician &clin : config->clinicians) {
            for (const Shift &shift : clin.shifts) {
                if (shift.weekday != day.dayOfWeek())
                    continue;
                const Location *loc = config->location(shift.locationId);
                if (loc->closedDates.contains(day))
                    continue;
                for (int m = shift.startMinute; m < shift.endMinute;) {
                    if (rng.bounded(100u) >= 62) {
                        m += 30;
                        continue;
                    }
                    const quint32 roll = rng.bounded(100u);
                    BookingRequest req;
                    req.type = roll < 20   ? AppointmentType::New
                               : roll < 88 ? AppointmentType::FollowUp
                                           : AppointmentType::SelfPay;
                    Patient p = req.type == AppointmentType::New
                                    ? randomPatient(rng, newSerial++)
                                    : patients[rng.bounded(static_cast<quint32>(patients.size()))];
                    req.name = p.name;
                    req.phone = p.phone;
                    req.email = p.email;
                    if (req.type == AppointmentType::New) {
                        req.insuranceCarrier = p.insuranceCarrier;
                        req.memberId = p.memberId;
                    }
                    req.location = QString::number(loc->id);
                    req.clinician = QString::number(clin.id);
                    const auto services = clin.serviceIds.values();
                    req.service = QString::number(
                        services[rng.bounded(static_cast<quint32>(services.size()))]);
                    req.day = day;
                    req.startMinute = m;
                    req.reason = pick(rng, kReasons);
                    const qint64 start = wallToUtc(loc->timeZone, day, m);
                    when.set(QDateTime::fromSecsSinceEpoch(
                        start - 86400LL * (2 + rng.bounded(12u)) - 3600LL * rng.bounded(8u),
                        QTimeZone::utc()));
                    auto booked = booking.book(req);
                    if (!booked) {
                        m += 15;
                        continue;
                    }
                    ++summary.appointments;
                    if (req.type == AppointmentType::New)
                        ++summary.patients; // a new patient, registered by the booking
                    m += config->settings(req.type).minutes;
                    const qint64 id = booked->id;
                    const qint64 end = booked->endUtc;
                    auto at = [&](qint64 secs) {
                        when.set(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()));
                    };
                    const quint32 fate = rng.bounded(100u);
                    if (fate < 8) { // cancelled, some of them late
                        const qint64 cancelAt = std::max(when.nowSecs() + 3600,
                                                         start - (fate < 3 ? 5 * 3600 : 3 * 86400));
                        if (cancelAt < now) {
                            at(cancelAt);
                            (void)booking.cancel(
                                id, fate < 3 ? QString() : QStringLiteral("Schedule conflict"));
                        }
                        continue;
                    }
                    if (fate < 60) {
                        at(std::min(start - 86400, now - 60));
                        if (start - 86400 < now)
                            (void)booking.setStatus(id, Status::Confirmed);
                    }
                    if (end + 600 < now) {
                        if (fate >= 60 && fate < 66) {
                            at(start + 900);
                            (void)booking.setStatus(id, Status::NoShow);
                            continue;
                        }
                        at(start - 300);
                        (void)booking.setStatus(id, Status::Arrived);
                        at(end);
                        (void)booking.setStatus(id, Status::Completed);
                    } else if (start - 300 < now) {
                        at(start - 300);
                        (void)booking.setStatus(id, Status::Arrived);
                    }
                }
            }
        }
    }
    // One account per role, all with the demo's published password; the clinician's is the
    // first clinician's.
    auto setupNow = store.config();
    if (!setupNow)
        return setupNow.error();
    for (const DemoAccount &demo : demoAccounts()) {
        Account account;
        account.name = demo.name;
        account.fullName = demo.fullName;
        account.role = demo.role;
        if (demo.role == Role::Clinician)
            account.clinicianId = setupNow->clinicians.first().id;
        auto hash = passwords::hash(kDemoPassword);
        if (!hash)
            return hash.error();
        auto id = store.insertAccount(account, *hash, clock.nowSecs());
        if (!id)
            return id.error();
        if (auto r = store.writeAudit({clock.nowSecs(),
                                       kUser,
                                       QStringLiteral("add-account"),
                                       QStringLiteral("account"),
                                       *id,
                                       {},
                                       {{QStringLiteral("name"), account.name},
                                        {QStringLiteral("role"), roleCode(account.role)}}});
            !r)
            return r.error();
    }
    // What the bookings changed goes out with the unit, so other desks see the new clinic.
    present.pending.merge(past.pending);
    present.pending.setup = true;
    return summary;
}

} // namespace

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts{
        {QStringLiteral("manager"), QStringLiteral("Demo Manager"), Role::Manager},
        {QStringLiteral("frontdesk"), QStringLiteral("Demo Receptionist"), Role::Receptionist},
        {QStringLiteral("clinician"), QStringLiteral("Demo Clinician"), Role::Clinician}};
    return accounts;
}

Result<DemoSummary> createDemoClinic(Clinic &clinic, quint32 seed)
{
    // The demo's own user; one unit, so that the clinic is there whole or not at all.
    ServiceContext present{clinic.store(), clinic.clock(), kUser, {}, {}, {}, {}, {}};
    return inUnit<DemoSummary>(present, [&] { return fill(present, seed); });
}

} // namespace fd
