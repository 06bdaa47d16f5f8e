// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmereleases.h"

#include "programmewire.h"
#include "recordcheck.h"
#include "records.h"
#include "serverdatabase.h"
#include "syncstore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
/// A date's fields as published: only the fields of a date (a draft also notes its authors).
QJsonObject dateFieldsOf(const QJsonObject &draft)
{
    QJsonObject fields;
    const Records::RecordSpec *record = Records::find(Records::ProgrammeDate::entity);
    for (const auto &spec : record->fields) {
        if (draft.contains(spec.name))
            fields.insert(spec.name, draft.value(spec.name));
    }
    return fields;
}
}

ProgrammeReleases::ProgrammeReleases(SyncStore &store)
    : m_store(store)
{
}

std::optional<ProgrammeDate> ProgrammeReleases::published(const QString &id) const
{
    const auto row = m_store.rowOf(Records::ProgrammeDate::entity, id);
    if (!row || row->deleted)
        return std::nullopt;
    return ProgrammeWire::eventFrom(id, row->fields);
}

ProgrammeReleases::Refusal ProgrammeReleases::publishDrafts(
    const QString &releaseId, const QString &note, const QString &authorContactId)
{
    if (note.trimmed().isEmpty())
        return { u"invalid"_s, u"A release needs a note that tells everyone what changed."_s };
    QList<DateChange> changes;
    QHash<QString, QJsonObject> dates;
    const auto drafts = m_store.rowsOf(Records::DateDraft::entity);
    for (const auto &draft : drafts) {
        if (draft.deleted)
            continue;
        const QJsonObject fields = dateFieldsOf(draft.fields);
        if (const QString problem = RecordCheck::row(Records::ProgrammeDate::entity, fields);
            !problem.isEmpty())
            return { u"invalid"_s,
                u"The date \"%1\" cannot be published yet: %2"_s.arg(
                    fields.value(Records::ProgrammeDate::titleDe).toString().left(80), problem) };
        const auto before = published(draft.id);
        const ProgrammeDate after = ProgrammeWire::eventFrom(draft.id, fields);
        const int kinds = ProgrammeChanges::kindsBetween(before ? &*before : nullptr, after);
        if (kinds != 0) {
            changes.append({ draft.id, kinds, before });
            dates.insert(draft.id, fields);
        }
    }
    if (changes.isEmpty())
        return { u"invalid"_s,
            u"The draft does not differ from the published programme: there is nothing to "
            "publish."_s };
    // The drafts are published: they go, on every organiser's device.
    for (const auto &draft : drafts) {
        if (!draft.deleted && !m_store.removeRowInTransaction(Records::DateDraft::entity, draft.id))
            return { u"retry"_s, u"The server could not store this change now."_s };
    }
    int number = 0;
    if (!publish(releaseId, changes, dates, note, authorContactId, &number))
        return { u"retry"_s, u"The server could not store this change now."_s };
    return {};
}

QString ProgrammeReleases::importDates(
    const QList<ProgrammeDate> &dates, const QString &note, ImportReport *report)
{
    QList<DateChange> changes;
    QHash<QString, QJsonObject> fields;
    QSet<QString> inFile;
    for (ProgrammeDate date : dates) {
        inFile.insert(date.id);
        const auto before = published(date.id);
        // A cancellation stands: a file made before it must not bring the date back.
        if (before && before->cancelled && !date.cancelled) {
            date.cancelled = true;
            date.cancelReason = before->cancelReason;
            report->keptCancelled.append(date.id);
        }
        const int kinds = ProgrammeChanges::kindsBetween(before ? &*before : nullptr, date);
        if (kinds != 0) {
            changes.append({ date.id, kinds, before });
            fields.insert(date.id, ProgrammeWire::fieldsOf(date));
        }
    }
    for (const auto &row : m_store.rowsOf(Records::ProgrammeDate::entity)) {
        if (!row.deleted && !inFile.contains(row.id))
            report->notInFile.append(row.id);
    }
    report->changes = changes;
    if (changes.isEmpty())
        return {};
    QSqlDatabase db = m_store.connection();
    if (!ServerDatabase::beginWriting(db))
        return u"The store is busy."_s;
    if (!publish(QUuid::createUuid().toString(QUuid::WithoutBraces), changes, fields, note, {},
            &report->releaseNumber)
        || !m_store.commitWrites()) {
        m_store.rollbackWrites();
        return u"The dates could not be stored."_s;
    }
    return {};
}

bool ProgrammeReleases::publish(const QString &releaseId, const QList<DateChange> &changes,
    const QHash<QString, QJsonObject> &dates, const QString &note, const QString &authorContactId,
    int *number)
{
    for (const auto &change : changes) {
        if (!m_store.storeRowInTransaction(
                Records::ProgrammeDate::entity, change.dateId, {}, dates.value(change.dateId)))
            return false;
    }
    // Numbered after the dates were written: writing takes the store's counter, which holds
    // any other writer until this transaction ends, so two releases never get one number.
    int highest = 0;
    for (const auto &row : m_store.rowsOf(Records::Release::entity))
        highest = qMax(highest, row.fields.value(Records::Release::number).toInt());
    *number = highest + 1;
    const QJsonObject release {
        { Records::Release::note, note.trimmed() }, { Records::Release::number, *number },
        { Records::Release::publishedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { Records::Release::authorContactId, authorContactId },
        { Records::Release::changes,
            QString::fromUtf8(
                QJsonDocument(ProgrammeChanges::toJson(changes)).toJson(QJsonDocument::Compact)) }
    };
    return m_store.storeRowInTransaction(Records::Release::entity, releaseId, {}, release);
}
