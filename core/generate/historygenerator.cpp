#include "historygenerator.h"

#include "calendar/holidays.h"
#include "calendar/walltime.h"
#include "clinic/setupservice.h"
#include "demo/democlinic.h"
#include "demo/vocabulary.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QTimeZone>

#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <array>
#include <numeric>

namespace fd {
namespace {

using namespace vocabulary;

QString tr(const char *text)
{
    return QCoreApplication::translate("fd::Generator", text);
}

const QString kZone = QStringLiteral("America/New_York");

// A prepared statement of SQLite's own API, reset after each row.
class Bulk
{
public:
    Bulk(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Bulk() { sqlite3_finalize(m_stmt); }
    Bulk(const Bulk &) = delete;
    Bulk &operator=(const Bulk &) = delete;

    bool ok() const { return m_ok; }
    Bulk &bind(int i, int v) { return bind(i, qint64(v)); }
    Bulk &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    // The text must outlive step(): every caller passes a buffer that does.
    Bulk &bind(int i, const QByteArray &v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), static_cast<int>(v.size()), SQLITE_STATIC);
        return *this;
    }
    Bulk &bind(int i, const char *v)
    {
        sqlite3_bind_text(m_stmt, i, v, -1, SQLITE_STATIC);
        return *this;
    }
    Bulk &null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        m_ok = m_ok && rc == SQLITE_DONE;
        return m_ok;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

bool run(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

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

} // namespace

Result<GenerateSummary> generateHistory(Database &db, const Clock &clock, const GenerateOptions &o)
{
    if (o.locations < 1 || o.locations > 50)
        return invalid(QStringLiteral("locations"), tr("must be between 1 and 50"));
    if (o.clinicians < 1 || o.clinicians > 1000)
        return invalid(QStringLiteral("clinicians"), tr("must be between 1 and 1000"));
    if (o.years < 0 || o.years > 30)
        return invalid(QStringLiteral("years"), tr("must be between 0 and 30"));
    auto empty = isEmptyClinic(db);
    if (!empty)
        return empty.error();
    if (!*empty)
        return invalid(QStringLiteral("db"), tr("the database already holds a clinic"));

    QRandomGenerator rng(o.seed);
    const QDate today = clock.now().toTimeZone(QTimeZone(kZone.toUtf8())).date();
    const QDate first = today.addYears(-o.years);
    const QDate last = today.addDays(7 * o.futureWeeks);
    const qint64 now = clock.nowSecs();

    // The clinic's setup goes through the setup service: few rows, all audited.
    SetupService setup(db, clock, QStringLiteral("generator"));
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

    // The bulk of the rows: SQLite's API on the same connection.
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{ErrorKind::Storage, QStringLiteral("db"),
                     tr("generating needs an SQLite database")};
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());

    // Load without secondary indexes and rebuild them once at the end: far faster than
    // updating them row by row.
    QList<QByteArray> indexes;
    QList<QByteArray> indexNames;
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(
            h,
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('patients', 'appointments', 'status_history', 'audit_log')",
            -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            indexNames.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            indexes.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
        }
        sqlite3_finalize(stmt);
    }
    for (const QByteArray &name : indexNames)
        run(h, "DROP INDEX " + name);
#ifdef __GLIBC__
    // SQLite's page cache frees and reallocates pages all through a bulk load; without
    // this glibc hands the heap's top back to the kernel and faults it in again each time,
    // which costs more than the inserts themselves.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
    // No rollback journal: the file was empty, and a failed run is deleted, not repaired.
    run(h, "PRAGMA journal_mode = OFF");
    run(h, "PRAGMA synchronous = OFF");
    run(h, "PRAGMA cache_size = -65536");
    if (!run(h, "BEGIN IMMEDIATE"))
        return Error{ErrorKind::Storage, QStringLiteral("db"), tr("the database is busy")};

    GenerateSummary summary;
    bool ok = true;
    const qint64 patientCount =
        o.patients > 0 ? o.patients : std::max(1000, 15000 * std::max(1, o.years));
    {
        Bulk insert(
            h, "INSERT INTO patients (id, name, phone, email, self_pay, insurance_carrier, "
               "member_id, insurance_pending, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
            insert.bind(1, id)
                .bind(2, name)
                .bind(3, phone)
                .bind(4, email)
                .bind(5, selfPay ? 1 : 0)
                .bind(6,
                      selfPay ? "" : kCarriers[rng.bounded(static_cast<quint32>(kCarriers.size()))])
                .bind(7, member)
                .bind(8, 0)
                .bind(9, created);
            ok = insert.step();
        }
        summary.patients = patientCount;
    }

    Bulk appointment(
        h, "INSERT INTO appointments (id, patient_id, clinician_id, location_id, service_id, type, "
           "reason, day, start_minute, end_minute, start_utc, end_utc, block_end_utc, status, "
           "cancel_reason, late_cancel, created_utc) VALUES "
           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Bulk history(h, "INSERT INTO status_history (appointment_id, status, at_utc, user_name) VALUES "
                    "(?, ?, ?, ?)");
    Bulk audit(h, "INSERT INTO audit_log (at_utc, user_name, action, entity, entity_id, "
                  "before_json, after_json) "
                  "VALUES (?, ?, ?, 'appointment', ?, ?, ?)");
    ok = ok && appointment.ok() && history.ok() && audit.ok();

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

                    appointment.bind(1, id)
                        .bind(2, patient)
                        .bind(3, s.c.id)
                        .bind(4, loc->id)
                        .bind(5, services[static_cast<qsizetype>(
                                     rng.bounded(static_cast<quint32>(services.size())))])
                        .bind(6, type.code)
                        .bind(7, kReasons[rng.bounded(static_cast<quint32>(kReasons.size()))])
                        .bind(8, dayText)
                        .bind(9, m)
                        .bind(10, m + type.minutes)
                        .bind(11, start)
                        .bind(12, finish)
                        .bind(13, finish)
                        .bind(14, status)
                        .bind(15, cancelReason)
                        .bind(16, late ? 1 : 0)
                        .bind(17, created);
                    ok = ok && appointment.step();
                    ok =
                        ok &&
                        history.bind(1, id).bind(2, "booked").bind(3, created).bind(4, user).step();
                    const QByteArray json = appointmentJson(id, dayText, m, m + type.minutes,
                                                            loc->id, s.c.id, patient, type.code);
                    ok = ok && audit.bind(1, created)
                                   .bind(2, user)
                                   .bind(3, "book")
                                   .bind(4, id)
                                   .bind(5, "")
                                   .bind(6, json)
                                   .step();
                    const char *previous = "booked";
                    for (int i = 0; i < stepCount && ok; ++i) {
                        const auto &[to, at] = steps[static_cast<std::size_t>(i)];
                        ok = history.bind(1, id).bind(2, to).bind(3, at).bind(4, user).step();
                        const QByteArray before =
                            QByteArrayLiteral("{\"status\":\"") + previous + "\"}";
                        const QByteArray after = QByteArrayLiteral("{\"status\":\"") + to + "\"}";
                        ok = ok && audit.bind(1, at)
                                       .bind(2, user)
                                       .bind(3, qstrcmp(to, "cancelled") == 0 ? "cancel" : "status")
                                       .bind(4, id)
                                       .bind(5, before)
                                       .bind(6, after)
                                       .step();
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
    for (const QByteArray &sql : indexes)
        ok = ok && run(h, sql);
    ok = ok && run(h, "PRAGMA analysis_limit = 1000") && run(h, "ANALYZE");
    if (!ok) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(h));
        run(h, "ROLLBACK");
        run(h, "PRAGMA journal_mode = WAL");
        run(h, "PRAGMA synchronous = FULL");
        return Error{ErrorKind::Storage, QStringLiteral("db"),
                     tr("generating failed: %1").arg(message)};
    }
    run(h, "COMMIT");
    run(h, "PRAGMA journal_mode = WAL");
    run(h, "PRAGMA synchronous = FULL");
    return summary;
}

} // namespace fd
