// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "filehandoff.h"
#include "vcardwriter.h"

#include <QObject>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class DisplayContext;

/// People of the programme as contact cards (vCard) for the phone's or computer's address
/// book: one person or everyone. A participant's phone number and e-mail address go with it
/// only where they chose to share them.
class ContactsExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")

public:
    /// @p open hands a saved file on (the app: the system's opener, the address book for .vcf).
    ContactsExport(ContactRepository &contacts, AppSettings &settings, DisplayContext &context,
        FileHandoff::Opener open, QObject *parent = nullptr);

    /// Everyone: the organisers, the facilitators and every participant.
    QByteArray everyoneFile() const;
    /// One person; empty if there is no such person.
    QByteArray contactFile(const QString &contactId) const;
    Q_INVOKABLE QString suggestedFileName(const QString &contactId = {}) const;

    /// "Add to contacts": saves everyone (no @p contactId) or the person in the downloads
    /// folder and hands the file to the address book. Returns what happened, in plain words.
    Q_INVOKABLE QString addToContacts(const QString &contactId = {}) const;

    VCard cardFor(const Contact &contact, const QHash<QString, QString> &municipalities) const;

private:
    QHash<QString, QString> municipalityNames() const;

    ContactRepository &m_contacts;
    AppSettings &m_settings;
    DisplayContext &m_context;
    FileHandoff m_handoff;
};
