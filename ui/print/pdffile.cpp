// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdffile.h"
#include "common/files.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace fd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::DaySheet)
};

} // namespace

Result<int> writePdfFile(const QString &path, const QString &title, const QPageLayout &layout,
                         const std::function<int(QPagedPaintDevice &)> &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Invalid, QStringLiteral("out"),
                     Text::tr("cannot write %1: %2").arg(path, file.errorString())};
    keepToOwner(file);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Front Desk"));
        writer.setPageLayout(layout);
        pages = paint(writer);
    }
    if (pages == 0)
        return Error{ErrorKind::Storage, QStringLiteral("out"),
                     Text::tr("cannot write %1: nothing could be painted").arg(path)};
    // A short write is a disk that would take no more (Qt reports no error for it).
    if (file.write(pdf.data()) != pdf.size())
        return Error{ErrorKind::Storage, QStringLiteral("out"),
                     Text::tr("cannot write %1: the disk is full or the file too large").arg(path)};
    if (!file.commit())
        return Error{ErrorKind::Storage, QStringLiteral("out"),
                     Text::tr("cannot write %1: %2").arg(path, file.errorString())};
    return pages;
}

} // namespace fd
