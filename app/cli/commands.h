// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli.h"
#include "common/result.h"

#include <QCommandLineOption>
#include <QDate>
#include <QJsonValue>
#include <QList>

class QCommandLineParser;
class QTextStream;

namespace fd {
class Clinic;
}

namespace fd::cli {

struct Context
{
    const QCommandLineParser &parser;
    Clinic &clinic;
    bool json = false;
    QTextStream &out;
    QString action = {}; // a command's sub-command: "add" in `user add`
};

struct CommandSpec
{
    QString name;
    QString summary;
    QList<QCommandLineOption> options;
    int (*run)(Context &context);
};

const QList<CommandSpec> &commands();
// A command line that shows the command at work, for its --help.
QString exampleFor(const QString &command);
const CommandSpec *findCommand(const QString &name);
// Prints a JSON object or array, indented.
void printJson(const Context &c, const QJsonValue &value);
// A YYYY-MM-DD date, or an error naming `field`.
Result<QDate> parseDate(const QString &text, const char *field);
// --out: a file to create or replace, never a device, a pipe or a folder.
Result<QString> outputFile(const Context &c);

// The sub-commands a command takes as its first word (`user add`), none for most.
QStringList actionsOf(const QString &command);

// A secret typed at the terminal without echo, after `prompt` (the password of --user, a new
// password); an error naming "password" when there is no terminal.
Result<QString> readSecret(const QString &prompt, const char *variable = "FRONTDESK_PASSWORD");
// The password of a PostgreSQL server's account, when the server asks for one that libpq did
// not find (PGPASSWORD, PGPASSFILE): FRONTDESK_DB_PASSWORD, or typed at the terminal.
Result<QString> databasePassword(const QString &address);

int runUser(Context &c);
int runAudit(Context &c);
int runRestore(Context &c);
int runSettings(Context &c);

// Print "frontdesk-cli: <message>" on stderr and return the exit code.
int fail(ExitCode code, const QString &message);
int fail(const Error &error);

} // namespace fd::cli
