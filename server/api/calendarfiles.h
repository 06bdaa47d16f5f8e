// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <mutex>

/// The programme's calendar file in each language, built once for each state of the
/// programme (not for each calendar program that asks), with its tag for If-None-Match.
/// Safe to use from every thread.
class CalendarFiles
{
public:
    struct File
    {
        QByteArray body;
        QByteArray tag; ///< a weak ETag of the body
        QDateTime changedAt;
    };
    using Build = std::function<QByteArray(QDateTime *changedAt)>;

    /// The file in @p language for the programme in state @p state, built by @p build if it
    /// is not at hand. A file is built at most once per state even when many ask at once.
    File get(const QString &language, const QByteArray &state, const Build &build);

private:
    struct Kept
    {
        QByteArray state;
        File file;
    };
    std::mutex m_mutex;
    QHash<QString, Kept> m_files;
};
