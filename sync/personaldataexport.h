// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filehandoff.h"

#include <QObject>
#include <QQmlEngine>

class CredentialStore;
class DisplayContext;
class QNetworkAccessManager;
class SyncController;

/// "Meine Daten": everything the server holds about the person signed in on this device
/// (GET /v1/my-data), saved as the documented JSON and as a PDF to read in the app's
/// language; the PDF is opened.
class PersonalDataExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// Signed in: the server can be asked.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /// What happened last, in plain words.
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    PersonalDataExport(SyncController &sync, CredentialStore &credentials, DisplayContext &context,
        QNetworkAccessManager &network, FileHandoff::Opener open, QObject *parent = nullptr);

    bool available() const;
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }

    Q_INVOKABLE void download();

Q_SIGNALS:
    void changed();

private:
    /// Saves what the server sent; returns what to tell the person.
    QString save(const QByteArray &answer);
    void done(const QString &message);

    SyncController &m_sync;
    CredentialStore &m_credentials;
    DisplayContext &m_context;
    QNetworkAccessManager &m_network;
    FileHandoff m_handoff;
    bool m_busy = false;
    QString m_message;
};
