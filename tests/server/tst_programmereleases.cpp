// SPDX-License-Identifier: GPL-3.0-or-later
// The programme's releases on a real store (SQLite, and PostgreSQL in its own run): the
// organisers' drafts stay theirs until published; a release publishes all of them at once,
// numbered, with what changed date by date, never empty; two organisers editing one draft
// keep both texts; a programme file never brings back a cancelled date or deletes one.
#include "programmeimport.h"
#include "programmewire.h"
#include "records.h"
#include "serverdatabase.h"
#include "syncstore.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProgrammeReleases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<SyncStore> m_store;

    const Identity erika { u"device-erika"_s, Identity::Role::Participant, u"musterstadt"_s,
        u"erika"_s };
    const Identity alina { u"device-alina"_s, Identity::Role::Organiser, {}, u"alina"_s };
    const Identity jana { u"device-jana"_s, Identity::Role::Organiser, {}, u"jana"_s };

    SyncResponse send(
        const Identity &who, const QList<Mutation> &mutations, const QString &client = u"app"_s)
    {
        SyncRequest request;
        request.clientId = client;
        request.mutations = mutations;
        request.limit = 1000;
        const auto parsed = SyncResponse::parse(m_store->sync(who, request).value().toJson());
        if (!parsed.ok)
            qFatal("the store's answer does not parse: %s", qPrintable(parsed.message));
        return parsed.response;
    }

    static Mutation draft(qint64 seq, const QString &id, const QJsonObject &fields,
        const QJsonObject &base = {}, const QString &op = u"update"_s)
    {
        return { seq, Records::DateDraft::entity, op, id, fields, base };
    }

    static Mutation release(qint64 seq, const QString &id, const QString &note)
    {
        return { seq, Records::Release::entity, u"insert"_s, id,
            { { Records::Release::note, note } } };
    }

    /// The changes @p response carries of @p entity, by id.
    static QHash<QString, Change> changesOf(const SyncResponse &response, const QString &entity)
    {
        QHash<QString, Change> found;
        for (const auto &change : response.changes) {
            if (change.entity == entity)
                found.insert(change.id, change);
        }
        return found;
    }

    ProgrammeDate published(const QString &id) const
    {
        for (const auto &row : m_store->rowsOf(Records::ProgrammeDate::entity)) {
            if (row.id == id)
                return ProgrammeWire::eventFrom(row.id, row.fields);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<ServerDatabase>(freshTestDatabase(m_dir, u"releases"_s));
        QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
        QVERIFY2(m_database->migrate(), qPrintable(m_database->errorString()));
        m_store = std::make_unique<SyncStore>(*m_database);
        const auto imported = ProgrammeImport::run(QStringLiteral(PROGRAMME_FILE), *m_store);
        QCOMPARE(imported.error, QString());
        QCOMPARE(imported.report.releaseNumber, 1);
    }

    void cleanup()
    {
        m_store.reset();
        m_database.reset();
    }

    void draftsReachEveryoneOnlyWithARelease()
    {
        const QString id = u"ews7-learning-group-3"_s;
        const ProgrammeDate before = published(id);
        const QDateTime later = before.startsAt.addDays(7);
        auto sent = send(alina,
            { draft(1, id,
                  { { u"startsAt"_s, later.toString(Qt::ISODate) },
                      { u"endsAt"_s, before.endsAt.addDays(7).toString(Qt::ISODate) } }),
                draft(2, u"ews7-module-3-day-1"_s, { { u"tentative"_s, false } }),
                draft(3, u"ews7-module-4-day-2"_s,
                    { { u"cancelled"_s, true }, { u"cancelReason"_s, u"Kein Geld"_s } }),
                draft(4, u"extra-day"_s,
                    { { u"kind"_s, u"info_talk"_s }, { u"titleDe"_s, u"Sprechstunde"_s },
                        { u"startsAt"_s, u"2027-03-01T09:00:00Z"_s },
                        { u"endsAt"_s, u"2027-03-01T10:00:00Z"_s } },
                    {}, u"insert"_s) });
        for (const auto &result : sent.results)
            QCOMPARE(result.status, u"applied"_s);
        // Participants see nothing of it; the organisers see the whole drafts.
        const auto participant = send(erika, {});
        QVERIFY(changesOf(participant, Records::DateDraft::entity).isEmpty());
        QCOMPARE(published(id).startsAt, before.startsAt);
        const auto drafts = changesOf(send(jana, {}), Records::DateDraft::entity);
        QCOMPARE(drafts.size(), 4);
        QCOMPARE(drafts.value(id).fields.value("titleDe"_L1).toString(), before.title.de);

        // No note, no release; published with a note, everything at once.
        auto refused = send(alina, { release(5, u"r-empty-note"_s, u"  "_s) });
        QCOMPARE(refused.results.at(0).reason, u"invalid"_s);
        const qint64 version = m_store->currentVersion();
        auto done = send(alina, { release(6, u"r2"_s, u"Lerngruppe 3 eine Woche später"_s) });
        QCOMPARE(done.results.at(0).status, u"applied"_s);
        QVERIFY(m_store->currentVersion() > version);
        QCOMPARE(published(id).startsAt, later);
        QCOMPARE(published(u"ews7-module-3-day-1"_s).tentative, false);
        QVERIFY(published(u"ews7-module-4-day-2"_s).cancelled);
        QCOMPARE(published(u"ews7-module-4-day-2"_s).cancelReason, u"Kein Geld"_s);
        QCOMPARE(published(u"extra-day"_s).title.de, u"Sprechstunde"_s);

        // What a participant downloads: the dates and the release saying what changed.
        const auto releases = changesOf(send(erika, {}), Records::Release::entity);
        const Change second = releases.value(u"r2"_s);
        QCOMPARE(second.fields.value("number"_L1).toInt(), 2);
        QCOMPARE(second.fields.value("note"_L1).toString(), u"Lerngruppe 3 eine Woche später"_s);
        QCOMPARE(second.fields.value("authorContactId"_L1).toString(), u"alina"_s);
        const auto changes = ProgrammeChanges::fromJson(
            QJsonDocument::fromJson(second.fields.value("changes"_L1).toString().toUtf8()).array());
        QHash<QString, int> kinds;
        for (const auto &change : changes)
            kinds.insert(change.dateId, change.kinds);
        QCOMPARE(kinds.value(id), int(DateChange::Moved));
        QCOMPARE(kinds.value(u"ews7-module-3-day-1"_s), int(DateChange::Confirmed));
        QCOMPARE(kinds.value(u"ews7-module-4-day-2"_s),
            DateChange::Cancelled | DateChange::DetailsChanged);
        QCOMPARE(kinds.value(u"extra-day"_s), int(DateChange::Added));
        QCOMPARE(changes.size(), 4);
        for (const auto &change : changes) {
            if (change.dateId == id)
                QCOMPARE(change.before->startsAt, before.startsAt);
        }
        // The drafts are gone, for every organiser.
        for (const auto &change : changesOf(send(jana, {}), Records::DateDraft::entity))
            QVERIFY(change.deleted);

        // Nothing in the draft: nothing to announce, no release 3.
        auto empty = send(alina, { release(7, u"r3"_s, u"Nichts Neues"_s) });
        QCOMPARE(empty.results.at(0).reason, u"invalid"_s);
        auto same = send(alina,
            { draft(8, id, { { u"startsAt"_s, later.toString(Qt::ISODate) } }),
                release(9, u"r3b"_s, u"Nichts Neues"_s) });
        QCOMPARE(same.results.at(1).reason, u"invalid"_s);
        QVERIFY2(same.results.at(1).message.contains(u"nothing to publish"_s),
            qPrintable(same.results.at(1).message));
        QVERIFY(!changesOf(send(erika, {}), Records::Release::entity).contains(u"r3b"_s));
    }

    void twoOrganisersKeepBothTexts()
    {
        const QString id = u"ews7-info-talk-1"_s;
        const QString title = published(id).title.de;
        // Different fields: both kept.
        QCOMPARE(send(alina, { draft(1, id, { { u"room"_s, u"Saal 1"_s } }) }).results.at(0).status,
            u"applied"_s);
        QCOMPARE(send(jana, { draft(1, id, { { u"videoUrl"_s, u"https://example.org/raum"_s } }) },
                     u"jana-phone"_s)
                     .results.at(0)
                     .status,
            u"applied"_s);
        // The same text, neither seen the other's: the one replaced is kept for the
        // organisers, naming who wrote it.
        QCOMPARE(send(alina,
                     { draft(2, id, { { u"titleDe"_s, u"Infogespräch (neu)"_s } },
                         { { u"titleDe"_s, title } }) })
                     .results.at(0)
                     .status,
            u"applied"_s);
        const auto second = send(jana,
            { draft(2, id, { { u"titleDe"_s, u"Infogespräch am Morgen"_s } },
                { { u"titleDe"_s, title } }) },
            u"jana-phone"_s);
        QCOMPARE(second.results.at(0).reason, u"conflict_kept"_s);
        const auto kept = changesOf(second, Records::DraftKeptText::entity);
        QCOMPARE(kept.size(), 1);
        const Change text = kept.cbegin().value();
        QCOMPARE(text.fields.value("text"_L1).toString(), u"Infogespräch (neu)"_s);
        QCOMPARE(text.fields.value("authorContactId"_L1).toString(), u"alina"_s);
        QCOMPARE(text.fields.value("rowId"_L1).toString(), id);
        QVERIFY(changesOf(send(erika, {}), Records::DraftKeptText::entity).isEmpty());
        const auto drafts = changesOf(send(alina, {}), Records::DateDraft::entity);
        QCOMPARE(drafts.value(id).fields.value("room"_L1).toString(), u"Saal 1"_s);
        QCOMPARE(
            drafts.value(id).fields.value("videoUrl"_L1).toString(), u"https://example.org/raum"_s);
        QCOMPARE(
            drafts.value(id).fields.value("titleDe"_L1).toString(), u"Infogespräch am Morgen"_s);
        // Hidden by an organiser; a participant cannot.
        QCOMPARE(
            send(erika, { { 1, Records::DraftKeptText::entity, u"delete"_s, text.id, {}, {} } })
                .results.at(0)
                .reason,
            u"not_allowed"_s);
        QCOMPARE(
            send(alina, { { 3, Records::DraftKeptText::entity, u"delete"_s, text.id, {}, {} } })
                .results.at(0)
                .status,
            u"applied"_s);
    }

    void aVideoLinkIsOneSecureAddress()
    {
        for (const auto &link : { u"http://example.org/raum"_s,
                 u"https://example.org/\r\nBEGIN:VEVENT"_s, u"javascript:alert(1)"_s }) {
            const auto sent
                = send(alina, { draft(1, u"ews7-info-talk-1"_s, { { u"videoUrl"_s, link } }) },
                    u"client-"_s + QString::number(qHash(link)));
            QCOMPARE(sent.results.at(0).reason, u"invalid"_s);
        }
    }

    void aFileNeverBringsBackACancelledDateNorDeletesOne()
    {
        const QString cancelled = u"ews7-module-4-day-1"_s;
        QCOMPARE(send(alina,
                     { draft(1, cancelled,
                           { { u"cancelled"_s, true }, { u"cancelReason"_s, u"Kein Geld"_s } }),
                         release(2, u"r-cancel"_s, u"Modul 4, Tag 1 fällt aus"_s) })
                     .results.at(1)
                     .status,
            u"applied"_s);
        // The same file again (it lists the date as taking place): it stays cancelled, and
        // nothing is published, since nothing changed.
        auto again = ProgrammeImport::run(QStringLiteral(PROGRAMME_FILE), *m_store);
        QCOMPARE(again.error, QString());
        QCOMPARE(again.report.keptCancelled, QStringList { cancelled });
        QVERIFY(again.report.changes.isEmpty());
        QVERIFY(published(cancelled).cancelled);
        QVERIFY2(ProgrammeImport::describe(again).contains(u"Still cancelled"_s),
            qPrintable(ProgrammeImport::describe(again)));

        // A file without a date: the date stays, and the operator is told.
        QFile source(QStringLiteral(PROGRAMME_FILE));
        QVERIFY(source.open(QIODevice::ReadOnly));
        auto root = QJsonDocument::fromJson(source.readAll()).object();
        QJsonArray events = root.value("events"_L1).toArray();
        QJsonArray shorter;
        for (const auto &event : std::as_const(events)) {
            if (event.toObject().value("id"_L1).toString() != "ews7-learning-group-6"_L1)
                shorter.append(event);
        }
        root.insert(u"events"_s, shorter);
        const QString path = m_dir.filePath(u"shorter.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const auto imported = ProgrammeImport::run(path, *m_store);
        QCOMPARE(imported.report.notInFile, QStringList { u"ews7-learning-group-6"_s });
        QVERIFY(!published(u"ews7-learning-group-6"_s).cancelled);
        QVERIFY(!published(u"ews7-learning-group-6"_s).title.de.isEmpty());

        // A file that cancels a date: published as a release that says so.
        for (qsizetype i = 0; i < shorter.size(); ++i) {
            QJsonObject event = shorter.at(i).toObject();
            if (event.value("id"_L1).toString() == "ews7-learning-group-5"_L1) {
                event.insert(u"cancelled"_s, true);
                event.insert(u"cancelReason"_s, u"Feiertag"_s);
                shorter.replace(i, event);
            }
        }
        root.insert(u"events"_s, shorter);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const auto cancelling = ProgrammeImport::run(path, *m_store, u"Lerngruppe 5 fällt aus"_s);
        QCOMPARE(cancelling.error, QString());
        QCOMPARE(cancelling.report.changes.size(), 1);
        QCOMPARE(cancelling.report.changes.at(0).dateId, u"ews7-learning-group-5"_s);
        QVERIFY(cancelling.report.changes.at(0).kinds & DateChange::Cancelled);
        QCOMPARE(cancelling.report.releaseNumber, 3);
        QCOMPARE(published(u"ews7-learning-group-5"_s).cancelReason, u"Feiertag"_s);
    }

    void onlyOrganisersPublish()
    {
        QCOMPARE(send(erika, { draft(1, u"ews7-info-talk-1"_s, { { u"room"_s, u"Saal"_s } }) })
                     .results.at(0)
                     .reason,
            u"not_allowed"_s);
        QCOMPARE(send(erika, { release(2, u"r-forged"_s, u"Von mir"_s) }).results.at(0).reason,
            u"not_allowed"_s);
        // What only the server sets cannot be sent, not even by an organiser.
        Mutation forged = release(1, u"r-numbered"_s, u"Nummer 99"_s);
        forged.fields.insert(u"number"_s, 99);
        QCOMPARE(send(alina, { forged }).results.at(0).reason, u"invalid"_s);
        // A published release stays as it was.
        QCOMPARE(send(alina,
                     { draft(2, u"ews7-info-talk-1"_s, { { u"room"_s, u"Saal"_s } }),
                         release(3, u"r-fine"_s, u"Raum steht fest"_s) })
                     .results.at(1)
                     .status,
            u"applied"_s);
        QCOMPARE(send(alina,
                     { { 4, Records::Release::entity, u"update"_s, u"r-fine"_s,
                         { { u"note"_s, u"Anders"_s } }, {} } })
                     .results.at(0)
                     .reason,
            u"not_allowed"_s);
        QCOMPARE(send(alina,
                     { { 5, Records::ProgrammeDate::entity, u"update"_s, u"ews7-info-talk-1"_s,
                         { { u"room"_s, u"Keller"_s } }, {} } })
                     .results.at(0)
                     .reason,
            u"not_allowed"_s);
        QCOMPARE(published(u"ews7-info-talk-1"_s).room, u"Saal"_s);
    }
};

QTEST_GUILESS_MAIN(TestProgrammeReleases)
#include "tst_programmereleases.moc"
