// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "types.h"

#include <QCoreApplication>

#include <array>

namespace fd {
namespace {
struct TypeName
{
    AppointmentType type;
    const char *code;
};
constexpr std::array kTypes{TypeName{AppointmentType::New, "new"},
                            TypeName{AppointmentType::FollowUp, "follow-up"},
                            TypeName{AppointmentType::SelfPay, "self-pay"}};

struct StatusName
{
    Status status;
    const char *code;
};
constexpr std::array kStatuses{
    StatusName{Status::Booked, "booked"},           StatusName{Status::Confirmed, "confirmed"},
    StatusName{Status::Arrived, "arrived"},         StatusName{Status::Completed, "completed"},
    StatusName{Status::Cancelled, "cancelled"},     StatusName{Status::NoShow, "no-show"},
    StatusName{Status::Rescheduled, "rescheduled"}, StatusName{Status::Voided, "voided"}};
} // namespace

QString typeCode(AppointmentType type)
{
    for (const auto &t : kTypes)
        if (t.type == type)
            return QString::fromLatin1(t.code);
    return {};
}

std::optional<AppointmentType> parseTypeCode(QStringView code)
{
    for (const auto &t : kTypes)
        if (code.compare(QLatin1StringView(t.code), Qt::CaseInsensitive) == 0)
            return t.type;
    return std::nullopt;
}

QString typeLabel(AppointmentType type)
{
    switch (type) {
    case AppointmentType::New:
        return QCoreApplication::translate("fd::Types", "New");
    case AppointmentType::FollowUp:
        return QCoreApplication::translate("fd::Types", "Follow-up");
    case AppointmentType::SelfPay:
        return QCoreApplication::translate("fd::Types", "Self-pay");
    }
    return {};
}

QString statusCode(Status status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.code);
    return {};
}

std::optional<Status> parseStatusCode(QStringView code)
{
    for (const auto &s : kStatuses)
        if (code.compare(QLatin1StringView(s.code), Qt::CaseInsensitive) == 0)
            return s.status;
    return std::nullopt;
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Booked:
        return QCoreApplication::translate("fd::Types", "Booked");
    case Status::Confirmed:
        return QCoreApplication::translate("fd::Types", "Confirmed");
    case Status::Arrived:
        return QCoreApplication::translate("fd::Types", "Arrived");
    case Status::Completed:
        return QCoreApplication::translate("fd::Types", "Completed");
    case Status::Cancelled:
        return QCoreApplication::translate("fd::Types", "Cancelled");
    case Status::NoShow:
        return QCoreApplication::translate("fd::Types", "No-show");
    case Status::Rescheduled:
        return QCoreApplication::translate("fd::Types", "Rescheduled");
    case Status::Voided:
        return QCoreApplication::translate("fd::Types", "Entered in error");
    }
    return {};
}

namespace {
struct OutcomeCode
{
    CallOutcome outcome;
    const char *code;
};
constexpr OutcomeCode kOutcomes[] = {{CallOutcome::Confirmed, "confirmed"},
                                     {CallOutcome::LeftMessage, "left-message"},
                                     {CallOutcome::Unreachable, "unreachable"}};
} // namespace

QString callOutcomeCode(CallOutcome outcome)
{
    for (const auto &o : kOutcomes)
        if (o.outcome == outcome)
            return QString::fromLatin1(o.code);
    return {};
}

std::optional<CallOutcome> parseCallOutcomeCode(QStringView code)
{
    for (const auto &o : kOutcomes)
        if (code.compare(QLatin1StringView(o.code), Qt::CaseInsensitive) == 0)
            return o.outcome;
    return std::nullopt;
}

QString callOutcomeLabel(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Confirmed:
        return QCoreApplication::translate("fd::Types", "Confirmed");
    case CallOutcome::LeftMessage:
        return QCoreApplication::translate("fd::Types", "Left message");
    case CallOutcome::Unreachable:
        return QCoreApplication::translate("fd::Types", "Unreachable");
    }
    return {};
}

} // namespace fd
