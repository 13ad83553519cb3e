// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer targets for every parser of outside input: what a receptionist types and what a
// script passes. Each target feeds the fuzzer's bytes to one parser; the sanitizers turn any
// crash, overflow or undefined behaviour into a finding. Built with -DFRONTDESK_FUZZ=ON and
// clang; tests/fuzz/run runs each for a bounded time.
#include "calendar/walltime.h"
#include "common/text.h"
#include "contact/phone.h"
#include "patients/csvreader.h"

#include <QBuffer>

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

QString input(const uint8_t *data, size_t size)
{
    // As the command line and the window get text: UTF-8, invalid sequences and all.
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = input(data, size);
#if defined(FUZZ_WALLTIME)
    if (auto r = fd::parseWallTime(text); r) {
        // Whatever parses is a real day and minute.
        if (!r->first.isValid() || r->second < 0 || r->second >= 24 * 60)
            __builtin_trap();
        (void)fd::wallToUtc(QStringLiteral("America/New_York"), r->first, r->second);
    }
#elif defined(FUZZ_PHONE)
    if (auto r = fd::parsePhone(text); r && !r->e164.startsWith(QLatin1Char('+')))
        __builtin_trap();
#elif defined(FUZZ_EMAIL)
    if (auto r = fd::parseEmail(text); r && r->size() > fd::limits::kEmail)
        __builtin_trap();
#elif defined(FUZZ_TEXT)
    if (auto r = fd::cleanLine(QStringLiteral("name"), text, fd::limits::kName); r) {
        // What passes is one clean line within its limit.
        if (r->size() > fd::limits::kName || r->contains(QChar(0x1b)) ||
            r->contains(QLatin1Char('\n')) || r->startsWith(QLatin1Char(' ')))
            __builtin_trap();
    }
    (void)fd::quotable(text);
#elif defined(FUZZ_CSV)
    // A patient list from another system: whatever bytes, the reader ends, reads no further
    // than the file, and never makes more text than it was given.
    QBuffer in;
    in.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    in.open(QIODevice::ReadOnly);
    fd::CsvReader reader(in);
    qsizetype records = 0;
    while (auto record = reader.next()) {
        qsizetype chars = 0;
        for (const QString &field : *record)
            chars += field.size();
        if (chars > qsizetype(size) || ++records > qsizetype(size) + 1)
            __builtin_trap();
        (void)fd::guessPatientColumns(*record);
    }
    if (reader.bytesRead() > qsizetype(size))
        __builtin_trap();
#else
#error "define one FUZZ_ target"
#endif
    return 0;
}
