// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

/// The events of @p calendar as the independent parser (@p checker: tests/tools/ics-events.py)
/// reads them, by uid; stops the test when it is not a calendar.
inline QHash<QString, QJsonObject> calendarEventsByUid(
    const QString &checker, const QByteArray &calendar)
{
    QString failure;
    const QByteArray json = readWithIndependentParser(checker, calendar, &failure);
    if (!failure.isEmpty())
        qFatal("not a calendar: %s", qPrintable(failure));
    QHash<QString, QJsonObject> events;
    const auto root = QJsonDocument::fromJson(json).object();
    for (const auto &event : root.value(QLatin1String("events")).toArray())
        events.insert(event.toObject().value(QLatin1String("uid")).toString(), event.toObject());
    return events;
}
