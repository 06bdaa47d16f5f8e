// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// One person as an address book sees them; the texts are already in the reader's language.
struct VCard
{
    QString uid; ///< stable for the person across exports
    QString name; ///< as written ("Alina Hirsch")
    QString organisation;
    QString title; ///< the person's function
    QString phone;
    QString email;
    QString note;
    QString category; ///< the group the address book files them under
};

/// Writes vCard 3.0 files (RFC 2426), the version every phone and desktop address book
/// imports: one card per person, lines folded at 75 octets, CRLF line ends.
namespace VCardWriter {
QByteArray write(const QList<VCard> &cards);
/// The structured name (N) of @p name: the last word as the family name, the rest as given
/// names; a name in parentheses at the end (an "(Beispiel)" mark) stays with the given names.
QString structuredName(const QString &name);
}
