// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmedesk.h"

#include "brochureproposals.h"
#include "changewording.h"
#include "clock.h"
#include "displaycontext.h"
#include "programmewire.h"
#include "programmezone.h"
#include "recordcheck.h"
#include "records.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QDate dayFrom(const QString &text)
{
    static const QRegularExpression german(u"^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*$"_s);
    if (const auto match = german.match(text); match.hasMatch())
        return QDate(
            match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    return QDate::fromString(text.trimmed(), u"yyyy-MM-dd"_s);
}

QTime timeFrom(const QString &text)
{
    QTime time = QTime::fromString(text.trimmed(), u"H:mm"_s);
    return time.isValid() ? time : QTime::fromString(text.trimmed(), u"HH:mm"_s);
}
}

ProgrammeDesk::ProgrammeDesk(DraftRepository &drafts, ProgrammeRepository &programme,
    DisplayContext &context, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_programme(programme)
    , m_context(context)
    , m_clock(clock)
{
    connect(&m_context, &DisplayContext::changed, this, &ProgrammeDesk::reload);
    reload();
}

void ProgrammeDesk::reload()
{
    // Read once here, not on every binding that shows them.
    m_draftChanges = readDraftChanges();
    m_keptTexts = readKeptTexts();
    m_places = readPlaces();
    m_publishing = m_drafts.publishing();
    Q_EMIT changed();
}

QVariantList ProgrammeDesk::draftChanges() const
{
    return m_draftChanges;
}

QVariantList ProgrammeDesk::keptTexts() const
{
    return m_keptTexts;
}

bool ProgrammeDesk::publishing() const
{
    return m_publishing;
}

QVariantList ProgrammeDesk::places() const
{
    return m_places;
}

QVariantList ProgrammeDesk::readDraftChanges() const
{
    QVariantList list;
    const auto formatter = m_context.formatter();
    for (const auto &draft : m_drafts.drafts()) {
        const auto published = m_programme.event(draft.id);
        const int kinds = ProgrammeChanges::kindsBetween(published ? &*published : nullptr, draft);
        list.append(QVariantMap { { u"dateId"_s, draft.id },
            { u"title"_s, draft.title.forLanguage(m_context.language()) },
            { u"whenText"_s,
                formatter.shortDate(draft.startsAt) + u", "_s
                    + formatter.timeRange(
                        draft.startsAt, draft.endsAt, draft.approximate, draft.allDay) },
            { u"changeText"_s,
                kinds == 0 ? tr("No difference to the published programme")
                           : ChangeWording::describe(kinds, published, draft, formatter) },
            { u"added"_s, !published.has_value() } });
    }
    return list;
}

QVariantList ProgrammeDesk::readKeptTexts() const
{
    QVariantList list;
    for (const auto &kept : m_drafts.keptTexts()) {
        const auto date = m_drafts.current(kept.dateId);
        list.append(QVariantMap { { u"id"_s, kept.id },
            { u"dateTitle"_s, date ? date->title.forLanguage(m_context.language()) : QString() },
            { u"text"_s, kept.text } });
    }
    return list;
}

QVariantList ProgrammeDesk::readPlaces() const
{
    QVariantList list;
    for (const auto &place : m_programme.places())
        list.append(QVariantMap {
            { u"id"_s, place.id }, { u"name"_s, place.name.forLanguage(m_context.language()) } });
    std::sort(list.begin(), list.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(u"name"_s).toString() < b.toMap().value(u"name"_s).toString();
    });
    // First the choice of none: a place chosen by mistake can be taken away again.
    //: In the choice of a date's place: the date has none
    list.prepend(QVariantMap { { u"id"_s, QString() }, { u"name"_s, tr("No place") } });
    return list;
}

QVariantMap ProgrammeDesk::form(const QString &dateId) const
{
    const auto date = m_drafts.current(dateId);
    if (!date)
        return {};
    const QDateTime start = date->startsAt.toTimeZone(ProgrammeZone::zone());
    const QDateTime end = date->endsAt.toTimeZone(ProgrammeZone::zone());
    return { { u"id"_s, date->id }, { u"kind"_s, ProgrammeDate::kindName(date->kind) },
        { u"moduleNumber"_s, date->moduleNumber }, { u"number"_s, date->number },
        { u"titleDe"_s, date->title.de }, { u"titleEn"_s, date->title.en },
        { u"day"_s, start.date().toString(u"dd.MM.yyyy"_s) },
        { u"start"_s, date->allDay ? QString() : start.time().toString(u"HH:mm"_s) },
        { u"end"_s, date->allDay ? QString() : end.time().toString(u"HH:mm"_s) },
        { u"approximate"_s, date->approximate }, { u"placeId"_s, date->placeId },
        { u"room"_s, date->room }, { u"videoUrl"_s, date->videoUrl },
        { u"tentative"_s, date->tentative }, { u"noteDe"_s, date->note.de },
        { u"noteEn"_s, date->note.en }, { u"cancelled"_s, date->cancelled },
        { u"cancelReason"_s, date->cancelReason },
        { u"hasDraft"_s, m_drafts.draft(dateId).has_value() },
        { u"published"_s, m_programme.event(dateId).has_value() } };
}

QVariantMap ProgrammeDesk::newDateForm() const
{
    return { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"kind"_s, ProgrammeDate::kindName(ProgrammeDate::Kind::InfoTalk) },
        { u"moduleNumber"_s, 0 }, { u"number"_s, 0 }, { u"titleDe"_s, QString() },
        { u"titleEn"_s, QString() }, { u"day"_s, QString() }, { u"start"_s, u"10:00"_s },
        { u"end"_s, u"12:00"_s }, { u"approximate"_s, false }, { u"placeId"_s, QString() },
        { u"room"_s, QString() }, { u"videoUrl"_s, QString() }, { u"tentative"_s, false },
        { u"noteDe"_s, QString() }, { u"noteEn"_s, QString() }, { u"cancelled"_s, false },
        { u"cancelReason"_s, QString() }, { u"hasDraft"_s, false }, { u"published"_s, false } };
}

std::optional<ProgrammeDate> ProgrammeDesk::dateFrom(
    const QVariantMap &form, QString *problem) const
{
    const auto text = [&form](const QString &key) { return form.value(key).toString().trimmed(); };
    const auto refuse = [problem](const QString &message) {
        *problem = message;
        return std::nullopt;
    };
    ProgrammeDate date;
    date.id = text(u"id"_s);
    if (!ProgrammeDate::kindFromName(text(u"kind"_s), &date.kind))
        date.kind = ProgrammeDate::Kind::InfoTalk;
    date.moduleNumber = form.value(u"moduleNumber"_s).toInt();
    date.number = form.value(u"number"_s).toInt();
    date.title = { text(u"titleDe"_s), text(u"titleEn"_s) };
    date.note = { text(u"noteDe"_s), text(u"noteEn"_s) };
    date.placeId = text(u"placeId"_s);
    date.room = text(u"room"_s);
    date.videoUrl = text(u"videoUrl"_s);
    date.tentative = form.value(u"tentative"_s).toBool();
    date.approximate = form.value(u"approximate"_s).toBool();
    date.cancelled = form.value(u"cancelled"_s).toBool();
    date.cancelReason = date.cancelled ? text(u"cancelReason"_s) : QString();
    // What the form does not show stays as it is (the topics of a module).
    if (const auto before = m_drafts.current(date.id))
        date.topics = before->topics;
    if (date.id.isEmpty())
        return refuse(tr("This date cannot be found any more."));
    if (date.title.de.isEmpty())
        return refuse(tr("Please give the date a German title."));
    const QDate day = dayFrom(text(u"day"_s));
    if (!day.isValid())
        return refuse(tr("Please enter the day as day.month.year, for example 26.11.2026."));
    if (text(u"start"_s).isEmpty() && text(u"end"_s).isEmpty()) {
        date.allDay = true;
        date.startsAt = ProgrammeZone::instant(day, QTime(0, 0));
        date.endsAt = ProgrammeZone::instant(day.addDays(1), QTime(0, 0));
    } else {
        const QTime start = timeFrom(text(u"start"_s));
        const QTime end = timeFrom(text(u"end"_s));
        if (!start.isValid() || !end.isValid())
            return refuse(tr("Please enter the times as hours:minutes, for example 10:00, "
                             "or leave both empty for a whole day."));
        if (end <= start)
            return refuse(tr("The end must be after the start."));
        date.startsAt = ProgrammeZone::instant(day, start);
        date.endsAt = ProgrammeZone::instant(day, end);
    }
    if (!date.videoUrl.isEmpty()
        && (!date.videoUrl.startsWith(u"https://"_s) || date.videoUrl.contains(u' ')))
        return refuse(tr("The video link must be one address starting with https://."));
    // The limits the record declares (protocol/records.cpp), as the server checks them.
    if (!RecordCheck::fields(Records::DateDraft::entity, ProgrammeWire::fieldsOf(date)).isEmpty())
        return refuse(tr("A text is too long: titles up to 200 characters, the room up to "
                         "100, the reason for a cancellation up to 300."));
    return date;
}

QString ProgrammeDesk::save(const QVariantMap &form)
{
    QString problem;
    const auto date = dateFrom(form, &problem);
    if (!date)
        return problem;
    if (!m_drafts.saveDraft(*date, m_clock.now()))
        return tr("The draft could not be saved on this device.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}

bool ProgrammeDesk::discard(const QString &dateId)
{
    if (!m_drafts.discardDraft(dateId, m_clock.now()))
        return false;
    reload();
    Q_EMIT changesRecorded();
    return true;
}

QString ProgrammeDesk::publish(const QString &note)
{
    if (note.trimmed().isEmpty())
        return tr("Please write a note that tells everyone what changed.");
    if (!RecordCheck::fields(
            Records::Release::entity, { { Records::Release::note, note.trimmed() } })
             .isEmpty())
        return tr("The note is longer than 2,000 characters.");
    bool differs = false;
    for (const auto &draft : m_drafts.drafts()) {
        const auto published = m_programme.event(draft.id);
        differs = differs
            || ProgrammeChanges::kindsBetween(published ? &*published : nullptr, draft) != 0;
    }
    if (!differs)
        return tr("The draft does not change anything yet: there is nothing to publish.");
    if (!m_drafts.publish(note, m_clock.now()))
        return tr("The release could not be saved on this device.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}

bool ProgrammeDesk::dismissKeptText(const QString &id)
{
    if (!m_drafts.dismissKeptText(id, m_clock.now()))
        return false;
    reload();
    Q_EMIT changesRecorded();
    return true;
}

QList<ProgrammeDate> ProgrammeDesk::currentDates() const
{
    QList<ProgrammeDate> dates;
    QSet<QString> seen;
    for (const auto &published : m_programme.events()) {
        dates.append(m_drafts.current(published.id).value_or(published));
        seen.insert(published.id);
    }
    for (const auto &draft : m_drafts.drafts()) {
        if (!seen.contains(draft.id))
            dates.append(draft);
    }
    return dates;
}

QVariantMap ProgrammeDesk::checkBrochureTable(const QString &text) const
{
    const auto places = m_programme.places();
    const auto table = BrochureTable::read(text, places.values(), m_context.locale());
    const auto formatter = m_context.formatter();
    QVariantList rows;
    int changes = 0;
    for (const auto &proposal : BrochureProposal::from(table.rows, currentDates())) {
        const auto &date = proposal.date;
        const QString place = places.value(date.placeId).name.forLanguage(m_context.language());
        changes += proposal.changeKinds != 0 ? 1 : 0;
        rows.append(QVariantMap { { u"title"_s, date.title.forLanguage(m_context.language()) },
            { u"whenText"_s,
                formatter.shortDate(date.startsAt) + u", "_s
                    + formatter.timeRange(date.startsAt, date.endsAt, date.approximate, date.allDay)
                    + (place.isEmpty() ? QString() : u", "_s + place) },
            { u"changeText"_s,
                proposal.changeKinds == 0 ? tr("Already in the programme like this")
                    : proposal.before     ? ChangeWording::describe(
                              proposal.changeKinds, proposal.before, date, formatter)
                                      : tr("New date") },
            { u"status"_s,
                !proposal.before                ? u"new"_s
                    : proposal.changeKinds != 0 ? u"changed"_s
                                                : u"same"_s } });
    }
    QStringList doubts;
    for (const auto &doubt : table.doubts)
        doubts.append(doubt.text);
    return { { u"rows"_s, rows }, { u"doubts"_s, doubts }, { u"changes"_s, changes } };
}

QString ProgrammeDesk::takeBrochureTable(const QString &text)
{
    const auto table = BrochureTable::read(text, m_programme.places().values(), m_context.locale());
    int taken = 0;
    for (const auto &proposal : BrochureProposal::from(table.rows, currentDates())) {
        if (proposal.changeKinds == 0)
            continue;
        if (!m_drafts.saveDraft(proposal.date, m_clock.now()))
            return tr("The draft could not be saved on this device.");
        ++taken;
    }
    if (taken == 0)
        return tr("The table does not change anything in the programme.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}
