// SPDX-License-Identifier: GPL-3.0-or-later
// The sync endpoints over real TLS on 127.0.0.1, on a real SQLite store: invitations,
// tokens, revocation, bad requests, and a step going from one participant to another.
#include "filestore.h"
#include "httpsclient.h"
#include "ids.h"
#include "inprocessserver.h"
#include "personexport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InProcessServer> m_server;
    HttpsClient m_client;
    QString m_musterstadt;
    QString m_musterkreis;
    int m_run = 0;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QString &token = {})
    {
        const auto answer = m_client.call(m_server->port(), method, path, body, token);
        return { answer.status, answer.json() };
    }

    QString signIn(Identity::Role role, const QString &municipality, const QString &name,
        QString *personId = nullptr)
    {
        return redeem(m_server->access().invite(role, municipality, name, personId));
    }

    /// The token of a device signed in with @p code.
    QString redeem(const QString &code)
    {
        const auto answer = call("POST", u"/v1/redeem"_s,
            QJsonDocument(
                QJsonObject { { u"code"_s, code.toLower() }, { u"deviceName"_s, u"Telefon"_s } })
                .toJson());
        return answer.body.value("token"_L1).toString();
    }

    static QByteArray syncBody(const QJsonArray &mutations, const QString &client = u"phone"_s)
    {
        return QJsonDocument(QJsonObject { { u"protocol"_s, 1 }, { u"clientId"_s, client },
                                 { u"mutations"_s, mutations } })
            .toJson();
    }

    static QJsonObject step(
        int seq, const QString &id, const QString &municipality, const QString &title)
    {
        return { { u"seq"_s, seq }, { u"entity"_s, u"step"_s }, { u"op"_s, u"insert"_s },
            { u"id"_s, id },
            { u"fields"_s,
                QJsonObject { { u"projectId"_s, Ids::projectIdFor(municipality) },
                    { u"title"_s, title } } } };
    }

    /// A small JPEG's bytes (only their beginning is the server's to check), different for
    /// each @p seed.
    static QByteArray photoBytes(const QString &seed)
    {
        return QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00") + seed.toUtf8().repeated(50);
    }

    /// Starts the upload of @p bytes as a file of @p mediaType from @p token's device; its
    /// name, or empty if the server did not take the start.
    QString startUpload(
        const QString &token, const QByteArray &bytes, const QString &mediaType = u"image/jpeg"_s)
    {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const auto started = call("POST", u"/v1/uploads/"_s + hash,
            QJsonDocument(
                QJsonObject { { u"size"_s, bytes.size() }, { u"mediaType"_s, mediaType } })
                .toJson(),
            token);
        return started.status == 200 ? hash : QString();
    }

    /// Sends @p bytes (at most 1 MiB) whole as a file of @p mediaType from @p token's device;
    /// its name.
    QString upload(
        const QString &token, const QByteArray &bytes, const QString &mediaType = u"image/jpeg"_s)
    {
        const QString hash = startUpload(token, bytes, mediaType);
        if (hash.isEmpty())
            return {};
        const auto sent = call("PUT", u"/v1/uploads/%1/0"_s.arg(hash), bytes, token);
        return sent.body.value("complete"_L1).toBool() ? hash : QString();
    }

    /// Log entry "log-1" in @p project, written with @p token; whether the server took it.
    bool writeEntry(const QString &token, const QString &project)
    {
        return insertOne(token, u"log_entry"_s, u"log-1"_s,
                   { { u"projectId"_s, project }, { u"entryDate"_s, u"2026-11-20"_s },
                       { u"text"_s, u"Flyer gedruckt"_s } })
                   .value("status"_L1)
                   .toString()
            == "applied"_L1;
    }

    /// The fields of a file an attachment or a material names: @p hash, of @p bytes.
    static QJsonObject fileFields(const QString &hash, const QByteArray &bytes)
    {
        return { { u"hash"_s, hash }, { u"size"_s, bytes.size() },
            { u"mediaType"_s, u"image/jpeg"_s }, { u"fileName"_s, u"Flipchart.jpg"_s } };
    }

    /// The current state of row @p id (of @p entity, if given; a draft has its date's id) as
    /// @p token reads it (empty if it cannot).
    /// The server's answer to one new row @p id of @p entity sent with @p token.
    QJsonObject insertOne(
        const QString &token, const QString &entity, const QString &id, const QJsonObject &fields)
    {
        const QJsonObject mutation { { u"seq"_s, 1 }, { u"entity"_s, entity },
            { u"op"_s, u"insert"_s }, { u"id"_s, id }, { u"fields"_s, fields } };
        return call("POST", u"/v1/sync"_s, syncBody({ mutation }, id), token)
            .body.value("results"_L1)
            .toArray()
            .at(0)
            .toObject();
    }

    /// The server's verdict ("applied", or "rejected") on removing row @p id of @p entity,
    /// sent with @p token as client @p client.
    QString removeOne(
        const QString &token, const QString &entity, const QString &id, const QString &client)
    {
        const QJsonObject removal { { u"seq"_s, 1 }, { u"entity"_s, entity },
            { u"op"_s, u"delete"_s }, { u"id"_s, id }, { u"fields"_s, QJsonObject() } };
        return call("POST", u"/v1/sync"_s, syncBody({ removal }, client), token)
            .body.value("results"_L1)
            .toArray()
            .at(0)
            .toObject()
            .value("status"_L1)
            .toString();
    }

    QJsonObject changeOf(const QString &token, const QString &id, const QString &entity = {})
    {
        const auto changes = call("POST", u"/v1/sync"_s, syncBody({}, u"reader"_s), token)
                                 .body.value("changes"_L1)
                                 .toArray();
        for (const auto &change : changes) {
            if (change.toObject().value("id"_L1).toString() == id
                && (entity.isEmpty() || change.toObject().value("entity"_L1).toString() == entity))
                return change.toObject();
        }
        return {};
    }

    /// Rows of every kind: Musterstadt's project with a step (its notes entered at the same
    /// time on two devices, so a kept text exists) and a log entry, and her private note on a
    /// date, written by Erika; a date,
    /// a place, a contact of the programme and a comment, written by an organiser.
    void setUpRowsOfEveryKind(const QString &erika, const QString &organiser, QString *conflictId)
    {
        const QString project = Ids::projectIdFor(m_musterstadt);
        const auto notes = [](int seq, const QString &text) {
            return QJsonObject { { u"seq"_s, seq }, { u"entity"_s, u"step"_s },
                { u"op"_s, u"update"_s }, { u"id"_s, u"step-1"_s },
                { u"fields"_s, QJsonObject { { u"notes"_s, text } } },
                { u"base"_s, QJsonObject { { u"notes"_s, u""_s } } } };
        };
        const QJsonArray rows {
            QJsonObject { { u"seq"_s, 1 }, { u"entity"_s, u"project"_s }, { u"op"_s, u"insert"_s },
                { u"id"_s, project }, { u"fields"_s, QJsonObject { { u"title"_s, u"P"_s } } } },
            step(2, u"step-1"_s, m_musterstadt, u"Vorhanden"_s),
            QJsonObject { { u"seq"_s, 3 }, { u"entity"_s, u"log_entry"_s },
                { u"op"_s, u"insert"_s }, { u"id"_s, u"log-1"_s },
                { u"fields"_s,
                    QJsonObject { { u"projectId"_s, project }, { u"entryDate"_s, u"2026-11-20"_s },
                        { u"text"_s, u"Eintrag"_s } } } },
            notes(4, u"Vom Telefon"_s),
            QJsonObject { { u"seq"_s, 5 }, { u"entity"_s, u"note"_s }, { u"op"_s, u"insert"_s },
                { u"id"_s, u"note-1"_s },
                { u"fields"_s,
                    QJsonObject { { u"eventId"_s, u"event-1"_s }, { u"text"_s, u"Privat"_s } } } },
        };
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody(rows, u"setup"_s), erika).status, 200);
        const auto second = call("POST", u"/v1/sync"_s,
            syncBody({ notes(1, u"Vom Bürorechner"_s) }, u"setup-office"_s), erika);
        QCOMPARE(second.body.value("results"_L1).toArray().at(0).toObject().value("reason"_L1),
            u"conflict_kept"_s);
        for (const auto &change : second.body.value("changes"_L1).toArray()) {
            if (change.toObject().value("entity"_L1).toString() == "conflict"_L1)
                *conflictId = change.toObject().value("id"_L1).toString();
        }
        QVERIFY(!conflictId->isEmpty());
        // Her photo on the log entry, and a material she posted.
        const QByteArray photo = photoBytes(u"erika"_s);
        const QString hash = upload(erika, photo);
        QVERIFY(!hash.isEmpty());
        QJsonObject attached = fileFields(hash, photo);
        attached.insert(u"logEntryId"_s, u"log-1"_s);
        QCOMPARE(insertOne(erika, u"attachment"_s, u"attachment-1"_s, attached)
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        QJsonObject onNote = fileFields(hash, photo);
        onNote.insert(u"noteId"_s, u"note-1"_s);
        QCOMPARE(insertOne(erika, u"noteAttachment"_s, u"noteAttachment-1"_s, onNote)
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        QJsonObject material = fileFields(hash, photo);
        material.insert(u"title"_s, u"Unser Flipchart"_s);
        material.insert(u"moduleNumber"_s, 2);
        QCOMPARE(insertOne(erika, u"material"_s, u"material-1"_s, material)
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);

        const auto organiserRow
            = [](int seq, const QString &entity, const QString &id, const QJsonObject &fields) {
                  return QJsonObject { { u"seq"_s, seq }, { u"entity"_s, entity },
                      { u"op"_s, u"insert"_s }, { u"id"_s, id }, { u"fields"_s, fields } };
              };
        const QJsonObject day { { u"kind"_s, u"module_day"_s },
            { u"titleDe"_s, u"Modul 2, Tag 1"_s }, { u"startsAt"_s, u"2026-11-26T09:00:00Z"_s },
            { u"endsAt"_s, u"2026-11-26T16:00:00Z"_s }, { u"placeId"_s, u"place-1"_s } };
        QJsonObject secondDay = day;
        secondDay.insert(u"titleDe"_s, u"Entwurf"_s);
        // A date published with release 1; a second date in the draft, not yet published.
        const QJsonArray programme {
            organiserRow(1, u"place"_s, u"place-1"_s,
                { { u"nameDe"_s, u"Jugendherberge"_s }, { u"city"_s, u"Düsseldorf"_s } }),
            organiserRow(2, u"event_draft"_s, u"event-1"_s, day),
            organiserRow(3, u"release"_s, u"release-1"_s, { { u"note"_s, u"Erster Termin"_s } }),
            organiserRow(4, u"contact"_s, u"staff-1"_s,
                { { u"name"_s, u"Moderatorin"_s }, { u"role"_s, u"facilitator"_s } }),
            organiserRow(5, u"comment"_s, u"comment-1"_s,
                { { u"projectId"_s, project }, { u"text"_s, u"Weiter so"_s } }),
            organiserRow(6, u"event_draft"_s, u"event-2"_s, secondDay),
            organiserRow(
                7, u"announcement"_s, u"announcement-1"_s, { { u"text"_s, u"Willkommen"_s } }),
            organiserRow(8, u"venue"_s, u"ews7"_s,
                { { u"placeId"_s, u"place-1"_s }, { u"costsDe"_s, u"Alles bezahlt"_s } }),
        };
        const auto written
            = call("POST", u"/v1/sync"_s, syncBody(programme, u"setup"_s), organiser);
        for (const auto &result : written.body.value("results"_L1).toArray())
            QCOMPARE(result.toObject().value("status"_L1).toString(), u"applied"_s);
        // Two organisers retitle the draft at once: the text replaced unseen is kept.
        const auto retitle = [](const QString &title) {
            return QJsonObject { { u"seq"_s, 1 }, { u"entity"_s, u"event_draft"_s },
                { u"op"_s, u"update"_s }, { u"id"_s, u"event-2"_s },
                { u"fields"_s, QJsonObject { { u"titleDe"_s, title } } },
                { u"base"_s, QJsonObject { { u"titleDe"_s, u"Entwurf"_s } } } };
        };
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({ retitle(u"Tag 2"_s) }, u"o1"_s), organiser)
                     .status,
            200);
        const auto kept = call(
            "POST", u"/v1/sync"_s, syncBody({ retitle(u"Zweiter Tag"_s) }, u"o2"_s), organiser);
        QCOMPARE(kept.body.value("results"_L1).toArray().at(0).toObject().value("reason"_L1),
            u"conflict_kept"_s);
        for (const auto &change : kept.body.value("changes"_L1).toArray()) {
            if (change.toObject().value("entity"_L1).toString() == "event_draft_conflict"_L1)
                m_draftKeptTextId = change.toObject().value("id"_L1).toString();
        }
        QVERIFY(!m_draftKeptTextId.isEmpty());
    }
    QString m_draftKeptTextId;

private Q_SLOTS:
    void initTestCase() { QVERIFY(!m_client.certificate().isNull()); }

    void init()
    {
        m_server = std::make_unique<InProcessServer>(
            u"sqlite:"_s + m_dir.filePath(u"api-%1.db"_s.arg(++m_run)));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_musterstadt = m_server->access().addMunicipality(u"Musterstadt"_s);
        m_musterkreis = m_server->access().addMunicipality(u"Musterkreis"_s);
        QVERIFY(!m_musterstadt.isEmpty());
    }

    void cleanup() { m_server.reset(); }

    /// Through the real API: one participant sending 500 long log entries a sync fills their
    /// municipality's quota and no more; the refusal says why, the other municipality writes on.
    void quotaStopsOneMunicipalityFillingTheDisk()
    {
        m_server->setMunicipalityQuota(100 * 1024);
        const QString erika = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const QString samira = signIn(Identity::Role::Participant, m_musterkreis, u"Samira"_s);
        const auto entries = [](const QString &municipality, const QString &prefix, int count) {
            QJsonArray mutations;
            for (int i = 1; i <= count; ++i)
                mutations.append(QJsonObject { { u"seq"_s, i }, { u"entity"_s, u"log_entry"_s },
                    { u"op"_s, u"insert"_s }, { u"id"_s, u"%1-%2"_s.arg(prefix).arg(i) },
                    { u"fields"_s,
                        QJsonObject { { u"projectId"_s, Ids::projectIdFor(municipality) },
                            { u"entryDate"_s, u"2026-11-20"_s },
                            { u"text"_s, QString(4000, u'x') } } } });
            return mutations;
        };
        const auto answer
            = call("POST", u"/v1/sync"_s, syncBody(entries(m_musterstadt, u"e"_s, 50)), erika);
        QCOMPARE(answer.status, 200);
        int applied = 0;
        for (const auto &result : answer.body.value("results"_L1).toArray()) {
            const auto object = result.toObject();
            if (object.value("status"_L1).toString() == "applied"_L1)
                ++applied;
            else
                QCOMPARE(object.value("reason"_L1).toString(), u"quota_full"_s);
        }
        QVERIFY2(applied >= 20 && applied <= 26, qPrintable(QString::number(applied)));
        const auto other
            = call("POST", u"/v1/sync"_s, syncBody(entries(m_musterkreis, u"k"_s, 5)), samira);
        QCOMPARE(other.body.value("results"_L1).toArray().size(), 5);
        for (const auto &result : other.body.value("results"_L1).toArray())
            QCOMPARE(result.toObject().value("status"_L1).toString(), u"applied"_s);
    }

    void health()
    {
        // The store is asked: its identity and schema, and that it can take writes.
        const auto answer = call("GET", u"/v1/health"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value("protocol"_L1).toInt(), 1);
        QCOMPARE(answer.body.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(answer.body.value("version"_L1).toString(), QStringLiteral(EWS_VERSION));
        QCOMPARE(answer.body.value("storeId"_L1).toString(), m_server->store().storeId());
        QVERIFY(!m_server->store().storeId().isEmpty());
        QVERIFY(answer.body.value("schema"_L1).toInt() >= 6);
        QCOMPARE(answer.body.value("canWrite"_L1).toBool(), true);
        // The front door alone, for a load balancer's frequent look.
        const auto alive = call("GET", u"/v1/alive"_s);
        QCOMPARE(alive.status, 200);
        QCOMPARE(alive.body.value("status"_L1).toString(), u"ok"_s);
        QVERIFY(!alive.body.contains("storeId"_L1));
        QCOMPARE(call("POST", u"/v1/alive"_s).status, 405);
        QCOMPARE(call("POST", u"/v1/health"_s).status, 405);
        QCOMPARE(call("GET", u"/v1/sync"_s).status, 405);
        QCOMPARE(call("GET", u"/admin"_s).status, 404);
    }

    void codeIsUsedOnce()
    {
        const QString code
            = m_server->access().invite(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        QVERIFY(!code.isEmpty());
        const QByteArray body = QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson();
        const auto first = call("POST", u"/v1/redeem"_s, body);
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.value("token"_L1).toString().size() >= 40);
        QCOMPARE(first.body.value("municipalityId"_L1).toString(), m_musterstadt);
        const auto second = call("POST", u"/v1/redeem"_s, body);
        QCOMPARE(second.status, 403);
        QCOMPARE(second.body.value("error"_L1).toString(), u"invalid_code"_s);
        QVERIFY(!second.body.value("message"_L1).toString().isEmpty());
        QCOMPARE(call("POST", u"/v1/redeem"_s, "{\"code\": 5}").status, 400);
        QCOMPARE(call("POST", u"/v1/redeem"_s, "not json").status, 400);
    }

    /// A code past its date, or ended by an organiser or the operator, is no way in; the list
    /// of open invitations says which is which.
    void codesExpireAndCanBeEnded()
    {
        QString personId;
        const QString expiring = m_server->access().invite(
            Identity::Role::Participant, m_musterstadt, u"Spät"_s, &personId);
        const QString ended
            = m_server->access().invite(Identity::Role::Participant, m_musterstadt, u"Weg"_s);
        const QString defaultDays
            = m_server->access().invite(Identity::Role::Participant, m_musterstadt, u"Bald"_s);
        AccessStore::Refusal problem;
        QVERIFY(
            m_server->access()
                .invite(Identity::Role::Participant, m_musterstadt, u"Nie"_s, nullptr, &problem, 0)
                .isEmpty());
        QVERIFY(problem.text.contains(u"1 to 365 days"_s));
        QCOMPARE(problem.code, u"valid_days"_s);
        const auto open = [this](const QString &name) {
            for (const auto &invitation : m_server->access().openInvitations()) {
                if (invitation.personName == name)
                    return std::optional(invitation);
            }
            return std::optional<AccessStore::Invitation>();
        };
        // Valid 30 days unless said otherwise.
        const auto soon = open(u"Bald"_s);
        QVERIFY(soon && !soon->expired);
        QCOMPARE(soon->createdAt.daysTo(soon->expiresAt), AccessStore::defaultValidDays);
        // Thirty days later, as far as the store can tell.
        QSqlQuery late(m_server->database().connection());
        QVERIFY(late.exec(
            u"UPDATE invitations SET expires_at = 1 WHERE person_id = '%1'"_s.arg(personId)));
        QVERIFY(open(u"Spät"_s)->expired);
        const auto redeem = [this](const QString &code) {
            return call("POST", u"/v1/redeem"_s,
                QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson());
        };
        QCOMPARE(redeem(expiring).status, 403);
        QVERIFY(m_server->access().endInvitation(open(u"Weg"_s)->id));
        QVERIFY(!open(u"Weg"_s));
        QVERIFY(!m_server->access().endInvitation(u"0123456789abcdef"_s)); // none such
        QCOMPARE(redeem(ended).status, 403);
        QCOMPARE(redeem(defaultDays).status, 200);
        QVERIFY(!open(u"Bald"_s)); // used: no longer open
    }

    void tokensAreCheckedAndStoredOnlyHashed()
    {
        const QString token = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), token).status, 200);
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({})).status, 401);
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), u"guessed-token"_s).status, 401);
        QSqlQuery query(m_server->database().connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM devices WHERE token_hash = '%1'"_s.arg(
                    AccessStore::hash(token)))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"SELECT count(*) FROM devices WHERE token_hash = '%1'"_s.arg(token))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void revokedDeviceIsToldSo()
    {
        const QString token = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const auto identity = m_server->access().identityFor(token);
        QVERIFY(identity);
        QVERIFY(m_server->access().revokeDevice(identity->deviceId));
        const auto answer = call("POST", u"/v1/sync"_s, syncBody({}), token);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.body.value("error"_L1).toString(), u"revoked"_s);
    }

    void badSyncRequestsAreExplained()
    {
        const QString token = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        auto malformed = call("POST", u"/v1/sync"_s, "{\"protocol\": 1,", token);
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.body.value("error"_L1).toString(), u"malformed"_s);
        auto old = call("POST", u"/v1/sync"_s, "{\"protocol\": 0, \"clientId\": \"x\"}", token);
        QCOMPARE(old.status, 400);
        QCOMPARE(old.body.value("error"_L1).toString(), u"unsupported_protocol"_s);
        auto extra = call("POST", u"/v1/sync"_s,
            "{\"protocol\": 1, \"clientId\": \"x\", \"role\": \"organiser\"}", token);
        QCOMPARE(extra.status, 400);
        QVERIFY(extra.body.value("message"_L1).toString().contains(u"unknown field"_s));
        // The server goes on serving.
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), token).status, 200);
    }

    /// Who may do what: "own" is a participant of the project's municipality (Musterstadt),
    /// "other" a participant of another one, "organiser" an organiser.
    static bool allowedTo(const QString &who, const QString &record, const QString &op)
    {
        const bool own = who == "own"_L1;
        const bool organiser = who == "organiser"_L1;
        if (record == "project"_L1)
            return own && op != "delete"_L1;
        if (record == "step"_L1)
            return own;
        if (record == "log_entry"_L1)
            return own && op == "insert"_L1;
        // Written once, by the entry's writer (Erika wrote log-1) alone.
        if (record == "log_correction"_L1)
            return own && op == "insert"_L1;
        if (record == "contact"_L1) // the asking person's own details
            return op == "update"_L1;
        if (record == "staffcontact"_L1 || record == "place"_L1 || record == "event_draft"_L1)
            return organiser;
        // A participant's or another organiser's name, corrected: the row stays theirs.
        if (record == "participantname"_L1 || record == "organisername"_L1)
            return organiser && op == "update"_L1;
        if (record == "venue"_L1) // kept by the organisers, never removed
            return organiser && op != "delete"_L1;
        if (record == "announcement"_L1) // written once, perhaps taken back, never changed
            return organiser && op != "update"_L1;
        if (record == "release"_L1) // published once, never changed
            return organiser && op == "insert"_L1;
        if (record == "event_draft_conflict"_L1) // made by the server, hidden by organisers
            return organiser && op == "delete"_L1;
        // "event": a published date changes only through a release, for organisers too
        if (record == "comment"_L1) // update and delete: another organiser's comment
            return organiser && op == "insert"_L1;
        if (record == "conflict"_L1) // inserted again after a restore, or hidden
            return own && op != "update"_L1;
        // A note's id names the writer's own note: someone else's insert or removal touches
        // only theirs (an update finds none); Erika's is hers alone (checked below).
        if (record == "note"_L1)
            return own || op != "update"_L1;
        // On the writer's own note, as notes: someone else's insert names a note of theirs
        // that is not there, a removal touches only theirs; never changed.
        if (record == "noteAttachment"_L1)
            return own ? op != "update"_L1 : op == "delete"_L1;
        // On the own project's log entries and steps; never changed; removed by who added it.
        if (record == "attachment"_L1)
            return own && op != "update"_L1;
        // Posted by anyone in the programme; changed and removed by who posted it (Erika
        // posted material-1) and by organisers.
        if (record == "material"_L1)
            return op == "insert"_L1 || own || organiser;
        return false; // othercontact (a participant's details), municipality
    }

    void aKeptTextNamesNoAuthorFromElsewhere()
    {
        QString erikaId;
        const QString erika
            = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s, &erikaId);
        QString otherId;
        signIn(Identity::Role::Participant, m_musterkreis, u"Anderswo"_s, &otherId);
        const QString project = Ids::projectIdFor(m_musterstadt);
        const auto keep = [&](const QString &id, const QString &author) {
            return insertOne(erika, u"conflict"_s, id,
                { { u"projectId"_s, project }, { u"entity"_s, u"step"_s },
                    { u"rowId"_s, u"step-x"_s }, { u"field"_s, u"notes"_s },
                    { u"text"_s, u"Alt"_s }, { u"authorContactId"_s, author } });
        };
        // Sent again after a restore, as its author was: one of Musterstadt's people.
        QCOMPARE(keep(u"kept-own"_s, erikaId).value("status"_L1).toString(), u"applied"_s);
        // Someone of another municipality named as its author: refused.
        const auto forged = keep(u"kept-forged"_s, otherId);
        QCOMPARE(forged.value("status"_L1).toString(), u"rejected"_s);
        QCOMPARE(forged.value("reason"_L1).toString(), u"invalid"_s);
    }

    /// A log entry is corrected or withdrawn by the person who wrote it, and by nobody else of
    /// the municipality; each correction is a row of its own, the entry stays as written.
    void onlyItsWriterCorrectsALogEntry()
    {
        QString erikaId;
        const QString erika
            = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s, &erikaId);
        const QString jonas = signIn(Identity::Role::Participant, m_musterstadt, u"Jonas"_s);
        const QString project = Ids::projectIdFor(m_musterstadt);
        QCOMPARE(insertOne(erika, u"log_entry"_s, u"log-typo"_s,
                     { { u"projectId"_s, project }, { u"entryDate"_s, u"2026-11-20"_s },
                         { u"text"_s, u"Flyer gedruckt, 500 Stück"_s }, { u"question"_s, true } })
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        const auto correct = [&](const QString &token, const QString &id, const QString &entry,
                                 const QJsonObject &more) {
            QJsonObject fields { { u"logEntryId"_s, entry } };
            for (auto it = more.begin(); it != more.end(); ++it)
                fields.insert(it.key(), it.value());
            return insertOne(token, u"log_correction"_s, id, fields);
        };
        const QJsonObject fixed { { u"text"_s, u"Flyer gedruckt, 50 Stück"_s } };

        const auto byColleague = correct(jonas, u"c-jonas"_s, u"log-typo"_s, fixed);
        QCOMPARE(byColleague.value("reason"_L1).toString(), u"not_allowed"_s);
        QCOMPARE(correct(erika, u"c-missing"_s, u"log-none"_s, fixed).value("reason"_L1).toString(),
            u"not_found"_s);
        QCOMPARE(correct(erika, u"c-empty"_s, u"log-typo"_s, { { u"text"_s, u"  "_s } })
                     .value("reason"_L1)
                     .toString(),
            u"invalid"_s);
        QCOMPARE(correct(erika, u"c-1"_s, u"log-typo"_s, fixed).value("status"_L1).toString(),
            u"applied"_s);
        // Sent again (the answer was lost): still one correction.
        QCOMPARE(correct(erika, u"c-1"_s, u"log-typo"_s, fixed).value("status"_L1).toString(),
            u"applied"_s);
        QCOMPARE(correct(erika, u"c-2"_s, u"log-typo"_s,
                     { { u"text"_s, u"Flyer gedruckt, 50 Stück"_s }, { u"withdrawn"_s, true } })
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);

        // Everyone of the project reads the entry as written and both corrections.
        const auto entry = changeOf(jonas, u"log-typo"_s, u"log_entry"_s);
        QCOMPARE(entry.value("fields"_L1).toObject().value("text"_L1).toString(),
            u"Flyer gedruckt, 500 Stück"_s);
        const auto first
            = changeOf(jonas, u"c-1"_s, u"log_correction"_s).value("fields"_L1).toObject();
        const auto second
            = changeOf(jonas, u"c-2"_s, u"log_correction"_s).value("fields"_L1).toObject();
        QCOMPARE(first.value("text"_L1).toString(), u"Flyer gedruckt, 50 Stück"_s);
        QCOMPARE(first.value("authorContactId"_L1).toString(), erikaId);
        QVERIFY(second.value("withdrawn"_L1).toBool());
        QVERIFY(
            first.value("correctedAt"_L1).toString() <= second.value("correctedAt"_L1).toString());
        QVERIFY(changeOf(jonas, u"c-jonas"_s, u"log_correction"_s).isEmpty());

        // After a restore, Jonas's device sends the project's entries again, Erika's among
        // them: it stays Erika's, and she can still correct it.
        QCOMPARE(insertOne(jonas, u"log_entry"_s, u"log-restored"_s,
                     { { u"projectId"_s, project }, { u"entryDate"_s, u"2026-11-19"_s },
                         { u"text"_s, u"Von Erika"_s }, { u"authorContactId"_s, erikaId } })
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        QCOMPARE(changeOf(erika, u"log-restored"_s, u"log_entry"_s)
                     .value("fields"_L1)
                     .toObject()
                     .value("authorContactId"_L1)
                     .toString(),
            erikaId);
        QCOMPARE(correct(erika, u"c-3"_s, u"log-restored"_s, fixed).value("status"_L1).toString(),
            u"applied"_s);
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("allowed");
        for (const auto &who : { u"own"_s, u"other"_s, u"organiser"_s }) {
            for (const auto &record : { u"project"_s, u"step"_s, u"log_entry"_s, u"contact"_s,
                     u"othercontact"_s, u"staffcontact"_s, u"municipality"_s, u"event"_s,
                     u"place"_s, u"comment"_s, u"conflict"_s, u"note"_s, u"event_draft"_s,
                     u"release"_s, u"event_draft_conflict"_s, u"participantname"_s,
                     u"organisername"_s, u"announcement"_s, u"log_correction"_s, u"venue"_s,
                     u"attachment"_s, u"noteAttachment"_s, u"material"_s }) {
                for (const auto &op : { u"insert"_s, u"update"_s, u"delete"_s })
                    QTest::addRow("%s %s %s", qPrintable(who), qPrintable(record), qPrintable(op))
                        << who << record << op << allowedTo(who, record, op);
            }
        }
    }

    /// Every role × every kind of record × create/update/delete, through the real HTTP API,
    /// with ids in the request body that try to reach further than the token allows.
    void permissionMatrix()
    {
        QFETCH(QString, who);
        QFETCH(QString, record);
        QFETCH(QString, op);
        QFETCH(bool, allowed);
        QString erikaId;
        const QString erika
            = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s, &erikaId);
        QString bystanderId; // someone whose contact nobody else may change
        m_server->access().invite(
            Identity::Role::Participant, m_musterkreis, u"Dritte Person"_s, &bystanderId);
        QString writerId;
        const QString writer = signIn(Identity::Role::Organiser, {}, u"Schreiberin"_s, &writerId);
        QString actorId = erikaId;
        QString token = erika;
        if (who != "own"_L1) {
            const bool organiser = who == "organiser"_L1;
            token = signIn(organiser ? Identity::Role::Organiser : Identity::Role::Participant,
                organiser ? QString() : m_musterkreis, u"Jemand"_s, &actorId);
        }
        const QString project = Ids::projectIdFor(m_musterstadt);
        QString conflictId;
        setUpRowsOfEveryKind(erika, writer, &conflictId);

        // The request names Musterstadt's rows (or the actor's own contact); ids in the
        // fields cannot widen what the token allows.
        QString entity = record;
        QString id;
        QJsonObject fields;
        const bool insert = op == "insert"_L1;
        if (record == "project"_L1) {
            id = project;
            fields = { { u"title"_s, u"Neu"_s }, { u"municipalityId"_s, m_musterkreis } };
        } else if (record == "step"_L1) {
            id = insert ? u"step-new"_s : u"step-1"_s;
            fields = { { u"projectId"_s, project }, { u"title"_s, u"Neu"_s } };
        } else if (record == "log_entry"_L1) {
            id = insert ? u"log-new"_s : u"log-1"_s;
            // Written in someone else's name: the server writes who asks.
            fields = { { u"projectId"_s, project }, { u"entryDate"_s, u"2026-11-20"_s },
                { u"text"_s, u"Neu"_s }, { u"authorContactId"_s, writerId },
                { u"authorName"_s, u"Schreiberin"_s } };
        } else if (record == "log_correction"_L1) {
            id = insert ? u"correction-new"_s : u"correction-1"_s;
            fields = { { u"logEntryId"_s, u"log-1"_s }, { u"text"_s, u"Korrigiert"_s } };
        } else if (record == "contact"_L1) {
            id = actorId;
            fields = { { u"phone"_s, u"0211 1"_s } };
        } else if (record == "othercontact"_L1) {
            entity = u"contact"_s;
            id = bystanderId;
            fields = { { u"phone"_s, u"0211 1"_s }, { u"name"_s, u"Umbenannt"_s } };
        } else if (record == "announcement"_L1) {
            id = insert ? u"announcement-new"_s : u"announcement-1"_s;
            // Author and time are the server's to write (a request naming them is refused).
            fields = { { u"text"_s, u"Raum geändert"_s }, { u"municipalityId"_s, m_musterstadt } };
        } else if (record == "participantname"_L1) {
            entity = u"contact"_s;
            id = bystanderId; // inserting it again is no way around the rules
            fields = { { u"name"_s, u"Dritte Person-Meier"_s } };
        } else if (record == "organisername"_L1) {
            entity = u"contact"_s;
            id = writerId;
            fields = { { u"name"_s, u"Schreiberin Beispiel"_s },
                { u"functionDe"_s, u"Projektleitung"_s } };
        } else if (record == "staffcontact"_L1) {
            entity = u"contact"_s;
            id = insert ? u"staff-new"_s : u"staff-1"_s;
            fields = { { u"name"_s, u"Neue Moderatorin"_s }, { u"phone"_s, u"0211 2"_s } };
        } else if (record == "event"_L1) {
            id = insert ? u"event-new"_s : u"event-1"_s;
            fields = { { u"kind"_s, u"info_talk"_s }, { u"titleDe"_s, u"Infogespräch"_s },
                { u"startsAt"_s, u"2027-01-12T09:00:00Z"_s },
                { u"endsAt"_s, u"2027-01-12T10:00:00Z"_s },
                { u"topicsDe"_s, QJsonArray { u"Ablauf"_s, u"Fragen"_s } } };
        } else if (record == "event_draft"_L1) {
            id = insert ? u"event-new"_s : u"event-2"_s;
            fields = { { u"kind"_s, u"info_talk"_s }, { u"titleDe"_s, u"Infogespräch"_s },
                { u"startsAt"_s, u"2027-01-12T09:00:00Z"_s },
                { u"endsAt"_s, u"2027-01-12T10:00:00Z"_s }, { u"cancelled"_s, false } };
        } else if (record == "release"_L1) {
            id = insert ? u"release-new"_s : u"release-1"_s;
            fields = { { u"note"_s, u"Ein neuer Termin"_s } };
        } else if (record == "event_draft_conflict"_L1) {
            id = insert ? u"kept-new"_s : m_draftKeptTextId;
            fields = { { u"entity"_s, u"event_draft"_s }, { u"rowId"_s, u"event-2"_s },
                { u"field"_s, u"titleDe"_s }, { u"text"_s, u"Alt"_s } };
        } else if (record == "place"_L1) {
            id = insert ? u"place-new"_s : u"place-1"_s;
            fields = { { u"nameDe"_s, u"Rathaus"_s }, { u"city"_s, u"Düsseldorf"_s } };
        } else if (record == "venue"_L1) {
            id = u"ews7"_s;
            fields = { { u"placeId"_s, u"place-1"_s }, { u"costsDe"_s, u"Fahrtkosten: selbst"_s } };
        } else if (record == "comment"_L1) {
            id = insert ? u"comment-new"_s : u"comment-1"_s;
            fields = insert ? QJsonObject { { u"projectId"_s, project },
                { u"stepId"_s, u"step-1"_s }, { u"text"_s, u"Gute Idee!"_s } }
                            : QJsonObject { { u"text"_s, u"Geändert"_s } };
        } else if (record == "note"_L1) {
            id = insert ? u"note-new"_s : u"note-1"_s;
            fields = { { u"eventId"_s, u"event-1"_s }, { u"text"_s, u"Meine Notiz"_s } };
        } else if (record == "attachment"_L1 || record == "material"_L1
            || record == "noteAttachment"_L1) {
            id = insert ? record + u"-new"_s : record + u"-1"_s;
            // The actor sent a file of their own: the record's rules decide, not the file.
            const QByteArray photo = photoBytes(who);
            fields = fileFields(upload(token, photo), photo);
            if (record == "attachment"_L1)
                fields.insert(u"logEntryId"_s, u"log-1"_s);
            else if (record == "noteAttachment"_L1)
                fields.insert(u"noteId"_s, u"note-1"_s);
            else
                fields.insert(u"title"_s, u"Folien Modul 2"_s);
            if (!insert)
                fields = { { u"fileName"_s, u"Umbenannt.jpg"_s } };
            if (!insert && record == "material"_L1)
                fields = { { u"title"_s, u"Umbenannt"_s } };
        } else if (record == "conflict"_L1) {
            id = insert ? u"conflict-new"_s : conflictId;
            fields = { { u"projectId"_s, project }, { u"entity"_s, u"step"_s },
                { u"rowId"_s, u"step-1"_s }, { u"field"_s, u"notes"_s }, { u"text"_s, u"Alt"_s } };
        } else {
            id = insert ? u"new-municipality"_s : m_musterstadt;
            fields = { { u"name"_s, u"Neu"_s } };
        }
        if (op == "delete"_L1 || (record == "conflict"_L1 && !insert))
            fields = {};
        const QJsonObject mutation { { u"seq"_s, 1 }, { u"entity"_s, entity }, { u"op"_s, op },
            { u"id"_s, id }, { u"fields"_s, fields } };
        const auto answer = call("POST", u"/v1/sync"_s, syncBody({ mutation }, u"matrix"_s), token);
        QCOMPARE(answer.status, 200);
        const auto result = answer.body.value("results"_L1).toArray().at(0).toObject();
        QVERIFY2((result.value("status"_L1).toString() == "applied"_L1) == allowed,
            qPrintable(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
        if (!allowed) {
            QVERIFY(!result.value("message"_L1).toString().isEmpty());
            QVERIFY(result.value("reason"_L1).toString() == "not_allowed"_L1
                || result.value("reason"_L1).toString() == "not_found"_L1);
        }
        // What is stored afterwards is what the rules say, whatever the request said (drafts:
        // as organisers read them; participants never do).
        const bool draft = record.startsWith(u"event_draft"_s);
        QVERIFY(!draft || changeOf(erika, id, entity).isEmpty());
        const auto stored = changeOf(draft ? writer : erika, id, entity);
        if (!allowed && record != "conflict"_L1 && !insert)
            QVERIFY(
                stored.value("fields"_L1).toObject().value("name"_L1).toString() != u"Umbenannt"_s);
        if (allowed && record == "project"_L1)
            QCOMPARE(stored.value("fields"_L1).toObject().value("municipalityId"_L1).toString(),
                m_musterstadt);
        if (allowed && (record == "comment"_L1 || (record == "log_entry"_L1 && insert)))
            QCOMPARE(stored.value("fields"_L1).toObject().value("authorContactId"_L1).toString(),
                actorId);
        if (allowed && record == "log_entry"_L1 && insert)
            QCOMPARE(
                stored.value("fields"_L1).toObject().value("authorName"_L1).toString(), u"Erika"_s);
        const bool privateRow = record == "note"_L1 || record == "noteAttachment"_L1;
        if (allowed && op == "delete"_L1 && !(privateRow && who != "own"_L1) && record != "note"_L1)
            QVERIFY(stored.value("deleted"_L1).toBool());
        if (record == "note"_L1 && op == "delete"_L1 && who == "own"_L1) {
            // Erika's note carries her photo: emptied, it stays with it.
            QVERIFY(!stored.value("deleted"_L1).toBool());
            QCOMPARE(stored.value("fields"_L1).toObject().value("text"_L1).toString(), QString());
        }
        if (allowed && record == "release"_L1) { // published: the draft's date is everyone's
            QCOMPARE(stored.value("fields"_L1).toObject().value("authorContactId"_L1).toString(),
                actorId);
            QCOMPARE(stored.value("fields"_L1).toObject().value("number"_L1).toInt(), 2);
            QCOMPARE(changeOf(erika, u"event-2"_s, u"event"_s)
                         .value("fields"_L1)
                         .toObject()
                         .value("titleDe"_L1)
                         .toString(),
                u"Zweiter Tag"_s);
            QVERIFY(changeOf(writer, u"event-2"_s, u"event_draft"_s).value("deleted"_L1).toBool());
        }
        if (record == "venue"_L1) // what everyone reads at the venue
            QCOMPARE(stored.value("fields"_L1).toObject().value("costsDe"_L1).toString(),
                allowed && op != "delete"_L1 ? u"Fahrtkosten: selbst"_s : u"Alles bezahlt"_s);
        if (!allowed && record == "event"_L1) // the published date is as it was
            QCOMPARE(stored.value("fields"_L1).toObject().value("titleDe"_L1).toString(),
                insert ? QString() : u"Modul 2, Tag 1"_s);
        if (!allowed && id.contains(u"new"_s)) // a refused new row does not exist
            QVERIFY(stored.isEmpty());
        if (record == "note"_L1 && !insert && who != "own"_L1) // Erika's note is as it was
            QCOMPARE(stored.value("fields"_L1).toObject().value("text"_L1).toString(), u"Privat"_s);
        if (record == "note"_L1 && insert && who != "own"_L1) // the writer's, not Erika's
            QVERIFY(stored.isEmpty());
        if (record == "noteAttachment"_L1 && !insert && who != "own"_L1) // Erika's stays hers
            QVERIFY(!stored.value("deleted"_L1).toBool()
                && !stored.value("fields"_L1).toObject().value("hash"_L1).toString().isEmpty());
        if (allowed && insert && record == "noteAttachment"_L1) {
            const auto written = stored.value("fields"_L1).toObject();
            QCOMPARE(written.value("ownerContactId"_L1).toString(), actorId);
            QVERIFY(QDateTime::fromString(written.value("addedAt"_L1).toString(), Qt::ISODate)
                        .isValid());
        }
        if (allowed && insert && (record == "attachment"_L1 || record == "material"_L1)) {
            // Who added it and when are the server's to write; an attachment is in the
            // project of its log entry.
            const auto written = stored.value("fields"_L1).toObject();
            QCOMPARE(written.value("authorContactId"_L1).toString(), actorId);
            QVERIFY(QDateTime::fromString(written.value("addedAt"_L1).toString(), Qt::ISODate)
                        .isValid());
            if (record == "attachment"_L1)
                QCOMPARE(written.value("projectId"_L1).toString(), project);
        }
        if (record == "material"_L1 && op == "update"_L1)
            QCOMPARE(stored.value("fields"_L1).toObject().value("title"_L1).toString(),
                allowed ? u"Umbenannt"_s : u"Unser Flipchart"_s);
        if (allowed && record == "log_correction"_L1) {
            // Which project, who and when are the server's to write.
            const auto written = stored.value("fields"_L1).toObject();
            QCOMPARE(written.value("authorContactId"_L1).toString(), erikaId);
            QCOMPARE(written.value("projectId"_L1).toString(), project);
            QVERIFY(QDateTime::fromString(written.value("correctedAt"_L1).toString(), Qt::ISODate)
                        .isValid());
        }
        if (allowed && record == "announcement"_L1 && insert) {
            const auto written = stored.value("fields"_L1).toObject();
            QCOMPARE(written.value("authorContactId"_L1).toString(), actorId);
            QVERIFY(QDateTime::fromString(written.value("publishedAt"_L1).toString(), Qt::ISODate)
                        .isValid());
        }
        if (record == "participantname"_L1 || record == "organisername"_L1) {
            const auto person = stored.value("fields"_L1).toObject();
            const bool participant = record == "participantname"_L1;
            QCOMPARE(person.value("name"_L1).toString(),
                allowed           ? fields.value("name"_L1).toString()
                    : participant ? u"Dritte Person"_s
                                  : u"Schreiberin"_s);
            // A correction never turns the person into someone else.
            QCOMPARE(person.value("role"_L1).toString(),
                participant ? u"participant"_s : u"organiser"_s);
        }
    }

    /// The learning platform's link is opened as it stands: one https:// address, or none.
    void theLearningPlatformLinkIsOneSecureAddress()
    {
        const QString organiser = signIn(Identity::Role::Organiser, {}, u"Alina"_s);
        int seq = 0;
        const auto statusOf = [&](const QString &link) {
            const QJsonObject venue { { u"seq"_s, ++seq }, { u"entity"_s, u"venue"_s },
                { u"op"_s, u"insert"_s }, { u"id"_s, u"ews7"_s },
                { u"fields"_s,
                    QJsonObject {
                        { u"placeId"_s, u"djh"_s }, { u"learningPlatformUrl"_s, link } } } };
            const auto answer
                = call("POST", u"/v1/sync"_s, syncBody({ venue }, u"venue"_s), organiser);
            const auto result = answer.body.value("results"_L1).toArray().first().toObject();
            return result.value("status"_L1).toString() + u' '
                + result.value("reason"_L1).toString();
        };
        QCOMPARE(statusOf(u"https://lernen.example.org/ews7"_s), u"applied "_s);
        for (const QString &bad : { u"javascript:alert(1)"_s, u"http://lernen.example.org"_s,
                 u"https://lernen.example.org/a b"_s, u"https://a.example\nX-Evil: 1"_s,
                 u"https://"_s }) {
            QCOMPARE(statusOf(bad), u"rejected invalid"_s);
        }
        QCOMPARE(statusOf(QString()), u"applied "_s); // no link: nothing to open
    }

    /// An announcement to one municipality sent again (a device sending its history again
    /// after a restore) stays that municipality's and is not written anew.
    void anAnnouncementSentAgainStaysWhereItWasSent()
    {
        const QString organiser = signIn(Identity::Role::Organiser, {}, u"Alina"_s);
        const QString kreis = signIn(Identity::Role::Participant, m_musterkreis, u"Kai"_s);
        const QString stadt = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const auto announcement = [this](int seq) {
            return QJsonObject { { u"seq"_s, seq }, { u"entity"_s, u"announcement"_s },
                { u"op"_s, u"insert"_s }, { u"id"_s, u"announcement-kreis"_s },
                { u"fields"_s,
                    QJsonObject { { u"text"_s, u"Raum geändert"_s },
                        { u"municipalityId"_s, m_musterkreis } } } };
        };
        QCOMPARE(
            call("POST", u"/v1/sync"_s, syncBody({ announcement(1) }, u"desk"_s), organiser).status,
            200);
        const qint64 version
            = changeOf(kreis, u"announcement-kreis"_s).value("version"_L1).toInteger();
        QVERIFY(version > 0);
        const auto again
            = call("POST", u"/v1/sync"_s, syncBody({ announcement(2) }, u"desk"_s), organiser);
        QCOMPARE(again.body.value("results"_L1).toArray().first().toObject().value("status"_L1),
            QJsonValue(u"applied"_s));
        const auto forKreis = changeOf(kreis, u"announcement-kreis"_s);
        QCOMPARE(
            forKreis.value("fields"_L1).toObject().value("text"_L1).toString(), u"Raum geändert"_s);
        QCOMPARE(forKreis.value("version"_L1).toInteger(), version); // not written anew
        const auto forStadt = changeOf(stadt, u"announcement-kreis"_s);
        QVERIFY(forStadt.isEmpty() || forStadt.value("deleted"_L1).toBool());
        QVERIFY(!forStadt.value("fields"_L1).toObject().contains(u"text"_s));
    }

    /// What each role reads: everything of the programme, the contacts and every project;
    /// a participant's phone and e-mail only if shared (or to organisers, or to oneself).
    void everyoneReadsWhatTheyMayAndNoMore_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("seesErikasPhone");
        QTest::newRow("own") << u"own"_s << true;
        QTest::newRow("colleague") << u"colleague"_s << false;
        QTest::newRow("other") << u"other"_s << false;
        QTest::newRow("organiser") << u"organiser"_s << true;
    }

    void everyoneReadsWhatTheyMayAndNoMore()
    {
        QFETCH(QString, who);
        QFETCH(bool, seesErikasPhone);
        QString erikaId;
        const QString erika
            = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s, &erikaId);
        const QString writer = signIn(Identity::Role::Organiser, {}, u"Schreiberin"_s);
        QString conflictId;
        setUpRowsOfEveryKind(erika, writer, &conflictId);
        const QJsonArray hide { QJsonObject { { u"seq"_s, 10 }, { u"entity"_s, u"contact"_s },
            { u"op"_s, u"update"_s }, { u"id"_s, erikaId },
            { u"fields"_s,
                QJsonObject { { u"phone"_s, u"0211 999"_s }, { u"email"_s, u"erika@example.org"_s },
                    { u"sharePhone"_s, false }, { u"shareEmail"_s, false } } } } };
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody(hide, u"setup"_s), erika).status, 200);

        const QString token = who == "own"_L1 ? erika
            : who == "colleague"_L1 ? signIn(Identity::Role::Participant, m_musterstadt, u"Jonas"_s)
            : who == "other"_L1 ? signIn(Identity::Role::Participant, m_musterkreis, u"Samira"_s)
                                : signIn(Identity::Role::Organiser, {}, u"Alina"_s);
        const auto changes = call("POST", u"/v1/sync"_s, syncBody({}, u"reader"_s), token)
                                 .body.value("changes"_L1)
                                 .toArray();
        QSet<QString> ids;
        for (const auto &change : changes)
            ids.insert(change.toObject().value("id"_L1).toString());
        for (const auto &id : { u"step-1"_s, u"log-1"_s, u"staff-1"_s, u"event-1"_s, u"place-1"_s,
                 u"comment-1"_s, conflictId, m_musterstadt, m_musterkreis })
            QVERIFY2(ids.contains(id), qPrintable(id));
        QCOMPARE(ids.contains(u"note-1"_s), who == "own"_L1); // her note is hers alone
        const auto erikaRow = changeOf(token, erikaId).value("fields"_L1).toObject();
        QCOMPARE(erikaRow.value("name"_L1).toString(), u"Erika"_s);
        QCOMPARE(erikaRow.contains("phone"_L1), seesErikasPhone);
        QCOMPARE(erikaRow.contains("email"_L1), seesErikasPhone);
    }

    void aPersonsDetailsAreSharedOnlyByChoice()
    {
        QString erikaId;
        const QString erika
            = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s, &erikaId);
        const QString organiser = signIn(Identity::Role::Organiser, {}, u"Schreiberin"_s);
        const QString jonas = signIn(Identity::Role::Participant, m_musterstadt, u"Jonas"_s);
        const auto send = [this](const QString &token, const QString &id, const QJsonObject &fields,
                              int seq) {
            const QJsonArray rows { QJsonObject { { u"seq"_s, seq }, { u"entity"_s, u"contact"_s },
                { u"op"_s, seq == 1 && id == u"staff-9"_s ? u"insert"_s : u"update"_s },
                { u"id"_s, id }, { u"fields"_s, fields } } };
            return call("POST", u"/v1/sync"_s, syncBody(rows, u"sharing"_s), token).status;
        };
        // Erika gives her phone and says nothing about sharing: others do not see it.
        QCOMPARE(send(erika, erikaId, { { u"phone"_s, u"0211 999"_s } }, 1), 200);
        const auto phoneSeen = [&](const QString &id) {
            return changeOf(jonas, id).value("fields"_L1).toObject().value("phone"_L1).toString();
        };
        QVERIFY(!changeOf(jonas, erikaId).value("fields"_L1).toObject().contains("phone"_L1));
        // The programme's contacts, published by the organisers, are seen as published.
        QCOMPARE(send(organiser, u"staff-9"_s,
                     { { u"name"_s, u"Moderatorin"_s }, { u"role"_s, u"facilitator"_s },
                         { u"phone"_s, u"0211 2"_s } },
                     1),
            200);
        QCOMPARE(phoneSeen(u"staff-9"_s), u"0211 2"_s);
        // The published contact signs in (an organiser's invitation finds it by name): what
        // the programme published stays seen.
        QString moderatorId;
        QVERIFY(!m_server->access()
                     .invite(Identity::Role::Organiser, {}, u"Moderatorin"_s, &moderatorId)
                     .isEmpty());
        QCOMPARE(moderatorId, u"staff-9"_s);
        QCOMPARE(phoneSeen(u"staff-9"_s), u"0211 2"_s);
        // Once she chooses to share it, they do.
        QCOMPARE(send(erika, erikaId, { { u"sharePhone"_s, true } }, 2), 200);
        QCOMPARE(phoneSeen(erikaId), u"0211 999"_s);
    }

    void wrongCodesAreLimitedPerAddress()
    {
        m_server->setLimits(ApiLimits { 1000, 3 });
        const QString good
            = m_server->access().invite(Identity::Role::Participant, m_musterstadt, u"A"_s);
        // A room of people signing in at once from one address: right codes never count.
        for (int i = 0; i < 5; ++i) {
            const QString code
                = m_server->access().invite(Identity::Role::Participant, m_musterstadt, u"B"_s);
            QCOMPARE(call("POST", u"/v1/redeem"_s,
                         QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson())
                         .status,
                200);
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call("POST", u"/v1/redeem"_s,
                         QJsonDocument(QJsonObject { { u"code"_s, u"AAAA-BBBB-CCC%1"_s.arg(i) } })
                             .toJson())
                         .status,
                403);
        // Guessing further is stopped for the minute, even with a right code.
        const auto stopped = call(
            "POST", u"/v1/redeem"_s, QJsonDocument(QJsonObject { { u"code"_s, good } }).toJson());
        QCOMPARE(stopped.status, 429);
        QCOMPARE(stopped.body.value("error"_L1).toString(), u"slow_down"_s);
        QVERIFY(!stopped.body.value("message"_L1).toString().isEmpty());
    }

    void oneCodeTypedWrongAgainDoesNotLockOutTheRoom()
    {
        m_server->setLimits(ApiLimits { 1000, 3, 60, 5 });
        const auto redeem = [this](const QString &code) {
            return call("POST", u"/v1/redeem"_s,
                QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson());
        };
        // One person types the same wrong code five times: it counts once for the address...
        for (int i = 0; i < 5; ++i)
            QCOMPARE(redeem(u"AAAA-BBBB-CCCC"_s).status, 403);
        // ...but that code has had its tries for the minute (however it is typed).
        QCOMPARE(redeem(u"aaaa-bbbb-cccc "_s).status, 429);
        // A colleague behind the same address signs in with her right code.
        const QString good
            = m_server->access().invite(Identity::Role::Participant, m_musterstadt, u"C"_s);
        QCOMPARE(redeem(good).status, 200);
        // Different wrong codes are guesses: after three the address waits.
        QCOMPARE(redeem(u"AAAA-BBBB-CCC1"_s).status, 403);
        QCOMPARE(redeem(u"AAAA-BBBB-CCC2"_s).status, 403);
        const QString late
            = m_server->access().invite(Identity::Role::Participant, m_musterstadt, u"D"_s);
        QCOMPARE(redeem(late).status, 429);
        // The operator sees each failed sign-in and the limit once, by network, never the
        // code or the whole address.
        const QString log = m_server->log().join(u'\n');
        QCOMPARE(log.count(u"sign-in refused: an unknown, used, ended or expired code from "
                           "127.0.0.0/24"_s),
            7);
        QCOMPARE(log.count(u"limit reached: tries of one sign-in code"_s), 1);
        QCOMPARE(log.count(u"limit reached: wrong sign-in codes from 127.0.0.0/24"_s), 1);
        QVERIFY(!log.contains(u"AAAA"_s, Qt::CaseInsensitive));
        QVERIFY(!log.contains(u"127.0.0.1"_s));
    }

    void syncsAreLimitedPerDevice()
    {
        m_server->setLimits(ApiLimits { 4, 10 });
        const QString busy = signIn(Identity::Role::Participant, m_musterstadt, u"Eilig"_s);
        const QString calm = signIn(Identity::Role::Participant, m_musterstadt, u"Ruhig"_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), busy).status, 200);
        QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/v1/sync"_s.arg(m_server->port())));
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_client.certificate());
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + busy.toLatin1());
        std::unique_ptr<QNetworkReply> reply(m_client.network().post(request, syncBody({})));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        const int retryAfter = reply->rawHeader("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, reply->rawHeader("Retry-After").constData());
        // Another device is not held back by this one.
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), calm).status, 200);
        // The operator reads which device it was, once however often it asks again.
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), busy).status, 429);
        QCOMPARE(m_server->log().join(u'\n').count(u"limit reached: syncs for device "_s), 1);
    }

    /// A record names only a file its own device sent whole, as it was sent: knowing a hash
    /// gains nothing, and no record points at a file the store lacks.
    void aRecordNamesOnlyAFileItsDeviceSent()
    {
        const QString erika = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const QString jonas = signIn(Identity::Role::Participant, m_musterstadt, u"Jonas"_s);
        const QString project = Ids::projectIdFor(m_musterstadt);
        QVERIFY(writeEntry(erika, project));
        const QByteArray photo = photoBytes(u"flyer"_s);
        const QString hash = upload(erika, photo);
        QVERIFY(!hash.isEmpty());
        QJsonObject attached = fileFields(hash, photo);
        attached.insert(u"logEntryId"_s, u"log-1"_s);
        // Jonas's device never sent it, though the store has it from Erika's.
        const auto byJonas = insertOne(jonas, u"attachment"_s, u"attachment-j"_s, attached);
        QCOMPARE(byJonas.value("reason"_L1).toString(), u"file_missing"_s);
        QCOMPARE(insertOne(jonas, u"material"_s, u"material-j"_s,
                     [&] {
                         QJsonObject material = fileFields(hash, photo);
                         material.insert(u"title"_s, u"Flyer"_s);
                         return material;
                     }())
                     .value("reason"_L1)
                     .toString(),
            u"file_missing"_s);
        // A size or kind other than the file's is refused.
        QJsonObject larger = attached;
        larger.insert(u"size"_s, photo.size() + 1);
        QCOMPARE(insertOne(erika, u"attachment"_s, u"attachment-l"_s, larger)
                     .value("reason"_L1)
                     .toString(),
            u"invalid"_s);
        // On a log entry of another municipality's project: refused, whoever sent the file.
        const QString other = signIn(Identity::Role::Participant, m_musterkreis, u"Anderswo"_s);
        const QByteArray theirs = photoBytes(u"anderswo"_s);
        QJsonObject elsewhere = fileFields(upload(other, theirs), theirs);
        elsewhere.insert(u"logEntryId"_s, u"log-1"_s);
        QCOMPARE(insertOne(other, u"attachment"_s, u"attachment-o"_s, elsewhere)
                     .value("reason"_L1)
                     .toString(),
            u"not_allowed"_s);
        // On nothing, or on an entry and a step at once.
        QJsonObject onNothing = fileFields(hash, photo);
        QCOMPARE(insertOne(erika, u"attachment"_s, u"attachment-n"_s, onNothing)
                     .value("reason"_L1)
                     .toString(),
            u"invalid"_s);
        QCOMPARE(insertOne(erika, u"attachment"_s, u"attachment-1"_s, attached)
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        // Sent again (its answer lost, or after a restore): it stays as it was.
        const auto first = changeOf(jonas, u"attachment-1"_s, u"attachment"_s);
        QCOMPARE(insertOne(erika, u"attachment"_s, u"attachment-1"_s, attached)
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        const auto again = changeOf(jonas, u"attachment-1"_s, u"attachment"_s);
        QCOMPARE(again.value("fields"_L1).toObject().value("hash"_L1).toString(), hash);
        QCOMPARE(again.value("version"_L1), first.value("version"_L1));
        // Removed, and the removal sent again: it stays removed.
        for (const QString &client : { u"remove"_s, u"remove-again"_s })
            QCOMPARE(removeOne(erika, u"attachment"_s, u"attachment-1"_s, client), u"applied"_s);
        QVERIFY(changeOf(jonas, u"attachment-1"_s, u"attachment"_s).value("deleted"_L1).toBool());
    }

    /// A file is read through the record it belongs to, in parts of at most 1 MiB, byte for
    /// byte; without the record (unknown, removed) or without a sign-in there is nothing.
    void aFileIsReadThroughItsRecordInParts()
    {
        const QString erika = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const QString reader = signIn(Identity::Role::Participant, m_musterkreis, u"Leserin"_s);
        // 2.5 MiB: three parts.
        QByteArray document("%PDF-1.7\n");
        while (document.size() < 5 * 512 * 1024)
            document += QByteArray::number(document.size()) + ' ';
        const QString hash = startUpload(erika, document, u"application/pdf"_s);
        QVERIFY(!hash.isEmpty());
        for (qint64 at = 0; at < document.size(); at += 1024 * 1024)
            QCOMPARE(call("PUT", u"/v1/uploads/%1/%2"_s.arg(hash).arg(at),
                         document.mid(at, 1024 * 1024), erika)
                         .status,
                200);
        QCOMPARE(insertOne(erika, u"material"_s, u"slides"_s,
                     { { u"title"_s, u"Folien Modul 2"_s }, { u"hash"_s, hash },
                         { u"size"_s, document.size() }, { u"mediaType"_s, u"application/pdf"_s },
                         { u"fileName"_s, u"Folien.pdf"_s } })
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);

        const auto part = [&](const QByteArray &range, const QString &token = {}) {
            QList<std::pair<QByteArray, QByteArray>> headers;
            if (!range.isEmpty())
                headers.append({ "Range", range });
            return m_client.call(m_server->port(), "GET", u"/v1/files/material/slides"_s, {},
                token.isEmpty() ? reader : token, headers);
        };
        QByteArray read;
        while (read.size() < document.size()) {
            const auto answer = part("bytes=" + QByteArray::number(read.size()) + '-');
            QCOMPARE(answer.status, 206);
            QVERIFY(answer.body.size() <= 1024 * 1024);
            QCOMPARE(answer.headers.value("content-range"),
                "bytes " + QByteArray::number(read.size()) + '-'
                    + QByteArray::number(read.size() + answer.body.size() - 1) + '/'
                    + QByteArray::number(document.size()));
            QCOMPARE(answer.headers.value("content-type"), QByteArray("application/pdf"));
            QVERIFY(answer.headers.value("content-encoding").isEmpty());
            read += answer.body;
        }
        QCOMPARE(
            QCryptographicHash::hash(read, QCryptographicHash::Sha256).toHex(), hash.toLatin1());
        // A part from the middle, and one past the end.
        QCOMPARE(part("bytes=10-19").body, document.mid(10, 10));
        QCOMPARE(part("bytes=" + QByteArray::number(document.size()) + '-').status, 416);
        // Whole only up to 1 MiB; several ranges at once or nonsense are refused.
        QCOMPARE(part({}).status, 400);
        QCOMPARE(part("bytes=0-1,5-9").status, 400);
        QCOMPARE(part("bytes=-500").status, 400);
        QCOMPARE(part("lines=1-2").status, 400);
        // If-Range of another file: the part would not fit with what the device has.
        QCOMPARE(m_client
                     .call(m_server->port(), "GET", u"/v1/files/material/slides"_s, {}, reader,
                         { { "Range", "bytes=0-9" }, { "If-Range", "\"other\"" } })
                     .status,
            412);
        // Not signed in; by the file's name; a record that does not exist.
        QCOMPARE(
            m_client.call(m_server->port(), "GET", u"/v1/files/material/slides"_s).status, 401);
        QCOMPARE(
            m_client.call(m_server->port(), "GET", u"/v1/files/"_s + hash, {}, reader).status, 404);
        QCOMPARE(m_client.call(m_server->port(), "GET", u"/v1/files/material/missing"_s, {}, reader)
                     .status,
            404);
        QCOMPARE(m_client.call(m_server->port(), "GET", u"/v1/files/contact/slides"_s, {}, reader)
                     .status,
            404);
        // Removed by the person who posted it: gone for everyone.
        QCOMPARE(removeOne(erika, u"material"_s, u"slides"_s, u"removal"_s), u"applied"_s);
        QCOMPARE(part("bytes=0-9").status, 404);
    }

    /// Housekeeping forgets what no record names: a removed photo's file, an upload left
    /// unfinished; a file another record still names stays.
    void filesNoRecordNamesAreForgotten()
    {
        const QString erika = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const QString project = Ids::projectIdFor(m_musterstadt);
        QVERIFY(writeEntry(erika, project));
        const QByteArray photo = photoBytes(u"removed"_s);
        const QByteArray kept = photoBytes(u"kept"_s);
        const QString removedHash = upload(erika, photo);
        const QString keptHash = upload(erika, kept);
        QJsonObject attached = fileFields(removedHash, photo);
        attached.insert(u"logEntryId"_s, u"log-1"_s);
        QCOMPARE(
            insertOne(erika, u"attachment"_s, u"photo-1"_s, attached).value("status"_L1).toString(),
            u"applied"_s);
        QJsonObject material = fileFields(keptHash, kept);
        material.insert(u"title"_s, u"Flyer"_s);
        QCOMPARE(
            insertOne(erika, u"material"_s, u"flyer"_s, material).value("status"_L1).toString(),
            u"applied"_s);
        // An upload begun and never finished.
        const QByteArray unfinished = photoBytes(u"unfinished"_s);
        const QString unfinishedHash = startUpload(erika, unfinished);
        QVERIFY(!unfinishedHash.isEmpty());
        QCOMPARE(call("PUT", u"/v1/uploads/%1/0"_s.arg(unfinishedHash), unfinished.left(10), erika)
                     .status,
            200);
        QCOMPARE(removeOne(erika, u"attachment"_s, u"photo-1"_s, u"removal"_s), u"applied"_s);

        FileStore files(m_server->database());
        // Younger than the days they are kept: nothing goes.
        QCOMPARE(files.forgetUnnamed(QDateTime::currentDateTimeUtc().addDays(-1)), 0);
        QCOMPARE(files.forgetUnnamed(QDateTime::currentDateTimeUtc().addSecs(1)), 2);
        QVERIFY(!files.has(removedHash));
        QVERIFY(files.has(keptHash));
        QCOMPARE(files.read(keptHash, 0, kept.size()), kept);
        // Nothing of the removed file or the unfinished upload is left in the store.
        QSqlQuery query(m_server->database().connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM upload_chunks WHERE hash IN ('%1', '%2')"_s.arg(
            removedHash, unfinishedHash)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // Named again by a new record: it must be sent again first.
        attached.insert(u"logEntryId"_s, u"log-1"_s);
        QCOMPARE(
            insertOne(erika, u"attachment"_s, u"photo-2"_s, attached).value("reason"_L1).toString(),
            u"file_missing"_s);
    }

    /// An erased person's photos and materials: kept without their name, or removed with
    /// their writings; what their devices sent is no longer known by device.
    void anErasedPersonsFilesLoseTheirNameOrGo_data()
    {
        QTest::addColumn<bool>("removeWritings");
        QTest::newRow("kept without author") << false;
        QTest::newRow("removed with the writings") << true;
    }

    void anErasedPersonsFilesLoseTheirNameOrGo()
    {
        QFETCH(bool, removeWritings);
        QString erikaId;
        const QString erika
            = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s, &erikaId);
        const QString reader = signIn(Identity::Role::Participant, m_musterkreis, u"Leser"_s);
        const QString project = Ids::projectIdFor(m_musterstadt);
        QVERIFY(writeEntry(erika, project));
        const QByteArray photo = photoBytes(u"erased"_s);
        QJsonObject attached = fileFields(upload(erika, photo), photo);
        attached.insert(u"logEntryId"_s, u"log-1"_s);
        QCOMPARE(
            insertOne(erika, u"attachment"_s, u"photo-1"_s, attached).value("status"_L1).toString(),
            u"applied"_s);
        QJsonObject material = attached;
        material.remove(u"logEntryId"_s);
        material.insert(u"title"_s, u"Flyer"_s);
        QCOMPARE(
            insertOne(erika, u"material"_s, u"flyer"_s, material).value("status"_L1).toString(),
            u"applied"_s);
        QVERIFY(m_server->access().forgetPerson(erikaId,
            removeWritings ? PersonErasure::Writings::Remove
                           : PersonErasure::Writings::KeepWithoutAuthor));
        for (const QString &entity : { u"attachment"_s, u"material"_s }) {
            const auto change
                = changeOf(reader, entity == "attachment"_L1 ? u"photo-1"_s : u"flyer"_s, entity);
            QCOMPARE(change.value("deleted"_L1).toBool(), removeWritings);
            const auto fields = change.value("fields"_L1).toObject();
            QVERIFY(!QJsonDocument(fields).toJson().contains(erikaId.toUtf8()));
            QVERIFY(!QJsonDocument(fields).toJson().contains("Erika"));
        }
        QSqlQuery query(m_server->database().connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM uploads"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // Kept: still read through its record; removed: no longer.
        const auto read = m_client.call(m_server->port(), "GET", u"/v1/files/material/flyer"_s, {},
            reader, { { "Range", "bytes=0-9" } });
        QCOMPARE(read.status, removeWritings ? 404 : 206);
    }

    /// A photo on a person's own note is theirs alone: their other device reads it, no one
    /// else learns it exists (its address answers as one that is not there), it needs the
    /// note, and the person's export lists it with its file.
    void aPhotoOnAnOwnNoteIsReadByItsOwnerAlone()
    {
        QString erikaId;
        const QString phone
            = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s, &erikaId);
        const QString office = redeem(m_server->access().inviteDevice(erikaId));
        QVERIFY(!office.isEmpty());
        const QString jonas = signIn(Identity::Role::Participant, m_musterstadt, u"Jonas"_s);
        const QString organiser = signIn(Identity::Role::Organiser, {}, u"Orga"_s);
        const QByteArray photo = photoBytes(u"flipchart"_s);
        QJsonObject onNote = fileFields(upload(phone, photo), photo);
        onNote.insert(u"noteId"_s, u"note-1"_s);
        // Without the note it is on: refused.
        QCOMPARE(insertOne(phone, u"noteAttachment"_s, u"photo-0"_s, onNote)
                     .value("reason"_L1)
                     .toString(),
            u"not_found"_s);
        QCOMPARE(insertOne(phone, u"note"_s, u"note-1"_s,
                     { { u"eventId"_s, u"event-1"_s }, { u"text"_s, QString() } })
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        QCOMPARE(insertOne(phone, u"noteAttachment"_s, u"photo-1"_s, onNote)
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        // Her office computer receives it and reads its file byte for byte.
        QCOMPARE(changeOf(office, u"photo-1"_s, u"noteAttachment"_s)
                     .value("fields"_L1)
                     .toObject()
                     .value("hash"_L1),
            onNote.value("hash"_L1));
        const auto read = m_client.call(
            m_server->port(), "GET", u"/v1/files/noteAttachment/photo-1"_s, {}, office);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body, photo);
        // No one else hears of it or reads it, whatever they ask.
        for (const QString &other : { jonas, organiser }) {
            QVERIFY(changeOf(other, u"photo-1"_s).isEmpty());
            QCOMPARE(
                m_client
                    .call(m_server->port(), "GET", u"/v1/files/noteAttachment/photo-1"_s, {}, other)
                    .status,
                404);
            QCOMPARE(
                m_client
                    .call(m_server->port(), "GET",
                        u"/v1/files/noteAttachment/%1%2photo-1"_s.arg(erikaId, u"%2F"_s), {}, other)
                    .status,
                404);
        }
        // Her office computer, which had not seen the photo, empties the note: it stays,
        // empty, with the photo on it.
        QCOMPARE(removeOne(office, u"note"_s, u"note-1"_s, u"office-note"_s), u"applied"_s);
        const auto note = changeOf(phone, u"note-1"_s, u"note"_s);
        QVERIFY(!note.value("deleted"_L1).toBool());
        QCOMPARE(note.value("fields"_L1).toObject().value("text"_L1).toString(), QString());
        // Another note of hers, with no photo, whose id differs from the first only where a
        // pattern's wildcard would stand ("_" for "-"): removed, it goes.
        QCOMPARE(insertOne(phone, u"note"_s, u"note_1"_s,
                     { { u"eventId"_s, u"event-2"_s }, { u"text"_s, u"Raum 3"_s } })
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        QCOMPARE(removeOne(office, u"note"_s, u"note_1"_s, u"office-note-2"_s), u"applied"_s);
        QVERIFY(changeOf(phone, u"note_1"_s, u"note"_s).value("deleted"_L1).toBool());
        // Her export lists it, with its file.
        const auto exported = PersonExport(m_server->store()).of(erikaId);
        QVERIFY(exported);
        QCOMPARE(exported->value("noteAttachments"_L1).toArray().size(), 1);
        const auto files = exported->value("files"_L1).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).toObject().value("record"_L1).toString(), u"noteAttachment"_s);
        QCOMPARE(files.at(0).toObject().value("hash"_L1), onNote.value("hash"_L1));
        // Removed on one device: gone on the other, and its file no longer read.
        QCOMPARE(removeOne(phone, u"noteAttachment"_s, u"photo-1"_s, u"removal"_s), u"applied"_s);
        QVERIFY(changeOf(office, u"photo-1"_s, u"noteAttachment"_s).value("deleted"_L1).toBool());
        QCOMPARE(
            m_client
                .call(m_server->port(), "GET", u"/v1/files/noteAttachment/photo-1"_s, {}, office)
                .status,
            404);
    }

    void stepTravelsFromOneParticipantToAnother()
    {
        const QString erika = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const QString samira = signIn(Identity::Role::Participant, m_musterkreis, u"Samira"_s);
        const auto sent = call("POST", u"/v1/sync"_s,
            syncBody({ step(1, u"s1"_s, u"musterstadt-forged"_s, u"Fremd"_s),
                step(2, u"s2"_s, m_musterstadt, u"Flyer"_s) }),
            erika);
        QCOMPARE(sent.status, 200);
        const auto results = sent.body.value("results"_L1).toArray();
        QCOMPARE(results.at(0).toObject().value("reason"_L1).toString(), u"not_allowed"_s);
        QCOMPARE(results.at(1).toObject().value("status"_L1).toString(), u"applied"_s);
        const auto received = call("POST", u"/v1/sync"_s, syncBody({}, u"tablet"_s), samira);
        bool found = false;
        for (const auto &change : received.body.value("changes"_L1).toArray())
            found |= change.toObject().value("id"_L1).toString() == u"s2"_s;
        QVERIFY(found);
        // Samira cannot change it, whatever she names.
        const QJsonObject takeOver { { u"seq"_s, 1 }, { u"entity"_s, u"step"_s },
            { u"op"_s, u"update"_s }, { u"id"_s, u"s2"_s },
            { u"fields"_s, QJsonObject { { u"title"_s, u"Meins"_s } } } };
        const auto refused
            = call("POST", u"/v1/sync"_s, syncBody({ takeOver }, u"tablet"_s), samira);
        QCOMPARE(refused.body.value("results"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("reason"_L1)
                     .toString(),
            u"not_allowed"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncApi)
#include "tst_syncapi.moc"
