// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenews.h"

#include "serverdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr auto channel = "ews_news"_L1;
}

void LiveNews::deliver(LiveChannels &channels, const QString &storedScope, qint64 version)
{
    // A person's own scope is stored as "private:<person>"; the app knows it as "private".
    const QJsonObject news { { u"scope"_s, storedScope.section(u':', 0, 0) },
        { u"version"_s, version } };
    channels.publish(storedScope, version, QJsonDocument(news).toJson(QJsonDocument::Compact));
}

SyncStore::Announcer LiveNews::announcer(ServerDatabase &database, LiveChannels &channels)
{
    if (!database.isPostgres()) {
        return [&channels](const QHash<QString, qint64> &written) {
            for (auto it = written.cbegin(); it != written.cend(); ++it)
                deliver(channels, it.key(), it.value());
        };
    }
    return [db = database.connection()](const QHash<QString, qint64> &written) {
        QStringList lines;
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            lines.append(it.key() + u' ' + QString::number(it.value()));
        QSqlQuery notify(db);
        notify.prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.addBindValue(QString(channel));
        notify.addBindValue(lines.join(u'\n'));
        notify.exec(); // lost news costs a moment: the apps sync on their schedule anyway
    };
}

PostgresNewsListener::PostgresNewsListener(
    const QString &connection, LiveChannels &channels, std::function<void()> heard)
    : m_connection(connection)
    , m_channels(channels)
    , m_heard(std::move(heard))
{
}

PostgresNewsListener::~PostgresNewsListener() = default;

bool PostgresNewsListener::start(QString *error)
{
    if (!listen(error))
        return false;
    m_checks.setInterval(checkEvery);
    connect(&m_checks, &QTimer::timeout, this, &PostgresNewsListener::check);
    m_checks.start();
    return true;
}

void PostgresNewsListener::check()
{
    if (m_database && m_database->isReachable())
        return;
    QString error;
    if (!listen(&error))
        return; // tried again at the next check
    // Whatever was announced while nobody listened: not remembered as quiet any more.
    if (m_heard)
        m_heard();
}

bool PostgresNewsListener::listen(QString *error)
{
    m_database.reset(); // the dead connection closed before the next is opened
    m_database = std::make_unique<ServerDatabase>(m_connection);
    QSqlDriver *driver = m_database->connection().driver();
    if (!m_database->isOpen() || !driver->subscribeToNotification(channel)) {
        *error = u"Cannot listen for news on PostgreSQL: %1"_s.arg(m_database->errorString());
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (name != channel)
                return;
            if (m_heard)
                m_heard();
            for (const QString &line : payload.toString().split(u'\n', Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 version = line.section(u' ', 1).toLongLong(&ok);
                if (ok)
                    LiveNews::deliver(m_channels, line.section(u' ', 0, 0), version);
            }
        });
    return true;
}
