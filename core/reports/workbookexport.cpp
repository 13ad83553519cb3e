// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workbookexport.h"

#include "contact/phone.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

#include <cstdio>

namespace fd {
namespace {

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Workbook)
};

lxw_datetime dateOf(QDate day)
{
    return {day.year(), day.month(), day.day(), 0, 0, 0.0};
}

lxw_datetime timeOf(int minute)
{
    return {0, 0, 0, minute / 60, minute % 60, 0.0};
}

Error workbookError(const QString &path, lxw_error error)
{
    return Error{ErrorKind::Storage, QStringLiteral("out"),
                 Text::tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error)))};
}

bool endsLikeAZip(const QString &path)
{
    QFile file(path);
    constexpr qint64 kEndRecord = 22; // no archive comment
    if (!file.open(QIODevice::ReadOnly) || file.size() < kEndRecord ||
        !file.seek(file.size() - kEndRecord))
        return false;
    return file.read(4) == QByteArrayLiteral("PK\x05\x06");
}

} // namespace

Result<qint64> writeWorkbook(const QString &path, const ComparedReport &report,
                             const ReportScope &scope, ReportService &reports,
                             const WorkbookOptions &options)
{
    const QFileInfo target(path);
    if (target.isDir() || !QFileInfo(target.absolutePath()).isWritable())
        return Error{
            ErrorKind::Invalid, QStringLiteral("out"),
            Text::tr("cannot write %1: the folder does not exist or cannot be written").arg(path)};
    // Beside the target, so the rename at the end stays on one file system.
    const QString partial =
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".part");
    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory = LXW_TRUE;
    // The sheets' temporary files beside the workbook: a disk that fills up then fails the
    // archive's own writes too, which libxlsxwriter reports (it does not check its temporary
    // files' writes).
    QByteArray folder = QFile::encodeName(target.absolutePath());
    workbookOptions.tmpdir = folder.data();
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook *book = workbook_new_opt(partialName.constData(), &workbookOptions);
    if (!book)
        return workbookError(path, LXW_ERROR_CREATING_XLSX_FILE);
    auto abandon = [&] {
        workbook_close(book);
        QFile::remove(partial);
    };

    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *time = workbook_add_format(book);
    format_set_num_format(time, "hh:mm");
    lxw_format *count = workbook_add_format(book);
    format_set_num_format(count, "#,##0");
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");
    lxw_format *boldDate = workbook_add_format(book);
    format_set_bold(boldDate);
    format_set_num_format(boldDate, "yyyy-mm-dd");

    // --- Summary ------------------------------------------------------------------------
    lxw_worksheet *summary = workbook_add_worksheet(book, Text::tr("Summary").toUtf8().constData());
    worksheet_set_column(summary, 0, 0, 28, nullptr);
    worksheet_set_column(summary, 1, 2, 16, nullptr);
    worksheet_write_string(summary, 0, 0, Text::tr("Front Desk report").toUtf8().constData(), bold);
    // Row by row (constant memory drops a cell written above the last row): the period, and
    // the period before under its own column.
    lxw_datetime from = dateOf(report.current.from);
    lxw_datetime to = dateOf(report.current.to);
    lxw_datetime previousFrom = dateOf(report.previous.from);
    lxw_datetime previousTo = dateOf(report.previous.to);
    worksheet_write_string(summary, 1, 0, Text::tr("From").toUtf8().constData(), nullptr);
    worksheet_write_datetime(summary, 1, 1, &from, date);
    worksheet_write_datetime(summary, 1, 2, &previousFrom, date);
    worksheet_write_string(summary, 2, 0, Text::tr("To").toUtf8().constData(), nullptr);
    worksheet_write_datetime(summary, 2, 1, &to, date);
    worksheet_write_datetime(summary, 2, 2, &previousTo, date);
    if (!options.scope.isEmpty()) {
        worksheet_write_string(summary, 3, 0, Text::tr("Scope").toUtf8().constData(), nullptr);
        worksheet_write_string(summary, 3, 1, options.scope.toUtf8().constData(), nullptr);
    }
    worksheet_write_string(summary, 4, 0, Text::tr("Figure").toUtf8().constData(), bold);
    worksheet_write_string(summary, 4, 1, Text::tr("This period").toUtf8().constData(), bold);
    worksheet_write_string(summary, 4, 2, Text::tr("Previous period").toUtf8().constData(), bold);
    lxw_row_t row = 5;
    for (const FigureLine &l : figureLines(report)) {
        lxw_format *format = l.rate ? percent : count;
        worksheet_write_string(summary, row, 0, l.label.toUtf8().constData(), nullptr);
        worksheet_write_number(summary, row, 1, l.now, format);
        worksheet_write_number(summary, row, 2, l.before, format);
        ++row;
    }

    // --- Appointments -------------------------------------------------------------------
    lxw_worksheet *sheet =
        workbook_add_worksheet(book, Text::tr("Appointments").toUtf8().constData());
    // De-identified: patients by their record's number, without phone or reasons.
    const bool named = !options.deidentified;
    QStringList headers{Text::tr("Id"),
                        Text::tr("Date"),
                        Text::tr("Start"),
                        Text::tr("End"),
                        Text::tr("Location"),
                        Text::tr("Clinician"),
                        named ? Text::tr("Patient") : Text::tr("Patient id")};
    if (named)
        headers.append(Text::tr("Phone"));
    headers += {Text::tr("Type"), Text::tr("Status"), Text::tr("Service")};
    if (named)
        headers += {Text::tr("Reason"), Text::tr("Cancel reason")};
    headers.append(Text::tr("Late cancel"));
    QList<int> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), bold);
        widths.append(int(headers[c].size()));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    // A patient's number is formatted once, not on every visit (libphonenumber is not cheap).
    QHash<QString, QString> phones;
    qint64 rows = 0;
    bool cancelled = false;
    lxw_error failure = LXW_NO_ERROR;
    auto visited = reports.forEachAppointment(
        scope, QStringLiteral("xlsx"), options.deidentified, [&](const Appointment &a) {
            if (!countsInFigures(a.status))
                return true; // moved rows and bookings entered in error
            const lxw_row_t r = lxw_row_t(rows + 1);
            lxw_col_t c = 0;
            auto text = [&](const QString &value) {
                const QByteArray utf8 = value.toUtf8();
                if (failure == LXW_NO_ERROR)
                    failure = worksheet_write_string(sheet, r, c, utf8.constData(), nullptr);
                widths[c] = std::max(widths[c], int(value.size()));
                ++c;
            };
            worksheet_write_number(sheet, r, c++, double(a.id), nullptr);
            lxw_datetime day = dateOf(a.day);
            lxw_datetime start = timeOf(a.startMinute);
            lxw_datetime end = timeOf(a.endMinute);
            worksheet_write_datetime(sheet, r, c++, &day, date);
            worksheet_write_datetime(sheet, r, c++, &start, time);
            worksheet_write_datetime(sheet, r, c++, &end, time);
            text(a.locationName);
            text(a.clinicianName);
            if (named) {
                text(a.patientName);
                auto phone = phones.constFind(a.patientPhone);
                if (phone == phones.cend())
                    phone = phones.insert(a.patientPhone, formatPhoneNational(a.patientPhone));
                text(*phone);
            } else {
                worksheet_write_number(sheet, r, c++, double(a.patientId), nullptr);
            }
            text(typeLabel(a.type));
            text(statusLabel(a.status));
            text(a.serviceName);
            if (named) {
                text(a.reason);
                text(a.cancelReason);
            }
            worksheet_write_boolean(sheet, r, c++, a.lateCancel, nullptr);
            ++rows;
            if (options.progress && rows % kExportProgressRows == 0 && !options.progress(rows)) {
                cancelled = true;
                return false;
            }
            return failure == LXW_NO_ERROR;
        });
    if (!visited) {
        abandon();
        return visited.error();
    }
    if (cancelled) {
        abandon();
        return exportCancelled();
    }
    if (failure != LXW_NO_ERROR) {
        abandon();
        return workbookError(path, failure);
    }
    worksheet_set_column(sheet, 0, 0, 8, nullptr);
    worksheet_set_column(sheet, 1, 1, 11, nullptr);
    worksheet_set_column(sheet, 2, 3, 7, nullptr);
    for (qsizetype c = 4; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[c] + 2, 8, 50),
                             nullptr);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(headers.size() - 1));

    if (const lxw_error closed = workbook_close(book); closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return workbookError(path, closed);
    }
    // libxlsxwriter does not notice a write that stops short (a full disk): a whole workbook
    // is a zip archive that ends with its end-of-central-directory record.
    if (!endsLikeAZip(partial)) {
        QFile::remove(partial);
        return Error{ErrorKind::Storage, QStringLiteral("out"),
                     Text::tr("cannot write %1: the disk is full or the file too large").arg(path)};
    }
    // Owner-only, like the database; rename(2) replaces the old file in one step.
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (std::rename(partialName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return workbookError(path, LXW_ERROR_CREATING_XLSX_FILE);
    }
    if (options.progress)
        options.progress(rows);
    return rows;
}

} // namespace fd
