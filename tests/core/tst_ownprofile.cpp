// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"
#include "ownprofile.h"
#include "testreplica.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TestOwnProfile : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chooseMunicipalityAndPerson()
    {
        TestReplica test(now());
        OwnProfile profile(test.replica.contacts(), test.settings, test.context);
        QSignalSpy changed(&profile, &OwnProfile::changed);
        profile.chooseMunicipality(u"demo-musterkreis"_s);
        QCOMPARE(profile.municipalityName(), u"Musterkreis (Beispiel)"_s);
        QCOMPARE(profile.participantChoices().size(), 1);
        QCOMPARE(profile.contactIndex(), -1);
        profile.chooseContact(u"demo-samira"_s);
        QCOMPARE(profile.contactName(), u"Samira Probe (Beispiel)"_s);
        QCOMPARE(profile.contactIndex(), 0);
        QVERIFY(changed.size() >= 2);
        // A person of another municipality or an unknown id is not taken.
        profile.chooseContact(u"demo-erika"_s);
        QCOMPARE(profile.contactId(), u"demo-samira"_s);
        profile.chooseMunicipality(u"no-such-place"_s);
        QCOMPARE(profile.municipalityId(), u"demo-musterkreis"_s);
        // Changing the municipality forgets the person.
        profile.chooseMunicipality(u"demo-musterstadt"_s);
        QCOMPARE(profile.contactId(), QString());
    }

    void addMunicipalityAndSelf()
    {
        TestReplica test(now());
        OwnProfile profile(test.replica.contacts(), test.settings, test.context);
        QVERIFY(profile.addContact(u"Ich"_s).contains(u"municipality first"_s));
        QCOMPARE(profile.addMunicipality(u"  Neustadt "_s), QString());
        QCOMPARE(profile.municipalityName(), u"Neustadt"_s);
        QVERIFY(profile.addMunicipality(u"neustadt"_s).contains(u"already in the list"_s));
        QVERIFY(profile.addMunicipality(u"X"_s).contains(u"two letters"_s));
        QVERIFY(profile.addMunicipality(QString(101, u'x')).contains(u"at most 100"_s));
        QCOMPARE(profile.addContact(u"Maria Neu"_s), QString());
        QCOMPARE(profile.contactName(), u"Maria Neu"_s);
        QCOMPARE(ChangeLog(test.replica.database().connection()).pendingCount(), 2);
    }

    void ownDetailsAreChecked_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("message");
        QTest::newRow("fine") << u"0211 123456"_s << u"a@b.de"_s << QString();
        QTest::newRow("international") << u"+49 (211) 123-456"_s << QString() << QString();
        QTest::newRow("empty is fine") << QString() << QString() << QString();
        QTest::newRow("letters in phone") << u"call me"_s << QString() << u"digits only"_s;
        QTest::newRow("phone too long") << QString(31, u'1') << QString() << u"digits only"_s;
        QTest::newRow("no at") << QString() << u"ab.de"_s << u"name@example.org"_s;
        QTest::newRow("no domain") << QString() << u"a@b"_s << u"name@example.org"_s;
        QTest::newRow("spaces") << QString() << u"a b@c.de"_s << u"name@example.org"_s;
    }

    void ownDetailsAreChecked()
    {
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QString, message);
        TestReplica test(now());
        OwnProfile profile(test.replica.contacts(), test.settings, test.context);
        QVERIFY(profile.saveDetails(phone, email, true, true).contains(u"who you are"_s));
        profile.chooseMunicipality(u"demo-musterstadt"_s);
        profile.chooseContact(u"demo-erika"_s);
        const QString error = profile.saveDetails(phone, email, false, true);
        if (message.isEmpty()) {
            QCOMPARE(error, QString());
            QCOMPARE(profile.phone(), phone.trimmed());
            QCOMPARE(profile.sharePhone(), false);
        } else {
            QVERIFY2(error.contains(message), qPrintable(error));
            QCOMPARE(profile.phone(), u"0211 5550 101"_s); // unchanged
            QCOMPARE(profile.sharePhone(), true);
        }
    }
};

QTEST_GUILESS_MAIN(TestOwnProfile)
#include "tst_ownprofile.moc"
