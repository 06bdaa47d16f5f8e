// SPDX-License-Identifier: GPL-3.0-or-later
// The organisers' desk end to end, through the real ews-server process over HTTPS: an
// organiser (invited as the programme file's own contact) changes dates in her app's draft,
// corrects a participant's name and adds a speaker, and publishes two releases; two
// participants' devices then sync and each shows every change of both releases with both
// notes under "Neu", plans reminders for the new times and none for the cancelled date, and
// their calendar subscription says the same as their app's calendar file, SEQUENCE included.
// Importing the programme file again, which still lists the cancelled date, does not call it
// back. A release survives the server being restored from a backup taken before it.
#include "appsettings.h"
#include "calendarexport.h"
#include "contactdesk.h"
#include "displaycontext.h"
#include "independentparser.h"
#include "newsmodel.h"
#include "programmedesk.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "reminderplan.h"
#include "searchmodel.h"
#include "serverprocess.h"
#include "testdevice.h"
#include "venuedetails.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString group3 = u"ews7-learning-group-3"_s;
const QString group4 = u"ews7-learning-group-4"_s;
const QString group5 = u"ews7-learning-group-5"_s;
const QString module3day1 = u"ews7-module-3-day-1"_s;
const QString group6 = u"ews7-learning-group-6"_s;

/// A device as the app builds it: its replica and sync, settings, and the views on them.
struct App
{
    App(const QString &folder, SyncConnection &connection, const Clock &clock)
        : device(folder + u"/replica.sqlite"_s, connection, clock)
        , settings(folder + u"/settings.ini"_s, folder, u"en"_s)
        , context(settings, clock, QTimeZone("Europe/Berlin"), QLocale(u"en"_s))
        , programme(device.replica.programme(), context)
        , news(programme, device.replica.news(), device.replica.drafts(),
              device.replica.announcements(), settings, context)
    {
    }

    /// Syncs, then reads again what the views show (as the app does after a sync).
    QString sync()
    {
        const QString error = device.sync();
        programme.reload();
        news.reload();
        return error;
    }

    Device device;
    AppSettings settings;
    DisplayContext context;
    ProgrammeModel programme;
    NewsModel news;
    QString personId;
    QString token;
};

QDate dayOf(const QDateTime &instant)
{
    return ProgrammeZone::localDate(instant);
}
}

class TestOrganiserDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    SyncConnection m_connection;
    FixedClock m_clock { ProgrammeZone::instant(QDate(2026, 12, 1), QTime(9, 0)) };

    std::unique_ptr<App> app(const QStringList &invitation)
    {
        const QString folder = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QDir().mkpath(folder);
        auto result = std::make_unique<App>(folder, m_connection, m_clock);
        const QString said = m_server->command(invitation);
        const QString code = ServerProcess::codeIn(said);
        if (code.isEmpty()) // then nothing signs in, and every sync waits in vain
            qWarning("no invitation: %s", qPrintable(said));
        const auto redeemed = redeem(m_network, m_server->base(), m_server->certificate(), code);
        result->token = redeemed.value("token"_L1).toString();
        result->personId = redeemed.value("personId"_L1).toString();
        result->device.engine.setServer(m_server->base(), { m_server->certificate() });
        result->device.engine.setToken(result->token);
        if (invitation.first() == "invite-participant"_L1)
            result->device.engine.setOwnMunicipality(invitation.at(1));
        if (const QString error = result->sync(); !error.isEmpty())
            qWarning("first sync: %s", qPrintable(error));
        return result;
    }

    QByteArray fetch(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QString &token = {})
    {
        QNetworkRequest request(m_server->base().resolved(QUrl(path)));
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_server->certificate());
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(15000);
        return reply->readAll();
    }

    /// The events of @p calendar as the independent parser reads them, by date id.
    static QHash<QString, QJsonObject> eventsOf(const QByteArray &calendar)
    {
        QHash<QString, QJsonObject> events;
        const auto byUid = calendarEventsByUid(QStringLiteral(ICS_EVENTS), calendar);
        for (auto it = byUid.cbegin(); it != byUid.cend(); ++it)
            events.insert(it.key().section(u'@', 0, 0), it.value());
        return events;
    }

    /// The calendar the participant's subscription gives.
    QHash<QString, QJsonObject> subscribedCalendar(const App &participant)
    {
        const auto made = QJsonDocument::fromJson(
            fetch("POST", u"/v1/calendar-feed"_s,
                QJsonDocument(QJsonObject { { u"language"_s, u"en"_s } }).toJson(),
                participant.token))
                              .object();
        return eventsOf(fetch("GET", made.value("path"_L1).toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(
            m_dir.filePath(u"server"_s), ServerProcess::databaseArguments(u"desk"_s));
        const QString imported
            = m_server->command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) });
        QVERIFY2(imported.contains(u"20 dates"_s), qPrintable(imported));
        QVERIFY2(
            imported.contains(u"venue's details were taken from the file"_s), qPrintable(imported));
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { m_server.reset(); }

    void twoReleasesReachTwoParticipants()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Musterstadt"_s });
        auto erika = app({ u"invite-participant"_s, town, u"Erika Mustermn"_s });
        auto jonas = app({ u"invite-participant"_s, town, u"Jonas"_s });
        auto alina = app({ u"invite-organiser"_s, u"Alina Hirsch"_s });
        // The organiser signs in as the contact the programme file made.
        QCOMPARE(alina->personId, u"ews7-contact-alina-hirsch"_s);
        const QDateTime group3Before = erika->device.replica.programme().event(group3)->startsAt;
        // Erika's own note on the meeting the organisers will cancel.
        const QString ownNote = u"Frage zur Wirkungsmessung stellen"_s;
        QVERIFY(erika->device.replica.notes().save(
            erika->personId, group4, ownNote, QString(), m_clock.now()));

        // Release 1: a meeting moved a week, one cancelled, module 3 confirmed, a video link.
        ProgrammeDesk desk(alina->device.replica.drafts(), alina->device.replica.programme(),
            alina->context, m_clock);
        QVariantMap moved = desk.form(group3);
        moved.insert(u"day"_s, u"20.01.2027"_s);
        QCOMPARE(desk.save(moved), QString());
        QVariantMap cancelled = desk.form(group4);
        cancelled.insert(u"cancelled"_s, true);
        cancelled.insert(u"cancelReason"_s, u"Die Moderatorin ist krank."_s);
        QCOMPARE(desk.save(cancelled), QString());
        QVariantMap confirmed = desk.form(module3day1);
        confirmed.insert(u"tentative"_s, false);
        QCOMPARE(desk.save(confirmed), QString());
        QVariantMap linked = desk.form(group5);
        linked.insert(u"videoUrl"_s, u"https://zoom.example.org/j/555"_s);
        QCOMPARE(desk.save(linked), QString());
        QCOMPARE(desk.publish(u"Lerngruppe 3 eine Woche später, Modul 3 steht fest."_s), QString());
        // The name of a participant, corrected; an invited speaker added.
        ContactDesk contacts(alina->device.replica.contacts(), m_clock);
        QVariantMap name = contacts.form(erika->personId);
        name.insert(u"name"_s, u"Erika Mustermann"_s);
        QCOMPARE(contacts.save(name), QString());
        QVariantMap speaker = contacts.newContactForm();
        speaker.insert(u"role"_s, u"speaker"_s);
        speaker.insert(u"name"_s, u"Dr. Petra Gast"_s);
        QCOMPARE(contacts.save(speaker), QString());
        // Two announcements: to everyone, and to Musterstadt's participants only.
        QVERIFY(!alina->device.replica.announcements()
                     .write(u"Willkommen zum 3. Modul!"_s, QString(), m_clock.now())
                     .isEmpty());
        QVERIFY(
            !alina->device.replica.announcements()
                 .write(u"Musterstadt: bitte den Projektbericht mitbringen."_s, town, m_clock.now())
                 .isEmpty());
        QCOMPARE(alina->sync(), QString());
        QCOMPARE(alina->device.repository.rejectedCount(), 0);
        QCOMPARE(alina->device.changeLog.pendingCount(), 0);
        QVERIFY(alina->device.replica.drafts().drafts().isEmpty());

        // Release 2, before the participants look: module 3 tentative again after all.
        QVariantMap again = desk.form(module3day1);
        again.insert(u"tentative"_s, true);
        QCOMPARE(desk.save(again), QString());
        QCOMPARE(desk.publish(u"Modul 3 doch wieder unter Vorbehalt."_s), QString());
        QCOMPARE(alina->sync(), QString());
        QCOMPARE(alina->device.repository.rejectedCount(), 0);

        for (App *participant : { erika.get(), jonas.get() }) {
            QCOMPARE(participant->sync(), QString());
            auto &programme = participant->device.replica.programme();
            const auto movedDate = programme.event(group3);
            QCOMPARE(dayOf(movedDate->startsAt), QDate(2027, 1, 20));
            QCOMPARE(movedDate->change, u"moved"_s);
            QCOMPARE(movedDate->previousStartsAt, group3Before);
            const auto cancelledDate = programme.event(group4);
            QVERIFY(cancelledDate->cancelled);
            QCOMPARE(cancelledDate->cancelReason, u"Die Moderatorin ist krank."_s);
            QCOMPARE(programme.event(group5)->videoUrl, u"https://zoom.example.org/j/555"_s);
            QVERIFY(programme.event(module3day1)->tentative);
            // "Neu": both announcements, with their author; then one item with both notes and
            // what both releases changed taken together — module 3 confirmed and made
            // tentative again is no change at all.
            const auto news = [participant](int row, int role) {
                return participant->news.data(participant->news.index(row, 0), role).toString();
            };
            QCOMPARE(news(0, NewsModel::KindRole), u"announcement"_s);
            QCOMPARE(news(0, NewsModel::HeadlineRole), u"Announcement from Alina Hirsch"_s);
            QStringList announced { news(0, NewsModel::DetailRole),
                news(1, NewsModel::DetailRole) };
            announced.sort();
            QCOMPARE(announced,
                (QStringList { u"Musterstadt: bitte den Projektbericht mitbringen."_s,
                    u"Willkommen zum 3. Modul!"_s }));
            QCOMPARE(news(2, NewsModel::KindRole), u"release"_s);
            QCOMPARE(news(2, NewsModel::HeadlineRole), u"The programme has changed (2 releases)"_s);
            const QString detail = news(2, NewsModel::DetailRole);
            QVERIFY2(detail.contains(u"Lerngruppe 3 eine Woche später, Modul 3 steht fest."_s)
                    && detail.contains(u"Modul 3 doch wieder unter Vorbehalt."_s),
                qPrintable(detail));
            QVERIFY2(
                detail.contains(u"Online learning group, meeting 3: Moved"_s), qPrintable(detail));
            QVERIFY2(detail.contains(u"Online learning group, meeting 4: Cancelled"_s),
                qPrintable(detail));
            QVERIFY2(!detail.contains(u"Module 3 in person, day 1"_s), qPrintable(detail));
            // Reminders: at the new time, none for the cancelled date.
            const auto reminders = ReminderPlan::make(programme.events(), programme.places(),
                ReminderChoices {}, m_clock.now(), participant->context.formatter(), u"en"_s);
            QStringList reminded;
            for (const auto &reminder : reminders) {
                reminded.append(reminder.eventId);
                if (reminder.eventId == group3)
                    QCOMPARE(reminder.fireAt, movedDate->startsAt.addDays(-1));
            }
            QVERIFY(reminded.contains(group3));
            QVERIFY(!reminded.contains(group4));
            // The corrected name and the speaker reach everyone.
            QCOMPARE(participant->device.replica.contacts().contact(erika->personId)->name,
                u"Erika Mustermann"_s);
            QCOMPARE(participant->device.replica.contacts()
                         .contact(speaker.value(u"id"_s).toString())
                         ->role,
                Contact::Role::Speaker);
        }

        // The cancelled meeting keeps its page and Erika's note, also once its change is seen:
        // "Neu" leads to it, the programme lists it (marked), the search finds it by her note.
        const auto newsRowOf = [&erika](const QString &dateId) {
            for (int row = 0; row < erika->news.rowCount(); ++row) {
                const QModelIndex index = erika->news.index(row, 0);
                if (index.data(NewsModel::KindRole) == u"programme"_s
                    && index.data(NewsModel::TargetIdRole) == dateId)
                    return row;
            }
            return -1;
        };
        QVERIFY(newsRowOf(group4) >= 0);
        erika->programme.markSeen(group4);
        erika->news.reload();
        QCOMPARE(newsRowOf(group4), -1);
        const int listed = erika->programme.indexOf(group4);
        QVERIFY(listed >= 0);
        QVERIFY(erika->programme.index(listed).data(ProgrammeModel::CancelledRole).toBool());
        QCOMPARE(erika->programme.index(listed).data(ProgrammeModel::CancelReasonRole).toString(),
            u"Die Moderatorin ist krank."_s);
        QCOMPARE(erika->device.replica.notes().note(group4)->text, ownNote);
        SearchModel search(erika->device.replica.programme(), erika->device.replica.notes(),
            erika->device.replica.contacts(), erika->device.replica.projects(), erika->context);
        search.setQuery(u"Wirkungsmessung"_s);
        QVERIFY(search.rowCount() >= 1);
        QCOMPARE(search.index(0).data(SearchModel::KindRole).toString(), u"event"_s);
        QCOMPARE(search.index(0).data(SearchModel::ItemIdRole).toString(), group4);

        // The subscription and the app's own file say the same of every date.
        CalendarExport exported(
            erika->device.replica.programme(), erika->context, [](const QUrl &) { return false; });
        const auto fromApp = eventsOf(exported.programmeFile());
        const auto subscribed = subscribedCalendar(*erika);
        QCOMPARE(subscribed.size(), 20);
        for (const QString &id : { group3, group4, group5, module3day1 }) {
            QCOMPARE(subscribed.value(id).value("start"_L1), fromApp.value(id).value("start"_L1));
            QCOMPARE(subscribed.value(id).value("status"_L1), fromApp.value(id).value("status"_L1));
            QCOMPARE(
                subscribed.value(id).value("sequence"_L1), fromApp.value(id).value("sequence"_L1));
        }
        QCOMPARE(subscribed.value(group4).value("status"_L1).toString(), u"CANCELLED"_s);
        QVERIFY(subscribed.value(group3).value("sequence"_L1).toInt() > 0);
        QVERIFY(subscribed.value(group3).value("start"_L1).toString().startsWith(u"2027-01-20"_s));

        // The programme file, which still lists the cancelled meeting, imported again.
        QVERIFY(m_server->command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) })
                    .contains(u"cancelled"_s));
        QCOMPARE(erika->sync(), QString());
        QVERIFY(erika->device.replica.programme().event(group4)->cancelled);
        QCOMPARE(
            subscribedCalendar(*erika).value(group4).value("status"_L1).toString(), u"CANCELLED"_s);
    }

    /// What participants need at the venue: from the programme file at first, then as an
    /// organiser keeps it in her app; a participant reads it in their language and cannot
    /// change it; the file imported again leaves the organisers' version alone.
    void theVenueIsKeptByTheOrganisers()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Beispielhausen"_s });
        auto kai = app({ u"invite-participant"_s, town, u"Kai"_s });
        auto nora = app({ u"invite-organiser"_s, u"Nora Beispiel"_s });
        nora->settings.setOrganiser(true);
        VenueDetails seenByKai(kai->device.replica.venue(), kai->device.replica.programme(),
            kai->settings, kai->context, m_clock);
        QCOMPARE(seenByKai.placeName(), u"DJH youth hostel Düsseldorf"_s);
        QCOMPARE(seenByKai.address(), u"Düsseldorfer Straße 1, 40545 Düsseldorf"_s);
        QVERIFY(seenByKai.costs().contains(u"Travel to the venue is not paid for"_s));
        QCOMPARE(seenByKai.routeUrl().host(), u"www.openstreetmap.org"_s);
        QVERIFY(seenByKai.learningPlatformUrl().isEmpty());

        VenueDetails desk(nora->device.replica.venue(), nora->device.replica.programme(),
            nora->settings, nora->context, m_clock);
        QVariantMap form = desk.form();
        form.insert(
            u"directionsDe"_s, u"Ab Hauptbahnhof mit der Straßenbahn, dann fünf Minuten zu Fuß."_s);
        form.insert(u"learningPlatformUrl"_s, u"https://lernen.example.org/ews7"_s);
        QCOMPARE(desk.save(form), QString());
        // A link that is not one secure address is refused before anything is stored.
        form.insert(u"learningPlatformUrl"_s, u"http://lernen.example.org"_s);
        QVERIFY(desk.save(form).contains(u"https://"_s));
        QCOMPARE(nora->sync(), QString());
        QCOMPARE(nora->device.repository.rejectedCount(), 0);

        QCOMPARE(kai->sync(), QString());
        seenByKai.reload();
        QCOMPARE(seenByKai.learningPlatformUrl(), u"https://lernen.example.org/ews7"_s);
        // Written in German only: English readers get the German text.
        QCOMPARE(seenByKai.directions(),
            u"Ab Hauptbahnhof mit der Straßenbahn, dann fünf Minuten zu Fuß."_s);
        QVERIFY(!seenByKai.canEdit());
        QVERIFY(!seenByKai.save(seenByKai.form()).isEmpty());
        QCOMPARE(kai->device.changeLog.pendingCount(), 0);

        QVERIFY(m_server->command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) })
                    .contains(u"stay as the organisers keep them"_s));
        QCOMPARE(kai->sync(), QString());
        seenByKai.reload();
        QCOMPARE(seenByKai.learningPlatformUrl(), u"https://lernen.example.org/ews7"_s);
    }

    void aReleaseSurvivesARestoredServer()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Sicherungsstadt"_s });
        auto samira = app({ u"invite-participant"_s, town, u"Samira"_s });
        auto rita = app({ u"invite-organiser"_s, u"Rita Rückspiel"_s });
        // The announcement to Musterstadt never reached another municipality's device; the
        // one to everyone did (history there: not news on a first download).
        const auto received = samira->device.replica.announcements().announcements();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.constFirst().text, u"Willkommen zum 3. Modul!"_s);
        QVERIFY(received.constFirst().seen);
        const QString backup = m_dir.filePath(u"before-the-release.backup"_s);
        QCOMPARE(m_server->backup(backup), QString());

        ProgrammeDesk desk(rita->device.replica.drafts(), rita->device.replica.programme(),
            rita->context, m_clock);
        QVariantMap moved = desk.form(group6);
        moved.insert(u"day"_s, u"14.07.2027"_s);
        moved.insert(u"room"_s, u"Raum Rhein"_s);
        QCOMPARE(desk.save(moved), QString());
        QCOMPARE(desk.publish(u"Die 6. Lerngruppe ist eine Woche später."_s), QString());
        QCOMPARE(rita->sync(), QString());
        QCOMPARE(samira->sync(), QString());
        QCOMPARE(
            dayOf(samira->device.replica.programme().event(group6)->startsAt), QDate(2027, 7, 14));

        // The operator restores the backup taken before the release.
        QCOMPARE(m_server->restore(backup), QString());
        QVERIFY(m_server->start());
        for (App *device : { samira.get(), rita.get() })
            device->device.engine.setServer(m_server->base(), { m_server->certificate() });
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(rita->sync(), QString());
            QCOMPARE(samira->sync(), QString());
        }
        QCOMPARE(rita->device.repository.rejectedCount(), 0);
        QCOMPARE(rita->device.changeLog.pendingCount(), 0);
        // Published again from what the organiser's device knew, note and all.
        for (App *device : { samira.get(), rita.get() }) {
            const auto date = device->device.replica.programme().event(group6);
            QCOMPARE(dayOf(date->startsAt), QDate(2027, 7, 14));
            QCOMPARE(date->room, u"Raum Rhein"_s);
            QStringList notes;
            for (const auto &release : device->device.replica.drafts().releases())
                notes.append(release.note);
            QVERIFY2(notes.contains(u"Die 6. Lerngruppe ist eine Woche später."_s),
                qPrintable(notes.join(u" | "_s)));
        }
        QVERIFY(rita->device.replica.drafts().drafts().isEmpty());
    }
};

QTEST_MAIN(TestOrganiserDesk)
#include "tst_organiserdesk.moc"
