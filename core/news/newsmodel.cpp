// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsmodel.h"

#include "appsettings.h"
#include "displaycontext.h"
#include "practiceproject.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "projectsteps.h"
#include "records.h"

using namespace Qt::StringLiterals;

NewsModel::NewsModel(ProgrammeModel &programme, NewsRepository &news, AppSettings &settings,
    DisplayContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_programme(programme)
    , m_news(news)
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

void NewsModel::reload()
{
    beginResetModel();
    m_items = programmeChanges();
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
    }
    m_news.markSeen();
    reload();
}
