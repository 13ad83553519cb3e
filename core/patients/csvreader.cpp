// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::CsvReader)
};

constexpr qsizetype kChunk = 64 * 1024;
// A field longer than this is not a patient's detail: the file is not what it claims to be.
constexpr qsizetype kMaxRecord = 1024 * 1024;

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // A sequence cut at the end of the sample is not an error: only what is whole counts.
    qsizetype end = bytes.size();
    for (int back = 0; back < 3 && end > 0; ++back) {
        const auto c = static_cast<unsigned char>(bytes[end - 1]);
        if (c < 0x80)
            break;
        --end;
        if (c >= 0xC0)
            break;
    }
    const QString decoded = decoder.decode(QByteArrayView(bytes.constData(), end));
    Q_UNUSED(decoded); // decode() is lazy: the conversion runs when it becomes a QString
    return !decoder.hasError();
}

} // namespace

QString fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

CsvReader::CsvReader(QIODevice &in) : m_in(in)
{
    fill();
    // A byte-order mark says UTF-8; so does text that is valid UTF-8 (plain ASCII included).
    // Anything else is taken as Windows-1252, which every byte sequence is.
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
    } else if (!validUtf8(m_buffer)) {
        m_encoding = Encoding::Windows1252;
    }
    // The separator: whichever of "," and ";" the first line holds more of, outside quotes.
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    m_separator = semicolons > commas ? ';' : ',';
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray more = m_in.read(kChunk);
    if (more.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer.append(more);
    return true;
}

QString CsvReader::decode(const QByteArray &field) const
{
    if (m_encoding == Encoding::Windows1252)
        return fromWindows1252(field);
    return QString::fromUtf8(field);
}

std::optional<QStringList> CsvReader::next()
{
    if (m_error)
        return std::nullopt;
    for (;;) {
        QStringList fields;
        QByteArray field;
        bool quoted = false;    // inside a quoted field
        bool wasQuoted = false; // the field began with a quote
        bool any = false;       // the record has any character at all
        qsizetype recordBytes = 0;
        m_recordLine = m_line;
        auto endField = [&] {
            if (m_encoding == Encoding::Utf8 && !validUtf8(QByteArray(field).append(' '))) {
                m_error = invalid(QStringLiteral("file"),
                                  Text::tr("line %1 is not valid UTF-8; save the file as UTF-8 "
                                           "or Windows-1252 throughout")
                                      .arg(m_recordLine));
                return false;
            }
            fields.append(decode(field));
            field.clear();
            wasQuoted = false;
            return true;
        };
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                // The end of the file ends the last record, unless a quote is still open.
                if (quoted) {
                    m_error = invalid(
                        QStringLiteral("file"),
                        Text::tr("the quote opened on line %1 is never closed").arg(m_recordLine));
                    return std::nullopt;
                }
                if (!any)
                    return std::nullopt;
                if (!endField())
                    return std::nullopt;
                return fields;
            }
            const char c = m_buffer[m_pos++];
            ++m_consumed;
            if (++recordBytes > kMaxRecord) {
                m_error = invalid(QStringLiteral("file"),
                                  Text::tr("the record on line %1 is longer than a megabyte; "
                                           "this is not a patient list")
                                      .arg(m_recordLine));
                return std::nullopt;
            }
            if (quoted) {
                if (c == '"') {
                    // A doubled quote is a quote; a single one closes the field.
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer[m_pos] == '"') {
                        field.append('"');
                        ++m_pos;
                        ++m_consumed;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                any = true;
                continue;
            }
            if (c == m_separator) {
                any = true;
                if (!endField())
                    return std::nullopt;
                continue;
            }
            if (c == '\r')
                continue; // CRLF ends a line as LF does
            if (c == '\n') {
                ++m_line;
                if (!any && field.isEmpty())
                    break; // a blank line: read the next record
                if (!endField())
                    return std::nullopt;
                return fields;
            }
            // A character after a closing quote is kept, as spreadsheets do.
            field.append(c);
            any = true;
        }
    }
}

QHash<PatientColumn, int> guessPatientColumns(const QStringList &header)
{
    static const QList<std::pair<PatientColumn, QStringList>> words{
        {PatientColumn::FirstName,
         {QStringLiteral("first"), QStringLiteral("firstname"), QStringLiteral("givenname"),
          QStringLiteral("fname"), QStringLiteral("forename")}},
        {PatientColumn::LastName,
         {QStringLiteral("last"), QStringLiteral("lastname"), QStringLiteral("surname"),
          QStringLiteral("familyname"), QStringLiteral("lname")}},
        {PatientColumn::Name,
         {QStringLiteral("name"), QStringLiteral("patient"), QStringLiteral("patientname"),
          QStringLiteral("fullname"), QStringLiteral("nombre")}},
        {PatientColumn::DateOfBirth,
         {QStringLiteral("dob"), QStringLiteral("dateofbirth"), QStringLiteral("birthdate"),
          QStringLiteral("birthday"), QStringLiteral("born"), QStringLiteral("birth")}},
        {PatientColumn::Phone,
         {QStringLiteral("phone"), QStringLiteral("phonenumber"), QStringLiteral("telephone"),
          QStringLiteral("tel"), QStringLiteral("mobile"), QStringLiteral("cell"),
          QStringLiteral("cellphone"), QStringLiteral("homephone"), QStringLiteral("phoneno")}},
        {PatientColumn::Email,
         {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail")}},
        {PatientColumn::Carrier,
         {QStringLiteral("insurance"), QStringLiteral("carrier"),
          QStringLiteral("insurancecarrier"), QStringLiteral("insurer"), QStringLiteral("payer"),
          QStringLiteral("insuranceco"), QStringLiteral("insurancecompany")}},
        {PatientColumn::MemberId,
         {QStringLiteral("memberid"), QStringLiteral("member"), QStringLiteral("policy"),
          QStringLiteral("policyno"), QStringLiteral("policynumber"),
          QStringLiteral("subscriberid"), QStringLiteral("insuranceid"), QStringLiteral("memberno"),
          QStringLiteral("membernumber")}},
    };
    QHash<PatientColumn, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        QString key;
        for (const QChar c : header[i])
            if (c.isLetterOrNumber())
                key.append(c.toLower());
        for (const auto &[column, names] : words)
            if (!columns.contains(column) && names.contains(key)) {
                columns.insert(column, i);
                break;
            }
    }
    return columns;
}

} // namespace fd
