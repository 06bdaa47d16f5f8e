// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdatabase.h"

#include "privatefile.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
/// The key of PostgreSQL's advisory lock that migrations take (any number, the same for all).
constexpr qint64 migrationLock = 0x45575331; // "EWS1"
/// The key of the advisory lock held while an instance sets up the store.
constexpr qint64 setupLock = 0x45575332; // "EWS2"

QString nextName()
{
    static QAtomicInt counter;
    return u"ews-server-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// The same SQL on SQLite and PostgreSQL: TEXT, BIGINT, INTEGER flags, ON CONFLICT, RETURNING.
const QList<QStringList> migrations = {
    {
        u"CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE store_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)"_s,
        u"INSERT INTO store_counter (id, value) VALUES (1, 0)"_s,
        uR"(CREATE TABLE rows (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            scope TEXT NOT NULL,
            municipality_id TEXT NOT NULL DEFAULT '',
            version BIGINT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            fields TEXT NOT NULL,
            PRIMARY KEY (entity, id)))"_s,
        u"CREATE INDEX rows_by_scope ON rows (scope, version)"_s,
        u"CREATE TABLE client_mutations (client_key TEXT PRIMARY KEY, last_seq BIGINT NOT NULL)"_s,
        uR"(CREATE TABLE mutation_rejections (
            client_key TEXT NOT NULL,
            seq BIGINT NOT NULL,
            reason TEXT NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY (client_key, seq)))"_s,
    },
    // Version 2: people, their invitations and their devices' tokens (stored only hashed).
    {
        uR"(CREATE TABLE people (
            id TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            municipality_id TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            revoked INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE invitations (
            code_hash TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES people(id),
            used INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE devices (
            id TEXT PRIMARY KEY,
            person_id TEXT NOT NULL REFERENCES people(id),
            token_hash TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            revoked INTEGER NOT NULL DEFAULT 0))"_s,
    },
    // Version 3: when a row last changed, by the server's clock. Used only to find deletions
    // past the tombstone horizon; what a device downloads is decided by versions alone.
    {
        u"ALTER TABLE rows ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX rows_deleted ON rows (deleted, changed_at)"_s,
    },
    // Version 4: a person's calendar subscription: a secret address (stored only hashed),
    // one per person, gone when revoked.
    {
        uR"(CREATE TABLE calendar_feeds (
            person_id TEXT PRIMARY KEY REFERENCES people(id),
            secret_hash TEXT NOT NULL UNIQUE,
            language TEXT NOT NULL))"_s,
    },
    // Version 5: invitations expire and can be ended; when each was made. Codes made before
    // have no date (0) and stay valid until used or ended.
    {
        u"ALTER TABLE invitations ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE invitations ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE invitations ADD COLUMN ended INTEGER NOT NULL DEFAULT 0"_s,
    },
    // Version 6: when each device signed in, for the organisers' list of devices (0 for
    // devices from before).
    {
        u"ALTER TABLE devices ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0"_s,
    },
    // Version 7: the day each device last synced (the day only), for the operator's list.
    {
        u"ALTER TABLE devices ADD COLUMN last_sync_on TEXT NOT NULL DEFAULT ''"_s,
    },
    // Version 8: what organisers and the operator did (AuditLog), by id only.
    {
        uR"(CREATE TABLE audit_log (
            id TEXT PRIMARY KEY,
            at BIGINT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX audit_log_by_time ON audit_log (at)"_s,
    },
    // Version 9: a person's note is stored under their id and the note's ("<person>/<note>"),
    // so that no one else's note of the same id can collide with it.
    {
        u"UPDATE rows SET id = substr(scope, 9) || '/' || id "
        "WHERE entity = 'note' AND scope LIKE 'private:%'"_s,
    },
    // Version 10: files, named by the SHA-256 of their contents, kept in the store in chunks
    // (one backup covers them; every instance reads them); each device's uploads until they
    // are whole and checked. BYTEA is PostgreSQL's type for bytes; SQLite keeps the bytes
    // bound to it as they are.
    {
        uR"(CREATE TABLE file_contents (
            hash TEXT PRIMARY KEY,
            size BIGINT NOT NULL,
            stored_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE file_chunks (
            hash TEXT NOT NULL,
            position BIGINT NOT NULL,
            data BYTEA NOT NULL,
            PRIMARY KEY (hash, position)))"_s,
        uR"(CREATE TABLE uploads (
            device_id TEXT NOT NULL,
            hash TEXT NOT NULL,
            municipality_id TEXT NOT NULL DEFAULT '',
            media_type TEXT NOT NULL,
            size BIGINT NOT NULL,
            received BIGINT NOT NULL DEFAULT 0,
            complete INTEGER NOT NULL DEFAULT 0,
            started_at BIGINT NOT NULL,
            PRIMARY KEY (device_id, hash)))"_s,
        uR"(CREATE TABLE upload_chunks (
            device_id TEXT NOT NULL,
            hash TEXT NOT NULL,
            position BIGINT NOT NULL,
            data BYTEA NOT NULL,
            PRIMARY KEY (device_id, hash, position)))"_s,
    },
    // Version 11: the rows whose removal was forgotten (after the days a removal is kept),
    // by record and id alone, so that no copy of one sent again later brings it back (a
    // device that slept through a restore sends its project again). Never a person's rows:
    // a contact's id is the person's, and their erasure is kept by its hash.
    {
        uR"(CREATE TABLE removed_rows (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY (entity, id)))"_s,
    },
    // Version 12: a file's contents stay where the first device that sent it whole put them
    // (its upload_chunks), named by that device; copying 25 MB within the store at the end of
    // each upload took most of its time. Files kept before stay in file_chunks ('').
    {
        u"ALTER TABLE file_contents ADD COLUMN device_id TEXT NOT NULL DEFAULT ''"_s,
    },
};
}

bool ServerDatabase::postgresOptions(const QUrl &url, QString *options, QString *error)
{
    // An outage is noticed within seconds, not after the system's TCP timeout.
    QStringList parts { u"connect_timeout=5"_s };
    const QStringList known = { u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s,
        u"connect_timeout"_s, u"application_name"_s, u"passfile"_s };
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name)) {
            *error = u"The database setting has an option this server does not know: \"%1\" "
                     "(known: %2)."_s.arg(name.left(40), known.join(u", "_s));
            return false;
        }
        if (value.contains(u' ') || value.contains(u'\'') || value.contains(u';')) {
            *error = u"The database option %1 has a value with a space, quote or semicolon."_s.arg(
                name);
            return false;
        }
        if (name == "connect_timeout"_L1)
            parts.removeFirst();
        parts.append(name + u'=' + value);
    }
    *options = parts.join(u';');
    return true;
}

ServerDatabase::ServerDatabase(const QString &connection)
    : m_name(nextName())
{
    QSqlDatabase db;
    if (connection.startsWith("sqlite:"_L1)) {
        // Personal data: the server's user's alone, whatever the umask (also a store made
        // by an older version).
        PrivateFile::prepareSqlite(connection.mid(7));
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(connection.mid(7));
    } else if (connection.startsWith("postgresql://"_L1)) {
        m_postgres = true;
        const QUrl url(connection);
        QString options;
        if (!postgresOptions(url, &options, &m_error))
            return;
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        // Percent-encoded in the setting ("p%40ss" for "p@ss"); without one, PostgreSQL's
        // own PGPASSWORD or password file (PGPASSFILE, ~/.pgpass) is used.
        db.setPassword(url.password(QUrl::FullyDecoded));
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(options);
    } else {
        m_error = u"The database setting must start with sqlite: or postgresql://"_s;
        return;
    }
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery query(db);
    if (m_postgres) // no "already exists, skipping" notices in the operator's terminal
        query.exec(u"SET client_min_messages TO WARNING"_s);
    if (!m_postgres) {
        query.exec(u"PRAGMA journal_mode=WAL"_s);
        query.exec(u"PRAGMA synchronous=FULL"_s);
        query.exec(u"PRAGMA busy_timeout=10000"_s);
        // What is deleted is overwritten, not left in free pages to be read later.
        query.exec(u"PRAGMA secure_delete=ON"_s);
    }
}

ServerDatabase::~ServerDatabase()
{
    unlockSetup();
    if (m_servingLock >= 0)
        ::close(m_servingLock);
    {
        auto db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ServerDatabase::beginWriting(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (db.driverName() != u"QSQLITE"_s) {
        // Every writer first takes the row that hands out versions, so that writers follow
        // one another as on SQLite: what one reads before it writes, no other changes
        // meanwhile (two workers with the same request twice, two devices on one row).
        return db.transaction()
            && query.exec(u"SELECT value FROM store_counter WHERE id = 1 FOR UPDATE"_s);
    }
    // Qt's SQLite driver begins with a deferred BEGIN; its commit() and rollback() just
    // send COMMIT and ROLLBACK, so they end this transaction too.
    return query.exec(u"BEGIN IMMEDIATE"_s);
}

bool ServerDatabase::lockSetup()
{
    if (m_setupLock >= 0)
        return true;
    if (m_postgres) {
        if (!QSqlQuery(connection()).exec(u"SELECT pg_advisory_lock(%1)"_s.arg(setupLock)))
            return false;
        m_setupLock = 0; // held by the connection
        return true;
    }
    const QByteArray file = QFile::encodeName(connection().databaseName() + u".setup-lock"_s);
    m_setupLock = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_setupLock < 0)
        return false;
    if (::flock(m_setupLock, LOCK_EX) == 0)
        return true;
    ::close(m_setupLock);
    m_setupLock = -1;
    return false;
}

void ServerDatabase::unlockSetup()
{
    if (m_setupLock < 0)
        return;
    if (m_postgres) {
        if (connection().isOpen())
            QSqlQuery(connection()).exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(setupLock));
    } else {
        ::flock(m_setupLock, LOCK_UN);
        ::close(m_setupLock);
    }
    m_setupLock = -1;
}

namespace {
constexpr auto servingName = "ews-server-serve"_L1;
}

QString ServerDatabase::servingSetting(const QString &connection)
{
    if (!connection.startsWith("postgresql://"_L1))
        return connection;
    QUrl url(connection);
    QUrlQuery query(url);
    query.addQueryItem(u"application_name"_s, servingName);
    url.setQuery(query);
    return url.toString();
}

bool ServerDatabase::markServing()
{
    if (m_postgres || m_servingLock >= 0)
        return true; // on PostgreSQL the connections' name says it
    const QByteArray file = QFile::encodeName(connection().databaseName() + u".serving-lock"_s);
    m_servingLock = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    return m_servingLock >= 0 && ::flock(m_servingLock, LOCK_SH | LOCK_NB) == 0;
}

bool ServerDatabase::othersServing() const
{
    if (m_postgres) {
        QSqlQuery query(connection());
        query.prepare(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                      "AND application_name = ? AND pid <> pg_backend_pid()"_s);
        query.addBindValue(QString(servingName));
        return !query.exec() || !query.next() || query.value(0).toInt() > 0;
    }
    const QByteArray file = QFile::encodeName(connection().databaseName() + u".serving-lock"_s);
    const int probe = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (probe < 0)
        return true;
    const bool free = ::flock(probe, LOCK_EX | LOCK_NB) == 0;
    ::close(probe);
    return !free;
}

bool ServerDatabase::isReachable() const
{
    QSqlQuery query(connection());
    return query.exec(u"SELECT 1"_s) && query.next();
}

bool ServerDatabase::isOpen() const
{
    return m_error.isEmpty() && connection().isOpen();
}

QString ServerDatabase::errorString() const
{
    return m_error;
}

bool ServerDatabase::isPostgres() const
{
    return m_postgres;
}

QSqlDatabase ServerDatabase::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool ServerDatabase::migrate()
{
    auto db = connection();
    QSqlQuery query(db);
    // Instances starting together migrate one after the other: on PostgreSQL under a lock
    // of the database's own (held until released or the connection ends), on SQLite each
    // step in a transaction that takes the write lock first. Each reads the version anew
    // once it holds the lock, so that a step another did meanwhile is not done twice.
    if (m_postgres && !query.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(migrationLock))) {
        m_error = query.lastError().text();
        return false;
    }
    const auto unlock = qScopeGuard([&] {
        if (m_postgres)
            QSqlQuery(db).exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(migrationLock));
    });
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s)) {
        m_error = query.lastError().text();
        return false;
    }
    for (;;) {
        if (!(m_postgres ? db.transaction() : beginWriting(db))) {
            m_error = db.lastError().text();
            return false;
        }
        int version = 0;
        if (query.exec(u"SELECT max(version) FROM schema_version"_s) && query.next())
            version = query.value(0).toInt();
        if (version > migrations.size()) {
            m_error = u"The database was written by a newer server (schema %1); this one knows "
                      "schema %2. Run the newer server, or restore the backup taken before "
                      "the upgrade."_s.arg(version)
                          .arg(migrations.size());
            db.rollback();
            return false;
        }
        if (version == migrations.size()) {
            db.commit();
            return true;
        }
        for (const auto &statement : migrations.at(version)) {
            if (!query.exec(statement)) {
                m_error = u"Migration to version %1 failed: %2"_s.arg(version + 1)
                              .arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        query.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
        query.addBindValue(version + 1);
        if (version == 0) {
            QSqlQuery meta(db);
            meta.prepare(u"INSERT INTO store_meta (key, value) VALUES ('store_id', ?)"_s);
            meta.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (!meta.exec()) {
                m_error = meta.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!query.exec() || !db.commit()) {
            m_error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
}

ServerDatabase::Health ServerDatabase::health() const
{
    Health health;
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT (SELECT value FROM store_meta WHERE key = 'store_id'), "
                    "(SELECT max(version) FROM schema_version)"_s)
        || !query.next())
        return health;
    health.reachable = true;
    health.storeId = query.value(0).toString();
    health.schema = query.value(1).toInt();
    if (m_postgres) {
        health.canWrite = query.exec(u"SELECT NOT pg_is_in_recovery() "
                                     "AND current_setting('transaction_read_only') = 'off' "
                                     "AND has_table_privilege('rows', 'INSERT, UPDATE')"_s)
            && query.next() && query.value(0).toBool();
        return health;
    }
    // SQLite writes beside its file (the WAL): the file and its folder writable, and room on
    // the disk for a few large syncs.
    constexpr qint64 roomNeeded = 64LL * 1024 * 1024;
    const QFileInfo file(connection().databaseName());
    const QStorageInfo disk(file.absolutePath());
    health.canWrite = file.isWritable() && QFileInfo(file.absolutePath()).isWritable()
        && disk.bytesAvailable() >= roomNeeded;
    return health;
}

QString ServerDatabase::storeId() const
{
    QSqlQuery query(connection());
    if (query.exec(u"SELECT value FROM store_meta WHERE key = 'store_id'"_s) && query.next())
        return query.value(0).toString();
    return {};
}

bool ServerDatabase::renewStoreId()
{
    QSqlQuery query(connection());
    query.prepare(u"UPDATE store_meta SET value = ? WHERE key = 'store_id'"_s);
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return query.exec() && query.numRowsAffected() == 1;
}
