// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmedate.h"

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>

class DisplayContext;
class ProgrammeRepository;

/// Every date of the programme, in order, with texts ready to show and a section per module.
class ProgrammeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        EventIdRole = Qt::UserRole,
        KindRole,
        TitleRole,
        DateTextRole,
        LongDateTextRole,
        TimeTextRole,
        PlaceNameRole,
        PlaceIdRole, ///< the place among the programme's places (the venue's is
                     ///< VenueDetails::placeId)
        OnlineRole,
        VideoUrlRole,
        TentativeRole,
        ModuleNumberRole,
        SectionTitleRole,
        TopicsRole,
        NoteRole,
        IsPastRole,
        HasBegunRole,
        IsTodayRole,
        ZoneHintRole,
        /// "", "new", "moved", "confirmed", "cancelled", "reinstated" until the participant has
        /// seen it
        ChangeKindRole,
        ChangeTextRole, ///< the change for people: "Moved – before: Thu, 26 Nov, 10:00"
        RoomRole, ///< the room within the place, if named
        AddressRole, ///< the place's postal address, one line
        /// Room, place and address on up to three lines, as the date's page shows them.
        LocationTextRole,
        MapUrlRole, ///< opens the address in a map or route planner (empty without one)
        CancelledRole, ///< called off; the date stays in the list, shown as cancelled
        CancelReasonRole, ///< the organisers' reason, if they gave one
    };
    Q_ENUM(Roles)

    ProgrammeModel(
        ProgrammeRepository &repository, DisplayContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// All texts of one date by its id, for the event page (role names as keys).
    Q_INVOKABLE QVariantMap get(const QString &eventId) const;
    Q_INVOKABLE int indexOf(const QString &eventId) const;
    /// Reads the programme again from the replica (after an import).
    Q_INVOKABLE void reload();
    /// The participant has seen the change of @p eventId.
    Q_INVOKABLE void markSeen(const QString &eventId);
    /// Re-evaluates what depends on the time: past dates, today's dates.
    void refreshTimes();

    const QList<ProgrammeDate> &events() const;
    QString placeName(const ProgrammeDate &event) const;
    QString sectionTitle(int moduleNumber, bool tentative) const;

Q_SIGNALS:
    void countChanged();

private:
    ProgrammeRepository &m_repository;
    DisplayContext &m_context;
    QList<ProgrammeDate> m_events;
    QHash<QString, Place> m_places;
};
