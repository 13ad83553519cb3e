// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookingservice.h"
#include "common/text.h"

#include "access/access.h"
#include "calendar/walltime.h"
#include "clinic/context.h"
#include "contact/phone.h"
#include "domain/json.h"
#include "patients/patientservice.h"
#include "rules.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace fd {
namespace {

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::BookingService)
};

QList<Interval> intervals(const QList<HeldBlock> &held, const QList<qint64> &ignore)
{
    QList<Interval> list;
    for (const HeldBlock &h : held)
        if (!ignore.contains(h.appointmentId))
            list.append(h.block);
    return list;
}

// Where an appointment of `type` would lie at `location` with `clinician` from `startMinute`.
Appointment placed(const ClinicConfig &config, const Location &location, const Clinician &clinician,
                   AppointmentType type, QDate day, int startMinute)
{
    const TypeSettings &settings = config.settings(type);
    Appointment a;
    a.clinicianId = clinician.id;
    a.locationId = location.id;
    a.type = type;
    a.day = day;
    a.startMinute = startMinute;
    a.endMinute = startMinute + settings.minutes;
    a.startUtc = wallToUtc(location.timeZone, day, a.startMinute);
    a.endUtc = wallToUtc(location.timeZone, day, a.endMinute);
    a.blockEndUtc = a.endUtc + 60LL * settings.bufferMinutes;
    a.status = Status::Booked;
    return a;
}

Placement placementOf(const ClinicConfig &config, const Location &location,
                      const Clinician &clinician, const Appointment &a)
{
    const TypeSettings &settings = config.settings(a.type);
    return {&location,     &clinician,       a.serviceId,           a.day,
            a.startMinute, settings.minutes, settings.bufferMinutes};
}

// The last step of the history that no correction has reversed.
const StatusStep *lastStanding(const QList<StatusStep> &steps, const StatusStep *before = nullptr)
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (before && it->id >= before->id)
            continue;
        if (!it->correctedUtc)
            return &*it;
    }
    return nullptr;
}

// Who may move an appointment to `status`, or correct it out of that status.
Permission permissionFor(Status status)
{
    switch (status) {
    case Status::Arrived:
        return Permission::CheckIn;
    case Status::Completed:
    case Status::NoShow:
        return Permission::RecordVisit;
    default:
        return Permission::Book;
    }
}

} // namespace

Result<void> BookingService::authorizeOwnVisit(qint64 appointmentId)
{
    auto config = m_c.store.config();
    if (!config)
        return config.error();
    const Account *account = m_c.accountId ? config->account(*m_c.accountId) : nullptr;
    if (!account || account->role != Role::Clinician)
        return {};
    auto visit = m_c.store.appointment(appointmentId);
    if (!visit)
        return visit.error();
    if (account->clinicianId && visit->clinicianId == *account->clinicianId)
        return {};
    // Everyone's schedule is theirs to read; only their own patients' visits to mark.
    return refuse(m_c,
                  {m_c.clock.nowSecs(),
                   m_c.user,
                   QStringLiteral("refused"),
                   QStringLiteral("appointment"),
                   appointmentId,
                   {},
                   {{QStringLiteral("permission"), QStringLiteral("own-visits-only")},
                    {QStringLiteral("role"), roleCode(account->role)}}},
                  Error{ErrorKind::Forbidden, QStringLiteral("id"),
                        Text::tr("a clinician marks only their own patients' visits; this one "
                                 "is %1's")
                            .arg(visit->clinicianName)});
}

Result<void> BookingService::audit(const QString &action, qint64 appointmentId,
                                   const QJsonObject &before, const QJsonObject &after)
{
    return recordAudit(m_c, {m_c.clock.nowSecs(), m_c.user, action, QStringLiteral("appointment"),
                             appointmentId, before, after});
}

Result<void> BookingService::checkRoom(const ClinicConfig &config, const Appointment &a,
                                       const QList<qint64> &ignore, std::optional<qint64> seenMark,
                                       bool *overCapacity)
{
    const Clinician *clinician = config.clinician(a.clinicianId);
    if (!clinician)
        return invalid(QStringLiteral("clinician"), Text::tr("no longer exists"));
    auto blocks = m_c.store.clinicianBlocks(a.clinicianId, {a.startUtc, a.blockEndUtc});
    if (!blocks)
        return blocks.error();
    auto full =
        rules::checkCapacity(*clinician, {a.startUtc, a.blockEndUtc}, intervals(*blocks, ignore));
    // A manager's booking past capacity goes ahead, and says that it did.
    if (!full && overCapacity) {
        *overCapacity = true;
    } else if (!full) {
        // Taken since the person looked, or full already when they did: the change log says
        // which appointments changed since (read only now, when the slot is found full).
        if (!seenMark)
            return full.error();
        auto since = m_c.store.changesSince(*seenMark);
        if (!since)
            return since.error();
        QSet<qint64> changed;
        for (const ChangeRecord &record : *since)
            changed.unite(
                ChangeSet::fromJson(QJsonDocument::fromJson(record.json).object()).appointmentIds);
        const bool justTaken =
            std::any_of(blocks->cbegin(), blocks->cend(), [&](const HeldBlock &h) {
                return changed.contains(h.appointmentId) &&
                       h.block.overlaps({a.startUtc, a.blockEndUtc});
            });
        if (justTaken)
            return Error{ErrorKind::Conflict, QStringLiteral("start"),
                         Text::tr("slot just taken: %1 was booked at that time a moment ago")
                             .arg(clinician->name)};
        return full.error();
    }
    if (a.patientId > 0) {
        auto visits = m_c.store.patientVisits(a.patientId, {a.startUtc, a.endUtc});
        if (!visits)
            return visits.error();
        if (auto r = rules::checkPatientFree({a.startUtc, a.endUtc}, intervals(*visits, ignore));
            !r)
            return r.error();
    }
    return {};
}

Result<void> BookingService::checkRestorable(const Appointment &a, const QList<qint64> &ignore)
{
    auto config = m_c.store.config();
    if (!config)
        return config.error();
    const Location *location = config->location(a.locationId);
    const Clinician *clinician = config->clinician(a.clinicianId);
    if (!location || !clinician)
        return invalid(QStringLiteral("id"),
                       Text::tr("its location or clinician no longer exists"));
    // Every placement rule but "not in the past": a visit put back is the one that was there.
    if (auto r = rules::checkPlacement(placementOf(*config, *location, *clinician, a),
                                       std::numeric_limits<qint64>::min());
        !r)
        return r;
    return checkRoom(*config, a, ignore, std::nullopt);
}

Result<Appointment> BookingService::book(const BookingRequest &req)
{
    if (auto r = authorize(m_c, Permission::Book); !r)
        return r.error();
    auto overCapacityReason =
        cleanLine(QStringLiteral("over-capacity"), req.overCapacityReason, limits::kReason);
    if (!overCapacityReason)
        return overCapacityReason.error();
    if (!overCapacityReason->isEmpty())
        if (auto r = authorize(m_c, Permission::OverCapacity); !r)
            return r.error();
    // Validate every field before touching anything.
    auto cleanName = cleanLine(QStringLiteral("name"), req.name, limits::kName, true);
    if (!cleanName)
        return cleanName.error();
    const QString name = *cleanName;
    auto reason = cleanLine(QStringLiteral("reason"), req.reason, limits::kReason);
    if (!reason)
        return reason.error();
    auto cleanCarrier =
        cleanLine(QStringLiteral("insurance"), req.insuranceCarrier, limits::kShort);
    if (!cleanCarrier)
        return cleanCarrier.error();
    auto cleanMember = cleanLine(QStringLiteral("member-id"), req.memberId, limits::kShort);
    if (!cleanMember)
        return cleanMember.error();
    auto phone = parsePhone(req.phone);
    if (!phone)
        return phone.error();
    auto email = parseEmail(req.email);
    if (!email)
        return email.error();
    if (!req.day.isValid() || req.startMinute < 0 || req.startMinute >= 24 * 60)
        return invalid(QStringLiteral("start"), Text::tr("is missing or not a valid time"));
    const QString carrier = *cleanCarrier;
    const QString memberId = *cleanMember;
    // Insurance comes with a new patient; a self-pay visit has none, and a follow-up's is
    // already on the patient's record.
    if (req.type != AppointmentType::New && !(carrier.isEmpty() && memberId.isEmpty()))
        return invalid(carrier.isEmpty() ? QStringLiteral("member-id")
                                         : QStringLiteral("insurance"),
                       req.type == AppointmentType::SelfPay
                           ? Text::tr("a self-pay booking takes no insurance")
                           : Text::tr("a follow-up uses the insurance on the patient's record"));
    if (req.type == AppointmentType::New && carrier.isEmpty() != memberId.isEmpty())
        return invalid(carrier.isEmpty() ? QStringLiteral("insurance")
                                         : QStringLiteral("member-id"),
                       Text::tr("give both the insurance carrier and the member id, or neither to "
                                "mark insurance pending"));

    return inUnit<Appointment>(m_c, [&]() -> Result<Appointment> {
        // Everything below is read under the write lock: the setup and the appointments as
        // every desk has committed them, and nobody commits until this unit ends.
        auto config = m_c.store.config();
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
        const qint64 now = m_c.clock.nowSecs();
        Appointment appt =
            placed(*config, **location, **clinician, req.type, req.day, req.startMinute);
        appt.serviceId = serviceId;
        appt.reason = *reason;
        // Past the horizon first: a mistyped year is bad input, whatever else it breaks.
        if (auto r = rules::checkHorizon(**location, appt.day, now, config->bookingHorizonMonths);
            !r)
            return r.error();
        if (auto r =
                rules::checkPlacement(placementOf(*config, **location, **clinician, appt), now);
            !r)
            return r.error();

        // Who the patient is: the same name at the same number is the same person.
        auto samePhone = m_c.store.patientsByPhone(phone->e164);
        if (!samePhone)
            return samePhone.error();
        std::optional<Patient> existing;
        for (const Patient &p : *samePhone)
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                existing = p;
        if (req.type == AppointmentType::FollowUp && !existing)
            return ruleError(
                QStringLiteral("name"),
                Text::tr("a follow-up needs an existing patient; no patient \"%1\" has "
                         "the phone number %2")
                    .arg(name, phone->national));
        if (req.type == AppointmentType::New && existing) {
            // Someone whose only bookings were entered in error has never been seen: still new.
            auto visits = m_c.store.patientAppointmentCount(existing->id);
            if (!visits)
                return visits.error();
            if (*visits > 0)
                return ruleError(
                    QStringLiteral("type"),
                    Text::tr("\"%1\" is already a patient; book a follow-up").arg(name));
        }

        // The clinician's capacity, and the patient's other visits when the patient is known.
        appt.patientId = existing ? existing->id : 0;
        bool wentOver = false;
        if (auto r = checkRoom(*config, appt, {}, req.seenMark,
                               overCapacityReason->isEmpty() ? nullptr : &wentOver);
            !r)
            return r.error();
        if (existing && req.type == AppointmentType::New) {
            Patient after = *existing;
            after.email = email->isEmpty() ? existing->email : *email;
            after.insuranceCarrier = carrier;
            after.memberId = memberId;
            after.insurancePending = carrier.isEmpty();
            after.selfPay = false;
            if (!(after == *existing)) {
                if (auto r = m_c.store.updatePatient(after); !r)
                    return r.error();
                if (auto r = m_c.store.writeAudit({now, m_c.user, QStringLiteral("update-patient"),
                                                   QStringLiteral("patient"), existing->id,
                                                   toJson(*existing), toJson(after)});
                    !r)
                    return r.error();
            }
        } else if (existing) {
            if (req.type == AppointmentType::SelfPay && !existing->selfPay) {
                Patient after = *existing;
                after.selfPay = true;
                if (auto r = m_c.store.updatePatient(after); !r)
                    return r.error();
                if (auto r = m_c.store.writeAudit({now, m_c.user, QStringLiteral("mark-self-pay"),
                                                   QStringLiteral("patient"), existing->id,
                                                   toJson(*existing), toJson(after)});
                    !r)
                    return r.error();
            }
        } else {
            if (!req.confirmedNewPatient) {
                for (const Patient &other : *samePhone)
                    if (similarNames(other.name, name))
                        return ruleError(
                            QStringLiteral("name"),
                            Text::tr("\"%1\" is already a patient at %2 and may be the "
                                     "same person: book them, or confirm that \"%3\" "
                                     "is someone else")
                                .arg(quotable(other.name), phone->national, quotable(name)));
            }
            Patient p;
            p.name = name;
            p.phone = phone->e164;
            p.email = *email;
            p.selfPay = req.type == AppointmentType::SelfPay;
            p.insuranceCarrier = carrier;
            p.memberId = memberId;
            p.insurancePending = req.type == AppointmentType::New && carrier.isEmpty();
            auto id = m_c.store.insertPatient(p, now);
            if (!id)
                return id.error();
            p.id = *id;
            if (auto r = m_c.store.writeAudit({now,
                                               m_c.user,
                                               QStringLiteral("add-patient"),
                                               QStringLiteral("patient"),
                                               p.id,
                                               {},
                                               toJson(p)});
                !r)
                return r.error();
            appt.patientId = p.id;
        }

        auto id = m_c.store.insertAppointment(appt, now);
        if (!id)
            return id.error();
        auto step = m_c.store.addStatusStep(*id, Status::Booked, now, m_c.user);
        if (!step)
            return step.error();
        auto saved = m_c.store.appointment(*id);
        if (!saved)
            return saved.error();
        saved->stepId = *step;
        QJsonObject record = toJson(*saved);
        if (wentOver)
            record.insert(QStringLiteral("over_capacity_reason"), *overCapacityReason);
        if (auto r = audit(QStringLiteral("book"), *id, {}, record); !r)
            return r.error();
        m_c.pending.note(*saved);
        return saved;
    });
}

Result<Appointment> BookingService::reschedule(qint64 appointmentId, const RescheduleRequest &req)
{
    if (auto r = authorize(m_c, Permission::Book); !r)
        return r.error();
    if (!req.day.isValid() || req.startMinute < 0 || req.startMinute >= 24 * 60)
        return invalid(QStringLiteral("start"), Text::tr("is missing or not a valid time"));
    return inUnit<Appointment>(m_c, [&]() -> Result<Appointment> {
        auto old = m_c.store.appointment(appointmentId);
        if (!old)
            return old.error();
        if (old->status != Status::Booked && old->status != Status::Confirmed)
            return ruleError(QStringLiteral("status"),
                             Text::tr("only a booked or confirmed appointment can be rescheduled; "
                                      "this one is %1")
                                 .arg(statusCode(old->status)));
        auto config = m_c.store.config();
        if (!config)
            return config.error();
        auto location = config->resolveLocation(
            req.location.trimmed().isEmpty() ? QString::number(old->locationId) : req.location);
        if (!location)
            return location.error();
        auto clinician = config->resolveClinician(
            req.clinician.trimmed().isEmpty() ? QString::number(old->clinicianId) : req.clinician);
        if (!clinician)
            return clinician.error();
        const qint64 now = m_c.clock.nowSecs();
        Appointment moved =
            placed(*config, **location, **clinician, old->type, req.day, req.startMinute);
        moved.patientId = old->patientId;
        moved.serviceId = old->serviceId;
        moved.reason = old->reason;
        moved.rescheduledFrom = old->id;
        if (moved.day == old->day && moved.startMinute == old->startMinute &&
            moved.locationId == old->locationId && moved.clinicianId == old->clinicianId)
            return invalid(QStringLiteral("start"),
                           Text::tr("is where the appointment already is"));
        // Past the horizon first: a mistyped year is bad input, whatever else it breaks.
        if (auto r = rules::checkHorizon(**location, moved.day, now, config->bookingHorizonMonths);
            !r)
            return r.error();
        if (auto r =
                rules::checkPlacement(placementOf(*config, **location, **clinician, moved), now);
            !r)
            return r.error();
        // The old slot is this patient's own: moving within it is allowed.
        if (auto r = checkRoom(*config, moved, {old->id}, req.seenMark); !r)
            return r.error();

        auto id = m_c.store.insertAppointment(moved, now);
        if (!id)
            return id.error();
        auto step = m_c.store.addStatusStep(*id, Status::Booked, now, m_c.user);
        if (!step)
            return step.error();
        Appointment freed = *old;
        freed.status = Status::Rescheduled;
        freed.rescheduledTo = *id;
        if (auto r = m_c.store.updateAppointment(freed); !r)
            return r.error();
        if (auto r = m_c.store.addStatusStep(old->id, Status::Rescheduled, now, m_c.user); !r)
            return r.error();
        auto saved = m_c.store.appointment(*id);
        if (!saved)
            return saved.error();
        saved->stepId = *step;
        if (auto r = audit(QStringLiteral("reschedule"), old->id, toJson(*old), toJson(*saved)); !r)
            return r.error();
        m_c.pending.note(*old);
        m_c.pending.note(*saved);
        return saved;
    });
}

Result<Appointment> BookingService::cancel(qint64 appointmentId, const QString &reason)
{
    if (auto r = authorize(m_c, Permission::Book); !r)
        return r.error();
    auto why = cleanLine(QStringLiteral("reason"), reason, limits::kReason);
    if (!why)
        return why.error();
    return transition(appointmentId, Status::Cancelled, *why);
}

Result<Appointment> BookingService::setStatus(qint64 appointmentId, Status to)
{
    if (auto r = authorize(m_c, permissionFor(to)); !r)
        return r.error();
    if (auto r = authorizeOwnVisit(appointmentId); !r)
        return r.error();
    if (to == Status::Cancelled)
        return cancel(appointmentId);
    if (to == Status::Booked)
        return invalid(QStringLiteral("to"),
                       Text::tr("an appointment cannot be moved back to booked; correct the step "
                                "entered in error instead"));
    if (to == Status::Rescheduled || to == Status::Voided)
        return invalid(QStringLiteral("to"), Text::tr("use reschedule or correct for this"));
    return transition(appointmentId, to, {});
}

Result<Appointment> BookingService::transition(qint64 appointmentId, Status to,
                                               const QString &reason)
{
    return inUnit<Appointment>(m_c, [&]() -> Result<Appointment> {
        auto current = m_c.store.appointment(appointmentId);
        if (!current)
            return current.error();
        if (auto r = rules::checkTransition(current->status, to); !r)
            return r.error();
        const qint64 now = m_c.clock.nowSecs();
        if (to == Status::NoShow && now < current->startUtc)
            return ruleError(QStringLiteral("status"),
                             Text::tr("a patient can be marked no-show only after the start time"));
        if (to == Status::Arrived || to == Status::Completed) {
            auto config = m_c.store.config();
            if (!config)
                return config.error();
            const Location *location = config->location(current->locationId);
            const QDate today =
                location ? localDate(location->timeZone, m_c.clock.now()) : current->day;
            if (today != current->day)
                return ruleError(
                    QStringLiteral("status"),
                    Text::tr("a patient can be marked %1 only on the day of the visit, %2")
                        .arg(statusLabel(to).toLower(), current->day.toString(Qt::ISODate)));
        }

        Appointment after = *current;
        after.status = to;
        if (to == Status::Cancelled) {
            after.lateCancel = rules::isLateCancellation(current->startUtc, now);
            after.cancelReason = !reason.isEmpty()  ? reason
                                 : after.lateCancel ? QStringLiteral("late")
                                                    : QStringLiteral("patient request");
        }
        if (auto r = m_c.store.updateAppointment(after); !r)
            return r.error();
        // A clock set back (by hand, or by a time server's correction) must not record a step
        // before the one it follows: the history reads in the order things happened.
        auto steps = m_c.store.statusSteps(appointmentId);
        if (!steps)
            return steps.error();
        const qint64 at = steps->isEmpty() ? now : std::max(now, steps->last().atUtc);
        auto step = m_c.store.addStatusStep(appointmentId, to, at, m_c.user);
        if (!step)
            return step.error();
        after.stepId = *step;
        const QString action =
            to == Status::Cancelled ? QStringLiteral("cancel") : QStringLiteral("status");
        if (auto r = audit(action, appointmentId, toJson(*current), toJson(after)); !r)
            return r.error();
        m_c.pending.note(after);
        return after;
    });
}

Result<BookingService::RecordedCall> BookingService::recordCall(qint64 appointmentId,
                                                                CallOutcome outcome)
{
    if (auto r = authorize(m_c, Permission::Book); !r)
        return r.error();
    return inUnit<RecordedCall>(m_c, [&]() -> Result<RecordedCall> {
        auto current = m_c.store.appointment(appointmentId);
        if (!current)
            return current.error();
        if (current->status != Status::Booked && current->status != Status::Confirmed)
            return ruleError(
                QStringLiteral("status"),
                Text::tr("only a booked or confirmed visit is confirmed by phone; this "
                         "one is %1")
                    .arg(statusLabel(current->status).toLower()));
        Appointment after = *current;
        after.stepId = 0;
        if (outcome == CallOutcome::Confirmed && current->status == Status::Booked) {
            auto confirmed = transition(appointmentId, Status::Confirmed, {});
            if (!confirmed)
                return confirmed.error();
            after = *confirmed;
        }
        const qint64 now = m_c.clock.nowSecs();
        auto id = m_c.store.insertConfirmationCall({0, appointmentId, outcome, now, m_c.user});
        if (!id)
            return id.error();
        QJsonObject call{{QStringLiteral("call"), *id},
                         {QStringLiteral("outcome"), callOutcomeCode(outcome)}};
        if (auto r = audit(QStringLiteral("confirmation-call"), appointmentId, {}, call); !r)
            return r.error();
        m_c.pending.note(after);
        return RecordedCall{after, *id};
    });
}

Result<Appointment> BookingService::withdrawCall(qint64 callId,
                                                 std::optional<qint64> confirmationStep)
{
    if (auto r = authorize(m_c, Permission::Book); !r)
        return r.error();
    return inUnit<Appointment>(m_c, [&]() -> Result<Appointment> {
        auto call = m_c.store.confirmationCall(callId);
        if (!call)
            return call.error();
        if (!*call)
            return Error{ErrorKind::NotFound, QStringLiteral("call"),
                         Text::tr("no call %1 to withdraw").arg(callId)};
        const qint64 appointmentId = (*call)->appointmentId;
        if (confirmationStep) {
            // Only the confirmation this call made: a call that confirmed, and a step that is
            // a confirmation of this appointment.
            auto steps = m_c.store.statusSteps(appointmentId);
            if (!steps)
                return steps.error();
            const bool isConfirmation =
                std::any_of(steps->cbegin(), steps->cend(), [&](const StatusStep &s) {
                    return s.id == *confirmationStep && s.status == Status::Confirmed;
                });
            if ((*call)->outcome != CallOutcome::Confirmed || !isConfirmation)
                return invalid(QStringLiteral("step"),
                               Text::tr("step %1 is not the confirmation call %2 made")
                                   .arg(*confirmationStep)
                                   .arg(callId));
        }
        Result<Appointment> now =
            confirmationStep ? correct(appointmentId, QStringLiteral("confirmation call withdrawn"),
                                       confirmationStep)
                             : m_c.store.appointment(appointmentId);
        if (!now)
            return now.error();
        if (auto r = m_c.store.withdrawConfirmationCall(callId, m_c.clock.nowSecs()); !r)
            return r.error();
        QJsonObject before{{QStringLiteral("call"), callId},
                           {QStringLiteral("outcome"), callOutcomeCode((*call)->outcome)}};
        if (auto r = audit(QStringLiteral("withdraw-confirmation-call"), appointmentId, before, {});
            !r)
            return r.error();
        m_c.pending.note(*now);
        return now;
    });
}

Result<Appointment> BookingService::correct(qint64 appointmentId, const QString &reason,
                                            std::optional<qint64> expectedStep)
{
    auto cleanWhy = cleanLine(QStringLiteral("reason"), reason, limits::kReason);
    if (!cleanWhy)
        return cleanWhy.error();
    const QString why = *cleanWhy;
    if (why.isEmpty())
        return invalid(QStringLiteral("reason"),
                       Text::tr("say why the change was entered in error"));
    // Reversing a step takes the right to make it: a clinician corrects a visit marked done.
    if (auto r = authorize(m_c, Permission::Read); !r)
        return r.error();
    auto shown = m_c.store.appointment(appointmentId);
    if (!shown)
        return shown.error();
    if (auto r = authorize(m_c, permissionFor(shown->status)); !r)
        return r.error();
    if (auto r = authorizeOwnVisit(appointmentId); !r)
        return r.error();
    return inUnit<Appointment>(m_c, [&]() -> Result<Appointment> {
        auto current = m_c.store.appointment(appointmentId);
        if (!current)
            return current.error();
        if (current->status == Status::Voided)
            return ruleError(
                QStringLiteral("id"),
                Text::tr("appointment %1 is already marked entered in error").arg(appointmentId));
        auto steps = m_c.store.statusSteps(appointmentId);
        if (!steps)
            return steps.error();
        const StatusStep *last = lastStanding(*steps);
        if (expectedStep && (!last || last->id != *expectedStep))
            return Error{ErrorKind::Conflict, QStringLiteral("id"),
                         Text::tr("appointment %1 has changed since; look at it again before "
                                  "correcting it")
                             .arg(appointmentId)};
        // A reschedule is one change across two rows: correcting either row reverses it.
        if (current->status == Status::Rescheduled && current->rescheduledTo) {
            auto newRow = m_c.store.appointment(*current->rescheduledTo);
            if (!newRow)
                return newRow.error();
            return reverseReschedule(*current, *newRow, why);
        }
        if (!last)
            return ruleError(QStringLiteral("id"), Text::tr("nothing left to correct"));
        const qint64 now = m_c.clock.nowSecs();
        if (last->status == Status::Booked && current->rescheduledFrom) {
            auto oldRow = m_c.store.appointment(*current->rescheduledFrom);
            if (!oldRow)
                return oldRow.error();
            return reverseReschedule(*oldRow, *current, why);
        }

        Appointment after = *current;
        if (last->status == Status::Booked) {
            // The booking itself was the mistake.
            after.status = Status::Voided;
        } else {
            const StatusStep *previous = lastStanding(*steps, last);
            if (!previous)
                return ruleError(QStringLiteral("id"), Text::tr("nothing left to correct"));
            after.status = previous->status;
            after.cancelReason.clear();
            after.lateCancel = false;
            // A cancelled or no-show visit takes its slot back: only if the clinic is still
            // open then, the clinician still there, and the slot still free.
            if (!holdsSlot(current->status)) {
                if (auto r = checkRestorable(after, {after.id}); !r)
                    return Error{
                        r.error().kind, r.error().field,
                        Text::tr("cannot restore the appointment: %1").arg(r.error().message)};
            }
        }
        if (auto r = m_c.store.markStepCorrected(last->id, now); !r)
            return r.error();
        if (auto r = m_c.store.updateAppointment(after); !r)
            return r.error();
        QJsonObject record = toJson(after);
        record.insert(QStringLiteral("corrected_step"), statusCode(last->status));
        record.insert(QStringLiteral("correction_reason"), why);
        if (auto r = audit(QStringLiteral("correct"), appointmentId, toJson(*current), record); !r)
            return r.error();
        m_c.pending.note(after);
        return after;
    });
}

Result<Appointment> BookingService::reverseReschedule(const Appointment &oldRow,
                                                      const Appointment &newRow,
                                                      const QString &reason)
{
    if (newRow.status != Status::Booked && newRow.status != Status::Confirmed)
        return ruleError(
            QStringLiteral("id"),
            Text::tr("the rescheduled appointment %1 is already %2; correct that first")
                .arg(newRow.id)
                .arg(statusCode(newRow.status)));
    auto oldSteps = m_c.store.statusSteps(oldRow.id);
    auto newSteps = m_c.store.statusSteps(newRow.id);
    if (!oldSteps)
        return oldSteps.error();
    if (!newSteps)
        return newSteps.error();
    const StatusStep *moved = lastStanding(*oldSteps);
    const StatusStep *before = moved ? lastStanding(*oldSteps, moved) : nullptr;
    if (!moved || moved->status != Status::Rescheduled || !before)
        return ruleError(QStringLiteral("id"), Text::tr("nothing left to correct"));
    const qint64 now = m_c.clock.nowSecs();

    Appointment voided = newRow;
    voided.status = Status::Voided;
    if (auto r = m_c.store.updateAppointment(voided); !r)
        return r.error();
    for (const StatusStep &s : *newSteps)
        if (!s.correctedUtc)
            if (auto r = m_c.store.markStepCorrected(s.id, now); !r)
                return r.error();

    Appointment restored = oldRow;
    restored.status = before->status;
    restored.rescheduledTo.reset();
    if (auto r = checkRestorable(restored, {restored.id, voided.id}); !r)
        return Error{r.error().kind, r.error().field,
                     Text::tr("cannot move the appointment back: %1").arg(r.error().message)};
    if (auto r = m_c.store.markStepCorrected(moved->id, now); !r)
        return r.error();
    if (auto r = m_c.store.updateAppointment(restored); !r)
        return r.error();
    QJsonObject record = toJson(restored);
    record.insert(QStringLiteral("corrected_step"), QStringLiteral("rescheduled"));
    record.insert(QStringLiteral("voided_id"), voided.id);
    record.insert(QStringLiteral("correction_reason"), reason);
    if (auto r = audit(QStringLiteral("correct"), restored.id, toJson(oldRow), record); !r)
        return r.error();
    m_c.pending.note(voided);
    m_c.pending.note(restored);
    return restored;
}

} // namespace fd
