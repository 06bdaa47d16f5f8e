// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmechanges.h"

#include "programmewire.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
struct KindName
{
    DateChange::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kindTable[] = {
    { DateChange::Added, "added"_L1 },
    { DateChange::Cancelled, "cancelled"_L1 },
    { DateChange::Reinstated, "reinstated"_L1 },
    { DateChange::Confirmed, "confirmed"_L1 },
    { DateChange::MadeTentative, "tentative"_L1 },
    { DateChange::Moved, "moved"_L1 },
    { DateChange::PlaceChanged, "place"_L1 },
    { DateChange::LinkChanged, "link"_L1 },
    { DateChange::DetailsChanged, "details"_L1 },
};
}

int ProgrammeChanges::kindsBetween(const ProgrammeDate *before, const ProgrammeDate &after)
{
    if (!before)
        return DateChange::Added;
    int kinds = 0;
    if (before->cancelled != after.cancelled)
        kinds |= after.cancelled ? DateChange::Cancelled : DateChange::Reinstated;
    if (before->tentative != after.tentative)
        kinds |= after.tentative ? DateChange::MadeTentative : DateChange::Confirmed;
    if (before->startsAt != after.startsAt || before->endsAt != after.endsAt
        || before->allDay != after.allDay || before->approximate != after.approximate)
        kinds |= DateChange::Moved;
    if (before->placeId != after.placeId || before->room != after.room)
        kinds |= DateChange::PlaceChanged;
    if (before->videoUrl != after.videoUrl)
        kinds |= DateChange::LinkChanged;
    if (before->title.de != after.title.de || before->title.en != after.title.en
        || before->topics.de != after.topics.de || before->topics.en != after.topics.en
        || before->note.de != after.note.de || before->note.en != after.note.en
        || before->kind != after.kind || before->moduleNumber != after.moduleNumber
        || before->number != after.number
        || (after.cancelled && before->cancelReason != after.cancelReason))
        kinds |= DateChange::DetailsChanged;
    return kinds;
}

QStringList ProgrammeChanges::kindNames(int kinds)
{
    QStringList names;
    for (const auto &entry : kindTable) {
        if (kinds & entry.kind)
            names.append(entry.name);
    }
    return names;
}

int ProgrammeChanges::kindsFromNames(const QStringList &names)
{
    int kinds = 0;
    for (const auto &entry : kindTable) {
        if (names.contains(entry.name))
            kinds |= entry.kind;
    }
    return kinds;
}

QJsonArray ProgrammeChanges::toJson(const QList<DateChange> &changes)
{
    QJsonArray array;
    for (const auto &change : changes) {
        QJsonObject object { { u"id"_s, change.dateId },
            { u"kinds"_s, QJsonArray::fromStringList(kindNames(change.kinds)) } };
        if (change.before)
            object.insert(u"before"_s, ProgrammeWire::fieldsOf(*change.before));
        array.append(object);
    }
    return array;
}

QList<DateChange> ProgrammeChanges::fromJson(const QJsonArray &array)
{
    QList<DateChange> changes;
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        const QString id = object.value("id"_L1).toString();
        if (id.isEmpty())
            continue;
        DateChange change;
        change.dateId = id;
        QStringList names;
        for (const auto &name : object.value("kinds"_L1).toArray())
            names.append(name.toString());
        change.kinds = kindsFromNames(names);
        if (object.value("before"_L1).isObject())
            change.before = ProgrammeWire::eventFrom(id, object.value("before"_L1).toObject());
        changes.append(change);
    }
    return changes;
}

QList<DateChange> ProgrammeChanges::combined(
    const QList<QList<DateChange>> &releases, const QHash<QString, ProgrammeDate> &now)
{
    // The first release that names a date tells what it was before all of them.
    QList<DateChange> firsts;
    QSet<QString> seen;
    for (const auto &release : releases) {
        for (const auto &change : release) {
            if (!seen.contains(change.dateId)) {
                seen.insert(change.dateId);
                firsts.append(change);
            }
        }
    }
    QList<DateChange> result;
    for (auto change : std::as_const(firsts)) {
        const auto current = now.constFind(change.dateId);
        if (current == now.cend())
            continue;
        change.kinds
            = ProgrammeChanges::kindsBetween(change.before ? &*change.before : nullptr, *current);
        if (change.kinds != 0)
            result.append(change);
    }
    return result;
}
