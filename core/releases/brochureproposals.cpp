// SPDX-License-Identifier: GPL-3.0-or-later
#include "brochureproposals.h"

#include "programmechanges.h"

#include <QUuid>

namespace {
bool describesSame(const ProgrammeDate &row, const ProgrammeDate &date)
{
    if (row.kind != date.kind)
        return false;
    switch (row.kind) {
    case ProgrammeDate::Kind::ModuleDay:
        return row.moduleNumber == date.moduleNumber && row.number == date.number;
    case ProgrammeDate::Kind::LearningGroup:
    case ProgrammeDate::Kind::InfoTalk:
        return row.number == date.number;
    case ProgrammeDate::Kind::Deadline:
        return row.title.de.compare(date.title.de, Qt::CaseInsensitive) == 0;
    }
    return false;
}
}

QList<BrochureProposal> BrochureProposal::from(
    const QList<BrochureTable::Row> &rows, const QList<ProgrammeDate> &current)
{
    QList<BrochureProposal> proposals;
    for (const auto &row : rows) {
        BrochureProposal proposal;
        proposal.line = row.line;
        const auto match = std::find_if(current.cbegin(), current.cend(),
            [&row](const ProgrammeDate &date) { return describesSame(row.date, date); });
        if (match == current.cend()) {
            proposal.date = row.date;
            proposal.date.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        } else {
            proposal.before = *match;
            proposal.date = *match;
            proposal.date.startsAt = row.date.startsAt;
            proposal.date.endsAt = row.date.endsAt;
            proposal.date.allDay = row.date.allDay;
            proposal.date.approximate = row.date.approximate;
            proposal.date.tentative = row.date.tentative;
            if (!row.date.placeId.isEmpty())
                proposal.date.placeId = row.date.placeId;
        }
        proposal.changeKinds = ProgrammeChanges::kindsBetween(
            proposal.before ? &*proposal.before : nullptr, proposal.date);
        proposals.append(proposal);
    }
    return proposals;
}
