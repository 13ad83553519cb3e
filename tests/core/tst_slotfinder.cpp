// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/rules.h"
#include "booking/slotfinder.h"
#include "calendar/walltime.h"
#include "testclinic.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fd;

namespace {

// A brute-force statement of "a free slot": every 5 minutes of every day, every location and
// clinician, asked of the rules themselves.
QList<Slot> oracle(const ClinicConfig &config, const SlotQuery &query, QDate to,
                   const QList<Appointment> &booked, qint64 now)
{
    const TypeSettings &t = config.settings(query.type);
    QList<Slot> all;
    for (QDate day = query.from; day <= to; day = day.addDays(1)) {
        if (!query.weekdays.isEmpty() && !query.weekdays.contains(day.dayOfWeek()))
            continue;
        for (const Location &loc : config.locations) {
            if (query.locationId && *query.locationId != loc.id)
                continue;
            for (const Clinician &clin : config.clinicians) {
                if (query.clinicianId && *query.clinicianId != clin.id)
                    continue;
                if (query.serviceId && !clin.offers(*query.serviceId))
                    continue;
                QList<Interval> blocks;
                for (const Appointment &a : booked)
                    if (a.clinicianId == clin.id && holdsSlot(a.status))
                        blocks.append({a.startUtc, a.blockEndUtc});
                for (int m = 0; m < 24 * 60; m += 5) {
                    if ((query.part == DayPart::Am && m >= 720) ||
                        (query.part == DayPart::Pm && m < 720))
                        continue;
                    const Placement p{&loc, &clin,     query.serviceId, day,
                                      m,    t.minutes, t.bufferMinutes};
                    if (!rules::checkPlacement(p, now))
                        continue;
                    const Interval block{
                        wallToUtc(loc.timeZone, day, m),
                        wallToUtc(loc.timeZone, day, m + t.minutes + t.bufferMinutes)};
                    if (!rules::checkCapacity(clin, block, blocks))
                        continue;
                    all.append({day, m, m + t.minutes, loc.id, clin.id, query.type});
                }
            }
        }
    }
    std::sort(all.begin(), all.end());
    return all.mid(0, query.limit);
}

struct World
{
    ClinicConfig config;
    QList<Appointment> booked;
    SlotQuery query;
    QDate to;
    qint64 now = 0;
};

World randomWorld(quint32 seed)
{
    QRandomGenerator rng(seed);
    World w;
    const QDate start = (seed % 2) ? QDate(2026, 3, 2) : QDate(2026, 10, 26); // spans a DST change
    const QString zone = QStringLiteral("America/New_York");
    auto pick = [&](std::initializer_list<int> values) {
        return *(values.begin() + rng.bounded(static_cast<int>(values.size())));
    };
    const int locations = 1 + rng.bounded(3);
    for (int i = 1; i <= locations; ++i) {
        Location l;
        l.id = i;
        l.name = QStringLiteral("L%1").arg(i);
        l.openMinute = pick({7 * 60, 7 * 60, 8 * 60});
        l.closeMinute = pick({17 * 60, 19 * 60, 19 * 60});
        l.slotMinutes = pick({10, 15, 15, 20, 30});
        if (rng.bounded(2))
            l.closedDates.insert(start.addDays(rng.bounded(14)));
        w.config.locations.append(l);
    }
    w.config.services = {
        {1, QStringLiteral("A")}, {2, QStringLiteral("B")}, {3, QStringLiteral("C")}};
    const int clinicians = 1 + rng.bounded(4);
    for (int i = 1; i <= clinicians; ++i) {
        Clinician c;
        c.id = 10 + i;
        c.name = QStringLiteral("C%1").arg(i);
        c.capacity = 1 + rng.bounded(2);
        for (int s = 1; s <= 3; ++s)
            if (rng.bounded(2))
                c.serviceIds.insert(s);
        for (int day = 1; day <= 6; ++day) { // a Saturday shift must still give no slot
            if (rng.bounded(4) == 0)
                continue;
            const int from = 6 * 60 + 5 * rng.bounded(72);
            const int until = std::min(20 * 60, from + 60 * (2 + rng.bounded(7)));
            c.shifts.append({1 + rng.bounded(locations), day, from, until});
        }
        if (rng.bounded(3) == 0) {
            const QDate off = start.addDays(rng.bounded(14));
            c.timeOff.append({wallToUtc(zone, off, 10 * 60),
                              wallToUtc(zone, off, 13 * 60 + 5 * rng.bounded(12)),
                              {}});
        }
        w.config.clinicians.append(c);
    }
    for (auto &t : w.config.types) {
        t.minutes = pick({20, 30, 45, 60});
        t.bufferMinutes = pick({0, 0, 5, 15});
    }
    const int appointments = rng.bounded(120);
    for (int i = 0; i < appointments; ++i) {
        Appointment a;
        a.id = i + 1;
        a.clinicianId = 10 + 1 + rng.bounded(clinicians);
        a.locationId = 1 + rng.bounded(locations);
        a.day = start.addDays(rng.bounded(14));
        a.startMinute = 7 * 60 + 5 * rng.bounded(130);
        a.endMinute = a.startMinute + pick({20, 30, 45, 60});
        a.startUtc = wallToUtc(zone, a.day, a.startMinute);
        a.endUtc = wallToUtc(zone, a.day, a.endMinute);
        a.blockEndUtc = a.endUtc + 60 * pick({0, 0, 10});
        a.status = static_cast<Status>(rng.bounded(6));
        w.booked.append(a);
    }
    w.query.type = static_cast<AppointmentType>(rng.bounded(3));
    if (rng.bounded(3) == 0)
        w.query.locationId = 1 + rng.bounded(locations);
    if (rng.bounded(3) == 0)
        w.query.clinicianId = 10 + 1 + rng.bounded(clinicians);
    if (rng.bounded(3) == 0)
        w.query.serviceId = 1 + rng.bounded(3);
    if (rng.bounded(2))
        for (int d = 1; d <= 5; ++d)
            if (rng.bounded(2))
                w.query.weekdays.insert(d);
    w.query.part = static_cast<DayPart>(rng.bounded(3));
    w.query.from = start;
    w.query.limit = 1 + rng.bounded(60);
    w.to = start.addDays(13);
    w.now = wallToUtc(zone, start.addDays(rng.bounded(3)), 9 * 60 + 5 * rng.bounded(60));
    return w;
}

QString describe(const QList<Slot> &list)
{
    QStringList lines;
    for (const Slot &s : list)
        lines.append(QStringLiteral("%1 L%2 C%3")
                         .arg(formatWall(s.day, s.startMinute))
                         .arg(s.locationId)
                         .arg(s.clinicianId));
    return lines.join(QStringLiteral(", "));
}

} // namespace

class TestSlotFinder : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheOracle()
    {
        int nonEmpty = 0;
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const World w = randomWorld(seed);
            const QList<Slot> expected = oracle(w.config, w.query, w.to, w.booked, w.now);
            QList<BusyBlock> busy;
            for (const Appointment &a : w.booked)
                if (holdsSlot(a.status))
                    busy.append(BusyBlock{a.clinicianId, {a.startUtc, a.blockEndUtc}});
            const QList<Slot> actual = SlotFinder::findIn(w.config, w.query, w.to, busy, w.now);
            if (actual != expected) {
                qWarning().noquote() << "seed" << seed << "\nexpected:" << describe(expected)
                                     << "\nactual:  " << describe(actual);
                QFAIL(qPrintable(
                    QStringLiteral("slot finder disagrees with the oracle at seed %1").arg(seed)));
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        // The generator must produce worlds with answers, or the comparison proves little.
        QVERIFY(nonEmpty > 200);
    }

    void searchesTheStoreAndBookingRemovesTheSlot()
    {
        ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        const auto clinic = test::createSmallClinic(temp.clinic());
        SlotFinder &finder = temp.clinic().slotFinder();
        SlotQuery q;
        q.type = AppointmentType::New;
        q.clinicianId = clinic.drOne;
        q.from = QDate(2026, 3, 6);
        q.limit = 3;
        q.part = DayPart::Pm;
        auto first = finder.find(q);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 3);
        QCOMPARE(formatWall(first->at(0).day, first->at(0).startMinute),
                 QStringLiteral("2026-03-06T12:00"));
        QCOMPARE(first->at(1).startMinute, 12 * 60 + 15);

        BookingRequest r;
        r.type = AppointmentType::New;
        r.name = QStringLiteral("Ann Lee");
        r.phone = QStringLiteral("2015550123");
        r.location = QString::number(first->at(0).locationId);
        r.clinician = QString::number(first->at(0).clinicianId);
        r.day = first->at(0).day;
        r.startMinute = first->at(0).startMinute;
        QVERIFY(temp.clinic().booking().book(r).ok());
        auto second = finder.find(q);
        QCOMPARE(formatWall(second->at(0).day, second->at(0).startMinute),
                 QStringLiteral("2026-03-06T13:00"));
        // A search from a date long gone starts from today, not from then.
        SlotQuery past = q;
        past.from = QDate(2024, 1, 1);
        QCOMPARE(*finder.find(past), *second);

        // Tuesday only, AM, at Chatham: Dr. Two works there 11:00-19:00 on Tuesdays.
        q.clinicianId.reset();
        q.locationId = clinic.chatham;
        q.weekdays = {2};
        q.part = DayPart::Am;
        auto tuesday = finder.find(q);
        QCOMPARE(tuesday->size(), 3);
        for (const Slot &s : *tuesday) {
            QCOMPARE(s.day.dayOfWeek(), 2);
            QVERIFY(s.startMinute < 12 * 60);
            QCOMPARE(s.clinicianId, clinic.drTwo);
        }
        QCOMPARE(formatWall(tuesday->at(0).day, tuesday->at(0).startMinute),
                 QStringLiteral("2026-03-10T11:00"));
        QCOMPARE(tuesday->at(2).startMinute, 11 * 60 + 30);
        q.limit = 6; // four starts before noon each Tuesday: the fifth is the next week's
        QCOMPARE(finder.find(q)->at(4).day, QDate(2026, 3, 17));
    }

    // The next page of suggestions, a known caller's own visits, and the visit being moved.
    void pagesAndTheCallersOwnVisits()
    {
        ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        const auto clinic = test::createSmallClinic(temp.clinic());
        SlotFinder &finder = temp.clinic().slotFinder();
        SlotQuery q;
        q.type = AppointmentType::FollowUp;
        q.from = QDate(2026, 3, 9);
        q.limit = 12;
        const QList<Slot> all = finder.find(q).value();
        // After any slot: exactly the ones that follow it, whether on its day or later ones.
        for (int cut : {0, 4, 9}) {
            SlotQuery next = q;
            next.after = all[cut];
            next.limit = 2;
            QCOMPARE(finder.find(next).value(), all.mid(cut + 1, 2));
        }
        SlotQuery nextDay = q;
        nextDay.after = Slot{QDate(2026, 3, 9), 24 * 60, 24 * 60, 0, 0, q.type};
        QCOMPARE(finder.find(nextDay).value().first().day, QDate(2026, 3, 10));

        // Ann is booked with Dr. One at 9:00 on Monday: for her, nothing overlaps that visit,
        // at any clinician.
        BookingRequest r;
        r.type = AppointmentType::New;
        r.name = QStringLiteral("Ann Lee");
        r.phone = QStringLiteral("2015550123");
        r.location = QStringLiteral("Midtown");
        r.clinician = QString::number(clinic.drOne);
        r.day = QDate(2026, 3, 9);
        r.startMinute = 9 * 60;
        const Appointment ann = temp.clinic().booking().book(r).value();
        SlotQuery hers = q;
        hers.limit = 40;
        hers.patientId = ann.patientId;
        const Interval visit{ann.startUtc, ann.endUtc};
        bool sameTimeElsewhere = false;
        const QList<Slot> forHer = finder.find(hers).value();
        QVERIFY(!forHer.isEmpty());
        for (const Slot &s : forHer) {
            const qint64 start =
                wallToUtc(QStringLiteral("America/New_York"), s.day, s.startMinute);
            QVERIFY(!visit.overlaps({start, start + 60LL * (s.endMinute - s.startMinute)}));
        }
        // Moving that visit: its own time is free again, at its clinician or another.
        hers.movingAppointmentId = ann.id;
        const QList<Slot> moving = finder.find(hers).value();
        for (const Slot &s : moving)
            if (s.day == ann.day && s.startMinute == ann.startMinute)
                sameTimeElsewhere = true;
        QVERIFY(sameTimeElsewhere);
    }
};

QTEST_GUILESS_MAIN(TestSlotFinder)
#include "tst_slotfinder.moc"
