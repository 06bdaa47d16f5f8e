// SPDX-License-Identifier: GPL-3.0-or-later
#include "democohort.h"

#include "contactrepository.h"
#include "newsrepository.h"
#include "projectrepository.h"
#include "records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString DemoCohort::load(const QByteArray &json, const QDateTime &now, ContactRepository &contacts,
    ProjectRepository &projects, NewsRepository &news, Organiser organiser)
{
    QJsonParseError parseError;
    const auto root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || root.value("format"_L1) != "ews-demo-cohort"_L1)
        return tr("The demo file is not an EWS demo cohort.");

    const auto organisers
        = organiser == Organiser::With ? root.value("organisers"_L1).toArray() : QJsonArray();
    for (const auto &value : organisers) {
        const auto person = value.toObject();
        Contact contact;
        contact.id = person.value("id"_L1).toString();
        contact.role = Contact::Role::Organiser;
        contact.name = person.value("name"_L1).toString();
        contact.function = { person.value("function"_L1).toString(), {} };
        contact.organisation = person.value("organisation"_L1).toString();
        if (!contacts.storeContact(contact))
            return tr("The demo person %1 could not be stored.").arg(contact.id);
    }
    for (const auto &value : root.value("municipalities"_L1).toArray()) {
        const auto object = value.toObject();
        const QString municipalityId = object.value("id"_L1).toString();
        if (!contacts.storeMunicipality({ municipalityId, object.value("name"_L1).toString() }))
            return tr("The demo municipality %1 could not be stored.").arg(municipalityId);
        for (const auto &personValue : object.value("participants"_L1).toArray()) {
            const auto person = personValue.toObject();
            Contact contact;
            contact.id = person.value("id"_L1).toString();
            contact.role = Contact::Role::Participant;
            contact.name = person.value("name"_L1).toString();
            contact.organisation = object.value("name"_L1).toString();
            contact.function = { person.value("function"_L1).toString(), {} };
            contact.municipalityId = municipalityId;
            contact.phone = person.value("phone"_L1).toString();
            contact.email = person.value("email"_L1).toString();
            contact.sharePhone = person.value("sharePhone"_L1).toBool(true);
            contact.shareEmail = person.value("shareEmail"_L1).toBool(true);
            if (!contacts.storeContact(contact))
                return tr("The demo person %1 could not be stored.").arg(contact.id);
        }
        const auto projectObject = object.value("project"_L1).toObject();
        if (projectObject.isEmpty())
            continue;
        const PracticeProject project { projectObject.value("id"_L1).toString(), municipalityId,
            projectObject.value("title"_L1).toString(), projectObject.value("goal"_L1).toString() };
        if (!projects.storeProject(project))
            return tr("The demo project %1 could not be stored.").arg(project.id);
        int position = 0;
        for (const auto &stepValue : projectObject.value("steps"_L1).toArray()) {
            const auto object = stepValue.toObject();
            Step step;
            step.id = object.value("id"_L1).toString();
            step.projectId = project.id;
            step.title = object.value("title"_L1).toString();
            Step::statusFromName(object.value("status"_L1).toString(u"open"_s), &step.status);
            step.ownerContactId = object.value("owner"_L1).toString();
            step.dueDate = QDate::fromString(object.value("dueDate"_L1).toString(), Qt::ISODate);
            step.dueModule = object.value("dueModule"_L1).toInt();
            step.notes = object.value("notes"_L1).toString();
            step.position = position++;
            step.createdAt = now;
            step.updatedAt = now;
            if (!projects.storeStep(step))
                return tr("The demo step %1 could not be stored.").arg(step.id);
        }
        for (const auto &keptValue : projectObject.value("keptTexts"_L1).toArray()) {
            const auto object = keptValue.toObject();
            const KeptText record { object.value("id"_L1).toString(), project.id,
                Records::Step::entity, object.value("step"_L1).toString(),
                object.value("field"_L1).toString(), object.value("text"_L1).toString(),
                object.value("author"_L1).toString() };
            if (!projects.storeKeptText(record))
                return tr("The demo kept text %1 could not be stored.").arg(record.id);
        }
        for (const auto &entryValue : projectObject.value("log"_L1).toArray()) {
            const auto object = entryValue.toObject();
            const auto author = contacts.contact(object.value("author"_L1).toString());
            const LogEntry entry { object.value("id"_L1).toString(), project.id,
                QDate::fromString(object.value("date"_L1).toString(), Qt::ISODate),
                author ? author->id : QString(), author ? author->name : QString(),
                object.value("text"_L1).toString(), now, object.value("question"_L1).toBool() };
            if (!projects.storeLogEntry(entry))
                return tr("The demo log entry %1 could not be stored.").arg(entry.id);
        }
        for (const auto &newsValue : projectObject.value("news"_L1).toArray()) {
            const auto object = newsValue.toObject();
            // The demo file names the record as the wire does (Records).
            const QString entity = object.value("entity"_L1).toString();
            const bool isStep = entity == Records::Step::entity;
            const QString rowId = object.value("id"_L1).toString();
            // The summary is the step's title or the entry's text, as a sync notes it.
            const auto rows = projectObject.value(isStep ? "steps"_L1 : "log"_L1).toArray();
            const auto row
                = std::find_if(rows.begin(), rows.end(), [&rowId](const QJsonValue &row) {
                      return row.toObject().value("id"_L1).toString() == rowId;
                  });
            if (row == rows.end())
                return tr("The demo news of %1 could not be stored.").arg(rowId);
            ProjectNews item;
            item.entity = entity;
            item.rowId = rowId;
            item.projectId = project.id;
            item.kind = object.value("kind"_L1).toString(u"new"_s);
            item.summary = (*row).toObject().value(isStep ? "title"_L1 : "text"_L1).toString();
            item.arrivedAt = now;
            if (!news.note(item))
                return tr("The demo news of %1 could not be stored.").arg(rowId);
        }
    }
    return {};
}
