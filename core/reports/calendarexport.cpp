// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "calendarexport.h"

#include "calendar/walltime.h"
#include "contact/phone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace fd {
namespace {

// The context lupdate files this file's words under (a free Text::tr() would be filed under the
// namespace, where the program would not look for them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fd::Calendar)
};

// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11).
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.remove(QLatin1Char('\r'));
    return text;
}

// A content line, folded at 75 octets without splitting a UTF-8 character (3.1).
void writeLine(QByteArray &out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
            --cut; // not inside a character
        out.append(utf8.mid(start, cut - start)).append("\r\n ");
        start = cut;
        limit = 74; // the leading space counts
    }
    out.append(utf8.mid(start)).append("\r\n");
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString localStamp(QDate day, int minute)
{
    // Seconds always 00: appointments sit on whole minutes.
    return day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
           QStringLiteral("%1%2")
               .arg(minute / 60, 2, 10, QLatin1Char('0'))
               .arg(minute % 60, 2, 10, QLatin1Char('0')) +
           QStringLiteral("00");
}

// The zone's real transitions over the years the events span, one observance each.
void writeTimeZone(QByteArray &out, const QString &zoneId, int firstYear, int lastYear)
{
    const QTimeZone zone(zoneId.toUtf8());
    writeLine(out, QStringLiteral("BEGIN:VTIMEZONE"));
    writeLine(out, QStringLiteral("TZID:") + zoneId);
    const QDateTime from(QDate(firstYear - 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(lastYear + 1, 12, 31), QTime(0, 0), QTimeZone::utc());
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    if (transitions.isEmpty()) {
        // No change in the span: one standard observance.
        const int offset = zone.offsetFromUtc(from);
        writeLine(out, QStringLiteral("BEGIN:STANDARD"));
        writeLine(out, QStringLiteral("DTSTART:19700101T000000"));
        writeLine(out, QStringLiteral("TZOFFSETFROM:") + offsetText(offset));
        writeLine(out, QStringLiteral("TZOFFSETTO:") + offsetText(offset));
        writeLine(out, QStringLiteral("END:STANDARD"));
    }
    for (const QTimeZone::OffsetData &t : transitions) {
        const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
        const bool daylight = t.daylightTimeOffset != 0;
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        // DTSTART is the local time the change happens at, on the clock before it.
        const QDateTime local = t.atUtc.addSecs(before);
        writeLine(out, QStringLiteral("BEGIN:") + kind);
        writeLine(out,
                  QStringLiteral("DTSTART:") +
                      localStamp(local.date(), local.time().hour() * 60 + local.time().minute()));
        writeLine(out, QStringLiteral("TZOFFSETFROM:") + offsetText(before));
        writeLine(out, QStringLiteral("TZOFFSETTO:") + offsetText(t.offsetFromUtc));
        if (!t.abbreviation.isEmpty())
            writeLine(out, QStringLiteral("TZNAME:") + escaped(t.abbreviation));
        writeLine(out, QStringLiteral("END:") + kind);
    }
    writeLine(out, QStringLiteral("END:VTIMEZONE"));
}

} // namespace

Result<qint64> writeICalendar(const QList<Appointment> &appointments, const ClinicConfig &config,
                              const CalendarOptions &options, QIODevice &out)
{
    QByteArray text;
    writeLine(text, QStringLiteral("BEGIN:VCALENDAR"));
    writeLine(text, QStringLiteral("VERSION:2.0"));
    writeLine(text, QStringLiteral("PRODID:-//Front Desk//Front Desk %1//EN")
                        .arg(QCoreApplication::applicationVersion()));
    writeLine(text, QStringLiteral("CALSCALE:GREGORIAN"));
    writeLine(text, QStringLiteral("METHOD:PUBLISH"));

    QList<const Appointment *> events;
    QSet<QString> zones;
    int firstYear = 9999;
    int lastYear = 0;
    for (const Appointment &a : appointments) {
        if (!countsInFigures(a.status))
            continue; // moved rows and bookings entered in error are not visits
        const Location *loc = config.location(a.locationId);
        if (!loc)
            continue;
        events.append(&a);
        zones.insert(loc->timeZone);
        firstYear = std::min(firstYear, a.day.year());
        lastYear = std::max(lastYear, a.day.year());
    }
    QStringList sortedZones(zones.cbegin(), zones.cend());
    sortedZones.sort();
    for (const QString &zone : sortedZones)
        writeTimeZone(text, zone, firstYear, lastYear);

    const QString stamp = QDateTime::fromSecsSinceEpoch(options.stampUtc, QTimeZone::utc())
                              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const Appointment *a : events) {
        const Location *loc = config.location(a->locationId);
        writeLine(text, QStringLiteral("BEGIN:VEVENT"));
        writeLine(text, QStringLiteral("UID:appointment-%1@frontdesk").arg(a->id));
        writeLine(text, QStringLiteral("DTSTAMP:") + stamp);
        writeLine(text, QStringLiteral("DTSTART;TZID=%1:%2")
                            .arg(loc->timeZone, localStamp(a->day, a->startMinute)));
        writeLine(text, QStringLiteral("DTEND;TZID=%1:%2")
                            .arg(loc->timeZone, localStamp(a->day, a->endMinute)));
        writeLine(text, QStringLiteral("SUMMARY:") +
                            escaped(Text::tr("%1 (%2)").arg(
                                options.deidentified ? Text::tr("Patient %1").arg(a->patientId)
                                                     : a->patientName,
                                typeLabel(a->type))));
        writeLine(text, QStringLiteral("LOCATION:") +
                            escaped(loc->address.isEmpty()
                                        ? loc->name
                                        : loc->name + QStringLiteral(", ") + loc->address));
        QStringList description{Text::tr("Clinician: %1").arg(a->clinicianName)};
        if (!a->serviceName.isEmpty())
            description.append(Text::tr("Service: %1").arg(a->serviceName));
        if (!options.deidentified && !a->reason.isEmpty())
            description.append(Text::tr("Reason: %1").arg(a->reason));
        if (!options.deidentified && !a->patientPhone.isEmpty())
            description.append(Text::tr("Phone: %1").arg(formatPhoneNational(a->patientPhone)));
        description.append(Text::tr("Status: %1").arg(statusLabel(a->status)));
        writeLine(text,
                  QStringLiteral("DESCRIPTION:") + escaped(description.join(QLatin1Char('\n'))));
        writeLine(text, QStringLiteral("STATUS:") +
                            (a->status == Status::Cancelled || a->status == Status::NoShow
                                 ? QStringLiteral("CANCELLED")
                             : a->status == Status::Booked ? QStringLiteral("TENTATIVE")
                                                           : QStringLiteral("CONFIRMED")));
        writeLine(text, QStringLiteral("END:VEVENT"));
        if (text.size() > (1 << 16)) {
            if (out.write(text) != text.size())
                return Error{ErrorKind::Storage, QStringLiteral("out"), out.errorString()};
            text.clear();
        }
    }
    writeLine(text, QStringLiteral("END:VCALENDAR"));
    if (out.write(text) != text.size())
        return Error{ErrorKind::Storage, QStringLiteral("out"), out.errorString()};
    return static_cast<qint64>(events.size());
}

} // namespace fd
