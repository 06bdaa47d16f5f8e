// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

/// A store for one test: SQLite in a fresh file of @p dir, or, when the test run started a
/// PostgreSQL (EWS_TEST_DATABASE_FILE names its connection), a fresh database of its own in
/// it, beside the other tests' databases, so that tests run side by side.
inline QString freshTestDatabase(const QTemporaryDir &dir, const QString &prefix)
{
    using namespace Qt::StringLiterals;
    const QString name = prefix + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString file = qEnvironmentVariable("EWS_TEST_DATABASE_FILE");
    if (file.isEmpty())
        return u"sqlite:"_s + dir.filePath(name + u".db"_s);
    QFile setting(file);
    if (!setting.open(QIODevice::ReadOnly))
        qFatal("No PostgreSQL connection in %s", qPrintable(file));
    QUrl url(QString::fromUtf8(setting.readAll()).trimmed());
    {
        auto admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test-admin"_s);
        admin.setHostName(url.host());
        admin.setPort(url.port());
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open() || !QSqlQuery(admin).exec(u"CREATE DATABASE "_s + name))
            qFatal("cannot make a database: %s", qPrintable(admin.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"test-admin"_s);
    url.setPath(u"/"_s + name);
    return url.toString();
}
