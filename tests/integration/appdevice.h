// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessdesk.h"
#include "appsettings.h"
#include "changelog.h"
#include "clock.h"
#include "credentialstore.h"
#include "devicefiles.h"
#include "displaycontext.h"
#include "filecache.h"
#include "filerecords.h"
#include "filetransfers.h"
#include "personaldataexport.h"
#include "replica.h"
#include "serverprocess.h"
#include "serversignin.h"
#include "syncconnection.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "syncrepository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

/// A device as the app builds it: its replica, settings, sync engine and controller, the
/// organisers' desk for people, and its files with their transfers; files it hands on are
/// only noted (no program opens them).
struct AppDevice
{
    explicit AppDevice(const QString &dir)
        : replica(dir + u"/replica.sqlite"_s)
        , settings(dir + u"/settings.ini"_s, dir, u"de_DE"_s)
        , context(settings, clock, QTimeZone(QByteArrayLiteral("Europe/Berlin")),
              QLocale(QLocale::German))
        , changeLog(replica.database().connection())
        , repository(replica.database())
        , engine(repository, changeLog, connection, clock)
        , credentials(dir + u"/sign-in.json"_s)
        , controller(engine, repository, changeLog, credentials, settings, context, network)
        , access(controller, credentials, settings, context, network,
              [this](const QUrl &file) {
                  handedOn.append(file);
                  return false;
              })
        , personalData(controller, credentials, context, network, [this](const QUrl &file) {
            handedOn.append(file);
            return false;
        })
    {
        QString error;
        if (!replica.open(Replica::bundledProgrammePath(), &error))
            qFatal("%s", qPrintable(error));
        transfers.setBackOff(10, 500);
        controller.useFileTransfers(transfers);
    }
    FixedClock clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
    Replica replica;
    AppSettings settings;
    DisplayContext context;
    ChangeLog changeLog;
    SyncRepository repository;
    QNetworkAccessManager network;
    SyncConnection connection;
    SyncEngine engine;
    CredentialStore credentials;
    SyncController controller;
    AccessDesk access;
    PersonalDataExport personalData;
    DeviceFiles files { replica.database().connection().databaseName() + u".files"_s };
    FileCache cache { replica.database().connection(), files };
    FileRecords records { replica.database() };
    FileTransfers transfers { records, cache, files, network, clock };
    QList<QUrl> handedOn;
};

/// Signs @p device in to @p server with invitation @p code, trusting the certificate with
/// @p fingerprint; what ServerSignIn::finished said (error, message, fingerprint).
inline QList<QVariant> signInApp(
    AppDevice &device, const QString &server, const QString &code, const QString &fingerprint = {})
{
    QSignalSpy done(device.controller.serverSignIn(), &ServerSignIn::finished);
    device.controller.serverSignIn()->start(server, code, fingerprint);
    if (done.isEmpty() && !done.wait(20000))
        return { u"timeout"_s, QString(), QString() };
    return done.first();
}

/// Whether the sync running (or the last) on @p device ended well.
inline bool appSynced(AppDevice &device)
{
    QSignalSpy finished(&device.engine, &SyncEngine::finished);
    if (device.engine.isSyncing() || finished.isEmpty())
        finished.wait(20000);
    return !finished.isEmpty() && finished.last().at(0).toBool();
}

/// Invites @p name to @p municipality, signs the device in (trusting the server's certificate
/// as the person would) and waits for the first sync.
inline bool signInAppAndSync(
    AppDevice &device, ServerProcess &server, const QString &municipality, const QString &name)
{
    const QString code
        = ServerProcess::codeIn(server.command({ u"invite-participant"_s, municipality, name }));
    const QString fingerprint = signInApp(device, server.base().toString(), code).at(2).toString();
    return signInApp(device, server.base().toString(), code, fingerprint).at(0).toString()
        == QString()
        && appSynced(device);
}
