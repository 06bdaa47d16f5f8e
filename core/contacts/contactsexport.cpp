// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsexport.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"
#include "filetypes.h"

#include <QUuid>

using namespace Qt::StringLiterals;

ContactsExport::ContactsExport(ContactRepository &contacts, AppSettings &settings,
    DisplayContext &context, FileHandoff::Opener open, QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_context(context)
    , m_handoff(std::move(open))
{
}

QHash<QString, QString> ContactsExport::municipalityNames() const
{
    QHash<QString, QString> names;
    for (const auto &municipality : m_contacts.municipalities())
        names.insert(municipality.id, municipality.name);
    return names;
}

VCard ContactsExport::cardFor(
    const Contact &contact, const QHash<QString, QString> &municipalities) const
{
    // Another participant's details only as far as they share them (the organisers' and
    // facilitators' are the programme's).
    const bool others
        = contact.role == Contact::Role::Participant && contact.id != m_settings.ownContactId();
    VCard card;
    card.uid = u"urn:uuid:"_s + contact.id;
    if (QUuid::fromString(contact.id).isNull())
        card.uid = contact.id + u"@ews-companion"_s;
    card.name = contact.name;
    card.title = contact.function.forLanguage(m_context.language());
    card.organisation = contact.organisation;
    if (contact.role == Contact::Role::Participant) {
        const QString municipality = municipalities.value(contact.municipalityId);
        if (card.organisation.isEmpty())
            card.organisation = municipality;
        //: Note on a participant's contact card; %1 is the municipality
        card.note = tr("Participant of EWS 7 for %1").arg(municipality);
    } else {
        card.note = contact.role == Contact::Role::Organiser
            //: Note on an organiser's contact card
            ? tr("Organiser of EWS 7")
            : contact.role == Contact::Role::Speaker
                //: Note on an invited speaker's contact card
                ? tr("Speaker at EWS 7")
                //: Note on a facilitator's contact card
                : tr("Facilitator at EWS 7");
    }
    card.phone = others && !contact.sharePhone ? QString() : contact.phone;
    card.email = others && !contact.shareEmail ? QString() : contact.email;
    //: The group the address book files the programme's people under
    card.category = tr("EWS 7");
    return card;
}

QByteArray ContactsExport::everyoneFile() const
{
    const auto municipalities = municipalityNames();
    QList<VCard> cards;
    for (const auto &contact : m_contacts.contacts())
        cards.append(cardFor(contact, municipalities));
    return VCardWriter::write(cards);
}

QByteArray ContactsExport::contactFile(const QString &contactId) const
{
    const auto contact = m_contacts.contact(contactId);
    if (!contact)
        return {};
    return VCardWriter::write({ cardFor(*contact, municipalityNames()) });
}

QString ContactsExport::suggestedFileName(const QString &contactId) const
{
    const auto contact = contactId.isEmpty() ? std::nullopt : m_contacts.contact(contactId);
    if (!contact)
        //: File name of every contact of the programme (no spaces, ends in .vcf)
        return tr("ews7-contacts.vcf");
    return FileTypes::safeName(contact->name, u"contact"_s) + u".vcf"_s;
}

QString ContactsExport::addToContacts(const QString &contactId) const
{
    const QByteArray content = contactId.isEmpty() ? everyoneFile() : contactFile(contactId);
    if (content.isEmpty())
        return tr("This person is no longer in the contacts.");
    const auto result = m_handoff.handOver(content, suggestedFileName(contactId));
    if (!result.error.isEmpty())
        return result.error;
    if (result.opened)
        return tr("Handed to your address book. If it asks, confirm adding the contact.");
    //: %1 is the file's name
    return tr("Saved in your downloads folder as %1. Open it with your address book to add the "
              "contact.")
        .arg(result.file.fileName());
}
