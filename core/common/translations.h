// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>

namespace fd {

// Loads Front Desk's translation for `locale` (and Qt's own, when installed) into the running
// application. Returns whether a Front Desk translation was found; English needs none.
bool installTranslations(const QLocale &locale = QLocale());

} // namespace fd
