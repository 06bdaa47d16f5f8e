// SPDX-License-Identifier: GPL-3.0-or-later
// A person's calendar subscription over real TLS on 127.0.0.1, on a real SQLite store: the
// secret address, the programme it serves (read back by python3-icalendar through the file's
// own time zone), a moved and a cancelled date, a new address, revoking, and bad requests.
// On SQLite, and on PostgreSQL as tst_calendarapi_postgres.
#include "httpsclient.h"
#include "independentparser.h"
#include "inprocessserver.h"
#include "programmezone.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCalendarApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InProcessServer> m_server;
    HttpsClient m_client;
    QString m_town;

    using Answer = HttpsClient::Answer;

    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QString &token = {})
    {
        return m_client.call(m_server->port(), method, path, body, token);
    }

    QString signIn(Identity::Role role, const QString &municipality, QString *personId = nullptr)
    {
        const QString code = m_server->access().invite(role, municipality, u"Erika"_s, personId);
        return m_server->access().redeem(code, u"Telefon"_s)->token;
    }

    /// The events the independent parser reads from @p calendar, by uid.
    static QHash<QString, QJsonObject> parsed(const QByteArray &calendar)
    {
        return calendarEventsByUid(QStringLiteral(ICS_EVENTS), calendar);
    }

    static QJsonObject date(const QDateTime &start, const QString &titleDe, bool tentative)
    {
        return { { u"kind"_s, u"module_day"_s }, { u"moduleNumber"_s, 3 }, { u"number"_s, 1 },
            { u"titleDe"_s, titleDe }, { u"titleEn"_s, u"Module day"_s },
            { u"startsAt"_s, start.toUTC().toString(Qt::ISODate) },
            { u"endsAt"_s, start.addSecs(6 * 3600).toUTC().toString(Qt::ISODate) },
            { u"placeId"_s, u"djh"_s }, { u"tentative"_s, tentative },
            { u"topicsDe"_s, QJsonArray { u"Beteiligung, Ehrenamt; Förderung"_s } },
            { u"topicsEn"_s, QJsonArray { u"Participation"_s } } };
    }

    static QString utc(int year, int month, int day, int hour)
    {
        return ProgrammeZone::instant(QDate(year, month, day), QTime(hour, 0))
                   .toUTC()
                   .toString(u"yyyy-MM-ddTHH:mm:ss"_s)
            + u"+00:00"_s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!m_client.certificate().isNull()); }

    void init()
    {
        m_server = std::make_unique<InProcessServer>(freshTestDatabase(m_dir, u"calendar"_s),
            [] { return QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC); });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_town = m_server->access().addMunicipality(u"Musterstadt"_s);
        QVERIFY(m_server->store().storeRow(u"place"_s, u"djh"_s, {},
            { { u"nameDe"_s, u"DJH Jugendherberge"_s }, { u"nameEn"_s, u"DJH youth hostel"_s },
                { u"city"_s, u"Düsseldorf"_s } }));
        // One date in summer time, one in winter time.
        QVERIFY(m_server->store().storeRow(u"event"_s, u"summer"_s, {},
            date(ProgrammeZone::instant(QDate(2026, 8, 27), QTime(10, 0)), u"Modul 1"_s, false)));
        QVERIFY(m_server->store().storeRow(u"event"_s, u"winter"_s, {},
            date(ProgrammeZone::instant(QDate(2027, 1, 28), QTime(10, 0)), u"Modul 3"_s, true)));
    }

    void cleanup() { m_server.reset(); }

    void aSubscriptionServesTheProgramme()
    {
        const QString token = signIn(Identity::Role::Participant, m_town);
        const auto made = call("POST", u"/v1/calendar-feed"_s, R"({"language": "en"})", token);
        QCOMPARE(made.status, 200);
        const QString path = made.json().value("path"_L1).toString();
        QVERIFY2(path.startsWith(u"/v1/calendar/"_s) && path.endsWith(u".ics"_s), qPrintable(path));

        // A calendar program asks without any sign-in: the address is the key.
        const auto feed = call("GET", path);
        QCOMPARE(feed.status, 200);
        QVERIFY2(feed.contentType.startsWith("text/calendar"), feed.contentType.constData());
        const auto events = parsed(feed.body);
        QCOMPARE(events.size(), 2);
        const QJsonObject summer = events.value(u"summer@ews-companion"_s);
        QCOMPARE(summer.value("start"_L1).toString(), utc(2026, 8, 27, 10));
        QCOMPARE(summer.value("summary"_L1).toString(), u"Module day"_s);
        QCOMPARE(summer.value("location"_L1).toString(), u"DJH youth hostel, Düsseldorf"_s);
        QCOMPARE(summer.value("status"_L1).toString(), u"CONFIRMED"_s);
        const QJsonObject winter = events.value(u"winter@ews-companion"_s);
        QCOMPARE(winter.value("start"_L1).toString(), utc(2027, 1, 28, 10));
        QCOMPARE(winter.value("status"_L1).toString(), u"TENTATIVE"_s);

        // In German by default; texts with commas and semicolons arrive as written.
        const auto german = call("POST", u"/v1/calendar-feed"_s, {}, token);
        QCOMPARE(german.json().value("language"_L1).toString(), u"de"_s);
        const auto deEvents = parsed(call("GET", german.json().value("path"_L1).toString()).body);
        QCOMPARE(
            deEvents.value(u"summer@ews-companion"_s).value("summary"_L1).toString(), u"Modul 1"_s);
        QVERIFY(deEvents.value(u"summer@ews-companion"_s)
                    .value("description"_L1)
                    .toString()
                    .contains(u"Beteiligung, Ehrenamt; Förderung"_s));
    }

    void movedAndCancelledDatesArriveAsSuch()
    {
        const QString token = signIn(Identity::Role::Participant, m_town);
        const QString path
            = call("POST", u"/v1/calendar-feed"_s, {}, token).json().value("path"_L1).toString();
        const int before = parsed(call("GET", path).body)
                               .value(u"summer@ews-companion"_s)
                               .value("sequence"_L1)
                               .toInt();

        // The organisers move one date and cancel the other in their draft, and publish it,
        // through the sync API.
        const QString organiser = signIn(Identity::Role::Organiser, {});
        QJsonObject moved
            = date(ProgrammeZone::instant(QDate(2026, 9, 3), QTime(10, 0)), u"Modul 1"_s, false);
        const QJsonArray mutations {
            QJsonObject { { u"seq"_s, 1 }, { u"entity"_s, u"event_draft"_s },
                { u"op"_s, u"update"_s }, { u"id"_s, u"summer"_s }, { u"fields"_s, moved } },
            QJsonObject { { u"seq"_s, 2 }, { u"entity"_s, u"event_draft"_s },
                { u"op"_s, u"update"_s }, { u"id"_s, u"winter"_s },
                { u"fields"_s,
                    QJsonObject { { u"cancelled"_s, true },
                        { u"cancelReason"_s, u"Der Landeshaushalt gibt es nicht her."_s } } } },
            QJsonObject { { u"seq"_s, 3 }, { u"entity"_s, u"release"_s }, { u"op"_s, u"insert"_s },
                { u"id"_s, u"release-2"_s },
                { u"fields"_s,
                    QJsonObject { { u"note"_s, u"Modul 1 später, Modul 3 fällt aus"_s } } } },
        };
        const auto synced = call("POST", u"/v1/sync"_s,
            QJsonDocument(QJsonObject { { u"protocol"_s, 1 }, { u"clientId"_s, u"desk"_s },
                              { u"mutations"_s, mutations } })
                .toJson(),
            organiser);
        QCOMPARE(synced.status, 200);
        for (const auto &result : synced.json().value("results"_L1).toArray())
            QCOMPARE(result.toObject().value("status"_L1).toString(), u"applied"_s);

        const auto events = parsed(call("GET", path).body);
        const QJsonObject summer = events.value(u"summer@ews-companion"_s);
        QCOMPARE(summer.value("start"_L1).toString(), utc(2026, 9, 3, 10));
        QVERIFY(summer.value("sequence"_L1).toInt() > before);
        const QJsonObject winter = events.value(u"winter@ews-companion"_s);
        QCOMPARE(winter.value("status"_L1).toString(), u"CANCELLED"_s);
        QCOMPARE(winter.value("start"_L1).toString(), utc(2027, 1, 28, 10));
        // Calendar programs that ignore STATUS still show that it is off.
        QVERIFY2(winter.value("summary"_L1).toString().startsWith(u"Abgesagt: "_s),
            qPrintable(winter.value("summary"_L1).toString()));
        // The reason is in the entry; a cancelled date is no longer waiting for its budget.
        const QString description = winter.value("description"_L1).toString();
        QVERIFY2(description.startsWith(u"Abgesagt: Der Landeshaushalt gibt es nicht her."_s),
            qPrintable(description));
        QVERIFY2(!description.contains(u"Landeshaushalt 2027 ab"_s), qPrintable(description));
    }

    void anUnchangedProgrammeIsAnsweredWithoutContent()
    {
        const QString token = signIn(Identity::Role::Participant, m_town);
        const QString path = call("POST", u"/v1/calendar-feed"_s, R"({"language": "de"})", token)
                                 .json()
                                 .value("path"_L1)
                                 .toString();
        const auto get = [this, &path](const QList<std::pair<QByteArray, QByteArray>> &headers) {
            return m_client.call(m_server->port(), "GET", path, {}, {}, headers);
        };
        const auto first = get({});
        QCOMPARE(first.status, 200);
        const QByteArray tag = first.headers.value("etag");
        const QByteArray modified = first.headers.value("last-modified");
        QVERIFY2(tag.startsWith("W/\"") && tag.endsWith('"'), tag.constData());
        // The file's DTSTAMP is the moment the programme last changed, as Last-Modified says:
        // the same programme is the same file on every request (RFC 5545, 3.8.7.2 with
        // METHOD:PUBLISH; RFC 9110, 8.8.2).
        const QDateTime lastChange = QLocale::c().toDateTime(
            QString::fromLatin1(modified), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        QVERIFY2(lastChange.isValid(), modified.constData());
        QVERIFY(first.body.contains(
            "DTSTAMP:" + lastChange.toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1() + "\r\n"));
        const auto again = get({});
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.headers.value("etag"), tag);

        // A calendar program that kept the tag or the date: 304, nothing sent again.
        const auto byTag = get({ { "If-None-Match", tag } });
        QCOMPARE(byTag.status, 304);
        QVERIFY(byTag.body.isEmpty());
        QVERIFY(!byTag.headers.contains("content-length"));
        QCOMPARE(byTag.headers.value("etag"), tag);
        QCOMPARE(get({ { "If-None-Match", "W/\"other\", " + tag } }).status, 304);
        QCOMPARE(get({ { "If-Modified-Since", modified } }).status, 304);
        QCOMPARE(get({ { "If-None-Match", "W/\"other\"" } }).status, 200);
        QCOMPARE(get({ { "If-Modified-Since", "Thu, 01 Jan 2026 00:00:00 GMT" } }).status, 200);
        // Not "not older than": the newest change can move back when a cancelled date is
        // forgotten, so only the very date of this file counts.
        QCOMPARE(get({ { "If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT" } }).status, 200);
        QCOMPARE(get({ { "If-Modified-Since", "yesterday" } }).status, 200);

        // The organisers changed a date: the whole file again, under a new tag.
        QVERIFY(m_server->store().storeRow(u"event"_s, u"summer"_s, {},
            date(ProgrammeZone::instant(QDate(2026, 8, 27), QTime(11, 0)), u"Modul 1"_s, false)));
        const auto changed = get({ { "If-None-Match", tag } });
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.headers.value("etag") != tag);
        QCOMPARE(parsed(changed.body).value(u"summer@ews-companion"_s).value("start"_L1).toString(),
            utc(2026, 8, 27, 11));
    }

    void calendarFetchesAreLimitedPerAddress()
    {
        const QString token = signIn(Identity::Role::Participant, m_town);
        const QString path = call("POST", u"/v1/calendar-feed"_s, R"({"language": "en"})", token)
                                 .json()
                                 .value("path"_L1)
                                 .toString();
        ApiLimits limits;
        limits.calendarsPerAddress = 3;
        m_server->setLimits(limits);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client.call(m_server->port(), "GET", path).status, 200);
        const auto refused = m_client.call(m_server->port(), "GET", path);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.headers.value("retry-after").toInt() >= 1);
        QVERIFY(m_server->log().join(u'\n').contains(
            u"limit reached: calendar fetches for 127.0.0.0/24"_s));
    }

    void anAddressEndsWhenReplacedOrRevoked()
    {
        QString person;
        const QString token = signIn(Identity::Role::Participant, m_town, &person);
        const QString first
            = call("POST", u"/v1/calendar-feed"_s, {}, token).json().value("path"_L1).toString();
        const QString second
            = call("POST", u"/v1/calendar-feed"_s, {}, token).json().value("path"_L1).toString();
        QVERIFY(first != second);
        QCOMPARE(call("GET", first).status, 404);
        QCOMPARE(call("GET", second).status, 200);

        QCOMPARE(call("DELETE", u"/v1/calendar-feed"_s, {}, token).status, 200);
        QCOMPARE(call("GET", second).status, 404);
        QCOMPARE(call("DELETE", u"/v1/calendar-feed"_s, {}, token).status, 404);

        // A person the organisers revoked: their address stops too.
        const QString third
            = call("POST", u"/v1/calendar-feed"_s, {}, token).json().value("path"_L1).toString();
        QCOMPARE(call("GET", third).status, 200);
        QVERIFY(m_server->access().revokePerson(person));
        QCOMPARE(call("GET", third).status, 404);
        // As /v1/sync answers: the app tells the person they were signed out.
        const auto signedOut = call("POST", u"/v1/calendar-feed"_s, {}, token);
        QCOMPARE(signedOut.status, 403);
        QCOMPARE(signedOut.json().value("error"_L1).toString(), u"revoked"_s);

        // A person's devices signed out one by one: the address ends with the last.
        QString other;
        const QString phone = signIn(Identity::Role::Participant, m_town, &other);
        const QString office
            = m_server->access().redeem(m_server->access().inviteDevice(other), u"Büro"_s)->token;
        const QString address
            = call("POST", u"/v1/calendar-feed"_s, {}, phone).json().value("path"_L1).toString();
        const auto deviceOf = [this](const QString &token) {
            return m_server->access().identityFor(token)->deviceId;
        };
        QVERIFY(m_server->access().revokeDevice(deviceOf(phone)));
        QCOMPARE(call("GET", address).status, 200); // the office PC is still signed in
        QVERIFY(m_server->access().revokeDevice(deviceOf(office)));
        QCOMPARE(call("GET", address).status, 404);
        QVERIFY(m_server->access().redeem(m_server->access().inviteDevice(other), u"Neu"_s));
        QCOMPARE(call("GET", address).status, 404); // a new device does not bring it back
    }

    void badRequestsAreExplained()
    {
        const QString token = signIn(Identity::Role::Participant, m_town);
        QCOMPARE(call("POST", u"/v1/calendar-feed"_s).status, 401);
        QCOMPARE(call("DELETE", u"/v1/calendar-feed"_s, {}, u"guessed"_s).status, 401);
        QCOMPARE(call("GET", u"/v1/calendar-feed"_s, {}, token).status, 405);
        const auto french = call("POST", u"/v1/calendar-feed"_s, R"({"language": "fr"})", token);
        QCOMPARE(french.status, 400);
        QVERIFY(french.json().value("message"_L1).toString().contains(u"language"_s));
        QCOMPARE(call("POST", u"/v1/calendar-feed"_s, "not json", token).status, 400);
        QCOMPARE(call("POST", u"/v1/calendar-feed"_s, R"({"colour": "red"})", token).status, 400);
        QCOMPARE(call("POST", u"/v1/calendar-feed"_s, R"({"language": 5})", token).status, 400);
        // Addresses that are not one: no calendar, and nothing said about why.
        QCOMPARE(call("GET", u"/v1/calendar/short.ics"_s).status, 404);
        QCOMPARE(call("GET", u"/v1/calendar/"_s + QString(43, u'A') + u".ics"_s).status, 404);
        QCOMPARE(call("GET", u"/v1/calendar/"_s + QString(43, u'A')).status, 404);
        QCOMPARE(call("GET", u"/v1/calendar/../sync.ics"_s).status, 404);
        QCOMPARE(call("POST", u"/v1/calendar/x.ics"_s).status, 405);
        // The server goes on serving.
        QCOMPARE(call("POST", u"/v1/calendar-feed"_s, {}, token).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCalendarApi)
#include "tst_calendarapi.moc"
