// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldrules.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

enum class FieldType { Text, Integer, Boolean, TextList };

struct FieldRule
{
    FieldType type;
    qsizetype maxLength = 0;
};

/// The fields a device may send per entity; anything else is refused.
const QHash<QString, QHash<QString, FieldRule>> &fieldRules()
{
    static const QHash<QString, QHash<QString, FieldRule>> rules = {
        { u"project"_s,
            { { u"municipalityId"_s, { FieldType::Text, 64 } },
                { u"title"_s, { FieldType::Text, 200 } },
                { u"goal"_s, { FieldType::Text, 2000 } } } },
        { u"step"_s,
            { { u"projectId"_s, { FieldType::Text, 64 } }, { u"title"_s, { FieldType::Text, 200 } },
                { u"status"_s, { FieldType::Text, 16 } },
                { u"ownerContactId"_s, { FieldType::Text, 64 } },
                { u"dueDate"_s, { FieldType::Text, 10 } },
                { u"dueModule"_s, { FieldType::Integer } },
                { u"notes"_s, { FieldType::Text, 4000 } },
                { u"position"_s, { FieldType::Integer } } } },
        { u"log_entry"_s,
            { { u"projectId"_s, { FieldType::Text, 64 } },
                { u"entryDate"_s, { FieldType::Text, 10 } },
                { u"authorContactId"_s, { FieldType::Text, 64 } },
                { u"authorName"_s, { FieldType::Text, 200 } },
                { u"text"_s, { FieldType::Text, 4000 } },
                { u"question"_s, { FieldType::Boolean } } } },
        { u"contact"_s,
            { { u"phone"_s, { FieldType::Text, 30 } }, { u"email"_s, { FieldType::Text, 200 } },
                { u"sharePhone"_s, { FieldType::Boolean } },
                { u"shareEmail"_s, { FieldType::Boolean } },
                // Organisers' contacts only (see SyncStore::decide).
                { u"name"_s, { FieldType::Text, 200 } }, { u"role"_s, { FieldType::Text, 16 } },
                { u"functionDe"_s, { FieldType::Text, 200 } },
                { u"functionEn"_s, { FieldType::Text, 200 } },
                { u"organisation"_s, { FieldType::Text, 200 } } } },
        { u"municipality"_s, { { u"name"_s, { FieldType::Text, 100 } } } },
        // Sent again by a project's participants after a restore (see SyncStore::decide).
        { u"conflict"_s,
            { { u"projectId"_s, { FieldType::Text, 64 } }, { u"entity"_s, { FieldType::Text, 16 } },
                { u"rowId"_s, { FieldType::Text, 64 } }, { u"field"_s, { FieldType::Text, 16 } },
                { u"text"_s, { FieldType::Text, 4000 } },
                { u"authorContactId"_s, { FieldType::Text, 64 } },
                { u"replacedAt"_s, { FieldType::Text, 40 } } } },
        { u"event"_s,
            { { u"kind"_s, { FieldType::Text, 32 } }, { u"moduleNumber"_s, { FieldType::Integer } },
                { u"number"_s, { FieldType::Integer } }, { u"titleDe"_s, { FieldType::Text, 200 } },
                { u"titleEn"_s, { FieldType::Text, 200 } },
                { u"startsAt"_s, { FieldType::Text, 40 } },
                { u"endsAt"_s, { FieldType::Text, 40 } }, { u"allDay"_s, { FieldType::Boolean } },
                { u"approximate"_s, { FieldType::Boolean } },
                { u"placeId"_s, { FieldType::Text, 64 } },
                { u"videoUrl"_s, { FieldType::Text, 500 } },
                { u"tentative"_s, { FieldType::Boolean } },
                { u"topicsDe"_s, { FieldType::TextList, 500 } },
                { u"topicsEn"_s, { FieldType::TextList, 500 } },
                { u"noteDe"_s, { FieldType::Text, 2000 } },
                { u"noteEn"_s, { FieldType::Text, 2000 } } } },
        { u"place"_s,
            { { u"nameDe"_s, { FieldType::Text, 200 } }, { u"nameEn"_s, { FieldType::Text, 200 } },
                { u"city"_s, { FieldType::Text, 100 } },
                { u"online"_s, { FieldType::Boolean } } } },
        { u"comment"_s,
            { { u"projectId"_s, { FieldType::Text, 64 } }, { u"stepId"_s, { FieldType::Text, 64 } },
                { u"text"_s, { FieldType::Text, 4000 } } } },
        // A person's own note on a date, linked to a step of their project or not.
        { u"note"_s,
            { { u"eventId"_s, { FieldType::Text, 64 } }, { u"stepId"_s, { FieldType::Text, 64 } },
                { u"text"_s, { FieldType::Text, 4000 } } } },
    };
    return rules;
}

bool fits(const FieldRule &rule, const QJsonValue &value)
{
    switch (rule.type) {
    case FieldType::Text:
        return value.isString() && value.toString().size() <= rule.maxLength;
    case FieldType::Integer:
        return value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 1e9
            && value.toDouble() == double(qint64(value.toDouble()));
    case FieldType::Boolean:
        return value.isBool();
    case FieldType::TextList: {
        const auto list = value.toArray();
        return value.isArray() && list.size() <= 50
            && std::all_of(list.begin(), list.end(), [&rule](const QJsonValue &item) {
                   return item.isString() && item.toString().size() <= rule.maxLength;
               });
    }
    }
    return false;
}

QDateTime instant(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}
}

QString FieldRules::check(const QString &entity, const QJsonObject &fields)
{
    const auto rules = fieldRules().value(entity);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto rule = rules.constFind(it.key());
        if (rule == rules.cend())
            return u"The field \"%1\" is not part of a %2."_s.arg(it.key().left(40), entity);
        if (!fits(*rule, it.value()))
            return u"The field \"%1\" has the wrong type or is too long."_s.arg(it.key());
    }
    if (entity == "step"_L1) {
        const QString status = fields.value("status"_L1).toString(u"open"_s);
        if (status != "open"_L1 && status != "in_progress"_L1 && status != "done"_L1)
            return u"A step's status is open, in_progress or done."_s;
        if (fields.value("dueModule"_L1).toInt() > 4)
            return u"A step is due by module 1 to 4 at the latest."_s;
    }
    for (const auto &dateField : { u"dueDate"_s, u"entryDate"_s }) {
        const QString date = fields.value(dateField).toString();
        if (!date.isEmpty() && !QDate::fromString(date, u"yyyy-MM-dd"_s).isValid())
            return u"The field \"%1\" must be a date as YYYY-MM-DD."_s.arg(dateField);
    }
    for (const auto &timeField : { u"startsAt"_s, u"endsAt"_s }) {
        if (fields.contains(timeField) && !instant(fields.value(timeField)).isValid())
            return u"The field \"%1\" must be a time as 2026-11-26T09:00:00Z."_s.arg(timeField);
    }
    if (fields.contains("kind"_L1)) {
        static const QStringList kinds
            = { u"module_day"_s, u"learning_group"_s, u"info_talk"_s, u"deadline"_s };
        if (entity == "event"_L1 && !kinds.contains(fields.value("kind"_L1).toString()))
            return u"A date's kind is module_day, learning_group, info_talk or deadline."_s;
    }
    if (entity == "contact"_L1 && fields.contains("role"_L1)) {
        const QString role = fields.value("role"_L1).toString();
        if (role != "organiser"_L1 && role != "facilitator"_L1)
            return u"Contacts added by organisers are organisers or facilitators."_s;
    }
    return {};
}

QString FieldRules::checkRow(const QString &entity, const QJsonObject &row)
{
    if (entity == "event"_L1) {
        if (row.value("titleDe"_L1).toString().trimmed().isEmpty())
            return u"A date needs a German title (titleDe)."_s;
        const QDateTime start = instant(row.value("startsAt"_L1));
        const QDateTime end = instant(row.value("endsAt"_L1));
        if (!start.isValid() || !end.isValid() || end < start)
            return u"A date needs startsAt and endsAt, and it cannot end before it starts."_s;
        if (row.value("kind"_L1).toString().isEmpty())
            return u"A date needs a kind."_s;
    }
    if (entity == "place"_L1 && row.value("nameDe"_L1).toString().trimmed().isEmpty())
        return u"A place needs a German name (nameDe)."_s;
    if (entity == "contact"_L1 && row.value("name"_L1).toString().trimmed().isEmpty())
        return u"A contact needs a name."_s;
    if (entity == "conflict"_L1
        && (row.value("rowId"_L1).toString().isEmpty() || row.value("field"_L1).toString().isEmpty()
            || row.value("text"_L1).toString().isEmpty()))
        return u"A kept text needs its row, its field and its text."_s;
    if (entity == "comment"_L1 && row.value("text"_L1).toString().trimmed().isEmpty())
        return u"A comment needs a text."_s;
    if (entity == "note"_L1 && row.value("eventId"_L1).toString().isEmpty())
        return u"A note needs the date it is about (eventId)."_s;
    if (entity == "note"_L1 && row.value("text"_L1).toString().size() > 4000)
        return u"A note is at most 4,000 characters long."_s;
    return {};
}
