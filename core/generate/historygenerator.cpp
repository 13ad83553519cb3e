// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historygenerator.h"

#include "calendar/holidays.h"
#include "calendar/walltime.h"
#include "clinic/clinic.h"
#include "clinic/setupservice.h"
#include "demo/vocabulary.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>

#include <array>
#include <numeric>

namespace fd {
namespace {

using namespace vocabulary;

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Generator)
};

const QString kZone = QStringLiteral("America/New_York");

struct Profession
{
    const char *suffix;
    std::array<int, 2> services; // indexes into kServices
    int capacity;
};
constexpr std::array kProfessions{Profession{"DPT", {0, 6}, 2}, Profession{"DC", {1, 5}, 1},
                                  Profession{"MD", {3, 4}, 1}, Profession{"LMT", {2, 2}, 1},
                                  Profession{"DO", {4, 3}, 1}};
// Shift windows, in hours.
constexpr std::array<std::array<int, 2>, 5> kWindows{
    {{7, 15}, {11, 19}, {8, 16}, {9, 17}, {7, 19}}};

struct TypeMix
{
    const char *code;
    int minutes;
};
constexpr std::array kTypes{TypeMix{"new", 60}, TypeMix{"follow-up", 30}, TypeMix{"self-pay", 45}};

int pickType(QRandomGenerator &rng)
{
    const quint32 r = rng.bounded(100u);
    return r < 15 ? 0 : r < 85 ? 1 : 2;
}

QByteArray appointmentJson(qint64 id, const QByteArray &day, int start, int end, qint64 loc,
                           qint64 clin, qint64 patient, const char *type)
{
    return QByteArrayLiteral("{\"id\":") + QByteArray::number(id) + ",\"start\":\"" + day + 'T' +
           formatMinute(start).toLatin1() + "\",\"end\":\"" + day + 'T' +
           formatMinute(end).toLatin1() + "\",\"location_id\":" + QByteArray::number(loc) +
           ",\"clinician_id\":" + QByteArray::number(clin) +
           ",\"patient_id\":" + QByteArray::number(patient) + ",\"type\":\"" + type +
           "\",\"status\":\"booked\"}";
}

Result<GenerateSummary> fill(ServiceContext &context, const GenerateOptions &o, BulkWriter &bulk)
{
    Store &store = context.store;
    const Clock &clock = context.clock;
    auto empty = store.isEmpty();
    if (!empty)
        return empty.error();
    if (!*empty)
        return invalid(QStringLiteral("db"), Text::tr("the database already holds a clinic"));

    QRandomGenerator rng(o.seed);
    const QDate today = clock.now().toTimeZone(QTimeZone(kZone.toUtf8())).date();
    const QDate first = today.addYears(-o.years);
    const QDate last = today.addDays(7 * o.futureWeeks);
    const qint64 now = clock.nowSecs();

    // The clinic's setup goes through the setup service: few rows, all audited.
    SetupService setup(context);
    QList<Location> locations;
    for (int i = 0; i < o.locations; ++i) {
        Location l;
        if (i < static_cast<int>(kLocations.size())) {
            const auto &seed = kLocations[static_cast<std::size_t>(i)];
            l.name = QString::fromUtf8(seed.name);
            l.address = QString::fromUtf8(seed.address);
            l.phone = QString::fromUtf8(seed.phone);
        } else {
            l.name = QStringLiteral("Location %1").arg(i + 1);
            l.phone = QStringLiteral("(212) 555-01%1").arg(10 + i % 90);
        }
        l.timeZone = kZone;
        auto id = setup.addLocation(l);
        if (!id)
            return id.error();
        l.id = *id;
        for (int year = first.year(); year <= last.year(); ++year)
            for (const Holiday &h : usFederalHolidays(year)) {
                if (auto r = setup.addClosedDate(l.id, h.date, h.name); !r)
                    return r.error();
                l.closedDates.insert(h.date);
            }
        locations.append(l);
    }
    QList<qint64> serviceIds;
    for (const char *name : kServices) {
        auto id = setup.addService(QString::fromLatin1(name));
        if (!id)
            return id.error();
        serviceIds.append(*id);
    }
    struct Staff
    {
        Clinician c;
        std::array<const Shift *, 8> byWeekday{};
        QSet<qint64> daysOff; // day numbers
    };
    QList<Staff> staff;
    for (int i = 0; i < o.clinicians; ++i) {
        const Profession &p = kProfessions[static_cast<std::size_t>(i) % kProfessions.size()];
        Staff s;
        // Strides coprime with the list sizes keep the names unique for a thousand people.
        const bool doctor = qstrcmp(p.suffix, "LMT") != 0;
        s.c.name = (doctor ? QStringLiteral("Dr. ") : QString()) +
                   QString::fromLatin1(
                       kFirstNames[(static_cast<std::size_t>(i) * 7) % kFirstNames.size()]) +
                   QLatin1Char(' ') +
                   QString::fromLatin1(
                       kLastNames[(static_cast<std::size_t>(i) * 13) % kLastNames.size()]) +
                   QStringLiteral(", ") + QString::fromLatin1(p.suffix);
        s.c.capacity = p.capacity;
        for (int svc : p.services)
            s.c.serviceIds.insert(serviceIds[svc]);
        const qint64 home = locations[i % o.locations].id;
        const qint64 away = locations[(i + 1) % o.locations].id;
        for (int weekday = 1; weekday <= 5; ++weekday) {
            const auto &w = kWindows[(static_cast<std::size_t>(i) + weekday) % kWindows.size()];
            const qint64 loc = (i % 2 == 1 && (weekday == 2 || weekday == 4)) ? away : home;
            s.c.shifts.append({loc, weekday, w[0] * 60, w[1] * 60});
        }
        // A week's holiday each year.
        for (int year = first.year(); year <= last.year(); ++year) {
            QDate monday(year, 1, 1);
            monday = monday.addDays(7 * rng.bounded(50) + (8 - monday.dayOfWeek()) % 7);
            s.c.timeOff.append({wallToUtc(kZone, monday, 0), wallToUtc(kZone, monday.addDays(5), 0),
                                QStringLiteral("Vacation")});
            for (int d = 0; d < 5; ++d)
                s.daysOff.insert(dayNumber(monday.addDays(d)));
        }
        auto id = setup.addClinician(s.c);
        if (!id)
            return id.error();
        s.c.id = *id;
        for (const TimeOff &off : s.c.timeOff)
            if (auto r = setup.addTimeOff(s.c.id, off); !r)
                return r.error();
        staff.append(s);
    }
    for (Staff &s : staff)
        for (const Shift &shift : s.c.shifts)
            s.byWeekday[static_cast<std::size_t>(shift.weekday)] = &shift;

    // The bulk of the rows, through the store's bulk writer.
    if (auto r = bulk.begin(); !r)
        return r.error();

    GenerateSummary summary;
    bool ok = true;
    const qint64 patientCount =
        o.patients > 0 ? o.patients : std::max(1000, 15000 * std::max(1, o.years));
    {
        const qint64 created = wallToUtc(kZone, first, 0);
        for (qint64 id = 1; id <= patientCount && ok; ++id) {
            const QByteArray firstName =
                kFirstNames[rng.bounded(static_cast<quint32>(kFirstNames.size()))];
            const QByteArray lastName =
                kLastNames[rng.bounded(static_cast<quint32>(kLastNames.size()))];
            const QByteArray name = firstName + ' ' + char('A' + rng.bounded(26)) + ". " + lastName;
            const QByteArray phone =
                QByteArrayLiteral("+1") +
                kAreaCodes[rng.bounded(static_cast<quint32>(kAreaCodes.size()))] +
                QByteArray::number(200 + rng.bounded(800)) +
                QByteArray::number(rng.bounded(10000)).rightJustified(4, '0');
            const QByteArray email = firstName.toLower() + '.' + lastName.toLower() +
                                     QByteArray::number(id) + "@example.com";
            const bool selfPay = rng.bounded(10u) == 0;
            const QByteArray member =
                selfPay ? QByteArray()
                        : 'M' + QByteArray::number(rng.bounded(10000000u, 99999999u));
            BulkWriter::PatientRow row;
            row.id = id;
            row.name = name;
            row.phone = phone;
            row.email = email;
            row.selfPay = selfPay;
            row.carrier =
                selfPay
                    ? QByteArray()
                    : QByteArray(kCarriers[rng.bounded(static_cast<quint32>(kCarriers.size()))]);
            row.memberId = member;
            row.createdUtc = created;
            ok = bulk.addPatient(row);
        }
        summary.patients = patientCount;
    }

    // Patients of one day are distinct: a stride coprime with the register walks it.
    qint64 stride = 7919;
    while (std::gcd(stride, patientCount) != 1)
        stride += 2;
    qint64 nextId = 1;
    for (QDate day = first; day <= last && ok; day = day.addDays(1)) {
        const int weekday = day.dayOfWeek();
        if (weekday > Qt::Friday)
            continue;
        const QByteArray dayText = day.toString(Qt::ISODate).toLatin1();
        const qint64 dayNo = dayNumber(day);
        // One UTC offset per day: the daylight-saving change happens at night.
        const qint64 midnightUtc = wallToUtc(kZone, day, 12 * 60) - 12 * 3600;
        const bool future = day > today;
        const int occupancy = day >= today ? o.futureOccupancy : o.pastOccupancy;
        qint64 k = 0;
        for (const Staff &s : staff) {
            const Shift *shift = s.byWeekday[static_cast<std::size_t>(weekday)];
            if (!shift || s.daysOff.contains(dayNo))
                continue;
            const Location *loc = nullptr;
            for (const Location &l : locations)
                if (l.id == shift->locationId)
                    loc = &l;
            if (loc->closedDates.contains(day))
                continue;
            const QByteArray user = "desk-" + QByteArray::number(loc->id);
            const QList<qint64> services = s.c.serviceIds.values();
            for (int lane = 0; lane < s.c.capacity && ok; ++lane) {
                int m = std::max(shift->startMinute, loc->openMinute);
                const int end = std::min(shift->endMinute, loc->closeMinute);
                while (ok) {
                    const TypeMix &type = kTypes[static_cast<std::size_t>(pickType(rng))];
                    if (m + type.minutes > end)
                        break;
                    if (static_cast<int>(rng.bounded(100u)) >= occupancy) {
                        m += loc->slotMinutes;
                        continue;
                    }
                    const qint64 id = nextId++;
                    const qint64 patient = (dayNo * 104729 + (k++) * stride) % patientCount + 1;
                    const qint64 start = midnightUtc + 60LL * m;
                    const qint64 finish = start + 60LL * type.minutes;
                    qint64 created =
                        start - 86400LL * (1 + rng.bounded(30)) - 60LL * rng.bounded(600);
                    if (created > now)
                        created = now - 60LL * rng.bounded(7 * 24 * 60);

                    // Where its story ends, and when each step happened.
                    const char *status = "booked";
                    const char *cancelReason = "";
                    bool late = false;
                    std::array<std::pair<const char *, qint64>, 4> steps{};
                    int stepCount = 0;
                    const quint32 fate = rng.bounded(100u);
                    auto step = [&](const char *to, qint64 at) {
                        steps[static_cast<std::size_t>(stepCount++)] = {to, at};
                    };
                    if (fate < 8 && (!future || fate < 3)) {
                        late = fate < 2;
                        const qint64 at =
                            std::max(created + 60, start - (late ? 3 * 3600 : 3 * 86400));
                        if (at < now) {
                            status = "cancelled";
                            cancelReason = late ? "late" : "patient request";
                            step(status, at);
                        }
                    } else if (finish + 600 < now) {
                        if (fate < 50 && start - 86400 > created)
                            step("confirmed", start - 86400);
                        if (fate >= 8 && fate < 12) {
                            status = "no-show";
                            step(status, start + 900);
                        } else {
                            step("arrived", start - 300);
                            status = "completed";
                            step(status, finish);
                        }
                    } else if (start - 300 < now) {
                        status = "arrived";
                        step(status, start - 300);
                    } else if (start - 86400 < now && fate < 60) {
                        status = "confirmed";
                        step(status, std::max(created + 60, start - 86400));
                    }

                    BulkWriter::AppointmentRow row;
                    row.id = id;
                    row.patientId = patient;
                    row.clinicianId = s.c.id;
                    row.locationId = loc->id;
                    row.serviceId = services[static_cast<qsizetype>(
                        rng.bounded(static_cast<quint32>(services.size())))];
                    row.type = type.code;
                    row.reason = kReasons[rng.bounded(static_cast<quint32>(kReasons.size()))];
                    row.day = dayText;
                    row.startMinute = m;
                    row.endMinute = m + type.minutes;
                    row.startUtc = start;
                    row.endUtc = finish;
                    row.blockEndUtc = finish;
                    row.status = status;
                    row.cancelReason = cancelReason;
                    row.lateCancel = late;
                    row.createdUtc = created;
                    ok = ok && bulk.addAppointment(row);
                    ok = ok && bulk.addStatusStep(id, "booked", created, user);
                    const QByteArray json = appointmentJson(id, dayText, m, m + type.minutes,
                                                            loc->id, s.c.id, patient, type.code);
                    ok = ok && bulk.addAppointmentAudit(created, user, "book", id, "", json);
                    const char *previous = "booked";
                    for (int i = 0; i < stepCount && ok; ++i) {
                        const auto &[to, at] = steps[static_cast<std::size_t>(i)];
                        ok = bulk.addStatusStep(id, to, at, user);
                        const QByteArray before =
                            QByteArrayLiteral("{\"status\":\"") + previous + "\"}";
                        const QByteArray after = QByteArrayLiteral("{\"status\":\"") + to + "\"}";
                        ok =
                            ok && bulk.addAppointmentAudit(
                                      at, user, qstrcmp(to, "cancelled") == 0 ? "cancel" : "status",
                                      id, before, after);
                        previous = to;
                    }
                    summary.statusChanges += 1 + stepCount;
                    summary.auditRecords += 1 + stepCount;
                    ++summary.appointments;
                    m += type.minutes;
                }
            }
        }
    }
    if (auto r = bulk.finish(ok); !r)
        return r.error();
    return summary;
}

} // namespace

Result<GenerateSummary> generateHistory(Clinic &clinic, const GenerateOptions &o)
{
    if (o.locations < 1 || o.locations > 50)
        return invalid(QStringLiteral("locations"), Text::tr("must be between 1 and 50"));
    if (o.clinicians < 1 || o.clinicians > 1000)
        return invalid(QStringLiteral("clinicians"), Text::tr("must be between 1 and 1000"));
    if (o.years < 0 || o.years > 30)
        return invalid(QStringLiteral("years"), Text::tr("must be between 0 and 30"));
    // The file set up for a long load, then the setup and every row of history in one unit of
    // work: killed or failing halfway, generating leaves the file as empty as it found it.
    auto writer = clinic.store().bulkWriter();
    if (!writer)
        return writer.error();
    ServiceContext context{
        clinic.store(), clinic.clock(), QStringLiteral("generator"), {}, {}, {}, {}, {}};
    return inUnit<GenerateSummary>(context, [&] { return fill(context, o, **writer); });
}

} // namespace fd
