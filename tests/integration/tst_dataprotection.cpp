// SPDX-License-Identifier: GPL-3.0-or-later
// Every record of the protocol, every table of the server's store and of the app's replica
// declares what it holds of people (server/store/datadeclarations.cpp), and
// docs/data-protection.md is what `ews-server data-protection` makes of the declarations.
#include "datadeclarations.h"
#include "records.h"
#include "replica.h"
#include "serverprocess.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kept = DataDeclarations::Place;

namespace {
/// The tables of the SQLite file @p path.
QStringList tablesIn(const QString &path)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tables"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite_%'"_s,
                db);
            while (query.next())
                tables.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"tables"_s);
    return tables;
}
}

class TestDataProtection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyRecordIsDeclared()
    {
        for (const auto &record : Records::all()) {
            const auto *declaration = DataDeclarations::find(record.entity, Kept::Both);
            QVERIFY2(declaration && declaration->place == Kept::Both, record.entity.data());
            QVERIFY(!declaration->data.isEmpty() && !declaration->purpose.isEmpty()
                && !declaration->readers.isEmpty() && !declaration->kept.isEmpty());
        }
    }

    void everyTableOfTheServerIsDeclared()
    {
        ServerProcess server(m_dir.filePath(u"server"_s));
        int exitCode = -1;
        server.command({ u"list"_s }, &exitCode); // makes the store, migrated to the end
        QCOMPARE(exitCode, 0);
        const QStringList tables = tablesIn(m_dir.filePath(u"server/ews-server.db"_s));
        QVERIFY(tables.contains(u"people"_s) && tables.contains(u"audit_log"_s));
        for (const QString &table : tables)
            QVERIFY2(DataDeclarations::find(table, Kept::Server), qPrintable(table));
    }

    void everyTableOfTheReplicaIsDeclared()
    {
        const QString path = m_dir.filePath(u"replica.sqlite"_s);
        {
            Replica replica(path);
            QString error;
            QVERIFY2(replica.open(Replica::bundledProgrammePath(), &error), qPrintable(error));
        }
        const QStringList tables = tablesIn(path);
        QVERIFY(tables.contains(u"contacts"_s) && tables.contains(u"erasures"_s));
        for (const QString &table : tables) {
            const auto record = std::find_if(Records::all().cbegin(), Records::all().cend(),
                [&table](const Records::RecordSpec &spec) { return spec.replicaTable == table; });
            const bool declared = record != Records::all().cend()
                ? DataDeclarations::find(record->entity, Kept::Device) != nullptr
                : DataDeclarations::find(table, Kept::Device) != nullptr;
            QVERIFY2(declared, qPrintable(table));
        }
    }

    /// The document in the repository is the one the declarations make (with the default
    /// periods): regenerate with `ews-server data-protection > docs/data-protection.md`.
    void documentIsUpToDate()
    {
        int exitCode = -1;
        const QString made = ServerProcess::run(
            { u"--data-dir"_s, m_dir.filePath(u"server"_s), u"data-protection"_s }, &exitCode);
        QCOMPARE(exitCode, 0);
        QFile kept(QStringLiteral(DATA_PROTECTION_DOCUMENT));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QString inRepository = QString::fromUtf8(kept.readAll()).trimmed();
        QVERIFY2(made == inRepository,
            "docs/data-protection.md is out of date: run ews-server data-protection > "
            "docs/data-protection.md");
        // Every declaration is in it, with the default periods filled in.
        for (const auto &declaration : DataDeclarations::all())
            QVERIFY2(made.contains(u"`%1`"_s.arg(declaration.name)), qPrintable(declaration.name));
        QVERIFY(made.contains(u"183 Tage nach ihrem Abschluss"_s));
        QVERIFY(!made.contains(u"{retentionDays}"_s));
    }
};

QTEST_GUILESS_MAIN(TestDataProtection)
#include "tst_dataprotection.moc"
