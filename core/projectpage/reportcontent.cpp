// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontent.h"

#include "organisernotes.h"
#include "projectcontroller.h"
#include "projectlog.h"
#include "projectsteps.h"

using namespace Qt::StringLiterals;

ReportContent ReportContent::of(ProjectController &shown, QDate since, const PhotosOf &photosOf)
{
    ReportContent content;
    content.municipality = shown.municipalityName();
    content.title = shown.title();
    content.goal = shown.goal();
    content.doneCount = shown.steps()->doneCount();
    content.inProgressCount = shown.steps()->inProgressCount();
    content.steps = shown.steps()->model()->rows();
    // As corrected; an entry its writer withdrew is not reported.
    for (const auto &entry : shown.log()->model()->rows()) {
        if ((!since.isValid() || entry.date >= since) && !entry.withdrawn) {
            content.entries.append(entry);
            if (photosOf)
                content.photos.insert(entry.entryId, photosOf(entry.entryId));
        }
    }
    for (const auto &item : shown.organiserNotes()->items()) {
        const auto map = item.toMap();
        content.comments.append(
            { map.value(u"heading"_s).toString(), map.value(u"text"_s).toString() });
    }
    return content;
}
