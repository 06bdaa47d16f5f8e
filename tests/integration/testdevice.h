// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog.h"
#include "clock.h"
#include "replica.h"
#include "syncconnection.h"
#include "syncengine.h"
#include "syncrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

/// One device: its replica, change history and sync engine.
struct Device
{
    Device(const QString &path, SyncConnection &connection, const Clock &clock)
        : replica(path)
        , changeLog(replica.database().connection())
        , repository(replica.database())
        , engine(repository, changeLog, connection, clock)
    {
        QString error;
        if (!replica.open(Replica::bundledProgrammePath(), &error))
            qFatal("replica: %s", qPrintable(error));
    }

    /// Runs one sync to the end; returns the error code, empty when it worked.
    QString sync()
    {
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.syncNow();
        if (!done.wait(30000))
            return u"timeout"_s;
        if (!done.first().at(0).toBool())
            qInfo() << "sync failed:" << done.first().at(2).toString();
        return done.first().at(1).toString();
    }

    int count(const QString &sql)
    {
        QSqlQuery query(replica.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    Replica replica;
    ChangeLog changeLog;
    SyncRepository repository;
    SyncEngine engine;
};

/// Redeems @p code at the server; returns the answer (token, personId, role, …).
inline QJsonObject redeem(QNetworkAccessManager &network, const QUrl &base,
    const QSslCertificate &certificate, const QString &code)
{
    QNetworkRequest request(base.resolved(QUrl(u"v1/redeem"_s)));
    auto tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(certificate);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson()));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/// Redeems @p code at the server and returns the device token.
inline QString redeemCode(QNetworkAccessManager &network, const QUrl &base,
    const QSslCertificate &certificate, const QString &code)
{
    return redeem(network, base, certificate, code).value("token"_L1).toString();
}
