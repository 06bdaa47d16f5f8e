// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessdesk.h"
#include "appsettings.h"
#include "changelog.h"
#include "clock.h"
#include "credentialstore.h"
#include "displaycontext.h"
#include "personaldataexport.h"
#include "replica.h"
#include "syncconnection.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "syncrepository.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

/// A device as the app builds it: its replica, settings, sync engine and controller, and the
/// organisers' desk for people; files it hands on are only noted (no program opens them).
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
    QList<QUrl> handedOn;
};
