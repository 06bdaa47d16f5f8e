// SPDX-License-Identifier: GPL-3.0-or-later
// What organisers do about people from the app, through POST /v1/access over real TLS on
// 127.0.0.1 on a real store: municipalities, invitations, devices, signing out, moving — and
// every participant, stranger and malformed request refused.
#include "auditlog.h"
#include "httpsclient.h"
#include "inprocessserver.h"
#include "personerasure.h"
#include "records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAccessApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InProcessServer> m_server;
    HttpsClient m_client;
    QString m_musterstadt;
    QString m_organiser; ///< the organiser's device token
    int m_run = 0;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer call(const QJsonObject &request, const QString &token)
    {
        const auto answer = m_client.call(m_server->port(), "POST", u"/v1/access"_s,
            QJsonDocument(request).toJson(QJsonDocument::Compact), token);
        return { answer.status, answer.json() };
    }

    Answer redeem(const QString &code)
    {
        const auto answer = m_client.call(m_server->port(), "POST", u"/v1/redeem"_s,
            QJsonDocument(QJsonObject { { u"code"_s, code }, { u"deviceName"_s, u"Telefon"_s } })
                .toJson());
        return { answer.status, answer.json() };
    }

    int sync(const QString &token)
    {
        return m_client
            .call(m_server->port(), "POST", u"/v1/sync"_s,
                "{\"protocol\": 1, \"clientId\": \"device\", \"mutations\": []}", token)
            .status;
    }

    /// A participant of Musterstadt invited by the organiser through the endpoint and signed
    /// in with the code it answered; their token (and person id).
    QString invitedParticipant(const QString &name, QString *personId = nullptr)
    {
        const auto invited = call({ { u"action"_s, u"invite"_s }, { u"role"_s, u"participant"_s },
                                      { u"name"_s, name }, { u"municipalityId"_s, m_musterstadt } },
            m_organiser);
        if (personId)
            *personId = invited.body.value("personId"_L1).toString();
        return redeem(invited.body.value("code"_L1).toString()).body.value("token"_L1).toString();
    }

    QJsonObject overview() { return call({ { u"action"_s, u"overview"_s } }, m_organiser).body; }

    /// The entry of @p list whose @p key is @p value, or none.
    static QJsonObject entry(const QJsonValue &list, const QString &key, const QString &value)
    {
        for (const auto &item : list.toArray()) {
            if (item.toObject().value(key).toString() == value)
                return item.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<InProcessServer>(
            u"sqlite:"_s + m_dir.filePath(u"access-%1.db"_s.arg(++m_run)));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_musterstadt = m_server->access().addMunicipality(u"Musterstadt"_s);
        QVERIFY(!m_musterstadt.isEmpty());
        const QString code
            = m_server->access().invite(Identity::Role::Organiser, {}, u"Alina Hirsch"_s);
        m_organiser = redeem(code).body.value("token"_L1).toString();
        QVERIFY(!m_organiser.isEmpty());
    }

    void cleanup() { m_server.reset(); }

    /// Participants, strangers and forged tokens are refused for every action; nothing of
    /// what they asked happens.
    void onlyOrganisersMay_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::newRow("overview") << QJsonObject { { u"action"_s, u"overview"_s } };
        QTest::newRow("addMunicipality")
            << QJsonObject { { u"action"_s, u"addMunicipality"_s }, { u"name"_s, u"Neustadt"_s } };
        QTest::newRow("invite") << QJsonObject { { u"action"_s, u"invite"_s },
            { u"role"_s, u"organiser"_s }, { u"name"_s, u"Mallory"_s } };
        QTest::newRow("signOutPerson")
            << QJsonObject { { u"action"_s, u"signOutPerson"_s }, { u"personId"_s, u"x"_s } };
        QTest::newRow("forgetPerson")
            << QJsonObject { { u"action"_s, u"forgetPerson"_s }, { u"personId"_s, u"x"_s } };
        QTest::newRow("closeProgramme")
            << QJsonObject { { u"action"_s, u"closeProgramme"_s }, { u"closed"_s, true } };
    }
    void onlyOrganisersMay()
    {
        QFETCH(QJsonObject, request);
        const QString erika = invitedParticipant(u"Erika"_s);
        QVERIFY(!erika.isEmpty());
        const auto participant = call(request, erika);
        QCOMPARE(participant.status, 403);
        QCOMPARE(participant.body.value("error"_L1).toString(), u"not_allowed"_s);
        QCOMPARE(call(request, {}).status, 401);
        QCOMPARE(call(request, u"forged-token"_s).status, 401);
        QCOMPARE(
            m_client.call(m_server->port(), "GET", u"/v1/access"_s, {}, m_organiser).status, 405);
        // Nothing happened: no second municipality, no Mallory.
        const auto people = overview().value("people"_L1).toArray();
        QCOMPARE(people.size(), 2);
        QVERIFY(entry(people, u"name"_s, u"Mallory"_s).isEmpty());
        QCOMPARE(overview().value("municipalities"_L1).toArray().size(), 1);
    }

    /// The whole way of a new municipality's participant: added, invited, signed in with the
    /// code, seen with the device; a further device; an organiser linked to her contact.
    void organiserAddsMunicipalityAndInvites()
    {
        const auto added
            = call({ { u"action"_s, u"addMunicipality"_s }, { u"name"_s, u" Kreis  Lippe "_s } },
                m_organiser);
        QCOMPARE(added.status, 200);
        const QString lippe = added.body.value("municipalityId"_L1).toString();
        QCOMPARE(entry(overview().value("municipalities"_L1), u"id"_s, lippe)
                     .value("name"_L1)
                     .toString(),
            u"Kreis Lippe"_s);
        const auto twice
            = call({ { u"action"_s, u"addMunicipality"_s }, { u"name"_s, u"kreis lippe"_s } },
                m_organiser);
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.body.value("error"_L1).toString(), u"exists"_s);
        QVERIFY(twice.body.value("message"_L1).toString().contains(u"already"_s));
        QCOMPARE(
            call({ { u"action"_s, u"addMunicipality"_s }, { u"name"_s, u"  "_s } }, m_organiser)
                .status,
            409);

        const auto invited = call({ { u"action"_s, u"invite"_s }, { u"role"_s, u"participant"_s },
                                      { u"name"_s, u"Jonas Berg"_s },
                                      { u"municipalityId"_s, lippe }, { u"validDays"_s, 14 } },
            m_organiser);
        QCOMPARE(invited.status, 200);
        const QString jonas = invited.body.value("personId"_L1).toString();
        const auto expires
            = QDateTime::fromString(invited.body.value("expiresAt"_L1).toString(), Qt::ISODate);
        QCOMPARE(QDateTime::currentDateTimeUtc().daysTo(expires), 14);
        const auto open = entry(overview().value("invitations"_L1), u"personId"_s, jonas);
        QCOMPARE(open.value("personName"_L1).toString(), u"Jonas Berg"_s);
        QCOMPARE(open.value("municipalityId"_L1).toString(), lippe);
        QCOMPARE(open.value("expiresAt"_L1).toString(), expires.toString(Qt::ISODate));

        const auto signedIn = redeem(invited.body.value("code"_L1).toString());
        QCOMPARE(signedIn.status, 200);
        QCOMPARE(signedIn.body.value("municipalityId"_L1).toString(), lippe);
        QCOMPARE(sync(signedIn.body.value("token"_L1).toString()), 200);
        QVERIFY(entry(overview().value("invitations"_L1), u"personId"_s, jonas).isEmpty());
        const auto person = entry(overview().value("people"_L1), u"id"_s, jonas);
        QCOMPARE(person.value("role"_L1).toString(), u"participant"_s);
        const auto devices = person.value("devices"_L1).toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().toObject().value("id"_L1).toString(),
            signedIn.body.value("deviceId"_L1).toString());
        QCOMPARE(devices.first().toObject().value("name"_L1).toString(), u"Telefon"_s);
        QVERIFY(QDateTime::fromString(
                    devices.first().toObject().value("signedInAt"_L1).toString(), Qt::ISODate)
                    .secsTo(QDateTime::currentDateTimeUtc())
            < 60);

        // The office PC beside the phone.
        const auto further
            = call({ { u"action"_s, u"inviteDevice"_s }, { u"personId"_s, jonas } }, m_organiser);
        QCOMPARE(further.status, 200);
        // Typed as people type it: small letters, without the dashes.
        const QString typed = further.body.value("code"_L1).toString().toLower().remove(u'-');
        QCOMPARE(typed.size(), 12);
        QCOMPARE(redeem(typed).body.value("personId"_L1), QJsonValue(jonas));
        QCOMPARE(entry(overview().value("people"_L1), u"id"_s, jonas)
                     .value("devices"_L1)
                     .toArray()
                     .size(),
            2);
        QCOMPARE(call({ { u"action"_s, u"inviteDevice"_s }, { u"personId"_s, u"nobody"_s } },
                     m_organiser)
                     .status,
            404);

        // A participant needs a municipality that exists.
        const auto nowhere
            = call({ { u"action"_s, u"invite"_s }, { u"role"_s, u"participant"_s },
                       { u"name"_s, u"Irgendwer"_s }, { u"municipalityId"_s, u"atlantis"_s } },
                m_organiser);
        QCOMPARE(nowhere.status, 409);
        QCOMPARE(nowhere.body.value("error"_L1).toString(), u"no_municipality"_s);
        QVERIFY(nowhere.body.value("message"_L1).toString().contains(u"no municipality"_s));
        // An organiser who signs in already gets a further device, not a second person.
        const auto again = call({ { u"action"_s, u"invite"_s }, { u"role"_s, u"organiser"_s },
                                    { u"name"_s, u"alina  hirsch"_s } },
            m_organiser);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.body.value("error"_L1).toString(), u"signs_in_already"_s);
    }

    /// An invitation not used yet is listed and can be ended; then the code is no way in.
    void invitationsAreEnded()
    {
        const auto invited
            = call({ { u"action"_s, u"invite"_s }, { u"role"_s, u"participant"_s },
                       { u"name"_s, u"Erika"_s }, { u"municipalityId"_s, m_musterstadt } },
                m_organiser);
        const QString personId = invited.body.value("personId"_L1).toString();
        const QString id = entry(overview().value("invitations"_L1), u"personId"_s, personId)
                               .value("id"_L1)
                               .toString();
        QCOMPARE(id.size(), 16);
        QCOMPARE(
            call({ { u"action"_s, u"endInvitation"_s }, { u"invitationId"_s, id } }, m_organiser)
                .status,
            200);
        QCOMPARE(redeem(invited.body.value("code"_L1).toString()).status, 403);
        QVERIFY(entry(overview().value("invitations"_L1), u"personId"_s, personId).isEmpty());
        QCOMPARE(
            call({ { u"action"_s, u"endInvitation"_s }, { u"invitationId"_s, id } }, m_organiser)
                .status,
            404);
    }

    /// A lost phone is signed out, then a person who left; the organiser's own device and
    /// person are not, whatever the request says.
    void devicesAndPeopleAreSignedOut()
    {
        QString erikaId;
        const QString phone = invitedParticipant(u"Erika"_s, &erikaId);
        const QString deviceId = m_server->access().identityFor(phone)->deviceId;
        const QString pc
            = m_client
                  .call(m_server->port(), "POST", u"/v1/redeem"_s,
                      QJsonDocument(
                          QJsonObject { { u"code"_s, m_server->access().inviteDevice(erikaId) } })
                          .toJson())
                  .json()
                  .value("token"_L1)
                  .toString();
        QCOMPARE(sync(pc), 200);
        QCOMPARE(
            call({ { u"action"_s, u"signOutDevice"_s }, { u"deviceId"_s, deviceId } }, m_organiser)
                .status,
            200);
        QCOMPARE(sync(phone), 403);
        QCOMPARE(sync(pc), 200); // her other device stays signed in
        QCOMPARE(
            call({ { u"action"_s, u"signOutPerson"_s }, { u"personId"_s, erikaId } }, m_organiser)
                .status,
            200);
        QCOMPARE(sync(pc), 403);
        QVERIFY(entry(overview().value("people"_L1), u"id"_s, erikaId).isEmpty());
        // The operator's log has both, by id (no name), with the organisers' device.
        const QString log = m_server->log().join(u'\n');
        const QString by = u", by the organisers' device "_s
            + m_server->access().identityFor(m_organiser)->deviceId;
        QVERIFY2(log.contains(u"signed out: device "_s + deviceId + by), qPrintable(log));
        QVERIFY(log.contains(u"signed out: every device of person "_s + erikaId + by));
        QVERIFY(!log.contains(u"Erika"_s));

        const auto own = m_server->access().identityFor(m_organiser);
        const auto ownDevice = call(
            { { u"action"_s, u"signOutDevice"_s }, { u"deviceId"_s, own->deviceId } }, m_organiser);
        QCOMPARE(ownDevice.status, 409);
        QCOMPARE(ownDevice.body.value("error"_L1).toString(), u"own_device"_s);
        QCOMPARE(call({ { u"action"_s, u"signOutPerson"_s }, { u"personId"_s, own->contactId } },
                     m_organiser)
                     .status,
            409);
        QCOMPARE(sync(m_organiser), 200);
        QCOMPARE(
            call({ { u"action"_s, u"signOutDevice"_s }, { u"deviceId"_s, u"none"_s } }, m_organiser)
                .status,
            404);
    }

    /// An organiser erases a person: signed out for good, gone from the overview, named in the
    /// operator's log by the erasure's key alone; herself and unknown people refused.
    void organiserErasesPerson()
    {
        QString erikaId;
        const QString phone = invitedParticipant(u"Erika"_s, &erikaId);
        QCOMPARE(sync(phone), 200);
        // An organiser's participant refused (the sync above proves her token), then erased.
        QCOMPARE(
            call({ { u"action"_s, u"forgetPerson"_s }, { u"personId"_s, erikaId } }, phone).status,
            403);
        const auto erased = call({ { u"action"_s, u"forgetPerson"_s }, { u"personId"_s, erikaId },
                                     { u"removeWritings"_s, false } },
            m_organiser);
        QCOMPARE(erased.status, 200);
        QCOMPARE(erased.body.value("erased"_L1).toBool(), true);
        QCOMPARE(sync(phone), 401); // her token is unknown now, not merely revoked
        QVERIFY(entry(overview().value("people"_L1), u"id"_s, erikaId).isEmpty());
        const QString log = m_server->log().join(u'\n');
        QVERIFY2(log.contains(u"erased: person "_s + PersonErasure::keyOf(erikaId).left(16)),
            qPrintable(log));
        QVERIFY(!log.contains(erikaId.right(12)));
        QVERIFY(!log.contains(u"Erika"_s));
        // Again, or anyone unknown: not found; herself: refused.
        QCOMPARE(
            call({ { u"action"_s, u"forgetPerson"_s }, { u"personId"_s, erikaId } }, m_organiser)
                .status,
            404);
        const auto own = m_server->access().identityFor(m_organiser);
        QCOMPARE(call({ { u"action"_s, u"forgetPerson"_s }, { u"personId"_s, own->contactId } },
                     m_organiser)
                     .status,
            409);
        QCOMPARE(sync(m_organiser), 200);

        // The audit log: her invitation and erasure by this organiser, naming her by the
        // erasure only; refused and failed requests are not in it.
        QStringList audited;
        for (const auto &entry : AuditLog(m_server->database().connection()).entries()) {
            QCOMPARE(entry.actor, AuditLog::organiserActor(*own));
            audited.append(entry.action + u' ' + entry.subject);
        }
        const QString erasure = PersonErasure::erasedName(erikaId);
        QCOMPARE(audited,
            QStringList({ u"invite participant "_s + erasure, u"erase person "_s + erasure }));
    }

    /// The organisers close the programme: they see when its data goes; and open it again.
    void organiserClosesTheProgramme()
    {
        QCOMPARE(overview().value("erasesOn"_L1).toString(), QString());
        const auto closed
            = call({ { u"action"_s, u"closeProgramme"_s }, { u"closed"_s, true } }, m_organiser);
        QCOMPARE(closed.status, 200);
        const QString expected = QDate::currentDate().addDays(183).toString(Qt::ISODate);
        QCOMPARE(closed.body.value("erasesOn"_L1).toString(), expected);
        QCOMPARE(overview().value("erasesOn"_L1).toString(), expected);
        QCOMPARE(
            call({ { u"action"_s, u"closeProgramme"_s }, { u"closed"_s, u"yes"_s } }, m_organiser)
                .status,
            400);
        QCOMPARE(call({ { u"action"_s, u"closeProgramme"_s }, { u"closed"_s, false } }, m_organiser)
                     .status,
            200);
        QCOMPARE(overview().value("erasesOn"_L1).toString(), QString());
    }

    /// A participant moves to another municipality; an organiser cannot be moved into one.
    void participantMoves()
    {
        QString erikaId;
        const QString phone = invitedParticipant(u"Erika"_s, &erikaId);
        const QString neustadt = call(
            { { u"action"_s, u"addMunicipality"_s }, { u"name"_s, u"Neustadt"_s } }, m_organiser)
                                     .body.value("municipalityId"_L1)
                                     .toString();
        QCOMPARE(call({ { u"action"_s, u"movePerson"_s }, { u"personId"_s, erikaId },
                          { u"municipalityId"_s, neustadt } },
                     m_organiser)
                     .status,
            200);
        QCOMPARE(m_server->access().identityFor(phone)->municipalityId, neustadt);
        const auto contact = m_server->store().rowOf(Records::Contact::entity, erikaId);
        QCOMPARE(contact->fields.value(Records::Contact::municipalityId).toString(), neustadt);
        const QString organiserId = m_server->access().identityFor(m_organiser)->contactId;
        QCOMPARE(call({ { u"action"_s, u"movePerson"_s }, { u"personId"_s, organiserId },
                          { u"municipalityId"_s, neustadt } },
                     m_organiser)
                     .status,
            404);
        QCOMPARE(call({ { u"action"_s, u"movePerson"_s }, { u"personId"_s, erikaId },
                          { u"municipalityId"_s, u"atlantis"_s } },
                     m_organiser)
                     .status,
            404);
    }

    void malformedRequestsAreExplained_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("explained");
        QTest::newRow("not json") << QByteArray("{\"action\":") << u"JSON object"_s;
        QTest::newRow("no action") << QByteArray("{}") << u"action"_s;
        QTest::newRow("unknown action")
            << QByteArray("{\"action\":\"dropTables\"}") << u"Unknown action"_s;
        QTest::newRow("unknown field")
            << QByteArray("{\"action\":\"overview\",\"admin\":true}") << u"admin"_s;
        QTest::newRow("role") << QByteArray(
            "{\"action\":\"invite\",\"role\":\"operator\",\"name\":\"X\"}")
                              << u"role"_s;
        QTest::newRow("organiser with municipality") << QByteArray(
            "{\"action\":\"invite\",\"role\":\"organiser\",\"name\":\"X\",\"municipalityId\":"
            "\"m\"}") << u"no municipality"_s;
        QTest::newRow("valid days") << QByteArray(
            "{\"action\":\"invite\",\"role\":\"organiser\",\"name\":\"X\",\"validDays\":0}")
                                    << u"validDays"_s;
        QTest::newRow("long name") << QByteArray(
            "{\"action\":\"addMunicipality\",\"name\":\"" + QByteArray(300, 'a') + "\"}")
                                   << u"name"_s;
        QTest::newRow("erasure's choice not a flag") << QByteArray(
            "{\"action\":\"forgetPerson\",\"personId\":\"p\",\"removeWritings\":"
            "\"yes\"}") << u"removeWritings"_s;
        QTest::newRow("id with a slash")
            << QByteArray("{\"action\":\"signOutDevice\",\"deviceId\":\"../x\"}") << u"deviceId"_s;
    }
    void malformedRequestsAreExplained()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, explained);
        const auto answer
            = m_client.call(m_server->port(), "POST", u"/v1/access"_s, body, m_organiser);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json().value("message"_L1).toString().contains(explained),
            answer.body.constData());
        QCOMPARE(overview().value("people"_L1).toArray().size(), 1); // nothing happened
    }

    void requestsAreLimitedPerDevice()
    {
        m_server->setLimits(ApiLimits { 1000, 10, 3 });
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call({ { u"action"_s, u"overview"_s } }, m_organiser).status, 200);
        const auto answer = m_client.call(
            m_server->port(), "POST", u"/v1/access"_s, "{\"action\":\"overview\"}", m_organiser);
        QCOMPARE(answer.status, 429);
        QVERIFY(answer.headers.contains("retry-after"));
    }
};

QTEST_GUILESS_MAIN(TestAccessApi)
#include "tst_accessapi.moc"
