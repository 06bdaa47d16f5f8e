// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeimport.h"

#include "programmefile.h"
#include "programmewire.h"
#include "records.h"
#include "syncstore.h"

using namespace Qt::StringLiterals;

QString ProgrammeImport::run(const QString &file, SyncStore &store, int *events)
{
    const auto parsed = ProgrammeFile::load(file);
    if (!parsed.ok)
        return parsed.error;
    for (const auto &place : parsed.data.places) {
        if (!store.storeRow(Records::Place::entity, place.id, {}, ProgrammeWire::fieldsOf(place)))
            return u"The place %1 could not be stored."_s.arg(place.id);
    }
    for (const auto &event : parsed.data.events) {
        if (!store.storeRow(
                Records::ProgrammeDate::entity, event.id, {}, ProgrammeWire::fieldsOf(event)))
            return u"The date %1 could not be stored."_s.arg(event.id);
    }
    namespace ContactFields = Records::Contact;
    for (const auto &contact : parsed.data.contacts) {
        if (!store.storeRow(ContactFields::entity, contact.id, {},
                { { ContactFields::name, contact.name },
                    { ContactFields::role, Contact::roleName(contact.role) },
                    { ContactFields::functionDe, contact.function.de },
                    { ContactFields::functionEn, contact.function.en },
                    { ContactFields::organisation, contact.organisation },
                    { ContactFields::phone, contact.phone },
                    { ContactFields::email, contact.email } }))
            return u"The contact %1 could not be stored."_s.arg(contact.id);
    }
    if (events)
        *events = int(parsed.data.events.size());
    return {};
}
