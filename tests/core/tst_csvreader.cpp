// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "patients/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace fd;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, CsvReader::Encoding *encoding = nullptr,
                           char *separator = nullptr, std::optional<Error> *error = nullptr)
{
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(in);
    QList<QStringList> records;
    while (auto record = reader.next())
        records.append(*record);
    if (encoding)
        *encoding = reader.encoding();
    if (separator)
        *separator = reader.separator();
    if (error)
        *error = reader.error();
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void utf8WithAndWithoutAByteOrderMark()
    {
        const QByteArray body =
            "Name,Phone\r\nJosé Muñoz,201 555 0123\r\nZoë Ölz,(973) 555-0100\r\n";
        for (const QByteArray &bytes : {body, QByteArray(QByteArray("\xEF\xBB\xBF") + body)}) {
            CsvReader::Encoding encoding{};
            const auto records = readAll(bytes, &encoding);
            QCOMPARE(encoding, CsvReader::Encoding::Utf8);
            QCOMPARE(records.size(), 3);
            // The mark is not part of the first header.
            QCOMPARE(records[0], (QStringList{QStringLiteral("Name"), QStringLiteral("Phone")}));
            QCOMPARE(records[1][0], QStringLiteral("José Muñoz"));
            QCOMPARE(records[2][0], QStringLiteral("Zoë Ölz"));
        }
    }

    void windows1252FromAnOldSpreadsheet()
    {
        // "José Muñoz" and "Œuvre “Café”" and a euro sign, as Windows-1252 bytes.
        const QByteArray bytes = "Name;Note\r\nJos\xE9 Mu\xF1oz;\x8C"
                                 "uvre \x93"
                                 "Caf\xE9\x94 \x80"
                                 "5\r\n";
        CsvReader::Encoding encoding{};
        char separator = 0;
        const auto records = readAll(bytes, &encoding, &separator);
        QCOMPARE(encoding, CsvReader::Encoding::Windows1252);
        QCOMPARE(separator, ';');
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1][0], QStringLiteral("José Muñoz"));
        QCOMPARE(records[1][1], QStringLiteral("Œuvre “Café” €5"));
    }

    void separatorsQuotesAndLineBreaks()
    {
        char separator = 0;
        auto records = readAll("a;b;c\n1;\"x;y\";3\n", nullptr, &separator);
        QCOMPARE(separator, ';');
        QCOMPARE(records[1],
                 (QStringList{QStringLiteral("1"), QStringLiteral("x;y"), QStringLiteral("3")}));
        // Commas win when the header has more of them; quotes guard commas, doubled quotes,
        // and line breaks inside a field.
        records = readAll("name,notes,phone\n\"Lee, Ann\",\"said \"\"hi\"\"\nthen left\",2015550123"
                          "\n\n,,\n",
                          nullptr, &separator);
        QCOMPARE(separator, ',');
        QCOMPARE(records.size(), 3); // the blank line is skipped, the empty record is not
        QCOMPARE(records[1][0], QStringLiteral("Lee, Ann"));
        QCOMPARE(records[1][1], QStringLiteral("said \"hi\"\nthen left"));
        QCOMPARE(records[1][2], QStringLiteral("2015550123"));
        QCOMPARE(records[2], (QStringList{QString(), QString(), QString()}));
        // No line end after the last record; a lone LF and a CRLF alike.
        records = readAll("a,b\r\nc,d");
        QCOMPARE(records.last(), (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    }

    void linesAreCountedAcrossQuotedBreaks()
    {
        QBuffer in;
        in.setData("h1,h2\n\"two\nlines\",x\nnext,y\n");
        in.open(QIODevice::ReadOnly);
        CsvReader reader(in);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 1);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 2);
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 4);
        QVERIFY(!reader.next());
        QVERIFY(!reader.error());
        QCOMPARE(reader.bytesRead(), in.size());
    }

    void malformedFilesSayWhere()
    {
        std::optional<Error> error;
        auto records = readAll("name,phone\nAnn,1\n\"Bob,2\nCy,3\n", nullptr, nullptr, &error);
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("file"));
        QVERIFY2(error->message.contains(QStringLiteral("line 3")), qPrintable(error->message));
        QCOMPARE(records.size(), 2);
        // UTF-8 at the start and invalid bytes later: the record is named, nothing guessed.
        const QByteArray bytes = QByteArray("name\n") + QByteArray(70000, 'a') + "\nJos\xE9\n";
        records = readAll(bytes, nullptr, nullptr, &error);
        QVERIFY(error);
        QVERIFY(error->message.contains(QStringLiteral("line 3")));
        QCOMPARE(records.size(), 2);
    }

    void aLargeFileIsReadInChunks()
    {
        // Records that straddle the reader's 64 KiB chunks, quotes and all.
        QByteArray bytes = "name,notes\n";
        for (int i = 0; i < 5000; ++i)
            bytes += QByteArray("\"Patient ") + QByteArray::number(i) +
                     "\",\"a \"\"quoted\"\" note\n" + QByteArray(i % 37, 'x') + "\"\n";
        const auto records = readAll(bytes);
        QCOMPARE(records.size(), 5001);
        QCOMPARE(records[4321][0], QStringLiteral("Patient 4320"));
        QCOMPARE(records[4321][1],
                 QStringLiteral("a \"quoted\" note\n") + QString(4320 % 37, QLatin1Char('x')));
    }

    void headersAreGuessed()
    {
        const auto columns = guessPatientColumns(
            {QStringLiteral("Patient Name"), QStringLiteral("D.O.B."), QStringLiteral("Cell"),
             QStringLiteral("E-mail"), QStringLiteral("Insurance Co."), QStringLiteral("Policy #"),
             QStringLiteral("Notes")});
        QCOMPARE(columns.value(PatientColumn::Name, -1), 0);
        QCOMPARE(columns.value(PatientColumn::DateOfBirth, -1), 1);
        QCOMPARE(columns.value(PatientColumn::Phone, -1), 2);
        QCOMPARE(columns.value(PatientColumn::Email, -1), 3);
        QCOMPARE(columns.value(PatientColumn::Carrier, -1), 4);
        QCOMPARE(columns.value(PatientColumn::MemberId, -1), 5);
        QCOMPARE(columns.size(), 6);
        const auto split = guessPatientColumns(
            {QStringLiteral("Last Name"), QStringLiteral("First Name"), QStringLiteral("Phone")});
        QCOMPARE(split.value(PatientColumn::LastName, -1), 0);
        QCOMPARE(split.value(PatientColumn::FirstName, -1), 1);
        QVERIFY(!split.contains(PatientColumn::Name));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
