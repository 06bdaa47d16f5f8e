// SPDX-License-Identifier: GPL-3.0-or-later
// The server's store on a real SQLite file: exactly-once mutations, permissions from the
// identity alone, per-field merges, cursors and paging.
#include "ids.h"
#include "serverdatabase.h"
#include "syncstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<SyncStore> m_store;
    int m_files = 0;

    const Identity erika { u"device-erika"_s, Identity::Role::Participant, u"musterstadt"_s,
        u"erika"_s };
    const Identity jonas { u"device-jonas"_s, Identity::Role::Participant, u"musterstadt"_s,
        u"jonas"_s };
    const Identity samira { u"device-samira"_s, Identity::Role::Participant, u"musterkreis"_s,
        u"samira"_s };
    const Identity organiser { u"device-alina"_s, Identity::Role::Organiser, {}, u"alina"_s };

    static Mutation step(
        qint64 seq, const QString &id, const QString &municipality, const QString &title)
    {
        return { seq, u"step"_s, u"insert"_s, id,
            { { u"projectId"_s, Ids::projectIdFor(municipality) }, { u"title"_s, title },
                { u"status"_s, u"open"_s } } };
    }

    SyncResponse send(const Identity &who, QList<Mutation> mutations,
        QHash<QString, qint64> cursors = {}, int limit = 1000, const QString &client = u"app"_s)
    {
        SyncRequest request;
        request.clientId = client;
        request.mutations = std::move(mutations);
        request.cursors = std::move(cursors);
        request.limit = limit;
        // As a device reads it: through the network's form of the answer.
        const auto parsed = SyncResponse::parse(m_store->sync(who, request).value().toJson());
        if (!parsed.ok)
            qFatal("the store's answer does not parse: %s", qPrintable(parsed.message));
        return parsed.response;
    }

    QList<Change> changesOf(const SyncResponse &response, const QString &id)
    {
        QList<Change> found;
        for (const auto &change : response.changes) {
            if (change.id == id)
                found.append(change);
        }
        return found;
    }

private Q_SLOTS:
    /// SQLite in a fresh file, or the PostgreSQL the test run started (emptied first).
    QString connection()
    {
        const QString file = qEnvironmentVariable("EWS_TEST_DATABASE_FILE");
        if (file.isEmpty())
            return u"sqlite:"_s + m_dir.filePath(u"server-%1.db"_s.arg(++m_files));
        QFile setting(file);
        if (!setting.open(QIODevice::ReadOnly))
            qFatal("No PostgreSQL connection in %s", qPrintable(file));
        return QString::fromUtf8(setting.readAll()).trimmed();
    }

    void init()
    {
        const QString setting = connection();
        m_database = std::make_unique<ServerDatabase>(setting);
        QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
        if (m_database->isPostgres()) {
            QSqlQuery reset(m_database->connection());
            QVERIFY(reset.exec(u"DROP SCHEMA public CASCADE"_s));
            QVERIFY(reset.exec(u"CREATE SCHEMA public"_s));
        }
        QVERIFY2(m_database->migrate(), qPrintable(m_database->errorString()));
        m_store = std::make_unique<SyncStore>(*m_database);
        QVERIFY(m_store->storeRow(u"contact"_s, u"erika"_s, u"musterstadt"_s,
            { { u"name"_s, u"Erika"_s }, { u"phone"_s, u"0211 1"_s },
                { u"sharePhone"_s, false } }));
    }

    void cleanup()
    {
        m_store.reset();
        m_database.reset();
    }

    void storeHasAnIdentityThatStays()
    {
        const QString id = m_database->storeId();
        QVERIFY(!id.isEmpty());
        QVERIFY(m_database->migrate());
        QCOMPARE(m_database->storeId(), id);
        QCOMPARE(send(erika, {}).storeId, id);
    }

    void appliedOnceAndSeenByTheOthers()
    {
        const auto first = send(erika, { step(1, u"s1"_s, u"musterstadt"_s, u"Flyer"_s) });
        QCOMPARE(first.results.size(), 1);
        QCOMPARE(first.results.at(0).status, u"applied"_s);
        const qint64 version = m_store->currentVersion();

        // The same request again (the answer was lost): nothing changes.
        const auto again = send(erika, { step(1, u"s1"_s, u"musterstadt"_s, u"Flyer"_s) });
        QCOMPARE(again.results.at(0).status, u"applied"_s);
        QCOMPARE(m_store->currentVersion(), version);

        // The other participant of the municipality, and another municipality, read it.
        QCOMPARE(changesOf(send(jonas, {}), u"s1"_s).size(), 1);
        const auto seen = changesOf(send(samira, {}), u"s1"_s);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().fields.value("title"_L1).toString(), u"Flyer"_s);
        QCOMPARE(seen.first().scope, u"projects"_s);
    }

    void notesAreTheWritersAloneAndKeepBothTextsOfTwoDevices()
    {
        const QString noteId = Ids::noteIdFor(u"erika"_s, u"ews7-module-3-day-1"_s);
        const Mutation note { 1, u"note"_s, u"insert"_s, noteId,
            { { u"eventId"_s, u"ews7-module-3-day-1"_s }, { u"text"_s, u"Raum 204"_s } } };
        const auto written = send(erika, { note });
        QCOMPARE(written.results.at(0).status, u"applied"_s);
        const auto mine = changesOf(written, noteId);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().scope, u"private"_s);
        QCOMPARE(mine.first().fields.value("ownerContactId"_L1).toString(), u"erika"_s);
        // Nobody else reads it, not even an organiser; nobody else changes or removes it.
        QVERIFY(changesOf(send(jonas, {}), noteId).isEmpty());
        QVERIFY(changesOf(send(organiser, {}), noteId).isEmpty());
        // Anyone can work out the id, but it names their own note only: Jonas's update finds
        // no note of his (the same answer whether Erika has one or not), his removal and
        // insert are his own rows, and Erika's note stays as it is.
        const auto taken = send(jonas,
            { { 1, u"note"_s, u"update"_s, noteId, { { u"text"_s, u"Meins"_s } } },
                { 2, u"note"_s, u"delete"_s, noteId, {} },
                { 3, u"note"_s, u"insert"_s, Ids::noteIdFor(u"erika"_s, u"ews7-module-4-day-1"_s),
                    { { u"eventId"_s, u"ews7-module-4-day-1"_s },
                        { u"text"_s, u"besetzt"_s } } } });
        QCOMPARE(taken.results.at(0).reason, u"not_found"_s);
        QCOMPARE(taken.results.at(0).message, u"This note does not exist (any more)."_s);
        QCOMPARE(taken.results.at(1).status, u"applied"_s);
        QCOMPARE(taken.results.at(2).status, u"applied"_s);
        const auto untouched = changesOf(send(erika, {}, { { u"private"_s, 0 } }), noteId);
        QCOMPARE(untouched.size(), 1);
        QVERIFY(!untouched.first().deleted);
        QCOMPARE(untouched.first().fields.value("text"_L1).toString(), u"Raum 204"_s);

        // Erika's second device wrote the same date's note before it had the first one:
        // both texts stay.
        const Identity office { u"device-erika-pc"_s, Identity::Role::Participant, u"musterstadt"_s,
            u"erika"_s };
        const auto both = send(office,
            { { 1, u"note"_s, u"insert"_s, noteId,
                { { u"eventId"_s, u"ews7-module-3-day-1"_s },
                    { u"text"_s, u"Flipchart mitbringen"_s } } } });
        QCOMPARE(both.results.at(0).status, u"applied"_s);
        const QString text = changesOf(both, noteId).first().fields.value("text"_L1).toString();
        QCOMPARE(text, u"Flipchart mitbringen\n\nRaum 204"_s);
        // An edit that had seen the text replaces it.
        const auto edited = send(erika,
            { { 2, u"note"_s, u"update"_s, noteId, { { u"text"_s, u"Raum 204, Flipchart"_s } },
                { { u"text"_s, text } } } },
            { { u"private"_s, 0 } });
        QCOMPARE(changesOf(edited, noteId).first().fields.value("text"_L1).toString(),
            u"Raum 204, Flipchart"_s);
        // A note needs its date; the text has a limit.
        const auto bad = send(erika,
            { { 3, u"note"_s, u"insert"_s, u"n2"_s, { { u"text"_s, u"ohne Termin"_s } } },
                { 4, u"note"_s, u"insert"_s, u"n3"_s,
                    { { u"eventId"_s, u"e"_s }, { u"text"_s, QString(4001, u'x') } } } });
        QCOMPARE(bad.results.at(0).reason, u"invalid"_s);
        QCOMPARE(bad.results.at(1).reason, u"invalid"_s);
        // Removed by its writer: gone on her devices.
        const auto removed
            = send(office, { { 2, u"note"_s, u"delete"_s, noteId, {} } }, { { u"private"_s, 0 } });
        QCOMPARE(removed.results.at(0).status, u"applied"_s);
        QVERIFY(changesOf(removed, noteId).first().deleted);
        // The date Jonas took first is still Erika's to write.
        const auto claimed = send(erika,
            { { 5, u"note"_s, u"insert"_s, Ids::noteIdFor(u"erika"_s, u"ews7-module-4-day-1"_s),
                { { u"eventId"_s, u"ews7-module-4-day-1"_s },
                    { u"text"_s, u"Meine Notiz"_s } } } });
        QCOMPARE(claimed.results.at(0).status, u"applied"_s);
    }

    /// One municipality cannot fill the disk: beyond its quota a change is refused with
    /// "quota_full" and a sentence; what makes rows smaller, and other municipalities, go on.
    void municipalityQuotaRefusesGrowthBeyondIt()
    {
        m_store->setMunicipalityQuota(40 * 1024);
        QList<Mutation> entries;
        for (int i = 1; i <= 20; ++i)
            entries.append({ i, u"log_entry"_s, u"insert"_s, u"entry-%1"_s.arg(i),
                { { u"projectId"_s, Ids::projectIdFor(u"musterstadt"_s) },
                    { u"entryDate"_s, u"2026-11-20"_s }, { u"text"_s, QString(4000, u'x') } } });
        const auto answer = send(erika, entries);
        const auto firstRefused = std::find_if(answer.results.cbegin(), answer.results.cend(),
            [](const MutationResult &result) { return result.status != u"applied"_s; });
        QVERIFY(firstRefused != answer.results.cend());
        // About ten entries of 4,000 characters fit into 40 KB, the rest do not.
        QVERIFY2(firstRefused - answer.results.cbegin() >= 8
                && firstRefused - answer.results.cbegin() <= 10,
            qPrintable(QString::number(firstRefused - answer.results.cbegin())));
        for (auto it = firstRefused; it != answer.results.cend(); ++it) {
            QCOMPARE(it->reason, u"quota_full"_s);
            QVERIFY(it->message.contains(u"room"_s));
        }
        // Another municipality writes on.
        QCOMPARE(
            send(samira, { step(1, u"s-k"_s, u"musterkreis"_s, u"Flyer"_s) }).results.at(0).status,
            u"applied"_s);
        // Every refused entry is refused again when sent again, not stored on a second try.
        const auto again = send(erika, entries);
        QCOMPARE(again.results.last().reason, u"quota_full"_s);
        m_store->setMunicipalityQuota(0);
    }

    void sameSeqFromAnotherDeviceIsNotADuplicate()
    {
        // Client ids are per device token: another device's seq 1 is its own first change.
        send(erika, { step(1, u"s1"_s, u"musterstadt"_s, u"Von Erika"_s) });
        const auto other = send(jonas, { step(1, u"s2"_s, u"musterstadt"_s, u"Von Jonas"_s) });
        QCOMPARE(other.results.at(0).status, u"applied"_s);
        QCOMPARE(changesOf(send(erika, {}), u"s2"_s).size(), 1);
    }

    void aChangeNotStoredHoldsBackTheOnesBehindIt()
    {
        // The store fails to write one row (as a full disk would), and only that one.
        QSqlQuery failing(m_database->connection());
        if (m_database->isPostgres()) {
            QVERIFY(failing.exec(u"CREATE FUNCTION fail_write() RETURNS trigger AS $$ BEGIN "
                                 "RAISE EXCEPTION 'no room'; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(failing.exec(u"CREATE TRIGGER fail_write BEFORE INSERT ON rows FOR EACH ROW "
                                 "WHEN (NEW.id = 's-full') EXECUTE FUNCTION fail_write()"_s));
        } else {
            QVERIFY(failing.exec(u"CREATE TRIGGER fail_write BEFORE INSERT ON rows "
                                 "WHEN NEW.id = 's-full' BEGIN SELECT RAISE(ABORT, 'no room'); "
                                 "END"_s));
        }
        const QList<Mutation> both { step(1, u"s-full"_s, u"musterstadt"_s, u"Erster"_s),
            step(2, u"s-next"_s, u"musterstadt"_s, u"Zweiter"_s) };
        const auto first = send(erika, both);
        QCOMPARE(first.results.size(), 2);
        QCOMPARE(first.results.at(0).reason, u"retry"_s);
        // The second waits for the first: stored now, it would move the device's position
        // past the first, and the first sent again would count as seen before.
        QCOMPARE(first.results.at(1).reason, u"retry"_s);
        QVERIFY(changesOf(send(jonas, {}), u"s-next"_s).isEmpty());

        QVERIFY(failing.exec(
            u"DROP TRIGGER fail_write"_s + (m_database->isPostgres() ? u" ON rows"_s : QString())));
        const auto again = send(erika, both);
        QCOMPARE(again.results.at(0).status, u"applied"_s);
        QCOMPARE(again.results.at(1).status, u"applied"_s);
        const auto seen = send(jonas, {});
        QCOMPARE(changesOf(seen, u"s-full"_s).size(), 1);
        QCOMPARE(changesOf(seen, u"s-next"_s).size(), 1);
    }

    void foreignProjectIsRejectedAndDoesNotBlock()
    {
        const auto response = send(samira,
            {
                step(1, u"s1"_s, u"musterstadt"_s,
                    u"Fremd"_s), // forged: another municipality's project
                step(2, u"s2"_s, u"musterkreis"_s, u"Eigen"_s),
            });
        QCOMPARE(response.results.at(0).status, u"rejected"_s);
        QCOMPARE(response.results.at(0).reason, u"not_allowed"_s);
        QCOMPARE(response.results.at(1).status, u"applied"_s);
        QVERIFY(changesOf(response, u"s1"_s).isEmpty());
        // Sent again, the rejection is answered the same way, with its reason.
        const auto again = send(samira, { step(1, u"s1"_s, u"musterstadt"_s, u"Fremd"_s) });
        QCOMPARE(again.results.at(0).reason, u"not_allowed"_s);
    }

    void otherMunicipalitysStepCannotBeChanged()
    {
        send(erika, { step(1, u"s1"_s, u"musterstadt"_s, u"Flyer"_s) });
        // Samira names her own project in the fields: what counts is what is stored.
        const auto response = send(samira,
            { { 1, u"step"_s, u"update"_s, u"s1"_s,
                { { u"title"_s, u"Übernommen"_s },
                    { u"projectId"_s, Ids::projectIdFor(u"musterkreis"_s) } } } });
        QCOMPARE(response.results.at(0).reason, u"not_allowed"_s);
        const auto organiserTry = send(organiser, { { 1, u"step"_s, u"delete"_s, u"s1"_s, {} } });
        QCOMPARE(organiserTry.results.at(0).reason, u"not_allowed"_s);
        QCOMPARE(changesOf(send(jonas, {}), u"s1"_s).first().fields.value("title"_L1).toString(),
            u"Flyer"_s);
    }

    void editsOfDifferentFieldsBothStay()
    {
        send(erika, { step(1, u"s1"_s, u"musterstadt"_s, u"Flyer"_s) });
        send(erika, { { 2, u"step"_s, u"update"_s, u"s1"_s, { { u"status"_s, u"done"_s } } } });
        send(jonas, { { 1, u"step"_s, u"update"_s, u"s1"_s, { { u"notes"_s, u"500 Stück"_s } } } });
        const auto fields = changesOf(send(samira, {}), u"s1"_s).first().fields;
        QCOMPARE(fields.value("status"_L1).toString(), u"done"_s);
        QCOMPARE(fields.value("notes"_L1).toString(), u"500 Stück"_s);
        QCOMPARE(fields.value("title"_L1).toString(), u"Flyer"_s);
    }

    void aLateFirstInsertKeepsTheTextItReplaces()
    {
        // Erika made the step and sent it; its answer was lost, so her insert still waits.
        // The server is restored, and Jonas's device sends the project again first, with the
        // title Erika's colleague gave the step meanwhile.
        const auto again = send(jonas,
            { { 1, u"step"_s, u"insert"_s, u"s-late"_s,
                { { u"projectId"_s, Ids::projectIdFor(u"musterstadt"_s) },
                    { u"title"_s, u"Flyer drucken lassen"_s }, { u"status"_s, u"open"_s } },
                { { u"title"_s, u"Flyer drucken lassen"_s } } } });
        QCOMPARE(again.results.at(0).status, u"applied"_s);
        // Then Erika's first insert arrives: it had seen none of that, so the title it
        // replaces is kept.
        const auto late = send(erika, { step(1, u"s-late"_s, u"musterstadt"_s, u"Flyer"_s) });
        QCOMPARE(late.results.at(0).status, u"applied"_s);
        QCOMPARE(late.results.at(0).reason, u"conflict_kept"_s);
        QStringList texts;
        const auto seen = send(samira, {});
        for (const auto &change : seen.changes) {
            if (change.entity == "conflict"_L1 && change.fields.value("rowId"_L1) == "s-late"_L1)
                texts.append(change.fields.value("text"_L1).toString());
        }
        QCOMPARE(texts, QStringList { u"Flyer drucken lassen"_s });
        QCOMPARE(
            changesOf(seen, u"s-late"_s).first().fields.value("title"_L1).toString(), u"Flyer"_s);
    }

    void unseenTextIsKeptWhenReplaced()
    {
        send(erika, { step(1, u"s1"_s, u"musterstadt"_s, u"Flyer"_s) });
        // Both change the notes from the same empty text; Jonas had not seen Erika's.
        const auto first = send(erika,
            { { 2, u"step"_s, u"update"_s, u"s1"_s, { { u"notes"_s, u"Druckerei Meyer"_s } },
                { { u"notes"_s, u""_s } } } });
        QCOMPARE(first.results.at(0).reason, QString());
        const auto second = send(jonas,
            { { 1, u"step"_s, u"update"_s, u"s1"_s, { { u"notes"_s, u"Copyshop am Markt"_s } },
                { { u"notes"_s, u""_s } } } });
        QCOMPARE(second.results.at(0).status, u"applied"_s);
        QCOMPARE(second.results.at(0).reason, u"conflict_kept"_s);

        // Server order decides the field; the replaced text is a record everyone reads.
        const auto seen = send(samira, {});
        QCOMPARE(changesOf(seen, u"s1"_s).first().fields.value("notes"_L1).toString(),
            u"Copyshop am Markt"_s);
        QList<Change> kept;
        for (const auto &change : seen.changes) {
            if (change.entity == "conflict"_L1)
                kept.append(change);
        }
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().fields.value("text"_L1).toString(), u"Druckerei Meyer"_s);
        QCOMPARE(kept.first().fields.value("authorContactId"_L1).toString(), u"erika"_s);
        QCOMPARE(kept.first().fields.value("rowId"_L1).toString(), u"s1"_s);
        QCOMPARE(kept.first().fields.value("projectId"_L1).toString(),
            Ids::projectIdFor(u"musterstadt"_s));

        // The same upload again keeps no second record.
        const qint64 version = m_store->currentVersion();
        send(jonas,
            { { 1, u"step"_s, u"update"_s, u"s1"_s, { { u"notes"_s, u"Copyshop am Markt"_s } },
                { { u"notes"_s, u""_s } } } });
        QCOMPARE(m_store->currentVersion(), version);

        // An edit that had seen the current text replaces it without a record.
        const auto informed = send(erika,
            { { 3, u"step"_s, u"update"_s, u"s1"_s, { { u"notes"_s, u"Copyshop, 500 Stück"_s } },
                { { u"notes"_s, u"Copyshop am Markt"_s } } } });
        QCOMPARE(informed.results.at(0).reason, QString());
        QCOMPARE(m_store->currentVersion(), version + 1);

        // Another municipality cannot dismiss it; the project's participants can.
        const QString id = kept.first().id;
        QCOMPARE(send(samira, { { 1, u"conflict"_s, u"delete"_s, id, {} } }).results.at(0).reason,
            u"not_allowed"_s);
        QCOMPARE(
            send(organiser, { { 1, u"conflict"_s, u"delete"_s, id, {} } }).results.at(0).reason,
            u"not_allowed"_s);
        QCOMPARE(send(jonas, { { 2, u"conflict"_s, u"delete"_s, id, {} } }).results.at(0).status,
            u"applied"_s);
        const auto after = changesOf(send(samira, {}), id);
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().deleted);
    }

    void deletedStepsAreForgottenPastTheHorizon()
    {
        send(erika,
            { step(1, u"s1"_s, u"musterstadt"_s, u"Flyer"_s),
                step(2, u"s2"_s, u"musterstadt"_s, u"Plakat"_s) });
        const auto before = send(jonas, {});
        send(erika, { { 3, u"step"_s, u"delete"_s, u"s1"_s, {} } });
        const auto tombstone = changesOf(send(jonas, {}, before.cursors), u"s1"_s);
        QCOMPARE(tombstone.size(), 1);
        QVERIFY(tombstone.first().deleted);
        QVERIFY(send(jonas, {}).horizons.isEmpty());
        // The removal keeps where the step belonged, never what it said.
        const auto kept = m_store->rowOf(u"step"_s, u"s1"_s);
        QVERIFY(kept && kept->deleted);
        QVERIFY(!kept->fields.contains("title"_L1));
        QVERIFY(!QJsonDocument(kept->fields).toJson().contains("Flyer"));
        QVERIFY(kept->fields.contains("projectId"_L1));

        // Deletions younger than the cut-off stay.
        QCOMPARE(m_store->purgeTombstones(QDateTime::currentDateTimeUtc().addDays(-1)), 0);
        QCOMPARE(m_store->purgeTombstones(QDateTime::currentDateTimeUtc().addSecs(1)), 1);
        // Neither the store's file nor its write-ahead log holds the removed text any more.
        if (!m_database->isPostgres()) {
            const QString file = m_database->connection().databaseName();
            for (const QString &each : { file, file + u"-wal"_s }) {
                QFile stored(each);
                if (stored.open(QIODevice::ReadOnly))
                    QVERIFY2(!stored.readAll().contains("Flyer"), qPrintable(each));
            }
        }
        const auto after = send(jonas, {}, before.cursors);
        QVERIFY(changesOf(after, u"s1"_s).isEmpty()); // forgotten ...
        // ... and the horizon tells a device that was behind it to download again.
        QCOMPARE(after.horizons.value(u"projects"_s), tombstone.first().version);
        QVERIFY(before.cursors.value(u"projects"_s) < after.horizons.value(u"projects"_s));
        QCOMPARE(m_store->purgeTombstones(QDateTime::currentDateTimeUtc().addSecs(1)), 0);
        QCOMPARE(m_store->horizons()->value(u"projects"_s), tombstone.first().version);
        // The deleted step cannot be edited any more.
        QCOMPARE(send(jonas, { { 1, u"step"_s, u"update"_s, u"s1"_s, { { u"title"_s, u"X"_s } } } })
                     .results.at(0)
                     .reason,
            u"not_found"_s);
    }

    /// A device that slept through a restore sends its project again, long after a step of it
    /// was removed and the removal forgotten: the step stays removed (known by its id alone).
    void aStepRemovedLongAgoDoesNotComeBack()
    {
        send(erika, { step(1, u"s-old"_s, u"musterstadt"_s, u"Flyer"_s) });
        send(erika, { { 2, u"step"_s, u"delete"_s, u"s-old"_s, {} } });
        QCOMPARE(m_store->purgeTombstones(QDateTime::currentDateTimeUtc().addSecs(1)), 1);
        QVERIFY(!m_store->rowOf(u"step"_s, u"s-old"_s));
        const auto again = send(jonas, { step(1, u"s-old"_s, u"musterstadt"_s, u"Flyer"_s) });
        QCOMPARE(again.results.at(0).status, u"rejected"_s);
        QCOMPARE(again.results.at(0).reason, u"not_found"_s);
        QVERIFY(changesOf(send(samira, {}), u"s-old"_s).isEmpty());
        // Known by record and id alone: nothing of what it said.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT entity, id FROM removed_rows"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"step"_s);
        QCOMPARE(query.value(1).toString(), u"s-old"_s);
        QCOMPARE(query.record().count(), 2);
        QVERIFY(!query.next());
    }

    void aRemovedStepTakesItsKeptTextsAlong()
    {
        send(erika, { step(1, u"s1"_s, u"musterstadt"_s, u"Flyer"_s) });
        send(erika,
            { { 2, u"step"_s, u"update"_s, u"s1"_s, { { u"notes"_s, u"A"_s } },
                { { u"notes"_s, u""_s } } } });
        const auto kept = send(jonas,
            { { 1, u"step"_s, u"update"_s, u"s1"_s, { { u"notes"_s, u"B"_s } },
                { { u"notes"_s, u""_s } } } });
        QCOMPARE(kept.results.at(0).reason, u"conflict_kept"_s);
        send(erika, { { 3, u"step"_s, u"delete"_s, u"s1"_s, {} } });
        int keptTexts = 0;
        for (const auto &change : send(samira, {}).changes) {
            if (change.entity == "conflict"_L1) {
                ++keptTexts;
                QVERIFY2(change.deleted, "the kept text of a removed step goes too");
            }
        }
        QCOMPARE(keptTexts, 1);
    }

    void aRemovalStandsInEitherOrder()
    {
        // Sent again after a restore, the removal may come before the row: it is kept.
        QCOMPARE(send(erika, { { 1, u"step"_s, u"delete"_s, u"s9"_s, {} } }).results.at(0).status,
            u"applied"_s);
        const auto late = send(jonas, { step(1, u"s9"_s, u"musterstadt"_s, u"Alte Kopie"_s) });
        QCOMPARE(late.results.at(0).reason, u"not_found"_s);
        QVERIFY(changesOf(late, u"s9"_s).first().deleted);
        // And after the row: an old copy sent again does not bring it back.
        send(erika, { step(2, u"s10"_s, u"musterstadt"_s, u"Weg damit"_s) });
        send(erika, { { 3, u"step"_s, u"delete"_s, u"s10"_s, {} } });
        QCOMPARE(send(jonas, { step(2, u"s10"_s, u"musterstadt"_s, u"Weg damit"_s) })
                     .results.at(0)
                     .reason,
            u"not_found"_s);
        // Nobody else removes what they may not: another municipality, or log entries.
        QCOMPARE(
            send(organiser, { { 1, u"step"_s, u"delete"_s, u"s11"_s, {} } }).results.at(0).reason,
            u"not_found"_s);
        QCOMPARE(
            send(erika, { { 4, u"log_entry"_s, u"delete"_s, u"l11"_s, {} } }).results.at(0).reason,
            u"not_found"_s);
    }

    void logEntriesAreOnlyAdded()
    {
        const Mutation entry { 1, u"log_entry"_s, u"insert"_s, u"l1"_s,
            { { u"projectId"_s, Ids::projectIdFor(u"musterstadt"_s) },
                { u"entryDate"_s, u"2026-11-20"_s }, { u"text"_s, u"Termin beim Rat"_s } } };
        QCOMPARE(send(erika, { entry }).results.at(0).status, u"applied"_s);
        const auto change = send(
            erika, { { 2, u"log_entry"_s, u"update"_s, u"l1"_s, { { u"text"_s, u"anders"_s } } } });
        QCOMPARE(change.results.at(0).reason, u"not_allowed"_s);
        const auto removal = send(erika, { { 3, u"log_entry"_s, u"delete"_s, u"l1"_s, {} } });
        QCOMPARE(removal.results.at(0).reason, u"not_allowed"_s);
        QCOMPARE(changesOf(send(jonas, {}), u"l1"_s).first().fields.value("text"_L1).toString(),
            u"Termin beim Rat"_s);
    }

    void badFieldsAreRejectedWithAReason_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("message");
        const QString project = Ids::projectIdFor(u"musterstadt"_s);
        QTest::newRow("unknown field") << QJsonObject { { u"projectId"_s, project },
            { u"title"_s, u"T"_s }, { u"municipalityId"_s, u"x"_s } }
                                       << u"not part of a step"_s;
        QTest::newRow("title as number")
            << QJsonObject { { u"projectId"_s, project }, { u"title"_s, 5 } } << u"wrong type"_s;
        QTest::newRow("title too long")
            << QJsonObject { { u"projectId"_s, project }, { u"title"_s, QString(201, u'x') } }
            << u"too long"_s;
        QTest::newRow("empty title") << QJsonObject { { u"projectId"_s, project },
            { u"title"_s, u"  "_s } } << u"needs a title"_s;
        QTest::newRow("bad status") << QJsonObject { { u"projectId"_s, project },
            { u"title"_s, u"T"_s }, { u"status"_s, u"maybe"_s } }
                                    << u"open, in_progress or done"_s;
        QTest::newRow("bad date") << QJsonObject { { u"projectId"_s, project },
            { u"title"_s, u"T"_s }, { u"dueDate"_s, u"2026-02-30"_s } }
                                  << u"YYYY-MM-DD"_s;
        QTest::newRow("module 9") << QJsonObject { { u"projectId"_s, project },
            { u"title"_s, u"T"_s }, { u"dueModule"_s, 9 } }
                                  << u"module 1 to 4"_s;
    }

    void badFieldsAreRejectedWithAReason()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, message);
        const auto response = send(erika, { { 1, u"step"_s, u"insert"_s, u"s1"_s, fields } });
        QCOMPARE(response.results.at(0).status, u"rejected"_s);
        QCOMPARE(response.results.at(0).reason, u"invalid"_s);
        QVERIFY2(response.results.at(0).message.contains(message),
            qPrintable(response.results.at(0).message));
        QVERIFY(changesOf(response, u"s1"_s).isEmpty());
    }

    void badProgrammeAndCommentsFromOrganisersAreRejected_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("message");
        const QJsonObject date { { u"kind"_s, u"info_talk"_s }, { u"titleDe"_s, u"Info"_s },
            { u"startsAt"_s, u"2027-01-12T09:00:00Z"_s },
            { u"endsAt"_s, u"2027-01-12T10:00:00Z"_s } };
        const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
            object.insert(key, value);
            return object;
        };
        QTest::newRow("unknown kind")
            << u"event_draft"_s << with(date, u"kind"_s, u"party"_s) << u"module_day"_s;
        QTest::newRow("time not a time")
            << u"event_draft"_s << with(date, u"startsAt"_s, u"morgen früh"_s)
            << u"must be a time"_s;
        QTest::newRow("ends before it starts")
            << u"event_draft"_s << with(date, u"endsAt"_s, u"2027-01-12T08:00:00Z"_s)
            << u"cannot end before it starts"_s;
        QTest::newRow("no title") << u"event_draft"_s << with(date, u"titleDe"_s, u" "_s)
                                  << u"German title"_s;
        QTest::newRow("topics with a number")
            << u"event_draft"_s << with(date, u"topicsDe"_s, QJsonArray { u"A"_s, 5 })
            << u"wrong type"_s;
        QTest::newRow("fractional module")
            << u"event_draft"_s << with(date, u"moduleNumber"_s, 1.5) << u"wrong type"_s;
        QTest::newRow("place without a name")
            << u"place"_s << QJsonObject { { u"city"_s, u"Köln"_s } } << u"German name"_s;
        QTest::newRow("comment on nothing")
            << u"comment"_s
            << QJsonObject { { u"projectId"_s, u"no-such-project"_s }, { u"text"_s, u"Hallo"_s } }
            << u"needs the project"_s;
        QTest::newRow("comment on a step elsewhere")
            << u"comment"_s
            << QJsonObject { { u"projectId"_s, Ids::projectIdFor(u"musterstadt"_s) },
                   { u"stepId"_s, u"s-kreis"_s }, { u"text"_s, u"Hallo"_s } }
            << u"not part of this project"_s;
        QTest::newRow("contact as participant")
            << u"contact"_s
            << QJsonObject { { u"name"_s, u"X"_s }, { u"role"_s, u"participant"_s } }
            << u"organisers, facilitators or speakers"_s;
    }

    void badProgrammeAndCommentsFromOrganisersAreRejected()
    {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, message);
        for (const auto &town : { u"musterstadt"_s, u"musterkreis"_s })
            QVERIFY(m_store->storeRow(u"municipality"_s, town, town, { { u"name"_s, town } }));
        send(erika,
            { { 1, u"project"_s, u"insert"_s, Ids::projectIdFor(u"musterstadt"_s),
                { { u"title"_s, u"P"_s } } } });
        send(samira, { step(1, u"s-kreis"_s, u"musterkreis"_s, u"Im Kreis"_s) });
        const qint64 version = m_store->currentVersion();
        const auto response = send(organiser, { { 1, entity, u"insert"_s, u"new-row"_s, fields } });
        QCOMPARE(response.results.at(0).status, u"rejected"_s);
        QCOMPARE(response.results.at(0).reason, u"invalid"_s);
        QVERIFY2(response.results.at(0).message.contains(message),
            qPrintable(response.results.at(0).message));
        QCOMPARE(m_store->currentVersion(), version); // nothing written
    }

    void ownDetailsOnlyAndSharingRespected()
    {
        // Erika does not share her phone: Samira does not get it, the organiser does.
        QVERIFY(!changesOf(send(samira, {}), u"erika"_s).first().fields.contains("phone"_L1));
        QVERIFY(changesOf(send(organiser, {}), u"erika"_s).first().fields.contains("phone"_L1));
        QVERIFY(changesOf(send(erika, {}), u"erika"_s).first().fields.contains("phone"_L1));
        const auto forged = send(samira,
            { { 1, u"contact"_s, u"update"_s, u"erika"_s, { { u"sharePhone"_s, true } } } });
        QCOMPARE(forged.results.at(0).reason, u"not_allowed"_s);
        send(
            erika, { { 1, u"contact"_s, u"update"_s, u"erika"_s, { { u"sharePhone"_s, true } } } });
        QCOMPARE(
            changesOf(send(samira, {}), u"erika"_s).first().fields.value("phone"_L1).toString(),
            u"0211 1"_s);
    }

    void cursorsAndPagingGiveTheSameAsAFullSync()
    {
        QList<Mutation> steps;
        for (int i = 1; i <= 7; ++i)
            steps.append(step(i, u"s%1"_s.arg(i), u"musterstadt"_s, u"Schritt %1"_s.arg(i)));
        send(erika, steps);
        send(erika, { { 8, u"step"_s, u"update"_s, u"s2"_s, { { u"status"_s, u"done"_s } } } });

        const auto full = send(jonas, {});
        QHash<QString, QJsonObject> fullState;
        for (const auto &change : full.changes)
            fullState.insert(change.id, change.fields.toObject());
        QVERIFY(!full.more);

        // Page by page, 3 at a time: the same rows, each in its latest state.
        QHash<QString, QJsonObject> pagedState;
        QHash<QString, qint64> cursors;
        int pages = 0;
        for (bool more = true; more && pages < 20; ++pages) {
            const auto page = send(jonas, {}, cursors, 3);
            QVERIFY(page.changes.size() <= 3);
            for (const auto &change : page.changes)
                pagedState.insert(change.id, change.fields.toObject());
            cursors = page.cursors;
            more = page.more;
        }
        QCOMPARE(pagedState, fullState);
        QVERIFY(pages >= 3);
        // Nothing new: an empty answer and the same cursors.
        const auto nothing = send(jonas, {}, cursors);
        QVERIFY(nothing.changes.isEmpty());
        QCOMPARE(nothing.cursors, cursors);
    }

    void newerServerSchemaIsRefused()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"INSERT INTO schema_version (version) VALUES (99)"_s));
        QVERIFY(!m_database->migrate());
        QVERIFY(m_database->errorString().contains(u"newer server"_s));
    }

    void badConnectionSettingIsExplained()
    {
        ServerDatabase database(u"mysql://somewhere"_s);
        QVERIFY(!database.isOpen());
        QVERIFY(database.errorString().contains(u"sqlite: or postgresql://"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
