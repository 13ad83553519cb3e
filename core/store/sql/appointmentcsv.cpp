// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appointmentcsv.h"

#include "contact/phone.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace fd::appointmentcsv {
namespace {

const char *const kColumnNames[] = {
    "id",    "date", "start",  "end",     "location", "clinician",     "patient",
    "phone", "type", "status", "service", "reason",   "cancel_reason", "late_cancel"};

} // namespace

bool skipped(int column, const CsvOptions &options)
{
    return options.deidentified &&
           (column == kPhoneColumn || column == kReasonColumn || column == kCancelReasonColumn);
}

QByteArray PhoneColumn::operator()(const char *stored, qsizetype size)
{
    const QByteArray key(stored, size);
    auto it = m_formatted.constFind(key);
    if (it == m_formatted.cend())
        it = m_formatted.insert(key, formatPhoneNational(QString::fromUtf8(key)).toUtf8());
    return *it;
}

QByteArray header(const CsvOptions &options)
{
    QByteArray header = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    for (int i = 0; i < kColumns; ++i) {
        if (skipped(i, options))
            continue;
        if (i > 0)
            header.append(',');
        header.append(i == kPatientColumn && options.deidentified ? "patient_id" : kColumnNames[i]);
    }
    return header + "\r\n";
}

bool flush(QByteArray &buffer, QIODevice &out, bool force)
{
    if (!force && buffer.size() < (1 << 16))
        return true;
    const bool ok = out.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

bool goOn(const CsvOptions &options, qint64 rows)
{
    return !options.progress || rows % kExportProgressRows != 0 || options.progress(rows);
}

// A file that took fewer bytes than given reports no error of its own (Qt says "Unknown
// error"): that is a full disk or a file-size limit.
Error writeError(const QIODevice &out)
{
    const auto *file = qobject_cast<const QFileDevice *>(&out);
    return {ErrorKind::Storage, QStringLiteral("out"),
            file && file->error() == QFileDevice::NoError
                ? QCoreApplication::translate("fd::Store", "the disk is full or the file too large")
                : out.errorString()};
}

Result<void> checkPeriod(const AppointmentFilter &filter)
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("fd::Reports", "the period must end after it starts"));
    return {};
}

} // namespace fd::appointmentcsv
