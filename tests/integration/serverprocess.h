// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <csignal>

#include <unistd.h>

/// The real ews-server binary in a data folder of its own: operator commands and `serve` on
/// 127.0.0.1 with the certificate it makes itself.
class ServerProcess
{
public:
    explicit ServerProcess(const QString &dataDir, const QStringList &extra = {})
        : m_common(QStringList { QStringLiteral("--data-dir"), dataDir } + extra)
        , m_dataDir(dataDir)
    {
    }
    ~ServerProcess() { kill(); }

    /// Options serve is started with from now on, beside the common ones.
    void setExtraArguments(const QStringList &arguments) { m_serveExtra = arguments; }

    /// Runs an operator command; returns what it printed (stdout, or stderr if none, without
    /// the line naming the store, which *@p store gets).
    QString command(
        const QStringList &arguments, int *exitCode = nullptr, QString *store = nullptr) const
    {
        return run(m_common + arguments, exitCode, store);
    }

    /// Runs ews-server with @p arguments alone (and @p environment added), as command() does.
    static QString run(const QStringList &arguments, int *exitCode = nullptr,
        QString *store = nullptr, const QProcessEnvironment &environment = {})
    {
        QProcess process;
        auto everything = QProcessEnvironment::systemEnvironment();
        everything.insert(environment);
        process.setProcessEnvironment(everything);
        process.start(QStringLiteral(EWS_SERVER), arguments);
        process.waitForFinished(60000);
        if (exitCode)
            *exitCode = process.exitCode();
        const QByteArray out = process.readAllStandardOutput();
        QStringList notes = QString::fromUtf8(process.readAllStandardError()).split(u'\n');
        const auto storeLine = std::find_if(notes.cbegin(), notes.cend(),
            [](const QString &line) { return line.startsWith(QStringLiteral("Store: ")); });
        if (store)
            *store = storeLine == notes.cend() ? QString() : *storeLine;
        if (storeLine != notes.cend())
            notes.removeAt(storeLine - notes.cbegin());
        return (out.isEmpty() ? notes.join(u'\n') : QString::fromUtf8(out)).trimmed();
    }

    /// Starts `serve`; @p crashAt names a crash point where it will stop dead (see
    /// server/store/crashpoint.h).
    bool start(const QString &crashAt = {})
    {
        launch(crashAt);
        return waitUntilServing();
    }

    /// Starts `serve` without waiting (for instances started together); waitUntilServing().
    void launch(const QString &crashAt = {})
    {
        m_server = std::make_unique<QProcess>();
        if (!crashAt.isEmpty()) {
            auto environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("EWS_CRASH_AT"), crashAt);
            m_server->setProcessEnvironment(environment);
        }
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->start(QStringLiteral(EWS_SERVER),
            m_common + m_serveExtra
                + QStringList { QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(m_keepPort ? m_port : 0),
                    QStringLiteral("serve") });
    }

    /// Started again, the server listens where it listened before (apps signed in keep its
    /// address), instead of on a port the system chooses.
    void keepPort() { m_keepPort = true; }

    /// Waits until the server launched serves; false (and what it said) if it does not.
    bool waitUntilServing()
    {
        static const QRegularExpression serving(
            QStringLiteral("Serving https?://127\\.0\\.0\\.1:(\\d+)/"));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && m_server->state() != QProcess::NotRunning) {
            m_server->waitForReadyRead(200);
            output += m_server->readAll();
            const auto match = serving.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                m_output = QString::fromUtf8(output);
                return true;
            }
        }
        qWarning() << "server did not start:" << output;
        return false;
    }

    /// The resident memory of the serving process in KiB (Linux), or -1.
    qint64 residentKiB() const
    {
        if (!m_server)
            return -1;
        QFile status(QStringLiteral("/proc/%1/status").arg(m_server->processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const auto &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

    /// The processor time the serving process has used so far, in seconds (Linux), or -1.
    double cpuSeconds() const { return m_server ? cpuSecondsOf(m_server->processId()) : -1; }

    /// The processor time (user and system) process @p pid has used, in seconds (Linux).
    static double cpuSecondsOf(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // The fields after the command's name, which is in parentheses and may hold spaces.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double ticks = double(sysconf(_SC_CLK_TCK));
        return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
    }

    /// Whether the process is still there (a crash point ends it).
    bool isRunning() const { return m_server && m_server->state() == QProcess::Running; }

    /// Sends the serving process @p signal (SIGHUP: reload the certificate).
    void signal(int signal) const
    {
        if (m_server)
            ::kill(pid_t(m_server->processId()), signal);
    }

    /// SIGKILL: no chance to tidy up.
    void kill()
    {
        if (!m_server)
            return;
        m_server->kill();
        m_server->waitForFinished();
        m_server.reset();
    }

    /// What `serve` printed until it was serving.
    QString output() const { return m_output; }
    /// Everything `serve` printed so far (its log included), waiting @p ms for more.
    QString outputSoFar(int ms = 100)
    {
        if (m_server) {
            m_server->waitForReadyRead(ms);
            m_output += QString::fromUtf8(m_server->readAll());
        }
        return m_output;
    }
    QUrl base() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_port)); }
    QSslCertificate certificate() const
    {
        QFile file(m_dataDir + QStringLiteral("/tls/certificate.pem"));
        return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll()) : QSslCertificate();
    }
    /// Takes a backup as an operator does: `ews-server backup` of an SQLite store, pg_dump of
    /// a PostgreSQL one (while serving). Returns an empty string or what went wrong.
    QString backup(const QString &file) const
    {
        QFile::remove(file);
        const QString database = databaseUrl();
        if (database.isEmpty()) {
            const QString said = command({ QStringLiteral("backup"), file });
            return said.contains(QStringLiteral("written")) ? QString() : said;
        }
        return postgresTool(QStringLiteral("pg_dump"),
            { QStringLiteral("--format=custom"), QStringLiteral("--file"), file, database });
    }

    /// A PostgreSQL store written out as plain SQL text to @p file (to search it); returns an
    /// empty string or what went wrong.
    QString dumpAsText(const QString &file) const
    {
        QFile::remove(file);
        return postgresTool(QStringLiteral("pg_dump"),
            { QStringLiteral("--format=plain"), QStringLiteral("--file"), file, databaseUrl() });
    }

    /// Puts a backup back with the server stopped, as an operator does: the copy replaces the
    /// SQLite file (`backup` gave it a store identity of its own), or the database is dropped,
    /// created again and filled by pg_restore, followed by `mark-restored`.
    QString restore(const QString &file)
    {
        kill();
        const QString database = databaseUrl();
        if (database.isEmpty()) {
            const QString store = m_dataDir + QStringLiteral("/ews-server.db");
            for (const auto &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(store + suffix);
            return QFile::copy(file, store) ? QString() : QStringLiteral("copy failed");
        }
        const QUrl url(database);
        const QString name = url.path().mid(1);
        QString failed = postgresTool(
            QStringLiteral("dropdb"), connectionOptions(url) << QStringLiteral("--force") << name);
        if (failed.isEmpty())
            failed = postgresTool(QStringLiteral("createdb"), connectionOptions(url) << name);
        if (failed.isEmpty())
            failed = postgresTool(QStringLiteral("pg_restore"),
                QStringList { QStringLiteral("--dbname"), database, file });
        if (!failed.isEmpty())
            return failed;
        int exitCode = -1;
        const QString said = command({ QStringLiteral("mark-restored") }, &exitCode);
        return exitCode == 0 ? QString() : said;
    }

    /// The store's connection setting, as --database takes it.
    QString storeConnection() const
    {
        const QString database = databaseUrl();
        return database.isEmpty()
            ? QStringLiteral("sqlite:") + m_dataDir + QStringLiteral("/ews-server.db")
            : database;
    }

    /// Where the server under test keeps its store: empty (SQLite in its data folder), or,
    /// when the test run started PostgreSQL (EWS_TEST_DATABASE_FILE), "--database" and a
    /// fresh database of its own there, named after @p prefix.
    static QStringList databaseArguments(const QString &prefix)
    {
        const QString file = qEnvironmentVariable("EWS_TEST_DATABASE_FILE");
        if (file.isEmpty())
            return {};
        QFile setting(file);
        if (!setting.open(QIODevice::ReadOnly))
            qFatal("No PostgreSQL connection in %s", qPrintable(file));
        QUrl url(QString::fromUtf8(setting.readAll()).trimmed());
        const QString name
            = prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const QString failed
            = postgresTool(QStringLiteral("createdb"), connectionOptions(url) << name);
        if (!failed.isEmpty())
            qFatal("%s", qPrintable(failed));
        url.setPath(QLatin1Char('/') + name);
        return { QStringLiteral("--database"), url.toString() };
    }
    static bool onPostgres() { return qEnvironmentVariableIsSet("EWS_TEST_DATABASE_FILE"); }

    /// The code in "Sign-in code (valid once, until …): XXXX-XXXX-XXXX" (the first line).
    static QString codeIn(const QString &output)
    {
        return output.section(u'\n', 0, 0).section(QStringLiteral(": "), 1).trimmed();
    }

private:
    /// The --database setting, or empty for SQLite in the data folder.
    QString databaseUrl() const
    {
        const auto at = m_common.indexOf(QStringLiteral("--database"));
        return at >= 0 ? m_common.value(at + 1) : QString();
    }

    static QStringList connectionOptions(const QUrl &url)
    {
        return { QStringLiteral("-h"), url.host(), QStringLiteral("-p"),
            QString::number(url.port()), QStringLiteral("-U"), url.userName() };
    }

    /// Runs one of PostgreSQL's own programs; returns an empty string or what it said.
    static QString postgresTool(const QString &name, const QStringList &arguments)
    {
        QProcess tool;
        tool.start(QStringLiteral("/usr/lib/postgresql/15/bin/") + name, arguments);
        if (!tool.waitForFinished(60000) || tool.exitStatus() != QProcess::NormalExit
            || tool.exitCode() != 0)
            return name + QStringLiteral(": ") + QString::fromUtf8(tool.readAllStandardError());
        return {};
    }

    QStringList m_common;
    QStringList m_serveExtra;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    bool m_keepPort = false;
    QString m_output;
};
