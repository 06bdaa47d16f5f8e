// SPDX-License-Identifier: GPL-3.0-or-later
// What the server makes of the bytes a device sends to /v1/sync: every request the app sends
// reads back as sent, and anything else is refused with the first problem named.
#include "syncrequestreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncRequestReader : public QObject
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
        const auto parsed = SyncRequestReader::read(sent.toJson());
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
        const auto parsed = SyncRequestReader::read(R"({"protocol": 1, "clientId": "d"})");
        QVERIFY2(parsed.ok, qPrintable(parsed.message));
        QVERIFY(parsed.request.mutations.isEmpty());
        QVERIFY(parsed.request.cursors.isEmpty());
        QCOMPARE(parsed.request.limit, SyncRequest::defaultLimit);
    }

    /// Every kind of value a field may have arrives as the app sent it.
    void fieldValuesKeepTheirKind()
    {
        const auto parsed = SyncRequestReader::read(R"({"protocol": 1.0, "clientId": "d",
            "mutations": [{"seq": 3, "entity": "event", "op": "update", "id": "e1",
                "fields": {"room": "Saal „Rhein“ 🎉", "module": 4, "weight": 2.5, "cancelled": false,
                    "notes": null, "topics": ["Ehrenamt", "Quartier"]},
                "base": {"room": "Saal 1"}}],
            "cursors": {"programme": 4503599627370496, "projects": 0}, "limit": 5000})");
        QVERIFY2(parsed.ok, qPrintable(parsed.message));
        const Mutation &mutation = parsed.request.mutations.at(0);
        const QJsonObject expected { { u"room"_s, u"Saal „Rhein“ 🎉"_s }, { u"module"_s, 4 },
            { u"weight"_s, 2.5 }, { u"cancelled"_s, false }, { u"notes"_s, QJsonValue::Null },
            { u"topics"_s, QJsonArray { u"Ehrenamt"_s, u"Quartier"_s } } };
        QCOMPARE(mutation.fields, expected);
        QCOMPARE(mutation.base, QJsonObject({ { u"room"_s, u"Saal 1"_s } }));
        QCOMPARE(mutation.seq, 3);
        QCOMPARE(parsed.request.cursors.value(u"programme"_s), qint64(1) << 52);
        QCOMPARE(parsed.request.cursors.value(u"projects"_s), 0);
        QCOMPARE(parsed.request.limit, 5000);
    }

    /// A worker reads request after request with the parser it keeps: a refused or large one
    /// leaves nothing behind that the next one would see.
    void oneRequestAfterAnother()
    {
        const QByteArray small = R"({"protocol": 1, "clientId": "first"})";
        QByteArray large = R"({"protocol": 1, "clientId": "second", "mutations": [)";
        for (int i = 1; i <= SyncRequest::maxMutations; ++i)
            large += QByteArray(i > 1 ? "," : "") + "{\"seq\": " + QByteArray::number(i)
                + ", \"entity\": \"step\", \"op\": \"insert\", \"id\": \"s" + QByteArray::number(i)
                + "\", \"fields\": {\"title\": \"" + QByteArray(150, 't') + "\"}}";
        large += "]}";
        QVERIFY(large.size() > 64 * 1024); // read by a parser of its own
        QCOMPARE(SyncRequestReader::read(small).request.clientId, u"first"_s);
        const auto second = SyncRequestReader::read(large);
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.request.mutations.size(), SyncRequest::maxMutations);
        QCOMPARE(second.request.mutations.last().id, u"s500"_s);
        QVERIFY(!SyncRequestReader::read("{").ok);
        QCOMPARE(SyncRequestReader::read(small).request.clientId, u"first"_s);
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
        // Ambiguities: which of two values would count is not left to chance.
        QTest::newRow("client twice")
            << QByteArray(R"({"protocol": 1, "clientId": "a", "clientId": "b"})") << u"malformed"_s
            << u"request: \"clientId\" appears twice"_s;
        QTest::newRow("seq twice")
            << request(R"([{"seq": 1, "seq": 2, "entity": "step", "op": "insert", "id": "x"}])")
            << u"malformed"_s << u"mutations[0]: \"seq\" appears twice"_s;
        QTest::newRow("field twice") << request(
            R"([{"seq": 1, "entity": "step", "op": "insert", "id": "x", "fields": {"title": "a", "title": "b"}}])")
                                     << u"malformed"_s << u"field \"title\" appears twice"_s;
        QTest::newRow("cursor twice") << QByteArray(
            R"({"protocol": 1, "clientId": "d", "cursors": {"programme": 9, "programme": 0}})")
                                      << u"malformed"_s
                                      << u"cursors: \"programme\" appears twice"_s;
        QTest::newRow("list of numbers") << request(
            R"([{"seq": 1, "entity": "event", "op": "update", "id": "x", "fields": {"topics": [1]}}])")
                                         << u"malformed"_s << u"field \"topics\" must be a text"_s;
        QTest::newRow("list too long") << request(
            R"([{"seq": 1, "entity": "event", "op": "update", "id": "x", "fields": {"topics": [)"
            + QByteArray("\"t\",").repeated(50) + R"("t"]}}])")
                                       << u"malformed"_s << u"field \"topics\" must be a text"_s;
        QTest::newRow("cursor beyond 64 bits") << QByteArray(
            R"({"protocol": 1, "clientId": "d", "cursors": {"programme": )" + QByteArray(30, '9')
            + "}}") << u"malformed"_s << u"not valid JSON"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"protocol\": 1, \"clientId\": \"d\xff\"}")
                                       << u"malformed"_s << u"not valid JSON"_s;
        QTest::newRow("garbage after the object")
            << QByteArray(R"({"protocol": 1, "clientId": "d"} {})") << u"malformed"_s
            << u"not valid JSON"_s;
        QTest::newRow("nested a million deep") << QByteArray(SyncRequest::maxBodySize / 2, '[')
                + QByteArray(SyncRequest::maxBodySize / 2, ']')
                                               << u"malformed"_s << u"not valid JSON"_s;
    }

    void badRequestsAreExplained()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(QString, message);
        const auto parsed = SyncRequestReader::read(body);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error, error);
        QVERIFY2(parsed.message.contains(message), qPrintable(parsed.message));
    }
};

QTEST_GUILESS_MAIN(TestSyncRequestReader)
#include "tst_syncrequestreader.moc"
