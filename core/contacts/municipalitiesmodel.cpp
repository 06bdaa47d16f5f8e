// SPDX-License-Identifier: GPL-3.0-or-later
#include "municipalitiesmodel.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "projectrepository.h"

MunicipalitiesModel::MunicipalitiesModel(ContactRepository &contacts, ProjectRepository &projects,
    AppSettings &settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_contacts(contacts)
    , m_projects(projects)
    , m_settings(settings)
{
    reload();
    connect(&m_settings, &AppSettings::ownMunicipalityIdChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { IsOwnRole });
    });
}

void MunicipalitiesModel::reload()
{
    const auto oldCount = m_rows.size();
    beginResetModel();
    m_rows.clear();
    for (const auto &municipality : m_contacts.municipalities()) {
        Row row { municipality.id, municipality.name };
        if (const auto project = m_projects.projectOf(municipality.id)) {
            const auto steps = m_projects.steps(project->id);
            row.stepCount = int(steps.size());
            row.doneCount = int(std::count_if(steps.cbegin(), steps.cend(),
                [](const Step &step) { return step.status == Step::Status::Done; }));
        }
        m_rows.append(row);
    }
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

int MunicipalitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MunicipalitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case MunicipalityIdRole:
        return row.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case IsOwnRole:
        return row.id == m_settings.ownMunicipalityId();
    case StepCountRole:
        return row.stepCount;
    case DoneCountRole:
        return row.doneCount;
    }
    return {};
}

QHash<int, QByteArray> MunicipalitiesModel::roleNames() const
{
    return { { MunicipalityIdRole, "municipalityId" }, { NameRole, "name" }, { IsOwnRole, "isOwn" },
        { StepCountRole, "stepCount" }, { DoneCountRole, "doneCount" } };
}

int MunicipalitiesModel::indexOf(const QString &municipalityId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == municipalityId)
            return int(row);
    }
    return -1;
}
