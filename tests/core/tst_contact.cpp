#include "contact/phone.h"

#include <QTest>

using namespace fd;

class TestContact : public QObject
{
    Q_OBJECT

private slots:
    void phoneForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("national");
        const QString e164 = QStringLiteral("+12015550123");
        const QString national = QStringLiteral("(201) 555-0123");
        QTest::newRow("digits") << "2015550123" << e164 << national;
        QTest::newRow("dashes") << "201-555-0123" << e164 << national;
        QTest::newRow("national") << "(201) 555-0123" << e164 << national;
        QTest::newRow("country code") << "+1 201 555 0123" << e164 << national;
        QTest::newRow("leading 1") << "1-201-555-0123" << e164 << national;
        QTest::newRow("spaces around") << "  201.555.0123 " << e164 << national;
        QTest::newRow("uk number") << "+44 20 7946 0958"
                                   << "+442079460958"
                                   << "+44 20 7946 0958";
    }
    void phoneForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QFETCH(QString, national);
        const auto parsed = parsePhone(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->e164, e164);
        QCOMPARE(parsed->national, national);
        QCOMPARE(formatPhoneNational(e164), national);
    }

    void badPhones_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("letters") << "call me";
        QTest::newRow("too short") << "555-0123";
        QTest::newRow("too long") << "201-555-0123-4567";
        QTest::newRow("no such area code") << "(000) 555-0123";
    }
    void badPhones()
    {
        QFETCH(QString, input);
        const auto parsed = parsePhone(input, QStringLiteral("phone"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, QStringLiteral("phone"));
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY(parsed.error().toString().startsWith(QStringLiteral("phone: ")));
    }

    void phoneDigitsKeepsOnlyDigits()
    {
        QCOMPARE(phoneDigits(QStringLiteral("(201) 555-0123")), QStringLiteral("2015550123"));
    }

    void emails_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "ann.lee@example.com" << true;
        QTest::newRow("plus tag") << "ann+pt@clinic.example.org" << true;
        QTest::newRow("empty is allowed") << "" << true;
        QTest::newRow("no at") << "ann.example.com" << false;
        QTest::newRow("two ats") << "ann@@example.com" << false;
        QTest::newRow("no domain dot") << "ann@example" << false;
        QTest::newRow("space") << "ann lee@example.com" << false;
        QTest::newRow("double dot") << "ann..lee@example.com" << false;
        QTest::newRow("trailing dot local") << "ann.@example.com" << false;
        QTest::newRow("domain starts with dash") << "ann@-example.com" << false;
    }
    void emails()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const auto parsed = parseEmail(input);
        QCOMPARE(parsed.ok(), valid);
        if (!valid)
            QCOMPARE(parsed.error().field, QStringLiteral("email"));
    }
};

QTEST_APPLESS_MAIN(TestContact)
#include "tst_contact.moc"
