// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsmodel.h"

#include "appsettings.h"
#include "changewording.h"
#include "displaycontext.h"
#include "practiceproject.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "projectsteps.h"
#include "records.h"

using namespace Qt::StringLiterals;

NewsModel::NewsModel(ProgrammeModel &programme, NewsRepository &news, DraftRepository &releases,
    AnnouncementRepository &announcements, AppSettings &settings, DisplayContext &context,
    QObject *parent)
    : QAbstractListModel(parent)
    , m_programme(programme)
    , m_news(news)
    , m_releases(releases)
    , m_announcements(announcements)
    , m_settings(settings)
    , m_context(context)
{
    connect(&m_programme, &QAbstractItemModel::modelReset, this, &NewsModel::reload);
    connect(&m_settings, &AppSettings::ownMunicipalityIdChanged, this, &NewsModel::reload);
    connect(&m_context, &DisplayContext::changed, this, &NewsModel::reload);
    reload();
}

int NewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case KindRole:
        return item.kind;
    case Qt::DisplayRole:
    case HeadlineRole:
        return item.headline;
    case DetailRole:
        return item.detail;
    case WhenTextRole:
        return item.whenText;
    case TargetIdRole:
        return item.targetId;
    case MunicipalityIdRole:
        return item.municipalityId;
    case MunicipalityNameRole:
        return item.municipalityName;
    }
    return {};
}

QHash<int, QByteArray> NewsModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { HeadlineRole, "headline" },
        { DetailRole, "detail" },
        { WhenTextRole, "whenText" },
        { TargetIdRole, "targetId" },
        { MunicipalityIdRole, "municipalityId" },
        { MunicipalityNameRole, "municipalityName" },
    };
}

QList<NewsModel::Item> NewsModel::programmeChanges() const
{
    // The programme's own words for its changes, as the list of dates shows them.
    QList<Item> items;
    for (int row = 0; row < m_programme.rowCount(); ++row) {
        const QModelIndex index = m_programme.index(row);
        if (index.data(ProgrammeModel::ChangeKindRole).toString().isEmpty())
            continue;
        Item item;
        item.kind = u"programme"_s;
        item.headline = index.data(ProgrammeModel::TitleRole).toString();
        item.detail = index.data(ProgrammeModel::ChangeTextRole).toString();
        //: When a changed date is now: %1 its date, %2 its time
        item.whenText = tr("%1, %2").arg(index.data(ProgrammeModel::DateTextRole).toString(),
            index.data(ProgrammeModel::TimeTextRole).toString());
        item.targetId = index.data(ProgrammeModel::EventIdRole).toString();
        items.append(item);
    }
    return items;
}

QList<NewsModel::Item> NewsModel::releaseItems() const
{
    const int seen = m_releases.seenRelease();
    QList<QList<DateChange>> unseen; // oldest first
    QStringList notes;
    const auto formatter = m_context.formatter();
    const auto releases = m_releases.releases(); // newest first
    for (auto it = releases.crbegin(); it != releases.crend(); ++it) {
        if (it->number <= seen)
            continue;
        unseen.append(it->changes);
        //: A release's note in "What changed": %1 its number, %2 its day, %3 the note
        notes.append(
            tr("Release %1 of %2: %3")
                .arg(it->number)
                .arg(formatter.calendarDate(ProgrammeZone::localDate(it->publishedAt)), it->note));
    }
    if (unseen.isEmpty())
        return {};
    QHash<QString, ProgrammeDate> now;
    for (const auto &date : m_programme.events())
        now.insert(date.id, date);
    QStringList lines = notes;
    const auto changes = ProgrammeChanges::combined(unseen, now);
    for (const auto &change : changes) {
        const ProgrammeDate &date = now.value(change.dateId);
        lines.append(u"• "_s + date.title.forLanguage(m_context.language()) + u": "_s
            + ChangeWording::describe(change.kinds, change.before, date, formatter));
    }
    if (changes.isEmpty())
        lines.append(tr("Taken together, the dates are as they were before."));
    Item item;
    item.kind = u"release"_s;
    item.headline = unseen.size() == 1
        ? tr("The programme has changed")
        //: %1 is how many releases of the programme the person has not seen (2 or more)
        : tr("The programme has changed (%1 releases)").arg(unseen.size());
    item.detail = lines.join(u'\n');
    item.targetId = QString::number(releases.constFirst().number);
    return { item };
}

NewsModel::Item NewsModel::projectItem(const ProjectNews &news) const
{
    Item item;
    item.kind = news.entity;
    item.targetId = news.rowId;
    item.municipalityId = news.municipalityId;
    item.municipalityName = news.municipalityName;
    //: When something arrived; %1 is a date
    item.whenText
        = tr("arrived %1")
              .arg(m_context.formatter().calendarDate(ProgrammeZone::localDate(news.arrivedAt)));
    const QString &summary = news.summary;
    if (news.entity == Records::Step::entity) {
        Step::Status status = Step::Status::Open;
        const bool known = Step::statusFromName(news.stepStatus, &status);
        if (news.kind == "new"_L1) {
            item.headline = tr("New step: %1").arg(summary);
            item.detail = known ? ProjectSteps::statusText(status) : QString();
        } else if (news.kind == "status"_L1 && known) {
            //: %1 is a step's title, %2 its status now ("Done")
            item.headline
                = tr("Step “%1” is now: %2").arg(summary, ProjectSteps::statusText(status));
        } else if (news.kind == "removed"_L1) {
            item.headline = tr("Step removed: %1").arg(summary);
        } else {
            item.headline = tr("Step changed: %1").arg(summary);
        }
        return item;
    }
    if (news.entity == Records::LogEntry::entity) {
        item.headline = news.authorName.isEmpty() ? tr("New log entry")
                                                  //: %1 is who wrote the log entry
                                                  : tr("New log entry by %1").arg(news.authorName);
        item.detail = summary;
        return item;
    }
    item.headline = news.authorName.isEmpty() ? tr("Comment from the organisers")
        : news.kind == "changed"_L1
        //: %1 is the organiser who changed their comment
        ? tr("Comment changed by %1").arg(news.authorName)
        //: %1 is the organiser who wrote the comment
        : tr("Comment by %1").arg(news.authorName);
    item.detail = summary;
    return item;
}

QList<NewsModel::Item> NewsModel::announcementItems() const
{
    QList<Item> items;
    // Only those for this person (the server does not send the others anyway).
    for (const auto &announcement : m_announcements.unseen(m_settings.ownMunicipalityId())) {
        Item item;
        item.kind = u"announcement"_s;
        item.headline = announcement.authorName.isEmpty()
            ? tr("Announcement from the organisers")
            //: %1 is the organiser who wrote the announcement
            : tr("Announcement from %1").arg(announcement.authorName);
        item.detail = announcement.text;
        if (announcement.publishedAt.isValid())
            item.whenText = m_context.formatter().calendarDate(
                ProgrammeZone::localDate(announcement.publishedAt));
        item.targetId = announcement.id;
        item.municipalityId = announcement.municipalityId;
        items.append(item);
    }
    return items;
}

void NewsModel::reload()
{
    beginResetModel();
    m_items = announcementItems() + releaseItems() + programmeChanges();
    const QString municipality = m_settings.ownMunicipalityId();
    if (!municipality.isEmpty())
        m_news.forgetOtherProjects(municipality);
    for (const auto &news : m_news.unseen(municipality, m_settings.ownContactId())) {
        m_items.append(projectItem(news));
        if (!municipality.isEmpty())
            m_items.last().municipalityName.clear(); // all of it is the own project's
    }
    endResetModel();
    Q_EMIT countChanged();
}

void NewsModel::markAllSeen()
{
    const auto items = m_items;
    for (const auto &item : items) {
        if (item.kind == "programme"_L1)
            m_programme.markSeen(item.targetId);
        if (item.kind == "release"_L1)
            m_releases.setSeenRelease(item.targetId.toInt());
    }
    m_news.markSeen();
    m_announcements.markAllSeen();
    reload();
}
