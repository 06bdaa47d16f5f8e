// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include <QString>

#include <algorithm>

namespace Records {

namespace {
constexpr qsizetype idLength = 64;

FieldSpec text(QLatin1StringView name, qsizetype maxLength)
{
    return { name, FieldType::Text, maxLength };
}

FieldSpec id(QLatin1StringView name)
{
    return text(name, idLength);
}

FieldSpec keptText(QLatin1StringView name, qsizetype maxLength)
{
    FieldSpec spec = text(name, maxLength);
    spec.keptWhenReplaced = true;
    return spec;
}

FieldSpec byServer(FieldSpec spec)
{
    spec.setBy = SetBy::Server;
    return spec;
}

FieldSpec of(QLatin1StringView name, FieldType type, qsizetype maxLength = 0)
{
    return { name, type, maxLength };
}

/// A date's fields; in a draft, an unseen edit of a text keeps the text it replaced.
QList<FieldSpec> dateFields(bool draft)
{
    const auto maybeKept = [draft](QLatin1StringView name, qsizetype maxLength) {
        return draft ? keptText(name, maxLength) : text(name, maxLength);
    };
    return { { ProgrammeDate::kind, FieldType::Text, 32, SetBy::Device,
                 { ProgrammeDate::kindModuleDay, ProgrammeDate::kindLearningGroup,
                     ProgrammeDate::kindInfoTalk, ProgrammeDate::kindDeadline },
                 name("A date's kind is module_day, learning_group, info_talk or deadline.") },
        of(ProgrammeDate::moduleNumber, FieldType::Integer),
        of(ProgrammeDate::number, FieldType::Integer), maybeKept(ProgrammeDate::titleDe, 200),
        maybeKept(ProgrammeDate::titleEn, 200), of(ProgrammeDate::startsAt, FieldType::Instant, 40),
        of(ProgrammeDate::endsAt, FieldType::Instant, 40),
        of(ProgrammeDate::allDay, FieldType::Boolean),
        of(ProgrammeDate::approximate, FieldType::Boolean), id(ProgrammeDate::placeId),
        text(ProgrammeDate::videoUrl, 500), of(ProgrammeDate::tentative, FieldType::Boolean),
        of(ProgrammeDate::topicsDe, FieldType::TextList, 500),
        of(ProgrammeDate::topicsEn, FieldType::TextList, 500),
        maybeKept(ProgrammeDate::noteDe, 2000), maybeKept(ProgrammeDate::noteEn, 2000),
        text(ProgrammeDate::room, 100), of(ProgrammeDate::cancelled, FieldType::Boolean),
        maybeKept(ProgrammeDate::cancelReason, 300) };
}

/// @p fields and those of a file a record carries.
QList<FieldSpec> fileFields(QList<FieldSpec> fields)
{
    fields += { text(FileFields::hash, 64), of(FileFields::size, FieldType::Integer),
        text(FileFields::mediaType, 100), text(FileFields::fileName, 200) };
    return fields;
}

QList<RecordSpec> declare()
{
    return {
        { ProgrammeDate::entity, Scope::programme, name("events"), dateFields(false) },
        { DateDraft::entity, Scope::drafts, name("date_drafts"), dateFields(true) },
        { DraftKeptText::entity, Scope::drafts, name("draft_kept_texts"),
            { text(KeptText::keptEntity, 32), id(KeptText::rowId), text(KeptText::field, 16),
                text(KeptText::text, 4000), id(KeptText::authorContactId),
                text(KeptText::replacedAt, 40) } },
        { Release::entity, Scope::programme, name("releases"),
            { text(Release::note, 2000), byServer(of(Release::number, FieldType::Integer)),
                byServer(text(Release::publishedAt, 40)), byServer(id(Release::authorContactId)),
                byServer(text(Release::changes, qsizetype(1024) * 1024)) } },
        { Announcement::entity, Scope::programme, name("announcements"),
            { text(Announcement::text, 1000), id(Announcement::municipalityId),
                byServer(id(Announcement::authorContactId)),
                byServer(text(Announcement::publishedAt, 40)) } },
        { Place::entity, Scope::programme, name("places"),
            { text(Place::nameDe, 200), text(Place::nameEn, 200), text(Place::city, 100),
                of(Place::online, FieldType::Boolean), text(Place::address, 300) } },
        { VenueInfo::entity, Scope::programme, name("venue_info"),
            { id(VenueInfo::placeId), text(VenueInfo::directionsDe, 1000),
                text(VenueInfo::directionsEn, 1000), text(VenueInfo::costsDe, 1000),
                text(VenueInfo::costsEn, 1000), text(VenueInfo::bringDe, 1000),
                text(VenueInfo::bringEn, 1000), text(VenueInfo::learningPlatformUrl, 500) } },
        { Contact::entity, Scope::contacts, name("contacts"),
            { text(Contact::phone, 30), text(Contact::email, 200),
                of(Contact::sharePhone, FieldType::Boolean),
                of(Contact::shareEmail, FieldType::Boolean),
                // Organisers' contacts only (see SyncStore::decideContact).
                text(Contact::name, 200),
                { Contact::role, FieldType::Text, 16, SetBy::Device,
                    { Contact::roleOrganiser, Contact::roleFacilitator, Contact::roleSpeaker },
                    name("Contacts added by organisers are organisers, facilitators or "
                         "speakers.") },
                text(Contact::functionDe, 200), text(Contact::functionEn, 200),
                text(Contact::organisation, 200), byServer(id(Contact::municipalityId)) } },
        { Municipality::entity, Scope::contacts, name("municipalities"),
            { text(Municipality::name, 100) } },
        { Project::entity, Scope::projects, name("projects"),
            { id(Project::municipalityId), keptText(Project::title, 200),
                keptText(Project::goal, 2000) } },
        { Step::entity, Scope::projects, name("steps"),
            { id(Step::projectId), keptText(Step::title, 200),
                { Step::status, FieldType::Text, 16, SetBy::Device,
                    { Step::statusOpen, Step::statusInProgress, Step::statusDone },
                    name("A step's status is open, in_progress or done.") },
                id(Step::ownerContactId), of(Step::dueDate, FieldType::Date, 10),
                { Step::dueModule, FieldType::Integer, 4, SetBy::Device, {},
                    name("A step is due by module 1 to 4 at the latest.") },
                keptText(Step::notes, 4000), of(Step::position, FieldType::Integer) } },
        { LogEntry::entity, Scope::projects, name("log_entries"),
            { id(LogEntry::projectId), of(LogEntry::entryDate, FieldType::Date, 10),
                id(LogEntry::authorContactId), text(LogEntry::authorName, 200),
                text(LogEntry::text, 4000), of(LogEntry::question, FieldType::Boolean) } },
        { LogCorrection::entity, Scope::projects, name("log_corrections"),
            { id(LogCorrection::logEntryId), byServer(id(LogCorrection::projectId)),
                text(LogCorrection::text, 4000), of(LogCorrection::question, FieldType::Boolean),
                of(LogCorrection::withdrawn, FieldType::Boolean),
                byServer(id(LogCorrection::authorContactId)),
                byServer(text(LogCorrection::correctedAt, 40)) } },
        // Sent again by a project's participants after a restore (see SyncStore::decide).
        { KeptText::entity, Scope::projects, name("conflicts"),
            { id(KeptText::projectId), text(KeptText::keptEntity, 16), id(KeptText::rowId),
                text(KeptText::field, 16), text(KeptText::text, 4000),
                id(KeptText::authorContactId), text(KeptText::replacedAt, 40) } },
        { OrganiserNote::entity, Scope::projects, name("comments"),
            { id(OrganiserNote::projectId), id(OrganiserNote::stepId),
                text(OrganiserNote::text, 4000), byServer(id(OrganiserNote::authorContactId)),
                byServer(text(OrganiserNote::writtenAt, 40)) } },
        // A person's own note on a date, linked to a step of their project or not.
        { DateNote::entity, Scope::personal, name("notes"),
            { id(DateNote::eventId), id(DateNote::stepId), text(DateNote::text, 4000),
                byServer(id(DateNote::ownerContactId)) } },
        { Attachment::entity, Scope::projects, name("attachments"),
            fileFields({ id(Attachment::projectId), id(Attachment::logEntryId),
                id(Attachment::stepId), byServer(id(Attachment::authorContactId)),
                byServer(text(Attachment::addedAt, 40)) }) },
        { NoteAttachment::entity, Scope::personal, name("note_attachments"),
            fileFields({ id(NoteAttachment::noteId), byServer(id(NoteAttachment::ownerContactId)),
                byServer(text(NoteAttachment::addedAt, 40)) }) },
        { Material::entity, Scope::programme, name("materials"),
            fileFields({ text(Material::title, 200), text(Material::description, 1000),
                { Material::moduleNumber, FieldType::Integer, 4, SetBy::Device, {},
                    name("A material belongs to module 1 to 4, or to none (0).") },
                text(Material::topic, 100), text(Material::url, 500),
                byServer(id(Material::authorContactId)), byServer(text(Material::authorName, 200)),
                byServer(text(Material::addedAt, 40)) }) },
        // No fields: its id is the hash of the erased person's id.
        { Erasure::entity, Scope::contacts, name("erasures"), {} },
    };
}
}

const QList<RecordSpec> &all()
{
    static const QList<RecordSpec> records = declare();
    return records;
}

const RecordSpec *find(const QString &entity)
{
    for (const auto &record : all()) {
        if (record.entity == entity)
            return &record;
    }
    return nullptr;
}

bool carriesFile(const QString &entity)
{
    const RecordSpec *record = find(entity);
    return record && record->carriesFile();
}

const QStringList &withFiles()
{
    static const QStringList names = [] {
        QStringList list;
        for (const auto &record : all()) {
            if (record.carriesFile())
                list.append(record.entity);
        }
        return list;
    }();
    return names;
}

QLatin1StringView scopeOf(const QString &entity)
{
    const RecordSpec *record = find(entity);
    return record ? record->scope : Scope::projects;
}

QString columnOf(QLatin1StringView field)
{
    QString column;
    column.reserve(field.size() + 4);
    for (const char c : field) {
        if (c >= 'A' && c <= 'Z') {
            column += u'_';
            column += QLatin1Char(char(c - 'A' + 'a'));
        } else {
            column += QLatin1Char(c);
        }
    }
    return column;
}

const FieldSpec *RecordSpec::field(QStringView fieldName) const
{
    for (const auto &spec : fields) {
        if (spec.name == fieldName)
            return &spec;
    }
    return nullptr;
}

bool RecordSpec::carriesFile() const
{
    return std::any_of(fields.cbegin(), fields.cend(),
        [](const FieldSpec &spec) { return spec.name == FileFields::hash; });
}

QList<QLatin1StringView> RecordSpec::keptTexts() const
{
    QList<QLatin1StringView> texts;
    for (const auto &spec : fields) {
        if (spec.keptWhenReplaced)
            texts.append(spec.name);
    }
    return texts;
}
}
