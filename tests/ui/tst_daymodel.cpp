// SPDX-FileCopyrightText: 2026 The Front Desk developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "daymodel.h"
#include "testclinic.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace fd;

namespace {

// A new patient's visit with Dr. One at Midtown on Monday 2026-03-09.
BookingRequest newOnMonday(const QString &name, const QString &phone, int minute)
{
    BookingRequest r;
    r.type = AppointmentType::New;
    r.name = name;
    r.phone = phone;
    r.location = QStringLiteral("Midtown");
    r.clinician = QStringLiteral("Dr. One");
    r.day = QDate(2026, 3, 9);
    r.startMinute = minute;
    r.reason = QStringLiteral("Sciatica");
    return r;
}

} // namespace

class TestDayModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDayInOrder()
    {
        ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        BookingService &booking = temp.clinic().booking();
        auto book = [&](const QString &name, const QString &phone, int minute) {
            return booking.book(newOnMonday(name, phone, minute)).value();
        };
        book(QStringLiteral("Late Riser"), QStringLiteral("2015550111"), 14 * 60);
        const Appointment early =
            book(QStringLiteral("Early Bird"), QStringLiteral("2015550112"), 7 * 60);
        QVERIFY(booking.cancel(early.id).ok());

        DayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAppointments(
            temp.clinic()
                .schedule()
                .appointments({QDate(2026, 3, 9), QDate(2026, 3, 9), std::nullopt, std::nullopt})
                .value());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DayModel::ColumnCount));
        QCOMPARE(model.index(0, DayModel::TimeColumn).data().toString(),
                 QStringLiteral("07:00–08:00"));
        QCOMPARE(model.index(0, DayModel::PatientColumn).data().toString(),
                 QStringLiteral("Early Bird"));
        QCOMPARE(model.index(0, DayModel::StatusColumn).data().toString(),
                 QStringLiteral("Cancelled"));
        QVERIFY(
            model.index(0, DayModel::PatientColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.index(1, DayModel::PatientColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("(201) 555-0111"));
        QCOMPARE(model.index(1, DayModel::TypeColumn).data().toString(), QStringLiteral("New"));
        QCOMPARE(model.index(1, DayModel::ReasonColumn).data().toString(),
                 QStringLiteral("Sciatica"));
        QCOMPARE(model.index(1, 0).data(DayModel::StatusCodeRole).toString(),
                 QStringLiteral("booked"));
        QCOMPARE(model.headerData(DayModel::ClinicianColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Clinician"));

        model.setAppointments({});
        QCOMPARE(model.rowCount(), 0);
    }

    // A change to the day updates the rows it touched: inserts, a status change, a move, a
    // correction, with no reset and the selection kept.
    void changesUpdateRowsNotTheWholeDay()
    {
        ManualClock clock(test::newYork(QStringLiteral("2026-03-06T10:00")));
        test::TempClinic temp(clock);
        test::createSmallClinic(temp.clinic());
        Clinic &clinic = temp.clinic();
        auto book = [&](const QString &name, const QString &phone, int minute) {
            return clinic.booking().book(newOnMonday(name, phone, minute)).value();
        };
        auto day = [&] {
            return clinic.schedule()
                .appointments({QDate(2026, 3, 9), QDate(2026, 3, 9), std::nullopt, std::nullopt})
                .value();
        };
        const Appointment nine = book(QStringLiteral("Nine"), QStringLiteral("2015550109"), 9 * 60);
        const Appointment noon =
            book(QStringLiteral("Noon"), QStringLiteral("2015550112"), 12 * 60);

        DayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAppointments(day());
        QItemSelectionModel selection(&model);
        selection.select(model.index(1, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A booking at 7:00 lands above both rows.
        book(QStringLiteral("Seven"), QStringLiteral("2015550107"), 7 * 60);
        model.updateAppointments(day());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.index(0, DayModel::PatientColumn).data().toString(),
                 QStringLiteral("Seven"));
        // The selected row (Noon) is still selected, now one row lower.
        QVERIFY(selection.isRowSelected(2, {}));

        // Nine is confirmed: one row changes, nothing else moves.
        QVERIFY(clinic.booking().setStatus(nine.id, Status::Confirmed).ok());
        model.updateAppointments(day());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, DayModel::StatusColumn).data().toString(),
                 QStringLiteral("Confirmed"));

        // Noon moves to 8:00: its old row stays as rescheduled, the new one comes in at 8:00.
        RescheduleRequest move;
        move.day = QDate(2026, 3, 9);
        move.startMinute = 8 * 60;
        const Appointment eight = clinic.booking().reschedule(noon.id, move).value();
        model.updateAppointments(day());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, 0).data(DayModel::AppointmentIdRole).toLongLong(), eight.id);
        QCOMPARE(model.index(3, DayModel::StatusColumn).data().toString(),
                 QStringLiteral("Rescheduled"));

        // Correcting the move takes the 8:00 row out of service, muted and struck out.
        QVERIFY(clinic.booking().correct(eight.id, QStringLiteral("wrong time")).ok());
        model.updateAppointments(day());
        QCOMPARE(model.index(1, DayModel::StatusColumn).data().toString(),
                 QStringLiteral("Entered in error"));
        QVERIFY(
            model.index(1, DayModel::PatientColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.index(3, DayModel::StatusColumn).data().toString(),
                 QStringLiteral("Booked"));

        // A row that leaves the day is removed, alone.
        const int before = removed.size();
        QList<Appointment> fewer = day();
        fewer.removeAt(0);
        model.updateAppointments(fewer);
        QCOMPARE(removed.size(), before + 1);
        QCOMPARE(model.rowCount(), 3);

        // Given another order, rows move (selection and all) rather than leave and come back.
        QList<Appointment> swapped = fewer;
        swapped.swapItemsAt(0, 2);
        selection.clearSelection();
        selection.select(model.index(2, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        const int removedBefore = removed.size();
        model.updateAppointments(swapped);
        QVERIFY(moved.size() >= 1);
        QCOMPARE(removed.size(), removedBefore);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.appointments()[row].id, swapped[row].id);
        QVERIFY(selection.isRowSelected(0, {}));
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(TestDayModel)
#include "tst_daymodel.moc"
