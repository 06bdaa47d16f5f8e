// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeimport.h"

#include "programmefile.h"
#include "syncstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ProgrammeImport::run(const QString &file, SyncStore &store, int *events)
{
    const auto parsed = ProgrammeFile::load(file);
    if (!parsed.ok)
        return parsed.error;
    for (const auto &place : parsed.data.places) {
        if (!store.storeRow(u"place"_s, place.id, {},
                { { u"nameDe"_s, place.name.de }, { u"nameEn"_s, place.name.en },
                    { u"city"_s, place.city }, { u"online"_s, place.online } }))
            return u"The place %1 could not be stored."_s.arg(place.id);
    }
    for (const auto &event : parsed.data.events) {
        const QJsonObject fields {
            { u"kind"_s, ProgrammeEvent::kindName(event.kind) },
            { u"moduleNumber"_s, event.moduleNumber },
            { u"number"_s, event.number },
            { u"titleDe"_s, event.title.de },
            { u"titleEn"_s, event.title.en },
            { u"startsAt"_s, event.startsAt.toUTC().toString(Qt::ISODate) },
            { u"endsAt"_s, event.endsAt.toUTC().toString(Qt::ISODate) },
            { u"allDay"_s, event.allDay },
            { u"approximate"_s, event.approximate },
            { u"placeId"_s, event.placeId },
            { u"videoUrl"_s, event.videoUrl },
            { u"tentative"_s, event.tentative },
            { u"topicsDe"_s, QJsonArray::fromStringList(event.topics.de) },
            { u"topicsEn"_s, QJsonArray::fromStringList(event.topics.en) },
            { u"noteDe"_s, event.note.de },
            { u"noteEn"_s, event.note.en },
        };
        if (!store.storeRow(u"event"_s, event.id, {}, fields))
            return u"The date %1 could not be stored."_s.arg(event.id);
    }
    for (const auto &contact : parsed.data.contacts) {
        if (!store.storeRow(u"contact"_s, contact.id, {},
                { { u"name"_s, contact.name }, { u"role"_s, Contact::roleName(contact.role) },
                    { u"functionDe"_s, contact.function.de },
                    { u"functionEn"_s, contact.function.en },
                    { u"organisation"_s, contact.organisation }, { u"phone"_s, contact.phone },
                    { u"email"_s, contact.email } }))
            return u"The contact %1 could not be stored."_s.arg(contact.id);
    }
    if (events)
        *events = int(parsed.data.events.size());
    return {};
}
