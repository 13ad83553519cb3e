#pragma once

#include "common/result.h"
#include "domain/types.h"

namespace fd {

class Database;

// Finds patients while the receptionist types: a fragment of the name ("joh", "ann lee") or
// a few digits of the phone number ("0123"), anywhere in the name or number.
class PatientSearch
{
public:
    explicit PatientSearch(Database &db) : m_db(db) {}

    // Matches in name order; at most `limit` of them.
    Result<QList<Patient>> search(const QString &text, int limit = 20);

private:
    Database &m_db;
};

} // namespace fd
