// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changes.h"
#include "common/clock.h"
#include "common/result.h"
#include "store/audit.h"

#include <functional>
#include <optional>

namespace fd {

class Store;

// What the session's services share: the store, the clock, who is acting, and what the open
// unit of work has changed so far. The session owns it; services keep a reference.
struct ServiceContext
{
    Store &store;
    const Clock &clock;
    QString user;                    // who the audit trail names
    std::optional<qint64> accountId; // the signed-in account, if any
    ChangeSet pending;               // changes of the open unit, emitted once it commits
    QSet<qint64> ownSequences;       // change log rows this session wrote, kept while it watches
    std::function<void(const ChangeSet &)> committed;
    bool watching = false; // the session reads the change log: it must know its own rows
    // Refusals met inside a unit of work, written once the outermost unit has ended (committed
    // or rolled back): a refusal is on the trail even when the unit it stopped is undone.
    QList<AuditEntry> refusals = {};
};

// Writes an audit record with only the fields that changed: field-level before and after (a
// record added or removed keeps all of its fields).
Result<void> recordAudit(ServiceContext &context, AuditEntry entry);

namespace unit {
// The two ends of inUnit(), out of line so that this header needs no store.
Result<void> begin(ServiceContext &context);
// Commits when `succeeded` (writing the change log row when this is the outermost unit, and
// telling the session once it is durable), or rolls back and forgets the unit's changes.
Result<void> finish(ServiceContext &context, bool succeeded, const ChangeSet &before);
// Writes the refusals kept while a unit was open, in a unit of their own.
void writeRefusals(ServiceContext &context);
} // namespace unit

// Runs `body` as one unit of work: inside the store's write lock when it is the outermost
// unit, or as a nested unit of the one already open. Commits when `body` succeeds and rolls
// back (its own part only, when nested) when it fails.
template <typename T, typename Body> Result<T> inUnit(ServiceContext &c, Body body)
{
    const ChangeSet before = c.pending; // implicitly shared: cheap to keep
    if (auto r = unit::begin(c); !r)
        return r.error();
    Result<T> result = body();
    auto finished = unit::finish(c, result.ok(), before);
    if (!c.refusals.isEmpty())
        unit::writeRefusals(c);
    if (!finished && result)
        return finished.error();
    return result;
}

} // namespace fd
