#include "scheduleservice.h"

#include "store/appointmentstore.h"
#include "store/configstore.h"

namespace fd {

Result<ClinicConfig> ScheduleService::config()
{
    return ConfigStore(m_db).load();
}

Result<QList<Appointment>> ScheduleService::appointments(const Query &query)
{
    return AppointmentStore(m_db).appointments(
        {query.from, query.to, query.locationId, query.clinicianId, false});
}

Result<Appointment> ScheduleService::appointment(qint64 id)
{
    return AppointmentStore(m_db).appointment(id);
}

} // namespace fd
