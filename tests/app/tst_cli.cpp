// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/scheduleservice.h"
#include "clinic/setupservice.h"
#include "clirunner.h"
#include "testclinic.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fd;
using test::runCli;

namespace {
QStringList with(const QString &db, QStringList args)
{
    args << QStringLiteral("--db") << db;
    return args;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    const SystemClock m_clock;
    std::unique_ptr<test::TempClinic> m_temp;
    // Files beside the clinic (backups, exports), wherever the clinic itself lives.
    QTemporaryDir m_scratch;
    QString scratch(const QString &name) const { return m_scratch.filePath(name); }
    QString m_db;
    QDate m_monday;

    test::CliResult cli(const QStringList &args) { return runCli(with(m_db, args)); }

    QStringList bookArgs(const QString &name, const QString &phone, const QString &start,
                         const QString &type = QStringLiteral("new"))
    {
        return {QStringLiteral("book"),
                QStringLiteral("--type"),
                type,
                QStringLiteral("--name"),
                name,
                QStringLiteral("--phone"),
                phone,
                QStringLiteral("--location"),
                QStringLiteral("Midtown"),
                QStringLiteral("--clinician"),
                QStringLiteral("Dr. One"),
                QStringLiteral("--start"),
                start,
                QStringLiteral("--json")};
    }
    QString at(int hour, int minute = 0, int days = 0) const
    {
        return m_monday.addDays(days).toString(Qt::ISODate) +
               QStringLiteral("T%1:%2")
                   .arg(hour, 2, 10, QLatin1Char('0'))
                   .arg(minute, 2, 10, QLatin1Char('0'));
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(test::cliPath()), "FRONTDESK_CLI is not set"); }

    void init()
    {
        m_temp = std::make_unique<test::TempClinic>(m_clock);
        m_db = m_temp->path();
        test::createSmallClinic(m_temp->clinic());
        m_monday = test::mondayAhead();
    }

    void usage()
    {
        auto none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(none.err.count('\n'), 1);
        QVERIFY(none.err.contains("--help"));
        auto twice = cli({QStringLiteral("cancel"), QStringLiteral("--id"), QStringLiteral("1"),
                          QStringLiteral("--id"), QStringLiteral("2")});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("--id is given more than once"), twice.err.constData());
        auto dbTwice = runCli({QStringLiteral("--db"), m_db, QStringLiteral("locations"),
                               QStringLiteral("--db"), m_db});
        QCOMPARE(dbTwice.exitCode, 2);
        auto help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"init", "locations", "clinicians", "services", "find-slots",
                                    "book", "cancel", "status", "day"})
            QVERIFY2(help.out.contains(command), command);
        auto unknown = cli({QStringLiteral("teleport")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err.count('\n'), 1);
        QVERIFY(unknown.err.contains("teleport"));
        auto badOption = cli({QStringLiteral("locations"), QStringLiteral("--colour")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.contains("colour"));
        auto bookHelp = cli({QStringLiteral("book"), QStringLiteral("--help")});
        QCOMPARE(bookHelp.exitCode, 0);
        QVERIFY(bookHelp.out.contains("--member-id"));
        // Every command's help shows its own options and an example of it at work.
        for (const char *command :
             {"init", "generate", "locations", "clinicians", "services", "find-slots", "book",
              "cancel", "status", "reschedule", "correct", "mark", "history", "watch", "day"}) {
            auto own = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(own.exitCode, 0);
            QVERIFY2(
                own.out.contains(QByteArray(QByteArray("Example:\n  frontdesk-cli ") + command)),
                command);
        }
    }

    void initCreatesAndReportsTheSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/new.db"));
        auto r = runCli(
            {QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object()[QStringLiteral("schema_version")].toInt(),
                 Database::kSchemaVersion);
        QVERIFY(QFile::exists(path));
    }

    void listings()
    {
        auto locations = cli({QStringLiteral("locations"), QStringLiteral("--json")});
        QCOMPARE(locations.exitCode, 0);
        const QJsonArray l = locations.json().array();
        QCOMPARE(l.size(), 2);
        QCOMPARE(l[0][QStringLiteral("name")].toString(), QStringLiteral("Midtown"));
        QCOMPARE(l[0][QStringLiteral("opens")].toString(), QStringLiteral("07:00"));

        auto clinicians = cli({QStringLiteral("clinicians"), QStringLiteral("--json")});
        QCOMPARE(clinicians.exitCode, 0);
        const QJsonObject two = clinicians.json().array()[1].toObject();
        QCOMPARE(two[QStringLiteral("name")].toString(), QStringLiteral("Dr. Two"));
        QCOMPARE(two[QStringLiteral("capacity")].toInt(), 2);
        QCOMPARE(two[QStringLiteral("shifts")].toArray().size(), 4);
        QCOMPARE(two[QStringLiteral("shifts")][1][QStringLiteral("location")].toString(),
                 QStringLiteral("Chatham"));

        auto services = cli({QStringLiteral("services"), QStringLiteral("--json")});
        QCOMPARE(services.json().array().size(), 2);
        auto text = cli({QStringLiteral("services")});
        QVERIFY(text.out.contains("Chiropractic care"));
    }

    void findSlots()
    {
        auto r =
            cli({QStringLiteral("find-slots"), QStringLiteral("--type"), QStringLiteral("new"),
                 QStringLiteral("--clinician"), QStringLiteral("Dr. One"), QStringLiteral("--from"),
                 m_monday.toString(Qt::ISODate), QStringLiteral("--part"), QStringLiteral("pm"),
                 QStringLiteral("--days"), QStringLiteral("tue,thu"), QStringLiteral("--limit"),
                 QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray slots_ = r.json().array();
        QCOMPARE(slots_.size(), 3);
        const QJsonObject first = slots_[0].toObject();
        QCOMPARE(first[QStringLiteral("start")].toString(), at(12, 0, 1));
        QCOMPARE(first[QStringLiteral("end")].toString(), at(13, 0, 1));
        QCOMPARE(first[QStringLiteral("location")].toString(), QStringLiteral("Midtown"));
        QCOMPARE(first[QStringLiteral("clinician")].toString(), QStringLiteral("Dr. One"));
        QCOMPARE(first[QStringLiteral("type")].toString(), QStringLiteral("new"));
        QCOMPARE(first[QStringLiteral("status")].toString(), QStringLiteral("free"));
        QCOMPARE(slots_[1][QStringLiteral("start")].toString(), at(12, 15, 1));
    }

    void bookCancelStatusDay()
    {
        auto booked =
            cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0123"), at(9)));
        QCOMPARE(booked.exitCode, 0);
        const QJsonObject a = booked.json().object();
        for (const char *key :
             {"id", "start", "end", "location", "clinician", "patient", "type", "status"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QCOMPARE(a[QStringLiteral("start")].toString(), at(9));
        QCOMPARE(a[QStringLiteral("end")].toString(), at(10));
        QCOMPARE(a[QStringLiteral("patient")].toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("booked"));
        const QString id = QString::number(a[QStringLiteral("id")].toInteger());

        auto confirmed =
            cli({QStringLiteral("status"), QStringLiteral("--id"), id, QStringLiteral("--to"),
                 QStringLiteral("confirmed"), QStringLiteral("--json")});
        QCOMPARE(confirmed.exitCode, 0);
        QCOMPARE(confirmed.json()[QStringLiteral("status")].toString(),
                 QStringLiteral("confirmed"));

        auto day =
            cli({QStringLiteral("day"), QStringLiteral("--date"), m_monday.toString(Qt::ISODate),
                 QStringLiteral("--location"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(day.exitCode, 0);
        QCOMPARE(day.json().array().size(), 1);
        QCOMPARE(day.json().array()[0][QStringLiteral("status")].toString(),
                 QStringLiteral("confirmed"));

        auto cancelled =
            cli({QStringLiteral("cancel"), QStringLiteral("--id"), id, QStringLiteral("--reason"),
                 QStringLiteral("Feeling better"), QStringLiteral("--json")});
        QCOMPARE(cancelled.exitCode, 0);
        QCOMPARE(cancelled.json()[QStringLiteral("status")].toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(cancelled.json()[QStringLiteral("late_cancel")].toBool(), false);

        auto again = cli({QStringLiteral("cancel"), QStringLiteral("--id"), id});
        QCOMPARE(again.exitCode, 3);
        // The cancelled appointment stays in the day's list.
        auto text =
            cli({QStringLiteral("day"), QStringLiteral("--date"), m_monday.toString(Qt::ISODate)});
        QVERIFY(text.out.contains("cancelled"));
        QVERIFY(text.out.contains("Ann Lee"));
    }

    // The morning job: every visit of the day on the sheet, as poppler reads it.
    void daySheetAsPdf()
    {
        QStringList names;
        for (int i = 0; i < 9; ++i) {
            // "fi" and "ff" are ligatures in most fonts: the PDF's text must keep the letters.
            const QString name = i == 0 ? QStringLiteral("Sofia Griffin")
                                        : QStringLiteral("Patient Number%1").arg(i);
            QCOMPARE(
                cli(bookArgs(name, QStringLiteral("201-555-01%1").arg(i, 2, 10, QLatin1Char('0')),
                             at(8 + i)))
                    .exitCode,
                0);
            names.append(name);
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("midtown.pdf"));
        auto sheet = cli(
            {QStringLiteral("day"), QStringLiteral("--date"), m_monday.toString(Qt::ISODate),
             QStringLiteral("--location"), QStringLiteral("Midtown"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--out"), pdf, QStringLiteral("--json")});
        QCOMPARE(sheet.exitCode, 0);
        QVERIFY2(sheet.err.isEmpty(), sheet.err.constData());
        QCOMPARE(sheet.json()[QStringLiteral("appointments")].toInt(), 9);
        auto text = [](const QString &file, const QStringList &extra = {}) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), extra + QStringList{file, QStringLiteral("-")});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString sheetText = text(pdf);
        for (const QString &name : names)
            QVERIFY2(sheetText.contains(name), qPrintable(name));
        QVERIFY(sheetText.contains(QStringLiteral("Midtown")));
        QVERIFY(sheetText.contains(QStringLiteral("Dr. One")));
        QVERIFY(sheetText.contains(QStringLiteral("(201) 555-0100")));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished(30000);
        const QString letterLandscape = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(letterLandscape.contains(QStringLiteral("792 x 612 pts (letter)")),
                 qPrintable(letterLandscape));

        // A4, portrait, no phone numbers; and it replaces the file whole.
        auto bare =
            cli({QStringLiteral("day"), QStringLiteral("--date"), m_monday.toString(Qt::ISODate),
                 QStringLiteral("--clinician"), QStringLiteral("Dr. One"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--orientation"),
                 QStringLiteral("portrait"), QStringLiteral("--no-phones")});
        QCOMPARE(bare.exitCode, 0);
        QVERIFY2(bare.out.contains("(9 appointments, 1 page)"), bare.out.constData());
        const QString bareText = text(pdf);
        QVERIFY(!bareText.contains(QStringLiteral("555-01")));
        QVERIFY(bareText.contains(QStringLiteral("Dr. One at Midtown")));
        for (const QString &name : names)
            QVERIFY2(bareText.contains(name), qPrintable(name));
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished(30000);
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));

        // In Spanish, the sheet's own words are Spanish.
        const QByteArray lang = qgetenv("LANG");
        const QByteArray language = qgetenv("LANGUAGE");
        qputenv("LANG", "es_ES.UTF-8");
        qputenv("LANGUAGE", "es");
        auto spanish = cli({QStringLiteral("day"), QStringLiteral("--date"),
                            m_monday.toString(Qt::ISODate), QStringLiteral("--location"),
                            QStringLiteral("Midtown"), QStringLiteral("--format"),
                            QStringLiteral(" PDF "), QStringLiteral("--out"), pdf});
        qputenv("LANG", lang);
        qputenv("LANGUAGE", language);
        QCOMPARE(spanish.exitCode, 0);
        const QString spanishText = text(pdf);
        for (const char *word : {"Hoja del día", "Página 1 de", "Paciente", "Teléfono", "9 citas"})
            QVERIFY2(spanishText.contains(QString::fromUtf8(word)), word);

        // A folder that cannot be written: an error naming --out, and nothing left behind.
        const QString nowhere = dir.filePath(QStringLiteral("missing/sheet.pdf"));
        auto refused = cli({QStringLiteral("day"), QStringLiteral("--date"),
                            m_monday.toString(Qt::ISODate), QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("--out"), nowhere});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.startsWith("frontdesk-cli: out: "), refused.err.constData());
        QVERIFY(!QFile::exists(nowhere));
    }

    // Without --location, every location's day follows the other, and a clinician who works
    // at two of them that day has each visit once, under the right one.
    void daySheetOfEveryLocation()
    {
        Clinician three;
        three.name = QStringLiteral("Dr. Three");
        three.shifts = {{1, m_monday.dayOfWeek(), 7 * 60, 12 * 60},
                        {2, m_monday.dayOfWeek(), 13 * 60, 19 * 60}};
        QVERIFY(m_temp->clinic().setup().addClinician(three).ok());
        auto book = [&](const QString &name, const QString &phone, const QString &location,
                        int hour) {
            return cli({QStringLiteral("book"), QStringLiteral("--type"), QStringLiteral("new"),
                        QStringLiteral("--name"), name, QStringLiteral("--phone"), phone,
                        QStringLiteral("--location"), location, QStringLiteral("--clinician"),
                        QStringLiteral("Dr. Three"), QStringLiteral("--start"), at(hour)})
                .exitCode;
        };
        QCOMPARE(book(QStringLiteral("Morning Patient"), QStringLiteral("201-555-0111"),
                      QStringLiteral("Midtown"), 9),
                 0);
        QCOMPARE(book(QStringLiteral("Evening Patient"), QStringLiteral("201-555-0112"),
                      QStringLiteral("Chatham"), 15),
                 0);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("all.pdf"));
        auto sheet =
            cli({QStringLiteral("day"), QStringLiteral("--date"), m_monday.toString(Qt::ISODate),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--json")});
        QCOMPARE(sheet.exitCode, 0);
        QCOMPARE(sheet.json()[QStringLiteral("appointments")].toInt(), 2);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished(30000);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(text.count(QStringLiteral("Morning Patient")), 1);
        QCOMPARE(text.count(QStringLiteral("Evening Patient")), 1);
        // Each clinician's heading names the location, Midtown's before Chatham's.
        const qsizetype midtown =
            text.indexOf(QRegularExpression(QStringLiteral("Dr\\. Three\\s+·\\s+Midtown")));
        const qsizetype chatham =
            text.indexOf(QRegularExpression(QStringLiteral("Dr\\. Three\\s+·\\s+Chatham")));
        QVERIFY2(midtown >= 0 && chatham > midtown, qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("Morning Patient")) < chatham);
        QVERIFY(text.indexOf(QStringLiteral("Evening Patient")) > chatham);
    }

    // report --json agrees with a count made here from the appointments themselves, with
    // the rows that corrections leave (moved and entered-in-error) left out.
    void reportAgreesWithAnIndependentCount()
    {
        QList<qint64> ids;
        const QStringList types{QStringLiteral("new"), QStringLiteral("self-pay")};
        for (int i = 0; i < 8; ++i) {
            auto r = cli(bookArgs(QStringLiteral("Report Patient%1").arg(QChar(u'A' + i)),
                                  QStringLiteral("201-555-02%1").arg(i, 2, 10, QLatin1Char('0')),
                                  at(8 + i, i % 2 ? 15 : 0, i % 3), types[i % 2]));
            QCOMPARE(r.exitCode, 0);
            ids.append(r.json()[QStringLiteral("id")].toInteger());
        }
        auto run = [&](QStringList args) { QCOMPARE(cli(args).exitCode, 0); };
        run({QStringLiteral("cancel"), QStringLiteral("--id"), QString::number(ids[0]),
             QStringLiteral("--reason"), QStringLiteral("sick")});
        run({QStringLiteral("status"), QStringLiteral("--id"), QString::number(ids[1]),
             QStringLiteral("--to"), QStringLiteral("confirmed")});
        run({QStringLiteral("reschedule"), QStringLiteral("--id"), QString::number(ids[2]),
             QStringLiteral("--start"), at(17, 0, 4)});
        run({QStringLiteral("correct"), QStringLiteral("--id"), QString::number(ids[3]),
             QStringLiteral("--reason"), QStringLiteral("wrong caller")});

        const QDate from = m_monday, to = m_monday.addDays(4);
        auto report =
            cli({QStringLiteral("report"), QStringLiteral("--from"), from.toString(Qt::ISODate),
                 QStringLiteral("--to"), to.toString(Qt::ISODate), QStringLiteral("--json")});
        QCOMPARE(report.exitCode, 0);
        const QJsonObject figures = report.json()[QStringLiteral("figures")].toObject();

        // The independent count.
        m_temp->reopen();
        const QList<Appointment> all =
            m_temp->clinic().schedule().appointments({from, to, {}, {}}).value();
        int appointments = 0, held = 0, cancelled = 0, newPatients = 0, selfPay = 0;
        qint64 minutes = 0;
        QHash<QString, int> byStatus, byType;
        int busiest[7][24] = {};
        for (const Appointment &a : all) {
            if (a.status == Status::Rescheduled || a.status == Status::Voided)
                continue;
            ++appointments;
            ++byStatus[statusCode(a.status)];
            ++byType[typeCode(a.type)];
            cancelled += a.status == Status::Cancelled;
            if (a.status == Status::Cancelled || a.status == Status::NoShow)
                continue;
            ++held;
            minutes += a.endMinute - a.startMinute;
            newPatients += a.type == AppointmentType::New;
            selfPay += a.type == AppointmentType::SelfPay;
            ++busiest[a.day.dayOfWeek() - 1][a.startMinute / 60];
        }
        QCOMPARE(appointments, 7); // eight booked and one moved; the entered-in-error left out
        QCOMPARE(figures[QStringLiteral("appointments")].toInt(), appointments);
        QCOMPARE(figures[QStringLiteral("held")].toInt(), held);
        QCOMPARE(figures[QStringLiteral("cancelled")].toInt(), cancelled);
        QCOMPARE(figures[QStringLiteral("new_patients")].toInt(), newPatients);
        QCOMPARE(figures[QStringLiteral("self_pay")].toInt(), selfPay);
        QCOMPARE(figures[QStringLiteral("booked_minutes")].toInteger(), minutes);
        const QJsonObject statuses = figures[QStringLiteral("by_status")].toObject();
        for (auto it = statuses.begin(); it != statuses.end(); ++it)
            QCOMPARE(it.value().toInt(), byStatus.value(it.key()));
        const QJsonObject types_ = figures[QStringLiteral("by_type")].toObject();
        for (auto it = types_.begin(); it != types_.end(); ++it)
            QCOMPARE(it.value().toInt(), byType.value(it.key()));
        const QJsonArray hours = report.json()[QStringLiteral("busiest_hours")].toArray();
        QCOMPARE(hours.size(), 7);
        for (int d = 0; d < 7; ++d)
            for (int h = 0; h < 24; ++h)
                QCOMPARE(hours[d].toArray()[h].toInt(), busiest[d][h]);
        // The same length just before, and nothing booked then.
        const QJsonObject previous = report.json()[QStringLiteral("previous")].toObject();
        QCOMPARE(previous[QStringLiteral("to")].toString(), from.addDays(-1).toString(Qt::ISODate));
        QCOMPARE(previous[QStringLiteral("figures")][QStringLiteral("appointments")].toInt(), 0);
        // Per clinician, the parts add up to the whole.
        int sum = 0;
        for (const QJsonValue &c : report.json()[QStringLiteral("by_clinician")].toArray())
            sum += c[QStringLiteral("appointments")].toInt();
        QCOMPARE(sum, appointments);
    }

    // A Python script run by Debian's own interpreter (which has openpyxl and icalendar);
    // returns what it printed, or fails the test with what it said on stderr.
    QString python(const QString &script, const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                QStringList{QStringLiteral("-c"), script} + args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qWarning("python: %s", p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    // CSV as Python's csv module reads it: every row, quoting of commas, quotes and non-ASCII
    // names, the byte-order mark on request, formulas neutralised, contacts left out on request.
    void exportCsv()
    {
        QCOMPARE(
            cli(bookArgs(QStringLiteral("Zoë O'Brien, Jr."), QStringLiteral("201-555-0131"), at(9)))
                .exitCode,
            0);
        auto tricky =
            bookArgs(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("201-555-0132"), at(11));
        tricky << QStringLiteral("--reason") << QStringLiteral("@SUM(A1), \"sore\" back");
        QCOMPARE(cli(tricky).exitCode, 0);
        QCOMPARE(cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0133"), at(13)))
                     .exitCode,
                 0);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("week.csv"));
        const QStringList period{QStringLiteral("--from"), m_monday.toString(Qt::ISODate),
                                 QStringLiteral("--to"), m_monday.addDays(4).toString(Qt::ISODate)};
        auto written = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                       QStringLiteral("csv"), QStringLiteral("--out"), csv,
                                       QStringLiteral("--bom"), QStringLiteral("--json")} +
                           period);
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(written.json()[QStringLiteral("rows")].toInt(), 3);
        const QString read = python(
            QStringLiteral("import csv, json, sys\n"
                           "raw = open(sys.argv[1], 'rb').read()\n"
                           "rows = list(csv.reader(raw.decode('utf-8-sig').splitlines(True)))\n"
                           "print(json.dumps({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), "
                           "'rows': rows}))"),
            {csv});
        const QJsonObject result = QJsonDocument::fromJson(read.toUtf8()).object();
        QVERIFY(result[QStringLiteral("bom")].toBool());
        const QJsonArray rows = result[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 4); // the header and three visits
        const QJsonArray header = rows[0].toArray();
        QCOMPARE(header[6].toString(), QStringLiteral("patient"));
        QCOMPARE(header[7].toString(), QStringLiteral("phone"));
        QCOMPARE(rows[1].toArray()[6].toString(), QStringLiteral("Zoë O'Brien, Jr."));
        // A would-be formula is text: the apostrophe in front, the rest as typed.
        QCOMPARE(rows[2].toArray()[6].toString(), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(rows[2].toArray()[11].toString(), QStringLiteral("'@SUM(A1), \"sore\" back"));
        QCOMPARE(rows[3].toArray()[1].toString(), m_monday.toString(Qt::ISODate));
        // Phone numbers as people write them, never "+1..." that a spreadsheet would change.
        QCOMPARE(rows[3].toArray()[7].toString(), QStringLiteral("(201) 555-0133"));

        // De-identified: patients by their record's number, no phone and no reasons.
        auto bare = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("CSV"), QStringLiteral("--out"), csv,
                                    QStringLiteral("--deidentified")} +
                        period);
        QCOMPARE(bare.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!text.contains("phone"));
        QVERIFY(!text.contains("555"));
        QVERIFY(!text.contains("Ann Lee"));
        QVERIFY(!text.contains("sore"));
        QVERIFY(text.startsWith("id,date,start,end,location,clinician,patient_id,type,status,"
                                "service,late_cancel\r\n"));
        const auto patients = cli({QStringLiteral("day"), QStringLiteral("--date"),
                                   m_monday.toString(Qt::ISODate), QStringLiteral("--json")})
                                  .json()
                                  .array();
        QVERIFY(!patients.isEmpty());
        const QByteArray id =
            QByteArray::number(patients.first()[QStringLiteral("patient_id")].toInteger());
        QVERIFY(text.contains(QByteArray(',' + id + ',')));

        // Never over a device or a pipe.
        auto device = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("csv"), QStringLiteral("--out"),
                                      QStringLiteral("/dev/null")} +
                          period);
        QCOMPARE(device.exitCode, 2);
        QVERIFY(device.err.contains("out: "));
    }

    // The window's other filters, patient types and a service, on the command line too.
    void reportAndExportTakeTypesAndServices()
    {
        QCOMPARE(cli(bookArgs(QStringLiteral("Type New"), QStringLiteral("201-555-0181"), at(9)))
                     .exitCode,
                 0);
        QCOMPARE(cli(bookArgs(QStringLiteral("Type Newer"), QStringLiteral("201-555-0182"), at(10)))
                     .exitCode,
                 0);
        QCOMPARE(cli(bookArgs(QStringLiteral("Type Pays"), QStringLiteral("201-555-0183"), at(11),
                              QStringLiteral("self-pay")))
                     .exitCode,
                 0);
        const QStringList period{QStringLiteral("--from"), m_monday.toString(Qt::ISODate),
                                 QStringLiteral("--to"), m_monday.toString(Qt::ISODate)};
        auto count = [&](const QStringList &filter) {
            auto r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--json")} + period +
                         filter);
            return r.exitCode == 0
                       ? r.json()[QStringLiteral("figures")][QStringLiteral("appointments")].toInt()
                       : -1;
        };
        QCOMPARE(count({}), 3);
        QCOMPARE(count({QStringLiteral("--type"), QStringLiteral("new")}), 2);
        QCOMPARE(count({QStringLiteral("--type"), QStringLiteral("self-pay, new")}), 3);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("pays.csv"));
        auto written = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                       QStringLiteral("csv"), QStringLiteral("--type"),
                                       QStringLiteral("self-pay"), QStringLiteral("--out"), csv,
                                       QStringLiteral("--json")} +
                           period);
        QCOMPARE(written.json()[QStringLiteral("rows")].toInt(), 1);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Type Pays"));
        auto bad = cli(QStringList{QStringLiteral("report"), QStringLiteral("--type"),
                                   QStringLiteral("new,walk-in")} +
                       period);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("type: \"walk-in\""));
        auto unknown = cli(QStringList{QStringLiteral("report"), QStringLiteral("--service"),
                                       QStringLiteral("Acupuncture")} +
                           period);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("service: "));
    }

    // A backup while the clinic is open, owner-only and checked; the checks from a script.
    void backupAndCheck()
    {
        QCOMPARE(cli(bookArgs(QStringLiteral("Backed Up"), QStringLiteral("201-555-0171"), at(9)))
                     .exitCode,
                 0);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        auto backup = cli(
            {QStringLiteral("backup"), QStringLiteral("--out"), copy, QStringLiteral("--json")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QCOMPARE(backup.json()[QStringLiteral("file")].toString(), copy);
        QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto checked = runCli(with(copy, {QStringLiteral("check"), QStringLiteral("--json")}));
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(checked.json()[QStringLiteral("ok")].toBool(), true);
        // The copy holds the booking.
        auto day = runCli(with(copy, {QStringLiteral("day"), QStringLiteral("--date"),
                                      m_monday.toString(Qt::ISODate), QStringLiteral("--json")}));
        QVERIFY(day.out.contains("Backed Up"));
        // Not over the database itself.
        auto self = cli({QStringLiteral("backup"), QStringLiteral("--out"), m_db});
        QCOMPARE(self.exitCode, 2);
        QVERIFY(self.err.contains("out: "));
    }

    // The report as PDF, for a scheduled job: pdftotext finds the totals `report --json`
    // gives, on numbered pages.
    void exportPdf()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli(bookArgs(QStringLiteral("Pdf Patient%1").arg(QChar(u'A' + i)),
                                  QStringLiteral("201-555-016%1").arg(i), at(9 + i, 0, i)))
                         .exitCode,
                     0);
        const QStringList period{QStringLiteral("--from"), m_monday.toString(Qt::ISODate),
                                 QStringLiteral("--to"), m_monday.addDays(4).toString(Qt::ISODate)};
        auto report = cli(QStringList{QStringLiteral("report"), QStringLiteral("--json")} + period);
        QCOMPARE(report.exitCode, 0);
        const QJsonObject figures = report.json()[QStringLiteral("figures")].toObject();
        QCOMPARE(figures[QStringLiteral("appointments")].toInt(), 3);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("week.pdf"));
        auto written =
            cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("--paper"), QStringLiteral("a4"),
                            QStringLiteral("--out"), pdf, QStringLiteral("--json")} +
                period);
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QVERIFY2(written.err.isEmpty(), written.err.constData());
        const int pages = written.json()[QStringLiteral("pages")].toInt();
        QVERIFY(pages >= 2);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Front Desk report")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // The summary's first line: this period's appointments, then the period before's.
        static const QRegularExpression line(QStringLiteral("Appointments\\s+(\\d+)\\s+(\\d+)"));
        const auto match = line.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text.left(2000)));
        QCOMPARE(match.captured(1).toInt(), figures[QStringLiteral("appointments")].toInt());
        QCOMPARE(match.captured(2).toInt(), report.json()[QStringLiteral("previous")]
                                                .toObject()[QStringLiteral("figures")]
                                                .toObject()[QStringLiteral("appointments")]
                                                .toInt());
        QVERIFY(text.contains(QStringLiteral("Dr. One")));
        // A4, as asked: 210 x 297 mm is 595 x 842 points.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(info.readAllStandardOutput().contains("(A4)"));

        // Bad input names its field and writes nothing.
        const QString bad = dir.filePath(QStringLiteral("bad.pdf"));
        auto paper = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("pdf"), QStringLiteral("--paper"),
                                     QStringLiteral("legal"), QStringLiteral("--out"), bad} +
                         period);
        QVERIFY(paper.exitCode != 0);
        QVERIFY(paper.err.contains("paper: "));
        auto csvPaper = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--paper"),
                                        QStringLiteral("a4"), QStringLiteral("--out"), bad} +
                            period);
        QVERIFY(csvPaper.exitCode != 0);
        QVERIFY(csvPaper.err.contains("paper: "));
        QVERIFY(!QFile::exists(bad));
    }

    // The workbook as openpyxl reads it: a summary with the period's figures, and every
    // appointment with real dates and times, a frozen header and an autofilter.
    void exportXlsx()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(cli(bookArgs(QStringLiteral("Sheet Patient%1").arg(QChar(u'A' + i)),
                                  QStringLiteral("201-555-015%1").arg(i), at(8 + 2 * i, 15, i)))
                         .exitCode,
                     0);
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("week.xlsx"));
        auto written =
            cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("--from"), m_monday.toString(Qt::ISODate), QStringLiteral("--to"),
                 m_monday.addDays(4).toString(Qt::ISODate), QStringLiteral("--out"), xlsx,
                 QStringLiteral("--json")});
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(written.json()[QStringLiteral("rows")].toInt(), 5);
        QVERIFY(QDir(dir.path()).entryList(QDir::Hidden | QDir::Files).size() == 1); // no .part
        const QString read = python(
            QStringLiteral(
                "import openpyxl, json, sys, datetime\n"
                "wb = openpyxl.load_workbook(sys.argv[1])\n"
                "s, a = wb['Summary'], wb['Appointments']\n"
                "rows = list(a.iter_rows(min_row=2, values_only=True))\n"
                "print(json.dumps({'sheets': wb.sheetnames,\n"
                "  'header': [c.value for c in a[1]],\n"
                "  'rows': len(rows), 'freeze': a.freeze_panes, 'filter': a.auto_filter.ref,\n"
                "  'date_is_date': all(isinstance(r[1], datetime.datetime) for r in rows),\n"
                "  'start_is_time': all(isinstance(r[2], datetime.time) for r in rows),\n"
                "  'first': [rows[0][1].strftime('%Y-%m-%d'), rows[0][2].strftime('%H:%M'),\n"
                "            rows[0][3].strftime('%H:%M'), rows[0][6], rows[0][7]],\n"
                "  'from': s['B2'].value.strftime('%Y-%m-%d'),\n"
                "  'appointments': s['B6'].value, 'label': s['A6'].value,\n"
                "  'utilization_format': s['B15'].number_format,\n"
                "  'patient_width': a.column_dimensions['G'].width}))"),
            {xlsx});
        const QJsonObject r = QJsonDocument::fromJson(read.toUtf8()).object();
        QCOMPARE(r[QStringLiteral("sheets")].toArray().size(), 2);
        QCOMPARE(r[QStringLiteral("rows")].toInt(), 5);
        QVERIFY(r[QStringLiteral("date_is_date")].toBool());
        QVERIFY(r[QStringLiteral("start_is_time")].toBool());
        QCOMPARE(r[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
        QVERIFY(r[QStringLiteral("filter")].toString().startsWith(QStringLiteral("A1:")));
        const QJsonArray first = r[QStringLiteral("first")].toArray();
        QCOMPARE(first[0].toString(), m_monday.toString(Qt::ISODate));
        QCOMPARE(first[1].toString(), QStringLiteral("08:15"));
        QCOMPARE(first[2].toString(), QStringLiteral("09:15"));
        QCOMPARE(first[3].toString(), QStringLiteral("Sheet PatientA"));
        QCOMPARE(first[4].toString(), QStringLiteral("(201) 555-0150"));
        QCOMPARE(r[QStringLiteral("from")].toString(), m_monday.toString(Qt::ISODate));
        QCOMPARE(r[QStringLiteral("label")].toString(), QStringLiteral("Appointments"));
        QCOMPARE(r[QStringLiteral("appointments")].toInt(), 5);
        QCOMPARE(r[QStringLiteral("utilization_format")].toString(), QStringLiteral("0.0%"));
        QVERIFY(r[QStringLiteral("patient_width")].toDouble() >= 14);

        // De-identified: no phone column.
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                      QStringLiteral("--from"), m_monday.toString(Qt::ISODate),
                      QStringLiteral("--to"), m_monday.toString(Qt::ISODate),
                      QStringLiteral("--out"), xlsx, QStringLiteral("--deidentified")})
                     .exitCode,
                 0);
        const QString header =
            python(QStringLiteral("import openpyxl, sys\n"
                                  "a = openpyxl.load_workbook(sys.argv[1])['Appointments']\n"
                                  "print(','.join(str(c.value) for c in a[1]))"),
                   {xlsx});
        QVERIFY2(!header.contains(QStringLiteral("Phone")), qPrintable(header));
        QVERIFY(header.contains(QStringLiteral("Patient")));
        // An unwritable folder: an error naming --out, and nothing written.
        auto refused =
            cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("--from"), m_monday.toString(Qt::ISODate), QStringLiteral("--to"),
                 m_monday.toString(Qt::ISODate), QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("missing/x.xlsx"))});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.startsWith("frontdesk-cli: out: "), refused.err.constData());
    }

    // iCalendar as the icalendar package reads it: every visit, stable UIDs, and the same
    // wall-clock hour on both sides of the next daylight-saving change.
    void exportIcsAcrossDaylightSaving()
    {
        const QTimeZone zone("America/New_York");
        const QDateTime change = zone.nextTransition(QDateTime(m_monday, QTime(12, 0), zone)).atUtc;
        QDate before = change.toTimeZone(zone).date().addDays(-2); // Friday
        while (before.dayOfWeek() > Qt::Friday)
            before = before.addDays(-1);
        const QDate after = change.toTimeZone(zone).date().addDays(1); // Monday
        auto bookOn = [&](const QString &name, const QString &phone, QDate day) {
            auto args = bookArgs(name, phone, day.toString(Qt::ISODate) + QStringLiteral("T09:00"));
            return cli(args).json()[QStringLiteral("id")].toInteger();
        };
        const qint64 first =
            bookOn(QStringLiteral("Before Change"), QStringLiteral("201-555-0141"), before);
        const qint64 second =
            bookOn(QStringLiteral("After Change"), QStringLiteral("201-555-0142"), after);
        QVERIFY(first > 0 && second > 0);
        QCOMPARE(cli({QStringLiteral("cancel"), QStringLiteral("--id"), QString::number(second),
                      QStringLiteral("--reason"), QStringLiteral("moved away")})
                     .exitCode,
                 0);
        QTemporaryDir dir;
        const QString ics = dir.filePath(QStringLiteral("one.ics"));
        auto written =
            cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics"),
                 QStringLiteral("--clinician"), QStringLiteral("Dr. One"), QStringLiteral("--from"),
                 before.toString(Qt::ISODate), QStringLiteral("--to"), after.toString(Qt::ISODate),
                 QStringLiteral("--out"), ics});
        QCOMPARE(written.exitCode, 0);
        const QString read =
            python(QStringLiteral(
                       "import icalendar, json, sys, datetime\n"
                       "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                       "out = []\n"
                       "for e in cal.walk('VEVENT'):\n"
                       "    s = e.decoded('DTSTART')\n"
                       "    out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),\n"
                       "        'status': str(e['STATUS']), 'hour': s.hour,\n"
                       "        'utc': int(s.timestamp()), 'tz': str(s.tzinfo),\n"
                       "        'minutes': int((e.decoded('DTEND') - s).total_seconds() // 60)})\n"
                       "print(json.dumps(out))"),
                   {ics});
        const QJsonArray events = QJsonDocument::fromJson(read.toUtf8()).array();
        QCOMPARE(events.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject e = events[i].toObject();
            const QDate day = i == 0 ? before : after;
            QCOMPARE(e[QStringLiteral("hour")].toInt(), 9);
            QCOMPARE(e[QStringLiteral("minutes")].toInt(), 60);
            // The instant is 9:00 in New York on that day, whichever offset it has.
            QCOMPARE(e[QStringLiteral("utc")].toInteger(),
                     QDateTime(day, QTime(9, 0), zone).toSecsSinceEpoch());
            QCOMPARE(e[QStringLiteral("uid")].toString(),
                     QStringLiteral("appointment-%1@frontdesk").arg(i == 0 ? first : second));
        }
        QVERIFY(events[0].toObject()[QStringLiteral("summary")].toString().startsWith(
            QStringLiteral("Before Change")));
        QCOMPARE(events[1].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("CANCELLED"));
        // The offsets differ by the hour the clocks moved.
        QCOMPARE(QDateTime(after, QTime(9, 0), zone).offsetFromUtc() -
                     QDateTime(before, QTime(9, 0), zone).offsetFromUtc(),
                 3600);
    }

    void aLikelyDuplicateNeedsSayingSo()
    {
        QCOMPARE(cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0123"), at(9)))
                     .exitCode,
                 0);
        // Same number, a similar name: refused with the rule's exit code until said otherwise.
        const QStringList anne =
            bookArgs(QStringLiteral("Anne Lee"), QStringLiteral("2015550123"), at(11));
        auto refused = cli(anne);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("may be the same person"), refused.err.constData());
        QCOMPARE(cli(anne + QStringList{QStringLiteral("--not-a-duplicate")}).exitCode, 0);
    }

    void rescheduleAndCorrect()
    {
        auto booked =
            cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0123"), at(9)));
        QCOMPARE(booked.exitCode, 0);
        const QString id = QString::number(booked.json()[QStringLiteral("id")].toInteger());

        auto moved = cli({QStringLiteral("reschedule"), QStringLiteral("--id"), id,
                          QStringLiteral("--start"), at(11, 0, 1), QStringLiteral("--clinician"),
                          QStringLiteral("Dr. Two"), QStringLiteral("--location"),
                          QStringLiteral("Chatham"), QStringLiteral("--json")});
        QCOMPARE(moved.exitCode, 0);
        const QJsonObject m = moved.json().object();
        QCOMPARE(m[QStringLiteral("start")].toString(), at(11, 0, 1));
        QCOMPARE(m[QStringLiteral("clinician")].toString(), QStringLiteral("Dr. Two"));
        QCOMPARE(m[QStringLiteral("location")].toString(), QStringLiteral("Chatham"));
        QCOMPARE(m[QStringLiteral("rescheduled_from")].toInteger(), id.toLongLong());
        const QString newId = QString::number(m[QStringLiteral("id")].toInteger());

        // A move the rules refuse: exit 3, a line naming the field, nothing changed.
        auto weekend = cli({QStringLiteral("reschedule"), QStringLiteral("--id"), newId,
                            QStringLiteral("--start"), at(9, 0, 5)});
        QCOMPARE(weekend.exitCode, 3);
        QVERIFY(weekend.err.startsWith("frontdesk-cli: start: "));
        QCOMPARE(weekend.err.count('\n'), 1);

        auto noReason = cli({QStringLiteral("correct"), QStringLiteral("--id"), newId});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY(noReason.err.contains("reason"));

        auto corrected = cli({QStringLiteral("correct"), QStringLiteral("--id"), newId,
                              QStringLiteral("--reason"), QStringLiteral("wrong week"),
                              QStringLiteral("--json")});
        QCOMPARE(corrected.exitCode, 0);
        QCOMPARE(corrected.json()[QStringLiteral("id")].toInteger(), id.toLongLong());
        QCOMPARE(corrected.json()[QStringLiteral("status")].toString(), QStringLiteral("booked"));
        QCOMPARE(corrected.json()[QStringLiteral("start")].toString(), at(9));

        // The day shows the corrected row as entered in error; the original is back.
        auto day = cli({QStringLiteral("day"), QStringLiteral("--date"),
                        m_monday.addDays(1).toString(Qt::ISODate), QStringLiteral("--json")});
        QCOMPARE(day.json().array()[0][QStringLiteral("status")].toString(),
                 QStringLiteral("voided"));
        // Correcting the booking itself marks it entered in error.
        auto voided =
            cli({QStringLiteral("correct"), QStringLiteral("--id"), id, QStringLiteral("--reason"),
                 QStringLiteral("test call"), QStringLiteral("--json")});
        QCOMPARE(voided.json()[QStringLiteral("status")].toString(), QStringLiteral("voided"));
        auto twice = cli({QStringLiteral("correct"), QStringLiteral("--id"), id,
                          QStringLiteral("--reason"), QStringLiteral("again")});
        QCOMPARE(twice.exitCode, 3);
    }

    void escapesNeverReachTheBook()
    {
        auto r = cli(bookArgs(QStringLiteral("Ann \x1b]0;owned\x07Lee"),
                              QStringLiteral("201-555-0123"), at(9)));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("frontdesk-cli: name: "), r.err.constData());
        QVERIFY(!r.err.contains('\x1b'));
        auto longPhone =
            cli(bookArgs(QStringLiteral("Ann Lee"), QString(100000, QLatin1Char('5')), at(9)));
        QCOMPARE(longPhone.exitCode, 2);
        QVERIFY(longPhone.err.startsWith("frontdesk-cli: phone: "));
        QVERIFY(longPhone.err.size() < 200);
        auto unknown =
            cli({QStringLiteral("day"), QStringLiteral("--date"), m_monday.toString(Qt::ISODate),
                 QStringLiteral("--location"), QStringLiteral("\x1b[2J")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!unknown.err.contains('\x1b'));
    }

    void onlyInitCreatesADatabase()
    {
        QTemporaryDir dir;
        const QString typo = dir.filePath(QStringLiteral("sub/typo.db"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("day"), QStringLiteral("--date"),
                          m_monday.toString(Qt::ISODate)},
              QStringList{QStringLiteral("locations")}, QStringList{QStringLiteral("watch")}}) {
            auto r = runCli(with(typo, args));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.startsWith("frontdesk-cli: db: "), r.err.constData());
            QVERIFY(r.err.contains("init"));
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sub"))));
        auto created = runCli(with(typo, {QStringLiteral("init")}));
        QCOMPARE(created.exitCode, 0);
        QVERIFY(QFileInfo::exists(typo));
        QCOMPARE(runCli(with(typo, {QStringLiteral("locations")})).exitCode, 0);

        // A server's connection string as psql prints it is not a file to create, and is not
        // repeated back (it may hold a password).
        const QString libpq = QStringLiteral("host=127.0.0.1 dbname=clinic password=s3cret");
        auto refused = runCli(with(libpq, {QStringLiteral("init")}));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("postgresql://"));
        QVERIFY(!refused.err.contains("s3cret"));
        QVERIFY(!QFileInfo::exists(libpq));
    }

    void accountsRolesAndTheTrail()
    {
        using Env = QHash<QString, QString>;
        const QString password = QStringLiteral("manager pass 1");
        const Env asBoss{{QStringLiteral("FRONTDESK_USER"), QStringLiteral("boss")},
                         {QStringLiteral("FRONTDESK_PASSWORD"), password}};
        auto as = [&](const QString &user, const QString &pass, const QStringList &args) {
            return runCli(with(m_db, args), {{QStringLiteral("FRONTDESK_USER"), user},
                                             {QStringLiteral("FRONTDESK_PASSWORD"), pass}});
        };
        // A clinic without accounts: its first account must be a manager.
        auto clerk = runCli(with(m_db, {QStringLiteral("user"), QStringLiteral("add"),
                                        QStringLiteral("--name"), QStringLiteral("desk"),
                                        QStringLiteral("--role"), QStringLiteral("receptionist")}),
                            {{QStringLiteral("FRONTDESK_NEW_PASSWORD"), password}});
        QCOMPARE(clerk.exitCode, 3);
        QVERIFY(clerk.err.contains("role"));
        auto noPassword =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("manager")});
        QCOMPARE(noPassword.exitCode, 2); // no terminal to type it at
        QVERIFY(noPassword.err.contains("password"));
        auto boss = runCli(
            with(m_db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("manager"),
                        QStringLiteral("--json")}),
            {{QStringLiteral("FRONTDESK_NEW_PASSWORD"), password}});
        QCOMPARE(boss.exitCode, 0);
        QCOMPARE(boss.json().object()[QStringLiteral("role")].toString(),
                 QStringLiteral("manager"));

        // Now nobody is taken at their word: no user, a wrong password, $USER: all refused.
        auto anonymous = cli({QStringLiteral("locations")});
        QCOMPARE(anonymous.exitCode, 3);
        QVERIFY(anonymous.err.contains("--user"));
        auto wrong =
            as(QStringLiteral("boss"), QStringLiteral("guess"), {QStringLiteral("locations")});
        QCOMPARE(wrong.exitCode, 3);
        auto noTerminal = runCli(with(m_db, {QStringLiteral("--user"), QStringLiteral("boss"),
                                             QStringLiteral("locations")}),
                                 {{QStringLiteral("USER"), QStringLiteral("boss")}});
        QCOMPARE(noTerminal.exitCode, 2);
        QVERIFY(noTerminal.err.contains("FRONTDESK_PASSWORD"));
        // The login name is no account's key: USER=boss without --user is nobody.
        auto loginName = runCli(with(m_db, {QStringLiteral("locations")}),
                                {{QStringLiteral("USER"), QStringLiteral("boss")},
                                 {QStringLiteral("LOGNAME"), QStringLiteral("boss")},
                                 {QStringLiteral("FRONTDESK_PASSWORD"), password}});
        QCOMPARE(loginName.exitCode, 3);
        QVERIFY(loginName.err.contains("--user"));
        QCOMPARE(runCli(with(m_db, {QStringLiteral("locations")}), asBoss).exitCode, 0);

        // The manager adds a receptionist and a clinician.
        auto add = [&](const QString &name, const QString &role, const QStringList &more = {}) {
            return runCli(
                with(m_db,
                     QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                 QStringLiteral("--name"), name, QStringLiteral("--role"), role} +
                         more),
                {{QStringLiteral("FRONTDESK_USER"), QStringLiteral("boss")},
                 {QStringLiteral("FRONTDESK_PASSWORD"), password},
                 {QStringLiteral("FRONTDESK_NEW_PASSWORD"), QStringLiteral("desk pass 1")}});
        };
        QCOMPARE(add(QStringLiteral("desk"), QStringLiteral("receptionist")).exitCode, 0);
        QCOMPARE(add(QStringLiteral("one"), QStringLiteral("clinician")).exitCode, 2); // whose?
        QCOMPARE(add(QStringLiteral("one"), QStringLiteral("clinician"),
                     {QStringLiteral("--clinician"), QStringLiteral("Dr. One")})
                     .exitCode,
                 0);
        auto list = runCli(
            with(m_db, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}),
            asBoss);
        QCOMPARE(list.json().array().size(), 3);

        // Each role is refused what it may not do, and the refusal is on the trail.
        const QString desk = QStringLiteral("desk pass 1");
        auto booked = as(QStringLiteral("desk"), desk,
                         bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("2015550123"), at(9)));
        QCOMPARE(booked.exitCode, 0);
        const QString id =
            QString::number(booked.json().object()[QStringLiteral("id")].toInteger());
        const QList<std::tuple<QString, QStringList, int>> tries{
            {QStringLiteral("desk"),
             {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
              QStringLiteral("--to"), QStringLiteral("2026-01-31")},
             3},
            {QStringLiteral("desk"), {QStringLiteral("user"), QStringLiteral("list")}, 3},
            {QStringLiteral("desk"), {QStringLiteral("audit")}, 3},
            {QStringLiteral("desk"),
             {QStringLiteral("settings"), QStringLiteral("--idle-lock"), QStringLiteral("3")},
             3},
            {QStringLiteral("desk"),
             {QStringLiteral("backup"), QStringLiteral("--out"),
              scratch(QStringLiteral("clinic.bak"))},
             3},
            {QStringLiteral("desk"),
             {QStringLiteral("status"), QStringLiteral("--id"), id, QStringLiteral("--to"),
              QStringLiteral("confirmed")},
             0},
            {QStringLiteral("one"),
             bookArgs(QStringLiteral("Bob Roe"), QStringLiteral("2015550124"), at(10)), 3},
            {QStringLiteral("one"), {QStringLiteral("cancel"), QStringLiteral("--id"), id}, 3},
            {QStringLiteral("one"),
             {QStringLiteral("day"), QStringLiteral("--date"), m_monday.toString(Qt::ISODate)},
             0},
            // Exports, restores and the steps of the other role.
            {QStringLiteral("desk"),
             {QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
              QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--format"),
              QStringLiteral("csv"), QStringLiteral("--out"),
              scratch(QStringLiteral("clinic.csv"))},
             3},
            {QStringLiteral("desk"),
             {QStringLiteral("restore"), QStringLiteral("--from"),
              scratch(QStringLiteral("clinic.bak"))},
             3},
            {QStringLiteral("desk"),
             {QStringLiteral("status"), QStringLiteral("--id"), id, QStringLiteral("--to"),
              QStringLiteral("completed")},
             3},
            {QStringLiteral("one"),
             {QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
              QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--format"),
              QStringLiteral("ics"), QStringLiteral("--out"),
              scratch(QStringLiteral("clinic.ics"))},
             3},
            {QStringLiteral("one"),
             {QStringLiteral("status"), QStringLiteral("--id"), id, QStringLiteral("--to"),
              QStringLiteral("confirmed")},
             3},
            {QStringLiteral("one"),
             {QStringLiteral("restore"), QStringLiteral("--from"),
              scratch(QStringLiteral("clinic.bak"))},
             3},
        };
        for (const auto &[who, args, code] : tries) {
            auto r =
                as(who, who == QLatin1String("desk") ? desk : QStringLiteral("desk pass 1"), args);
            QVERIFY2(r.exitCode == code,
                     qPrintable(who + QLatin1Char(' ') + args.join(QLatin1Char(' ')) +
                                QStringLiteral(": ") + QString::fromUtf8(r.err)));
            if (code == 3)
                QVERIFY2(r.err.contains("may not"), r.err.constData());
        }
        // Who did what is the signed-in account, never $USER; the refusals are there too.
        auto trail = runCli(with(m_db, {QStringLiteral("audit"), QStringLiteral("--by"),
                                        QStringLiteral("desk"), QStringLiteral("--json")}),
                            asBoss);
        QCOMPARE(trail.exitCode, 0);
        QStringList actions;
        for (const QJsonValue &row : trail.json().array()) {
            QCOMPARE(row[QStringLiteral("user")].toString(), QStringLiteral("desk"));
            actions.append(row[QStringLiteral("action")].toString());
        }
        QCOMPARE(actions.count(QStringLiteral("refused")), 8);
        QVERIFY(actions.contains(QStringLiteral("book")));
        QVERIFY(actions.contains(QStringLiteral("status")));
        QVERIFY(actions.contains(QStringLiteral("sign-in")));
        auto oneTrail = runCli(with(m_db, {QStringLiteral("audit"), QStringLiteral("--by"),
                                           QStringLiteral("one"), QStringLiteral("--json")}),
                               asBoss);
        // Refused five times, signed in six times.
        QCOMPARE(oneTrail.json().array().size(), 5 + 6);
        auto byAppointment =
            runCli(with(m_db, {QStringLiteral("audit"), QStringLiteral("--appointment"), id,
                               QStringLiteral("--json")}),
                   asBoss);
        const QJsonArray rows = byAppointment.json().array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][QStringLiteral("before")][QStringLiteral("status")].toString(),
                 QStringLiteral("booked"));
        QCOMPARE(rows[0][QStringLiteral("after")][QStringLiteral("status")].toString(),
                 QStringLiteral("confirmed"));
        // The trail as CSV, read back by Python's csv module.
        const QString csv = scratch(QStringLiteral("clinic.audit.csv"));
        QCOMPARE(runCli(with(m_db, {QStringLiteral("audit"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--out"), csv}),
                        asBoss)
                     .exitCode,
                 0);
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv,sys\nrows=list(csv.DictReader(open(sys.argv[1], "
                                     "newline='', encoding='utf-8')))\nprint(len(rows), "
                                     "sum(r['action']=='refused' for r in rows))"),
                      csv});
        QVERIFY(python.waitForFinished(30000));
        const QList<QByteArray> counts = python.readAllStandardOutput().trimmed().split(' ');
        QCOMPARE(counts.size(), 2);
        QVERIFY(counts[0].toInt() > 10);
        QCOMPARE(counts[1].toInt(), 8 + 5 + 2); // the desk's, the clinician's, the anonymous two
        // A full slot: the desk is refused, the manager may book past capacity with a reason.
        QStringList over = bookArgs(QStringLiteral("Cy Poe"), QStringLiteral("2015550125"), at(9));
        over << QStringLiteral("--over-capacity") << QStringLiteral("post-op, surgeon asked");
        auto deskOver = as(QStringLiteral("desk"), desk, over);
        QCOMPARE(deskOver.exitCode, 3);
        QVERIFY(deskOver.err.contains("capacity"));
        auto bossOver = runCli(with(m_db, over), asBoss);
        QCOMPARE(bossOver.exitCode, 0);
        QCOMPARE(test::scalar(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                           "action = 'book' AND after_json LIKE "
                                                           "'%post-op, surgeon asked%'"))
                     .toInt(),
                 1);
        // The manager sets the idle lock; a receptionist's settings read works.
        auto lock = runCli(with(m_db, {QStringLiteral("settings"), QStringLiteral("--idle-lock"),
                                       QStringLiteral("9"), QStringLiteral("--json")}),
                           asBoss);
        QCOMPARE(lock.json().object()[QStringLiteral("idle_lock_minutes")].toInt(), 9);
        QCOMPARE(as(QStringLiteral("desk"), desk, {QStringLiteral("settings")}).exitCode, 0);
    }

    void restoreChecksTheCopyFirst()
    {
        if (test::onPostgres())
            QSKIP("a server's clinic is restored by migrate into a new database (tst_postgres)");
        auto booked = cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("2015550123"), at(9)));
        QCOMPARE(booked.exitCode, 0);
        const QString copy = scratch(QStringLiteral("clinic.bak"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--out"), copy}).exitCode, 0);
        QCOMPARE(
            cli(bookArgs(QStringLiteral("Bob Roe"), QStringLiteral("2015550124"), at(10))).exitCode,
            0);
        // Something that is not a clinic is refused, and the clinic is as it was.
        const QString junk = scratch(QStringLiteral("clinic.junk"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        auto refused = cli({QStringLiteral("restore"), QStringLiteral("--from"), junk});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("not restored"));
        QCOMPARE(
            test::scalar(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM appointments")).toInt(),
            2);
        // An SQLite file of another program's is no backup of ours.
        const QString foreign = scratch(QStringLiteral("clinic.foreign"));
        {
            QProcess sqlite;
            sqlite.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"),
                          QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                         "c.execute('create table t(x)'); c.commit()"),
                          foreign});
            QVERIFY(sqlite.waitForFinished(30000));
        }
        auto notOurs = cli({QStringLiteral("restore"), QStringLiteral("--from"), foreign});
        QCOMPARE(notOurs.exitCode, 2);
        QVERIFY(notOurs.err.contains("not a Front Desk database"));
        auto missing = cli({QStringLiteral("restore"), QStringLiteral("--from"),
                            scratch(QStringLiteral("clinic.nothing"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("does not exist"));
        auto restored = cli(
            {QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--json")});
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(
            test::scalar(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM appointments")).toInt(),
            1);
        QCOMPARE(cli({QStringLiteral("check")}).exitCode, 0);
        // The clinic as it was is kept, and Bob's booking is still on the trail.
        QVERIFY(QFileInfo::exists(
            restored.json().object()[QStringLiteral("previous_clinic")].toString()));
        QCOMPARE(test::scalar(m_temp->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                           "action = 'book'"))
                     .toInt(),
                 2);
        // Exports are their owner's only, like the database.
        const QString csv = scratch(QStringLiteral("clinic.csv"));
        QCOMPARE(
            cli({QStringLiteral("export"), QStringLiteral("--from"), m_monday.toString(Qt::ISODate),
                 QStringLiteral("--to"), m_monday.toString(Qt::ISODate), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--out"), csv})
                .exitCode,
            0);
        QCOMPARE(QFileInfo(csv).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void optionsBeforeTheCommand()
    {
        auto before = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("locations")});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.json().array().size(), 2);
        auto mixed = runCli(
            {QStringLiteral("--user"), QStringLiteral("desk-9"), QStringLiteral("--db=") + m_db,
             QStringLiteral("book"), QStringLiteral("--type"), QStringLiteral("new"),
             QStringLiteral("--name"), QStringLiteral("Ann Lee"), QStringLiteral("--phone"),
             QStringLiteral("2015550123"), QStringLiteral("--location"), QStringLiteral("Midtown"),
             QStringLiteral("--clinician"), QStringLiteral("Dr. One"), QStringLiteral("--start"),
             at(9), QStringLiteral("--json")});
        QCOMPARE(mixed.exitCode, 0);
        QSqlQuery q(m_temp->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT user_name FROM audit_log WHERE action = 'book'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("desk-9"));
        auto unknown = runCli({QStringLiteral("--db"), m_db, QStringLiteral("teleport")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("teleport"));
    }

    // A script that looked at the book (mark) and books later hears "slot just taken" when
    // the slot filled in between, by a booking or by a correction putting a visit back.
    void markTellsJustTakenFromFull()
    {
        auto first =
            cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0123"), at(9)));
        const QString id = QString::number(first.json()[QStringLiteral("id")].toInteger());
        QCOMPARE(cli({QStringLiteral("cancel"), QStringLiteral("--id"), id}).exitCode, 0);
        auto mark = cli({QStringLiteral("mark"), QStringLiteral("--json")});
        QCOMPARE(mark.exitCode, 0);
        const QString seen = QString::number(mark.json()[QStringLiteral("mark")].toInteger());
        QCOMPARE(cli({QStringLiteral("correct"), QStringLiteral("--id"), id,
                      QStringLiteral("--reason"), QStringLiteral("cancelled the wrong visit")})
                     .exitCode,
                 0);
        QStringList late =
            bookArgs(QStringLiteral("Bo Diaz"), QStringLiteral("973-555-0188"), at(9));
        auto taken = cli(late << QStringLiteral("--seen") << seen);
        QCOMPARE(taken.exitCode, 3);
        QVERIFY2(taken.err.contains("slot just taken"), taken.err.constData());
        // Without a mark, the command looks at the book when it starts: the slot was full.
        auto full = cli(bookArgs(QStringLiteral("Bo Diaz"), QStringLiteral("973-555-0188"), at(9)));
        QCOMPARE(full.exitCode, 3);
        QVERIFY2(full.err.contains("already full"), full.err.constData());
        auto bad = cli(late.mid(0, late.size() - 1) << QStringLiteral("-1"));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.startsWith("frontdesk-cli: seen: "));
    }

    void historyShowsCorrectedSteps()
    {
        auto booked =
            cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0123"), at(9)));
        const QString id = QString::number(booked.json()[QStringLiteral("id")].toInteger());
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--id"), id, QStringLiteral("--to"),
                      QStringLiteral("confirmed")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("correct"), QStringLiteral("--id"), id,
                      QStringLiteral("--reason"), QStringLiteral("not confirmed yet")})
                     .exitCode,
                 0);
        auto history =
            cli({QStringLiteral("history"), QStringLiteral("--id"), id, QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray steps = history.json()[QStringLiteral("history")].toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[0][QStringLiteral("status")].toString(), QStringLiteral("booked"));
        QVERIFY(!steps[0].toObject().contains(QStringLiteral("corrected_at")));
        QCOMPARE(steps[1][QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
        QVERIFY(steps[1].toObject().contains(QStringLiteral("corrected_at")));
        QCOMPARE(history.json()[QStringLiteral("status")].toString(), QStringLiteral("booked"));

        // A booking entered in error does not make its caller a patient of the clinic.
        QCOMPARE(cli({QStringLiteral("correct"), QStringLiteral("--id"), id,
                      QStringLiteral("--reason"), QStringLiteral("wrong caller")})
                     .exitCode,
                 0);
        auto again =
            cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0123"), at(10)));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json()[QStringLiteral("patient_id")].toInteger(),
                 booked.json()[QStringLiteral("patient_id")].toInteger());
    }

    // `watch --json` prints one line per change from any desk, within a second.
    void watchPrintsOtherDesksChanges()
    {
        QProcess watch;
        watch.start(test::cliPath(),
                    with(m_db, {QStringLiteral("watch"), QStringLiteral("--json")}));
        QVERIFY(watch.waitForStarted());
        // It says on stderr when it is watching; from then on no change is missed.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += watch.readAllStandardError()).contains("watching"), 20000);
        auto booked =
            cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0123"), at(9)));
        QElapsedTimer since;
        since.start();
        QCOMPARE(booked.exitCode, 0);
        const qint64 id = booked.json()[QStringLiteral("id")].toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 1000);
        QVERIFY(since.elapsed() < 1000);
        const QJsonObject line = QJsonDocument::fromJson(watch.readLine()).object();
        QCOMPARE(line[QStringLiteral("appointments")].toArray(), QJsonArray{id});
        QCOMPARE(line[QStringLiteral("days")][0][QStringLiteral("date")].toString(),
                 m_monday.toString(Qt::ISODate));
        QCOMPARE(line[QStringLiteral("records")][0][QStringLiteral("patient")].toString(),
                 QStringLiteral("Ann Lee"));
        QCOMPARE(line[QStringLiteral("setup")].toBool(), false);

        auto cancelled =
            cli({QStringLiteral("cancel"), QStringLiteral("--id"), QString::number(id)});
        QCOMPARE(cancelled.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 1000);
        const QJsonObject second = QJsonDocument::fromJson(watch.readLine()).object();
        QCOMPARE(second[QStringLiteral("records")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(!watch.canReadLine());

        // Two changes in quick succession are two lines, in order.
        auto confirmed =
            cli({QStringLiteral("book"), QStringLiteral("--type"), QStringLiteral("follow-up"),
                 QStringLiteral("--name"), QStringLiteral("Ann Lee"), QStringLiteral("--phone"),
                 QStringLiteral("201-555-0123"), QStringLiteral("--location"),
                 QStringLiteral("Midtown"), QStringLiteral("--clinician"),
                 QStringLiteral("Dr. One"), QStringLiteral("--start"), at(11)});
        auto again =
            cli(bookArgs(QStringLiteral("Bo Diaz"), QStringLiteral("973-555-0188"), at(13)));
        QCOMPARE(confirmed.exitCode, 0);
        QCOMPARE(again.exitCode, 0);
        QByteArray lines;
        QTRY_VERIFY_WITH_TIMEOUT((lines += watch.readAll()).count('\n') >= 2, 1000);
        QTest::qWait(300);
        lines += watch.readAll();
        const QList<QByteArray> split = lines.trimmed().split('\n');
        QCOMPARE(split.size(), 2);
        QVERIFY(split[0].contains("Ann Lee"));
        QVERIFY(split[1].contains("Bo Diaz"));
        watch.terminate();
        QVERIFY(watch.waitForFinished());
    }

    void badInputGivesItsExitCodeAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("field");
        const QString monday = test::mondayAhead().toString(Qt::ISODate);
        const QString nine = monday + QStringLiteral("T09:00");
        auto book = [&](const QString &option, const QString &value) {
            QStringList args{QStringLiteral("book"),
                             QStringLiteral("--type"),
                             QStringLiteral("new"),
                             QStringLiteral("--name"),
                             QStringLiteral("Bo Diaz"),
                             QStringLiteral("--phone"),
                             QStringLiteral("2015550188"),
                             QStringLiteral("--location"),
                             QStringLiteral("Midtown"),
                             QStringLiteral("--clinician"),
                             QStringLiteral("Dr. One"),
                             QStringLiteral("--start"),
                             nine};
            const qsizetype i = args.indexOf(option);
            if (i >= 0 && value.isNull())
                args.remove(i, 2);
            else if (i >= 0)
                args[i + 1] = value;
            else
                args << option << value;
            return args;
        };
        QTest::newRow("book: no type") << book(QStringLiteral("--type"), QString()) << 2 << "type";
        QTest::newRow("book: odd type")
            << book(QStringLiteral("--type"), QStringLiteral("vip")) << 2 << "type";
        QTest::newRow("book: no name") << book(QStringLiteral("--name"), QString()) << 2 << "name";
        QTest::newRow("book: blank name")
            << book(QStringLiteral("--name"), QStringLiteral("  ")) << 2 << "name";
        QTest::newRow("book: bad phone")
            << book(QStringLiteral("--phone"), QStringLiteral("555")) << 2 << "phone";
        QTest::newRow("book: bad email")
            << book(QStringLiteral("--email"), QStringLiteral("bo@")) << 2 << "email";
        QTest::newRow("book: unknown location")
            << book(QStringLiteral("--location"), QStringLiteral("Paris")) << 2 << "location";
        QTest::newRow("book: unknown clinician")
            << book(QStringLiteral("--clinician"), QStringLiteral("7")) << 2 << "clinician";
        QTest::newRow("book: unknown service")
            << book(QStringLiteral("--service"), QStringLiteral("Yoga")) << 2 << "service";
        QTest::newRow("book: malformed start")
            << book(QStringLiteral("--start"), QStringLiteral("monday 9am")) << 2 << "start";
        QTest::newRow("book: 6:45")
            << book(QStringLiteral("--start"), monday + QStringLiteral("T06:45")) << 3 << "start";
        QTest::newRow("book: 19:00")
            << book(QStringLiteral("--start"), monday + QStringLiteral("T19:00")) << 3 << "start";
        QTest::newRow("book: Saturday")
            << book(QStringLiteral("--start"),
                    test::mondayAhead().addDays(5).toString(Qt::ISODate) + QStringLiteral("T09:00"))
            << 3 << "start";
        QTest::newRow("book: off grid")
            << book(QStringLiteral("--start"), monday + QStringLiteral("T09:07")) << 3 << "start";
        QTest::newRow("book: slot taken")
            << book(QStringLiteral("--start"), monday + QStringLiteral("T08:30")) << 3 << "start";
        QTest::newRow("book: follow-up stranger")
            << book(QStringLiteral("--type"), QStringLiteral("follow-up")) << 3 << "name";
        QTest::newRow("book: wrong location for clinician")
            << book(QStringLiteral("--location"), QStringLiteral("Chatham")) << 3 << "clinician";
        QTest::newRow("cancel: no id") << QStringList{QStringLiteral("cancel")} << 2 << "id";
        QTest::newRow("cancel: not a number")
            << QStringList{QStringLiteral("cancel"), QStringLiteral("--id"), QStringLiteral("x")}
            << 2 << "id";
        QTest::newRow("cancel: unknown id")
            << QStringList{QStringLiteral("cancel"), QStringLiteral("--id"), QStringLiteral("999")}
            << 2 << "id";
        QTest::newRow("status: bad target")
            << QStringList{QStringLiteral("status"), QStringLiteral("--id"), QStringLiteral("1"),
                           QStringLiteral("--to"), QStringLiteral("done")}
            << 2 << "to";
        QTest::newRow("status: skip to completed")
            << QStringList{QStringLiteral("status"), QStringLiteral("--id"), QStringLiteral("1"),
                           QStringLiteral("--to"), QStringLiteral("completed")}
            << 3 << "status";
        QTest::newRow("status: no-show before start")
            << QStringList{QStringLiteral("status"), QStringLiteral("--id"), QStringLiteral("1"),
                           QStringLiteral("--to"), QStringLiteral("no-show")}
            << 3 << "status";
        QTest::newRow("day: no date") << QStringList{QStringLiteral("day")} << 2 << "date";
        QTest::newRow("day: bad date")
            << QStringList{QStringLiteral("day"), QStringLiteral("--date"),
                           QStringLiteral("2026-13-01")}
            << 2 << "date";
        QTest::newRow("day: unknown clinician")
            << QStringList{QStringLiteral("day"), QStringLiteral("--date"), monday,
                           QStringLiteral("--clinician"), QStringLiteral("Nobody")}
            << 2 << "clinician";
        QTest::newRow("day: bad format")
            << QStringList{QStringLiteral("day"), QStringLiteral("--date"), monday,
                           QStringLiteral("--format"), QStringLiteral("xls")}
            << 2 << "format";
        QTest::newRow("day: pdf without out")
            << QStringList{QStringLiteral("day"), QStringLiteral("--date"), monday,
                           QStringLiteral("--format"), QStringLiteral("pdf")}
            << 2 << "out";
        QTest::newRow("day: out without pdf")
            << QStringList{QStringLiteral("day"), QStringLiteral("--date"), monday,
                           QStringLiteral("--out"), QStringLiteral("x.pdf")}
            << 2 << "out";
        QTest::newRow("day: bad paper") << QStringList{QStringLiteral("day"),
                                                       QStringLiteral("--date"),
                                                       monday,
                                                       QStringLiteral("--format"),
                                                       QStringLiteral("pdf"),
                                                       QStringLiteral("--out"),
                                                       QStringLiteral("x.pdf"),
                                                       QStringLiteral("--paper"),
                                                       QStringLiteral("legal")}
                                        << 2 << "paper";
        QTest::newRow("day: bad orientation") << QStringList{QStringLiteral("day"),
                                                             QStringLiteral("--date"),
                                                             monday,
                                                             QStringLiteral("--format"),
                                                             QStringLiteral("pdf"),
                                                             QStringLiteral("--out"),
                                                             QStringLiteral("x.pdf"),
                                                             QStringLiteral("--orientation"),
                                                             QStringLiteral("sideways")}
                                              << 2 << "orientation";
        QTest::newRow("report: no from") << QStringList{QStringLiteral("report")} << 2 << "from";
        QTest::newRow("report: backwards")
            << QStringList{QStringLiteral("report"), QStringLiteral("--from"), monday,
                           QStringLiteral("--to"), QStringLiteral("2020-01-01")}
            << 2 << "to";
        QTest::newRow("report: unknown location") << QStringList{QStringLiteral("report"),
                                                                 QStringLiteral("--from"),
                                                                 monday,
                                                                 QStringLiteral("--to"),
                                                                 monday,
                                                                 QStringLiteral("--location"),
                                                                 QStringLiteral("Hoboken")}
                                                  << 2 << "location";
        QTest::newRow("export: bad format") << QStringList{QStringLiteral("export"),
                                                           QStringLiteral("--from"),
                                                           monday,
                                                           QStringLiteral("--to"),
                                                           monday,
                                                           QStringLiteral("--format"),
                                                           QStringLiteral("docx"),
                                                           QStringLiteral("--out"),
                                                           QStringLiteral("x")}
                                            << 2 << "format";
        QTest::newRow("export: no out") << QStringList{QStringLiteral("export"),
                                                       QStringLiteral("--from"),
                                                       monday,
                                                       QStringLiteral("--to"),
                                                       monday,
                                                       QStringLiteral("--format"),
                                                       QStringLiteral("csv")}
                                        << 2 << "out";
        QTest::newRow("export: bom for ics") << QStringList{QStringLiteral("export"),
                                                            QStringLiteral("--from"),
                                                            monday,
                                                            QStringLiteral("--to"),
                                                            monday,
                                                            QStringLiteral("--format"),
                                                            QStringLiteral("ics"),
                                                            QStringLiteral("--bom"),
                                                            QStringLiteral("--out"),
                                                            QStringLiteral("x")}
                                             << 2 << "bom";
        QTest::newRow("find: no type") << QStringList{QStringLiteral("find-slots")} << 2 << "type";
        QTest::newRow("find: bad days")
            << QStringList{QStringLiteral("find-slots"), QStringLiteral("--type"),
                           QStringLiteral("new"), QStringLiteral("--days"),
                           QStringLiteral("mon,sat")}
            << 2 << "days";
        QTest::newRow("find: bad part")
            << QStringList{QStringLiteral("find-slots"), QStringLiteral("--type"),
                           QStringLiteral("new"), QStringLiteral("--part"), QStringLiteral("noon")}
            << 2 << "part";
        QTest::newRow("find: zero limit")
            << QStringList{QStringLiteral("find-slots"), QStringLiteral("--type"),
                           QStringLiteral("new"), QStringLiteral("--limit"), QStringLiteral("0")}
            << 2 << "limit";
        QTest::newRow("find: bad from")
            << QStringList{QStringLiteral("find-slots"), QStringLiteral("--type"),
                           QStringLiteral("new"), QStringLiteral("--from"),
                           QStringLiteral("tomorrow")}
            << 2 << "from";
        QTest::newRow("find: unknown location")
            << QStringList{QStringLiteral("find-slots"), QStringLiteral("--type"),
                           QStringLiteral("new"), QStringLiteral("--location"),
                           QStringLiteral("Hoboken")}
            << 2 << "location";
    }
    void badInputGivesItsExitCodeAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, field);
        // Appointment 1: Ann Lee with Dr. One, 8:00-9:00 on the Monday ahead.
        QCOMPARE(cli(bookArgs(QStringLiteral("Ann Lee"), QStringLiteral("201-555-0123"), at(8)))
                     .exitCode,
                 0);
        const QString before = test::tableCounts(m_temp->db());
        const auto r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith(QByteArray("frontdesk-cli: " + field.toUtf8() + ": ")),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::tableCounts(m_temp->db()), before);
    }

    void newerDatabaseIsAFailure()
    {
        {
            QSqlQuery q(m_temp->db().connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 42")));
        }
        auto r = cli({QStringLiteral("locations")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("newer Front Desk"));
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
