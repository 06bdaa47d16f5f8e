// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcheck.h"

#include "filetypes.h"
#include "records.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Records;

namespace {
constexpr int maxListSize = 50;
constexpr double maxInteger = 1e9;

bool isText(const QJsonValue &value, qsizetype maxLength)
{
    return value.isString() && value.toString().size() <= maxLength;
}

bool fits(const FieldSpec &spec, const QJsonValue &value)
{
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Instant:
        return isText(value, spec.maxLength);
    case FieldType::Integer:
        return value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= maxInteger
            && value.toDouble() == double(qint64(value.toDouble()));
    case FieldType::Boolean:
        return value.isBool();
    case FieldType::TextList: {
        const auto list = value.toArray();
        return value.isArray() && list.size() <= maxListSize
            && std::all_of(list.begin(), list.end(),
                [&spec](const QJsonValue &item) { return isText(item, spec.maxLength); });
    }
    }
    return false;
}

QDateTime instant(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

/// Why @p value, of the right type, is not a value @p spec allows.
QString outsideRule(const FieldSpec &spec, const QJsonValue &value)
{
    if (!spec.allowed.isEmpty() && !spec.allowed.contains(value.toString()))
        return spec.rule;
    if (spec.type == FieldType::Integer && spec.maxLength > 0 && value.toInteger() > spec.maxLength)
        return spec.rule;
    if (spec.type == FieldType::Date && !value.toString().isEmpty()
        && !QDate::fromString(value.toString(), u"yyyy-MM-dd"_s).isValid())
        return u"The field \"%1\" must be a date as YYYY-MM-DD."_s.arg(spec.name);
    if (spec.type == FieldType::Instant && !instant(value).isValid())
        return u"The field \"%1\" must be a time as 2026-11-26T09:00:00Z."_s.arg(spec.name);
    return {};
}

bool blank(const QJsonObject &row, QLatin1StringView field)
{
    return row.value(field).toString().trimmed().isEmpty();
}

/// Why the file a row names is not one the programme takes, or an empty text.
QString fileProblem(const QJsonObject &row)
{
    if (!FileTypes::isContentName(row.value(FileFields::hash).toString()))
        return u"A file is named by the SHA-256 of its contents (hash)."_s;
    if (row.value(FileFields::size).toInteger() <= 0)
        return u"A file has a size."_s;
    if (!FileTypes::isAccepted(row.value(FileFields::mediaType).toString()))
        return u"Photos, PDFs and office documents are taken, no other kind of file."_s;
    if (blank(row, FileFields::fileName))
        return u"A file needs its name (fileName)."_s;
    return {};
}

QString attachmentProblem(const QJsonObject &row)
{
    if (blank(row, Attachment::logEntryId) == blank(row, Attachment::stepId))
        return u"An attachment belongs to one log entry or one step."_s;
    return fileProblem(row);
}

QString materialProblem(const QJsonObject &row)
{
    if (blank(row, Material::title))
        return u"A material needs a title."_s;
    const QString link = row.value(Material::url).toString();
    if (link.isEmpty() == blank(row, FileFields::hash))
        return u"A material is a file or a link, one of them."_s;
    if (!link.isEmpty())
        return RecordCheck::isOneSecureLink(link) ? QString()
                                                  : u"A material's link is one https:// address."_s;
    return fileProblem(row);
}
}

QString RecordCheck::fields(const QString &entity, const QJsonObject &fields)
{
    const RecordSpec *record = find(entity);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldSpec *spec = record ? record->field(it.key()) : nullptr;
        if (!spec || spec->setBy == SetBy::Server)
            return u"The field \"%1\" is not part of a %2."_s.arg(it.key().left(40), entity);
        if (!fits(*spec, it.value()))
            return u"The field \"%1\" has the wrong type or is too long."_s.arg(it.key());
    }
    // Rules in the order of the record's fields, so that the first problem is named.
    for (const auto &spec : record ? record->fields : QList<FieldSpec>()) {
        if (fields.contains(spec.name)) {
            if (QString problem = outsideRule(spec, fields.value(spec.name)); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

QString RecordCheck::row(const QString &entity, const QJsonObject &row)
{
    if (entity == ProgrammeDate::entity || entity == DateDraft::entity) {
        if (blank(row, ProgrammeDate::titleDe))
            return u"A date needs a German title (titleDe)."_s;
        // The link goes into calendar files: one line, and only to a secure address.
        const QString link = row.value(ProgrammeDate::videoUrl).toString();
        if (!link.isEmpty() && !isOneSecureLink(link))
            return u"A video link is one https:// address."_s;
        const QDateTime start = instant(row.value(ProgrammeDate::startsAt));
        const QDateTime end = instant(row.value(ProgrammeDate::endsAt));
        if (!start.isValid() || !end.isValid() || end < start)
            return u"A date needs startsAt and endsAt, and it cannot end before it starts."_s;
        if (row.value(ProgrammeDate::kind).toString().isEmpty())
            return u"A date needs a kind."_s;
    }
    if (entity == VenueInfo::entity) {
        const QString link = row.value(VenueInfo::learningPlatformUrl).toString();
        if (!link.isEmpty() && !isOneSecureLink(link))
            return u"The learning platform's link is one https:// address."_s;
    }
    if (entity == Place::entity && blank(row, Place::nameDe))
        return u"A place needs a German name (nameDe)."_s;
    if (entity == Contact::entity && blank(row, Contact::name))
        return u"A contact needs a name."_s;
    if (entity == KeptText::entity
        && (row.value(KeptText::rowId).toString().isEmpty()
            || row.value(KeptText::field).toString().isEmpty()
            || row.value(KeptText::text).toString().isEmpty()))
        return u"A kept text needs its row, its field and its text."_s;
    if (entity == OrganiserNote::entity && blank(row, OrganiserNote::text))
        return u"A comment needs a text."_s;
    if (entity == DateNote::entity && row.value(DateNote::eventId).toString().isEmpty())
        return u"A note needs the date it is about (eventId)."_s;
    if (entity == DateNote::entity && row.value(DateNote::text).toString().size() > 4000)
        return u"A note is at most 4,000 characters long."_s;
    if (entity == Attachment::entity)
        return attachmentProblem(row);
    if (entity == NoteAttachment::entity)
        return blank(row, NoteAttachment::noteId)
            ? u"A note's attachment needs its note (noteId)."_s
            : fileProblem(row);
    if (entity == Material::entity)
        return materialProblem(row);
    return {};
}

bool RecordCheck::isOneSecureLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    return link.startsWith(u"https://"_s) && url.isValid() && !url.host().isEmpty()
        && !link.contains(u'\n') && !link.contains(u'\r') && !link.contains(u' ');
}
