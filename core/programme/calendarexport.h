// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filehandoff.h"
#include "icalendarwriter.h"
#include "programmedate.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class DisplayContext;
class ProgrammeRepository;

/// The programme, or one date of it, as a calendar file (iCalendar) in the person's language,
/// to open in or import into any calendar program. A date keeps its identity across moves and
/// exports; a moved one comes with a higher sequence, a cancelled one says so.
class CalendarExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")

public:
    /// @p open hands a saved file on (the app: the system's opener, a calendar program for
    /// .ics files).
    CalendarExport(ProgrammeRepository &programme, DisplayContext &context,
        FileHandoff::Opener open, QObject *parent = nullptr);

    /// Every date, cancelled ones included (marked as cancelled).
    QByteArray programmeFile() const;
    /// One date; empty if there is no such date.
    QByteArray eventFile(const QString &eventId) const;

    /// A file name to suggest when saving (the programme's, or the date's when @p eventId is set).
    Q_INVOKABLE QString suggestedFileName(const QString &eventId = {}) const;
    /// Where to suggest saving it: that name in the device's downloads folder.
    Q_INVOKABLE QUrl suggestedFile(const QString &eventId = {}) const;
    /// "Add to calendar": saves the programme (no @p eventId) or the date in the downloads
    /// folder and hands the file to the calendar program. Returns what happened, in plain words.
    Q_INVOKABLE QString addToCalendar(const QString &eventId = {}) const;

    /// @p event, at its place among @p places, as the entry in the person's language: the same
    /// as the server's calendar subscription makes of it (CalendarEntries::entryFor).
    CalendarEntry entryFor(const ProgrammeDate &event, const QHash<QString, Place> &places) const;

private:
    ProgrammeRepository &m_programme;
    DisplayContext &m_context;
    FileHandoff m_handoff;
};
