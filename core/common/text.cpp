// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace fd {
namespace {

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Text)
};

// Characters that show nothing: format characters (zero-width spaces and joiners, bidi
// marks) and the like. Text made of these and spaces only reads as empty.
// By code point: the invisible characters outside the first plane (tags, musical formatting)
// come as surrogate pairs, which a QChar-wise look would take for two unknown halves.
bool invisible(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format || QChar::isSpace(c) || c == 0x3164 ||
           c == 0x115F || c == 0x1160 || c == 0xFFA0;
}

// Embedding, override and isolate controls: they reorder how the text around them is shown
// (a name that prints as another), and no name needs them.
bool directionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

Result<QString> cleanLine(const QString &field, const QString &text, int maxLength, bool required)
{
    // The raw length first: bounded work for whatever arrives.
    if (text.size() > 4 * maxLength)
        return invalid(field, Text::tr("is too long (at most %1 characters)").arg(maxLength));
    for (QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            return invalid(field, Text::tr("holds bytes that are not text (invalid UTF-8)"));
        // A tab is folded into a space below; every other control character (line breaks,
        // terminal escape sequences, NUL, bell, ...) is refused.
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
            return invalid(field, Text::tr("holds control characters or line breaks"));
    }
    const QString clean = text.simplified();
    if (clean.size() > maxLength)
        return invalid(field, Text::tr("is too long (at most %1 characters)").arg(maxLength));
    const QList<uint> codePoints = clean.toUcs4();
    if (std::any_of(codePoints.cbegin(), codePoints.cend(), directionControl))
        return invalid(field, Text::tr("holds text-direction controls"));
    if (!clean.isEmpty() && std::all_of(codePoints.cbegin(), codePoints.cend(), invisible))
        return invalid(field, Text::tr("holds only invisible characters"));
    if (required && clean.isEmpty())
        return invalid(field, Text::tr("is empty"));
    return clean;
}

QString printable(const QString &text)
{
    QString shown = text;
    // Direction controls too: a file from elsewhere may hold them, and they would turn the
    // rest of a terminal line around.
    for (QChar &c : shown)
        if (c.category() == QChar::Other_Control || directionControl(c.unicode()))
            c = QChar::ReplacementCharacter;
    return shown;
}

QString quotable(const QString &text)
{
    QString shown;
    for (QChar c : text) {
        if (shown.size() >= 40) {
            shown += QChar(0x2026); // …
            break;
        }
        if (c.category() != QChar::Other_Control && c != QChar::ReplacementCharacter &&
            !directionControl(c.unicode()))
            shown += c;
    }
    return shown;
}

QString homeRelative(const QString &path)
{
    const QString home = QDir::homePath();
    if (home.size() > 1 && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

} // namespace fd
