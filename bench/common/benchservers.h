// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprocess.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>
#include <vector>

/// The servers a benchmark drives: @p instances ews-server processes on one store — SQLite
/// in the first one's folder, or a database of its own on the test run's PostgreSQL — the
/// later ones with the first one's certificate, as instances behind one address would have.
class BenchServers
{
public:
    BenchServers(const QTemporaryDir &work, const QString &name, int instances, bool postgres,
        const QStringList &options)
        : m_work(work)
        , m_instances(instances)
        , m_database(postgres ? ServerProcess::databaseArguments(name) : QStringList())
        , m_options(options)
    {
        QDir().mkpath(folder(0));
    }

    /// The store's connection setting, for the seeder before start().
    QString connection() const
    {
        return m_database.isEmpty()
            ? QStringLiteral("sqlite:") + folder(0) + QStringLiteral("/ews-server.db")
            : m_database.value(1);
    }

    /// Starts every instance (again, after stop()); false if one did not start.
    bool start()
    {
        for (int i = 0; i < m_instances; ++i) {
            if (i > 0 && !QFile::exists(folder(i) + QStringLiteral("/tls/key.pem"))) {
                QDir().mkpath(folder(i) + QStringLiteral("/tls"));
                for (const auto &file :
                    { QStringLiteral("/tls/certificate.pem"), QStringLiteral("/tls/key.pem") })
                    QFile::copy(folder(0) + file, folder(i) + file);
            }
            m_processes.push_back(
                std::make_unique<ServerProcess>(folder(i), m_database + m_options));
            if (!m_processes.back()->start())
                return false;
        }
        return true;
    }

    /// Kills every instance.
    void stop() { m_processes.clear(); }

    QList<QUrl> bases() const
    {
        QList<QUrl> bases;
        for (const auto &process : m_processes)
            bases.append(process->base());
        return bases;
    }
    const std::vector<std::unique_ptr<ServerProcess>> &processes() const { return m_processes; }

private:
    QString folder(int index) const
    {
        return m_work.filePath(QStringLiteral("server-%1").arg(index + 1));
    }

    const QTemporaryDir &m_work;
    int m_instances;
    QStringList m_database;
    QStringList m_options;
    std::vector<std::unique_ptr<ServerProcess>> m_processes;
};
