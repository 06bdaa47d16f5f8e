// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "migrations.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(u"replica-%1.sqlite"_s.arg(++m_counter)); }

    static QVariant single(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    static bool exec(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }

private Q_SLOTS:
    void freshStoreReachesLatestVersionWithSafePragmas()
    {
        Database db(freshPath());
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 0);
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(single(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(single(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(single(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void theReplicaIsItsOwnersAloneWhateverTheUmask()
    {
        // A umask that lets everyone read what is made, as on many desktops.
        const mode_t before = ::umask(0022);
        const auto restore = qScopeGuard([before] { ::umask(before); });
        constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate());
            QVERIFY(exec(db,
                u"INSERT INTO local_changes (entity, row_id, operation, payload, "
                "changed_at) VALUES ('step', 's', 'insert', '{}', 0)"_s));
            for (const char *suffix : { "", "-wal", "-shm" }) {
                const QFile file(path + QLatin1StringView(suffix));
                QVERIFY2(file.exists(), suffix);
                QCOMPARE(file.permissions() & others, QFileDevice::Permissions());
                QCOMPARE(file.permissions() & ownerOnly, QFileDevice::Permissions(ownerOnly));
            }
        }
        // A replica an older version left readable by all is narrowed when opened.
        QVERIFY(QFile::setPermissions(
            path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        Database again(path);
        QVERIFY(again.isOpen());
        QCOMPARE(QFile(path).permissions() & others, QFileDevice::Permissions());
    }

    void migratingTwiceChangesNothing()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate());
        }
        Database db(path);
        QVERIFY(db.migrate());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    }

    void version1DataSurvivesMigrationTo2()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(1));
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(
                exec(db, u"INSERT INTO places (id, name_de) VALUES ('djh', 'Jugendherberge')"_s));
            QVERIFY(exec(db,
                u"INSERT INTO events (id, kind, title_de, starts_at, ends_at, place_id) "
                "VALUES ('m1', 'module_day', 'Modul 1', 1000, 2000, 'djh')"_s));
            QVERIFY(exec(db, u"INSERT INTO municipalities (id, name) VALUES ('k1', 'Kommune')"_s));
            QVERIFY(exec(db,
                u"INSERT INTO contacts (id, role, name, municipality_id, phone) "
                "VALUES ('p1', 'participant', 'Person', 'k1', '0211 1')"_s));
            // Version 1 knows no projects yet.
            QVERIFY(
                !single(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'steps'"_s).toBool());
        }
        Database db(path);
        QVERIFY2(db.migrate(2), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 2);
        QCOMPARE(
            single(db, u"SELECT title_de FROM events WHERE id = 'm1'"_s).toString(), u"Modul 1"_s);
        QCOMPARE(
            single(db, u"SELECT phone FROM contacts WHERE id = 'p1'"_s).toString(), u"0211 1"_s);
        // New columns get their defaults: a participant shares until they decide otherwise.
        QCOMPARE(single(db, u"SELECT share_phone FROM contacts WHERE id = 'p1'"_s).toInt(), 1);
        QVERIFY(exec(db, u"INSERT INTO projects (id, municipality_id) VALUES ('pr1', 'k1')"_s));
        QVERIFY(exec(db,
            u"INSERT INTO steps (id, project_id, title, created_at, updated_at) "
            "VALUES ('s1', 'pr1', 'Schritt', 1, 1)"_s));
        QCOMPARE(single(db, u"SELECT status FROM steps WHERE id = 's1'"_s).toString(), u"open"_s);
    }

    void version2DataSurvivesMigrationTo3()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(2));
            QVERIFY(exec(db, u"INSERT INTO municipalities (id, name) VALUES ('k1', 'Kommune')"_s));
            QVERIFY(exec(db,
                u"INSERT INTO projects (id, municipality_id, title) VALUES ('pr1', 'k1', 'P')"_s));
            QVERIFY(exec(db,
                u"INSERT INTO log_entries (id, project_id, entry_date, text, created_at) "
                "VALUES ('l1', 'pr1', '2026-11-01', 'Eintrag', 1)"_s));
            QVERIFY(exec(db,
                u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
                "VALUES ('log_entry', 'l1', 'insert', '{}', 1)"_s));
        }
        Database db(path);
        QVERIFY2(db.migrate(3), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 3);
        QCOMPARE(
            single(db, u"SELECT text FROM log_entries WHERE id = 'l1'"_s).toString(), u"Eintrag"_s);
        QCOMPARE(single(db, u"SELECT count(*) FROM local_changes"_s).toInt(), 1);
        QVERIFY(exec(db, u"INSERT INTO replica_meta (key, value) VALUES ('k', 'v')"_s));
    }

    void version3DataSurvivesMigrationTo4()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(3));
            QVERIFY(exec(db,
                u"INSERT INTO replica_meta (key, value) VALUES ('programme_file_sha256', 'abc')"_s));
            QVERIFY(exec(db,
                u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
                "VALUES ('step', 's1', 'insert', '{\"title\":\"T\"}', 1)"_s));
        }
        Database db(path);
        QVERIFY2(db.migrate(4), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 4);
        QCOMPARE(single(db, u"SELECT value FROM replica_meta WHERE key = 'programme_file_sha256'"_s)
                     .toString(),
            u"abc"_s);
        QCOMPARE(single(db, u"SELECT count(*) FROM local_changes"_s).toInt(), 1);
        QVERIFY(exec(db,
            u"INSERT INTO rejected_changes (seq, entity, row_id, operation, payload, reason, "
            u"message, rejected_at) "
            "VALUES (1, 'step', 's1', 'insert', '{}', 'not_allowed', 'Nein', 1)"_s));
    }

    void version4DataSurvivesMigrationTo5()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(4));
            QVERIFY(exec(db,
                u"INSERT INTO events (id, kind, title_de, starts_at, ends_at) VALUES ('e', 'deadline', 'Frist', 1, 2)"_s));
        }
        Database db(path);
        QVERIFY2(db.migrate(5), qPrintable(db.errorString()));
        QCOMPARE(
            single(db, u"SELECT title_de FROM events WHERE id = 'e'"_s).toString(), u"Frist"_s);
        QCOMPARE(single(db, u"SELECT change_kind FROM events WHERE id = 'e'"_s).toString(),
            QString(u""_s));
    }

    void version5ChangeHistorySurvivesMigrationTo6AndKeepsCounting()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(5));
            for (int i = 1; i <= 10; ++i)
                QVERIFY(exec(db,
                    u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
                    "VALUES ('step', 's%1', 'update', '{}', 1)"_s.arg(i)));
            // The server confirmed 1 to 9: those numbers are used up.
            QVERIFY(exec(db, u"DELETE FROM local_changes WHERE seq < 10"_s));
        }
        Database db(path);
        QVERIFY2(db.migrate(6), qPrintable(db.errorString()));
        QCOMPARE(
            single(db, u"SELECT row_id FROM local_changes WHERE seq = 10"_s).toString(), u"s10"_s);
        QVERIFY(exec(db, u"DELETE FROM local_changes"_s));
        QVERIFY(exec(db,
            u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
            "VALUES ('step', 's11', 'delete', '{}', 2)"_s));
        // A number the server has seen is never given out again.
        QCOMPARE(single(db, u"SELECT seq FROM local_changes"_s).toLongLong(), 11);
        QCOMPARE(single(db, u"SELECT base FROM local_changes"_s).toString(), u"{}"_s);
    }

    void version6DatesGetACalendarSequenceAndKeepTheirCancellation()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(6));
            QVERIFY(exec(db,
                u"INSERT INTO events (id, kind, title_de, starts_at, ends_at, change_kind) VALUES "
                "('kept', 'deadline', 'Frist', 1, 2, ''), "
                "('gone', 'deadline', 'Abgesagt', 3, 4, 'cancelled')"_s));
        }
        Database db(path);
        QVERIFY2(db.migrate(7), qPrintable(db.errorString()));
        QCOMPARE(single(db, u"SELECT cancelled FROM events WHERE id = 'gone'"_s).toInt(), 1);
        QCOMPARE(single(db, u"SELECT cancelled FROM events WHERE id = 'kept'"_s).toInt(), 0);
        QCOMPARE(
            single(db, u"SELECT calendar_sequence FROM events WHERE id = 'kept'"_s).toInt(), 0);
        // A change a calendar must show raises the sequence; others do not.
        QVERIFY(exec(db, u"UPDATE events SET starts_at = 0 WHERE id = 'kept'"_s));
        QVERIFY(exec(db, u"UPDATE events SET note_de = 'Hinweis' WHERE id = 'kept'"_s));
        QVERIFY(exec(db, u"UPDATE events SET title_de = 'Frist' WHERE id = 'kept'"_s));
        QCOMPARE(
            single(db, u"SELECT calendar_sequence FROM events WHERE id = 'kept'"_s).toInt(), 1);
        QVERIFY(exec(db, u"UPDATE events SET cancelled = 1 WHERE id = 'kept'"_s));
        QCOMPARE(
            single(db, u"SELECT calendar_sequence FROM events WHERE id = 'kept'"_s).toInt(), 2);
    }

    void version10DatesGetARoomAndPlacesAnAddress()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(10));
            QVERIFY(
                exec(db, u"INSERT INTO places (id, name_de) VALUES ('djh', 'Jugendherberge')"_s));
            QVERIFY(exec(db,
                u"INSERT INTO events (id, kind, title_de, starts_at, ends_at, place_id) VALUES "
                "('day', 'module_day', 'Tag 1', 1, 2, 'djh')"_s));
        }
        Database db(path);
        QVERIFY2(db.migrate(11), qPrintable(db.errorString()));
        QCOMPARE(single(db, u"SELECT room FROM events WHERE id = 'day'"_s).toString(), u""_s);
        QCOMPARE(single(db, u"SELECT address FROM places WHERE id = 'djh'"_s).toString(), u""_s);
        QCOMPARE(
            single(db, u"SELECT title_de FROM events WHERE id = 'day'"_s).toString(), u"Tag 1"_s);
        // Another room is a change a calendar must show; the same room again is not.
        QVERIFY(exec(db, u"UPDATE events SET room = 'Seminarraum 2' WHERE id = 'day'"_s));
        QVERIFY(exec(db, u"UPDATE events SET room = 'Seminarraum 2' WHERE id = 'day'"_s));
        QCOMPARE(single(db, u"SELECT calendar_sequence FROM events WHERE id = 'day'"_s).toInt(), 1);
    }

    void version12LeavesTheCalendarSequenceToTheServer()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(11));
            QVERIFY(exec(db,
                u"INSERT INTO events (id, kind, title_de, starts_at, ends_at, calendar_sequence) "
                "VALUES ('day', 'module_day', 'Tag 1', 1, 2, 3)"_s));
        }
        Database db(path);
        QVERIFY2(db.migrate(12), qPrintable(db.errorString()));
        // The number stays; changes no longer count on the device (the server's version does).
        QCOMPARE(single(db, u"SELECT calendar_sequence FROM events WHERE id = 'day'"_s).toInt(), 3);
        QVERIFY(exec(db, u"UPDATE events SET starts_at = 0, room = 'Saal' WHERE id = 'day'"_s));
        QCOMPARE(single(db, u"SELECT calendar_sequence FROM events WHERE id = 'day'"_s).toInt(), 3);
        QCOMPARE(single(db,
                     u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                     "AND name LIKE 'events_calendar_sequence%'"_s)
                     .toInt(),
            0);
    }

    void version13ContactsSurviveMigrationTo14()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate(13));
            QVERIFY(exec(db, u"INSERT INTO municipalities (id, name) VALUES ('k1', 'Kommune')"_s));
            QVERIFY(exec(db,
                u"INSERT INTO contacts (id, role, name, municipality_id, phone, share_phone) "
                "VALUES ('c1', 'participant', 'Erika', 'k1', '0211 1', 0)"_s));
            QVERIFY(exec(db, u"INSERT INTO projects (id, municipality_id) VALUES ('pr1', 'k1')"_s));
            QVERIFY(exec(db,
                u"INSERT INTO log_entries (id, project_id, entry_date, text, created_at, "
                "author_contact_id) VALUES ('l1', 'pr1', '2026-11-01', 'Eintrag', 1, 'c1')"_s));
            QSqlQuery query(db.connection());
            QVERIFY(!query.exec(
                u"INSERT INTO contacts (id, role, name) VALUES ('s1', 'speaker', 'Gast')"_s));
        }
        Database db(path);
        QVERIFY2(db.migrate(14), qPrintable(db.errorString()));
        QCOMPARE(single(db, u"SELECT phone || share_phone FROM contacts WHERE id = 'c1'"_s),
            u"0211 10"_s);
        QVERIFY(
            exec(db, u"INSERT INTO contacts (id, role, name) VALUES ('s1', 'speaker', 'Gast')"_s));
        // The log entry still names its author, and foreign keys are on again.
        QCOMPARE(
            single(db, u"SELECT author_contact_id FROM log_entries WHERE id = 'l1'"_s), u"c1"_s);
        QCOMPARE(single(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(single(db, u"SELECT count(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(u"DELETE FROM contacts WHERE id = 'c1'"_s));
        QVERIFY(!query.exec(u"INSERT INTO contacts (id, role, name) VALUES ('x', 'guest', 'X')"_s));
    }

    /// A log entry keeps its date and text for good; its author goes when that person is
    /// erased, and the server may remove it (erased with what its author wrote).
    void logEntriesKeepTheirText()
    {
        Database db(freshPath());
        QVERIFY(db.migrate());
        QVERIFY(exec(db, u"INSERT INTO municipalities (id, name) VALUES ('k1', 'Kommune')"_s));
        QVERIFY(exec(db, u"INSERT INTO projects (id, municipality_id) VALUES ('pr1', 'k1')"_s));
        QVERIFY(exec(db,
            u"INSERT INTO log_entries (id, project_id, entry_date, text, created_at) "
            "VALUES ('l1', 'pr1', '2026-11-01', 'Eintrag', 1)"_s));
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(u"UPDATE log_entries SET text = 'anders' WHERE id = 'l1'"_s));
        QVERIFY(query.lastError().text().contains(u"keeps its date and text"_s));
        QVERIFY(!query.exec(u"UPDATE log_entries SET entry_date = '2026-01-01' WHERE id = 'l1'"_s));
        QCOMPARE(
            single(db, u"SELECT text FROM log_entries WHERE id = 'l1'"_s).toString(), u"Eintrag"_s);
        QVERIFY(query.exec(u"UPDATE log_entries SET author_name = '' WHERE id = 'l1'"_s));
        QVERIFY(query.exec(u"DELETE FROM log_entries WHERE id = 'l1'"_s));
        QCOMPARE(single(db, u"SELECT count(*) FROM log_entries"_s).toInt(), 0);
    }

    void constraintsRejectImpossibleRows()
    {
        Database db(freshPath());
        QVERIFY(db.migrate());
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(u"INSERT INTO events (id, kind, title_de, starts_at, ends_at) "
                            "VALUES ('x', 'party', 'X', 1, 2)"_s));
        QVERIFY(!query.exec(u"INSERT INTO events (id, kind, title_de, starts_at, ends_at) "
                            "VALUES ('x', 'deadline', 'X', 5, 2)"_s));
        // A step of a project that does not exist: foreign keys are on.
        QVERIFY(!query.exec(u"INSERT INTO steps (id, project_id, title, created_at, updated_at) "
                            "VALUES ('s', 'nope', 'T', 1, 1)"_s));
    }

    void storeFromNewerAppIsRefused()
    {
        const QString path = freshPath();
        {
            Database db(path);
            QVERIFY(db.migrate());
            QVERIFY(exec(db, u"PRAGMA user_version = 99"_s));
        }
        Database db(path);
        QVERIFY(!db.migrate());
        QVERIFY2(db.errorString().contains(u"newer version"_s), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 99);
    }

    void failedMigrationLeavesLastGoodVersion()
    {
        const QString path = freshPath();
        Database db(path);
        QVERIFY(db.migrate(1));
        // Something in the way of version 2: it must fail as a whole and keep version 1.
        QVERIFY(exec(db, u"CREATE TABLE projects (x)"_s));
        QVERIFY(!db.migrate());
        QVERIFY(db.errorString().contains(u"version 2"_s));
        QCOMPARE(db.schemaVersion(), 1);
        QCOMPARE(single(db,
                     u"SELECT count(*) FROM pragma_table_info('contacts') "
                     "WHERE name = 'share_phone'"_s)
                     .toInt(),
            0);
    }

    void unreadableFileIsReported()
    {
        Database db(m_dir.filePath(u"no/such/folder/replica.sqlite"_s));
        QVERIFY(!db.isOpen());
        QVERIFY(!db.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
