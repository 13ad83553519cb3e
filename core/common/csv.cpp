// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csv.h"

namespace fd {

// Appends one CSV field: quoted only when it holds a comma, quote or line break.
void appendCsvField(QByteArray &buffer, const char *text, qsizetype size)
{
    // A cell a spreadsheet would run as a formula is neutralised with an apostrophe, which
    // spreadsheets show as text.
    if (size > 0 && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                     text[0] == '\t' || text[0] == '\r')) {
        QByteArray safe = QByteArray(1, '\'');
        safe.append(text, size);
        bool quote =
            safe.contains(',') || safe.contains('"') || safe.contains('\n') || safe.contains('\r');
        if (!quote) {
            buffer.append(safe);
            return;
        }
        buffer.append('"').append(safe.replace("\"", "\"\"")).append('"');
        return;
    }
    bool quote = false;
    for (qsizetype i = 0; i < size && !quote; ++i)
        quote = text[i] == ',' || text[i] == '"' || text[i] == '\n' || text[i] == '\r';
    if (!quote) {
        buffer.append(text, size);
        return;
    }
    buffer.append('"');
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == '"')
            buffer.append('"');
        buffer.append(text[i]);
    }
    buffer.append('"');
}

} // namespace fd
