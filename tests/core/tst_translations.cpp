// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/rules.h"
#include "clirunner.h"
#include "common/text.h"
#include "common/translations.h"
#include "contact/phone.h"
#include "reports/reportservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace fd;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishNeedsNoTranslation()
    {
        QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(statusLabel(Status::Cancelled), QStringLiteral("Cancelled"));
    }

    void spanishIsEmbeddedAndUsedByTheCore()
    {
        QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
        QCOMPARE(statusLabel(Status::Cancelled), QStringLiteral("Cancelada"));
        QCOMPARE(typeLabel(AppointmentType::FollowUp), QStringLiteral("Seguimiento"));
        const auto phone = parsePhone(QStringLiteral("12"));
        QVERIFY(phone.error().message.contains(QStringLiteral("no es un número")));
        QVERIFY(rules::checkTransition(Status::Completed, Status::Booked)
                    .error()
                    .message.startsWith(QStringLiteral("no se puede pasar")));
        // Files whose words are filed under their own context, not their namespace's.
        const auto empty = cleanLine(QStringLiteral("name"), QStringLiteral(" "), 80, true);
        QVERIFY(!empty.ok());
        QVERIFY2(!empty.error().message.contains(QStringLiteral("empty")),
                 qPrintable(empty.error().message));
        QCOMPARE(figureLines(ComparedReport{}).first().label, QStringLiteral("Citas"));
        QCOMPARE(FigureLine({QString(), 3, 3, false}).changeText(QLocale()),
                 QStringLiteral("sin cambio"));
    }

    // lupdate files a free function's tr() under its namespace ("fd"), a context the program
    // never asks for: every context must be a class or a Q_DECLARE_TR_FUNCTIONS name.
    void noWordsFiledUnderANamespace()
    {
        QFile ts(qEnvironmentVariable("FRONTDESK_SOURCE_DIR") +
                 QStringLiteral("/translations/frontdesk_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QStringList contexts;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                contexts.append(xml.readElementText());
        }
        QVERIFY(contexts.size() > 20);
        QVERIFY2(!contexts.contains(QStringLiteral("fd")), "a free tr() in namespace fd");
    }

    void commandLineFollowsTheLocale()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(test::cliPath(), {QStringLiteral("teleport")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("orden desconocida"));
    }

    // A string added without its translation would show English in a Spanish window: run
    // lupdate over the sources now and require every message it finds to be translated.
    void everyMessageIsTranslated()
    {
        const QString source = qEnvironmentVariable("FRONTDESK_SOURCE_DIR");
        const auto committed = messages(source + QStringLiteral("/translations/frontdesk_es.ts"));
        QVERIFY(committed.size() > 100);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_es.ts"));
        QProcess lupdate;
        lupdate.start(qEnvironmentVariable("LUPDATE"),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h"), source + QStringLiteral("/core"),
                       source + QStringLiteral("/ui"), source + QStringLiteral("/app"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const auto found = messages(fresh);
        QVERIFY(found.size() >= committed.size() - 5);
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            const QString key = it.key();
            QVERIFY2(committed.contains(key),
                     qPrintable(QStringLiteral("not in frontdesk_es.ts: ") + key));
            QVERIFY2(!committed.value(key).isEmpty(),
                     qPrintable(QStringLiteral("untranslated: ") + key));
        }
    }

private:
    // context + "|" + source -> translation ("" when unfinished)
    static QHash<QString, QString> messages(const QString &path)
    {
        QHash<QString, QString> result;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        QXmlStreamReader xml(&file);
        QString context;
        QString sourceText;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                sourceText = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText();
                result.insert(context + QLatin1Char('|') + sourceText,
                              unfinished ? QString() : text);
            }
        }
        return result;
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
