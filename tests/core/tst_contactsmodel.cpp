// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsmodel.h"
#include "incomingrows.h"
#include "municipalitiesmodel.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

class TestContactsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void groupedByRoleThenMunicipality()
    {
        TestReplica test(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        ContactsModel model(test.replica.contacts(), test.settings, test.context);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        const auto roles = modelColumn(model, ContactsModel::RoleRole);
        QCOMPARE(roles.first(), u"organiser"_s);
        QCOMPARE(roles.at(1), u"facilitator"_s);
        QCOMPARE(roles.last(), u"participant"_s);
        const auto sections = modelColumn(model, ContactsModel::SectionTitleRole);
        QCOMPARE(sections.at(0), u"Organisers"_s);
        QCOMPARE(sections.at(2), u"Participants – Mustergemeinde (Beispiel)"_s);
        QCOMPARE(sections.at(5), u"Participants – Musterstadt (Beispiel)"_s);
        QCOMPARE(model.data(model.index(0, 0), ContactsModel::InitialsRole).toString(), u"AH"_s);
        QCOMPARE(
            model.data(model.index(0, 0), ContactsModel::RoleTitleRole).toString(), u"Organiser"_s);
        QCOMPARE(model.data(model.index(5, 0), ContactsModel::RoleTitleRole).toString(),
            u"Participant – Musterstadt (Beispiel)"_s);
    }

    void searchFilters()
    {
        TestReplica test(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        ContactsModel model(test.replica.contacts(), test.settings, test.context);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ContactsModel::countChanged);
        model.setFilter(u"musterstadt"_s); // by municipality, any case
        QCOMPARE(model.rowCount(), 2);
        model.setFilter(u"ISI"_s); // by organisation
        QCOMPARE(modelColumn(model, ContactsModel::NameRole), QStringList { u"Alina Hirsch"_s });
        model.setFilter(u"Projektleitung"_s); // by function
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(u"zzz"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(countChanged.size(), 4);
    }

    void municipalitiesWithTheirProgress()
    {
        TestReplica test(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        MunicipalitiesModel model(test.replica.contacts(), test.replica.projects(), test.settings);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const int own = model.indexOf(u"demo-musterstadt"_s);
        QCOMPARE(model.data(model.index(own, 0), MunicipalitiesModel::StepCountRole).toInt(), 4);
        QCOMPARE(model.data(model.index(own, 0), MunicipalitiesModel::DoneCountRole).toInt(), 1);
        QCOMPARE(model.data(model.index(own, 0), MunicipalitiesModel::IsOwnRole).toBool(), false);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(own, 0), MunicipalitiesModel::IsOwnRole).toBool(), true);
        QCOMPARE(model.indexOf(u"nowhere"_s), -1);
        // A municipality without a project yet shows no steps.
        const int empty = model.indexOf(u"demo-mustergemeinde"_s);
        QCOMPARE(model.data(model.index(empty, 0), MunicipalitiesModel::StepCountRole).toInt(), 0);
    }

    void unsharedDetailsStayHiddenFromOthers()
    {
        TestReplica test(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        ContactsModel model(test.replica.contacts(), test.settings, test.context);
        // Jonas does not share his phone, Samira not her e-mail (demo cohort).
        QCOMPARE(model.get(u"demo-jonas"_s).value(u"phone"_s).toString(), QString());
        QCOMPARE(model.get(u"demo-jonas"_s).value(u"email"_s).toString(),
            u"jonas.beispiel@example.org"_s);
        QCOMPARE(model.get(u"demo-samira"_s).value(u"email"_s).toString(), QString());
        // Organisers' details are always shown.
        QCOMPARE(model.get(u"ews7-contact-alina-hirsch"_s).value(u"phone"_s).toString(),
            u"+49 176 12307836"_s);
        // Jonas sees his own number.
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        test.settings.setOwnContactId(u"demo-jonas"_s);
        QCOMPARE(model.get(u"demo-jonas"_s).value(u"phone"_s).toString(), u"0211 5550 102"_s);
        QCOMPARE(model.get(u"demo-jonas"_s).value(u"isSelf"_s).toBool(), true);
    }

    // Regression: a removal from the server used to be stored as a contact without a name.
    void contactsAndPlacesTheServerRemovedGoUnlessSomethingPointsToThem()
    {
        TestReplica test(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        const QDateTime now = test.clock.now();
        auto count = [&test](const QString &sql) {
            QSqlQuery query(test.replica.database().connection());
            return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
        };
        QVERIFY(
            IncomingRows(test.replica.database())
                .apply(u"contact"_s, u"guest"_s, false,
                    { { u"name"_s, u"Gast Referentin"_s }, { u"role"_s, u"facilitator"_s } }, now));
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"place"_s, u"town-hall"_s, false,
                        { { u"nameDe"_s, u"Rathaus"_s }, { u"nameEn"_s, u"Town hall"_s } }, now));
        const int contacts = count(u"SELECT count(*) FROM contacts"_s);
        QVERIFY(
            IncomingRows(test.replica.database()).apply(u"contact"_s, u"guest"_s, true, {}, now));
        QVERIFY(
            IncomingRows(test.replica.database()).apply(u"place"_s, u"town-hall"_s, true, {}, now));
        QCOMPARE(count(u"SELECT count(*) FROM contacts"_s), contacts - 1);
        QCOMPARE(count(u"SELECT count(*) FROM contacts WHERE name = ''"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM places WHERE id = 'town-hall'"_s), 0);
        // Jonas wrote log entries (demo cohort): his contact stays, unchanged, for them.
        QVERIFY(count(u"SELECT count(*) FROM log_entries WHERE author_contact_id = 'demo-jonas'"_s)
            > 0);
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"contact"_s, u"demo-jonas"_s, true, {}, now));
        QCOMPARE(
            count(u"SELECT count(*) FROM contacts WHERE id = 'demo-jonas' AND name <> ''"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactsModel)
#include "tst_contactsmodel.moc"
