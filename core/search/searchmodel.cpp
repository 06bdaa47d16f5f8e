// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchmodel.h"

#include "contactrepository.h"
#include "displaycontext.h"
#include "noterepository.h"
#include "programmerepository.h"
#include "projectrepository.h"

using namespace Qt::StringLiterals;

namespace {
/// Whether every word of @p words occurs in one of @p texts, whatever its case.
bool matches(const QStringList &words, const QStringList &texts)
{
    for (const auto &word : words) {
        bool found = false;
        for (const auto &text : texts) {
            if (text.contains(word, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

/// The start of @p text, for a result's second line.
QString excerpt(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 120 ? line.left(117) + u"…"_s : line;
}
}

SearchModel::SearchModel(ProgrammeRepository &programme, NoteRepository &notes,
    ContactRepository &contacts, ProjectRepository &projects, DisplayContext &context,
    QObject *parent)
    : QAbstractListModel(parent)
    , m_programme(programme)
    , m_notes(notes)
    , m_contacts(contacts)
    , m_projects(projects)
    , m_context(context)
{
    connect(&m_context, &DisplayContext::changed, this, &SearchModel::refresh);
}

QString SearchModel::query() const
{
    return m_query;
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    refresh();
}

void SearchModel::refresh()
{
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = search();
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

QList<SearchModel::Row> SearchModel::search() const
{
    const QStringList words = m_query.simplified().split(u' ', Qt::SkipEmptyParts);
    QList<Row> rows;
    if (words.isEmpty())
        return rows;
    const QString language = m_context.language();
    const auto formatter = m_context.formatter();

    //: Group of search results: dates of the programme
    const QString dates = tr("Dates");
    const auto places = m_programme.places();
    int found = 0;
    for (const auto &event : m_programme.events()) {
        const QString place = places.value(event.placeId).name.forLanguage(language);
        const QString title = event.title.forLanguage(language);
        const auto ownNote = m_notes.note(event.id);
        if (found < maxPerGroup
            && matches(words,
                { title, place, event.topics.forLanguage(language).join(u' '),
                    event.note.forLanguage(language), ownNote ? ownNote->text : QString() })) {
            rows.append({ u"event"_s, event.id, {}, title,
                formatter.longDate(event.startsAt)
                    + (place.isEmpty() ? QString() : u" · "_s + place),
                dates });
            ++found;
        }
    }

    //: Group of search results: people of the programme
    const QString people = tr("People");
    const auto municipalityList = m_contacts.municipalities(); // by name
    QHash<QString, QString> municipalities;
    for (const auto &municipality : municipalityList)
        municipalities.insert(municipality.id, municipality.name);
    found = 0;
    for (const auto &contact : m_contacts.contacts()) {
        const QString function = contact.function.forLanguage(language);
        const QString municipality = municipalities.value(contact.municipalityId);
        if (found < maxPerGroup
            && matches(words, { contact.name, function, contact.organisation, municipality })) {
            QStringList detail { function, contact.organisation, municipality };
            detail.removeAll(QString());
            rows.append(
                { u"contact"_s, contact.id, {}, contact.name, detail.join(u" · "_s), people });
            ++found;
        }
    }

    //: Group of search results: the municipalities' practice projects
    const QString projects = tr("Practice projects");
    found = 0;
    for (const auto &municipality : municipalityList) {
        if (found >= maxPerGroup)
            break;
        const auto project = m_projects.projectOf(municipality.id);
        if (!project)
            continue;
        if (matches(words, { project->title, project->goal, municipality.name })) {
            rows.append({ u"project"_s, project->id, municipality.id, project->title,
                municipality.name + u" · "_s + excerpt(project->goal), projects });
            ++found;
        }
        for (const auto &step : m_projects.steps(project->id)) {
            if (found < maxPerGroup && matches(words, { step.title, step.notes })) {
                //: A search result: a step of a municipality's project; %1 the municipality
                rows.append({ u"step"_s, step.id, municipality.id, step.title,
                    tr("Step · %1").arg(municipality.name), projects });
                ++found;
            }
        }
        for (const auto &entry : m_projects.logEntries(project->id)) {
            if (found < maxPerGroup && matches(words, { entry.text, entry.authorName })) {
                //: A search result: a log entry; %1 its date, %2 the municipality
                rows.append({ u"log"_s, entry.id, municipality.id, excerpt(entry.text),
                    tr("Entry of %1 · %2")
                        .arg(formatter.calendarDate(entry.entryDate), municipality.name),
                    projects });
                ++found;
            }
        }
    }
    return rows;
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case KindRole:
        return row.kind;
    case ItemIdRole:
        return row.itemId;
    case MunicipalityIdRole:
        return row.municipalityId;
    case DetailRole:
        return row.detail;
    case SectionTitleRole:
        return row.sectionTitle;
    }
    return {};
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return { { KindRole, "kind" }, { ItemIdRole, "itemId" },
        { MunicipalityIdRole, "municipalityId" }, { TitleRole, "title" }, { DetailRole, "detail" },
        { SectionTitleRole, "sectionTitle" } };
}
