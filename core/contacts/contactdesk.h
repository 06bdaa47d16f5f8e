// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

class Clock;
class ContactRepository;

/// The organisers' desk for contacts: adding and changing the programme's organisers,
/// facilitators and invited speakers, and correcting a participant's name. Saved on the
/// device first and sent with the next sync; the server checks the organiser's right.
class ContactDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
public:
    ContactDesk(ContactRepository &contacts, const Clock &clock, QObject *parent = nullptr);

    /// The form of contact @p contactId: id, role ("organiser", "facilitator", "speaker",
    /// "participant"), name, functionDe, functionEn, organisation, phone, email, and
    /// nameOnly (a participant: only the name can be corrected here).
    Q_INVOKABLE QVariantMap form(const QString &contactId) const;
    /// The form of a new contact (a facilitator unless changed).
    Q_INVOKABLE QVariantMap newContactForm() const;
    /// Saves the form; returns what is wrong with it, or "".
    Q_INVOKABLE QString save(const QVariantMap &form);

Q_SIGNALS:
    /// Something was stored for the server.
    void changesRecorded();

private:
    ContactRepository &m_contacts;
    const Clock &m_clock;
};
