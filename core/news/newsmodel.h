// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcementrepository.h"
#include "draftrepository.h"
#include "newsrepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

class AppSettings;
class DisplayContext;
class ProgrammeModel;

/// "What changed" since the person last looked: the programme's releases since the last one
/// seen, told as one (their notes, and per date what differs from the version seen then),
/// new, moved and cancelled dates, and what
/// others did in the own municipality's project (every project's, on a device that belongs
/// to no municipality): steps added, changed, finished or removed, new log entries, the
/// organisers' comments.
class NewsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "release", "programme", "step", "log_entry", "comment"
        HeadlineRole,
        DetailRole,
        WhenTextRole,
        TargetIdRole, ///< the date's id, or the project row's
        MunicipalityIdRole,
        MunicipalityNameRole,
    };
    Q_ENUM(Role)

    NewsModel(ProgrammeModel &programme, NewsRepository &news, DraftRepository &releases,
        AnnouncementRepository &announcements, AppSettings &settings, DisplayContext &context,
        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    /// The person has looked at all of it: the marks go, the list empties.
    Q_INVOKABLE void markAllSeen();

Q_SIGNALS:
    void countChanged();

private:
    struct Item
    {
        QString kind;
        QString headline;
        QString detail;
        QString whenText;
        QString targetId;
        QString municipalityId;
        QString municipalityName;
    };
    QList<Item> programmeChanges() const;
    /// The releases the person has not seen, as one item; none if there are none.
    QList<Item> releaseItems() const;
    Item projectItem(const ProjectNews &news) const;
    /// The organisers' announcements not seen yet, for everyone or the own municipality.
    QList<Item> announcementItems() const;

    ProgrammeModel &m_programme;
    NewsRepository &m_news;
    DraftRepository &m_releases;
    AnnouncementRepository &m_announcements;
    AppSettings &m_settings;
    DisplayContext &m_context;
    QList<Item> m_items;
};
