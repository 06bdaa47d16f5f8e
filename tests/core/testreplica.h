// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"
#include "clock.h"
#include "displaycontext.h"
#include "replica.h"

#include <QAbstractItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// A real replica in a temporary folder with the bundled programme, the demo cohort, settings
/// and a clock fixed at @p now: what the app builds in main(), for one test.
struct TestReplica
{
    explicit TestReplica(const QDateTime &now, const QString &language = QStringLiteral("de"))
        : replica(dir.filePath(QStringLiteral("replica.sqlite")))
        , settings(dir.filePath(QStringLiteral("settings.ini")), dir.path(), language)
        , clock(now)
        , context(settings, clock, QTimeZone(QByteArrayLiteral("Europe/Berlin")), QLocale(language))
    {
        QString error;
        if (!replica.open(Replica::bundledProgrammePath(), &error)
            || !replica.loadDemoCohort(QStringLiteral(":/ews/data/demo-cohort.json"), now, &error))
            qFatal("Test replica cannot be opened: %s", qPrintable(error));
    }

    QTemporaryDir dir;
    Replica replica;
    AppSettings settings;
    FixedClock clock;
    DisplayContext context;
};

/// Every row's value of @p role in @p model, top to bottom.
inline QStringList modelColumn(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, 0), role).toString());
    return values;
}
