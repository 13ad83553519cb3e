// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "context.h"

#include "store/store.h"

#include <QJsonDocument>

namespace fd {

Result<void> recordAudit(ServiceContext &c, AuditEntry entry)
{
    keepChangedFields(entry.before, entry.after);
    return c.store.writeAudit(entry);
}

} // namespace fd

namespace fd::unit {

Result<void> begin(ServiceContext &c)
{
    return c.store.beginUnit();
}

void writeRefusals(ServiceContext &c)
{
    if (c.store.unitDepth() > 0 || !c.store.beginUnit())
        return;
    bool written = true;
    for (const AuditEntry &entry : std::as_const(c.refusals))
        written = written && c.store.writeAudit(entry).ok();
    c.refusals.clear();
    if (!written || !c.store.commitUnit())
        c.store.rollbackUnit();
}

Result<void> finish(ServiceContext &c, bool succeeded, const ChangeSet &before)
{
    if (succeeded && c.store.unitDepth() == 1 && !c.pending.isEmpty()) {
        const QByteArray json = QJsonDocument(c.pending.toJson()).toJson(QJsonDocument::Compact);
        auto sequence = c.store.appendChange(c.clock.nowSecs(), json);
        if (!sequence) {
            c.store.rollbackUnit();
            c.pending = before;
            return sequence.error();
        }
        if (auto r = c.store.commitUnit(); !r) {
            // Not committed: the sequence number will be another desk's.
            c.pending = before;
            return r;
        }
        // Only a session that reads the change log needs to know which rows are its own.
        if (c.watching)
            c.ownSequences.insert(*sequence);
        const ChangeSet done = std::exchange(c.pending, {});
        if (c.committed)
            c.committed(done);
        return {};
    }
    if (!succeeded) {
        c.store.rollbackUnit();
        c.pending = before;
        return {};
    }
    if (auto r = c.store.commitUnit(); !r) {
        c.pending = before;
        return r;
    }
    if (c.store.unitDepth() == 0 && !c.pending.isEmpty()) {
        const ChangeSet done = std::exchange(c.pending, {});
        if (c.committed)
            c.committed(done);
    }
    return {};
}

} // namespace fd::unit
