// SPDX-License-Identifier: GPL-3.0-or-later
// Every record's declaration (protocol/records.h) against the device's replica as the
// migrations build it, and the checks derived from the declarations.
#include "database.h"
#include "recordcheck.h"
#include "records.h"
#include "replica.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordIsFoundByItsNameAndHasAScopeADeviceDownloads()
    {
        const QSet<QString> scopes = { Records::Scope::programme, Records::Scope::contacts,
            Records::Scope::projects, Records::Scope::personal, Records::Scope::drafts };
        QSet<QString> entities;
        for (const auto &record : Records::all()) {
            QCOMPARE(Records::find(record.entity), &record);
            QVERIFY2(scopes.contains(record.scope), qPrintable(record.entity));
            QVERIFY2(!entities.contains(record.entity), "declared twice");
            entities.insert(record.entity);
        }
        QCOMPARE(entities.size(), 20);
        QCOMPARE(Records::find(u"party"_s), nullptr);
        QCOMPARE(Records::scopeOf(Records::DateNote::entity), Records::Scope::personal);
        QCOMPARE(Records::scopeOf(Records::NoteAttachment::entity), Records::Scope::personal);
        // The records that name a file, as their declarations say (FileFields).
        QCOMPARE(Records::withFiles(),
            (QStringList { Records::Attachment::entity, Records::NoteAttachment::entity,
                Records::Material::entity }));
        QVERIFY(Records::carriesFile(Records::NoteAttachment::entity));
        QVERIFY(!Records::carriesFile(Records::DateNote::entity));
        QVERIFY(!Records::carriesFile(u"party"_s));
        QCOMPARE(Records::scopeOf(Records::Place::entity), Records::Scope::programme);
    }

    void aFieldsColumnIsItsNameInSnakeCase()
    {
        QCOMPARE(Records::columnOf(Records::Step::dueDate), u"due_date"_s);
        QCOMPARE(Records::columnOf(Records::Step::ownerContactId), u"owner_contact_id"_s);
        QCOMPARE(Records::columnOf(Records::Place::online), u"online"_s);
    }

    void everyFieldHasItsColumnInTheReplica()
    {
        // The declarations and the migrations describe the same tables: a field added to one
        // and not the other fails here, not on a device.
        QTemporaryDir dir;
        Replica replica(dir.filePath(u"replica.sqlite"_s));
        QString error;
        QVERIFY2(replica.open(Replica::bundledProgrammePath(), &error), qPrintable(error));
        QSqlQuery query(replica.database().connection());
        for (const auto &record : Records::all()) {
            QSet<QString> columns;
            QVERIFY(query.exec(u"PRAGMA table_info(%1)"_s.arg(record.replicaTable)));
            while (query.next())
                columns.insert(query.value(1).toString());
            QVERIFY2(columns.contains(u"id"_s), qPrintable(record.replicaTable));
            for (const auto &field : record.fields) {
                if (field.setBy == Records::SetBy::Server
                    && !columns.contains(Records::columnOf(field.name)))
                    continue; // kept by the server only (a note's owner: the device's own person)
                QVERIFY2(columns.contains(Records::columnOf(field.name)),
                    qPrintable(record.replicaTable + u'.' + Records::columnOf(field.name)));
            }
        }
    }

    void keptTextsAreTheProjectsAndStepsLongTexts()
    {
        const auto step = Records::find(Records::Step::entity)->keptTexts();
        QCOMPARE(step, (QList<QLatin1StringView> { Records::Step::title, Records::Step::notes }));
        QVERIFY(Records::find(Records::LogEntry::entity)->keptTexts().isEmpty());
    }

    void checks_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("problem"); // a part of the message, or empty for none
        QTest::newRow("a good step")
            << QString(Records::Step::entity)
            << QJsonObject { { Records::Step::title, u"Gespräch"_s },
                   { Records::Step::status, u"done"_s },
                   { Records::Step::dueDate, u"2027-01-28"_s }, { Records::Step::dueModule, 3 } }
            << QString();
        QTest::newRow("no due date is fine")
            << QString(Records::Step::entity) << QJsonObject { { Records::Step::dueDate, u""_s } }
            << QString();
        QTest::newRow("unknown field")
            << QString(Records::Step::entity) << QJsonObject { { u"colour"_s, u"rot"_s } }
            << u"\"colour\" is not part of a step"_s;
        QTest::newRow("a field only the server sets")
            << QString(Records::OrganiserNote::entity)
            << QJsonObject { { Records::OrganiserNote::authorContactId, u"someone-else"_s } }
            << u"not part of a comment"_s;
        QTest::newRow("too long") << QString(Records::Step::entity)
                                  << QJsonObject { { Records::Step::title, QString(201, u'x') } }
                                  << u"wrong type or is too long"_s;
        QTest::newRow("status") << QString(Records::Step::entity)
                                << QJsonObject { { Records::Step::status, u"halb"_s } }
                                << u"open, in_progress or done"_s;
        QTest::newRow("module 5") << QString(Records::Step::entity)
                                  << QJsonObject { { Records::Step::dueModule, 5 } }
                                  << u"module 1 to 4"_s;
        QTest::newRow("not a date")
            << QString(Records::LogEntry::entity)
            << QJsonObject { { Records::LogEntry::entryDate, u"28.01.2027"_s } } << u"YYYY-MM-DD"_s;
        QTest::newRow("not a time")
            << QString(Records::ProgrammeDate::entity)
            << QJsonObject { { Records::ProgrammeDate::startsAt, u"9 Uhr"_s } }
            << u"must be a time"_s;
        QTest::newRow("fifty-one topics")
            << QString(Records::ProgrammeDate::entity)
            << QJsonObject { { Records::ProgrammeDate::topicsDe,
                   QJsonArray::fromStringList(QStringList(51, u"Thema"_s)) } }
            << u"wrong type"_s;
        QTest::newRow("a participant added by an organiser")
            << QString(Records::Contact::entity)
            << QJsonObject { { Records::Contact::role, Records::Contact::roleParticipant } }
            << u"organisers, facilitators or speakers"_s;
        QTest::newRow("unknown record")
            << u"party"_s << QJsonObject { { u"name"_s, u"x"_s } } << u"not part of a party"_s;
    }

    void checks()
    {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, problem);
        const QString found = RecordCheck::fields(entity, fields);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
