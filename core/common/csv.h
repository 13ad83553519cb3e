// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace fd {

// Appends one CSV field (RFC 4180): quoted only when it holds a comma, quote or line break;
// a cell a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first)
// gets a leading apostrophe.
void appendCsvField(QByteArray &buffer, const char *text, qsizetype size);
inline void appendCsvField(QByteArray &buffer, const QByteArray &text)
{
    appendCsvField(buffer, text.constData(), text.size());
}

} // namespace fd
