// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <optional>

class QIODevice;

namespace fd {

// Reads a patient list as clinics' old systems leave it, one record at a time and in constant
// memory: UTF-8 with or without a byte-order mark, or Windows-1252 (what a spreadsheet saves
// on Windows); fields separated by "," or ";" (a European spreadsheet's), whichever the first
// line holds more of; RFC 4180 quoting, with separators, doubled quotes and line breaks inside
// quoted fields; CRLF or LF line ends. Blank lines are skipped.
class CsvReader
{
public:
    enum class Encoding { Utf8, Windows1252 };

    explicit CsvReader(QIODevice &in);

    Encoding encoding() const { return m_encoding; }
    char separator() const { return m_separator; }

    // The next record's fields, or nullopt at the end of the file or at a malformed one
    // (error() then says what and where; nothing after it is read).
    std::optional<QStringList> next();
    const std::optional<Error> &error() const { return m_error; }
    // The line the record just read started on, counting from 1 (the header is line 1).
    qint64 line() const { return m_recordLine; }
    // How far through the file: bytes read so far, for a progress bar.
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    QString decode(const QByteArray &field) const;

    QIODevice &m_in;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_atEnd = false;
    Encoding m_encoding = Encoding::Utf8;
    char m_separator = ',';
    std::optional<Error> m_error;
};

// Decodes Windows-1252 (Latin-1 with printable characters at 0x80-0x9F: € ‚ ƒ „ … † ‡ ˆ ‰ Š
// ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
QString fromWindows1252(const QByteArray &bytes);

// What a column of an imported patient list holds.
enum class PatientColumn {
    Name,
    FirstName,
    LastName,
    DateOfBirth,
    Phone,
    Email,
    Carrier,
    MemberId
};

// The columns a header names, by the words clinics' exports use ("Patient Name", "DOB",
// "Cell", "Insurance Co.", "Policy #", ...), ignoring case, spaces and punctuation: the
// column index for each field recognised, the first column that names it.
QHash<PatientColumn, int> guessPatientColumns(const QStringList &header);

} // namespace fd
