// SPDX-License-Identifier: GPL-3.0-or-later
// "What changed": rows arriving as the server sends them (IncomingRows, what
// the sync engine does for each row of an answer) into a real replica, read through the
// model the screen shows. The whole way through the real server is in tst_syncengine.
#include "announcementdesk.h"
#include "incomingrows.h"
#include "newsmodel.h"
#include "programmemodel.h"
#include "programmewire.h"
#include "programmezone.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString ownProject = u"demo-project-musterstadt"_s;

QDateTime berlin(int year, int month, int day, int hour)
{
    return ProgrammeZone::instant(QDate(year, month, day), QTime(hour, 0));
}

QJsonObject step(const QString &title, const QString &status, int position = 9,
    const QString &project = ownProject)
{
    return { { u"projectId"_s, project }, { u"title"_s, title }, { u"status"_s, status },
        { u"position"_s, position } };
}

struct NewsTest
{
    NewsTest()
        : test(berlin(2026, 11, 21, 10), u"en"_s)
        , programme(test.replica.programme(), test.context)
        , news(programme, test.replica.news(), test.replica.drafts(), test.replica.announcements(),
              test.settings, test.context)
        , tester(&news, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        test.settings.setOwnContactId(u"demo-erika"_s);
        news.markAllSeen(); // the demo's own news (see below) looked at
    }

    bool arrives(
        const QString &entity, const QString &id, const QJsonObject &fields, bool deleted = false)
    {
        const bool ok = IncomingRows(test.replica.database())
                            .apply(entity, id, deleted, fields, test.clock.now());
        programme.reload(); // what the app does after every sync that brought something
        news.reload();
        return ok;
    }

    QStringList headlines() const { return modelColumn(news, NewsModel::HeadlineRole); }

    TestReplica test;
    ProgrammeModel programme;
    NewsModel news;
    QAbstractItemModelTester tester; ///< checks every reload against the model rules
};
}

class TestNewsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDemoComesWithALittleNews()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        ProgrammeModel programme(test.replica.programme(), test.context);
        NewsModel news(programme, test.replica.news(), test.replica.drafts(),
            test.replica.announcements(), test.settings, test.context);
        QCOMPARE(modelColumn(news, NewsModel::HeadlineRole),
            (QStringList { u"New log entry by Jonas Beispiel (Beispiel)"_s,
                u"Step “Gespräch mit der Bürgermeisterin” is now: In progress"_s }));
        news.markAllSeen();
        QCOMPARE(news.rowCount(), 0);
        NewsModel again(programme, test.replica.news(), test.replica.drafts(),
            test.replica.announcements(), test.settings, test.context);
        QCOMPARE(again.rowCount(), 0); // seen is seen, also after a restart
    }

    /// Two releases arrive before the participant looks: one item tells both, with both
    /// notes and every date they changed (pretalx's users miss the earlier release's changes
    /// when only the last one's are shown).
    void releasesNotSeenAreToldTogether()
    {
        NewsTest t;
        auto release = [&t](int number, const QString &note, const ProgrammeDate &before,
                           const ProgrammeDate &after, int kinds) {
            const QString changes = QString::fromUtf8(QJsonDocument(
                ProgrammeChanges::toJson(
                    { { before.id, kinds, before } })).toJson(QJsonDocument::Compact));
            return t.arrives(u"event"_s, after.id, ProgrammeWire::fieldsOf(after))
                && t.arrives(u"release"_s, u"release-%1"_s.arg(number),
                    { { u"number"_s, number }, { u"note"_s, note },
                        { u"publishedAt"_s, u"2026-11-20T09:00:00Z"_s },
                        { u"changes"_s, changes } });
        };
        const ProgrammeDate group = *t.test.replica.programme().event(u"ews7-learning-group-3"_s);
        ProgrammeDate moved = group;
        moved.startsAt = group.startsAt.addDays(7);
        moved.endsAt = group.endsAt.addDays(7);
        QVERIFY(release(2, u"Lerngruppe 3 eine Woche später"_s, group, moved, DateChange::Moved));
        const ProgrammeDate module = *t.test.replica.programme().event(u"ews7-module-3-day-1"_s);
        ProgrammeDate confirmed = module;
        confirmed.tentative = false;
        QVERIFY(release(3, u"Modul 3 ist bestätigt"_s, module, confirmed, DateChange::Confirmed));

        QCOMPARE(t.headlines().constFirst(), u"The programme has changed (2 releases)"_s);
        const QString detail = t.news.index(0).data(NewsModel::DetailRole).toString();
        QVERIFY2(detail.contains(u"Release 2 of"_s) && detail.contains(u"eine Woche später"_s)
                && detail.contains(u"Release 3 of"_s) && detail.contains(u"bestätigt"_s),
            qPrintable(detail));
        QVERIFY2(detail.contains(u"Moved, before: "_s), qPrintable(detail));
        QVERIFY2(detail.contains(u": Confirmed"_s), qPrintable(detail));
        t.news.markAllSeen();
        QVERIFY(!t.headlines().contains(u"The programme has changed (2 releases)"_s));
        QCOMPARE(t.test.replica.drafts().seenRelease(), 3);

        // On the first download every release is history, not news.
        QVERIFY(IncomingRows(t.test.replica.database(), IncomingRows::News::Ignore)
                    .apply(u"release"_s, u"release-4"_s, false,
                        { { u"number"_s, 4 }, { u"note"_s, u"Alt"_s }, { u"changes"_s, u"[]"_s } },
                        t.test.clock.now()));
        t.news.reload();
        QCOMPARE(t.test.replica.drafts().seenRelease(), 4);
        QVERIFY(t.headlines().filter(u"programme has changed"_s).isEmpty());
    }

    void stepsOthersAddChangeFinishOrRemoveAreNews()
    {
        NewsTest t;
        QVERIFY(t.arrives(u"step"_s, u"s-new"_s, step(u"Flyer drucken"_s, u"open"_s)));
        QCOMPARE(t.headlines(), QStringList { u"New step: Flyer drucken"_s });
        QCOMPARE(modelColumn(t.news, NewsModel::DetailRole), QStringList { u"Open"_s });
        // The own project's news needs no name of the municipality.
        QCOMPARE(modelColumn(t.news, NewsModel::MunicipalityNameRole), QStringList { QString() });
        // Changed again before it was seen: still new, with its status now.
        QVERIFY(t.arrives(u"step"_s, u"s-new"_s, step(u"Flyer drucken"_s, u"in_progress"_s)));
        QCOMPARE(t.headlines(), QStringList { u"New step: Flyer drucken"_s });
        QCOMPARE(modelColumn(t.news, NewsModel::DetailRole), QStringList { u"In progress"_s });
        t.news.markAllSeen();
        QCOMPARE(t.news.rowCount(), 0);

        QVERIFY(t.arrives(u"step"_s, u"s-new"_s, step(u"Flyer drucken"_s, u"done"_s)));
        QCOMPARE(t.headlines(), QStringList { u"Step “Flyer drucken” is now: Done"_s });
        t.news.markAllSeen();
        // Only a new place in the list: no news.
        QVERIFY(t.arrives(u"step"_s, u"s-new"_s, step(u"Flyer drucken"_s, u"done"_s, 1)));
        QCOMPARE(t.news.rowCount(), 0);
        QVERIFY(t.arrives(u"step"_s, u"s-new"_s, step(u"Flyer drucken (A5)"_s, u"done"_s, 1)));
        QCOMPARE(t.headlines(), QStringList { u"Step changed: Flyer drucken (A5)"_s });
        QVERIFY(t.arrives(u"step"_s, u"s-new"_s, {}, true));
        QCOMPARE(t.headlines(), QStringList { u"Step removed: Flyer drucken (A5)"_s });
        const QString arrived = modelColumn(t.news, NewsModel::WhenTextRole).constFirst();
        QVERIFY2(arrived.contains(u"2026"_s), qPrintable(arrived));
    }

    void newLogEntriesOnceAndCommentsUntilTakenBack()
    {
        NewsTest t;
        const QJsonObject entry = { { u"projectId"_s, ownProject },
            { u"entryDate"_s, u"2026-11-20"_s }, { u"authorContactId"_s, u"demo-jonas"_s },
            { u"authorName"_s, u"Jonas Beispiel"_s }, { u"text"_s, u"Flyer sind bestellt."_s } };
        QVERIFY(t.arrives(u"log_entry"_s, u"log-j1"_s, entry));
        QCOMPARE(t.headlines(), QStringList { u"New log entry by Jonas Beispiel"_s });
        QCOMPARE(
            modelColumn(t.news, NewsModel::DetailRole), QStringList { u"Flyer sind bestellt."_s });
        t.news.markAllSeen();
        QVERIFY(t.arrives(u"log_entry"_s, u"log-j1"_s, entry)); // sent again
        QCOMPARE(t.news.rowCount(), 0);

        const QJsonObject comment = { { u"projectId"_s, ownProject },
            { u"authorContactId"_s, u"ews7-contact-alina-hirsch"_s },
            { u"text"_s, u"Bitte bis Modul 3 die Ansprechpersonen klären."_s },
            { u"writtenAt"_s, u"2026-11-21T08:00:00Z"_s } };
        QVERIFY(t.arrives(u"comment"_s, u"c1"_s, comment));
        QCOMPARE(t.headlines(), QStringList { u"Comment by Alina Hirsch"_s });
        QCOMPARE(modelColumn(t.news, NewsModel::KindRole), QStringList { u"comment"_s });
        QVERIFY(t.arrives(u"comment"_s, u"c1"_s, {}, true));
        QCOMPARE(t.news.rowCount(), 0);
    }

    void whatThisDeviceWroteItselfIsNoNews()
    {
        NewsTest t;
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 21);
        entry.authorContactId = u"demo-erika"_s;
        entry.text = u"Selbst geschrieben."_s;
        QVERIFY(t.test.replica.projects().addLogEntryTo(
            u"demo-musterstadt"_s, &entry, t.test.clock.now()));
        Step own;
        own.title = u"Eigener Schritt"_s;
        QVERIFY(
            t.test.replica.projects().addStepTo(u"demo-musterstadt"_s, &own, t.test.clock.now()));
        // The server confirms them and sends them back as stored.
        QVERIFY(t.arrives(u"log_entry"_s, entry.id,
            { { u"projectId"_s, entry.projectId }, { u"entryDate"_s, u"2026-11-21"_s },
                { u"authorContactId"_s, u"demo-erika"_s }, { u"text"_s, entry.text } }));
        QVERIFY(
            t.arrives(u"step"_s, own.id, step(own.title, u"open"_s, own.position, own.projectId)));
        QCOMPARE(t.headlines(), QStringList());
        // Written on the person's other device: theirs all the same.
        QVERIFY(t.arrives(u"log_entry"_s, u"from-the-office-pc"_s,
            { { u"projectId"_s, entry.projectId }, { u"entryDate"_s, u"2026-11-21"_s },
                { u"authorContactId"_s, u"demo-erika"_s }, { u"text"_s, u"Vom Bürorechner"_s } }));
        QCOMPARE(t.headlines(), QStringList());
    }

    void otherProjectsAreNewsOnlyOnADeviceOfNoMunicipality()
    {
        NewsTest t;
        QVERIFY(t.arrives(u"step"_s, u"k-new"_s,
            step(u"Kreisweite Umfrage"_s, u"open"_s, 9, u"demo-project-musterkreis"_s)));
        QCOMPARE(t.news.rowCount(), 0); // a participant of Musterstadt: not theirs
        t.test.settings.setOwnMunicipalityId(QString());
        QCOMPARE(t.news.rowCount(), 0); // and it was dropped, not kept back

        QVERIFY(t.arrives(u"step"_s, u"k-new2"_s,
            step(u"Kreisweite Umfrage"_s, u"open"_s, 9, u"demo-project-musterkreis"_s)));
        QCOMPARE(t.headlines(), QStringList { u"New step: Kreisweite Umfrage"_s });
        QCOMPARE(modelColumn(t.news, NewsModel::MunicipalityIdRole),
            QStringList { u"demo-musterkreis"_s });
        QVERIFY(!modelColumn(t.news, NewsModel::MunicipalityNameRole).constFirst().isEmpty());
    }

    void programmeChangesComeFirstAndAreSeenWithTheRest()
    {
        NewsTest t;
        const QDateTime movedTo = berlin(2026, 12, 3, 10);
        QVERIFY(t.arrives(u"event"_s, u"ews7-module-2-day-1"_s,
            { { u"kind"_s, u"module_day"_s }, { u"moduleNumber"_s, 2 }, { u"number"_s, 1 },
                { u"titleDe"_s, u"2. Präsenzmodul, 1. Tag"_s },
                { u"titleEn"_s, u"Module 2, day 1"_s },
                { u"startsAt"_s, movedTo.toUTC().toString(Qt::ISODate) },
                { u"endsAt"_s, movedTo.addSecs(6 * 3600).toUTC().toString(Qt::ISODate) },
                { u"placeId"_s, u"djh-duesseldorf"_s } }));
        t.programme.reload();
        QVERIFY(t.arrives(u"step"_s, u"s1"_s, step(u"Flyer drucken"_s, u"open"_s)));
        QCOMPARE(
            t.headlines(), (QStringList { u"Module 2, day 1"_s, u"New step: Flyer drucken"_s }));
        QCOMPARE(modelColumn(t.news, NewsModel::KindRole).constFirst(), u"programme"_s);
        QVERIFY2(modelColumn(t.news, NewsModel::DetailRole).constFirst().startsWith(u"Moved"_s),
            qPrintable(modelColumn(t.news, NewsModel::DetailRole).constFirst()));
        QVERIFY(modelColumn(t.news, NewsModel::WhenTextRole).constFirst().contains(u"3 Dec"_s));

        QSignalSpy counted(&t.news, &NewsModel::countChanged);
        t.news.markAllSeen();
        QCOMPARE(t.news.rowCount(), 0);
        QVERIFY(!counted.isEmpty());
        // Seen here is seen in the programme too: the mark on the date is gone.
        QCOMPARE(
            t.programme.get(u"ews7-module-2-day-1"_s).value(u"changeKind"_s).toString(), QString());
    }

    void theFirstDownloadIsNoNews()
    {
        NewsTest t;
        IncomingRows firstDownload(t.test.replica.database(), IncomingRows::News::Ignore);
        QVERIFY(firstDownload.apply(
            u"step"_s, u"s-first"_s, false, step(u"Alt"_s, u"done"_s), t.test.clock.now()));
        t.news.reload();
        QCOMPARE(t.news.rowCount(), 0);
    }

    /// An organiser's announcement: refused without text or beyond the record's limit; to
    /// one municipality it shows only on that municipality's devices.
    void announcementsShowWhereTheyAreFor()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        AnnouncementDesk desk(
            test.replica.announcements(), test.replica.contacts(), test.context, test.clock);
        QCOMPARE(desk.write(u"  "_s, {}), u"Please write the announcement."_s);
        QCOMPARE(desk.write(QString(1001, u'x'), {}),
            u"The announcement is longer than 1,000 characters."_s);
        QCOMPARE(desk.write(u"Raum 3"_s, u"no-such-town"_s),
            u"This municipality cannot be found any more."_s);
        QCOMPARE(desk.write(u"Raum 3"_s, u"demo-musterkreis"_s), QString());
        QCOMPARE(desk.announcements().size(), 1);
        QCOMPARE(desk.announcements().constFirst().toMap().value(u"waiting"_s).toBool(), true);
        // As received by every device, not yet seen.
        QSqlQuery arrived(test.replica.database().connection());
        QVERIFY(arrived.exec(u"UPDATE announcements SET seen = 0"_s));
        QCOMPARE(test.replica.announcements().unseen(u"demo-musterkreis"_s).size(), 1);
        QCOMPARE(test.replica.announcements().unseen(u"demo-musterstadt"_s).size(), 0);
        QCOMPARE(test.replica.announcements().unseen({}).size(), 1); // an organiser's device
    }
};

QTEST_GUILESS_MAIN(TestNewsModel)
#include "tst_newsmodel.moc"
