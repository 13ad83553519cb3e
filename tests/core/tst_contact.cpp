// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/text.h"
#include "contact/phone.h"

#include <QTest>

#include <array>

using namespace fd;

class TestContact : public QObject
{
    Q_OBJECT

private slots:
    void cleanLineRefusesWhatIsNotText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why"); // empty: accepted
        QTest::newRow("plain") << QStringLiteral("  Ann   Lee ") << QString();
        QTest::newRow("accents") << QStringLiteral("José Müller-Øster") << QString();
        QTest::newRow("tab folded") << QStringLiteral("Ann\tLee") << QString();
        QTest::newRow("terminal escape")
            << QStringLiteral("Ann \x1b[31mLee") << QStringLiteral("control");
        QTest::newRow("newline") << QStringLiteral("Ann\nLee") << QStringLiteral("control");
        QTest::newRow("nul") << QString(QStringLiteral("Ann") + QChar(0) + QStringLiteral("Lee"))
                             << QStringLiteral("control");
        QTest::newRow("zero-width only")
            << QString(QChar(0x200B) + QStringLiteral(" ") + QChar(0x2060))
            << QStringLiteral("invisible");
        // Outside the first plane: tag characters and musical formatting, invisible too.
        QTest::newRow("invisible beyond the first plane")
            << QString::fromUcs4(std::array<char32_t, 3>{0xE0041, 0x1D173, 0xE0020}.data(), 3)
            << QStringLiteral("invisible");
        QTest::newRow("letters beyond the first plane")
            << QString::fromUcs4(std::array<char32_t, 3>{0x20000, 0x20001, 0x2000B}.data(), 3)
            << QString();
        // "Ann" then a right-to-left override: printed, the rest of the line runs backwards.
        QTest::newRow("direction override")
            << QString(QStringLiteral("Ann ") + QChar(0x202E) + QStringLiteral("eeL"))
            << QStringLiteral("direction");
        QTest::newRow("right-to-left name") << QStringLiteral("שרה כהן") << QString();
        QTest::newRow("invalid utf-8")
            << QString::fromUtf8("Ann \xff\xfe Lee") << QStringLiteral("UTF-8");
        QTest::newRow("101 characters")
            << QString(101, QLatin1Char('a')) << QStringLiteral("too long");
        QTest::newRow("100 kB") << QString(100000, QLatin1Char('7')) << QStringLiteral("too long");
    }

    void cleanLineRefusesWhatIsNotText()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const auto r = cleanLine(QStringLiteral("name"), text, limits::kName, true);
        QCOMPARE(r.ok(), why.isEmpty());
        if (r.ok()) {
            QVERIFY(!r->startsWith(QLatin1Char(' ')) && !r->contains(QStringLiteral("  ")));
            return;
        }
        QCOMPARE(r.error().field, QStringLiteral("name"));
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
        // The message never repeats the input, escapes and all.
        QVERIFY(!r.error().message.contains(QChar(0x1b)));
    }

    // What reaches a terminal or a message: no control character and no direction control,
    // whatever a file from elsewhere holds.
    void printedAndQuotedTextCannotDriveTheTerminal()
    {
        const QString stored =
            QStringLiteral("Ann \x1b[31m") + QChar(0x202E) + QStringLiteral("eeL");
        const QString printed = printable(stored);
        QVERIFY(!printed.contains(QChar(0x1b)));
        QVERIFY(!printed.contains(QChar(0x202E)));
        QVERIFY(printed.startsWith(QStringLiteral("Ann ")));
        QVERIFY(printed.endsWith(QStringLiteral("eeL")));
        const QString quoted = quotable(stored);
        QVERIFY(!quoted.contains(QChar(0x1b)));
        QVERIFY(!quoted.contains(QChar(0x202E)));
    }

    void hugeInputsAreRefusedBeforeParsing()
    {
        // libphonenumber took over a minute on this; the length check answers at once.
        const auto phone = parsePhone(QString(100000, QLatin1Char('5')));
        QVERIFY(!phone.ok());
        QVERIFY(phone.error().message.contains(QStringLiteral("too long")));
        const auto email = parseEmail(QString(300, QLatin1Char('a')) + QStringLiteral("@x.org"));
        QVERIFY(!email.ok());
        QVERIFY(email.error().message.contains(QStringLiteral("too long")));
        QVERIFY(quotable(QString(1000, QLatin1Char('x'))).size() <= 41);
        QCOMPARE(quotable(QStringLiteral("a\x1b[2Jb")), QStringLiteral("a[2Jb"));
    }

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

    // The fast path for stored North American numbers writes what libphonenumber writes.
    void nationalFormatAgreesWithLibphonenumber()
    {
        int compared = 0;
        for (const char *area : {"201", "212", "973", "203", "646", "917", "416", "876", "808"})
            for (const char *line : {"5550123", "2345678", "9990000", "5551212"}) {
                const QString e164 =
                    QStringLiteral("+1%1%2").arg(QLatin1String(area), QLatin1String(line));
                const auto parsed = parsePhone(e164);
                if (!parsed)
                    continue; // a number libphonenumber rejects is never stored
                QCOMPARE(formatPhoneNational(e164), parsed->national);
                ++compared;
            }
        QVERIFY(compared > 20);
        // Anything else takes the slow path.
        QCOMPARE(formatPhoneNational(QStringLiteral("+442079460958")),
                 QStringLiteral("+44 20 7946 0958"));
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
