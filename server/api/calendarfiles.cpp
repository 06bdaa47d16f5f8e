// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfiles.h"

#include <QCryptographicHash>

CalendarFiles::File CalendarFiles::get(
    const QString &language, const QByteArray &state, const Build &build)
{
    // Held while building: those asking meanwhile wait for this file instead of building it
    // again (building takes milliseconds; the programme changes a few times a module).
    const std::lock_guard lock(m_mutex);
    const auto kept = m_files.constFind(language);
    if (kept != m_files.cend() && kept->state == state)
        return kept->file;
    File file;
    file.body = build(&file.changedAt);
    file.tag = "W/\""
        + QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex().left(32) + '"';
    if (!state.isEmpty()) // the store could not say its state: built for this request only
        m_files.insert(language, { state, file });
    return file;
}
