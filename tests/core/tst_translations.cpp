#include "booking/rules.h"
#include "clirunner.h"
#include "common/translations.h"
#include "contact/phone.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>

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

    // A string added without its translation would show English in a Spanish window.
    void everyMessageIsTranslated()
    {
        QFile ts(qEnvironmentVariable("FRONTDESK_SOURCE_DIR") +
                 QStringLiteral("/translations/frontdesk_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray content = ts.readAll();
        QVERIFY(content.count("<message>") > 100);
        QCOMPARE(content.count("type=\"unfinished\""), 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
