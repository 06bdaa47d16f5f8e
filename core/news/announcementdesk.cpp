// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementdesk.h"

#include "announcementrepository.h"
#include "clock.h"
#include "contactrepository.h"
#include "displaycontext.h"
#include "programmezone.h"
#include "recordcheck.h"
#include "records.h"

using namespace Qt::StringLiterals;

AnnouncementDesk::AnnouncementDesk(AnnouncementRepository &announcements,
    ContactRepository &contacts, DisplayContext &context, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(announcements)
    , m_contacts(contacts)
    , m_context(context)
    , m_clock(clock)
{
    connect(&m_context, &DisplayContext::changed, this, &AnnouncementDesk::reload);
    reload();
}

void AnnouncementDesk::reload()
{
    QHash<QString, QString> towns;
    m_recipients = { QVariantMap { { u"id"_s, QString() }, { u"name"_s, tr("Everyone") } } };
    for (const auto &municipality : m_contacts.municipalities()) {
        towns.insert(municipality.id, municipality.name);
        m_recipients.append(QVariantMap { { u"id"_s, municipality.id },
            //: Whom an announcement goes to; %1 is a municipality
            { u"name"_s, tr("Participants of %1").arg(municipality.name) } });
    }
    m_announcements.clear();
    const auto formatter = m_context.formatter();
    for (const auto &announcement : m_store.announcements()) {
        const bool waiting = !announcement.publishedAt.isValid();
        m_announcements.append(QVariantMap { { u"id"_s, announcement.id },
            { u"text"_s, announcement.text },
            { u"toText"_s,
                announcement.municipalityId.isEmpty()
                    ? tr("To everyone")
                    //: %1 is a municipality
                    : tr("To the participants of %1")
                          .arg(towns.value(announcement.municipalityId)) },
            { u"whenText"_s,
                waiting
                    ? tr("Waiting for a connection")
                    : formatter.calendarDate(ProgrammeZone::localDate(announcement.publishedAt)) },
            { u"waiting"_s, waiting } });
    }
    Q_EMIT changed();
}

QString AnnouncementDesk::write(const QString &text, const QString &municipalityId)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Please write the announcement.");
    // The limit the record declares (protocol/records.cpp), as the server checks it.
    if (!RecordCheck::fields(
            Records::Announcement::entity, { { Records::Announcement::text, trimmed } })
             .isEmpty())
        return tr("The announcement is longer than 1,000 characters.");
    if (!municipalityId.isEmpty() && !m_contacts.municipality(municipalityId))
        return tr("This municipality cannot be found any more.");
    if (m_store.write(trimmed, municipalityId, m_clock.now()).isEmpty())
        return tr("The announcement could not be saved on this device.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}

bool AnnouncementDesk::withdraw(const QString &id)
{
    if (!m_store.withdraw(id, m_clock.now()))
        return false;
    reload();
    Q_EMIT changesRecorded();
    return true;
}
