// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/// Runs one of the checkers in tests/tools (Debian's python3-icalendar or python3-vobject
/// reading a file this project wrote) on @p content; returns what it printed (JSON), or sets
/// @p failure to what the parser said.
inline QByteArray readWithIndependentParser(
    const QString &checker, const QByteArray &content, QString *failure)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("written")));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the file to check");
    file.close();
    QProcess parser;
    parser.start(QStringLiteral("/usr/bin/python3"), { checker, file.fileName() });
    if (!parser.waitForFinished(30000) || parser.exitStatus() != QProcess::NormalExit
        || parser.exitCode() != 0) {
        *failure = QStringLiteral("%1: %2").arg(
            checker, QString::fromUtf8(parser.readAllStandardError()));
        return {};
    }
    return parser.readAllStandardOutput();
}
