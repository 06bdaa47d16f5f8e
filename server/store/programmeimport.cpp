// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeimport.h"

#include "programmefile.h"
#include "programmewire.h"
#include "records.h"
#include "syncstore.h"

using namespace Qt::StringLiterals;

QString ProgrammeImport::defaultNote()
{
    return u"Das Programm wurde aus der Programmdatei übernommen."_s;
}

ProgrammeImport::Result ProgrammeImport::run(
    const QString &file, SyncStore &store, const QString &note)
{
    Result result;
    const auto parsed = ProgrammeFile::load(file);
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    result.datesInFile = int(parsed.data.events.size());
    for (const auto &place : parsed.data.places) {
        if (!store.storeRow(Records::Place::entity, place.id, {}, ProgrammeWire::fieldsOf(place))) {
            result.error = u"The place %1 could not be stored."_s.arg(place.id);
            return result;
        }
    }
    // The venue's details come from the file once; after that the organisers keep them.
    namespace VenueFields = Records::VenueInfo;
    if (!parsed.data.venue.placeId.isEmpty()
        && !store.rowOf(VenueFields::entity, parsed.data.programmeId)) {
        if (!store.storeRow(VenueFields::entity, parsed.data.programmeId, {},
                ProgrammeWire::fieldsOf(parsed.data.venue))) {
            result.error = u"The venue's details could not be stored."_s;
            return result;
        }
        result.venueStored = true;
    }
    result.error = store.releases().importDates(parsed.data.events, note, &result.report);
    if (!result.error.isEmpty())
        return result;
    namespace ContactFields = Records::Contact;
    for (const auto &contact : parsed.data.contacts) {
        if (!store.storeRow(ContactFields::entity, contact.id, {},
                { { ContactFields::name, contact.name },
                    { ContactFields::role, Contact::roleName(contact.role) },
                    { ContactFields::functionDe, contact.function.de },
                    { ContactFields::functionEn, contact.function.en },
                    { ContactFields::organisation, contact.organisation },
                    { ContactFields::phone, contact.phone },
                    { ContactFields::email, contact.email } })) {
            result.error = u"The contact %1 could not be stored."_s.arg(contact.id);
            return result;
        }
    }
    return result;
}

QString ProgrammeImport::describe(const Result &result)
{
    const auto &report = result.report;
    QStringList lines { u"Programme file read: %1 dates."_s.arg(result.datesInFile) };
    if (report.changes.isEmpty()) {
        lines.append(u"No date changed: nothing was published."_s);
    } else {
        lines.append(u"Release %1 published: %2 date(s) changed."_s.arg(report.releaseNumber)
                         .arg(report.changes.size()));
        for (const auto &change : report.changes)
            lines.append(u"  %1: %2"_s.arg(
                change.dateId, ProgrammeChanges::kindNames(change.kinds).join(u", "_s)));
    }
    lines.append(result.venueStored
            ? u"The venue's details were taken from the file."_s
            : u"The venue's details stay as the organisers keep them (the file gives them once)."_s);
    if (!report.keptCancelled.isEmpty())
        lines.append(u"Still cancelled (a file does not bring a cancelled date back): %1"_s.arg(
            report.keptCancelled.join(u", "_s)));
    if (!report.notInFile.isEmpty())
        lines.append(u"Not in the file, left as they are (to call one off, set \"cancelled\": "
                     "true for it in the file): %1"_s.arg(report.notInFile.join(u", "_s)));
    return lines.join(u'\n');
}
