// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace fd {

// How an appointment list is written as CSV.
struct CsvOptions
{
    // The byte-order mark Excel wants before it reads UTF-8.
    bool byteOrderMark = false;
    // Leaves out patients' contact details (the phone column).
    bool deidentified = false;
};

} // namespace fd
