// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmemodel.h"

#include "displaycontext.h"
#include "maplink.h"
#include "modelrow.h"
#include "programmerepository.h"
#include "programmezone.h"

using namespace Qt::StringLiterals;

ProgrammeModel::ProgrammeModel(
    ProgrammeRepository &repository, DisplayContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_context(context)
{
    reload();
    connect(&m_context, &DisplayContext::changed, this, [this] {
        if (!m_events.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_events.size()) - 1));
    });
}

void ProgrammeModel::reload()
{
    const auto oldCount = m_events.size();
    beginResetModel();
    m_events = m_repository.events();
    m_places = m_repository.places();
    endResetModel();
    if (oldCount != m_events.size())
        Q_EMIT countChanged();
}

void ProgrammeModel::markSeen(const QString &eventId)
{
    const int row = indexOf(eventId);
    if (row < 0 || m_events.at(row).change.isEmpty())
        return;
    if (m_repository.markSeen(eventId))
        reload();
}

void ProgrammeModel::refreshTimes()
{
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(
            index(0), index(int(m_events.size()) - 1), { IsPastRole, HasBegunRole, IsTodayRole });
}

const QList<ProgrammeDate> &ProgrammeModel::events() const
{
    return m_events;
}

int ProgrammeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QString ProgrammeModel::placeName(const ProgrammeDate &event) const
{
    const auto place = m_places.constFind(event.placeId);
    return place == m_places.cend() ? QString() : place->name.forLanguage(m_context.language());
}

QString ProgrammeModel::sectionTitle(int moduleNumber, bool tentative) const
{
    if (moduleNumber == 0)
        return tr("Application and introduction");
    //: Heading of a module's dates in the programme; %1 is the module number
    QString title = tr("Module %1").arg(moduleNumber);
    if (tentative)
        //: %1 is "Module 3"; the module depends on the budget being approved
        title = tr("%1 (subject to budget approval)").arg(title);
    return title;
}

QVariant ProgrammeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &event = m_events.at(index.row());
    const QString language = m_context.language();
    const auto formatter = m_context.formatter();
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return event.title.forLanguage(language);
    case EventIdRole:
        return event.id;
    case KindRole:
        return ProgrammeDate::kindName(event.kind);
    case DateTextRole:
        return formatter.shortDate(event.startsAt);
    case LongDateTextRole:
        return formatter.longDate(event.startsAt);
    case TimeTextRole:
        return formatter.timeRange(event.startsAt, event.endsAt, event.approximate, event.allDay);
    case PlaceIdRole:
        return event.placeId;
    case PlaceNameRole:
        return placeName(event);
    case OnlineRole:
        return m_places.value(event.placeId).online;
    case RoomRole:
        return event.room;
    case AddressRole:
        return m_places.value(event.placeId).address;
    case LocationTextRole: {
        QStringList lines { event.room, placeName(event), m_places.value(event.placeId).address };
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    case MapUrlRole:
        return MapLink::forAddress(m_places.value(event.placeId).address);
    case VideoUrlRole:
        return event.videoUrl;
    case TentativeRole:
        return event.tentative;
    case ModuleNumberRole:
        return event.moduleNumber;
    case SectionTitleRole:
        return sectionTitle(event.moduleNumber, event.tentative);
    case TopicsRole:
        return event.topics.forLanguage(language);
    case NoteRole:
        return event.note.forLanguage(language);
    case IsPastRole:
        return m_context.now() >= event.endsAt;
    case HasBegunRole:
        return m_context.now() >= event.startsAt;
    case IsTodayRole:
        return ProgrammeZone::localDate(event.startsAt) == m_context.today();
    case ChangeKindRole:
        return event.change;
    case CancelledRole:
        return event.cancelled;
    case CancelReasonRole:
        return event.cancelReason;
    case ChangeTextRole:
        if (event.change == "new"_L1)
            //: Mark of a date the organisers added
            return tr("New date");
        if (event.change == "cancelled"_L1)
            //: Mark of a date the organisers cancelled
            return tr("Cancelled");
        if (event.change == "confirmed"_L1)
            //: Mark of a date that was subject to budget approval and now takes place for sure
            return tr("Confirmed");
        if (event.change == "reinstated"_L1)
            //: Mark of a date that was cancelled and now takes place after all
            return tr("Takes place after all");
        if (event.change == "moved"_L1)
            return event.previousStartsAt.isValid()
                //: A date the organisers moved; %1 is when it was before
                ? tr("Moved – before: %1")
                      .arg(formatter.shortDate(event.previousStartsAt) + u", "_s
                          + formatter.timeRange(
                              event.previousStartsAt, event.previousStartsAt, false, false))
                : tr("Moved");
        return QString();
    case ZoneHintRole:
        if (event.allDay || !formatter.deviceIsElsewhere(event.startsAt))
            return QString();
        //: Shown under a time when the device is set to another time zone; %1 is CET or CEST
        return tr("Time in Düsseldorf (%1)").arg(formatter.zoneAbbreviation(event.startsAt));
    }
    return {};
}

QHash<int, QByteArray> ProgrammeModel::roleNames() const
{
    return {
        { EventIdRole, "eventId" },
        { KindRole, "kind" },
        { TitleRole, "title" },
        { DateTextRole, "dateText" },
        { LongDateTextRole, "longDateText" },
        { TimeTextRole, "timeText" },
        { PlaceNameRole, "placeName" },
        { PlaceIdRole, "placeId" },
        { OnlineRole, "online" },
        { VideoUrlRole, "videoUrl" },
        { TentativeRole, "tentative" },
        { ModuleNumberRole, "moduleNumber" },
        { SectionTitleRole, "sectionTitle" },
        { TopicsRole, "topics" },
        { NoteRole, "note" },
        { IsPastRole, "isPast" },
        { HasBegunRole, "hasBegun" },
        { IsTodayRole, "isToday" },
        { ZoneHintRole, "zoneHint" },
        { ChangeKindRole, "changeKind" },
        { ChangeTextRole, "changeText" },
        { RoomRole, "room" },
        { AddressRole, "address" },
        { LocationTextRole, "locationText" },
        { MapUrlRole, "mapUrl" },
        { CancelledRole, "cancelled" },
        { CancelReasonRole, "cancelReason" },
    };
}

int ProgrammeModel::indexOf(const QString &eventId) const
{
    for (qsizetype row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == eventId)
            return int(row);
    }
    return -1;
}

QVariantMap ProgrammeModel::get(const QString &eventId) const
{
    return modelRow(*this, indexOf(eventId));
}
