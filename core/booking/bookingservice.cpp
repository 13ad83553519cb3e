#include "bookingservice.h"

#include "calendar/walltime.h"
#include "contact/phone.h"
#include "domain/json.h"
#include "rules.h"
#include "store/appointmentstore.h"
#include "store/audit.h"
#include "store/configstore.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fd::BookingService", text);
}

} // namespace

Result<std::pair<QDate, int>> parseWallTime(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$)"));
    const auto match = pattern.match(text.trimmed());
    const QDate day =
        match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    const int hour = match.captured(2).toInt();
    const int minute = match.captured(3).toInt();
    if (!day.isValid() || hour > 23 || minute > 59)
        return invalid(
            field, QCoreApplication::translate(
                       "fd::BookingService", "\"%1\" is not a date and time like 2026-03-09T07:00")
                       .arg(text));
    return std::pair{day, hour * 60 + minute};
}

BookingService::BookingService(Database &db, const Clock &clock, QString user)
    : m_db(db), m_clock(clock), m_user(user.isEmpty() ? currentUserName() : std::move(user))
{}

Result<Appointment> BookingService::book(const BookingRequest &req)
{
    // Validate every field before touching anything.
    const QString name = req.name.simplified();
    if (name.isEmpty())
        return invalid(QStringLiteral("name"), tr("is empty"));
    auto phone = parsePhone(req.phone);
    if (!phone)
        return phone.error();
    auto email = parseEmail(req.email);
    if (!email)
        return email.error();
    if (!req.day.isValid() || req.startMinute < 0 || req.startMinute >= 24 * 60)
        return invalid(QStringLiteral("start"), tr("is missing or not a valid time"));
    const QString carrier = req.insuranceCarrier.simplified();
    const QString memberId = req.memberId.simplified();
    if (req.type == AppointmentType::New && carrier.isEmpty() != memberId.isEmpty())
        return invalid(carrier.isEmpty() ? QStringLiteral("insurance")
                                         : QStringLiteral("member-id"),
                       tr("give both the insurance carrier and the member id, or neither to "
                          "mark insurance pending"));

    auto config = ConfigStore(m_db).load();
    if (!config)
        return config.error();
    auto location = config->resolveLocation(req.location);
    if (!location)
        return location.error();
    auto clinician = config->resolveClinician(req.clinician);
    if (!clinician)
        return clinician.error();
    std::optional<qint64> serviceId;
    if (!req.service.trimmed().isEmpty()) {
        auto service = config->resolveService(req.service);
        if (!service)
            return service.error();
        serviceId = (*service)->id;
    }

    const TypeSettings &settings = config->settings(req.type);
    const Placement placement{*location,
                              *clinician,
                              serviceId,
                              req.day,
                              req.startMinute,
                              settings.minutes,
                              settings.bufferMinutes};
    const qint64 now = m_clock.nowSecs();
    if (auto r = rules::checkPlacement(placement, now); !r)
        return r.error();

    const Location &loc = **location;
    Appointment appt;
    appt.clinicianId = (*clinician)->id;
    appt.locationId = loc.id;
    appt.serviceId = serviceId;
    appt.type = req.type;
    appt.reason = req.reason.simplified();
    appt.day = req.day;
    appt.startMinute = req.startMinute;
    appt.endMinute = req.startMinute + settings.minutes;
    appt.startUtc = wallToUtc(loc.timeZone, req.day, appt.startMinute);
    appt.endUtc = wallToUtc(loc.timeZone, req.day, appt.endMinute);
    appt.blockEndUtc = appt.endUtc + 60LL * settings.bufferMinutes;
    appt.status = Status::Booked;

    return inWriteTransaction<Appointment>(m_db, [&]() -> Result<Appointment> {
        AppointmentStore store(m_db);
        // Under the write lock: what another desk committed a moment ago is visible now.
        auto blocks = store.clinicianBlocks(appt.clinicianId, {appt.startUtc, appt.blockEndUtc});
        if (!blocks)
            return blocks.error();
        if (auto r = rules::checkCapacity(**clinician, {appt.startUtc, appt.blockEndUtc}, *blocks);
            !r)
            return r.error();

        // Who the patient is: the same name at the same number is the same person.
        auto samePhone = store.patientsByPhone(phone->e164);
        if (!samePhone)
            return samePhone.error();
        std::optional<Patient> existing;
        for (const Patient &p : *samePhone)
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                existing = p;
        if (req.type == AppointmentType::FollowUp && !existing)
            return ruleError(QStringLiteral("name"),
                             tr("a follow-up needs an existing patient; no patient \"%1\" has "
                                "the phone number %2")
                                 .arg(name, phone->national));
        if (req.type == AppointmentType::New && existing)
            return ruleError(QStringLiteral("type"),
                             tr("\"%1\" is already a patient; book a follow-up").arg(name));

        if (existing) {
            auto visits = store.patientVisits(existing->id, {appt.startUtc, appt.endUtc});
            if (!visits)
                return visits.error();
            if (auto r = rules::checkPatientFree({appt.startUtc, appt.endUtc}, *visits); !r)
                return r.error();
            appt.patientId = existing->id;
            if (req.type == AppointmentType::SelfPay && !existing->selfPay) {
                Patient after = *existing;
                after.selfPay = true;
                QSqlQuery q =
                    m_db.prepare(QStringLiteral("UPDATE patients SET self_pay = 1 WHERE id = ?"));
                q.addBindValue(existing->id);
                if (auto r = exec(q); !r)
                    return r.error();
                if (auto r = writeAudit(m_db, {now, m_user, QStringLiteral("mark-self-pay"),
                                               QStringLiteral("patient"), existing->id,
                                               toJson(*existing), toJson(after)});
                    !r)
                    return r.error();
            }
        } else {
            Patient p;
            p.name = name;
            p.phone = phone->e164;
            p.email = *email;
            p.selfPay = req.type == AppointmentType::SelfPay;
            p.insuranceCarrier = carrier;
            p.memberId = memberId;
            p.insurancePending = req.type == AppointmentType::New && carrier.isEmpty();
            if (auto id = store.registerPatient(p, now, m_user); !id)
                return id.error();
            appt.patientId = p.id;
        }

        auto id = store.insertAppointment(appt, now);
        if (!id)
            return id.error();
        if (auto r = store.addStatusHistory(*id, Status::Booked, now, m_user); !r)
            return r.error();
        auto saved = store.appointment(*id);
        if (!saved)
            return saved.error();
        if (auto r = writeAudit(m_db, {now,
                                       m_user,
                                       QStringLiteral("book"),
                                       QStringLiteral("appointment"),
                                       *id,
                                       {},
                                       toJson(*saved)});
            !r)
            return r.error();
        return saved;
    });
}

Result<Appointment> BookingService::cancel(qint64 appointmentId, const QString &reason)
{
    return transition(appointmentId, Status::Cancelled, reason.simplified());
}

Result<Appointment> BookingService::setStatus(qint64 appointmentId, Status to)
{
    if (to == Status::Cancelled)
        return cancel(appointmentId);
    if (to == Status::Booked)
        return invalid(QStringLiteral("to"), tr("an appointment cannot be moved back to booked"));
    return transition(appointmentId, to, {});
}

Result<Appointment> BookingService::transition(qint64 appointmentId, Status to,
                                               const QString &reason)
{
    return inWriteTransaction<Appointment>(m_db, [&]() -> Result<Appointment> {
        AppointmentStore store(m_db);
        auto current = store.appointment(appointmentId);
        if (!current)
            return current.error();
        if (auto r = rules::checkTransition(current->status, to); !r)
            return r.error();
        const qint64 now = m_clock.nowSecs();
        if (to == Status::NoShow && now < current->startUtc)
            return ruleError(QStringLiteral("status"),
                             tr("a patient can be marked no-show only after the start time"));

        Appointment after = *current;
        after.status = to;
        if (to == Status::Cancelled) {
            after.lateCancel = rules::isLateCancellation(current->startUtc, now);
            after.cancelReason = !reason.isEmpty()  ? reason
                                 : after.lateCancel ? QStringLiteral("late")
                                                    : QStringLiteral("patient request");
        }
        if (auto r = store.updateStatus(after); !r)
            return r.error();
        if (auto r = store.addStatusHistory(appointmentId, to, now, m_user); !r)
            return r.error();
        const QString action =
            to == Status::Cancelled ? QStringLiteral("cancel") : QStringLiteral("status");
        if (auto r = writeAudit(m_db, {now, m_user, action, QStringLiteral("appointment"),
                                       appointmentId, toJson(*current), toJson(after)});
            !r)
            return r.error();
        return after;
    });
}

} // namespace fd
