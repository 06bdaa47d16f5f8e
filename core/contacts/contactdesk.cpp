// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdesk.h"

#include "clock.h"
#include "contactrepository.h"
#include "recordcheck.h"
#include "records.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

ContactDesk::ContactDesk(ContactRepository &contacts, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
    , m_clock(clock)
{
}

QVariantMap ContactDesk::form(const QString &contactId) const
{
    const auto contact = m_contacts.contact(contactId);
    if (!contact)
        return {};
    return { { u"id"_s, contact->id }, { u"role"_s, Contact::roleName(contact->role) },
        { u"name"_s, contact->name }, { u"functionDe"_s, contact->function.de },
        { u"functionEn"_s, contact->function.en }, { u"organisation"_s, contact->organisation },
        { u"phone"_s, contact->phone }, { u"email"_s, contact->email },
        { u"nameOnly"_s, contact->role == Contact::Role::Participant }, { u"isNew"_s, false } };
}

QVariantMap ContactDesk::newContactForm() const
{
    return { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"role"_s, Contact::roleName(Contact::Role::Facilitator) }, { u"name"_s, QString() },
        { u"functionDe"_s, QString() }, { u"functionEn"_s, QString() },
        { u"organisation"_s, QString() }, { u"phone"_s, QString() }, { u"email"_s, QString() },
        { u"nameOnly"_s, false }, { u"isNew"_s, true } };
}

QString ContactDesk::save(const QVariantMap &form)
{
    const auto text = [&form](const QString &key) { return form.value(key).toString().trimmed(); };
    Contact contact;
    contact.id = text(u"id"_s);
    if (!Contact::roleFromName(text(u"role"_s), &contact.role)
        || (contact.role == Contact::Role::Participant
            && !m_contacts.contact(contact.id).has_value()))
        return tr("Please choose whether the person organises, facilitates or gives a talk.");
    contact.name = text(u"name"_s);
    contact.function = { text(u"functionDe"_s), text(u"functionEn"_s) };
    contact.organisation = text(u"organisation"_s);
    contact.phone = text(u"phone"_s);
    contact.email = text(u"email"_s);
    if (contact.id.isEmpty())
        return tr("This contact cannot be found any more.");
    if (contact.name.isEmpty())
        return tr("Please enter the name.");
    static const QRegularExpression phone(u"^[0-9+()/ –-]*$"_s);
    if (!phone.match(contact.phone).hasMatch())
        return tr("A phone number has only digits, spaces and + ( ) / -.");
    static const QRegularExpression email(u"^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!email.match(contact.email).hasMatch())
        return tr("The e-mail address looks incomplete (name@example.org).");
    namespace Person = Records::Contact;
    if (!RecordCheck::fields(Person::entity,
            { { Person::name, contact.name }, { Person::functionDe, contact.function.de },
                { Person::functionEn, contact.function.en },
                { Person::organisation, contact.organisation }, { Person::phone, contact.phone },
                { Person::email, contact.email } })
             .isEmpty())
        return tr("A text is too long: names and organisations up to 200 characters, the "
                  "phone number up to 30.");
    bool recorded = false;
    if (!m_contacts.saveContact(contact, m_clock.now(), &recorded))
        return tr("The contact could not be saved on this device.");
    if (recorded) // nothing changed: nothing to show again or to send
        Q_EMIT changesRecorded();
    return {};
}
