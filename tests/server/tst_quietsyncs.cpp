// SPDX-License-Identifier: GPL-3.0-or-later
// Syncs with nothing to send and nothing new, answered from memory (QuietSyncs): the answer
// is the store's own, byte for byte; anything to download, any change sent, a device ahead
// of the memory go to the store; a write of this process and a signing out are seen at once,
// another process's within the bound. On a real SQLite file and on the test run's PostgreSQL.
#include "accessstore.h"
#include "quietsyncs.h"
#include "records.h"
#include "serverdatabase.h"
#include "syncstore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestQuietSyncs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // The server's worker: its connection, its store, and the memory it shares.
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<AccessStore> m_access;
    // Another process on the same store (the operator's commands, another instance).
    std::unique_ptr<ServerDatabase> m_otherDatabase;
    std::unique_ptr<SyncStore> m_other;
    std::unique_ptr<AccessStore> m_otherAccess;
    std::chrono::steady_clock::time_point m_now;
    std::unique_ptr<QuietSyncs> m_quiet;
    QString m_participantToken;
    QString m_organiserToken;

    Identity identityOf(const QString &token) { return *m_access->identityFor(token); }

    /// The request of @p who's device once it has everything: cursors as the store's answer
    /// left them after syncing to the end.
    SyncRequest upToDate(const Identity &who)
    {
        SyncRequest request;
        request.clientId = u"app"_s;
        request.storeId = m_database->storeId();
        request.limit = 1000;
        for (int round = 0; round < 20; ++round) {
            const SyncResponse answer = m_store->sync(who, request).value();
            request.cursors = answer.cursors;
            if (!answer.more && answer.changes.isEmpty())
                return request;
        }
        qFatal("the device never had everything");
    }

    static void writeProgrammeDate(SyncStore &store, const QString &id)
    {
        QVERIFY(store.storeRow(Records::ProgrammeDate::entity, id, {},
            { { Records::ProgrammeDate::titleDe, u"Modul 9"_s } }));
    }

private Q_SLOTS:
    void init()
    {
        const QString setting = freshTestDatabase(m_dir, u"quiet"_s);
        m_database = std::make_unique<ServerDatabase>(setting);
        QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
        QVERIFY2(m_database->migrate(), qPrintable(m_database->errorString()));
        m_store = std::make_unique<SyncStore>(*m_database);
        m_access = std::make_unique<AccessStore>(*m_database, *m_store);
        m_otherDatabase = std::make_unique<ServerDatabase>(setting);
        QVERIFY(m_otherDatabase->isOpen());
        m_other = std::make_unique<SyncStore>(*m_otherDatabase);
        m_otherAccess = std::make_unique<AccessStore>(*m_otherDatabase, *m_other);
        m_now = {};
        m_quiet = std::make_unique<QuietSyncs>(100ms, [this] { return m_now; });
        // As ServerWorker wires its stores.
        m_store->setAnnouncer([this](const QHash<QString, qint64> &) { m_quiet->forget(); });
        m_access->setRevocationListener([this] { m_quiet->forget(); });

        const QString town = m_access->addMunicipality(u"Musterstadt"_s);
        QVERIFY(!town.isEmpty());
        const QString participantCode
            = m_access->invite(Identity::Role::Participant, town, u"Erika Muster"_s);
        const QString organiserCode = m_access->invite(Identity::Role::Organiser, {}, u"Alina"_s);
        m_participantToken = m_access->redeem(participantCode, u"Telefon"_s)->token;
        m_organiserToken = m_access->redeem(organiserCode, u"Büro"_s)->token;
        writeProgrammeDate(*m_store, u"date-1"_s);
    }

    void cleanup()
    {
        m_quiet.reset();
        m_otherAccess.reset();
        m_other.reset();
        m_otherDatabase.reset();
        m_access.reset();
        m_store.reset();
        m_database.reset();
    }

    void aQuietSyncIsAnsweredAsTheStoreWould_data()
    {
        QTest::addColumn<bool>("organiser");
        QTest::addColumn<bool>("withHorizon");
        QTest::newRow("participant") << false << false;
        QTest::newRow("organiser (the drafts too)") << true << false;
        QTest::newRow("participant, after deletions were forgotten") << false << true;
    }

    void aQuietSyncIsAnsweredAsTheStoreWould()
    {
        QFETCH(bool, organiser);
        QFETCH(bool, withHorizon);
        if (withHorizon) {
            QVERIFY(m_store->connection().transaction());
            QVERIFY(m_store->removeRowInTransaction(Records::ProgrammeDate::entity, u"date-1"_s));
            QVERIFY(m_store->commitWrites());
            QCOMPARE(m_store->purgeTombstones(QDateTime::currentDateTimeUtc().addDays(1)), 1);
        }
        const Identity who = identityOf(organiser ? m_organiserToken : m_participantToken);
        const SyncRequest request = upToDate(who);
        const auto quiet = m_quiet->answer(who, request, *m_store);
        QVERIFY(quiet);
        QCOMPARE(quiet->toJson(), m_store->sync(who, request).value().toJson());
        QCOMPARE(quiet->horizons.isEmpty(), !withHorizon);
        // The second time from memory alone: the same again.
        const auto remembered = m_quiet->answer(who, request, *m_store);
        QVERIFY(remembered);
        QCOMPARE(remembered->toJson(), quiet->toJson());
    }

    void anythingToDownloadGoesToTheStore()
    {
        const Identity who = identityOf(m_participantToken);
        SyncRequest request = upToDate(who);
        QVERIFY(m_quiet->answer(who, request, *m_store));
        // A scope the device has not downloaded to its end.
        request.cursors.insert(u"programme"_s, request.cursors.value(u"programme"_s) - 1);
        QVERIFY(!m_quiet->answer(who, request, *m_store));
        // A scope it never asked for has rows.
        request = upToDate(who);
        request.cursors.remove(u"programme"_s);
        QVERIFY(!m_quiet->answer(who, request, *m_store));
    }

    void aWriteOfThisProcessIsSeenAtOnce()
    {
        const Identity who = identityOf(m_participantToken);
        const SyncRequest request = upToDate(who);
        QVERIFY(m_quiet->answer(who, request, *m_store));
        writeProgrammeDate(*m_store, u"date-2"_s);
        QVERIFY(!m_quiet->answer(who, request, *m_store));
        QCOMPARE(m_store->sync(who, request)->changes.size(), 1);
    }

    void anotherProcesssWriteIsSeenWithinTheBound()
    {
        const Identity who = identityOf(m_participantToken);
        const SyncRequest request = upToDate(who);
        const auto before = m_quiet->answer(who, request, *m_store);
        QVERIFY(before);
        writeProgrammeDate(*m_other, u"date-2"_s);
        // Within the bound, the memory answers as the store did a moment ago...
        m_now += 100ms;
        const auto stale = m_quiet->answer(who, request, *m_store);
        QVERIFY(stale);
        QCOMPARE(stale->storeVersion, before->storeVersion);
        // ...and never later than that.
        m_now += 1ms;
        QVERIFY(!m_quiet->answer(who, request, *m_store));
        // Another device's scopes read afresh show the write to everyone: the memory read at
        // the older version is not used for anyone any more.
        m_now += 1s;
        QVERIFY(m_quiet->answer(
            identityOf(m_organiserToken), upToDate(identityOf(m_organiserToken)), *m_store));
        QVERIFY(!m_quiet->answer(who, request, *m_store));
    }

    void aVersionReadAfreshReplacesTheOlderMemory()
    {
        const Identity participant = identityOf(m_participantToken);
        const Identity organiser = identityOf(m_organiserToken);
        const SyncRequest participantRequest = upToDate(participant);
        QVERIFY(m_quiet->answer(participant, participantRequest, *m_store));
        // Another process writes; the organiser's drafts, not remembered yet, are read at the
        // new version, and what was remembered at the old one goes.
        writeProgrammeDate(*m_other, u"date-2"_s);
        SyncRequest organiserRequest = participantRequest;
        organiserRequest.cursors.insert(u"drafts"_s, 0);
        QVERIFY(!m_quiet->answer(organiser, organiserRequest, *m_store));
        QVERIFY(!m_quiet->answer(participant, participantRequest, *m_store));
    }

    void sendingOrAnotherStoreGoesToTheStore()
    {
        const Identity who = identityOf(m_participantToken);
        SyncRequest request = upToDate(who);
        request.mutations.append({ 1, Records::DateNote::entity, u"insert"_s, u"note-1"_s,
            { { Records::DateNote::text, u"Raum 2"_s } } });
        QVERIFY(!m_quiet->answer(who, request, *m_store));
        request = upToDate(who);
        request.storeId = u"a-store-restored-elsewhere"_s;
        QVERIFY(!m_quiet->answer(who, request, *m_store));
    }

    void aDeviceAheadOfTheMemoryGoesToTheStore()
    {
        const Identity who = identityOf(m_participantToken);
        SyncRequest request = upToDate(who);
        const auto quiet = m_quiet->answer(who, request, *m_store);
        QVERIFY(quiet);
        // A cursor from a write the memory has not heard of yet (through another instance).
        request.cursors.insert(u"contacts"_s, quiet->storeVersion + 1);
        QVERIFY(!m_quiet->answer(who, request, *m_store));
    }

    void aSignedOutDeviceIsForgottenAtOnce()
    {
        bool readNow = false;
        const auto known = m_quiet->identityFor(m_participantToken, *m_access, &readNow);
        QVERIFY(known);
        QVERIFY(readNow);
        QVERIFY(m_quiet->identityFor(m_participantToken, *m_access, &readNow));
        QVERIFY(!readNow); // remembered: good for a quiet answer only
        QVERIFY(m_access->revokeDevice(known->deviceId));
        QVERIFY(!m_quiet->identityFor(m_participantToken, *m_access));
    }

    void aDeviceSignedOutByAnotherProcessIsForgottenWithinTheBound()
    {
        const auto known = m_quiet->identityFor(m_organiserToken, *m_access);
        QVERIFY(known);
        QVERIFY(m_otherAccess->revokeDevice(known->deviceId));
        m_now += 100ms;
        QVERIFY(m_quiet->identityFor(m_organiserToken, *m_access));
        m_now += 1ms;
        QVERIFY(!m_quiet->identityFor(m_organiserToken, *m_access));
    }

    void noTokenIsNoDevice()
    {
        QVERIFY(!m_quiet->identityFor({}, *m_access));
        QVERIFY(!m_quiet->identityFor(QString(5000, u'x'), *m_access));
        QVERIFY(!m_quiet->identityFor(u"not-a-token"_s, *m_access));
    }
};

QTEST_GUILESS_MAIN(TestQuietSyncs)
#include "tst_quietsyncs.moc"
