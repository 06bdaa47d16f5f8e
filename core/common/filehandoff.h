// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

/// Saves a file for another program (a calendar, the address book) in the downloads folder
/// and hands it over to the program the system opens it with.
class FileHandoff
{
    Q_DECLARE_TR_FUNCTIONS(FileHandoff)

public:
    /// Hands a saved file to the program the system opens it with; false if there is none.
    using Opener = std::function<bool(const QUrl &file)>;

    explicit FileHandoff(Opener open);

    struct Result
    {
        QString error; ///< in plain words; empty when the file was saved
        QUrl file;
        bool opened = false; ///< a program took it

        /// What happened, in plain words: the error, or where the file was saved and
        /// whether a program opened it.
        QString message() const;
    };
    /// Saves @p content as @p fileName in the downloads folder (made if missing), then hands it
    /// over.
    Result handOver(const QByteArray &content, const QString &fileName) const;
    /// Copies the file at @p path as @p fileName (made safe: safeFileName()) into the downloads
    /// folder (read and written by the system in chunks, never whole in memory), then hands it
    /// over.
    Result handOverCopy(const QString &path, const QString &fileName) const;

    /// Where a file named @p fileName goes: the downloads folder (the home folder without one).
    static QUrl fileFor(const QString &fileName);
    /// Writes @p content to @p file at once or not at all; returns an error in plain words.
    static QString save(const QByteArray &content, const QUrl &file);

private:
    Opener m_open;
};
