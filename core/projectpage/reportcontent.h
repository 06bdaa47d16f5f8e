// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentriesmodel.h"
#include "stepsmodel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class ProjectController;

/// What a report says of one practice project: read from the project on show, as its page
/// shows it (the same step and entry wording), the log limited to a period if one is given.
struct ReportContent
{
    QString municipality;
    QString title;
    QString goal;
    int doneCount = 0;
    int inProgressCount = 0;
    QList<StepsModel::Row> steps;
    QList<LogEntriesModel::Row> entries; ///< newest first
    struct Comment
    {
        QString heading; ///< who wrote it, when, on which entry
        QString text;
    };
    QList<Comment> comments;
    /// The photos on the device of each log entry, by entry id: their files, in order.
    QHash<QString, QStringList> photos;

    /// The photos on this device of a log entry: their files (none if not fetched yet).
    using PhotosOf = std::function<QStringList(const QString &entryId)>;
    /// The project @p shown shows; log entries from @p since on (invalid: all), with the
    /// photos @p photosOf finds.
    static ReportContent of(
        ProjectController &shown, QDate since = {}, const PhotosOf &photosOf = {});
};
