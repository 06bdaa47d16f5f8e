// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

class ContactRepository;
class NewsRepository;
class ProjectRepository;

/// Reads a demo cohort file (clearly marked example municipalities, people and projects) into
/// the replica, for trying the app and for screenshots; with a little news, as if others had
/// just been at work.
class DemoCohort
{
    Q_DECLARE_TR_FUNCTIONS(DemoCohort)
public:
    /// Whether the example organiser comes too (for seeing the app as organisers do); else
    /// the contacts show the programme's real organisers only.
    enum class Organiser { Without, With };

    /// Returns an empty string on success, otherwise what went wrong.
    static QString load(const QByteArray &json, const QDateTime &now, ContactRepository &contacts,
        ProjectRepository &projects, NewsRepository &news, Organiser organiser);
};
