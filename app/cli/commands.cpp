// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"
#include "common/files.h"
#include "common/text.h"

#include "booking/bookingservice.h"
#include "booking/schedulegrid.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "calendar/walltime.h"
#include "clinic/clinic.h"
#include "demo/democlinic.h"
#include "domain/json.h"
#include "generate/historygenerator.h"
#include "reportpdf.h"
#include "reports/calendarexport.h"
#include "reports/reportservice.h"
#include "reports/workbookexport.h"

#include "daysheet.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

namespace fd::cli {
namespace {

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::cli)
};

QCommandLineOption option(const char *name, const QString &help, const QString &value = {})
{
    return QCommandLineOption(QString::fromLatin1(name), help, value);
}

// A required option's value, or an error naming it.
Result<QString> required(const Context &c, const char *name)
{
    const QString key = QString::fromLatin1(name);
    const QString value = c.parser.value(key).trimmed();
    if (value.isEmpty())
        return invalid(key, Text::tr("is required"));
    return value;
}

} // namespace

void printJson(const Context &c, const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    c.out << doc.toJson(QJsonDocument::Indented);
}

Result<QDate> parseDate(const QString &text, const char *field)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return invalid(QString::fromLatin1(field),
                       Text::tr("\"%1\" is not a date like 2026-03-09").arg(quotable(text)));
    return day;
}

namespace {

// Today at the clinic: the date in the first location's time zone.
QDate clinicToday(const Context &c, const ClinicConfig &config)
{
    const QString zone = config.clinicZone();
    return c.clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())).date();
}

// One appointment a line; a listing passes the widths of its longest names so that its
// columns line up.
QString appointmentLine(const Appointment &a, qsizetype patientWidth = 24,
                        qsizetype clinicianWidth = 0)
{
    return printable(QStringLiteral("%1  %2 %3-%4  %5  %6  %7  %8  %9")
                         .arg(QString::number(a.id).rightJustified(6), a.day.toString(Qt::ISODate),
                              formatMinute(a.startMinute), formatMinute(a.endMinute),
                              statusCode(a.status).leftJustified(11),
                              typeCode(a.type).leftJustified(9),
                              a.patientName.leftJustified(patientWidth),
                              a.clinicianName.leftJustified(clinicianWidth), a.locationName));
}

int printAppointment(const Context &c, const Result<Appointment> &result)
{
    if (!result)
        return fail(result.error());
    if (c.json)
        printJson(c, toJson(*result));
    else
        c.out << appointmentLine(*result) << Qt::endl;
    return Ok;
}

const QString kWeekdays[] = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                             QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                             QStringLiteral("sun")};

// --- commands ------------------------------------------------------------------------------

int runInit(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("demo"))) {
        if (c.json)
            printJson(c, QJsonObject{{QStringLiteral("db"), c.clinic.databaseName()},
                                     {QStringLiteral("schema_version"), c.clinic.schemaVersion()}});
        else
            c.out << Text::tr("Database ready: %1").arg(c.clinic.databaseName()) << Qt::endl;
        return Ok;
    }
    auto summary = createDemoClinic(c.clinic);
    if (!summary)
        return fail(summary.error());
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("db"), c.clinic.databaseName()},
                                 {QStringLiteral("locations"), summary->locations},
                                 {QStringLiteral("clinicians"), summary->clinicians},
                                 {QStringLiteral("patients"), summary->patients},
                                 {QStringLiteral("appointments"), summary->appointments}});
    else
        c.out << Text::tr("Demo clinic created in %1: %2 locations, %3 clinicians, %4 patients, "
                          "%5 appointments")
                     .arg(c.clinic.databaseName())
                     .arg(summary->locations)
                     .arg(summary->clinicians)
                     .arg(summary->patients)
                     .arg(summary->appointments)
              << Qt::endl;
    return Ok;
}

int runLocations(Context &c)
{
    auto config = c.clinic.schedule().config();
    if (!config)
        return fail(config.error());
    QJsonArray list;
    for (const Location &l : config->locations) {
        list.append(toJson(l));
        if (!c.json)
            c.out << printable(QStringLiteral("%1  %2  %3  %4")
                                   .arg(QString::number(l.id).rightJustified(3),
                                        l.name.leftJustified(20), l.phone, l.address))
                  << Qt::endl;
    }
    if (c.json)
        printJson(c, list);
    return Ok;
}

int runClinicians(Context &c)
{
    auto config = c.clinic.schedule().config();
    if (!config)
        return fail(config.error());
    QJsonArray list;
    for (const Clinician &clin : config->clinicians) {
        QJsonArray services;
        QStringList serviceNames;
        for (const Service &s : config->services)
            if (clin.offers(s.id)) {
                services.append(s.name);
                serviceNames.append(s.name);
            }
        QJsonArray shifts;
        QStringList week;
        for (const Shift &s : clin.shifts) {
            const Location *loc = config->location(s.locationId);
            const QString locName = loc ? loc->name : QString();
            shifts.append(QJsonObject{{QStringLiteral("location_id"), s.locationId},
                                      {QStringLiteral("location"), locName},
                                      {QStringLiteral("day"), kWeekdays[s.weekday - 1]},
                                      {QStringLiteral("start"), formatMinute(s.startMinute)},
                                      {QStringLiteral("end"), formatMinute(s.endMinute)}});
            week.append(QStringLiteral("%1 %2-%3 %4")
                            .arg(kWeekdays[s.weekday - 1], formatMinute(s.startMinute),
                                 formatMinute(s.endMinute), locName));
        }
        list.append(QJsonObject{{QStringLiteral("id"), clin.id},
                                {QStringLiteral("name"), clin.name},
                                {QStringLiteral("capacity"), clin.capacity},
                                {QStringLiteral("services"), services},
                                {QStringLiteral("shifts"), shifts}});
        if (!c.json)
            c.out << printable(QStringLiteral("%1  %2  %3")
                                   .arg(QString::number(clin.id).rightJustified(3),
                                        clin.name.leftJustified(26),
                                        serviceNames.join(QStringLiteral(", "))))
                  << "\n     " << printable(week.join(QStringLiteral("; "))) << Qt::endl;
    }
    if (c.json)
        printJson(c, list);
    return Ok;
}

int runServices(Context &c)
{
    auto config = c.clinic.schedule().config();
    if (!config)
        return fail(config.error());
    QJsonArray list;
    for (const Service &s : config->services) {
        list.append(toJson(s));
        if (!c.json)
            c.out << QString::number(s.id).rightJustified(3) << "  " << printable(s.name)
                  << Qt::endl;
    }
    if (c.json)
        printJson(c, list);
    return Ok;
}

Result<AppointmentType> typeOption(const Context &c)
{
    auto text = required(c, "type");
    if (!text)
        return text.error();
    const auto type = parseTypeCode(*text);
    if (!type)
        return invalid(
            QStringLiteral("type"),
            Text::tr("\"%1\" is not one of new, follow-up, self-pay").arg(quotable(*text)));
    return *type;
}

int runFindSlots(Context &c)
{
    auto type = typeOption(c);
    if (!type)
        return fail(type.error());
    auto config = c.clinic.schedule().config();
    if (!config)
        return fail(config.error());
    SlotQuery query;
    query.type = *type;
    const auto &p = c.parser;
    if (p.isSet(QStringLiteral("location"))) {
        auto loc = config->resolveLocation(p.value(QStringLiteral("location")));
        if (!loc)
            return fail(loc.error());
        query.locationId = (*loc)->id;
    }
    if (p.isSet(QStringLiteral("clinician"))) {
        auto clin = config->resolveClinician(p.value(QStringLiteral("clinician")));
        if (!clin)
            return fail(clin.error());
        query.clinicianId = (*clin)->id;
    }
    if (p.isSet(QStringLiteral("service"))) {
        auto service = config->resolveService(p.value(QStringLiteral("service")));
        if (!service)
            return fail(service.error());
        query.serviceId = (*service)->id;
    }
    if (p.isSet(QStringLiteral("days"))) {
        const QString days = p.value(QStringLiteral("days"));
        for (const QString &d : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto found = std::find(std::begin(kWeekdays), std::begin(kWeekdays) + 5,
                                         d.trimmed().toLower().left(3));
            if (found == std::begin(kWeekdays) + 5 || d.trimmed().size() < 3)
                return fail(invalid(
                    QStringLiteral("days"),
                    Text::tr("\"%1\" is not one of mon, tue, wed, thu, fri").arg(quotable(d))));
            query.weekdays.insert(static_cast<int>(found - std::begin(kWeekdays)) + 1);
        }
        if (query.weekdays.isEmpty())
            return fail(invalid(QStringLiteral("days"), Text::tr("is empty")));
    }
    const QString part = p.value(QStringLiteral("part")).toLower();
    if (part == QLatin1String("am"))
        query.part = DayPart::Am;
    else if (part == QLatin1String("pm"))
        query.part = DayPart::Pm;
    else if (part != QLatin1String("any"))
        return fail(invalid(QStringLiteral("part"),
                            Text::tr("\"%1\" is not one of am, pm, any").arg(quotable(part))));
    query.from = clinicToday(c, *config);
    if (p.isSet(QStringLiteral("from"))) {
        auto from = parseDate(p.value(QStringLiteral("from")), "from");
        if (!from)
            return fail(from.error());
        query.from = *from;
    }
    bool ok = false;
    query.limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > 1000)
        return fail(invalid(QStringLiteral("limit"), Text::tr("must be a number from 1 to 1000")));

    auto found = c.clinic.slotFinder().find(query);
    if (!found)
        return fail(found.error());
    QJsonArray list;
    for (const Slot &s : *found) {
        const QJsonObject o = toJson(s, *config);
        list.append(o);
        if (!c.json)
            c.out << printable(QStringLiteral("%1 %2-%3  %4  %5")
                                   .arg(s.day.toString(Qt::ISODate), formatMinute(s.startMinute),
                                        formatMinute(s.endMinute),
                                        o[QStringLiteral("location")].toString(),
                                        o[QStringLiteral("clinician")].toString()))
                  << Qt::endl;
    }
    if (c.json)
        printJson(c, list);
    else if (found->isEmpty())
        c.out << Text::tr("No free slots match.") << Qt::endl;
    return Ok;
}

// What this desk saw of the book: --seen MARK (an earlier command's view), or the book as it
// stands now. A slot filled after it was "just taken"; one full already is "already full".
Result<std::optional<qint64>> seenOption(const Context &c)
{
    if (c.parser.isSet(QStringLiteral("seen"))) {
        bool ok = false;
        const qint64 mark = c.parser.value(QStringLiteral("seen")).toLongLong(&ok);
        if (!ok || mark < 0)
            return invalid(QStringLiteral("seen"),
                           Text::tr("must be a mark from an earlier command, 0 or more"));
        return std::optional<qint64>(mark);
    }
    auto mark = c.clinic.schedule().mark();
    if (!mark)
        return mark.error();
    return std::optional<qint64>(*mark);
}

int runBook(Context &c)
{
    auto type = typeOption(c);
    if (!type)
        return fail(type.error());
    BookingRequest req;
    req.type = *type;
    for (const char *name : {"name", "phone", "location", "clinician", "start"})
        if (auto r = required(c, name); !r)
            return fail(r.error());
    const auto &p = c.parser;
    req.name = p.value(QStringLiteral("name"));
    req.phone = p.value(QStringLiteral("phone"));
    req.email = p.value(QStringLiteral("email"));
    req.location = p.value(QStringLiteral("location"));
    req.clinician = p.value(QStringLiteral("clinician"));
    req.service = p.value(QStringLiteral("service"));
    req.reason = p.value(QStringLiteral("reason"));
    req.insuranceCarrier = p.value(QStringLiteral("insurance"));
    req.memberId = p.value(QStringLiteral("member-id"));
    req.confirmedNewPatient = p.isSet(QStringLiteral("not-a-duplicate"));
    req.overCapacityReason = p.value(QStringLiteral("over-capacity"));
    auto start = parseWallTime(p.value(QStringLiteral("start")));
    if (!start)
        return fail(start.error());
    req.day = start->first;
    req.startMinute = start->second;
    auto seen = seenOption(c);
    if (!seen)
        return fail(seen.error());
    req.seenMark = *seen;
    return printAppointment(c, c.clinic.booking().book(req));
}

Result<qint64> idOption(const Context &c)
{
    auto text = required(c, "id");
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 id = text->toLongLong(&ok);
    if (!ok || id <= 0)
        return invalid(QStringLiteral("id"),
                       Text::tr("\"%1\" is not an appointment id").arg(quotable(*text)));
    return id;
}

int runCancel(Context &c)
{
    auto id = idOption(c);
    if (!id)
        return fail(id.error());
    return printAppointment(
        c, c.clinic.booking().cancel(*id, c.parser.value(QStringLiteral("reason"))));
}

int runStatus(Context &c)
{
    auto id = idOption(c);
    if (!id)
        return fail(id.error());
    auto to = required(c, "to");
    if (!to)
        return fail(to.error());
    const auto status = parseStatusCode(*to);
    if (!status || *status == Status::Booked || *status == Status::Cancelled)
        return fail(invalid(QStringLiteral("to"),
                            Text::tr("\"%1\" is not one of confirmed, arrived, completed, no-show "
                                     "(use cancel to cancel)")
                                .arg(*to)));
    return printAppointment(c, c.clinic.booking().setStatus(*id, *status));
}

int runReschedule(Context &c)
{
    auto id = idOption(c);
    if (!id)
        return fail(id.error());
    auto startText = required(c, "start");
    if (!startText)
        return fail(startText.error());
    auto start = parseWallTime(*startText);
    if (!start)
        return fail(start.error());
    RescheduleRequest req;
    req.day = start->first;
    req.startMinute = start->second;
    req.clinician = c.parser.value(QStringLiteral("clinician"));
    req.location = c.parser.value(QStringLiteral("location"));
    auto seen = seenOption(c);
    if (!seen)
        return fail(seen.error());
    req.seenMark = *seen;
    return printAppointment(c, c.clinic.booking().reschedule(*id, req));
}

int runCorrect(Context &c)
{
    auto id = idOption(c);
    if (!id)
        return fail(id.error());
    auto reason = required(c, "reason");
    if (!reason)
        return fail(reason.error());
    return printAppointment(c, c.clinic.booking().correct(*id, *reason));
}

// Where the book stands: give it to a later book or reschedule as --seen.
int runMark(Context &c)
{
    auto mark = c.clinic.schedule().mark();
    if (!mark)
        return fail(mark.error());
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("mark"), *mark}});
    else
        c.out << *mark << Qt::endl;
    return Ok;
}

// A consistent copy while the window is open and desks go on booking.
int runBackup(Context &c)
{
    auto out = outputFile(c);
    if (!out)
        return fail(out.error());
    if (auto r = c.clinic.backup(*out); !r)
        return fail(r.error());
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("file"), *out}});
    else
        c.out << Text::tr("Backed up to %1.").arg(*out) << Qt::endl;
    return Ok;
}

// Moves the clinic into a new SQLite file or an empty PostgreSQL database, and shows each
// table's count and checksum as both sides agreed on them.
int runMigrate(Context &c)
{
    const QString to = c.parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        return fail(invalid(QStringLiteral("to"), Text::tr("is required")));
    auto copied = c.clinic.copyTo(to);
    if (!copied && copied.error().field == QLatin1String("db-password")) {
        auto password = databasePassword(to);
        if (!password)
            return fail(password.error());
        Clinic::rememberDatabasePassword(to, *password);
        copied = c.clinic.copyTo(to);
    }
    if (!copied)
        return fail(copied.error());
    const QString shown = Clinic::shownAddress(to);
    if (c.json) {
        QJsonArray tables;
        for (const TableSum &t : *copied)
            tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                      {QStringLiteral("rows"), t.rows},
                                      {QStringLiteral("checksum"), t.checksum}});
        printJson(c,
                  QJsonObject{{QStringLiteral("to"), shown}, {QStringLiteral("tables"), tables}});
        return Ok;
    }
    for (const TableSum &t : *copied)
        c.out << QStringLiteral("  %1 %2  %3")
                     .arg(t.table, -20)
                     .arg(QLocale().toString(t.rows), 10)
                     .arg(t.checksum)
              << Qt::endl;
    c.out << Text::tr("Copied to %1; every table's count and checksum match.").arg(shown)
          << Qt::endl;
    return Ok;
}

// The database's own checks: exit 0 when sound, 1 with the problems found.
int runCheck(Context &c)
{
    auto problems = c.clinic.check();
    if (!problems)
        return fail(problems.error());
    if (c.json) {
        printJson(c,
                  QJsonObject{{QStringLiteral("ok"), problems->isEmpty()},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}});
    } else if (problems->isEmpty()) {
        c.out << Text::tr("The database checks clean.") << Qt::endl;
    } else {
        for (const QString &p : *problems)
            c.out << printable(p) << Qt::endl;
    }
    if (problems->isEmpty())
        return Ok;
    return fail(Error{ErrorKind::Storage, QStringLiteral("db"),
                      problems->size() == 1 ? Text::tr("1 problem found")
                                            : Text::tr("%1 problems found").arg(problems->size())});
}

// An appointment's status steps, with the ones a correction reversed.
int runHistory(Context &c)
{
    auto id = idOption(c);
    if (!id)
        return fail(id.error());
    auto appointment = c.clinic.schedule().appointment(*id);
    if (!appointment)
        return fail(appointment.error());
    auto steps = c.clinic.schedule().history(*id);
    if (!steps)
        return fail(steps.error());
    auto at = [&](qint64 utc) {
        return QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()).toString(Qt::ISODate);
    };
    QJsonArray list;
    for (const StatusStep &step : *steps) {
        QJsonObject o{{QStringLiteral("status"), statusCode(step.status)},
                      {QStringLiteral("at"), at(step.atUtc)},
                      {QStringLiteral("user"), step.user}};
        if (step.correctedUtc)
            o.insert(QStringLiteral("corrected_at"), at(*step.correctedUtc));
        list.append(o);
        if (!c.json)
            c.out << printable(QStringLiteral("%1  %2  %3%4")
                                   .arg(at(step.atUtc), statusCode(step.status).leftJustified(11),
                                        step.user.leftJustified(12),
                                        step.correctedUtc
                                            ? Text::tr("corrected %1").arg(at(*step.correctedUtc))
                                            : QString()))
                  << Qt::endl;
    }
    if (c.json) {
        QJsonObject o = toJson(*appointment);
        o.insert(QStringLiteral("history"), list);
        printJson(c, o);
    }
    return Ok;
}

// One line per committed change, from this or any other desk, until interrupted.
int runWatch(Context &c)
{
    auto print = [&c](const ChangeSet &changes) {
        QJsonObject line = changes.toJson();
        auto rows = c.clinic.schedule().appointments(
            QList<qint64>(changes.appointmentIds.cbegin(), changes.appointmentIds.cend()));
        QJsonArray records;
        if (rows)
            for (const Appointment &a : *rows)
                records.append(toJson(a));
        line.insert(QStringLiteral("records"), records);
        if (c.json) {
            c.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        } else {
            QStringList days;
            for (const LocationDay &d : changes.days)
                days.append(
                    QStringLiteral("%1@%2").arg(d.day.toString(Qt::ISODate)).arg(d.locationId));
            days.sort();
            c.out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  "
                  << Text::tr("appointments changed: %1").arg(changes.appointmentIds.size())
                  << (days.isEmpty() ? QString()
                                     : QStringLiteral("  ") + days.join(QStringLiteral(", ")))
                  << (changes.setup ? QStringLiteral("  ") + Text::tr("setup changed") : QString())
                  << '\n';
        }
        c.out.flush();
    };
    QObject::connect(&c.clinic, &Clinic::changed, &c.clinic, print);
    c.clinic.watchOtherDesks(true);
    // On stderr, so that stdout stays one JSON line per change: scripts (and the tests) wait
    // for this before they count on a change being seen.
    QTextStream(stderr) << "frontdesk-cli: " << Text::tr("watching %1").arg(c.clinic.databaseName())
                        << Qt::endl;
    // Until interrupted: every line is flushed as it is printed, so Ctrl+C or a script's kill
    // loses nothing.
    return QCoreApplication::exec();
}

// --location and --clinician, each an id or an exact name, into the query.
Result<void> resolveWhere(const Context &c, const ClinicConfig &config,
                          ScheduleService::Query &query)
{
    if (c.parser.isSet(QStringLiteral("location"))) {
        auto loc = config.resolveLocation(c.parser.value(QStringLiteral("location")));
        if (!loc)
            return loc.error();
        query.locationId = (*loc)->id;
    }
    if (c.parser.isSet(QStringLiteral("clinician"))) {
        auto clin = config.resolveClinician(c.parser.value(QStringLiteral("clinician")));
        if (!clin)
            return clin.error();
        query.clinicianId = (*clin)->id;
    }
    return {};
}

} // namespace

// --out: a file to create or replace, never a device, a pipe or a folder (replacing one
// would destroy it, or write nowhere).
Result<QString> outputFile(const Context &c)
{
    auto out = required(c, "out");
    if (!out)
        return out.error();
    const QFileInfo info(*out);
    if (info.exists() && !info.isFile())
        return invalid(QStringLiteral("out"),
                       Text::tr("%1 is not a regular file").arg(quotable(*out)));
    return *out;
}

namespace {

// --paper: letter (the default) or a4.
Result<QPageSize> paperOption(const Context &c)
{
    const QString paper = c.parser.value(QStringLiteral("paper")).trimmed().toLower();
    if (paper == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (!paper.isEmpty() && paper != QLatin1String("letter"))
        return invalid(QStringLiteral("paper"),
                       Text::tr("\"%1\" is not letter or a4").arg(quotable(paper)));
    return QPageSize(QPageSize::Letter);
}

// The program's fonts (and, for a report's charts, its widgets) start only for PDF.
Result<void> checkPrinting(bool charts)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (charts ? qobject_cast<QApplication *>(app) != nullptr
               : qobject_cast<QGuiApplication *>(app) != nullptr)
        return {};
    return Error{ErrorKind::Storage,
                 {},
                 Text::tr("printing needs the program's fonts, which did not start")};
}

// The day as a printed day sheet, for the morning job: `day --format pdf --out FILE`.
int writeDayPdf(Context &c, const ClinicConfig &config, const ScheduleService::Query &query,
                const QList<Appointment> &list)
{
    auto out = outputFile(c);
    if (!out)
        return fail(out.error());
    if (auto printing = checkPrinting(false); !printing)
        return fail(printing.error());
    DaySheetOptions options;
    options.includePhones = !c.parser.isSet(QStringLiteral("no-phones"));
    auto paper = paperOption(c);
    if (!paper)
        return fail(paper.error());
    options.pageSize = *paper;
    const QString orientation = c.parser.value(QStringLiteral("orientation")).trimmed().toLower();
    if (orientation == QLatin1String("portrait"))
        options.orientation = QPageLayout::Portrait;
    else if (orientation == QLatin1String("landscape"))
        options.orientation = QPageLayout::Landscape;
    else if (!orientation.isEmpty())
        return fail(
            invalid(QStringLiteral("orientation"),
                    Text::tr("\"%1\" is not portrait or landscape").arg(quotable(orientation))));

    // Without --location: every location's day, one after another in the same file.
    QList<const Location *> locations;
    if (query.locationId)
        locations.append(config.location(*query.locationId));
    else
        for (const Location &l : config.locations)
            locations.append(&l);
    DaySheet sheet;
    sheet.day = query.from;
    const QString zone = config.clinicZone();
    sheet.printedAt = c.clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8()));
    QStringList titles;
    const Clinician *clinician = query.clinicianId ? config.clinician(*query.clinicianId) : nullptr;
    for (const Location *loc : locations) {
        // A clinician's sheet without a location lists only where they are that day.
        if (clinician && !query.locationId) {
            const bool works = std::any_of(
                clinician->shifts.cbegin(), clinician->shifts.cend(), [&](const Shift &s) {
                    return s.locationId == loc->id && s.weekday == query.from.dayOfWeek();
                });
            const bool booked = std::any_of(list.cbegin(), list.cend(), [&](const Appointment &a) {
                return a.locationId == loc->id;
            });
            if (!works && !booked)
                continue;
        }
        const ScheduleGrid grid =
            locationDayGrid(config, loc->id, query.from, list, query.clinicianId);
        sheet.sections +=
            DaySheet::make({}, query.from, sheet.printedAt, grid, list, options).sections;
        titles.append(loc->name);
    }
    if (clinician)
        sheet.title =
            titles.isEmpty()
                ? clinician->name
                : Text::tr("%1 at %2").arg(clinician->name, titles.join(QStringLiteral(", ")));
    else
        sheet.title = titles.join(QStringLiteral(", "));
    auto pages = writeDaySheetPdf(sheet, options, *out);
    if (!pages)
        return fail(pages.error());
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("file"), *out},
                                 {QStringLiteral("pages"), *pages},
                                 {QStringLiteral("appointments"), sheet.appointmentCount()}});
    else
        c.out << Text::tr("Wrote %1 (%2, %3).")
                     .arg(*out,
                          sheet.appointmentCount() == 1
                              ? Text::tr("1 appointment")
                              : Text::tr("%1 appointments").arg(sheet.appointmentCount()),
                          *pages == 1 ? Text::tr("1 page") : Text::tr("%1 pages").arg(*pages))
              << Qt::endl;
    return Ok;
}

int runDay(Context &c)
{
    auto dateText = required(c, "date");
    if (!dateText)
        return fail(dateText.error());
    auto date = parseDate(*dateText, "date");
    if (!date)
        return fail(date.error());
    const QString format = c.parser.value(QStringLiteral("format")).trimmed().toLower();
    if (!format.isEmpty() && format != QLatin1String("pdf") && format != QLatin1String("text"))
        return fail(invalid(QStringLiteral("format"),
                            Text::tr("\"%1\" is not pdf or text").arg(quotable(format))));
    const bool pdf = format == QLatin1String("pdf");
    if (!pdf) {
        for (const char *name : {"out", "paper", "orientation", "no-phones"})
            if (c.parser.isSet(QString::fromLatin1(name)))
                return fail(invalid(QString::fromLatin1(name), Text::tr("needs --format pdf")));
    }
    ScheduleService &schedule = c.clinic.schedule();
    auto config = schedule.config();
    if (!config)
        return fail(config.error());
    ScheduleService::Query query{*date, *date, std::nullopt, std::nullopt};
    if (auto where = resolveWhere(c, *config, query); !where)
        return fail(where.error());
    auto list = schedule.appointments(query);
    if (!list)
        return fail(list.error());
    if (pdf)
        return writeDayPdf(c, *config, query, *list);
    QJsonArray array;
    qsizetype patientWidth = 0;
    qsizetype clinicianWidth = 0;
    for (const Appointment &a : *list) {
        patientWidth = std::max(patientWidth, a.patientName.size());
        clinicianWidth = std::max(clinicianWidth, a.clinicianName.size());
    }
    for (const Appointment &a : *list) {
        if (c.json)
            array.append(toJson(a));
        else
            c.out << appointmentLine(a, patientWidth, clinicianWidth) << Qt::endl;
    }
    if (c.json)
        printJson(c, array);
    else if (list->isEmpty())
        c.out << Text::tr("No appointments.") << Qt::endl;
    return Ok;
}

Result<int> intOption(const Context &c, const char *name, int low, int high)
{
    const QString key = QString::fromLatin1(name);
    bool ok = false;
    const int value = c.parser.value(key).toInt(&ok);
    if (!ok || value < low || value > high)
        return invalid(key, Text::tr("must be a number from %1 to %2").arg(low).arg(high));
    return value;
}

// The period of --from and --to, and the location and clinician asked for, each checked.
Result<ScheduleService::Query> periodScope(const Context &c, const ClinicConfig &config)
{
    ScheduleService::Query scope;
    for (auto [name, target] : {std::pair{"from", &scope.from}, std::pair{"to", &scope.to}}) {
        auto text = required(c, name);
        if (!text)
            return text.error();
        auto date = parseDate(*text, name);
        if (!date)
            return date.error();
        *target = *date;
    }
    if (scope.to < scope.from)
        return invalid(QStringLiteral("to"), Text::tr("is before --from"));
    if (scope.from.daysTo(scope.to) > 366 * 5)
        return invalid(QStringLiteral("to"), Text::tr("the period is longer than five years"));
    if (auto where = resolveWhere(c, config, scope); !where)
        return where.error();
    return scope;
}

// The report's scope: the period, the location and clinician, and the window's other two
// filters, --type (a comma-separated list) and --service.
Result<ReportScope> reportScopeOf(const Context &c, const ClinicConfig &config,
                                  const ScheduleService::Query &query)
{
    ReportScope scope = ReportScope::of(query.from, query.to, query.locationId, query.clinicianId);
    const QCommandLineParser &p = c.parser;
    if (p.isSet(QStringLiteral("type"))) {
        for (const QString &part : p.value(QStringLiteral("type")).split(QLatin1Char(','))) {
            const auto type = parseTypeCode(part.trimmed());
            if (!type)
                return invalid(QStringLiteral("type"),
                               Text::tr("\"%1\" is not one of new, follow-up, self-pay")
                                   .arg(quotable(part.trimmed())));
            if (!scope.types.contains(*type))
                scope.types.append(*type);
        }
    }
    if (p.isSet(QStringLiteral("service"))) {
        auto service = config.resolveService(p.value(QStringLiteral("service")));
        if (!service)
            return service.error();
        scope.services = {(*service)->id};
    }
    return scope;
}

QJsonObject figuresJson(const Figures &f)
{
    QJsonObject byStatus;
    for (Status s : {Status::Booked, Status::Confirmed, Status::Arrived, Status::Completed,
                     Status::Cancelled, Status::NoShow})
        byStatus.insert(statusCode(s), f.byStatus[static_cast<std::size_t>(s)]);
    QJsonObject byType;
    for (AppointmentType t :
         {AppointmentType::New, AppointmentType::FollowUp, AppointmentType::SelfPay})
        byType.insert(typeCode(t), f.byType[static_cast<std::size_t>(t)]);
    auto rounded = [](double v) { return std::round(v * 10000.0) / 10000.0; };
    return {{QStringLiteral("appointments"), f.appointments},
            {QStringLiteral("held"), f.held},
            {QStringLiteral("completed"), f.completed},
            {QStringLiteral("no_shows"), f.noShows},
            {QStringLiteral("cancelled"), f.cancelled},
            {QStringLiteral("late_cancelled"), f.lateCancelled},
            {QStringLiteral("new_patients"), f.newPatients},
            {QStringLiteral("self_pay"), f.selfPay},
            {QStringLiteral("booked_minutes"), f.bookedMinutes},
            {QStringLiteral("available_minutes"), f.availableMinutes},
            {QStringLiteral("utilization"), rounded(f.utilization())},
            {QStringLiteral("no_show_rate"), rounded(f.noShowRate())},
            {QStringLiteral("late_cancel_rate"), rounded(f.lateCancelRate())},
            {QStringLiteral("by_status"), byStatus},
            {QStringLiteral("by_type"), byType}};
}

QJsonObject periodJson(const PeriodReport &r, const ClinicConfig &config)
{
    QJsonArray locations;
    for (auto it = r.byLocation.cbegin(); it != r.byLocation.cend(); ++it) {
        QJsonObject o = figuresJson(*it);
        o.insert(QStringLiteral("id"), it.key());
        if (const Location *l = config.location(it.key()))
            o.insert(QStringLiteral("name"), l->name);
        locations.append(o);
    }
    QJsonArray clinicians;
    for (auto it = r.byClinician.cbegin(); it != r.byClinician.cend(); ++it) {
        QJsonObject o = figuresJson(*it);
        o.insert(QStringLiteral("id"), it.key());
        if (const Clinician *cl = config.clinician(it.key()))
            o.insert(QStringLiteral("name"), cl->name);
        clinicians.append(o);
    }
    QJsonArray busiest; // seven rows, Monday first, of 24 hours
    for (const auto &day : r.startsByWeekdayHour) {
        QJsonArray hours;
        for (int n : day)
            hours.append(n);
        busiest.append(hours);
    }
    return {{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
            {QStringLiteral("figures"), figuresJson(r.clinic)},
            {QStringLiteral("by_location"), locations},
            {QStringLiteral("by_clinician"), clinicians},
            {QStringLiteral("busiest_hours"), busiest}};
}

int runReport(Context &c)
{
    auto config = c.clinic.schedule().config();
    if (!config)
        return fail(config.error());
    auto scope = periodScope(c, *config);
    if (!scope)
        return fail(scope.error());
    auto narrowed = reportScopeOf(c, *config, *scope);
    if (!narrowed)
        return fail(narrowed.error());
    const ReportScope reportScope = *narrowed;
    auto report = c.clinic.reports().compared(reportScope);
    if (!report)
        return fail(report.error());
    if (c.json) {
        QJsonObject o = periodJson(report->current, *config);
        o.insert(QStringLiteral("previous"), periodJson(report->previous, *config));
        printJson(c, o);
        return Ok;
    }
    // The window's summary, in the same words: this period, the one before, and the change.
    const QLocale locale;
    c.out << Text::tr("%1 (%2)").arg(periodText(*report, locale), scopeText(reportScope, *config))
          << Qt::endl;
    const QList<FigureLine> lines = figureLines(*report);
    qsizetype width = 0;
    for (const FigureLine &l : lines)
        width = std::max(width, l.label.size());
    for (const FigureLine &l : lines)
        c.out << QStringLiteral("  %1  %2  %3  %4")
                     .arg(l.label.leftJustified(width), l.nowText(locale).rightJustified(9),
                          l.beforeText(locale).rightJustified(9), l.changeText(locale))
              << Qt::endl;
    c.out << Text::tr("The busiest hours are in `report --json` (busiest_hours) and the reports "
                      "window.")
          << Qt::endl;
    return Ok;
}

// Exports for scheduled jobs and spreadsheets: written to a temporary file and put in place
// only when complete, so an interrupted export never leaves half a file behind.
int runExport(Context &c)
{
    auto config = c.clinic.schedule().config();
    if (!config)
        return fail(config.error());
    auto scope = periodScope(c, *config);
    if (!scope)
        return fail(scope.error());
    auto format = required(c, "format");
    if (!format)
        return fail(format.error());
    const QString kind = format->trimmed().toLower();
    if (kind != QLatin1String("csv") && kind != QLatin1String("ics") &&
        kind != QLatin1String("xlsx") && kind != QLatin1String("pdf"))
        return fail(
            invalid(QStringLiteral("format"),
                    Text::tr("\"%1\" is not csv, xlsx, pdf or ics").arg(quotable(*format))));
    if (c.parser.isSet(QStringLiteral("bom")) && kind != QLatin1String("csv"))
        return fail(invalid(QStringLiteral("bom"), Text::tr("is for CSV files only")));
    if (c.parser.isSet(QStringLiteral("paper")) && kind != QLatin1String("pdf"))
        return fail(invalid(QStringLiteral("paper"), Text::tr("is for PDF files only")));
    if (c.parser.isSet(QStringLiteral("deidentified")) && kind == QLatin1String("pdf"))
        return fail(invalid(QStringLiteral("deidentified"),
                            Text::tr("is for the appointment lists: a report names no patient")));
    auto out = outputFile(c);
    if (!out)
        return fail(out.error());
    const bool deidentified = c.parser.isSet(QStringLiteral("deidentified"));
    // libxlsxwriter writes by file name (and renames into place itself); the text formats go
    // through QSaveFile.
    auto narrowed = reportScopeOf(c, *config, *scope);
    if (!narrowed)
        return fail(narrowed.error());
    const ReportScope reportScope = *narrowed;
    auto writeFile = [&]() -> Result<qint64> {
        if (kind == QLatin1String("pdf")) {
            // The report as printed; its "rows" are its pages.
            if (auto printing = checkPrinting(true); !printing)
                return printing.error();
            auto paper = paperOption(c);
            if (!paper)
                return paper.error();
            auto report = c.clinic.reports().compared(reportScope);
            if (!report)
                return report.error();
            if (auto noted = c.clinic.reports().noteExport(reportScope, kind, false); !noted)
                return noted.error();
            const QString zone = config->clinicZone();
            const ReportDocument document{
                *report, reportScope, *config,
                c.clinic.clock().now().toTimeZone(QTimeZone(zone.toUtf8())), QLocale()};
            auto pages = writeReportPdf(document, *paper, *out);
            if (!pages)
                return pages.error();
            return qint64(*pages);
        }
        if (kind == QLatin1String("xlsx")) {
            auto report = c.clinic.reports().compared(reportScope);
            if (!report)
                return report.error();
            WorkbookOptions options;
            options.deidentified = deidentified;
            options.scope = scopeText(reportScope, *config);
            return writeWorkbook(*out, *report, reportScope, c.clinic.reports(), options);
        }
        QSaveFile file(*out);
        if (!file.open(QIODevice::WriteOnly))
            return invalid(QStringLiteral("out"),
                           Text::tr("cannot write %1: %2").arg(*out, file.errorString()));
        keepToOwner(file);
        Result<qint64> rows = qint64(0);
        if (kind == QLatin1String("csv")) {
            CsvOptions options;
            options.byteOrderMark = c.parser.isSet(QStringLiteral("bom"));
            options.deidentified = deidentified;
            rows = c.clinic.reports().exportAppointmentsCsv(reportScope, file, options);
        } else {
            QList<Appointment> list;
            auto visited = c.clinic.reports().forEachAppointment(
                reportScope, QStringLiteral("ics"), deidentified, [&list](const Appointment &a) {
                    list.append(a);
                    return true;
                });
            if (!visited)
                return visited.error();
            CalendarOptions options;
            options.deidentified = deidentified;
            options.stampUtc = c.clinic.clock().now().toSecsSinceEpoch();
            rows = writeICalendar(list, *config, options, file);
        }
        if (!rows)
            return rows.error(); // QSaveFile drops the temporary file
        if (!file.commit())
            return Error{ErrorKind::Storage, QStringLiteral("out"),
                         Text::tr("cannot write %1: %2").arg(*out, file.errorString())};
        return rows;
    };
    auto rows = writeFile();
    if (!rows)
        return fail(rows.error());
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("file"), *out},
                                 {QStringLiteral("format"), kind},
                                 {kind == QLatin1String("pdf") ? QStringLiteral("pages")
                                                               : QStringLiteral("rows"),
                                  *rows}});
    else if (kind == QLatin1String("pdf"))
        c.out << (*rows == 1 ? Text::tr("Wrote %1 (1 page).").arg(*out)
                             : Text::tr("Wrote %1 (%2 pages).").arg(*out).arg(*rows))
              << Qt::endl;
    else if (kind == QLatin1String("ics"))
        c.out << Text::tr("Wrote %1 (%2 events).").arg(*out).arg(*rows) << Qt::endl;
    else
        c.out << Text::tr("Wrote %1 (%2 rows).").arg(*out).arg(*rows) << Qt::endl;
    return Ok;
}

int runGenerate(Context &c)
{
    GenerateOptions options;
    for (auto [name, target, low, high] :
         {std::tuple{"locations", &options.locations, 1, 50},
          std::tuple{"clinicians", &options.clinicians, 1, 1000},
          std::tuple{"years", &options.years, 0, 30},
          std::tuple{"patients", &options.patients, 0, 10000000}}) {
        auto value = intOption(c, name, low, high);
        if (!value)
            return fail(value.error());
        *target = *value;
    }
    bool ok = false;
    options.seed = c.parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return fail(invalid(QStringLiteral("seed"), Text::tr("must be a whole number")));
    QElapsedTimer timer;
    timer.start();
    auto summary = generateHistory(c.clinic, options);
    if (!summary)
        return fail(summary.error());
    const QJsonObject result{{QStringLiteral("db"), c.clinic.databaseName()},
                             {QStringLiteral("patients"), summary->patients},
                             {QStringLiteral("appointments"), summary->appointments},
                             {QStringLiteral("status_changes"), summary->statusChanges},
                             {QStringLiteral("audit_records"), summary->auditRecords},
                             {QStringLiteral("seconds"), timer.elapsed() / 1000.0}};
    if (c.json)
        printJson(c, result);
    else
        c.out << Text::tr("Generated %1 appointments for %2 patients in %3 s: %4")
                     .arg(summary->appointments)
                     .arg(summary->patients)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(c.clinic.databaseName())
              << Qt::endl;
    return Ok;
}

} // namespace

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> list{
        {QStringLiteral("init"),
         Text::tr("Create or migrate the database; --demo loads the demo clinic."),
         {option("demo", Text::tr("Load the demo clinic into an empty database."))},
         runInit},
        {QStringLiteral("generate"),
         Text::tr("Fill an empty database with years of generated history, for benchmarks."),
         {QCommandLineOption(QStringLiteral("locations"), Text::tr("How many locations."),
                             Text::tr("N"), QStringLiteral("4")),
          QCommandLineOption(QStringLiteral("clinicians"), Text::tr("How many clinicians."),
                             Text::tr("N"), QStringLiteral("40")),
          QCommandLineOption(QStringLiteral("years"), Text::tr("Years of history."), Text::tr("N"),
                             QStringLiteral("10")),
          QCommandLineOption(QStringLiteral("patients"),
                             Text::tr("How many patients (0: 15,000 per year)."), Text::tr("N"),
                             QStringLiteral("0")),
          QCommandLineOption(QStringLiteral("seed"), Text::tr("Random seed."), Text::tr("N"),
                             QStringLiteral("1"))},
         runGenerate},
        {QStringLiteral("locations"), Text::tr("List the locations."), {}, runLocations},
        {QStringLiteral("clinicians"),
         Text::tr("List the clinicians and their weeks."),
         {},
         runClinicians},
        {QStringLiteral("services"), Text::tr("List the services."), {}, runServices},
        {QStringLiteral("find-slots"),
         Text::tr("Find the earliest free slots."),
         {option("type", Text::tr("new, follow-up or self-pay."), Text::tr("TYPE")),
          option("location", Text::tr("Location id or name."), Text::tr("L")),
          option("clinician", Text::tr("Clinician id or name."), Text::tr("C")),
          option("service", Text::tr("Service id or name."), Text::tr("S")),
          option("days", Text::tr("Weekdays, e.g. mon,wed,fri."), Text::tr("DAYS")),
          QCommandLineOption(QStringLiteral("part"), Text::tr("am, pm or any."), Text::tr("PART"),
                             QStringLiteral("any")),
          option("from", Text::tr("First day to search (YYYY-MM-DD); default today."),
                 Text::tr("DATE")),
          QCommandLineOption(QStringLiteral("limit"), Text::tr("How many slots."), Text::tr("N"),
                             QStringLiteral("10"))},
         runFindSlots},
        {QStringLiteral("book"),
         Text::tr("Book an appointment."),
         {option("type", Text::tr("new, follow-up or self-pay."), Text::tr("TYPE")),
          option("name", Text::tr("The patient's name."), Text::tr("NAME")),
          option("phone", Text::tr("The patient's phone number."), Text::tr("PHONE")),
          option("email", Text::tr("The patient's email address."), Text::tr("EMAIL")),
          option("location", Text::tr("Location id or name."), Text::tr("L")),
          option("clinician", Text::tr("Clinician id or name."), Text::tr("C")),
          option("start", Text::tr("Start, local wall time: YYYY-MM-DDTHH:MM."), Text::tr("START")),
          option("service", Text::tr("Service id or name."), Text::tr("S")),
          option("reason", Text::tr("Reason for the visit."), Text::tr("R")),
          option("insurance", Text::tr("New patients: insurance carrier."), Text::tr("CARRIER")),
          option("member-id", Text::tr("New patients: insurance member id."), Text::tr("ID")),
          option("seen", Text::tr("The book as this desk saw it (a mark from \"mark\")."),
                 Text::tr("MARK")),
          QCommandLineOption(
              QStringLiteral("not-a-duplicate"),
              Text::tr("Register a new patient even though a similar name is already "
                       "registered at the same phone number.")),
          option("over-capacity",
                 Text::tr("A manager's booking past the clinician's capacity, and why (audited)."),
                 Text::tr("REASON"))},
         runBook},
        {QStringLiteral("cancel"),
         Text::tr("Cancel an appointment."),
         {option("id", Text::tr("Appointment id."), Text::tr("ID")),
          option("reason", Text::tr("Why it is cancelled."), Text::tr("R"))},
         runCancel},
        {QStringLiteral("status"),
         Text::tr("Move an appointment to its next status."),
         {option("id", Text::tr("Appointment id."), Text::tr("ID")),
          option("to", Text::tr("confirmed, arrived, completed or no-show."), Text::tr("STATUS"))},
         runStatus},
        {QStringLiteral("reschedule"),
         Text::tr("Move an appointment to another time, clinician or location."),
         {option("id", Text::tr("Appointment id."), Text::tr("ID")),
          option("start", Text::tr("New start, local wall time: YYYY-MM-DDTHH:MM."),
                 Text::tr("START")),
          option("clinician", Text::tr("Clinician id or name (default: the same)."), Text::tr("C")),
          option("location", Text::tr("Location id or name (default: the same)."), Text::tr("L")),
          option("seen", Text::tr("The book as this desk saw it (a mark from \"mark\")."),
                 Text::tr("MARK"))},
         runReschedule},
        {QStringLiteral("correct"),
         Text::tr("Reverse an appointment's last change, entered in error."),
         {option("id", Text::tr("Appointment id."), Text::tr("ID")),
          option("reason", Text::tr("Why the change was an error."), Text::tr("R"))},
         runCorrect},
        {QStringLiteral("mark"),
         Text::tr("Print where the book stands now, for book or reschedule --seen."),
         {},
         runMark},
        {QStringLiteral("backup"),
         Text::tr("Copy the clinic to a file while desks go on working (owner-only, checked)."),
         {option("out", Text::tr("The backup file to write."), Text::tr("FILE"))},
         runBackup},
        {QStringLiteral("migrate"),
         Text::tr("Copy the whole clinic, audit trail included, into a new SQLite file or an "
                  "empty PostgreSQL database, checking each table's count and checksum (a "
                  "manager's)."),
         {option("from", Text::tr("The clinic to copy (instead of --db)."), Text::tr("DB")),
          option("to", Text::tr("A new file, or postgresql://user@host[:port]/database."),
                 Text::tr("DB"))},
         runMigrate},
        {QStringLiteral("check"),
         Text::tr("Run the database's integrity and foreign-key checks."),
         {},
         runCheck},
        {QStringLiteral("history"),
         Text::tr("Show an appointment's status steps, corrected ones included."),
         {option("id", Text::tr("Appointment id."), Text::tr("ID"))},
         runHistory},
        {QStringLiteral("watch"),
         Text::tr("Print one line per change, from any desk, until interrupted."),
         {},
         runWatch},
        {QStringLiteral("day"),
         Text::tr("List a day's appointments, or print them as a day sheet (PDF)."),
         {option("date", Text::tr("The day (YYYY-MM-DD)."), Text::tr("DATE")),
          option("location", Text::tr("Location id or name."), Text::tr("L")),
          option("clinician", Text::tr("Clinician id or name."), Text::tr("C")),
          option("format", Text::tr("text (the default) or pdf, a printable day sheet."),
                 Text::tr("FORMAT")),
          option("out", Text::tr("The PDF file to write (with --format pdf)."), Text::tr("FILE")),
          option("paper", Text::tr("letter (the default) or a4."), Text::tr("PAPER")),
          option("orientation",
                 Text::tr(
                     "portrait or landscape (default: landscape when phone numbers are printed)."),
                 Text::tr("O")),
          option("no-phones", Text::tr("Leave patients' phone numbers off the sheet."))},
         runDay},
        {QStringLiteral("report"),
         Text::tr("Print a period's figures beside the period before: volumes, new patients, "
                  "self-pay, utilization, no-shows, late cancellations, busiest hours."),
         {option("from", Text::tr("First day (YYYY-MM-DD)."), Text::tr("DATE")),
          option("to", Text::tr("Last day (YYYY-MM-DD)."), Text::tr("DATE")),
          option("location", Text::tr("Location id or name."), Text::tr("L")),
          option("clinician", Text::tr("Clinician id or name."), Text::tr("C")),
          option("type", Text::tr("Patient types, comma-separated: new, follow-up, self-pay."),
                 Text::tr("T")),
          option("service", Text::tr("Service id or name."), Text::tr("S"))},
         runReport},
        {QStringLiteral("export"),
         Text::tr(
             "Write a period's appointments as CSV, an Excel workbook with the period's figures, "
             "or iCalendar for calendar programs; or the period's report as PDF."),
         {option("from", Text::tr("First day (YYYY-MM-DD)."), Text::tr("DATE")),
          option("to", Text::tr("Last day (YYYY-MM-DD)."), Text::tr("DATE")),
          option("format", Text::tr("csv, xlsx, pdf or ics."), Text::tr("FORMAT")),
          option("location", Text::tr("Location id or name."), Text::tr("L")),
          option("clinician", Text::tr("Clinician id or name."), Text::tr("C")),
          option("type", Text::tr("Patient types, comma-separated: new, follow-up, self-pay."),
                 Text::tr("T")),
          option("service", Text::tr("Service id or name."), Text::tr("S")),
          option("out", Text::tr("The file to write."), Text::tr("FILE")),
          option("bom", Text::tr("Start the CSV with the byte-order mark Excel wants.")),
          option("paper", Text::tr("letter (the default) or a4, for PDF."), Text::tr("PAPER")),
          option("deidentified", Text::tr("Name patients by their record's number, without "
                                          "phone or reasons (CSV, xlsx, ics)."))},
         runExport},
        {QStringLiteral("user"),
         Text::tr("Manage accounts: user add|list|edit|password (a manager's; the first "
                  "manager of a clinic without accounts)."),
         {option("name", Text::tr("The account's user name."), Text::tr("NAME")),
          option("role", Text::tr("receptionist, clinician or manager."), Text::tr("ROLE")),
          option("full-name", Text::tr("The name the window shows."), Text::tr("TEXT")),
          option("clinician",
                 Text::tr("A clinician's account: their clinician record (id or "
                          "exact name)."),
                 Text::tr("C")),
          option("retire", Text::tr("edit: the account can no longer sign in.")),
          option("restore", Text::tr("edit: the retired account can sign in again."))},
         runUser},
        {QStringLiteral("audit"),
         Text::tr("The audit trail, newest first (a manager's): who changed what, before and "
                  "after."),
         {option("from", Text::tr("From this day (clinic time)."), Text::tr("YYYY-MM-DD")),
          option("to", Text::tr("To this day, inclusive."), Text::tr("YYYY-MM-DD")),
          option("by", Text::tr("Only this user's records."), Text::tr("NAME")),
          option("patient", Text::tr("Only this patient's records and appointments."),
                 Text::tr("ID")),
          option("appointment", Text::tr("Only this appointment's records."), Text::tr("ID")),
          option("format", Text::tr("csv, written to --out."), Text::tr("FORMAT")),
          option("out", Text::tr("The file to write."), Text::tr("FILE"))},
         runAudit},
        {QStringLiteral("restore"),
         Text::tr("Replace the clinic with a backup, once the backup checks clean (a "
                  "manager's)."),
         {option("from", Text::tr("The backup file."), Text::tr("FILE"))},
         runRestore},
        {QStringLiteral("settings"),
         Text::tr("Show the clinic's settings; --idle-lock sets the minutes before an idle "
                  "window locks (a manager's)."),
         {option("idle-lock", Text::tr("Minutes, 1 to 240."), Text::tr("MINUTES"))},
         runSettings},
    };
    return list;
}

QString exampleFor(const QString &command)
{
    static const QHash<QString, QString> examples{
        {QStringLiteral("init"), QStringLiteral("frontdesk-cli init --demo")},
        {QStringLiteral("export"),
         QStringLiteral("frontdesk-cli export --from 2026-12-01 --to 2026-12-31 --clinician "
                        "\"Dr. Maria Alvarez, DPT\" --format ics --out alvarez.ics")},
        {QStringLiteral("report"),
         QStringLiteral("frontdesk-cli report --from 2026-11-01 --to 2026-11-30 --location "
                        "\"Midtown Manhattan\" --json")},
        {QStringLiteral("generate"),
         QStringLiteral("frontdesk-cli generate --db bench.db --years 10   (after frontdesk-cli "
                        "init --db bench.db)")},
        {QStringLiteral("locations"), QStringLiteral("frontdesk-cli locations --json")},
        {QStringLiteral("clinicians"), QStringLiteral("frontdesk-cli clinicians --json")},
        {QStringLiteral("services"), QStringLiteral("frontdesk-cli services --json")},
        {QStringLiteral("find-slots"),
         QStringLiteral("frontdesk-cli find-slots --type new --location \"Midtown Manhattan\" "
                        "--days mon,wed --part am --limit 3 --json")},
        {QStringLiteral("book"),
         QStringLiteral("frontdesk-cli book --type new --name \"Ann Lee\" --phone \"201 555 "
                        "0123\" --location 1 --clinician \"Dr. Maria Alvarez, DPT\" --start "
                        "2026-11-30T09:00 --json")},
        {QStringLiteral("cancel"),
         QStringLiteral("frontdesk-cli cancel --id 42 --reason \"Feeling better\"")},
        {QStringLiteral("status"), QStringLiteral("frontdesk-cli status --id 42 --to arrived")},
        {QStringLiteral("reschedule"),
         QStringLiteral("frontdesk-cli reschedule --id 42 --start 2026-12-01T10:00 --json")},
        {QStringLiteral("correct"),
         QStringLiteral("frontdesk-cli correct --id 42 --reason \"booked the wrong caller\"")},
        {QStringLiteral("mark"), QStringLiteral("frontdesk-cli mark --json")},
        {QStringLiteral("backup"),
         QStringLiteral("frontdesk-cli backup --out /media/backup/frontdesk-2026-11-24.db")},
        {QStringLiteral("migrate"), QStringLiteral("frontdesk-cli migrate --from frontdesk.db --to "
                                                   "postgresql://frontdesk@db.example.org/clinic")},
        {QStringLiteral("check"), QStringLiteral("frontdesk-cli check --json")},
        {QStringLiteral("user"),
         QStringLiteral("frontdesk-cli user add --name rachel --role receptionist --full-name "
                        "\"Rachel Green\" --user maria")},
        {QStringLiteral("audit"),
         QStringLiteral("frontdesk-cli audit --patient 17 --from 2026-11-01 --json --user maria")},
        {QStringLiteral("restore"),
         QStringLiteral("frontdesk-cli restore --from /media/backup/frontdesk-2026-11-24.db "
                        "--user maria")},
        {QStringLiteral("settings"),
         QStringLiteral("frontdesk-cli settings --idle-lock 10 --user maria")},
        {QStringLiteral("history"), QStringLiteral("frontdesk-cli history --id 42 --json")},
        {QStringLiteral("watch"), QStringLiteral("frontdesk-cli watch --json")},
        {QStringLiteral("day"),
         QStringLiteral("frontdesk-cli day --date 2026-11-30 --location \"Midtown Manhattan\" "
                        "--format pdf --out day.pdf")},
    };
    return examples.value(command);
}

QStringList actionsOf(const QString &command)
{
    if (command == QLatin1String("user"))
        return {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("edit"),
                QStringLiteral("password")};
    return {};
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commands())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

} // namespace fd::cli
