#pragma once

#include "database.h"

namespace fd {

// Runs `body` inside one write transaction of `db`: commit when it succeeds, roll back on any
// error, so a change and its audit record land together or not at all.
template <typename T, typename Body> Result<T> inWriteTransaction(Database &db, Body body)
{
    if (auto r = db.beginWrite(); !r)
        return r.error();
    Result<T> result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (auto r = db.commit(); !r)
        return r.error();
    return result;
}

} // namespace fd
