// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The performance suite of BENCHMARKS.md: each interaction a receptionist, clinician or
// manager waits for, timed in process on a generated database (frontdesk-cli generate), with
// the median of many runs printed against its target. Not part of the test run.
//
//   frontdesk-bench --db FILE [--json] [--benchmark_filter=REGEX] ...

#include "appointmentcommand.h"
#include "booking/bookingservice.h"
#include "booking/schedulegrid.h"
#include "booking/scheduleservice.h"
#include "booking/slotfinder.h"
#include "callintake.h"
#include "clinic/clinic.h"
#include "common/clock.h"
#include "daymodel.h"
#include "patients/patientservice.h"
#include "reports/reportservice.h"
#include "reports/workbookexport.h"
#include "scheduleview.h"
#include "store/sql/sqlstore.h"
#include "testclinic.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <thread>

namespace {

using namespace fd;

struct Bench
{
    QString dbPath;
    SystemClock clock;
    std::unique_ptr<Clinic> clinic;
    ClinicConfig config;
    QDate today;
    QTemporaryDir scratch;
    double peakMemoryMb = 0;
    bool server = false; // the clinic is on a PostgreSQL server
    // The sixteen desks' last run: bookings made per second, and any rule broken.
    double desksPerSecond = 0;
    double desksAttemptsPerSecond = 0; // bookings tried, each a unit of work, most refused
    int desksBooked = 0;
    QString desksViolation;
};
Bench *g = nullptr;

void fail(benchmark::State &state, const Error &error)
{
    state.SkipWithError(error.toString().toStdString().c_str());
}

void BM_find_slots(benchmark::State &state)
{
    SlotFinder &finder = g->clinic->slotFinder();
    SlotQuery q;
    q.type = AppointmentType::FollowUp;
    q.part = DayPart::Am;
    q.from = g->today;
    q.limit = 10;
    q.horizonDays = 84;
    for (auto _ : state) {
        auto found = finder.find(q);
        if (!found || found->size() != 10)
            return fail(state, found ? invalid(QStringLiteral("find_slots"),
                                               QStringLiteral("fewer than 10 slots"))
                                     : found.error());
        benchmark::DoNotOptimize(found->data());
    }
}

void BM_day_view(benchmark::State &state)
{
    ScheduleService &schedule = g->clinic->schedule();
    DayModel model;
    int i = 0;
    for (auto _ : state) {
        // Twenty working days around today, in turn, so no single day stays hot.
        QDate day = g->today.addDays(i++ % 28 - 14);
        while (day.dayOfWeek() > Qt::Friday)
            day = day.addDays(1);
        auto list = schedule.appointments({day, day, g->config.locations.first().id, std::nullopt});
        if (!list)
            return fail(state, list.error());
        model.setAppointments(std::move(list.value()));
        benchmark::DoNotOptimize(model.rowCount());
    }
}

// A clinician's day view of twelve columns, from the model's data to the painted view
// (offscreen): the model takes the day's rows, the view lays out the columns and lanes and
// paints every block. The days' rows are read beforehand; day_view times the read.
void BM_day_view_paint(benchmark::State &state)
{
    ScheduleService &schedule = g->clinic->schedule();
    const qint64 location = g->config.locations.first().id;
    struct Day
    {
        QList<Appointment> rows;
        ScheduleGrid grid;
    };
    QList<Day> days;
    for (int offset = -14; offset < 14 && days.size() < 10; ++offset) {
        const QDate day = g->today.addDays(offset);
        if (day.dayOfWeek() > Qt::Friday)
            continue;
        auto list = schedule.appointments({day, day, location, std::nullopt});
        if (!list)
            return fail(state, list.error());
        ScheduleGrid grid = locationDayGrid(g->config, location, day, *list);
        if (grid.columns.size() < 12)
            continue;
        grid.columns.resize(12);
        days.append({*list, grid});
    }
    if (days.isEmpty())
        return fail(state, invalid(QStringLiteral("day_view_paint"),
                                   QStringLiteral("no day with 12 clinicians at the first "
                                                  "location near today")));
    DayModel model;
    ScheduleView view;
    view.setModel(&model);
    view.resize(1600, 900);
    view.show();
    QCoreApplication::processEvents();
    qsizetype i = 0;
    for (auto _ : state) {
        const Day &day = days[i++ % days.size()];
        model.setAppointments(day.rows);
        view.setGrid(day.grid);
        view.viewport()->repaint();
    }
    state.counters["columns"] = 12;
    state.counters["visits"] = double(days.first().rows.size());
}

void BM_week_view(benchmark::State &state)
{
    ScheduleService &schedule = g->clinic->schedule();
    const QDate monday = g->today.addDays(1 - g->today.dayOfWeek());
    int i = 0;
    for (auto _ : state) {
        const Clinician &c = g->config.clinicians[i++ % g->config.clinicians.size()];
        auto list = schedule.appointments({monday, monday.addDays(6), std::nullopt, c.id});
        if (!list)
            return fail(state, list.error());
        benchmark::DoNotOptimize(list->size());
    }
}

void searchBench(benchmark::State &state, const QStringList &inputs)
{
    PatientService &search = g->clinic->patients();
    int i = 0;
    for (auto _ : state) {
        auto found = search.search(inputs[i++ % inputs.size()]);
        if (!found)
            return fail(state, found.error());
        benchmark::DoNotOptimize(found->size());
    }
}

void BM_patient_search_name(benchmark::State &state)
{
    searchBench(state, {QStringLiteral("joh"), QStringLiteral("mar"), QStringLiteral("ann"),
                        QStringLiteral("lee"), QStringLiteral("son"), QStringLiteral("ric"),
                        QStringLiteral("kim"), QStringLiteral("ali"), QStringLiteral("ros")});
}

void BM_patient_search_phone(benchmark::State &state)
{
    searchBench(state, {QStringLiteral("0123"), QStringLiteral("4567"), QStringLiteral("8901"),
                        QStringLiteral("5555"), QStringLiteral("2026"), QStringLiteral("7319")});
}

void BM_book(benchmark::State &state)
{
    // Free slots beyond the generated bookings, found before timing starts.
    SlotFinder &finder = g->clinic->slotFinder();
    SlotQuery q;
    q.type = AppointmentType::New;
    q.from = g->today.addDays(7 * 14 + QRandomGenerator::global()->bounded(200));
    q.limit = 2000;
    q.horizonDays = 56;
    auto free = finder.find(q);
    if (!free)
        return fail(state, free.error());
    BookingService &booking = g->clinic->booking();
    const qint64 run = QDateTime::currentMSecsSinceEpoch();
    qsizetype i = 0;
    for (auto _ : state) {
        if (i >= free->size())
            return fail(state,
                        invalid(QStringLiteral("book"), QStringLiteral("ran out of free slots")));
        const Slot &s = free->at(i++);
        BookingRequest r;
        r.type = AppointmentType::New;
        r.name = QStringLiteral("Bench Patient %1-%2").arg(run).arg(i);
        r.phone = QStringLiteral("2015550123");
        r.location = QString::number(s.locationId);
        r.clinician = QString::number(s.clinicianId);
        r.day = s.day;
        r.startMinute = s.startMinute;
        auto booked = booking.book(r);
        if (!booked) {
            // Another slot of the same patient's? Skip, do not count a failure as a booking.
            if (booked.error().kind != ErrorKind::Rule &&
                booked.error().kind != ErrorKind::Conflict)
                return fail(state, booked.error());
        }
    }
}

// Sixteen desks (four sites' worth), each with a connection of its own in a thread of its own,
// book into the same free slots at the same moment, each slot tried by every desk for a caller
// of its own: bookings per second, and afterwards every rule checked over the slots' days.
void BM_desks_16(benchmark::State &state)
{
    constexpr int kDesks = 16;
    SlotQuery q;
    q.type = AppointmentType::New;
    q.from = g->today.addDays(7 * 13 + QRandomGenerator::global()->bounded(60));
    q.limit = 2000;
    q.horizonDays = 28;
    auto found = g->clinic->slotFinder().find(q);
    if (!found || found->isEmpty())
        return fail(state, found ? invalid(QStringLiteral("slots"), QStringLiteral("none free"))
                                 : found.error());
    // Slots that do not overlap for their clinician, 64 of them: each can be booked (once, or
    // twice for a clinician who sees two at once), and every desk wants every one of them.
    QList<Slot> sorted = *found;
    std::sort(sorted.begin(), sorted.end(), [](const Slot &a, const Slot &b) {
        return std::tie(a.clinicianId, a.day, a.startMinute) <
               std::tie(b.clinicianId, b.day, b.startMinute);
    });
    QList<Slot> free;
    for (const Slot &slot : sorted) {
        const Slot *last = free.isEmpty() ? nullptr : &free.last();
        if (last && last->clinicianId == slot.clinicianId && last->day == slot.day &&
            slot.startMinute < last->endMinute + 15)
            continue;
        free.append(slot);
        if (free.size() == 64)
            break;
    }
    std::atomic<int> booked{0};
    std::atomic<int> attempts{0};
    std::atomic<int> failed{0};
    QElapsedTimer timer;
    for (auto _ : state) {
        std::vector<std::thread> desks;
        std::atomic<int> ready{0};
        timer.start();
        for (int d = 0; d < kDesks; ++d) {
            desks.emplace_back([&, d] {
                auto clinic = Clinic::open(g->dbPath, g->clock, QStringLiteral("desk-%1").arg(d));
                ++ready;
                while (ready < kDesks)
                    std::this_thread::yield();
                if (!clinic) {
                    ++failed;
                    return;
                }
                for (qsizetype i = 0; i < free.size(); ++i) {
                    const Slot &s = free.at((i + d * 3) % free.size());
                    BookingRequest r;
                    r.type = AppointmentType::New;
                    // A caller of each desk's own, the same one in every run.
                    r.name = QStringLiteral("Desk %1 Caller %2").arg(d).arg(i);
                    r.phone = QStringLiteral("212555%1").arg(1000 + d * 64 + i);
                    r.location = QString::number(s.locationId);
                    r.clinician = QString::number(s.clinicianId);
                    r.day = s.day;
                    r.startMinute = s.startMinute;
                    auto result = (*clinic)->booking().book(r);
                    ++attempts;
                    if (result)
                        ++booked;
                    else if (result.error().kind != ErrorKind::Rule &&
                             result.error().kind != ErrorKind::Conflict)
                        ++failed;
                }
            });
        }
        for (std::thread &t : desks)
            t.join();
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
    }
    if (failed > 0)
        return fail(
            state,
            invalid(
                QStringLiteral("desks"),
                QStringLiteral("%1 bookings failed other than by the rules").arg(failed.load())));
    const double seconds = timer.nsecsElapsed() / 1e9;
    g->desksPerSecond = booked / seconds;
    g->desksAttemptsPerSecond = attempts / seconds;
    g->desksBooked = booked;
    // Every rule over the days booked: capacity and the patients' own overlaps.
    const auto [first, last] = std::minmax_element(
        free.cbegin(), free.cend(), [](const Slot &a, const Slot &b) { return a.day < b.day; });
    auto appointments = g->clinic->store().appointments({first->day, last->day});
    if (!appointments)
        return fail(state, appointments.error());
    auto config = g->clinic->schedule().config();
    if (!config)
        return fail(state, config.error());
    g->desksViolation = test::ruleViolation(*config, *appointments);
    if (!g->desksViolation.isEmpty())
        return fail(state, invalid(QStringLiteral("desks"), g->desksViolation));
}

void BM_report_month(benchmark::State &state)
{
    ReportService &reports = g->clinic->reports();
    const QDate first(g->today.addMonths(-1).year(), g->today.addMonths(-1).month(), 1);
    for (auto _ : state) {
        auto r = reports.period(ReportScope::of(first, first.addMonths(1).addDays(-1)));
        if (!r)
            return fail(state, r.error());
        benchmark::DoNotOptimize(r->clinic.appointments);
    }
}

// The twelve months before today: a full year of history in any generated file.
ReportScope lastYear()
{
    return ReportScope::of(g->today.addYears(-1), g->today.addDays(-1));
}

void BM_export_csv_year(benchmark::State &state)
{
    const QString path = g->scratch.filePath(QStringLiteral("year.csv"));
    for (auto _ : state) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(state, invalid(QStringLiteral("out"), out.errorString()));
        auto rows = g->clinic->reports().exportAppointmentsCsv(lastYear(), out);
        if (!rows)
            return fail(state, rows.error());
        out.close();
        state.counters[QByteArrayLiteral("rows").constData()] = double(*rows);
    }
}

// The same twelve months as an Excel workbook: the summary's figures (this year and the one
// before) and every appointment streamed into the Appointments sheet.
void BM_export_xlsx_year(benchmark::State &state)
{
    const QString path = g->scratch.filePath(QStringLiteral("year.xlsx"));
    for (auto _ : state) {
        const ReportScope year = lastYear();
        auto report = g->clinic->reports().compared(year);
        if (!report)
            return fail(state, report.error());
        auto rows = writeWorkbook(path, *report, year, g->clinic->reports(), {});
        if (!rows)
            return fail(state, rows.error());
        state.counters[QByteArrayLiteral("rows").constData()] = double(*rows);
    }
}

// The whole clinic's figures for twelve months, beside the twelve before.
void BM_report_year(benchmark::State &state)
{
    for (auto _ : state) {
        auto r = g->clinic->reports().compared(lastYear());
        if (!r)
            return fail(state, r.error());
        benchmark::DoNotOptimize(r->current.clinic.appointments);
    }
}

// The same query through the database's own shell, on the same clinic, as the yardstick:
// sqlite3 -csv on the file, or psql --csv against the server.
void BM_export_csv_year_shell(benchmark::State &state)
{
    const QString path = g->scratch.filePath(QStringLiteral("year-shell.csv"));
    const QString program = QStandardPaths::findExecutable(g->server ? QStringLiteral("psql")
                                                                     : QStringLiteral("sqlite3"));
    if (program.isEmpty())
        return fail(state, invalid(QStringLiteral("shell"), QStringLiteral("not installed")));
    const QString query = static_cast<SqlStore &>(g->clinic->store())
                              .appointmentsCsvQuery({lastYear().from, lastYear().to, std::nullopt,
                                                     std::nullopt, false});
    const QStringList arguments =
        g->server
            ? QStringList{QStringLiteral("-X"), QStringLiteral("--csv"),
                          QStringLiteral("-d"), g->dbPath,
                          QStringLiteral("-c"), query}
            : QStringList{QStringLiteral("-csv"), QStringLiteral("-header"), g->dbPath, query};
    for (auto _ : state) {
        QProcess shell;
        shell.setStandardOutputFile(path);
        shell.start(program, arguments);
        if (!shell.waitForFinished(120000) || shell.exitCode() != 0)
            return fail(state, invalid(QStringLiteral("shell"),
                                       QString::fromUtf8(shell.readAllStandardError())));
    }
}

// One character typed in the call form's name field, until the matching patients (with their
// last and next visits) and the suggested slots are up to date and painted: what the event
// loop runs for a keystroke (offscreen). Each iteration types the last letter of a real patient's
// name's first five.
void BM_keystroke_to_suggestions(benchmark::State &state)
{
    QStringList prefixes;
    for (const char *seed : {"an", "el", "ja", "mi", "so"}) {
        auto found = g->clinic->patients().search(QString::fromLatin1(seed), 5);
        if (!found)
            return fail(state, found.error());
        for (const Patient &p : *found)
            prefixes.append(p.name.left(5));
    }
    QUndoStack undo;
    auto context =
        std::make_shared<UndoContext>(UndoContext{*g->clinic, undo, {}, [](const QString &) {}});
    CallIntake intake(*g->clinic, context);
    intake.setConfig(g->config);
    intake.resize(900, 700);
    intake.show();
    intake.startNewCall();
    intake.refreshNow();
    QCoreApplication::processEvents();
    auto *name = intake.findChild<QLineEdit *>(QStringLiteral("name"));
    qsizetype i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString prefix = prefixes[i++ % prefixes.size()];
        name->setText(prefix.left(prefix.size() - 1));
        intake.refreshNow();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, prefix.right(1));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, prefix.right(1));
        state.ResumeTiming();
        QCoreApplication::sendEvent(name, &press);
        QCoreApplication::sendEvent(name, &release);
        // What the event loop runs next: the refresh, then the layout and paint it causes.
        QCoreApplication::processEvents();
    }
}

void BM_cold_start(benchmark::State &state)
{
    const QString frontdesk = QCoreApplication::applicationDirPath() + QStringLiteral("/frontdesk");
    for (auto _ : state) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("FRONTDESK_STARTUP_PROBE"), QStringLiteral("1"));
        app.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        app.start(frontdesk, {QStringLiteral("--db"), g->dbPath});
        QByteArray line;
        while (!line.contains('\n') && app.waitForReadyRead(30000))
            line += app.readAllStandardOutput();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        app.waitForFinished(30000);
        if (!line.startsWith("painted "))
            return fail(state, invalid(QStringLiteral("frontdesk"),
                                       QStringLiteral("no first paint reported")));
        g->peakMemoryMb = std::max(g->peakMemoryMb,
                                   line.mid(8).simplified().split(' ').first().toDouble() / 1024.0);
    }
}

// name, target in ms (0: a yardstick, no target of its own)
const std::map<std::string, double> kTargets{{"find_slots", 2},
                                             {"keystroke_to_suggestions", 16},
                                             {"day_view", 3},
                                             {"day_view_paint", 16},
                                             {"week_view", 3},
                                             {"patient_search_name", 5},
                                             {"patient_search_phone", 5},
                                             {"book", 5},
                                             {"report_month", 30},
                                             {"export_csv_year", 0},
                                             {"export_xlsx_year", 0},
                                             {"report_year", 0},
                                             {"export_csv_year_shell", 0},
                                             {"cold_start", 500}};

// Where PostgreSQL's targets differ: each query crosses the network to the server.
const std::map<std::string, double> kServerTargets{
    {"find_slots", 5}, {"day_view", 5}, {"book", 10}};

// Collects the medians and prints them as a table or as {"name": median_ms, ...}.
class MedianReporter : public benchmark::BenchmarkReporter
{
public:
    bool ReportContext(const Context &) override { return true; }
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.error_occurred) {
                std::fprintf(stderr, "%s failed: %s\n", run.run_name.function_name.c_str(),
                             run.error_message.c_str());
                m_failed = true;
                continue;
            }
            if (run.run_type != Run::RT_Aggregate || run.aggregate_name != "median")
                continue;
            std::string name = run.run_name.function_name.substr(3); // drop "BM_"
            m_medians[name] = run.GetAdjustedRealTime() * 1000.0 /
                              benchmark::GetTimeUnitMultiplier(run.time_unit);
        }
    }
    void print(bool json) const
    {
        if (json) {
            QJsonObject o;
            for (const auto &[name, ms] : m_medians)
                o.insert(QString::fromStdString(name), ms);
            if (g->peakMemoryMb > 0)
                o.insert(QStringLiteral("peak_memory_mb"), g->peakMemoryMb);
            if (g->desksPerSecond > 0)
                o.insert(QStringLiteral("desks_16_bookings_per_second"), g->desksPerSecond);
            std::printf("%s", QJsonDocument(o).toJson().constData());
            return;
        }
        std::printf("%-32s %12s %12s  %s\n", "benchmark", "median ms", "target ms", "");
        for (const auto &[name, ms] : m_medians) {
            double target = kTargets.count(name) ? kTargets.at(name) : 0;
            if (g->server && kServerTargets.count(name))
                target = kServerTargets.at(name);
            if (name == "export_csv_year" && m_medians.count("export_csv_year_shell"))
                target = 1.5 * m_medians.at("export_csv_year_shell");
            if (name == "export_xlsx_year" && m_medians.count("export_csv_year"))
                target = 3 * m_medians.at("export_csv_year");
            std::printf("%-32s %12.3f %12s  %s\n", name.c_str(), ms,
                        target > 0 ? QByteArray::number(target, 'f', 1).constData() : "-",
                        target <= 0    ? ""
                        : ms <= target ? "ok"
                                       : "MISSED");
        }
        if (g->peakMemoryMb > 0)
            std::printf("%-32s %12.1f %12s  %s\n", "peak_memory_mb (window)", g->peakMemoryMb,
                        "150", g->peakMemoryMb <= 150 ? "ok" : "MISSED");
        if (g->desksPerSecond > 0) {
            std::printf("%-32s %12.1f %12s  %s\n", "desks_16 bookings per second",
                        g->desksPerSecond, "-",
                        g->desksViolation.isEmpty() ? "no double booking" : "RULE BROKEN");
            std::printf("%-32s %12.1f %12s  (%d booked in the last run)\n",
                        "desks_16 attempts per second", g->desksAttemptsPerSecond, "-",
                        g->desksBooked);
        }
    }
    bool failed() const { return m_failed; }

private:
    std::map<std::string, double> m_medians;
    bool m_failed = false;
};

} // namespace

int main(int argc, char *argv[])
{
    // The call form is a widget: it needs a GUI application, on no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString dbPath;
    bool json = false;
    std::vector<char *> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--db" && i + 1 < argc)
            dbPath = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--json")
            json = true;
        else
            rest.push_back(argv[i]);
    }
    if (dbPath.isEmpty()) {
        std::fprintf(
            stderr,
            "usage: frontdesk-bench --db FILE [--json] [benchmark options]\n"
            "Make FILE with: frontdesk-cli init --db FILE && frontdesk-cli generate --db FILE\n");
        return 2;
    }
    Bench bench;
    g = &bench;
    bench.dbPath = dbPath;
    bench.server = Clinic::isServerAddress(dbPath);
    auto clinic = Clinic::open(dbPath, bench.clock, QStringLiteral("bench"));
    if (!clinic) {
        std::fprintf(stderr, "frontdesk-bench: %s\n", qPrintable(clinic.error().toString()));
        return 1;
    }
    bench.clinic = std::move(clinic.value());
    auto config = bench.clinic->schedule().config();
    if (!config || config->locations.isEmpty()) {
        std::fprintf(stderr, "frontdesk-bench: %s has no clinic; run frontdesk-cli generate\n",
                     qPrintable(dbPath));
        return 1;
    }
    bench.config = config.value();
    bench.today = bench.clock.now()
                      .toTimeZone(QTimeZone(bench.config.locations.first().timeZone.toUtf8()))
                      .date();

    auto fast = [](benchmark::internal::Benchmark *b) {
        b->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Repetitions(15)
            ->ReportAggregatesOnly(true)
            ->MinTime(0.05);
    };
    auto slow = [](benchmark::internal::Benchmark *b) {
        b->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Repetitions(7)
            ->ReportAggregatesOnly(true)
            ->Iterations(1);
    };
    fast(benchmark::RegisterBenchmark("BM_find_slots", BM_find_slots));
    fast(benchmark::RegisterBenchmark("BM_day_view", BM_day_view));
    fast(benchmark::RegisterBenchmark("BM_day_view_paint", BM_day_view_paint));
    fast(benchmark::RegisterBenchmark("BM_week_view", BM_week_view));
    fast(benchmark::RegisterBenchmark("BM_patient_search_name", BM_patient_search_name));
    fast(benchmark::RegisterBenchmark("BM_patient_search_phone", BM_patient_search_phone));
    fast(benchmark::RegisterBenchmark("BM_keystroke_to_suggestions", BM_keystroke_to_suggestions));
    benchmark::RegisterBenchmark("BM_book", BM_book)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Repetitions(15)
        ->ReportAggregatesOnly(true)
        ->Iterations(20);
    fast(benchmark::RegisterBenchmark("BM_report_month", BM_report_month));
    benchmark::RegisterBenchmark("BM_desks_16", BM_desks_16)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Repetitions(3)
        ->ReportAggregatesOnly(true)
        ->Iterations(1);
    slow(benchmark::RegisterBenchmark("BM_export_csv_year", BM_export_csv_year));
    slow(benchmark::RegisterBenchmark("BM_export_xlsx_year", BM_export_xlsx_year));
    slow(benchmark::RegisterBenchmark("BM_report_year", BM_report_year));
    slow(benchmark::RegisterBenchmark("BM_export_csv_year_shell", BM_export_csv_year_shell));
    benchmark::RegisterBenchmark("BM_cold_start", BM_cold_start)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Repetitions(9)
        ->ReportAggregatesOnly(true)
        ->Iterations(1);

    int restCount = static_cast<int>(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.print(json);
    benchmark::Shutdown();
    return reporter.failed() ? 1 : 0;
}
