// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmefile.h"

#include "programmezone.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maximumTextLength = 2000;

/// Collects the first error and the path of the element it concerns.
class Reader
{
public:
    QString error;

    bool fail(const QString &where, const QString &message)
    {
        if (error.isEmpty())
            error = u"%1: %2"_s.arg(where, message);
        return false;
    }

    QString text(
        const QJsonObject &object, QLatin1StringView key, const QString &where, bool required)
    {
        const auto value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(where, ProgrammeFile::tr("the field \"%1\" is missing").arg(key));
            return {};
        }
        if (!value.isString()) {
            fail(where, ProgrammeFile::tr("the field \"%1\" must be a text").arg(key));
            return {};
        }
        const QString result = value.toString().trimmed();
        if (result.size() > maximumTextLength)
            fail(where,
                ProgrammeFile::tr("the field \"%1\" is longer than %2 characters")
                    .arg(key)
                    .arg(maximumTextLength));
        if (required && result.isEmpty())
            fail(where, ProgrammeFile::tr("the field \"%1\" is empty").arg(key));
        return result;
    }

    LocalizedText localized(
        const QJsonObject &object, QLatin1StringView key, const QString &where, bool required)
    {
        const auto value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isObject()) {
            fail(where,
                ProgrammeFile::tr("the field \"%1\" must be an object with \"de\" and \"en\"")
                    .arg(key));
            return {};
        }
        const QString inner = where + u'.' + key;
        return { text(value.toObject(), "de"_L1, inner, required),
            text(value.toObject(), "en"_L1, inner, false) };
    }

    LocalizedList localizedList(const QJsonValue &value, const QString &where)
    {
        LocalizedList result;
        if (value.isUndefined())
            return result;
        if (!value.isObject()) {
            fail(where, ProgrammeFile::tr("must be an object with \"de\" and \"en\" lists"));
            return result;
        }
        const auto object = value.toObject();
        for (auto language : { "de"_L1, "en"_L1 }) {
            const auto list = object.value(language);
            if (list.isUndefined())
                continue;
            if (!list.isArray()) {
                fail(where, ProgrammeFile::tr("\"%1\" must be a list of texts").arg(language));
                return result;
            }
            QStringList &target = language == "de"_L1 ? result.de : result.en;
            for (const auto &entry : list.toArray()) {
                if (!entry.isString() || entry.toString().size() > maximumTextLength) {
                    fail(where, ProgrammeFile::tr("\"%1\" must be a list of texts").arg(language));
                    return result;
                }
                target.append(entry.toString());
            }
        }
        return result;
    }

    int integer(
        const QJsonObject &object, QLatin1StringView key, const QString &where, int min, int max)
    {
        const auto value = object.value(key);
        if (value.isUndefined())
            return min;
        const double number = value.toDouble(-1e9);
        // The range first: converting 1e300 to int is undefined.
        if (!value.isDouble() || number < min || number > max || number != std::floor(number)) {
            fail(where,
                ProgrammeFile::tr("the field \"%1\" must be a whole number from %2 to %3")
                    .arg(key)
                    .arg(min)
                    .arg(max));
            return min;
        }
        return int(number);
    }

    bool boolean(const QJsonObject &object, QLatin1StringView key, const QString &where)
    {
        const auto value = object.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            fail(where, ProgrammeFile::tr("the field \"%1\" must be true or false").arg(key));
        return value.toBool();
    }

    QJsonArray array(const QJsonObject &object, QLatin1StringView key, qsizetype maxCount)
    {
        const auto value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(QString(key), ProgrammeFile::tr("must be a list"));
            return {};
        }
        if (value.toArray().size() > maxCount) {
            fail(QString(key), ProgrammeFile::tr("has more than %1 entries").arg(maxCount));
            return {};
        }
        return value.toArray();
    }
};

struct ModuleInfo
{
    bool tentative = false;
    LocalizedList topics;
};

bool readEvent(Reader &reader, const QJsonObject &object, const QString &where,
    const QHash<int, ModuleInfo> &modules, const LocalizedList &learningGroupTopics,
    const QSet<QString> &placeIds, ProgrammeDate *event)
{
    event->id = reader.text(object, "id"_L1, where, true);
    const QString kind = reader.text(object, "kind"_L1, where, true);
    if (!kind.isEmpty() && !ProgrammeDate::kindFromName(kind, &event->kind))
        return reader.fail(where,
            ProgrammeFile::tr("unknown kind \"%1\" (known: module_day, learning_group, "
                              "info_talk, deadline)")
                .arg(kind));
    event->moduleNumber = reader.integer(object, "module"_L1, where, 0, 4);
    event->number = reader.integer(object, "number"_L1, where, 0, 99);
    event->title = reader.localized(object, "title"_L1, where, true);
    event->note = reader.localized(object, "note"_L1, where, false);
    event->placeId = reader.text(object, "place"_L1, where, false);
    event->room = reader.text(object, "room"_L1, where, false);
    event->videoUrl = reader.text(object, "videoUrl"_L1, where, false);
    event->approximate = reader.boolean(object, "approximate"_L1, where);
    event->cancelled = reader.boolean(object, "cancelled"_L1, where);
    event->cancelReason = reader.text(object, "cancelReason"_L1, where, false);
    if (!reader.error.isEmpty())
        return false;
    if (!event->cancelReason.isEmpty() && !event->cancelled)
        return reader.fail(where,
            ProgrammeFile::tr("a reason for a cancellation is given, but \"cancelled\" is not "
                              "true"));
    if (event->cancelReason.size() > 300)
        return reader.fail(where,
            ProgrammeFile::tr("the reason for the cancellation is longer "
                              "than 300 characters"));
    if (!event->placeId.isEmpty() && !placeIds.contains(event->placeId))
        return reader.fail(where, ProgrammeFile::tr("unknown place \"%1\"").arg(event->placeId));
    if (!event->videoUrl.isEmpty() && !event->videoUrl.startsWith(u"https://"_s))
        return reader.fail(where, ProgrammeFile::tr("the video link must start with https://"));
    if (!modules.contains(event->moduleNumber))
        return reader.fail(where,
            ProgrammeFile::tr("module %1 is not described under \"modules\"")
                .arg(event->moduleNumber));

    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString dateText = reader.text(object, "date"_L1, where, true);
    const QDate date = isoDate.match(dateText).hasMatch()
        ? QDate::fromString(dateText, u"yyyy-MM-dd"_s)
        : QDate();
    if (!date.isValid())
        return reader.fail(where, ProgrammeFile::tr("the date must be a real date as YYYY-MM-DD"));
    const QString startText = reader.text(object, "start"_L1, where, false);
    const QString endText = reader.text(object, "end"_L1, where, false);
    if (startText.isEmpty() != endText.isEmpty())
        return reader.fail(where, ProgrammeFile::tr("give both start and end, or neither"));
    if (startText.isEmpty()) {
        event->allDay = true;
        event->startsAt = ProgrammeZone::instant(date, QTime(0, 0));
        event->endsAt = ProgrammeZone::instant(date.addDays(1), QTime(0, 0));
    } else {
        const QTime start = QTime::fromString(startText, u"HH:mm"_s);
        const QTime end = QTime::fromString(endText, u"HH:mm"_s);
        if (!start.isValid() || !end.isValid())
            return reader.fail(where, ProgrammeFile::tr("times must be given as HH:MM"));
        if (end <= start)
            return reader.fail(where, ProgrammeFile::tr("the end must be after the start"));
        event->startsAt = ProgrammeZone::instant(date, start);
        event->endsAt = ProgrammeZone::instant(date, end);
        // A time skipped when the clocks go forward would silently move.
        if (event->startsAt.toTimeZone(ProgrammeZone::zone()).time() != start
            || event->endsAt.toTimeZone(ProgrammeZone::zone()).time() != end)
            return reader.fail(where,
                ProgrammeFile::tr("this time does not exist in Düsseldorf on that day "
                                  "(the clocks go forward)"));
    }
    const ModuleInfo &module = modules.value(event->moduleNumber);
    event->tentative = module.tentative;
    if (object.contains("tentative"_L1))
        event->tentative = reader.boolean(object, "tentative"_L1, where);
    if (event->kind == ProgrammeDate::Kind::ModuleDay)
        event->topics = module.topics;
    else if (event->kind == ProgrammeDate::Kind::LearningGroup)
        event->topics = learningGroupTopics;
    return reader.error.isEmpty();
}

bool readContact(Reader &reader, const QJsonObject &object, const QString &where, Contact *contact)
{
    contact->id = reader.text(object, "id"_L1, where, true);
    contact->name = reader.text(object, "name"_L1, where, true);
    const QString role = reader.text(object, "role"_L1, where, true);
    if (!role.isEmpty() && !Contact::roleFromName(role, &contact->role))
        return reader.fail(where, ProgrammeFile::tr("unknown role \"%1\"").arg(role));
    if (contact->role == Contact::Role::Participant)
        return reader.fail(
            where, ProgrammeFile::tr("participants are not part of the programme file"));
    contact->function = reader.localized(object, "function"_L1, where, false);
    contact->organisation = reader.text(object, "organisation"_L1, where, false);
    contact->phone = reader.text(object, "phone"_L1, where, false);
    contact->email = reader.text(object, "email"_L1, where, false);
    if (!contact->email.isEmpty() && !contact->email.contains(u'@'))
        return reader.fail(
            where, ProgrammeFile::tr("\"%1\" is not an e-mail address").arg(contact->email));
    return reader.error.isEmpty();
}

bool readVenue(
    Reader &reader, const QJsonValue &value, const QSet<QString> &placeIds, VenueInfo *venue)
{
    const QString where = u"venue"_s;
    if (!value.isObject())
        return reader.fail(where, ProgrammeFile::tr("must be an object"));
    const auto object = value.toObject();
    venue->placeId = reader.text(object, "placeId"_L1, where, true);
    if (!venue->placeId.isEmpty() && !placeIds.contains(venue->placeId))
        return reader.fail(where, ProgrammeFile::tr("unknown place \"%1\"").arg(venue->placeId));
    const std::pair<QLatin1StringView, LocalizedText *> texts[]
        = { { "directions"_L1, &venue->directions }, { "costs"_L1, &venue->costs },
              { "bring"_L1, &venue->bring } };
    for (const auto &[key, text] : texts) {
        *text = reader.localized(object, key, where, false);
        if (std::max(text->de.size(), text->en.size()) > VenueInfo::maximumTextLength)
            return reader.fail(where,
                ProgrammeFile::tr("the field \"%1\" is longer than %2 characters")
                    .arg(key)
                    .arg(VenueInfo::maximumTextLength));
    }
    venue->learningPlatformUrl = reader.text(object, "learningPlatformUrl"_L1, where, false);
    if (!VenueInfo::isLearningPlatformLink(venue->learningPlatformUrl))
        return reader.fail(
            where, ProgrammeFile::tr("the learning platform's link must be one https:// address"));
    return reader.error.isEmpty();
}

}

ProgrammeFile::Result ProgrammeFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { false, tr("Cannot open the programme file %1: %2").arg(path, file.errorString()),
            {} };
    if (file.size() > maximumSize)
        return { false, tr("The programme file is larger than %1 KiB.").arg(maximumSize / 1024),
            {} };
    return parse(file.readAll());
}

ProgrammeFile::Result ProgrammeFile::parse(const QByteArray &json)
{
    Result result;
    if (json.size() > maximumSize) {
        result.error = tr("The programme file is larger than %1 KiB.").arg(maximumSize / 1024);
        return result;
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The programme file is not valid JSON (at character %1: %2).")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("The programme file must contain a JSON object.");
        return result;
    }
    const auto root = document.object();
    if (root.value("format"_L1).toString() != "ews-programme"_L1) {
        result.error
            = tr("This is not an EWS programme file (\"format\" must be \"ews-programme\").");
        return result;
    }
    if (root.value("formatVersion"_L1).toInt() != supportedFormatVersion) {
        result.error = tr("The programme file has format version %1; this app reads version %2.")
                           .arg(root.value("formatVersion"_L1).toVariant().toString())
                           .arg(supportedFormatVersion);
        return result;
    }

    Reader reader;
    const auto programme = root.value("programme"_L1).toObject();
    result.data.programmeId = reader.text(programme, "id"_L1, u"programme"_s, true);
    result.data.title = reader.localized(programme, "title"_L1, u"programme"_s, true);
    const QString zone = reader.text(programme, "timeZone"_L1, u"programme"_s, true);
    if (reader.error.isEmpty() && zone != "Europe/Berlin"_L1)
        reader.fail(u"programme"_s, tr("the time zone must be Europe/Berlin"));

    QSet<QString> placeIds;
    const auto places = reader.array(root, "places"_L1, 100);
    for (qsizetype i = 0; i < places.size() && reader.error.isEmpty(); ++i) {
        const QString where = u"places[%1]"_s.arg(i);
        const auto object = places.at(i).toObject();
        Place place { reader.text(object, "id"_L1, where, true),
            reader.localized(object, "name"_L1, where, true),
            reader.text(object, "city"_L1, where, false),
            reader.boolean(object, "online"_L1, where),
            reader.text(object, "address"_L1, where, false) };
        if (placeIds.contains(place.id))
            reader.fail(where, tr("the id \"%1\" is used twice").arg(place.id));
        placeIds.insert(place.id);
        result.data.places.append(place);
    }

    if (reader.error.isEmpty() && root.contains("venue"_L1))
        readVenue(reader, root.value("venue"_L1), placeIds, &result.data.venue);

    QHash<int, ModuleInfo> modules;
    const auto moduleArray = reader.array(root, "modules"_L1, 10);
    for (qsizetype i = 0; i < moduleArray.size() && reader.error.isEmpty(); ++i) {
        const QString where = u"modules[%1]"_s.arg(i);
        const auto object = moduleArray.at(i).toObject();
        const int number = reader.integer(object, "number"_L1, where, 0, 4);
        if (modules.contains(number))
            reader.fail(where, tr("module %1 is described twice").arg(number));
        modules.insert(number,
            { reader.boolean(object, "tentative"_L1, where),
                reader.localizedList(object.value("topics"_L1), where + u".topics"_s) });
    }
    const LocalizedList learningGroupTopics
        = reader.localizedList(root.value("learningGroupTopics"_L1), u"learningGroupTopics"_s);

    QSet<QString> eventIds;
    const auto events = reader.array(root, "events"_L1, 1000);
    if (reader.error.isEmpty() && events.isEmpty())
        reader.fail(u"events"_s, tr("the programme has no dates"));
    for (qsizetype i = 0; i < events.size() && reader.error.isEmpty(); ++i) {
        const QString where = u"events[%1]"_s.arg(i);
        ProgrammeDate event;
        if (!events.at(i).isObject()) {
            reader.fail(where, tr("must be an object"));
            break;
        }
        if (!readEvent(reader, events.at(i).toObject(), where, modules, learningGroupTopics,
                placeIds, &event))
            break;
        if (eventIds.contains(event.id))
            reader.fail(where, tr("the id \"%1\" is used twice").arg(event.id));
        eventIds.insert(event.id);
        result.data.events.append(event);
    }

    QSet<QString> contactIds;
    const auto contacts = reader.array(root, "contacts"_L1, 1000);
    for (qsizetype i = 0; i < contacts.size() && reader.error.isEmpty(); ++i) {
        const QString where = u"contacts[%1]"_s.arg(i);
        if (!contacts.at(i).isObject()) {
            reader.fail(where, tr("must be an object"));
            break;
        }
        Contact contact;
        readContact(reader, contacts.at(i).toObject(), where, &contact);
        if (contactIds.contains(contact.id))
            reader.fail(where, tr("the id \"%1\" is used twice").arg(contact.id));
        contactIds.insert(contact.id);
        result.data.contacts.append(contact);
    }

    if (!reader.error.isEmpty()) {
        result.error = tr("The programme file has an error at %1").arg(reader.error);
        result.data = {};
        return result;
    }
    result.ok = true;
    return result;
}
