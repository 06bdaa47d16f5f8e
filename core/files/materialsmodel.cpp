// SPDX-License-Identifier: GPL-3.0-or-later
#include "materialsmodel.h"

#include "appsettings.h"
#include "devicefiles.h"
#include "filecache.h"
#include "records.h"

#include <algorithm>

using namespace Qt::StringLiterals;
namespace Fields = Records::Material;

namespace {
int moduleOf(const FileRecord &material)
{
    return int(material.fields.value(Fields::moduleNumber).toInteger());
}

QString text(const FileRecord &material, QLatin1StringView field)
{
    return material.fields.value(field).toString();
}
}

MaterialsModel::MaterialsModel(
    FileRecords &records, FileCache &cache, AppSettings &settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_records(records)
    , m_cache(cache)
    , m_settings(settings)
{
    reload();
}

void MaterialsModel::reload()
{
    m_all = m_records.materials(); // newest first
    // By module, those of no module last; newest first within one.
    std::stable_sort(m_all.begin(), m_all.end(), [](const FileRecord &a, const FileRecord &b) {
        const int first = moduleOf(a) == 0 ? 99 : moduleOf(a);
        const int second = moduleOf(b) == 0 ? 99 : moduleOf(b);
        return first < second;
    });
    const QStringList kept = m_cache.keptOffline();
    m_keptOffline = QSet<QString>(kept.cbegin(), kept.cend());
    rebuild();
}

void MaterialsModel::rebuild()
{
    const auto oldCount = m_visible.size();
    beginResetModel();
    m_visible.clear();
    std::copy_if(m_all.cbegin(), m_all.cend(), std::back_inserter(m_visible),
        [this](const FileRecord &material) { return matches(material); });
    endResetModel();
    if (oldCount != m_visible.size())
        Q_EMIT countChanged();
}

bool MaterialsModel::matches(const FileRecord &material) const
{
    if (m_module > 0 && moduleOf(material) != m_module)
        return false;
    const QStringList words = m_filter.split(u' ', Qt::SkipEmptyParts);
    const QString searched = text(material, Fields::title) + u' '
        + text(material, Fields::description) + u' ' + text(material, Fields::topic) + u' '
        + text(material, Records::FileFields::fileName);
    return std::all_of(words.cbegin(), words.cend(),
        [&searched](const QString &word) { return searched.contains(word, Qt::CaseInsensitive); });
}

void MaterialsModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    Q_EMIT filterChanged();
}

void MaterialsModel::setModule(int module)
{
    if (module == m_module)
        return;
    m_module = module;
    rebuild();
    Q_EMIT moduleChanged();
}

int MaterialsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant MaterialsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    return value(m_visible.at(index.row()), role);
}

QVariant MaterialsModel::value(const FileRecord &material, int role) const
{
    const QString hash = text(material, Records::FileFields::hash);
    switch (role) {
    case MaterialIdRole:
        return material.id;
    case TitleRole:
        return text(material, Fields::title);
    case DescriptionRole:
        return text(material, Fields::description);
    case ModuleNumberRole:
        return moduleOf(material);
    case SectionTitleRole:
        //: A group of materials: those of module %1
        return moduleOf(material) > 0 ? tr("Module %1").arg(moduleOf(material))
                                      //: A group of materials that belong to no module
                                      : tr("Other materials");
    case TopicRole:
        return text(material, Fields::topic);
    case UrlRole:
        return text(material, Fields::url);
    case FileNameRole:
        return text(material, Records::FileFields::fileName);
    case IsPhotoRole:
        return DeviceFiles::isPhoto(text(material, Records::FileFields::mediaType));
    case AuthorNameRole:
        return text(material, Fields::authorName);
    case MineRole:
        return material.waiting
            || (!m_settings.ownContactId().isEmpty()
                && text(material, Fields::authorContactId) == m_settings.ownContactId());
    case WaitingRole:
        return material.waiting;
    case ProblemRole:
        return material.problem;
    case KeptOfflineRole:
        return !hash.isEmpty() && m_keptOffline.contains(hash);
    case OnDeviceRole:
        return !hash.isEmpty() && m_cache.holds(hash);
    }
    return {};
}

QHash<int, QByteArray> MaterialsModel::roleNames() const
{
    return { { MaterialIdRole, "materialId" }, { TitleRole, "title" },
        { DescriptionRole, "description" }, { ModuleNumberRole, "moduleNumber" },
        { SectionTitleRole, "sectionTitle" }, { TopicRole, "topic" }, { UrlRole, "url" },
        { FileNameRole, "fileName" }, { IsPhotoRole, "isPhoto" }, { AuthorNameRole, "authorName" },
        { MineRole, "mine" }, { WaitingRole, "waiting" }, { ProblemRole, "problem" },
        { KeptOfflineRole, "keptOffline" }, { OnDeviceRole, "onDevice" } };
}

QVariantMap MaterialsModel::get(const QString &materialId) const
{
    const auto found = std::find_if(m_all.cbegin(), m_all.cend(),
        [&materialId](const FileRecord &material) { return material.id == materialId; });
    if (found == m_all.cend())
        return {};
    QVariantMap map;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), value(*found, it.key()));
    return map;
}
