// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appservices.h"
#include "translations.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QUrl>

/// The app's real services on a fresh temporary replica with the demo cohort, the device
/// belonging to Erika of Musterstadt, and the clock at Saturday 21 Nov 2026, 10:00 in Düsseldorf.
class TestServices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The services, as main() hands them to the window.
    Q_PROPERTY(AppServices *app READ app CONSTANT)
    /// Main.qml's properties: the services.
    Q_PROPERTY(QVariantMap windowProperties READ windowProperties CONSTANT)
public:
    explicit TestServices(QObject *parent = nullptr);

    AppServices *app();
    QVariantMap windowProperties();

    /// The device's font size, as main() reads it from the platform.
    /// As on a device started for the first time: the privacy notice not read yet.
    Q_INVOKABLE void asAtFirstStart();
    Q_INVOKABLE void setSystemTextScale(double scale);

    /// The device becomes an organiser's, as their sign-in makes it.
    Q_INVOKABLE void becomeOrganiser();

    /// Re-reads every qsTr(), as a language switch does in the app.
    Q_INVOKABLE void retranslate();
    /// The app's translation for @p language ("de", "en") is used, as chosen in the settings.
    Q_INVOKABLE bool useLanguage(const QString &language);

    /// The organisers cancel the date @p eventId for @p reason: its row arrives as a sync
    /// brings it, and the app shows what arrived.
    Q_INVOKABLE bool organisersCancel(const QString &eventId, const QString &reason);

    /// Steps stored in the replica for the device's own project (read back from SQLite).
    Q_INVOKABLE int storedStepCount();

    /// A photo as the person picks it from their gallery: a PNG file of this test's own.
    Q_INVOKABLE QUrl examplePhoto();

private:
    QTemporaryDir m_dir;
    AppServices m_services;
    Translations m_translations;
};
