// SPDX-License-Identifier: GPL-3.0-or-later
// Sync cost against the machine's own limit: a participant's first sync of many rows end to
// end (the real ews-server over TLS on 127.0.0.1, a real replica and sync engine), against a
// raw single-transaction SQLite insert of the same rows in the same run; bytes on the wire
// against zlib of the rows' JSON; requests per row; a sync with nothing new.
//
// Usage: syncbench [--rows N] [--runs N] [--municipalities N] [--other-rows N] [--database URL]
// Prints Markdown tables.
#include "countingnetwork.h"
#include "ids.h"
#include "serverprocess.h"
#include "storeseeder.h"
#include "testdevice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

/// The tables a first sync fills, and how many rows each holds.
const QStringList &syncedTables()
{
    static const QStringList tables { u"events"_s, u"places"_s, u"contacts"_s, u"municipalities"_s,
        u"projects"_s, u"steps"_s, u"log_entries"_s };
    return tables;
}

qint64 rowCount(QSqlDatabase db)
{
    qint64 rows = 0;
    for (const auto &table : syncedTables()) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT count(*) FROM "_s + table) && query.next())
            rows += query.value(0).toLongLong();
    }
    return rows;
}

/// Every synced row as JSON objects, one array per table.
QByteArray rowsAsJson(QSqlDatabase db)
{
    QJsonObject all;
    for (const auto &table : syncedTables()) {
        QJsonArray rows;
        QSqlQuery query(db);
        query.exec(u"SELECT * FROM "_s + table);
        while (query.next()) {
            QJsonObject row;
            const auto record = query.record();
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
            rows.append(row);
        }
        all.insert(table, rows);
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

/// The machine's limit: the same rows inserted into an empty replica file of the same schema
/// and durability in one transaction, with prepared statements. Returns milliseconds.
double rawInsert(QSqlDatabase source, const QString &file)
{
    for (const auto &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(file + suffix);
    struct Table
    {
        QString name;
        QString insert;
        QList<QVariantList> rows;
    };
    QList<Table> tables;
    QStringList schema;
    {
        QSqlQuery query(source);
        query.exec(
            u"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"_s);
        while (query.next())
            schema.append(query.value(0).toString());
    }
    for (const auto &name : syncedTables()) {
        Table table { name, {}, {} };
        QSqlQuery query(source);
        query.exec(u"SELECT * FROM "_s + name);
        const auto record = query.record();
        QStringList marks(record.count(), u"?"_s);
        table.insert = u"INSERT INTO %1 VALUES (%2)"_s.arg(name, marks.join(u','));
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < record.count(); ++i)
                row.append(query.value(i));
            table.rows.append(row);
        }
        tables.append(table);
    }
    double elapsed = 0;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(file);
        db.open();
        QSqlQuery setup(db);
        // The replica's own durability (core/database.cpp): a commit that returned is on the
        // disk. Without it (synchronous=NORMAL) a WAL commit does not wait for the disk at all,
        // and the comparison would be with a store that can lose what it reported saved.
        setup.exec(u"PRAGMA journal_mode = WAL"_s);
        setup.exec(u"PRAGMA synchronous = FULL"_s);
        setup.exec(u"PRAGMA foreign_keys = OFF"_s);
        for (const auto &statement : std::as_const(schema))
            setup.exec(statement);
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        for (const auto &table : std::as_const(tables)) {
            QSqlQuery insert(db);
            insert.prepare(table.insert);
            for (const auto &row : table.rows) {
                for (int i = 0; i < row.size(); ++i)
                    insert.bindValue(i, row[i]);
                if (!insert.exec())
                    qFatal("raw insert into %s: %s", qPrintable(table.name),
                        qPrintable(insert.lastError().text()));
            }
        }
        db.commit();
        elapsed = double(timer.nsecsElapsed()) / 1e6;
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return elapsed;
}

/// Sends the same requests again as plain HTTP clients do, asking for gzip themselves, so
/// that the answers' bodies are counted as they travel; returns their bytes and the time the
/// server and network took for them (no device storing anything).
std::pair<qint64, double> replay(const QList<QByteArray> &bodies, const QUrl &base,
    const QSslCertificate &certificate, const QString &token)
{
    QNetworkAccessManager network;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (const auto &body : bodies) {
        QNetworkRequest request(base.resolved(QUrl(u"v1/sync"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Accept-Encoding", "gzip"); // Qt then leaves the body as sent
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(certificate);
        request.setSslConfiguration(tls);
        std::unique_ptr<QNetworkReply> reply(network.post(request, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(60000))
            qFatal("replay: no answer");
        bytes += reply->readAll().size();
    }
    return { bytes, double(timer.nsecsElapsed()) / 1e6 };
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

/// What one store, seeded once, measured.
struct Measurement
{
    qint64 received = 0; ///< rows the participant's first sync stored
    double syncMs = 0; ///< median first sync, end to end
    double rawMs = 0; ///< median raw insert of the same rows
    double serverMs = 0; ///< the same requests without storing
    RequestCount::Totals first;
    qint64 zlibBytes = 0;
    RequestCount::Totals quiet;
    double quietMs = 0; ///< median sync with nothing new
    qint64 writesWhenQuiet = -1;
};

/// Seeds a store (SQLite in @p work, or @p database), starts the real server on it and
/// measures a participant's first syncs and syncs with nothing new.
Measurement measure(const QString &work, const QString &database, int rows, int runs,
    int municipalities, int otherRows)
{
    const QString serverDir = work + u"/server"_s;
    QDir().mkpath(serverDir);
    QStringList extra { u"--syncs-per-minute"_s, u"100000"_s };
    QString store = u"sqlite:"_s + serverDir + u"/ews-server.db"_s;
    if (!database.isEmpty()) {
        store = database;
        extra << u"--database"_s << store;
    }
    QElapsedTimer seeding;
    seeding.start();
    StoreSeeder::Reader reader;
    {
        StoreSeeder seeder(store);
        reader = seeder.seed(rows, municipalities, otherRows);
    }
    std::fprintf(stderr,
        "Seeded %d municipalities, the reader's with %d rows, the others with %d, in %.1f s.\n",
        municipalities, rows, otherRows, double(seeding.elapsed()) / 1000);
    ServerProcess server(serverDir, extra);
    if (!server.start())
        qFatal("the server did not start");
    QString token;
    {
        QNetworkAccessManager network;
        token = redeemCode(network, server.base(), server.certificate(), reader.code);
    }

    RequestCount counted;
    SyncConnection connection([&counted] { return std::make_unique<CountingNetwork>(counted); });
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
    QList<double> syncTimes;
    QList<double> rawTimes;
    QList<double> serverTimes;
    QList<double> quietTimes;
    Measurement result;
    QByteArray json;
    for (int run = 0; run < runs; ++run) {
        const QString file = work + u"/device-%1.sqlite"_s.arg(run);
        Device device(file, connection, clock);
        device.engine.setServer(server.base(), { server.certificate() });
        device.engine.setToken(token);
        device.engine.setOwnMunicipality(reader.municipalityId);
        counted.reset();
        QElapsedTimer timer;
        timer.start();
        const QString error = device.sync();
        syncTimes.append(double(timer.nsecsElapsed()) / 1e6);
        if (!error.isEmpty())
            qFatal("first sync failed: %s", qPrintable(error));
        result.first = counted.totals();
        const auto [wireBytes, serverMs]
            = replay(counted.bodies(), server.base(), server.certificate(), token);
        result.first.receivedBytes = wireBytes;
        serverTimes.append(serverMs);
        const auto db = device.replica.database().connection();
        result.received = rowCount(db);
        rawTimes.append(rawInsert(db, work + u"/raw-%1.sqlite"_s.arg(run)));
        if (run > 0)
            continue;
        json = rowsAsJson(db);
        QSqlQuery before(db);
        before.exec(u"SELECT total_changes()"_s);
        before.next();
        const qint64 changesBefore = before.value(0).toLongLong();
        for (int quiet = 0; quiet < 20; ++quiet) {
            counted.reset();
            QElapsedTimer quietTimer;
            quietTimer.start();
            if (!device.sync().isEmpty())
                qFatal("a sync with nothing new failed");
            quietTimes.append(double(quietTimer.nsecsElapsed()) / 1e6);
            result.quiet = counted.totals();
        }
        QSqlQuery after(db);
        after.exec(u"SELECT total_changes()"_s);
        after.next();
        result.writesWhenQuiet = after.value(0).toLongLong() - changesBefore;
    }
    result.syncMs = median(syncTimes);
    result.rawMs = median(rawTimes);
    result.serverMs = median(serverTimes);
    result.quietMs = median(quietTimes);
    result.zlibBytes = qCompress(json, 9).size() - 4; // without Qt's length prefix
    return result;
}

QString yesNo(bool met)
{
    return met ? u"yes"_s : u"no"_s;
}

void printCost(const Measurement &m, int runs)
{
    const double wirePerRow = double(m.first.receivedBytes) / double(m.received);
    const double zlibPerRow = double(m.zlibBytes) / double(m.received);
    print(
        u"First sync of a participant: %1 rows received (steps, log entries, contacts, and the programme), median of %2 runs.\n"_s
            .arg(m.received)
            .arg(runs));
    print(u"| measure | EWS companion | machine's own limit | ratio | target | met |"_s);
    print(u"| --- | --- | --- | --- | --- | --- |"_s);
    print(
        u"| time | %1 ms (sync over TLS, end to end) | %2 ms (one SQLite transaction of the same rows) | %3× | ≤ 2× | %4 |"_s
            .arg(m.syncMs, 0, 'f', 0)
            .arg(m.rawMs, 0, 'f', 0)
            .arg(m.syncMs / m.rawMs, 0, 'f', 2)
            .arg(yesNo(m.syncMs <= 2 * m.rawMs)));
    print(u"| of it: the same requests without storing (server, TLS, network) | %1 ms | | | | |"_s
              .arg(m.serverMs, 0, 'f', 0));
    print(
        u"| bytes received per row | %1 B (%2 B in all, gzip) | %3 B (zlib -9 of the rows as JSON, %4 B) | %5× | ≤ 1.2× | %6 |"_s
            .arg(wirePerRow, 0, 'f', 1)
            .arg(m.first.receivedBytes)
            .arg(zlibPerRow, 0, 'f', 1)
            .arg(m.zlibBytes)
            .arg(wirePerRow / zlibPerRow, 0, 'f', 2)
            .arg(yesNo(wirePerRow <= 1.2 * zlibPerRow)));
    const double allowedRequests = std::max(1.0, std::ceil(double(m.received) / 5000));
    print(u"| requests | %1 (%2 B sent) | — | %3 rows per request | ≤ 1 per 5,000 rows | %4 |"_s
              .arg(m.first.requests)
              .arg(m.first.sentBytes)
              .arg(double(m.received) / m.first.requests, 0, 'f', 0)
              .arg(yesNo(m.first.requests <= allowedRequests)));
    print(u"\nA sync with nothing new (right after the first; time: median of 20):\n"_s);
    print(u"| measure | measured | target | met |"_s);
    print(u"| --- | --- | --- | --- |"_s);
    print(u"| requests | %1 | 1 | %2 |"_s.arg(m.quiet.requests).arg(yesNo(m.quiet.requests == 1)));
    print(u"| bytes sent (request body) | %1 B | < 256 B | %2 |"_s.arg(m.quiet.sentBytes)
              .arg(yesNo(m.quiet.sentBytes < 256)));
    print(u"| bytes received (answer body) | %1 B | < 256 B | %2 |"_s.arg(m.quiet.receivedBytes)
              .arg(yesNo(m.quiet.receivedBytes < 256)));
    print(u"| rows written on the device | %1 | 0 | %2 |"_s.arg(m.writesWhenQuiet)
              .arg(yesNo(m.writesWhenQuiet == 0)));
    print(u"| time | %1 ms | — | |"_s.arg(m.quietMs, 0, 'f', 1));
}

/// One line per store size: what the participant receives and what it costs.
void printGrowth(const QList<std::pair<int, Measurement>> &sizes)
{
    print(
        u"| municipalities in the store | rows the participant receives | first sync | per 1,000 rows | bytes per row | sync with nothing new | its answer |"_s);
    print(u"| --- | --- | --- | --- | --- | --- | --- |"_s);
    for (const auto &[municipalities, m] : sizes) {
        print(u"| %1 | %2 | %3 ms | %4 ms | %5 B | %6 ms | %7 B |"_s.arg(municipalities)
                  .arg(m.received)
                  .arg(m.syncMs, 0, 'f', 0)
                  .arg(m.syncMs * 1000 / double(m.received), 0, 'f', 1)
                  .arg(double(m.first.receivedBytes) / double(m.received), 0, 'f', 1)
                  .arg(m.quietMs, 0, 'f', 1)
                  .arg(m.quiet.receivedBytes));
    }
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sync cost of the EWS companion against SQLite's own."_s);
    parser.addHelpOption();
    parser.addOption(
        { u"rows"_s, u"Rows the participant sees (default 10000)."_s, u"N"_s, u"10000"_s });
    parser.addOption({ u"runs"_s, u"Measured first syncs (default 5)."_s, u"N"_s, u"5"_s });
    parser.addOption({ u"municipalities"_s,
        u"Municipalities in the store, each with a project like the participant's (default 1)."_s,
        u"N"_s, u"1"_s });
    parser.addOption({ u"growth"_s,
        u"Instead: one store per number of municipalities (e.g. 15,1500), one line each."_s,
        u"N,N"_s });
    parser.addOption({ u"other-rows"_s,
        u"Rows of every other municipality's project (default 30)."_s, u"N"_s, u"30"_s });
    parser.addOption({ u"database"_s, u"A PostgreSQL URL (default: SQLite)."_s, u"URL"_s });
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    const int otherRows = parser.value(u"other-rows"_s).toInt();
    QList<int> sizes { parser.value(u"municipalities"_s).toInt() };
    if (parser.isSet(u"growth"_s)) {
        sizes.clear();
        for (const auto &size : parser.value(u"growth"_s).split(u','))
            sizes.append(size.toInt());
    }
    if (rows < 100 || runs < 1 || otherRows < 0
        || std::any_of(sizes.begin(), sizes.end(), [](int size) { return size < 1; })) {
        std::fprintf(
            stderr, "syncbench: --rows at least 100, --runs and municipalities at least 1\n");
        return 2;
    }
    if (parser.isSet(u"database"_s) && sizes.size() > 1) {
        std::fprintf(stderr, "syncbench: --growth runs on SQLite only\n");
        return 2;
    }

    QList<std::pair<int, Measurement>> measured;
    for (int size : std::as_const(sizes)) {
        QTemporaryDir work;
        measured.append({ size,
            measure(work.path(), parser.value(u"database"_s), rows, runs, size, otherRows) });
    }
    if (parser.isSet(u"growth"_s))
        printGrowth(measured);
    else
        printCost(measured.front().second, runs);
    return 0;
}
