#pragma once

#include "common/result.h"
#include "domain/clinicconfig.h"

namespace fd {

class Database;

// The read side of the appointment book: the clinic's setup and the appointments of a day or
// a range of days, for the day view, the day sheet and the command line.
class ScheduleService
{
public:
    explicit ScheduleService(Database &db) : m_db(db) {}

    Result<ClinicConfig> config();

    struct Query
    {
        QDate from;
        QDate to; // inclusive
        std::optional<qint64> locationId;
        std::optional<qint64> clinicianId;
    };
    Result<QList<Appointment>> appointments(const Query &query);
    Result<Appointment> appointment(qint64 id);

private:
    Database &m_db;
};

} // namespace fd
