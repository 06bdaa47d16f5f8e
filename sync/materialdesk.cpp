// SPDX-License-Identifier: GPL-3.0-or-later
#include "materialdesk.h"

#include "appsettings.h"
#include "clock.h"
#include "devicefiles.h"
#include "filecache.h"
#include "filerecords.h"
#include "filetransfers.h"
#include "materialsmodel.h"
#include "programmerepository.h"
#include "recordcheck.h"
#include "records.h"

#include <QUuid>

using namespace Qt::StringLiterals;
namespace Fields = Records::Material;

MaterialDesk::MaterialDesk(FileRecords &records, FileTransfers &transfers, DeviceFiles &files,
    FileCache &cache, MaterialsModel &model, const ProgrammeRepository &programme,
    AppSettings &settings, const Clock &clock, FileHandoff::Opener open, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_transfers(transfers)
    , m_files(files)
    , m_cache(cache)
    , m_model(model)
    , m_programme(programme)
    , m_settings(settings)
    , m_clock(clock)
    , m_handoff(std::move(open))
{
    connect(&m_transfers, &FileTransfers::fetched, this, &MaterialDesk::reload);
    connect(&m_transfers, &FileTransfers::changed, this, [this](const QString &entity) {
        if (entity == Fields::entity)
            reload();
    });
}

void MaterialDesk::reload()
{
    m_model.reload();
}

QString MaterialDesk::checkTexts(
    const QString &title, const QString &description, int module, const QString &topic) const
{
    if (title.trimmed().isEmpty())
        return tr("Please give the material a title.");
    if (title.size() > 200 || topic.size() > 100)
        return tr("The title or the topic is too long.");
    if (description.size() > 1000)
        return tr("The description is at most 1,000 characters long.");
    if (module < 0 || module > 4)
        return tr("A material belongs to module 1 to 4, or to none.");
    return {};
}

QString MaterialDesk::post(const QString &title, const QString &description, int module,
    const QString &topic, const QString &link, const QUrl &file)
{
    if (QString problem = checkTexts(title, description, module, topic); !problem.isEmpty())
        return problem;
    const bool withFile = !file.isEmpty();
    if (withFile == !link.trimmed().isEmpty())
        return tr("Please choose a file or give a link, one of them.");
    QJsonObject fields { { Fields::title, title.trimmed() },
        { Fields::description, description.trimmed() }, { Fields::moduleNumber, module },
        { Fields::topic, topic.trimmed() } };
    const QDateTime now = m_clock.now();
    if (withFile) {
        if (!file.isLocalFile())
            return tr("Please choose a file on this device.");
        const DeviceFiles::Kept kept = m_files.addPicked(file.toLocalFile());
        if (!kept.error.isEmpty())
            return kept.error;
        if (!m_cache.note(kept, false, now))
            return tr("The file could not be saved on this device.");
        fields.insert(Records::FileFields::hash, kept.hash);
        fields.insert(Records::FileFields::size, kept.size);
        fields.insert(Records::FileFields::mediaType, kept.mediaType);
        fields.insert(Records::FileFields::fileName, DeviceFiles::nameFor(file.fileName(), kept));
    } else {
        if (!RecordCheck::isOneSecureLink(link.trimmed()))
            return tr("A link begins with https:// and is one address.");
        fields.insert(Fields::url, link.trimmed());
    }
    if (!m_records.add(
            Fields::entity, QUuid::createUuid().toString(QUuid::WithoutBraces), fields, now))
        return tr("The material could not be saved on this device.");
    reload();
    m_transfers.sendWaiting();
    return {};
}

bool MaterialDesk::mayChange(const QString &id) const
{
    const auto material = m_records.record(Fields::entity, id);
    return material
        && (m_settings.organiser() || material->waiting
            || material->fields.value(Fields::authorContactId).toString()
                == m_settings.ownContactId());
}

QString MaterialDesk::change(const QString &id, const QString &title, const QString &description,
    int module, const QString &topic)
{
    if (!mayChange(id))
        return tr("A material is changed by the person who posted it or by the organisers.");
    if (QString problem = checkTexts(title, description, module, topic); !problem.isEmpty())
        return problem;
    if (!m_records.change(Fields::entity, id,
            { { Fields::title, title.trimmed() }, { Fields::description, description.trimmed() },
                { Fields::moduleNumber, module }, { Fields::topic, topic.trimmed() } },
            m_clock.now()))
        return tr("The material could not be saved on this device.");
    reload();
    return {};
}

QString MaterialDesk::remove(const QString &id)
{
    if (!mayChange(id))
        return tr("A material is removed by the person who posted it or by the organisers.");
    if (!m_records.remove(Fields::entity, id, m_clock.now()))
        return tr("The material could not be removed on this device.");
    reload();
    return {};
}

void MaterialDesk::setKeptOffline(const QString &id, bool kept)
{
    const auto material = m_records.record(Fields::entity, id);
    const QString hash
        = material ? material->fields.value(Records::FileFields::hash).toString() : QString();
    if (hash.isEmpty())
        return;
    m_cache.setKeptOffline(hash, kept);
    if (kept)
        m_transfers.fetch(Fields::entity, id);
    reload();
}

QString MaterialDesk::open(const QString &id)
{
    const auto material = m_records.record(Fields::entity, id);
    if (!material)
        return tr("This material is no longer there.");
    const QString hash = material->fields.value(Records::FileFields::hash).toString();
    if (!m_files.has(hash)) {
        m_transfers.fetch(Fields::entity, id);
        return tr("The file is being fetched; open it again in a moment.");
    }
    m_cache.used(hash, m_clock.now());
    return m_handoff
        .handOverCopy(
            m_files.pathOf(hash), material->fields.value(Records::FileFields::fileName).toString())
        .message();
}

void MaterialDesk::fetchWhatIsWanted()
{
    const QStringList keptList = m_cache.keptOffline();
    const QSet<QString> kept(keptList.cbegin(), keptList.cend());
    // The modules whose days are near: from a few days before their first to a few after
    // their last.
    const QDate today = m_clock.now().date();
    QSet<int> near;
    for (const auto &date : m_programme.events()) {
        if (date.kind == ProgrammeDate::Kind::ModuleDay && date.moduleNumber > 0
            && date.startsAt.date().addDays(-daysAround) <= today
            && today <= date.endsAt.date().addDays(daysAround))
            near.insert(date.moduleNumber);
    }
    for (const auto &material : m_records.materials()) {
        const QString hash = material.fields.value(Records::FileFields::hash).toString();
        if (hash.isEmpty() || material.waiting)
            continue;
        const bool ofANearModule
            = near.contains(int(material.fields.value(Fields::moduleNumber).toInteger()));
        if (!kept.contains(hash) && !ofANearModule)
            continue;
        if (m_files.has(hash))
            m_cache.used(hash, m_clock.now()); // goes last when room is needed
        else
            m_transfers.fetch(Fields::entity, material.id);
    }
}
