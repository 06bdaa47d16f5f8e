// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewording.h"

using namespace Qt::StringLiterals;

QString ChangeWording::describe(int kinds, const std::optional<ProgrammeDate> &before,
    const ProgrammeDate &after, const TimeFormatter &formatter)
{
    QStringList parts;
    if (kinds & DateChange::Added)
        //: What changed about a date: it is new
        parts.append(tr("New date"));
    if (kinds & DateChange::Cancelled)
        parts.append(after.cancelReason.isEmpty()
                //: What changed about a date
                ? tr("Cancelled")
                //: What changed about a date; %1 is the reason
                : tr("Cancelled: %1").arg(after.cancelReason));
    if (kinds & DateChange::Reinstated)
        parts.append(tr("Takes place after all"));
    if (kinds & DateChange::Confirmed)
        parts.append(tr("Confirmed"));
    if (kinds & DateChange::MadeTentative)
        parts.append(tr("Subject to budget approval again"));
    if ((kinds & DateChange::Moved) && before)
        //: %1 is when the date was before ("Thu, 26 Nov, 10:00 – 16:00")
        parts.append(tr("Moved, before: %1")
                         .arg(formatter.shortDate(before->startsAt) + u", "_s
                             + formatter.timeRange(before->startsAt, before->endsAt,
                                 before->approximate, before->allDay)));
    if (kinds & DateChange::PlaceChanged)
        parts.append(tr("Other place or room"));
    if (kinds & DateChange::LinkChanged)
        parts.append(after.videoUrl.isEmpty() ? tr("Video link removed") : tr("New video link"));
    if ((kinds & DateChange::DetailsChanged)
        && !(kinds & (DateChange::Added | DateChange::Cancelled)))
        parts.append(tr("Title, topics or note changed"));
    return parts.join(u" · "_s);
}
