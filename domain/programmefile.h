// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "programmedate.h"
#include "venueinfo.h"

#include <QCoreApplication>
#include <QList>

/// Everything a programme data file holds (see docs/programme-format.md).
struct ProgrammeData
{
    QString programmeId;
    LocalizedText title;
    QList<Place> places;
    QList<ProgrammeDate> events;
    QList<Contact> contacts;
    VenueInfo venue; ///< its row's id is the programme's
};

/// Reads and checks a programme data file; every problem gets a message naming where it is.
class ProgrammeFile
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeFile)
public:
    static constexpr qsizetype maximumSize = qsizetype(1024) * 1024;
    static constexpr int supportedFormatVersion = 1;

    struct Result
    {
        bool ok = false;
        QString error;
        ProgrammeData data;
    };

    static Result parse(const QByteArray &json);
    static Result load(const QString &path);
};
