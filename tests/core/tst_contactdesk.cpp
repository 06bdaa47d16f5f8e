// SPDX-License-Identifier: GPL-3.0-or-later
// The organisers' desk for contacts on a real replica: a contact of the programme changed
// sends only what changed, an invited speaker added is filed under "Speakers", a participant's
// name is corrected and nothing else of theirs is touched, and forms that are not a contact
// are refused with a message.
#include "changelog.h"
#include "contactdesk.h"
#include "contactsmodel.h"
#include "programmezone.h"
#include "records.h"
#include "testreplica.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime saturday()
{
    return ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0));
}

QString participantOf(TestReplica &test)
{
    for (const auto &contact : test.replica.contacts().contacts()) {
        if (contact.role == Contact::Role::Participant && !contact.phone.isEmpty())
            return contact.id;
    }
    qFatal("The demo cohort has no participant with a phone number");
}
}

class TestContactDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangedContactSendsOnlyWhatChanged()
    {
        TestReplica test(saturday(), u"en"_s);
        ContactDesk desk(test.replica.contacts(), test.clock);
        QSignalSpy recorded(&desk, &ContactDesk::changesRecorded);
        QVariantMap form = desk.form(u"ews7-contact-alina-hirsch"_s);
        QCOMPARE(form.value(u"role"_s).toString(), u"organiser"_s);
        QVERIFY(!form.value(u"nameOnly"_s).toBool());
        form.insert(u"phone"_s, u"0211 555 12"_s);
        QCOMPARE(desk.save(form), QString());
        QCOMPARE(recorded.size(), 1);
        const auto pending = ChangeLog(test.replica.database().connection()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).operation, Records::Operation::update);
        QCOMPARE(
            pending.at(0).payload, (QJsonObject { { Records::Contact::phone, u"0211 555 12"_s } }));
        QCOMPARE(test.replica.contacts().contact(u"ews7-contact-alina-hirsch"_s)->phone,
            u"0211 555 12"_s);
        // Saved again as it is: nothing more to send, nothing to show again.
        QCOMPARE(desk.save(desk.form(u"ews7-contact-alina-hirsch"_s)), QString());
        QCOMPARE(ChangeLog(test.replica.database().connection()).pendingCount(), 1);
        QCOMPARE(recorded.size(), 1);
    }

    void anInvitedSpeakerIsFiledUnderSpeakers()
    {
        TestReplica test(saturday(), u"en"_s);
        ContactDesk desk(test.replica.contacts(), test.clock);
        QVariantMap form = desk.newContactForm();
        form.insert(u"role"_s, u"speaker"_s);
        form.insert(u"name"_s, u"  Dr. Petra Gast "_s);
        form.insert(u"organisation"_s, u"Landesnetzwerk Bürgerschaftliches Engagement"_s);
        form.insert(u"email"_s, u"p.gast@example.org"_s);
        QCOMPARE(desk.save(form), QString());
        const auto pending = ChangeLog(test.replica.database().connection()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).operation, Records::Operation::insert);
        QCOMPARE(
            pending.at(0).payload.value(Records::Contact::name).toString(), u"Dr. Petra Gast"_s);
        QCOMPARE(pending.at(0).payload.value(Records::Contact::role).toString(), u"speaker"_s);
        QVERIFY(!pending.at(0).payload.contains(Records::Contact::phone)); // none given

        ContactsModel contacts(test.replica.contacts(), test.settings, test.context);
        contacts.setFilter(u"Gast"_s);
        QCOMPARE(contacts.rowCount(), 1);
        QCOMPARE(contacts.data(contacts.index(0, 0), ContactsModel::SectionTitleRole).toString(),
            u"Speakers"_s);
        QCOMPARE(contacts.data(contacts.index(0, 0), ContactsModel::RoleTitleRole).toString(),
            u"Speaker"_s);
    }

    void aParticipantsNameIsCorrectedAndNothingElse()
    {
        TestReplica test(saturday(), u"en"_s);
        ContactDesk desk(test.replica.contacts(), test.clock);
        const QString id = participantOf(test);
        const auto before = test.replica.contacts().contact(id);
        QVariantMap form = desk.form(id);
        QVERIFY(form.value(u"nameOnly"_s).toBool());
        form.insert(u"name"_s, u"Jonas Beispiel-Meier"_s);
        form.insert(u"phone"_s, u"0000"_s); // not the organiser's to change
        form.insert(u"role"_s, u"organiser"_s);
        QCOMPARE(desk.save(form), QString());
        const auto pending = ChangeLog(test.replica.database().connection()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).payload,
            (QJsonObject { { Records::Contact::name, u"Jonas Beispiel-Meier"_s } }));
        const auto after = test.replica.contacts().contact(id);
        QCOMPARE(after->name, u"Jonas Beispiel-Meier"_s);
        QCOMPARE(after->phone, before->phone);
        QCOMPARE(after->role, Contact::Role::Participant);
    }

    void formsThatAreNoContactAreExplained_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << u"name"_s << u"  "_s << u"enter the name"_s;
        QTest::newRow("a participant added by an organiser")
            << u"role"_s << u"participant"_s << u"organises, facilitates"_s;
        QTest::newRow("an unknown part") << u"role"_s << u"guest"_s << u"organises, facilitates"_s;
        QTest::newRow("letters in the phone number")
            << u"phone"_s << u"call me maybe"_s << u"only digits"_s;
        QTest::newRow("half an e-mail address") << u"email"_s << u"p.gast@"_s << u"incomplete"_s;
        QTest::newRow("a name too long") << u"name"_s << QString(201, u'x') << u"too long"_s;
    }

    void formsThatAreNoContactAreExplained()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        TestReplica test(saturday(), u"en"_s);
        ContactDesk desk(test.replica.contacts(), test.clock);
        QVariantMap form = desk.newContactForm();
        form.insert(u"name"_s, u"Dr. Petra Gast"_s);
        form.insert(field, value);
        const QString problem = desk.save(form);
        QVERIFY2(problem.contains(message), qPrintable(problem));
        QCOMPARE(ChangeLog(test.replica.database().connection()).pendingCount(), 0);
    }
};

QTEST_MAIN(TestContactDesk)
#include "tst_contactdesk.moc"
