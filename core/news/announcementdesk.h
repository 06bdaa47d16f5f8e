// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

class AnnouncementRepository;
class Clock;
class ContactRepository;
class DisplayContext;

/// The organisers' announcements ("Mitteilung an alle"): written to everyone or to one
/// municipality, saved on the device and sent with the next sync; the list of those sent,
/// each of which can be taken back.
class AnnouncementDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// Every announcement, the newest first: { id, text, toText, whenText, waiting }.
    Q_PROPERTY(QVariantList announcements READ announcements NOTIFY changed)
    /// Whom an announcement can go to: { id, name }; the first (id "") is everyone.
    Q_PROPERTY(QVariantList recipients READ recipients NOTIFY changed)
public:
    AnnouncementDesk(AnnouncementRepository &announcements, ContactRepository &contacts,
        DisplayContext &context, const Clock &clock, QObject *parent = nullptr);

    QVariantList announcements() const { return m_announcements; }
    QVariantList recipients() const { return m_recipients; }

    /// Writes @p text to @p municipalityId's participants (everyone if empty); returns what is
    /// wrong, or "".
    Q_INVOKABLE QString write(const QString &text, const QString &municipalityId);
    /// Takes announcement @p id back from every device.
    Q_INVOKABLE bool withdraw(const QString &id);
    /// Reads the list again (after a sync, in another language).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    /// Something was stored for the server.
    void changesRecorded();

private:
    AnnouncementRepository &m_store;
    ContactRepository &m_contacts;
    DisplayContext &m_context;
    const Clock &m_clock;
    QVariantList m_announcements;
    QVariantList m_recipients;
};
