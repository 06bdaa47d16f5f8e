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

private Q_SLOTS:
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
                        ? each.fields.toObject()
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
        QTest::addColumn<QString>("message");
        const QString notAnObject = u"The server's answer is not a JSON object."_s;
        const QString largest = QString::number(qint64(1) << 52);
        QTest::newRow("html error page")
            << QByteArray("<html>502 Bad Gateway</html>") << notAnObject;
        QTest::newRow("a list") << QByteArray("[1, 2]") << notAnObject;
        QTest::newRow("garbage after the object")
            << QByteArray(R"({"protocol": 1, "storeId": "s", "storeVersion": 1} x)") << notAnObject;
        QTest::newRow("no store") << QByteArray(R"({"protocol": 1, "storeVersion": 1})")
                                  << u"answer: \"storeId\" is missing"_s;
        QTest::newRow("bad status") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "results": [{"seq": 1, "status": "maybe"}]})")
                                    << u"results[0]: unknown status"_s;
        QTest::newRow("result not an object")
            << QByteArray(R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "results": [7]})")
            << u"results[0]: \"seq\" is missing"_s;
        QTest::newRow("unknown scope") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "changes": [{"scope": "x", "version": 1, "entity": "step", "id": "a"}]})")
                                       << u"changes[0]: unknown scope"_s;
        // The place of the change in the list, though every change is read without one.
        QTest::newRow("the third change's id") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 3, "changes": [{"scope": "projects", "version": 1, "entity": "step", "id": "a"}, {"scope": "projects", "version": 2, "entity": "step", "id": "b"}, {"scope": "projects", "version": 3, "entity": "step", "id": "c d"}]})")
                                               << u"changes[2]: \"id\" is not an id"_s;
        QTest::newRow("change not an object") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "changes": [null]})")
                                              << u"changes[0]: \"scope\" is missing"_s;
        QTest::newRow("version zero") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "changes": [{"scope": "projects", "version": 0, "entity": "step", "id": "a"}]})")
                                      << u"changes[0]: \"version\" must be a whole number from 1 to %1"_s
                                             .arg(largest);
        QTest::newRow("other protocol")
            << QByteArray(R"({"protocol": 2, "storeId": "s", "storeVersion": 1})")
            << u"answer: unknown protocol"_s;
        QTest::newRow("negative horizon") << QByteArray(
            R"({"protocol": 1, "storeId": "s", "storeVersion": 1, "horizons": {"projects": -5}})")
                                          << u"horizons: \"projects\" must be a whole number from 0 to %1"_s
                                                 .arg(largest);
    }

    void badAnswersFromTheNetworkAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto parsed = SyncResponse::parse(body);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.message, message);
    }

    /// A row's fields are read where they are in the answer, and give what Qt's JSON reader
    /// gave for every kind of value; they stay readable after the answer itself is gone.
    void rowFieldsAreReadWhereTheyAreInTheAnswer()
    {
        const QByteArray body = R"({"protocol": 1, "storeId": "s", "storeVersion": 2,
            "changes": [{"scope": "projects", "version": 1, "entity": "step", "id": "a",
                         "fields": {"title": "Gespräch mit dem Verein", "position": 1469,
                                    "share": 2.5, "big": 18446744073709551615, "done": true,
                                    "owner": null, "tags": ["Ehrenamt", "Jugend"],
                                    "nested": {"x": [1, {"y": false}]}}},
                        {"scope": "projects", "version": 2, "entity": "step", "id": "b",
                         "deleted": true}]})";
        RowFields kept;
        {
            const auto parsed = SyncResponse::parse(body);
            QVERIFY2(parsed.ok, qPrintable(parsed.message));
            QCOMPARE(parsed.response.changes.size(), 2);
            kept = parsed.response.changes.at(0).fields;
            QVERIFY(parsed.response.changes.at(1).deleted);
            QVERIFY(parsed.response.changes.at(1).fields.isEmpty());
            QVERIFY(!parsed.response.changes.at(1).fields.contains("title"_L1));
        }
        const QJsonObject expected = QJsonDocument::fromJson(body)
                                         .object()["changes"_L1]
                                         .toArray()[0]["fields"_L1]
                                         .toObject();
        QCOMPARE(kept.toObject(), expected);
        QCOMPARE(kept, RowFields(expected));
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QByteArray key = it.key().toLatin1();
            QCOMPARE(kept.value(QLatin1StringView(key)), it.value());
            QCOMPARE(kept.value(it.key()), it.value());
            QVERIFY(kept.contains(QLatin1StringView(key)));
        }
        QCOMPARE(kept.value("title"_L1).toString(), u"Gespräch mit dem Verein"_s);
        QCOMPARE(kept.value("position"_L1).toInt(), 1469);
        QVERIFY(kept.value("owner"_L1).isNull());
        QVERIFY(kept.value("missing"_L1).isUndefined());
        QVERIFY(!kept.contains("missing"_L1));
        QVERIFY(!kept.isEmpty());
        QVERIFY(RowFields().isEmpty());
        QVERIFY(RowFields().value("title"_L1).isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
