// SPDX-License-Identifier: GPL-3.0-or-later
#include "refusedchanges.h"

#include "records.h"
#include "syncrepository.h"

using namespace Qt::StringLiterals;

RefusedChanges::RefusedChanges(SyncRepository &repository)
    : m_repository(repository)
{
    reload();
}

int RefusedChanges::count() const
{
    return int(m_items.size());
}

QVariantList RefusedChanges::items() const
{
    return m_items;
}

void RefusedChanges::reload()
{
    QVariantList items;
    for (const auto &change : m_repository.refusedChanges()) {
        QStringList typed;
        // The texts the person typed, to copy (the same names in every record that has them).
        for (const auto field :
            { Records::Step::title, Records::Project::goal, Records::Step::notes,
                Records::LogEntry::text, Records::Contact::phone, Records::Contact::email,
                Records::ProgrammeDate::titleDe, Records::ProgrammeDate::noteDe,
                Records::ProgrammeDate::cancelReason, Records::Release::note }) {
            const QString value = change.payload.value(field).toString();
            if (!value.trimmed().isEmpty())
                typed.append(value);
        }
        items.append(QVariantMap { { u"seq"_s, QString::number(change.seq) },
            { u"what"_s, describe(change) }, { u"reason"_s, reasonText(change) },
            { u"text"_s, typed.join(u"\n\n"_s) } });
    }
    if (items == m_items)
        return;
    m_items = items;
    Q_EMIT changed();
}

void RefusedChanges::discard(const QString &seq)
{
    if (m_repository.discardRefused(seq.toLongLong()))
        reload();
}

QString RefusedChanges::describe(const RefusedChange &change)
{
    const QString title = change.payload.value(Records::Step::title).toString();
    if (change.entity == Records::Step::entity) {
        if (change.operation == Records::Operation::insert)
            //: A refused change; %1 is the title of a step
            return tr("New step “%1”").arg(title);
        if (change.operation == Records::Operation::remove)
            return tr("Removal of a step");
        return title.isEmpty() ? tr("Change of a step")
                               //: A refused change; %1 is the new title of a step
                               : tr("Change of a step to “%1”").arg(title);
    }
    if (change.entity == Records::LogEntry::entity)
        return tr("Entry in the progress log");
    if (change.entity == Records::Project::entity)
        return tr("Title and goal of the project");
    if (change.entity == Records::Contact::entity)
        return tr("Your contact details");
    if (change.entity == Records::KeptText::entity
        || change.entity == Records::DraftKeptText::entity)
        return tr("Hiding a kept text");
    if (change.entity == Records::DateDraft::entity) {
        QString date = change.payload.value(Records::ProgrammeDate::titleDe).toString();
        if (date.isEmpty())
            date = change.dateTitle;
        return date.isEmpty() ? tr("Change of a date in the draft")
                              //: A refused change; %1 is the title of a date
                              : tr("Change of the date “%1” in the draft").arg(date);
    }
    if (change.entity == Records::Release::entity)
        return tr("Publishing the draft of the programme");
    return tr("A change");
}

QString RefusedChanges::reasonText(const RefusedChange &change)
{
    if (change.reason == "not_allowed"_L1)
        return tr("You may not change this, for example because it belongs to another "
                  "municipality's project.");
    if (change.reason == "not_found"_L1)
        return tr("Someone removed this in the meantime.");
    if (change.reason == "quota_full"_L1)
        return tr("Your municipality's project has used all the room the server keeps for it. "
                  "Please ask the organisers.");
    if (change.reason == "invalid"_L1)
        //: %1 is the server's explanation (in English)
        return tr("The server did not accept the content (%1).").arg(change.message);
    return change.message;
}
