// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterow.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
const QStringList &names()
{
    static const QStringList list { u"kind"_s, u"module_number"_s, u"number"_s, u"title_de"_s,
        u"title_en"_s, u"starts_at"_s, u"ends_at"_s, u"all_day"_s, u"approximate"_s, u"place_id"_s,
        u"video_url"_s, u"tentative"_s, u"topics_de"_s, u"topics_en"_s, u"note_de"_s, u"note_en"_s,
        u"room"_s, u"cancelled"_s, u"cancel_reason"_s };
    return list;
}

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    QStringList list;
    const auto array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array)
        list.append(value.toString());
    return list;
}
}

const QString &DateRow::columns()
{
    static const QString text = names().join(u", "_s);
    return text;
}

const QString &DateRow::placeholders()
{
    static const QString text = QStringList(names().size(), u"?"_s).join(u", "_s);
    return text;
}

const QString &DateRow::updateFromExcluded()
{
    static const QString text = [] {
        QStringList sets;
        for (const auto &name : names())
            sets.append(name + u" = excluded."_s + name);
        return sets.join(u", "_s);
    }();
    return text;
}

int DateRow::count()
{
    return int(names().size());
}

QVariantList DateRow::values(const ProgrammeDate &date)
{
    return { ProgrammeDate::kindName(date.kind), date.moduleNumber, date.number, date.title.de,
        date.title.en.isNull() ? u""_s : date.title.en, date.startsAt.toMSecsSinceEpoch(),
        date.endsAt.toMSecsSinceEpoch(), date.allDay, date.approximate,
        date.placeId.isEmpty() ? QVariant() : QVariant(date.placeId),
        date.videoUrl.isNull() ? u""_s : date.videoUrl, date.tentative, toJson(date.topics.de),
        toJson(date.topics.en), date.note.de.isNull() ? u""_s : date.note.de,
        date.note.en.isNull() ? u""_s : date.note.en, date.room.isNull() ? u""_s : date.room,
        date.cancelled, date.cancelReason.isNull() ? u""_s : date.cancelReason };
}

ProgrammeDate DateRow::read(const QSqlQuery &query, int idColumn)
{
    ProgrammeDate date;
    int column = idColumn;
    const auto next = [&query, &column] { return query.value(++column); };
    date.id = query.value(column).toString();
    ProgrammeDate::kindFromName(next().toString(), &date.kind);
    date.moduleNumber = next().toInt();
    date.number = next().toInt();
    date.title.de = next().toString();
    date.title.en = next().toString();
    date.startsAt = QDateTime::fromMSecsSinceEpoch(next().toLongLong(), Qt::UTC);
    date.endsAt = QDateTime::fromMSecsSinceEpoch(next().toLongLong(), Qt::UTC);
    date.allDay = next().toBool();
    date.approximate = next().toBool();
    date.placeId = next().toString();
    date.videoUrl = next().toString();
    date.tentative = next().toBool();
    date.topics.de = fromJson(next().toString());
    date.topics.en = fromJson(next().toString());
    date.note.de = next().toString();
    date.note.en = next().toString();
    date.room = next().toString();
    date.cancelled = next().toBool();
    date.cancelReason = next().toString();
    return date;
}
