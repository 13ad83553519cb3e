// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "access/accountservice.h"
#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "calendar/walltime.h"
#include "clinic/setupservice.h"
#include "patients/patientservice.h"
#include "reports/reportservice.h"
#include "testclinic.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fd;

namespace {

const QString kPassword = QStringLiteral("correct horse");

BookingRequest request(const QString &wall, const QString &name)
{
    BookingRequest r;
    r.type = AppointmentType::New;
    r.name = name;
    r.phone = QStringLiteral("201-555-%1").arg(1000 + qHash(name) % 8999);
    r.location = QStringLiteral("Midtown");
    r.clinician = QStringLiteral("Dr. One");
    const auto parsed = parseWallTime(wall);
    r.day = parsed->first;
    r.startMinute = parsed->second;
    return r;
}

Account account(const QString &name, Role role, std::optional<qint64> clinician = {})
{
    Account a;
    a.name = name;
    a.fullName = name;
    a.role = role;
    a.clinicianId = clinician;
    return a;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TempClinic> m_temp;
    // Files beside the clinic (backups), wherever the clinic itself lives.
    QTemporaryDir m_scratch;
    QString scratch(const QString &name) const { return m_scratch.filePath(name); }
    test::SmallClinic m_small;

    Clinic &clinic() { return m_temp->clinic(); }
    int count(const QString &sql) { return test::scalar(m_temp->db(), sql).toInt(); }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(test::newYork(QStringLiteral("2026-03-06T10:00")));
        m_temp = std::make_unique<test::TempClinic>(*m_clock, QStringLiteral("installer"));
        m_small = test::createSmallClinic(clinic());
        // A clinic without accounts is set up by whoever opened it; its first account is a
        // manager's.
        QCOMPARE(clinic().hasAccounts().value(), false);
        auto notManager = clinic().accounts().add(
            account(QStringLiteral("rachel"), Role::Receptionist), kPassword);
        QVERIFY(!notManager);
        QCOMPARE(notManager.error().field, QStringLiteral("role"));
        QVERIFY(
            clinic().accounts().add(account(QStringLiteral("maria"), Role::Manager), kPassword));
        // From now on nobody is taken at their word.
        auto unsigned_ = clinic().schedule().config();
        QVERIFY(!unsigned_);
        QCOMPARE(unsigned_.error().kind, ErrorKind::Forbidden);
        QVERIFY(clinic().signIn(QStringLiteral("MARIA"), kPassword));
        QCOMPARE(clinic().user(), QStringLiteral("maria"));
        QVERIFY(clinic().accounts().add(account(QStringLiteral("rachel"), Role::Receptionist),
                                        kPassword));
        QVERIFY(clinic().accounts().add(
            account(QStringLiteral("drone"), Role::Clinician, m_small.drOne), kPassword));
    }

    void hashesVerifyAndWrongPasswordsFail()
    {
        auto a = passwords::hash(kPassword);
        auto b = passwords::hash(kPassword);
        QVERIFY(a && b);
        QVERIFY(a->startsWith("$argon2id$"));
        QVERIFY(*a != *b); // salted
        QVERIFY(!a->contains(kPassword.toUtf8()));
        QVERIFY(passwords::verify(*a, kPassword));
        QVERIFY(!passwords::verify(*a, QStringLiteral("correct horsE")));
        QVERIFY(!passwords::verify(*a, QString()));
        QVERIFY(!passwords::verify(QByteArray("not a hash"), kPassword));
        QCOMPARE(passwords::checkStrength(QStringLiteral("short")).error().field,
                 QStringLiteral("password"));
        // What the store keeps is the hash, and the trail never holds the password.
        const QString stored =
            test::scalar(m_temp->db(), QStringLiteral("SELECT password_hash FROM accounts "
                                                      "WHERE name = 'rachel'"))
                .toString();
        QVERIFY(passwords::verify(stored.toLatin1(), kPassword));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE "
                                      "'%correct horse%' OR before_json LIKE '%correct horse%'")),
                 0);
        clinic().signOut();
        auto wrong = clinic().signIn(QStringLiteral("rachel"), QStringLiteral("wrong horse"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::Forbidden);
        auto unknown = clinic().signIn(QStringLiteral("nobody"), kPassword);
        QVERIFY(!unknown);
        // The two failures read alike: the answer does not tell which names exist.
        QCOMPARE(unknown.error().message, wrong.error().message);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'sign-in-failed'")),
                 2);
        QVERIFY(clinic().signIn(QStringLiteral("rachel"), kPassword));
        QCOMPARE(clinic().account()->role, Role::Receptionist);
    }

    void eachRoleIsRefusedWhatItMayNotDo()
    {
        // An appointment for the actions to work on, booked by the manager.
        const Appointment a =
            clinic()
                .booking()
                .book(request(QStringLiteral("2026-03-09T09:00"), QStringLiteral("Ann Lee")))
                .value();
        // A slot already full (Dr. One sees one patient at a time), for booking past capacity.
        QVERIFY(clinic().booking().book(
            request(QStringLiteral("2026-03-12T09:00"), QStringLiteral("Full Slot"))));
        using Action = std::function<Result<void>(Clinic &)>;
        auto drop = [](auto result) -> Result<void> {
            if (!result)
                return result.error();
            return {};
        };
        int bookings = 0;
        const QList<std::pair<QString, Action>> actions{
            {QStringLiteral("read"),
             [&](Clinic &c) { return drop(c.schedule().appointment(a.id)); }},
            {QStringLiteral("find-slots"),
             [&](Clinic &c) {
                 SlotQuery q;
                 q.type = AppointmentType::FollowUp;
                 return drop(c.slotFinder().find(q));
             }},
            {QStringLiteral("book"),
             [&](Clinic &c) {
                 const int n = bookings++;
                 return drop(c.booking().book(
                     request(QStringLiteral("2026-03-10T%1:00").arg(7 + n, 2, 10, QLatin1Char('0')),
                             QStringLiteral("Caller %1").arg(n))));
             }},
            {QStringLiteral("reschedule"),
             [&](Clinic &c) {
                 RescheduleRequest r;
                 r.day = QDate(2026, 3, 11);
                 r.startMinute = 9 * 60;
                 return drop(c.booking().reschedule(a.id, r));
             }},
            {QStringLiteral("confirm"),
             [&](Clinic &c) { return drop(c.booking().setStatus(a.id, Status::Confirmed)); }},
            {QStringLiteral("call"),
             [&](Clinic &c) {
                 return drop(c.booking().recordCall(a.id, CallOutcome::LeftMessage));
             }},
            {QStringLiteral("cancel"), [&](Clinic &c) { return drop(c.booking().cancel(a.id)); }},
            {QStringLiteral("arrived"),
             [&](Clinic &c) { return drop(c.booking().setStatus(a.id, Status::Arrived)); }},
            {QStringLiteral("completed"),
             [&](Clinic &c) { return drop(c.booking().setStatus(a.id, Status::Completed)); }},
            {QStringLiteral("no-show"),
             [&](Clinic &c) { return drop(c.booking().setStatus(a.id, Status::NoShow)); }},
            {QStringLiteral("add-patient"),
             [&](Clinic &c) {
                 Patient p;
                 p.name = QStringLiteral("Walk In");
                 p.phone = QStringLiteral("+12015559876");
                 return drop(c.patients().add(p));
             }},
            {QStringLiteral("setup"),
             [&](Clinic &c) { return drop(c.setup().addService(QStringLiteral("Massage"))); }},
            {QStringLiteral("report"),
             [&](Clinic &c) {
                 return drop(
                     c.reports().period(ReportScope::of(QDate(2026, 3, 1), QDate(2026, 3, 31))));
             }},
            {QStringLiteral("export"),
             [&](Clinic &c) {
                 QBuffer out;
                 out.open(QIODevice::WriteOnly);
                 return drop(c.reports().exportAppointmentsCsv(
                     ReportScope::of(QDate(2026, 3, 1), QDate(2026, 3, 31)), out));
             }},
            {QStringLiteral("users"), [&](Clinic &c) { return drop(c.accounts().accounts()); }},
            {QStringLiteral("idle-lock"),
             [&](Clinic &c) { return c.accounts().setIdleLockMinutes(7); }},
            {QStringLiteral("audit"), [&](Clinic &c) { return drop(c.accounts().audit({})); }},
            {QStringLiteral("backup"),
             [&](Clinic &c) { return c.backup(scratch(QStringLiteral("clinic.copy"))); }},
            {QStringLiteral("audit-csv"),
             [&](Clinic &c) {
                 QBuffer out;
                 out.open(QIODevice::WriteOnly);
                 return drop(c.accounts().exportAuditCsv({}, out));
             }},
            {QStringLiteral("others-password"),
             [&](Clinic &c) {
                 const qint64 maria =
                     c.schedule().config()->accountNamed(QStringLiteral("maria"))->id;
                 return c.accounts().setPassword(maria, kPassword);
             }},
            {QStringLiteral("restore"),
             [&](Clinic &c) {
                 return drop(c.restore(scratch(QStringLiteral("clinic.no-such-backup"))));
             }},
            {QStringLiteral("over-capacity"),
             [&](Clinic &c) {
                 BookingRequest r = request(QStringLiteral("2026-03-12T09:00"),
                                            QStringLiteral("Over %1").arg(bookings++));
                 r.overCapacityReason = QStringLiteral("post-op, surgeon's request");
                 return drop(c.booking().book(r));
             }},
        };
        // What the issue gives each role, written out rather than derived.
        const QHash<QString, QStringList> allowed{
            {QStringLiteral("rachel"),
             {QStringLiteral("read"), QStringLiteral("find-slots"), QStringLiteral("book"),
              QStringLiteral("reschedule"), QStringLiteral("confirm"), QStringLiteral("call"),
              QStringLiteral("cancel"), QStringLiteral("arrived"), QStringLiteral("add-patient")}},
            {QStringLiteral("drone"),
             {QStringLiteral("read"), QStringLiteral("find-slots"), QStringLiteral("arrived"),
              QStringLiteral("completed"), QStringLiteral("no-show")}},
        };
        for (const QString &who : {QStringLiteral("rachel"), QStringLiteral("drone")}) {
            clinic().signOut();
            QVERIFY(clinic().signIn(who, kPassword));
            for (const auto &[name, act] : actions) {
                const int refusals = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                          "action = 'refused' AND user_name = '%1'")
                                               .arg(who));
                const Result<void> result = act(clinic());
                const bool forbidden = !result && result.error().kind == ErrorKind::Forbidden;
                const QString what = who + QLatin1Char(' ') + name + QStringLiteral(": ") +
                                     (result ? QStringLiteral("done") : result.error().toString());
                QVERIFY2(forbidden == !allowed[who].contains(name), qPrintable(what));
                QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'refused' AND user_name = '%1'")
                                   .arg(who)),
                         refusals + (forbidden ? 1 : 0));
            }
        }
        // The manager may do all of it; booking past capacity is theirs, with the reason kept.
        clinic().signOut();
        QVERIFY(clinic().signIn(QStringLiteral("maria"), kPassword));
        for (const auto &[name, act] : actions) {
            const Result<void> result = act(clinic());
            QVERIFY2(result || result.error().kind != ErrorKind::Forbidden,
                     qPrintable(name + QStringLiteral(": ") + result.error().toString()));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'book' AND "
                                      "after_json LIKE '%surgeon''s request%'")),
                 1);
    }

    void aRefusalChangesNothing()
    {
        clinic().signOut();
        QVERIFY(clinic().signIn(QStringLiteral("drone"), kPassword));
        const QString before = test::tableCounts(m_temp->db());
        auto refused = clinic().booking().book(
            request(QStringLiteral("2026-03-09T09:00"), QStringLiteral("Ann Lee")));
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY(refused.error().message.contains(QStringLiteral("clinician")));
        // Only the refusal itself is recorded.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments")), 0);
        QVERIFY(test::tableCounts(m_temp->db()) != before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' "
                                      "AND after_json LIKE '%\"permission\":\"book\"%'")),
                 1);
    }

    void aClinicianMarksOnlyTheirOwnPatients()
    {
        // Monday: Dr. One's patient and Dr. Two's, both arriving today.
        m_clock->set(test::newYork(QStringLiteral("2026-03-09T08:00")));
        const Appointment mine =
            clinic()
                .booking()
                .book(request(QStringLiteral("2026-03-09T09:00"), QStringLiteral("Ann Lee")))
                .value();
        BookingRequest other =
            request(QStringLiteral("2026-03-09T09:00"), QStringLiteral("Bob Roe"));
        other.clinician = QStringLiteral("Dr. Two");
        const Appointment theirs = clinic().booking().book(other).value();
        clinic().signOut();
        QVERIFY(clinic().signIn(QStringLiteral("drone"), kPassword));
        auto refused = clinic().booking().setStatus(theirs.id, Status::Arrived);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY(refused.error().message.contains(QStringLiteral("Dr. Two")));
        QCOMPARE(clinic().schedule().appointment(theirs.id)->status, Status::Booked);
        QCOMPARE(clinic().booking().setStatus(mine.id, Status::Arrived)->status, Status::Arrived);
        // Reading everyone's day is still theirs.
        QVERIFY(clinic().schedule().appointment(theirs.id));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' "
                                      "AND entity = 'appointment'")),
                 1);
    }

    void aRefusalInsideAUnitIsKeptWhenTheUnitIsUndone()
    {
        clinic().signOut();
        QVERIFY(clinic().signIn(QStringLiteral("drone"), kPassword));
        auto unit = clinic().unit<void>([&]() -> Result<void> {
            auto booked = clinic().booking().book(
                request(QStringLiteral("2026-03-09T09:00"), QStringLiteral("Ann Lee")));
            return booked ? Result<void>() : Result<void>(booked.error());
        });
        QCOMPARE(unit.error().kind, ErrorKind::Forbidden);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' "
                                      "AND user_name = 'drone'")),
                 1);
    }

    void whatIsTypedAsANameIsNotKeptUnlessItIsOne()
    {
        clinic().signOut();
        QVERIFY(!clinic().signIn(QStringLiteral("My$ecretPassw0rd"), QStringLiteral("x")));
        QVERIFY(!clinic().signIn(QStringLiteral("nobody-here"), QStringLiteral("x")));
        // A spelling of a name that only Unicode folds to it is nobody's.
        QVERIFY(!clinic().signIn(QStringLiteral("rachel\u017F"), kPassword));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name LIKE "
                                      "'%ecret%' OR after_json LIKE '%ecret%' OR user_name = "
                                      "'nobody-here'")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sign_in_failures WHERE name LIKE "
                                      "'%ecret%'")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'sign-in-failed' AND user_name = '(unknown)'")),
                 3);
    }

    void theWaitAfterWrongPasswordsGrows()
    {
        clinic().signOut();
        QCOMPARE(signInDelaySecs(2), 0);
        QCOMPARE(signInDelaySecs(3), 2);
        QCOMPARE(signInDelaySecs(4), 4);
        QCOMPARE(signInDelaySecs(30), 300);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!clinic().signIn(QStringLiteral("rachel"), QStringLiteral("guess %1").arg(i)));
        // The right password is not even checked while the wait runs.
        auto waiting = clinic().signIn(QStringLiteral("rachel"), kPassword);
        QVERIFY(!waiting);
        QVERIFY2(waiting.error().message.contains(QStringLiteral("2 seconds")),
                 qPrintable(waiting.error().message));
        m_clock->advance(2);
        QVERIFY(!clinic().signIn(QStringLiteral("rachel"), QStringLiteral("guess 3")));
        m_clock->advance(3);
        QVERIFY(!clinic().signIn(QStringLiteral("rachel"), kPassword)); // 4 s after 4 failures
        m_clock->advance(1);
        QVERIFY(clinic().signIn(QStringLiteral("rachel"), kPassword));
        // Success clears the count.
        clinic().signOut();
        QVERIFY(!clinic().signIn(QStringLiteral("rachel"), QStringLiteral("typo")));
        QVERIFY(clinic().signIn(QStringLiteral("rachel"), kPassword));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'sign-in-failed' AND user_name = 'rachel'")),
                 7);
    }

    void aRetiredAccountIsShutOutAtEveryDesk()
    {
        auto desk2 = std::move(Clinic::open(m_temp->path(), *m_clock).value());
        QVERIFY(desk2->signIn(QStringLiteral("rachel"), kPassword));
        QVERIFY(desk2->schedule().config());
        Account rachel = *clinic().schedule().config()->accountNamed(QStringLiteral("rachel"));
        rachel.active = false;
        QVERIFY(clinic().accounts().update(rachel));
        auto refused = desk2->schedule().config();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        desk2->signOut();
        QVERIFY(!desk2->signIn(QStringLiteral("rachel"), kPassword));
        // The last active manager cannot be retired or demoted.
        Account maria = *clinic().account();
        maria.role = Role::Receptionist;
        auto last = clinic().accounts().update(maria);
        QVERIFY(!last);
        QCOMPARE(last.error().field, QStringLiteral("role"));
        // Anyone changes their own password; only a manager someone else's.
        QVERIFY(desk2->signIn(QStringLiteral("drone"), kPassword));
        QCOMPARE(
            desk2->accounts().setPassword(maria.id, QStringLiteral("taken over!")).error().kind,
            ErrorKind::Forbidden);
        QVERIFY(desk2->accounts().setPassword(desk2->account()->id, QStringLiteral("new horse 2")));
        desk2->signOut();
        QVERIFY(desk2->signIn(QStringLiteral("drone"), QStringLiteral("new horse 2")));
    }

    void theTrailIsFieldLevelAndFilterable()
    {
        const Appointment a =
            clinic()
                .booking()
                .book(request(QStringLiteral("2026-03-09T09:00"), QStringLiteral("Ann Lee")))
                .value();
        const Appointment b =
            clinic()
                .booking()
                .book(request(QStringLiteral("2026-03-09T10:00"), QStringLiteral("Bob Roe")))
                .value();
        RescheduleRequest move;
        move.day = QDate(2026, 3, 9);
        move.startMinute = 11 * 60;
        QVERIFY(clinic().booking().reschedule(a.id, move));
        clinic().signOut();
        QVERIFY(clinic().signIn(QStringLiteral("rachel"), kPassword));
        QVERIFY(clinic().booking().setStatus(b.id, Status::Confirmed));
        clinic().signOut();
        QVERIFY(clinic().signIn(QStringLiteral("maria"), kPassword));

        AuditQuery byAppointment;
        byAppointment.appointmentId = b.id;
        const auto rows = clinic().accounts().audit(byAppointment).value();
        QCOMPARE(rows.size(), 2); // booked, confirmed: newest first
        QCOMPARE(rows[0].action, QStringLiteral("status"));
        QCOMPARE(rows[0].user, QStringLiteral("rachel"));
        // Only what changed, before and after.
        QCOMPARE(rows[0].before.value(QStringLiteral("status")).toString(),
                 QStringLiteral("booked"));
        QCOMPARE(rows[0].after.value(QStringLiteral("status")).toString(),
                 QStringLiteral("confirmed"));
        QVERIFY(!rows[0].after.contains(QStringLiteral("patient")));
        QVERIFY(!rows[0].before.contains(QStringLiteral("start")));
        QCOMPARE(rows[1].action, QStringLiteral("book"));
        QVERIFY(rows[1].after.contains(QStringLiteral("patient")));

        AuditQuery byPatient;
        byPatient.patientId = a.patientId;
        QStringList actions;
        for (const AuditRecord &r : clinic().accounts().audit(byPatient).value())
            actions.append(r.action);
        // The patient's registration, the booking, and the move (on both rows).
        QVERIFY2(actions.contains(QStringLiteral("add-patient")),
                 qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY(actions.contains(QStringLiteral("book")));
        QVERIFY(actions.contains(QStringLiteral("reschedule")));
        QVERIFY(!actions.contains(QStringLiteral("status"))); // Bob's

        AuditQuery byUser;
        byUser.user = QStringLiteral("RACHEL");
        for (const AuditRecord &r : clinic().accounts().audit(byUser).value())
            QCOMPARE(r.user, QStringLiteral("rachel"));
        AuditQuery later;
        later.fromUtc = m_clock->nowSecs() + 1;
        QVERIFY(clinic().accounts().audit(later)->isEmpty());

        // The CSV holds the same rows, and its export is on the trail.
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QCOMPARE(clinic().accounts().exportAuditCsv(byAppointment, csv).value(), 2);
        const QList<QByteArray> lines = csv.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("id,at,user,action"));
        QVERIFY(lines[1].contains(",rachel,status,appointment,"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' "
                                      "AND entity = 'audit'")),
                 1);
    }

    void aRestoreBringsBackTheCopyAndTellsEveryDesk()
    {
        if (test::onPostgres())
            QSKIP("a server's clinic is restored by migrate into a new database (tst_postgres)");
        const QString copy = scratch(QStringLiteral("clinic.bak"));
        QVERIFY(clinic().booking().book(
            request(QStringLiteral("2026-03-09T09:00"), QStringLiteral("Ann Lee"))));
        QVERIFY(clinic().backup(copy));
        // After the backup: another booking and a new service.
        QVERIFY(clinic().booking().book(
            request(QStringLiteral("2026-03-09T10:00"), QStringLiteral("Bob Roe"))));
        QVERIFY(clinic().setup().addService(QStringLiteral("Dry needling")));
        auto desk2 = std::move(Clinic::open(m_temp->path(), *m_clock).value());
        QVERIFY(desk2->signIn(QStringLiteral("maria"), kPassword));
        desk2->watchOtherDesks();
        QCOMPARE(desk2->schedule().config()->services.size(), 3);

        // A receptionist may not restore; a manager may, and must sign in again after.
        clinic().signOut();
        QVERIFY(clinic().signIn(QStringLiteral("rachel"), kPassword));
        QCOMPARE(clinic().restore(copy).error().kind, ErrorKind::Forbidden);
        clinic().signOut();
        QVERIFY(clinic().signIn(QStringLiteral("maria"), kPassword));
        QCOMPARE(clinic().restore(m_temp->path()).error().field, QStringLiteral("from"));
        const int trailBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto previous = clinic().restore(copy);
        QVERIFY2(previous, previous ? "" : qPrintable(previous.error().toString()));
        // The clinic as it stood is kept, and can be restored in its turn.
        QVERIFY(QFileInfo::exists(*previous));
        QVERIFY(!clinic().account());
        // The trail is whole: what came after the backup stays, then the restore.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), trailBefore + 1);
        QCOMPARE(
            test::scalar(m_temp->db(),
                         QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
                .toString(),
            QStringLiteral("restore"));
        // Dry needling is gone with the restore, but not its record.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM services")), 2);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'add-service'")),
            3);
        QVERIFY(clinic().signIn(QStringLiteral("maria"), kPassword));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'")),
                 1);
        // The other desk reads the whole setup again, without being told by hand.
        auto news = desk2->readOtherDesksChanges();
        QVERIFY(news);
        QVERIFY(news->setup);
        QCOMPARE(desk2->schedule().config()->services.size(), 2);
        QVERIFY(clinic().check()->isEmpty());

        // A file that is not a clinic, or that does not check clean, replaces nothing.
        QFile junk(scratch(QStringLiteral("clinic.junk")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        const QString before = test::tableCounts(m_temp->db());
        auto refused = clinic().restore(junk.fileName());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("from"));
        QCOMPARE(test::tableCounts(m_temp->db()), before);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
