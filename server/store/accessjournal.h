// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <mutex>

/// The access decisions of this server (people and municipalities added, codes made, used and
/// ended, devices signed in and out), each written as it is committed, to a file
/// beside the store's backups rather than in them: a restored backup does not undo them, as
/// `mark-restored` and every start of `serve` apply the journal again (AccessStore::replay).
/// One JSON object a line, the rows as they were after the decision; codes and tokens only
/// as their hashes. The file is readable by the server's user alone. Safe from every thread.
class AccessJournal
{
public:
    explicit AccessJournal(const QString &path);

    QString path() const { return m_path; }
    /// Appends @p entry and waits until it is on the disk; false if it could not be written.
    bool record(const QJsonObject &entry);
    /// Writes the journal anew with only the entries @p keep keeps, then @p added (erasures:
    /// what the journal held of the people goes too); false if it could not be written, the
    /// journal then as it was.
    bool rewrite(
        const std::function<bool(const QJsonObject &)> &keep, const QList<QJsonObject> &added);
    /// Every entry in the order written; lines that cannot be read (a torn last line after a
    /// crash) are skipped and counted in *@p skipped.
    QList<QJsonObject> entries(int *skipped = nullptr) const;

private:
    /// Held while the file is written, against other processes (a command beside serve).
    class FileLock;

    QString m_path;
    std::mutex m_mutex;
};
