// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"
#include "domain/csvoptions.h"
#include "store/store.h"

#include <QByteArray>
#include <QHash>

class QIODevice;

// The appointments CSV as every store writes it: its columns, header and rows' buffering.
// Internal to the stores.
namespace fd::appointmentcsv {

constexpr int kColumns = 14;
constexpr int kPatientColumn = 6;
constexpr int kPhoneColumn = 7;
constexpr int kReasonColumn = 11;
constexpr int kCancelReasonColumn = 12;

// A de-identified export names patients by their record's number and leaves out what could
// tell who they are or what ails them: the phone and the reasons.
bool skipped(int column, const CsvOptions &options);

// Phone numbers as people write them, "(201) 555-0123", not as stored ("+12015550123", which
// a spreadsheet would read as a number, or a formula), each formatted once.
class PhoneColumn
{
public:
    QByteArray operator()(const char *stored, qsizetype size);

private:
    QHash<QByteArray, QByteArray> m_formatted;
};

// The header row and the byte-order mark asked for; the phone's column only when contact
// details go out.
QByteArray header(const CsvOptions &options);
// Writes the buffer out once it holds 64 KiB, or at once with `force`; false on a short write.
bool flush(QByteArray &buffer, QIODevice &out, bool force);
// Whether to go on after `rows`: asks the progress callback every so many rows.
bool goOn(const CsvOptions &options, qint64 rows);
// After a short write.
Error writeError(const QIODevice &out);
// A period that ends before it starts is refused before anything is read.
Result<void> checkPeriod(const AppointmentFilter &filter);

} // namespace fd::appointmentcsv
