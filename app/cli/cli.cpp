// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli.h"
#include "common/text.h"

#include "commands.h"

#include "clinic/clinic.h"
#include "common/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace fd::cli {
namespace {

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::cli)
};

QString usage()
{
    QString text = Text::tr("Usage: frontdesk-cli COMMAND [OPTIONS]\n\n"
                            "Front Desk's scheduling core for scripts and automation.\n\n"
                            "Commands:\n");
    for (const CommandSpec &spec : commands())
        text += QStringLiteral("  %1  %2\n").arg(spec.name.leftJustified(11), spec.summary);
    text +=
        Text::tr(
            "\nEvery command takes --db FILE, --json and --user NAME, before or after its name.\n"
            "The database is %1 unless --db (or FRONTDESK_DB) names another file or a\n"
            "postgresql://user@host[:port]/database address; the server's password comes\n"
            "from PGPASSFILE, FRONTDESK_DB_PASSWORD or the terminal.\n"
            "A clinic with accounts needs --user (or FRONTDESK_USER) and that account's\n"
            "password, from FRONTDESK_PASSWORD or typed at the terminal.\n"
            "Run frontdesk-cli COMMAND --help for a command's options.\n"
            "Exit codes: 0 success, 1 failure, 2 usage error, 3 refused (a scheduling rule, or\n"
            "what the user's role may do).\n")
            .arg(homeRelative(Clinic::defaultDatabase()));
    return text;
}

} // namespace

ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
        return Usage;
    case ErrorKind::Rule:
    case ErrorKind::Conflict:
    case ErrorKind::Forbidden:
        return Refused;
    case ErrorKind::Storage:
    case ErrorKind::Cancelled:
        return Failure;
    }
    return Failure;
}

int fail(ExitCode code, const QString &message)
{
    QTextStream err(stderr);
    // One line, always: scripts read the first line of stderr.
    // One line, and nothing in it (an echoed option, a path) can drive the terminal.
    err << "frontdesk-cli: "
        << printable(QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))) << Qt::endl;
    return code;
}

int fail(const Error &error)
{
    return fail(exitCodeFor(error.kind), error.toString());
}

// Where the command's name is: the first argument that is neither an option nor the value of
// one of the options every command takes, which may come before the name.
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--db") || arg == QLatin1String("-db") ||
            arg == QLatin1String("--user") || arg == QLatin1String("-user")) {
            ++i; // its value
            continue;
        }
        if (arg.startsWith(QLatin1String("--db=")) || arg.startsWith(QLatin1String("--user=")) ||
            arg == QLatin1String("--json") || arg == QLatin1String("-json"))
            continue;
        return i;
    }
    return -1;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    const qsizetype at = commandIndex(arguments);
    const QString name = at > 0 ? arguments[at] : QString();
    if (name.isEmpty())
        return fail(Usage, Text::tr("no command given; run frontdesk-cli --help"));
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        out << usage();
        return Ok;
    }
    if (name == QLatin1String("--version")) {
        out << "frontdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const CommandSpec *spec = findCommand(name);
    if (!spec)
        return fail(
            Usage,
            Text::tr("unknown command \"%1\"; run frontdesk-cli --help").arg(quotable(name)));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(
        QStringLiteral("db"),
        Text::tr("The database file or postgresql:// address (default: FRONTDESK_DB, or %1).")
            .arg(homeRelative(Clinic::defaultDatabase())),
        Text::tr("FILE"), Clinic::defaultDatabase());
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        Text::tr("Sign in as this account (password from FRONTDESK_PASSWORD or the "
                 "terminal); on a clinic without accounts, the name "
                 "the audit log records."),
        Text::tr("NAME"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this command's options."));
    parser.addOptions({db, json, user, help});
    parser.addOptions(spec->options);
    parser.setApplicationDescription(spec->summary + QStringLiteral("\n\n") + Text::tr("Example:") +
                                     QStringLiteral("\n  ") + exampleFor(spec->name));
    // The parser reads the command's name where a program's name would be, then every option
    // however it was placed.
    QStringList rest = arguments.mid(1);
    rest.move(at - 1, 0);
    if (!parser.parse(rest))
        return fail(Usage, QStringLiteral("%1: %2").arg(name, parser.errorText()));
    if (parser.isSet(help)) {
        // The usage line names the command as people type it; nothing else is touched (the
        // program's own name also appears in the example).
        QString text = parser.helpText();
        const qsizetype usage = text.indexOf(arguments.first());
        if (usage >= 0)
            text.replace(usage, arguments.first().size(), QStringLiteral("frontdesk-cli ") + name);
        out << text;
        return Ok;
    }
    // An option given twice is a mistake in a script, not a choice of the last one.
    for (const QString &option : parser.optionNames())
        if (parser.optionNames().count(option) > 1)
            return fail(Usage, Text::tr("%1: --%2 is given more than once").arg(name, option));
    QStringList extra = parser.positionalArguments();
    const QStringList actions = actionsOf(spec->name);
    QString action;
    if (!actions.isEmpty()) {
        action = extra.isEmpty() ? QString() : extra.takeFirst();
        if (!actions.contains(action))
            return fail(
                Usage,
                Text::tr("%1: say what to do: %2").arg(name, actions.join(QStringLiteral("|"))));
    }
    if (!extra.isEmpty())
        return fail(Usage, Text::tr("%1: unexpected argument \"%2\"").arg(name, extra.first()));

    static const SystemClock clock;
    // Only init creates a database; every other command needs one that is there.
    const auto mode = spec->name == QLatin1String("init") ? Clinic::OpenMode::CreateIfMissing
                                                          : Clinic::OpenMode::Existing;
    // Who is asking: --user, or FRONTDESK_USER for scripts. A name like any other: one clean
    // line.
    auto who =
        cleanLine(QStringLiteral("user"),
                  parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("FRONTDESK_USER"),
                  limits::kName);
    if (!who)
        return fail(who.error());
    // --db, or FRONTDESK_DB, or the default file; `migrate` names its source with --from.
    QString database = qEnvironmentVariableIsSet("FRONTDESK_DB") && !parser.isSet(db)
                           ? qEnvironmentVariable("FRONTDESK_DB")
                           : parser.value(db);
    if (spec->name == QLatin1String("migrate") && parser.isSet(QStringLiteral("from")))
        database = parser.value(QStringLiteral("from"));
    auto clinic = Clinic::open(database, clock, *who, mode);
    if (!clinic && clinic.error().field == QLatin1String("db-password")) {
        auto password = databasePassword(database);
        if (!password)
            return fail(password.error());
        Clinic::rememberDatabasePassword(database, *password);
        clinic = Clinic::open(database, clock, *who, mode);
    }
    if (!clinic)
        return fail(clinic.error());
    // A clinic with accounts believes nobody's name without their password. One without
    // any yet (a new database, before its first manager) records the name it is given.
    auto accounts = (*clinic)->hasAccounts();
    if (!accounts)
        return fail(accounts.error());
    if (*accounts && !who->isEmpty()) {
        auto password = qEnvironmentVariableIsSet("FRONTDESK_PASSWORD")
                            ? Result<QString>(qEnvironmentVariable("FRONTDESK_PASSWORD"))
                            : readSecret(Text::tr("Password for %1: ").arg(*who));
        if (!password)
            return fail(password.error());
        if (auto signedIn = (*clinic)->signIn(*who, *password); !signedIn)
            return fail(signedIn.error());
    }
    Context context{parser, **clinic, parser.isSet(json), out, action};
    return spec->run(context);
}

} // namespace fd::cli
