// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingchanges.h"

#include "changelog.h"

PendingChanges::PendingChanges(ChangeLog &changeLog, QObject *parent)
    : QObject(parent)
    , m_changeLog(changeLog)
    , m_count(changeLog.pendingCount())
{
}

int PendingChanges::count() const
{
    return m_count;
}

QString PendingChanges::statusText() const
{
    if (m_count < 0)
        return tr("Whether everything is saved cannot be read right now.");
    if (m_count == 0)
        return tr("Everything is saved on this device.");
    //: Sync status; synchronisation with the server comes with sign-in
    return tr("%n change(s) saved on this device, not yet sent.", nullptr, m_count);
}

void PendingChanges::refresh()
{
    const int count = m_changeLog.pendingCount();
    if (count == m_count)
        return;
    m_count = count;
    Q_EMIT countChanged();
    Q_EMIT statusTextChanged();
}
