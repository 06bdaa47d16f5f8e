// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the device's handling of a server's answer: parsing, then storing every
// row it carries into a real replica (SQLite in memory), rolled back after each input.
#include "database.h"
#include "incomingrows.h"
#include "syncresponse.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_syncanswer";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static Database replica(u":memory:"_s);
    static const bool migrated = replica.migrate();
    if (!migrated)
        return 0;
    const auto parsed = SyncResponse::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok)
        return 0;
    QSqlDatabase db = replica.connection();
    db.transaction();
    IncomingRows rows(replica);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    for (const auto &change : parsed.response.changes)
        rows.apply(change.entity, change.id, change.deleted, change.fields, now);
    db.rollback();
    return 0;
}
