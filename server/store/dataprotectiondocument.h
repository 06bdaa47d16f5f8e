// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// What an operator hands to their data-protection officer (docs/data-protection.md): the
/// record of processing (Art. 30 GDPR), the deletion concept and the technical and
/// organisational measures (Art. 32), in German, made from DataDeclarations and the periods
/// this server is set to. `ews-server data-protection` prints it.
namespace DataProtectionDocument {

struct Periods
{
    int retentionDays = 0; ///< after the programme is closed
    int auditDays = 0;
    int tombstoneDays = 0;
};

/// The document as Markdown.
QString markdown(const Periods &periods);
}
