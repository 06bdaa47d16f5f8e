// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmewire.h"

#include "records.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
namespace DateFields = Records::ProgrammeDate;
namespace PlaceFields = Records::Place;
namespace VenueFields = Records::VenueInfo;

namespace {
QString instant(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime instantFrom(const QJsonObject &fields, QLatin1StringView key)
{
    const QDateTime time = QDateTime::fromString(fields.value(key).toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : time;
}

QStringList texts(const QJsonObject &fields, QLatin1StringView key)
{
    QStringList list;
    for (const auto &value : fields.value(key).toArray())
        list.append(value.toString());
    return list;
}

QString text(const QJsonObject &fields, QLatin1StringView key)
{
    return fields.value(key).toString();
}
}

QJsonObject ProgrammeWire::fieldsOf(const ProgrammeDate &event)
{
    return {
        { DateFields::kind, ProgrammeDate::kindName(event.kind) },
        { DateFields::moduleNumber, event.moduleNumber },
        { DateFields::number, event.number },
        { DateFields::titleDe, event.title.de },
        { DateFields::titleEn, event.title.en },
        { DateFields::startsAt, instant(event.startsAt) },
        { DateFields::endsAt, instant(event.endsAt) },
        { DateFields::allDay, event.allDay },
        { DateFields::approximate, event.approximate },
        { DateFields::placeId, event.placeId },
        { DateFields::room, event.room },
        { DateFields::videoUrl, event.videoUrl },
        { DateFields::tentative, event.tentative },
        { DateFields::topicsDe, QJsonArray::fromStringList(event.topics.de) },
        { DateFields::topicsEn, QJsonArray::fromStringList(event.topics.en) },
        { DateFields::noteDe, event.note.de },
        { DateFields::noteEn, event.note.en },
        { DateFields::cancelled, event.cancelled },
        { DateFields::cancelReason, event.cancelReason },
    };
}

ProgrammeDate ProgrammeWire::eventFrom(const QString &id, const QJsonObject &fields)
{
    ProgrammeDate event;
    event.id = id;
    ProgrammeDate::kindFromName(text(fields, DateFields::kind), &event.kind);
    event.moduleNumber = fields.value(DateFields::moduleNumber).toInt();
    event.number = fields.value(DateFields::number).toInt();
    event.title = { text(fields, DateFields::titleDe), text(fields, DateFields::titleEn) };
    event.startsAt = instantFrom(fields, DateFields::startsAt);
    event.endsAt = instantFrom(fields, DateFields::endsAt);
    event.allDay = fields.value(DateFields::allDay).toBool();
    event.approximate = fields.value(DateFields::approximate).toBool();
    event.placeId = text(fields, DateFields::placeId);
    event.room = text(fields, DateFields::room);
    event.videoUrl = text(fields, DateFields::videoUrl);
    event.tentative = fields.value(DateFields::tentative).toBool();
    event.topics = { texts(fields, DateFields::topicsDe), texts(fields, DateFields::topicsEn) };
    event.note = { text(fields, DateFields::noteDe), text(fields, DateFields::noteEn) };
    event.cancelled = fields.value(DateFields::cancelled).toBool();
    event.cancelReason = text(fields, DateFields::cancelReason);
    return event;
}

QJsonObject ProgrammeWire::fieldsOf(const Place &place)
{
    return {
        { PlaceFields::nameDe, place.name.de },
        { PlaceFields::nameEn, place.name.en },
        { PlaceFields::city, place.city },
        { PlaceFields::online, place.online },
        { PlaceFields::address, place.address },
    };
}

Place ProgrammeWire::placeFrom(const QString &id, const QJsonObject &fields)
{
    return { id, { text(fields, PlaceFields::nameDe), text(fields, PlaceFields::nameEn) },
        text(fields, PlaceFields::city), fields.value(PlaceFields::online).toBool(),
        text(fields, PlaceFields::address) };
}

QJsonObject ProgrammeWire::fieldsOf(const VenueInfo &venue)
{
    return {
        { VenueFields::placeId, venue.placeId },
        { VenueFields::directionsDe, venue.directions.de },
        { VenueFields::directionsEn, venue.directions.en },
        { VenueFields::costsDe, venue.costs.de },
        { VenueFields::costsEn, venue.costs.en },
        { VenueFields::bringDe, venue.bring.de },
        { VenueFields::bringEn, venue.bring.en },
        { VenueFields::learningPlatformUrl, venue.learningPlatformUrl },
    };
}

VenueInfo ProgrammeWire::venueFrom(const QJsonObject &fields)
{
    return { text(fields, VenueFields::placeId),
        { text(fields, VenueFields::directionsDe), text(fields, VenueFields::directionsEn) },
        { text(fields, VenueFields::costsDe), text(fields, VenueFields::costsEn) },
        { text(fields, VenueFields::bringDe), text(fields, VenueFields::bringEn) },
        text(fields, VenueFields::learningPlatformUrl) };
}
