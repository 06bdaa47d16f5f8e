// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownprofile.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

OwnProfile::OwnProfile(
    ContactRepository &contacts, AppSettings &settings, DisplayContext &context, QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_context(context)
{
    connect(&m_settings, &AppSettings::ownMunicipalityIdChanged, this, &OwnProfile::changed);
    connect(&m_settings, &AppSettings::ownContactIdChanged, this, &OwnProfile::changed);
}

QString OwnProfile::municipalityId() const
{
    return m_settings.ownMunicipalityId();
}

QString OwnProfile::municipalityName() const
{
    const auto municipality = m_contacts.municipality(municipalityId());
    return municipality ? municipality->name : QString();
}

QString OwnProfile::contactId() const
{
    return m_settings.ownContactId();
}

int OwnProfile::contactIndex() const
{
    const auto participants = m_contacts.participantsOf(municipalityId());
    for (qsizetype i = 0; i < participants.size(); ++i) {
        if (participants.at(i).id == contactId())
            return int(i);
    }
    return -1;
}

QString OwnProfile::contactName() const
{
    const auto contact = m_contacts.contact(contactId());
    return contact ? contact->name : QString();
}

QString OwnProfile::phone() const
{
    const auto contact = m_contacts.contact(contactId());
    return contact ? contact->phone : QString();
}

QString OwnProfile::email() const
{
    const auto contact = m_contacts.contact(contactId());
    return contact ? contact->email : QString();
}

bool OwnProfile::sharePhone() const
{
    const auto contact = m_contacts.contact(contactId());
    return contact && contact->sharePhone;
}

bool OwnProfile::shareEmail() const
{
    const auto contact = m_contacts.contact(contactId());
    return contact && contact->shareEmail;
}

QVariantList OwnProfile::participantChoices() const
{
    QVariantList choices;
    for (const auto &contact : m_contacts.participantsOf(municipalityId()))
        choices.append(QVariantMap { { u"contactId"_s, contact.id }, { u"name"_s, contact.name } });
    return choices;
}

void OwnProfile::refresh()
{
    Q_EMIT changed();
}

void OwnProfile::chooseMunicipality(const QString &municipalityId)
{
    if (!municipalityId.isEmpty() && !m_contacts.municipality(municipalityId))
        return;
    m_settings.setOwnMunicipalityId(municipalityId);
}

void OwnProfile::chooseContact(const QString &contactId)
{
    const auto contact = m_contacts.contact(contactId);
    if (!contactId.isEmpty() && (!contact || contact->municipalityId != municipalityId()))
        return;
    m_settings.setOwnContactId(contactId);
}

QString OwnProfile::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() < 2)
        return tr("Please enter a name of at least two letters.");
    if (trimmed.size() > maxNameLength)
        return tr("The name is too long (at most %1 characters).").arg(maxNameLength);
    return {};
}

QString OwnProfile::checkPhone(const QString &phone)
{
    static const QRegularExpression pattern(u"^\\+?[0-9 ()/\\-]{3,30}$"_s);
    if (!phone.trimmed().isEmpty() && !pattern.match(phone.trimmed()).hasMatch())
        return tr("Please enter the phone number with digits only, e.g. 0211 123456.");
    return {};
}

QString OwnProfile::checkEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!email.trimmed().isEmpty()
        && (email.trimmed().size() > 200 || !pattern.match(email.trimmed()).hasMatch()))
        return tr("Please enter the e-mail address like this: name@example.org.");
    return {};
}

QString OwnProfile::addMunicipality(const QString &name)
{
    if (QString error = checkName(name); !error.isEmpty())
        return error;
    for (const auto &existing : m_contacts.municipalities()) {
        if (existing.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("%1 is already in the list.").arg(existing.name);
    }
    const QString id = m_contacts.addMunicipality(name, m_context.now());
    if (id.isEmpty())
        return tr("The municipality could not be saved on this device.");
    m_settings.setOwnMunicipalityId(id);
    Q_EMIT changesRecorded();
    return {};
}

QString OwnProfile::addContact(const QString &name)
{
    if (municipalityId().isEmpty())
        return tr("Please choose your municipality first.");
    if (QString error = checkName(name); !error.isEmpty())
        return error;
    const QString id = m_contacts.addParticipant(name, municipalityId(), m_context.now());
    if (id.isEmpty())
        return tr("Your name could not be saved on this device.");
    m_settings.setOwnContactId(id);
    Q_EMIT changesRecorded();
    return {};
}

QString OwnProfile::saveDetails(
    const QString &phone, const QString &email, bool sharePhone, bool shareEmail)
{
    if (contactId().isEmpty())
        return tr("Please choose who you are first.");
    if (QString error = checkPhone(phone); !error.isEmpty())
        return error;
    if (QString error = checkEmail(email); !error.isEmpty())
        return error;
    const QDateTime now = m_context.now();
    if (!m_contacts.setOwnDetails(contactId(), phone, email, sharePhone, shareEmail, now))
        return tr("Your details could not be saved on this device.");
    Q_EMIT changed();
    Q_EMIT changesRecorded();
    return {};
}
