// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// What each stored record, table and file holds of people, why, who reads it and how long it
/// is kept: declared once here, in German for the data-protection officer. docs/
/// data-protection.md is made from these (`ews-server data-protection`), and a test fails
/// when a record of the protocol, a table of the server's store or of the app's replica has
/// no declaration (tests/integration/tst_dataprotection.cpp).
namespace DataDeclarations {

/// Where it is kept.
enum class Place {
    Server, ///< the server's store (SQLite or PostgreSQL) or a file beside it
    Device, ///< the app's replica or a file on the device
    Both, ///< a record synced between them
};

struct Declaration
{
    QString name; ///< the record's name on the wire, or the table's or file's name
    Place place;
    QString data; ///< which personal data ("keine" when none)
    QString purpose;
    QString readers;
    QString kept; ///< how long, and what ends it
};

/// Every declaration: the synced records first, then the server's tables and files, then the
/// device's. Periods are named by placeholders the document fills in: {tombstoneDays},
/// {auditDays}, {retentionDays}, {unnamedDays}.
const QList<Declaration> &all();
/// The declaration named @p name (for @p place; Both matches either), or nullptr.
const Declaration *find(const QString &name, Place place);
}
