// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrequest.h"
#include "syncresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncProtocol : public QObject
{
    Q_OBJECT

private:
    static QByteArray request(const QByteArray &mutations, const QByteArray &extra = {})
    {
        return R"({"protocol": 1, "clientId": "device-1", "mutations": )" + mutations
            + R"(, "cursors": {"programme": 3, "projects": 0})" + extra + "}";
    }

private Q_SLOTS:
    void roundTrip()
    {
        SyncRequest sent;
        sent.clientId = u"3f0c9a7e-1d2b-4c5d-8e9f-0a1b2c3d4e5f"_s;
        sent.storeId = u"store-1"_s;
        sent.mutations.append({ 41, u"step"_s, u"insert"_s, u"c2a1"_s,
            { { u"title"_s, u"Flyer „drucken“"_s }, { u"dueModule"_s, 3 } } });
        sent.mutations.append({ 42, u"step"_s, u"update"_s, u"c2a1"_s,
            { { u"title"_s, u"Flyer drucken"_s } }, { { u"title"_s, u"Flyer „drucken“"_s } } });
        sent.cursors = { { u"programme"_s, 118 }, { u"projects"_s, 130 } };
        sent.limit = 200;
        const auto parsed = SyncRequest::parse(sent.toJson());
        QVERIFY2(parsed.ok, qPrintable(parsed.message));
        QCOMPARE(parsed.request.clientId, sent.clientId);
        QCOMPARE(parsed.request.storeId, u"store-1"_s);
        QCOMPARE(parsed.request.mutations.size(), 2);
        QCOMPARE(parsed.request.mutations.at(0).fields.value("title"_L1).toString(),
            u"Flyer „drucken“"_s);
        QCOMPARE(parsed.request.mutations.at(1).seq, 42);
        QCOMPARE(parsed.request.mutations.at(1).base, sent.mutations.at(1).base);
        QVERIFY(parsed.request.mutations.at(0).base.isEmpty());
        QCOMPARE(parsed.request.cursors.value(u"projects"_s), 130);
        QCOMPARE(parsed.request.limit, 200);
    }

    void minimalRequestHasDefaults()
    {
        const auto parsed = SyncRequest::parse(R"({"protocol": 1, "clientId": "d"})");
        QVERIFY2(parsed.ok, qPrintable(parsed.message));
        QVERIFY(parsed.request.mutations.isEmpty());
        QVERIFY(parsed.request.cursors.isEmpty());
        QCOMPARE(parsed.request.limit, SyncRequest::defaultLimit);
    }

    void badRequestsAreExplained_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");
        const QByteArray step
            = R"({"seq": 1, "entity": "step", "op": "insert", "id": "s1", "fields": {}})";
        QTest::newRow("not json") << QByteArray("{\"protocol\": 1,") << u"malformed"_s
                                  << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"malformed"_s << u"JSON object"_s;
        QTest::newRow("empty") << QByteArray() << u"malformed"_s << u"not valid JSON"_s;
        QTest::newRow("no protocol")
            << QByteArray(R"({"clientId": "d"})") << u"unsupported_protocol"_s << u"protocol 1"_s;
        QTest::newRow("future protocol") << QByteArray(R"({"protocol": 2, "clientId": "d"})")
                                         << u"unsupported_protocol"_s << u"update the app"_s;
        QTest::newRow("protocol as text") << QByteArray(R"({"protocol": "1", "clientId": "d"})")
                                          << u"unsupported_protocol"_s << u"protocol 1"_s;
        QTest::newRow("unknown field")
            << QByteArray(R"({"protocol": 1, "clientId": "d", "admin": true})") << u"malformed"_s
            << u"unknown field \"admin\""_s;
        QTest::newRow("no client")
            << QByteArray(R"({"protocol": 1})") << u"malformed"_s << u"\"clientId\" is missing"_s;
        QTest::newRow("client as number") << QByteArray(R"({"protocol": 1, "clientId": 5})")
                                          << u"malformed"_s << u"must be a string"_s;
        QTest::newRow("client with slash") << QByteArray(R"({"protocol": 1, "clientId": "../etc"})")
                                           << u"malformed"_s << u"not an id"_s;
        QTest::newRow("mutations not a list")
            << request("{}") << u"malformed"_s << u"must be a list"_s;
        QTest::newRow("mutation not an object")
            << request("[5]") << u"malformed"_s << u"mutations[0]: must be an object"_s;
        QTest::newRow("unknown entity")
            << request(R"([{"seq": 1, "entity": "user", "op": "insert", "id": "x"}])")
            << u"malformed"_s << u"unknown entity \"user\""_s;
        QTest::newRow("unknown op")
            << request(R"([{"seq": 1, "entity": "step", "op": "drop", "id": "x"}])")
            << u"malformed"_s << u"unknown op"_s;
        QTest::newRow("seq zero") << request(
            R"([{"seq": 0, "entity": "step", "op": "insert", "id": "x"}])")
                                  << u"malformed"_s << u"\"seq\" must be a whole number"_s;
        QTest::newRow("seq fraction")
            << request(R"([{"seq": 1.5, "entity": "step", "op": "insert", "id": "x"}])")
            << u"malformed"_s << u"whole number"_s;
        QTest::newRow("seq enormous")
            << request(R"([{"seq": 1e300, "entity": "step", "op": "insert", "id": "x"}])")
            << u"malformed"_s << u"whole number"_s;
        QTest::newRow("seq not growing") << request("[" + step + "," + step + "]") << u"malformed"_s
                                         << u"mutations[1]: \"seq\" must grow"_s;
        QTest::newRow("unknown mutation field") << request(
            R"([{"seq": 1, "entity": "step", "op": "insert", "id": "x", "municipalityId": "other"}])")
                                                << u"malformed"_s
                                                << u"unknown field \"municipalityId\""_s;
        QTest::newRow("nested field") << request(
            R"([{"seq": 1, "entity": "step", "op": "insert", "id": "x", "fields": {"title": {"a": 1}}}])")
                                      << u"malformed"_s << u"field \"title\" must be a text"_s;
        QTest::newRow("base not an object") << request(
            R"([{"seq": 1, "entity": "step", "op": "update", "id": "x", "base": "old"}])")
                                            << u"malformed"_s << u"\"base\" must be an object"_s;
        QTest::newRow("nested base") << request(
            R"([{"seq": 1, "entity": "step", "op": "update", "id": "x", "base": {"title": [1]}}])")
                                     << u"malformed"_s << u"base value \"title\" must be a text"_s;
        QTest::newRow("huge field") << request(
            R"([{"seq": 1, "entity": "step", "op": "insert", "id": "x", "fields": {"notes": ")"
            + QByteArray(10001, 'n') + R"("}}])")
                                    << u"malformed"_s << u"too long"_s;
        QTest::newRow("unknown scope")
            << QByteArray(R"({"protocol": 1, "clientId": "d", "cursors": {"secrets": 1}})")
            << u"malformed"_s << u"unknown field \"secrets\""_s;
        QTest::newRow("negative cursor")
            << QByteArray(R"({"protocol": 1, "clientId": "d", "cursors": {"programme": -1}})")
            << u"malformed"_s << u"whole number from 0"_s;
        QTest::newRow("limit too big")
            << QByteArray(R"({"protocol": 1, "clientId": "d", "limit": 100000})") << u"malformed"_s
            << u"from 1 to 5000"_s;
        QTest::newRow("oversized")
            << QByteArray(SyncRequest::maxBodySize + 1, ' ') << u"too_large"_s << u"1 MiB"_s;
        QByteArray many = "[";
        for (int i = 1; i <= SyncRequest::maxMutations + 1; ++i)
            many += QByteArray(i > 1 ? "," : "") + R"({"seq": )" + QByteArray::number(i)
                + R"(, "entity": "step", "op": "insert", "id": "x"})";
        QTest::newRow("too many mutations")
            << request(many + "]") << u"malformed"_s << u"more than 500 mutations"_s;
    }

    void badRequestsAreExplained()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(QString, message);
        const auto parsed = SyncRequest::parse(body);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, error);
        QVERIFY2(parsed.message.contains(message), qPrintable(parsed.message));
    }

    void responseRoundTrip()
    {
        SyncResponse sent;
        sent.storeId = u"store-1"_s;
        sent.storeVersion = 132;
        sent.results = { { 41, u"applied"_s, {}, {} },
            { 42, u"rejected"_s, u"not_allowed"_s, u"Nur das eigene Projekt."_s } };
        sent.changes
            = { { u"projects"_s, 131, u"step"_s, u"c2a1"_s, false, { { u"title"_s, u"Flyer"_s } } },
                  { u"projects"_s, 132, u"step"_s, u"77de"_s, true, {} } };
        sent.cursors = { { u"projects"_s, 132 } };
        sent.more = true;
        sent.horizons = { { u"contacts"_s, 90 } };
        const auto parsed = SyncResponse::parse(sent.toJson());
        QVERIFY2(parsed.ok, qPrintable(parsed.message));
        const auto &got = parsed.response;
        QCOMPARE(got.storeVersion, 132);
        QCOMPARE(got.results.at(1).reason, u"not_allowed"_s);
        QCOMPARE(got.results.at(1).message, u"Nur das eigene Projekt."_s);
        QCOMPARE(got.changes.size(), 2);
        QCOMPARE(got.changes.at(0).fields.value("title"_L1).toString(), u"Flyer"_s);
        QVERIFY(got.changes.at(1).deleted);
        QCOMPARE(got.cursors.value(u"projects"_s), 132);
        QVERIFY(got.more);
        QCOMPARE(got.horizons.value(u"contacts"_s), 90);
        QVERIFY(!got.horizons.contains(u"projects"_s));
    }

    void answerIsTheSameJsonAsQtWritesIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Flyer"_s;
        QTest::newRow("umlauts and an emoji") << u"Bürgerbüro Düsseldorf 🎉"_s;
        QTest::newRow("quotes and backslashes") << u"\"Raum\" 2\\3 \\\""_s;
        QTest::newRow("control characters") << u"a\nb\tc\rd\u0001e\u001ff\bg\fh"_s;
        QTest::newRow("empty") << QString();
    }

    /// The answer is written straight (JsonWriter): for any text in any part, it reads back as
    /// the same JSON as Qt's own writer makes of the same answer.
    void answerIsTheSameJsonAsQtWritesIt()
    {
        QFETCH(QString, text);
        SyncResponse sent;
        sent.storeId = text;
        sent.storeVersion = 7;
        sent.results = { { 3, u"rejected"_s, text, text } };
        sent.changes = { { u"projects"_s, 5, u"step"_s, text, false, { { u"title"_s, text } } },
            { u"projects"_s, 6, u"step"_s, u"b"_s, false, {}, "{\"title\":\"stored\"}" },
            { u"projects"_s, 7, u"step"_s, u"c"_s, true, {} } };
        sent.cursors = { { u"projects"_s, 7 }, { u"contacts"_s, 2 } };
        sent.horizons = { { u"contacts"_s, 1 } };
        QJsonParseError error;
        const QJsonDocument written = QJsonDocument::fromJson(sent.toJson(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto change = [](const Change &each) {
            QJsonObject object { { u"scope"_s, each.scope }, { u"version"_s, each.version },
                { u"entity"_s, each.entity }, { u"id"_s, each.id } };
            if (each.deleted)
                object.insert(u"deleted"_s, true);
            else
                object.insert(u"fields"_s,
                    each.storedFields.isEmpty()
                        ? each.fields
                        : QJsonDocument::fromJson(each.storedFields).object());
            return object;
        };
        QJsonObject result { { u"seq"_s, 3 }, { u"status"_s, u"rejected"_s } };
        if (!text.isEmpty()) { // an empty reason or message is left out
            result.insert(u"reason"_s, text);
            result.insert(u"message"_s, text);
        }
        const QJsonObject expected { { u"changes"_s,
                                         QJsonArray { change(sent.changes.at(0)),
                                             change(sent.changes.at(1)),
                                             change(sent.changes.at(2)) } },
            { u"cursors"_s, QJsonObject { { u"projects"_s, 7 }, { u"contacts"_s, 2 } } },
            { u"horizons"_s, QJsonObject { { u"contacts"_s, 1 } } }, { u"more"_s, false },
            { u"protocol"_s, SyncRequest::protocolVersion },
            { u"results"_s, QJsonArray { result } }, { u"storeId"_s, text },
            { u"storeVersion"_s, 7 } };
        QCOMPARE(written.object(), expected);
        // And byte for byte as Qt writes it (the same keys in the same order).
        QCOMPARE(sent.toJson(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void badAnswersFromTheNetworkAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html error page") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("no store") << QByteArray(R"({"protocol": 1, "storeVersion": 1})");
        QTest::newRow("bad status") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "results": [{"seq": 1, "status": "maybe"}]})");
        QTest::newRow("unknown scope") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "changes": [{"scope": "x", "version": 1, "entity": "step", "id": "a"}]})");
        QTest::newRow("version zero") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "changes": [{"scope": "projects", "version": 0, "entity": "step", "id": "a"}]})");
        QTest::newRow("other protocol")
            << QByteArray(R"({"protocol": 2, "storeId": "s", "storeVersion": 1})");
        QTest::newRow("negative horizon") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "horizons": {"projects": -5}})");
    }

    void badAnswersFromTheNetworkAreRefused()
    {
        QFETCH(QByteArray, body);
        const auto parsed = SyncResponse::parse(body);
        QVERIFY(!parsed.ok);
        QVERIFY(!parsed.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
