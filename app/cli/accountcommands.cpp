// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Accounts, the audit trail, restores and the clinic's settings on the command line.

#include "commands.h"
#include "common/files.h"

#include "access/accountservice.h"
#include "booking/scheduleservice.h"
#include "clinic/clinic.h"
#include "common/text.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace fd::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::cli)
};

QString value(const Context &c, const char *name)
{
    return c.parser.value(QString::fromLatin1(name)).trimmed();
}

QJsonObject accountJson(const Account &a, const ClinicConfig &config)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("full_name"), a.fullName},
                  {QStringLiteral("role"), roleCode(a.role)},
                  {QStringLiteral("active"), a.active}};
    if (a.clinicianId) {
        o.insert(QStringLiteral("clinician_id"), *a.clinicianId);
        if (const Clinician *c = config.clinician(*a.clinicianId))
            o.insert(QStringLiteral("clinician"), c->name);
    }
    return o;
}

// A new password: FRONTDESK_NEW_PASSWORD, or typed twice at the terminal.
Result<QString> newPassword(const QString &name)
{
    if (qEnvironmentVariableIsSet("FRONTDESK_NEW_PASSWORD"))
        return qEnvironmentVariable("FRONTDESK_NEW_PASSWORD");
    auto first = readSecret(Text::tr("New password for %1: ").arg(name), "FRONTDESK_NEW_PASSWORD");
    if (!first)
        return first;
    auto again = readSecret(Text::tr("The same password again: "), "FRONTDESK_NEW_PASSWORD");
    if (!again)
        return again;
    if (*first != *again)
        return invalid(QStringLiteral("password"), Text::tr("the two passwords differ"));
    return first;
}

Result<Account> namedAccount(Context &c, const QString &name)
{
    auto config = c.clinic.schedule().config();
    if (!config)
        return config.error();
    const Account *a = config->accountNamed(name);
    if (!a)
        return Error{ErrorKind::NotFound, QStringLiteral("name"),
                     Text::tr("there is no account called \"%1\"").arg(quotable(name))};
    return *a;
}

// --role, --full-name and --clinician onto an account.
Result<void> applyOptions(Context &c, Account &a)
{
    if (c.parser.isSet(QStringLiteral("role"))) {
        const auto role = parseRoleCode(value(c, "role"));
        if (!role)
            return invalid(QStringLiteral("role"),
                           Text::tr("\"%1\" is not receptionist, clinician or manager")
                               .arg(quotable(value(c, "role"))));
        a.role = *role;
    }
    if (c.parser.isSet(QStringLiteral("full-name")))
        a.fullName = value(c, "full-name");
    if (c.parser.isSet(QStringLiteral("clinician"))) {
        if (a.role != Role::Clinician)
            return invalid(QStringLiteral("clinician"),
                           Text::tr("only a clinician's account names a clinician"));
        auto config = c.clinic.schedule().config();
        if (!config)
            return config.error();
        auto clinician = config->resolveClinician(value(c, "clinician"));
        if (!clinician)
            return clinician.error();
        a.clinicianId = (*clinician)->id;
    }
    return {};
}

#ifdef Q_OS_UNIX
// The terminal a password prompt has silenced, and how it was before.
volatile std::sig_atomic_t promptTerminal = -1;
termios promptSettings{};

extern "C" void restoreEchoAndQuit(int signal)
{
    if (promptTerminal >= 0)
        tcsetattr(promptTerminal, TCSANOW, &promptSettings);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

} // namespace

Result<QString> readSecret(const QString &prompt, const char *variable)
{
#ifdef Q_OS_UNIX
    // The terminal itself, not standard input: a script's pipe is not a person typing.
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (tty) {
        const int fd = fileno(tty);
        termios old{};
        const bool quiet = tcgetattr(fd, &old) == 0;
        if (quiet) {
            termios silent = old;
            silent.c_lflag &= ~tcflag_t(ECHO);
            // Ctrl-C at the prompt gives the terminal its echo back before the program ends.
            promptTerminal = fd;
            promptSettings = old;
            std::signal(SIGINT, restoreEchoAndQuit);
            std::signal(SIGTERM, restoreEchoAndQuit);
            tcsetattr(fd, TCSAFLUSH, &silent);
        }
        std::fputs(prompt.toLocal8Bit().constData(), tty);
        std::fflush(tty);
        QByteArray line;
        for (int ch = std::fgetc(tty); ch != EOF && ch != '\n'; ch = std::fgetc(tty))
            if (ch != '\r')
                line.append(char(ch));
        if (quiet) {
            tcsetattr(fd, TCSAFLUSH, &old);
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
            promptTerminal = -1;
        }
        std::fputc('\n', tty);
        std::fclose(tty);
        return QString::fromLocal8Bit(line);
    }
#else
    Q_UNUSED(prompt);
#endif
    return invalid(
        QStringLiteral("password"),
        Text::tr("set %1, or run frontdesk-cli from a terminal").arg(QLatin1String(variable)));
}

Result<QString> databasePassword(const QString &address)
{
    if (qEnvironmentVariableIsSet("FRONTDESK_DB_PASSWORD"))
        return qEnvironmentVariable("FRONTDESK_DB_PASSWORD");
    return readSecret(Text::tr("Password for %1: ").arg(Clinic::shownAddress(address)),
                      "FRONTDESK_DB_PASSWORD");
}

int runUser(Context &c)
{
    const QString action = c.action;
    if (action == QLatin1String("list")) {
        auto list = c.clinic.accounts().accounts();
        if (!list)
            return fail(list.error());
        auto config = c.clinic.schedule().config();
        if (!config)
            return fail(config.error());
        if (c.json) {
            QJsonArray array;
            for (const Account &a : *list)
                array.append(accountJson(a, *config));
            printJson(c, array);
            return Ok;
        }
        for (const Account &a : *list)
            c.out << printable(QStringLiteral("%1  %2  %3%4")
                                   .arg(a.name.leftJustified(16),
                                        roleCode(a.role).leftJustified(12), a.fullName,
                                        a.active ? QString() : Text::tr("  (retired)")))
                  << Qt::endl;
        return Ok;
    }
    auto name = value(c, "name");
    if (name.isEmpty())
        return fail(invalid(QStringLiteral("name"), Text::tr("is required")));
    // Read before the change: a clinic's first manager is not yet signed in after it.
    auto before = c.clinic.schedule().config();
    if (!before)
        return fail(before.error());
    Result<Account> result = Error{};
    if (action == QLatin1String("add")) {
        Account a;
        a.name = name;
        a.role = Role::Receptionist;
        if (!c.parser.isSet(QStringLiteral("role")))
            return fail(invalid(QStringLiteral("role"), Text::tr("is required")));
        if (auto r = applyOptions(c, a); !r)
            return fail(r.error());
        auto password = newPassword(name);
        if (!password)
            return fail(password.error());
        result = c.clinic.accounts().add(a, *password);
    } else if (action == QLatin1String("edit")) {
        auto a = namedAccount(c, name);
        if (!a)
            return fail(a.error());
        if (auto r = applyOptions(c, a.value()); !r)
            return fail(r.error());
        if (c.parser.isSet(QStringLiteral("retire")) && c.parser.isSet(QStringLiteral("restore")))
            return fail(invalid(QStringLiteral("retire"), Text::tr("give --retire or --restore")));
        if (c.parser.isSet(QStringLiteral("retire")))
            a->active = false;
        if (c.parser.isSet(QStringLiteral("restore")))
            a->active = true;
        result = c.clinic.accounts().update(*a);
    } else { // password
        auto a = namedAccount(c, name);
        if (!a)
            return fail(a.error());
        auto password = newPassword(name);
        if (!password)
            return fail(password.error());
        if (auto r = c.clinic.accounts().setPassword(a->id, *password); !r)
            return fail(r.error());
        result = *a;
    }
    if (!result)
        return fail(result.error());
    if (c.json)
        printJson(c, accountJson(*result, *before));
    else
        c.out << printable(QStringLiteral("%1  %2  %3%4")
                               .arg(result->name, roleCode(result->role), result->fullName,
                                    result->active ? QString() : Text::tr("  (retired)")))
              << Qt::endl;
    return Ok;
}

// The trail, newest first: --json, or --format csv --out FILE, or a line each.
int runAudit(Context &c)
{
    AuditQuery query;
    auto day = [&](const char *name) -> Result<std::optional<QDate>> {
        const QString text = value(c, name);
        if (text.isEmpty())
            return std::optional<QDate>();
        auto date = parseDate(text, name);
        if (!date)
            return date.error();
        return std::optional(*date);
    };
    auto id = [&](const char *name) -> Result<std::optional<qint64>> {
        const QString text = value(c, name);
        if (text.isEmpty())
            return std::optional<qint64>();
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number <= 0)
            return invalid(QString::fromLatin1(name),
                           Text::tr("\"%1\" is not a record number").arg(quotable(text)));
        return std::optional(number);
    };
    auto from = day("from");
    auto to = day("to");
    auto patient = id("patient");
    auto appointment = id("appointment");
    for (const Error *e :
         {from ? nullptr : &from.error(), to ? nullptr : &to.error(),
          patient ? nullptr : &patient.error(), appointment ? nullptr : &appointment.error()})
        if (e)
            return fail(*e);
    if (*from && *to && **to < **from)
        return fail(invalid(QStringLiteral("to"), Text::tr("is before --from")));
    // Days at the clinic, in its own time zone.
    auto config = c.clinic.schedule().config();
    if (!config)
        return fail(config.error());
    const QTimeZone zone(config->clinicZone().toUtf8());
    if (*from)
        query.fromUtc = QDateTime(**from, QTime(0, 0), zone).toSecsSinceEpoch();
    if (*to)
        query.toUtc = QDateTime((*to)->addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    query.user = value(c, "by");
    query.patientId = *patient;
    query.appointmentId = *appointment;

    const QString format = value(c, "format").toLower();
    if (!format.isEmpty()) {
        if (format != QLatin1String("csv"))
            return fail(invalid(QStringLiteral("format"),
                                Text::tr("\"%1\" is not csv").arg(quotable(format))));
        auto out = outputFile(c);
        if (!out)
            return fail(out.error());
        const QString path = *out;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(invalid(QStringLiteral("out"), file.errorString()));
        keepToOwner(file);
        auto rows = c.clinic.accounts().exportAuditCsv(query, file);
        if (!rows)
            return fail(rows.error());
        if (!file.commit())
            return fail(Error{ErrorKind::Storage, QStringLiteral("out"), file.errorString()});
        if (c.json)
            printJson(c,
                      QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("rows"), *rows}});
        else
            c.out << Text::tr("Wrote %1 audit records to %2.").arg(*rows).arg(path) << Qt::endl;
        return Ok;
    }
    auto rows = c.clinic.accounts().audit(query);
    if (!rows)
        return fail(rows.error());
    auto at = [](qint64 utc) {
        return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate);
    };
    if (c.json) {
        QJsonArray array;
        for (const AuditRecord &r : *rows)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("at"), at(r.atUtc)},
                                     {QStringLiteral("user"), r.user},
                                     {QStringLiteral("action"), r.action},
                                     {QStringLiteral("entity"), r.entity},
                                     {QStringLiteral("entity_id"), r.entityId},
                                     {QStringLiteral("before"), r.before},
                                     {QStringLiteral("after"), r.after}});
        printJson(c, array);
        return Ok;
    }
    // A line each, at the clinic's time, with what changed as the window shows it.
    for (const AuditRecord &r : *rows)
        c.out << printable(QStringLiteral("%1  %2  %3  %4 %5  %6")
                               .arg(QDateTime::fromSecsSinceEpoch(r.atUtc, Qt::UTC)
                                        .toTimeZone(zone)
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    r.user.leftJustified(14), r.action.leftJustified(16), r.entity,
                                    QString::number(r.entityId), auditChangesText(r)))
              << Qt::endl;
    return Ok;
}

int runRestore(Context &c)
{
    const QString from = value(c, "from");
    if (from.isEmpty())
        return fail(invalid(QStringLiteral("from"), Text::tr("is required")));
    auto before = c.clinic.restore(from);
    if (!before)
        return fail(before.error());
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("restored_from"), from},
                                 {QStringLiteral("db"), c.clinic.databaseName()},
                                 {QStringLiteral("previous_clinic"), *before}});
    else
        c.out << Text::tr("Restored %1 from %2; the clinic as it was is kept in %3.")
                     .arg(c.clinic.databaseName(), from, *before)
              << Qt::endl;
    return Ok;
}

int runSettings(Context &c)
{
    if (c.parser.isSet(QStringLiteral("idle-lock"))) {
        bool ok = false;
        const int minutes = value(c, "idle-lock").toInt(&ok);
        if (!ok)
            return fail(
                invalid(QStringLiteral("idle-lock"), Text::tr("is not a number of minutes")));
        if (auto r = c.clinic.accounts().setIdleLockMinutes(minutes); !r)
            return fail(r.error());
    }
    auto config = c.clinic.schedule().config();
    if (!config)
        return fail(config.error());
    if (c.json)
        printJson(c, QJsonObject{
                         {QStringLiteral("idle_lock_minutes"), config->idleLockMinutes},
                         {QStringLiteral("booking_horizon_months"), config->bookingHorizonMonths}});
    else
        c.out << Text::tr("Idle lock: %1 min. Booking horizon: %2 months.")
                     .arg(config->idleLockMinutes)
                     .arg(config->bookingHorizonMonths)
              << Qt::endl;
    return Ok;
}

} // namespace fd::cli
