#pragma once

#include "changes.h"
#include "common/clock.h"
#include "store/store.h"

#include <QJsonDocument>

#include <functional>

namespace fd {

// What the session's services share: the store, the clock, who is acting, and what the open
// unit of work has changed so far. The session owns it; services keep a reference.
struct ServiceContext
{
    Store &store;
    const Clock &clock;
    QString user;
    ChangeSet pending;         // changes of the open unit, emitted once it commits
    QSet<qint64> ownSequences; // change log rows this session wrote itself
    std::function<void(const ChangeSet &)> committed;
};

// Runs `body` as one unit of work: inside the store's write lock when it is the outermost
// unit, or as a nested unit of the one already open. Commits when `body` succeeds and rolls
// back (its own part only, when nested) when it fails. The outermost commit writes the unit's
// change log row with the data, and tells the session what changed once it is durable.
template <typename T, typename Body> Result<T> inUnit(ServiceContext &c, Body body)
{
    const ChangeSet before = c.pending; // implicitly shared: cheap to keep
    if (auto r = c.store.beginUnit(); !r)
        return r.error();
    Result<T> result = body();
    if (result && c.store.unitDepth() == 1 && !c.pending.isEmpty()) {
        const QByteArray json = QJsonDocument(c.pending.toJson()).toJson(QJsonDocument::Compact);
        if (auto sequence = c.store.appendChange(c.clock.nowSecs(), json); sequence)
            c.ownSequences.insert(*sequence);
        else
            result = sequence.error();
    }
    if (!result) {
        c.store.rollbackUnit();
        c.pending = before;
        return result;
    }
    if (auto r = c.store.commitUnit(); !r) {
        c.pending = before;
        return r.error();
    }
    if (c.store.unitDepth() == 0 && !c.pending.isEmpty()) {
        const ChangeSet done = std::exchange(c.pending, {});
        if (c.committed)
            c.committed(done);
    }
    return result;
}

} // namespace fd
