// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/result.h"

#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace fd {

// Writes a PDF at `path`: `paint` draws its pages (returning how many, 0 when it could not
// paint) on a writer with `layout`, into memory; the bytes then go out in one checked write
// through QSaveFile. QPdfWriter does not report a device that stops taking bytes (a full
// disk), and a half-written file never replaces a good one. Documents here are a few hundred
// kilobytes. Returns the pages written.
Result<int> writePdfFile(const QString &path, const QString &title, const QPageLayout &layout,
                         const std::function<int(QPagedPaintDevice &)> &paint);

} // namespace fd
