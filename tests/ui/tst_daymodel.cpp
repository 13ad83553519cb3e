#include "booking/bookingservice.h"
#include "booking/scheduleservice.h"
#include "daymodel.h"
#include "testclinic.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace fd;

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
            BookingRequest r;
            r.type = AppointmentType::New;
            r.name = name;
            r.phone = phone;
            r.location = QStringLiteral("Midtown");
            r.clinician = QStringLiteral("Dr. One");
            r.day = QDate(2026, 3, 9);
            r.startMinute = minute;
            r.reason = QStringLiteral("Sciatica");
            return booking.book(r).value();
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
};

QTEST_MAIN(TestDayModel)
#include "tst_daymodel.moc"
