// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "phone.h"

#include "common/text.h"
#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace fd {
namespace {
using i18n::phonenumbers::PhoneNumberUtil;

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Phone)
};
} // namespace

Result<PhoneNumber> parsePhone(const QString &text, const QString &field)
{
    // Bounded before libphonenumber sees it: its parser takes minutes over a pasted page.
    auto line = cleanLine(field, text, limits::kPhone, true);
    if (!line)
        return line.error();
    const QString trimmed = *line;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto parsed = util->Parse(trimmed.toStdString(), "US", &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number))
        return invalid(field,
                       Text::tr("\"%1\" is not a valid phone number").arg(quotable(trimmed)));
    std::string e164;
    std::string national;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    const bool domestic = number.country_code() == 1;
    util->Format(number, domestic ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                 &national);
    return PhoneNumber{QString::fromStdString(e164), QString::fromStdString(national)};
}

QString formatPhoneNational(const QString &e164)
{
    // A stored North American number (validated when it was saved) is "(NPA) NXX-XXXX", as
    // libphonenumber would write it; spared its regular expressions, a year's export formats
    // its numbers in milliseconds instead of seconds.
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+1")) &&
        std::all_of(e164.cbegin() + 2, e164.cend(), [](QChar c) { return c.isDigit(); }) &&
        e164[2] >= QLatin1Char('2') && e164[5] >= QLatin1Char('2'))
        return QStringLiteral("(%1) %2-%3").arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    auto parsed = parsePhone(e164);
    return parsed ? parsed->national : e164;
}

QString phoneDigits(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

Result<QString> parseEmail(const QString &text, const QString &field)
{
    auto line = cleanLine(field, text, limits::kEmail);
    if (!line)
        return line.error();
    const QString trimmed = *line;
    if (trimmed.isEmpty())
        return trimmed;
    // Deliberately practical rather than RFC 5322 complete: one @, a dotted domain, no spaces.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (trimmed.size() > 254 || !pattern.match(trimmed).hasMatch() ||
        trimmed.contains(QStringLiteral("..")) || trimmed.startsWith(QLatin1Char('.')) ||
        trimmed.section(QLatin1Char('@'), 0, 0).endsWith(QLatin1Char('.')))
        return invalid(field,
                       Text::tr("\"%1\" is not a valid email address").arg(quotable(trimmed)));
    return trimmed;
}

} // namespace fd
