// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QStringList>

/// Every record the app and the server exchange, declared once: its name on the wire, the
/// scope it is downloaded in, its fields with type and limits, which of them a device may send
/// and which only the server sets, and which texts are kept when an unseen edit replaces them.
/// The device's replica, the server's store and checks, the forms and the tests read these
/// declarations instead of spelling names out again (docs/glossary.md links them to the words
/// on screen). Field names are the wire's; in the device's replica a field's column is its name
/// in snake_case (dueDate → due_date).
namespace Records {

/// A name on the wire, usable wherever Qt takes a Latin-1 string.
template <qsizetype N> constexpr QLatin1StringView name(const char (&text)[N])
{
    return QLatin1StringView(text, N - 1);
}

/// The scopes a device downloads (each with its own position).
namespace Scope {
inline constexpr auto programme = name("programme");
inline constexpr auto contacts = name("contacts");
inline constexpr auto projects = name("projects");
/// A person's own rows (their notes on dates): stored per person, sent to no one else.
inline constexpr auto personal = name("private");
/// The organisers' draft of the next release of the programme: sent to organisers only.
inline constexpr auto drafts = name("drafts");
}

/// A municipality's practice project ("Praxisprojekt"). Its id follows from the
/// municipality's (Ids::projectIdFor).
namespace Project {
inline constexpr auto entity = name("project");
inline constexpr auto municipalityId = name("municipalityId");
inline constexpr auto title = name("title");
inline constexpr auto goal = name("goal");
}

/// A step of a practice project ("Schritt").
namespace Step {
inline constexpr auto entity = name("step");
inline constexpr auto projectId = name("projectId");
inline constexpr auto title = name("title");
inline constexpr auto status = name("status"); ///< open, in_progress, done
inline constexpr auto ownerContactId = name("ownerContactId");
inline constexpr auto dueDate = name("dueDate");
inline constexpr auto dueModule = name("dueModule"); ///< 1 to 4, or 0 for none
inline constexpr auto notes = name("notes");
inline constexpr auto position = name("position");
inline constexpr auto statusOpen = name("open");
inline constexpr auto statusInProgress = name("in_progress");
inline constexpr auto statusDone = name("done");
}

/// An entry of a project's log ("Fortschritt"): written once, never changed or removed; its
/// writer corrects or withdraws it with a LogCorrection.
namespace LogEntry {
inline constexpr auto entity = name("log_entry");
inline constexpr auto projectId = name("projectId");
inline constexpr auto entryDate = name("entryDate");
inline constexpr auto authorContactId = name("authorContactId");
inline constexpr auto authorName = name("authorName");
inline constexpr auto text = name("text");
inline constexpr auto question = name("question"); ///< a question to the organisers
}

/// A correction of a log entry by the person who wrote it ("Korrektur"): the entry's new text
/// and whether it asks the organisers something, or its withdrawal. Written once and never
/// changed, like the entry: the entry reads as its latest correction (by correctedAt, then id),
/// and every earlier wording stays readable, so nothing disappears without a trace.
namespace LogCorrection {
inline constexpr auto entity = name("log_correction");
inline constexpr auto logEntryId = name("logEntryId");
inline constexpr auto projectId = name("projectId"); ///< the entry's, set by the server
inline constexpr auto text = name("text"); ///< the corrected text (the last text when withdrawn)
inline constexpr auto question = name("question");
inline constexpr auto withdrawn = name("withdrawn");
inline constexpr auto authorContactId = name("authorContactId"); ///< set by the server
inline constexpr auto correctedAt = name("correctedAt"); ///< set by the server, UTC
}

/// A person of the programme ("Kontakt"): organisers, facilitators, participants.
namespace Contact {
inline constexpr auto entity = name("contact");
inline constexpr auto name = Records::name("name");
inline constexpr auto role
    = Records::name("role"); ///< organiser, facilitator, speaker, participant
inline constexpr auto functionDe = Records::name("functionDe");
inline constexpr auto functionEn = Records::name("functionEn");
inline constexpr auto organisation = Records::name("organisation");
inline constexpr auto municipalityId = Records::name("municipalityId");
inline constexpr auto phone = Records::name("phone");
inline constexpr auto email = Records::name("email");
inline constexpr auto sharePhone = Records::name("sharePhone");
inline constexpr auto shareEmail = Records::name("shareEmail");
inline constexpr auto roleOrganiser = Records::name("organiser");
inline constexpr auto roleFacilitator = Records::name("facilitator");
inline constexpr auto roleSpeaker = Records::name("speaker"); ///< invited for a talk
inline constexpr auto roleParticipant = Records::name("participant");
}

/// A municipality taking part ("Kommune"); added by the server's operator.
namespace Municipality {
inline constexpr auto entity = name("municipality");
inline constexpr auto name = Records::name("name");
}

/// A text that another device's edit replaced unseen, kept for the project's participants
/// ("Gleichzeitig eingegeben"; in code a kept text).
namespace KeptText {
inline constexpr auto entity = name("conflict"); ///< the wire keeps its first name
inline constexpr auto projectId = name("projectId");
inline constexpr auto keptEntity = name("entity"); ///< the record the text was replaced in
inline constexpr auto rowId = name("rowId");
inline constexpr auto field = name("field");
inline constexpr auto text = name("text");
inline constexpr auto authorContactId = name("authorContactId");
inline constexpr auto replacedAt = name("replacedAt");
}

/// A date of the programme ("Termin"): a module day, a learning group, an info talk, a deadline.
namespace ProgrammeDate {
inline constexpr auto entity = name("event"); ///< the wire keeps its first name
inline constexpr auto kind = name("kind");
inline constexpr auto moduleNumber = name("moduleNumber");
inline constexpr auto number = name("number");
inline constexpr auto titleDe = name("titleDe");
inline constexpr auto titleEn = name("titleEn");
inline constexpr auto startsAt = name("startsAt");
inline constexpr auto endsAt = name("endsAt");
inline constexpr auto allDay = name("allDay");
inline constexpr auto approximate = name("approximate");
inline constexpr auto placeId = name("placeId");
inline constexpr auto videoUrl = name("videoUrl");
inline constexpr auto tentative = name("tentative");
inline constexpr auto topicsDe = name("topicsDe");
inline constexpr auto topicsEn = name("topicsEn");
inline constexpr auto noteDe = name("noteDe");
inline constexpr auto noteEn = name("noteEn");
inline constexpr auto room = name("room"); ///< the room within the place, e.g. "Seminarraum 2"
/// Called off by the organisers; the date stays, shown as cancelled, with the reason.
inline constexpr auto cancelled = name("cancelled");
inline constexpr auto cancelReason = name("cancelReason");
inline constexpr auto kindModuleDay = name("module_day");
inline constexpr auto kindLearningGroup = name("learning_group");
inline constexpr auto kindInfoTalk = name("info_talk");
inline constexpr auto kindDeadline = name("deadline");
}

/// The organisers' draft of a date ("Entwurf"): the whole date as it will be once published,
/// with the fields of Records::ProgrammeDate. Its id is the date's; a new date's is new.
namespace DateDraft {
inline constexpr auto entity = name("event_draft");
}

/// A text of a draft that another organiser's edit replaced unseen, kept for the organisers;
/// the fields of Records::KeptText without a project.
namespace DraftKeptText {
inline constexpr auto entity = name("event_draft_conflict");
}

/// A published version of the programme ("Veröffentlichung"): numbered, never changed. Made
/// by an organiser sending one with a note; the server then publishes every draft at once.
namespace Release {
inline constexpr auto entity = name("release");
inline constexpr auto note = name("note"); ///< the organisers' note to everyone
inline constexpr auto number = name("number"); ///< 1, 2, 3 … in the order published
inline constexpr auto publishedAt = name("publishedAt");
inline constexpr auto authorContactId = name("authorContactId");
/// What changed, date by date: a JSON array (domain/programmechanges.h).
inline constexpr auto changes = name("changes");
}

/// A message of the organisers ("Mitteilung"), to everyone or to one municipality's
/// participants: written once, withdrawn perhaps, never changed.
namespace Announcement {
inline constexpr auto entity = name("announcement");
inline constexpr auto text = name("text");
/// The municipality it is for; empty: everyone. Participants of other municipalities never
/// receive it.
inline constexpr auto municipalityId = name("municipalityId");
inline constexpr auto authorContactId = name("authorContactId");
inline constexpr auto publishedAt = name("publishedAt");
}

/// Where dates take place ("Ort").
namespace Place {
inline constexpr auto entity = name("place");
inline constexpr auto nameDe = name("nameDe");
inline constexpr auto nameEn = name("nameEn");
inline constexpr auto city = name("city");
inline constexpr auto online = name("online");
/// The postal address, one line: "Düsseldorfer Straße 1, 40545 Düsseldorf".
inline constexpr auto address = name("address");
}

/// What participants need at the venue ("Vor Ort"), one row per programme (its id is the
/// programme's): the venue among the places, how to get there, what is paid and what is not,
/// what to bring, the learning platform's link. Organisers change it; nobody removes it.
namespace VenueInfo {
inline constexpr auto entity = name("venue");
inline constexpr auto placeId = name("placeId");
inline constexpr auto directionsDe = name("directionsDe");
inline constexpr auto directionsEn = name("directionsEn");
inline constexpr auto costsDe = name("costsDe");
inline constexpr auto costsEn = name("costsEn");
inline constexpr auto bringDe = name("bringDe");
inline constexpr auto bringEn = name("bringEn");
inline constexpr auto learningPlatformUrl = name("learningPlatformUrl");
}

/// The organisers' note on a project or one of its steps ("Hinweis der Organisation").
namespace OrganiserNote {
inline constexpr auto entity = name("comment"); ///< the wire keeps its first name
inline constexpr auto projectId = name("projectId");
inline constexpr auto stepId = name("stepId");
inline constexpr auto text = name("text");
inline constexpr auto authorContactId = name("authorContactId");
inline constexpr auto writtenAt = name("writtenAt");
}

/// A person's own note on a date ("Meine Notiz"), seen by no one else.
namespace DateNote {
inline constexpr auto entity = name("note");
inline constexpr auto eventId = name("eventId");
inline constexpr auto stepId = name("stepId");
inline constexpr auto text = name("text");
inline constexpr auto ownerContactId = name("ownerContactId");
}

/// A file's fields, shared by every record that carries one: named by the SHA-256 of its
/// contents (FileTypes), sent first (POST /v1/uploads) and named in the record once the
/// server has it whole.
namespace FileFields {
inline constexpr auto hash = name("hash");
inline constexpr auto size = name("size"); ///< bytes
inline constexpr auto mediaType = name("mediaType"); ///< e.g. image/jpeg
inline constexpr auto fileName = name("fileName"); ///< as the person knows it, for saving
}

/// A photo or file on a log entry or a step of a practice project ("Anhang"): read by all who
/// read the project, added by its municipality's participants, never changed; removed by the
/// person who added it.
namespace Attachment {
inline constexpr auto entity = name("attachment");
inline constexpr auto projectId = name("projectId");
inline constexpr auto logEntryId = name("logEntryId"); ///< this or stepId, never both
inline constexpr auto stepId = name("stepId");
inline constexpr auto authorContactId = name("authorContactId"); ///< set by the server
inline constexpr auto addedAt = name("addedAt"); ///< set by the server, UTC
}

/// A photo or file on a person's own note on a date ("Anhang" of "Meine Notiz"): like the
/// note, read by no one but its owner, on all their devices; never changed, removed by them.
namespace NoteAttachment {
inline constexpr auto entity = name("noteAttachment");
inline constexpr auto noteId = name("noteId");
inline constexpr auto ownerContactId = name("ownerContactId"); ///< set by the server
inline constexpr auto addedAt = name("addedAt"); ///< set by the server, UTC
}

/// A material of the programme's pool ("Material", the brochure's Lernquellenpool): slides,
/// handouts, templates, links, posted by organisers and participants for everyone in the
/// programme; a file (FileFields) or a link. Changed and removed by the person who posted it
/// and by organisers.
namespace Material {
inline constexpr auto entity = name("material");
inline constexpr auto title = name("title");
inline constexpr auto description = name("description");
inline constexpr auto moduleNumber = name("moduleNumber"); ///< 1 to 4, or 0 for none
inline constexpr auto topic = name("topic");
inline constexpr auto url = name("url"); ///< a link instead of a file
inline constexpr auto authorContactId = name("authorContactId"); ///< set by the server
inline constexpr auto authorName = name("authorName"); ///< set by the server
inline constexpr auto addedAt = name("addedAt"); ///< set by the server, UTC
}

/// A person erased from the store (GDPR Art. 17): named only by the SHA-256 of their id, so
/// that devices drop what they hold of them without the id itself being kept anywhere. Set by
/// the server alone; kept for good, as the list a restored store is erased again from.
namespace Erasure {
inline constexpr auto entity = name("erasure");
}

/// What a change does to a row, on the wire.
namespace Operation {
inline constexpr auto insert = name("insert");
inline constexpr auto update = name("update");
inline constexpr auto remove = name("delete");
}

enum class FieldType {
    Text,
    Integer, ///< a whole number from 0 to 10^9
    Boolean,
    TextList, ///< a list of at most 50 texts
    Date, ///< YYYY-MM-DD, or empty for none
    Instant, ///< an ISO 8601 time with its offset, 2026-11-26T09:00:00Z
};

/// Who puts a field into a row.
enum class SetBy {
    Device, ///< a device sends it
    Server, ///< the server sets it (author, time, owner); a device sending it is refused
};

/// One field of a record.
struct FieldSpec
{
    QLatin1StringView name;
    FieldType type;
    /// Texts: the most characters (of each text of a list); integers: the highest value
    /// allowed (0: any), with @ref rule saying so.
    qsizetype maxLength = 0;
    SetBy setBy = SetBy::Device;
    /// The values a device may send (empty: any), with the sentence that says so.
    QList<QLatin1StringView> allowed = {};
    QLatin1StringView rule = {};
    /// An unseen edit that replaces this text keeps the earlier one (SYNC.md §5).
    bool keptWhenReplaced = false;
};

/// One kind of record.
struct RecordSpec
{
    QLatin1StringView entity;
    QLatin1StringView scope;
    /// The table that holds it in the device's replica.
    QLatin1StringView replicaTable;
    QList<FieldSpec> fields;

    const FieldSpec *field(QStringView fieldName) const;
    /// The texts whose earlier version is kept when replaced unseen.
    QList<QLatin1StringView> keptTexts() const;
    /// Whether it names a file (FileFields): attachments, a note's attachments, materials.
    bool carriesFile() const;
};

/// Every record, within a scope those that point to others before what they point to (a
/// sweep removes a contact before the municipality it names).
const QList<RecordSpec> &all();
/// The record named @p entity on the wire, or nullptr.
const RecordSpec *find(const QString &entity);
/// Whether @p entity names a file (RecordSpec::carriesFile); false for an unknown one.
bool carriesFile(const QString &entity);
/// The records that name a file, by their names on the wire.
const QStringList &withFiles();
/// The scope @p entity is downloaded in (projects for an unknown one).
QLatin1StringView scopeOf(const QString &entity);
/// A field's column in the device's replica: its name in snake_case.
QString columnOf(QLatin1StringView field);
}
