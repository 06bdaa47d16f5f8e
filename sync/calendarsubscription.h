// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class AppSettings;
class CredentialStore;
class DisplayContext;
class QNetworkAccessManager;
class QNetworkReply;
class SyncController;

/// The person's calendar subscription on the server: a secret address under which their
/// calendar program reads the programme and follows every change the organisers make. Made
/// and ended here; the address is kept on the device to copy or open again.
class CalendarSubscription : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// Signed in: a subscription can be made.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /// https://… address of the subscription, or empty.
    Q_PROPERTY(QString address READ address NOTIFY changed)
    /// The same as webcals://… (webcal://… for plain http), which calendar programs open as a
    /// subscription.
    Q_PROPERTY(QString webcalAddress READ webcalAddress NOTIFY changed)
    /// What happened last, in plain words.
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    CalendarSubscription(SyncController &sync, CredentialStore &credentials, AppSettings &settings,
        DisplayContext &context, QNetworkAccessManager &network, QObject *parent = nullptr);

    bool available() const;
    bool busy() const;
    QString address() const;
    QString webcalAddress() const;
    QString message() const;

    /// Makes a new address (an earlier one stops working), in the app's language.
    Q_INVOKABLE void subscribe();
    /// Ends the subscription: the address stops working.
    Q_INVOKABLE void unsubscribe();

Q_SIGNALS:
    void changed();

private:
    /// Why the server did not do it, in the person's words.
    QString refusal(int status, const QString &otherwise) const;
    QNetworkReply *send(const QByteArray &method, const QByteArray &body);
    void done(const QString &message);

    SyncController &m_sync;
    CredentialStore &m_credentials;
    AppSettings &m_settings;
    DisplayContext &m_context;
    QNetworkAccessManager &m_network;
    bool m_busy = false;
    QString m_message;
};
