// SPDX-License-Identifier: GPL-3.0-or-later
// The app's calendar file and the server's calendar subscription say the same of every date:
// the bundled EWS 7 programme, once in the app's replica and once imported into a server's
// store and fetched over real TLS on 127.0.0.1, both read back by an independent parser
// (python3-icalendar, tests/tools/ics-events.py), in German and in English; and the store
// gives back every field of every date and place the server's import wrote.
#include "calendarexport.h"
#include "httpsclient.h"
#include "independentparser.h"
#include "inprocessserver.h"
#include "programmefile.h"
#include "programmeimport.h"
#include "programmewire.h"
#include "programmezone.h"
#include "records.h"
#include "testreplica.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCalendarAgreement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InProcessServer> m_server;
    HttpsClient m_client;
    QString m_token;

    static QDateTime now() { return ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0)); }

    /// The events the independent parser reads from @p calendar, by uid.
    static QHash<QString, QJsonObject> parsed(const QByteArray &calendar)
    {
        return calendarEventsByUid(QStringLiteral(ICS_EVENTS), calendar);
    }

    /// The programme as a calendar program subscribed in @p language reads it from the server.
    QByteArray feed(const QString &language)
    {
        const auto made = m_client.call(m_server->port(), "POST", u"/v1/calendar-feed"_s,
            QJsonDocument(QJsonObject { { u"language"_s, language } }).toJson(), m_token);
        if (made.status != 200)
            qFatal("no subscription: %d %s", made.status, made.body.constData());
        const auto calendar
            = m_client.call(m_server->port(), "GET", made.json().value("path"_L1).toString());
        if (calendar.status != 200)
            qFatal("no calendar: %d", calendar.status);
        return calendar.body;
    }

    /// No calendar program to hand files to.
    static bool noProgram(const QUrl &) { return false; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<InProcessServer>(
            u"sqlite:"_s + m_dir.filePath(u"server.db"_s), &now);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        // The server's store holds the programme the app ships, as `ews-server` imports it.
        const auto imported
            = ProgrammeImport::run(Replica::bundledProgrammePath(), m_server->store());
        QCOMPARE(imported.error, QString());
        QCOMPARE(imported.report.changes.size(), 20);
        const QString town = m_server->access().addMunicipality(u"Musterstadt"_s);
        const QString code
            = m_server->access().invite(Identity::Role::Participant, town, u"Erika"_s, nullptr);
        m_token = m_server->access().redeem(code, u"Telefon"_s)->token;
    }

    void cleanupTestCase() { m_server.reset(); }

    void theStoreGivesBackWhatTheImportWrote()
    {
        const auto file = ProgrammeFile::load(Replica::bundledProgrammePath());
        QVERIFY2(file.ok, qPrintable(file.error));
        QHash<QString, ProgrammeDate> stored;
        for (const auto &row : m_server->store().rowsOf(Records::ProgrammeDate::entity))
            stored.insert(row.id, ProgrammeWire::eventFrom(row.id, row.fields));
        QCOMPARE(stored.size(), file.data.events.size());
        for (const auto &event : file.data.events) {
            const ProgrammeDate read = stored.value(event.id);
            QCOMPARE(read.id, event.id);
            QCOMPARE(read.kind, event.kind);
            QCOMPARE(read.moduleNumber, event.moduleNumber);
            QCOMPARE(read.number, event.number);
            QCOMPARE(read.title.de, event.title.de);
            QCOMPARE(read.title.en, event.title.en);
            QCOMPARE(read.startsAt, event.startsAt);
            QCOMPARE(read.endsAt, event.endsAt);
            QCOMPARE(read.allDay, event.allDay);
            QCOMPARE(read.approximate, event.approximate);
            QCOMPARE(read.placeId, event.placeId);
            QCOMPARE(read.videoUrl, event.videoUrl);
            QCOMPARE(read.tentative, event.tentative);
            QCOMPARE(read.topics.de, event.topics.de);
            QCOMPARE(read.topics.en, event.topics.en);
            QCOMPARE(read.note.de, event.note.de);
            QCOMPARE(read.note.en, event.note.en);
        }
        QHash<QString, Place> places;
        for (const auto &row : m_server->store().rowsOf(Records::Place::entity))
            places.insert(row.id, ProgrammeWire::placeFrom(row.id, row.fields));
        QCOMPARE(places.size(), file.data.places.size());
        for (const auto &place : file.data.places) {
            const Place read = places.value(place.id);
            QCOMPARE(read.id, place.id);
            QCOMPARE(read.name.de, place.name.de);
            QCOMPARE(read.name.en, place.name.en);
            QCOMPARE(read.city, place.city);
            QCOMPARE(read.online, place.online);
        }
    }

    void appAndSubscriptionSayTheSame_data()
    {
        QTest::addColumn<QString>("language");
        // The texts the app's translations give (i18n/ews-companion_de.ts, _en.ts).
        QTest::addColumn<QString>("budget");
        QTest::addColumn<QString>("approximate");
        QTest::addColumn<QString>("topics");
        QTest::addColumn<QString>("videoLink");
        QTest::newRow("German") << u"de"_s
                                << u"Dieser Termin hängt vom Landeshaushalt 2027 ab. Die "
                                   "Organisatorinnen bestätigen ihn."_s
                                << u"Die Uhrzeiten sind ungefähre Angaben."_s << u"Themen:"_s
                                << u"Der Link zum Videotreffen ist noch nicht da. Die "
                                   "Organisatorinnen schicken ihn vor dem Treffen."_s;
        QTest::newRow("English") << u"en"_s
                                 << u"This date depends on the state budget for 2027. The "
                                    "organisers will confirm it."_s
                                 << u"The times are approximate."_s << u"Topics:"_s
                                 << u"The link to the video meeting is not here yet. The "
                                    "organisers send it before the meeting."_s;
    }

    void appAndSubscriptionSayTheSame()
    {
        QFETCH(QString, language);
        QFETCH(QString, budget);
        QFETCH(QString, approximate);
        QFETCH(QString, topics);
        QFETCH(QString, videoLink);
        TestReplica app(now(), language);
        CalendarExport calendar(app.replica.programme(), app.context, noProgram);
        const auto fromApp = parsed(calendar.programmeFile());
        const auto fromServer = parsed(feed(language));

        QCOMPARE(fromApp.size(), 20);
        auto uids = fromApp.keys();
        std::sort(uids.begin(), uids.end());
        auto serverUids = fromServer.keys();
        std::sort(serverUids.begin(), serverUids.end());
        QCOMPARE(serverUids, uids);
        QStringList differences;
        for (const auto &uid : std::as_const(uids)) {
            for (const auto field :
                { "summary"_L1, "location"_L1, "description"_L1, "url"_L1, "status"_L1 }) {
                const QString inApp = fromApp.value(uid).value(field).toString();
                const QString inFeed = fromServer.value(uid).value(field).toString();
                if (inApp == inFeed)
                    continue;
                differences.append(uid + u" "_s + field);
                qWarning().noquote()
                    << differences.constLast() << "\n  app:   " << inApp << "\n  server:" << inFeed;
            }
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u", "_s)));

        // Every kind of text is in it, in the app's words: a tentative module day with its
        // topics and approximate times, and a video meeting whose link is not there yet.
        const QString moduleDay = fromServer.value(u"ews7-module-3-day-1@ews-companion"_s)
                                      .value("description"_L1)
                                      .toString();
        QVERIFY2(
            moduleDay.startsWith(budget + u"\n\n"_s + approximate + u"\n\n"_s + topics + u"\n• "_s),
            qPrintable(moduleDay));
        const QString infoTalk = fromServer.value(u"ews7-info-talk-1@ews-companion"_s)
                                     .value("description"_L1)
                                     .toString();
        QVERIFY2(infoTalk.endsWith(u"\n\n"_s + videoLink), qPrintable(infoTalk));
    }
};

QTEST_GUILESS_MAIN(TestCalendarAgreement)
#include "tst_calendaragreement.moc"
