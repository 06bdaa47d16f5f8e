// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica.h"

#include "democohort.h"
#include "transaction.h"

#include <QFile>

using namespace Qt::StringLiterals;

QString Replica::bundledProgrammePath()
{
    return u":/ews/data/ews7-programme.json"_s;
}

Replica::Replica(const QString &databasePath)
    : m_database(databasePath)
    , m_programme(m_database)
    , m_contacts(m_database)
    , m_projects(m_database)
{
}

bool Replica::open(const QString &programmeFile, QString *error)
{
    if (!m_database.isOpen() || !m_database.migrate()) {
        *error = m_database.errorString();
        return false;
    }
    if (!m_programme.isEmpty())
        return true;
    return importProgramme(programmeFile, error);
}

bool Replica::importProgramme(const QString &programmeFile, QString *error)
{
    const auto file = ProgrammeFile::load(programmeFile);
    if (!file.ok) {
        *error = file.error;
        return false;
    }
    return m_programme.replace(file.data, error);
}

bool Replica::loadDemoCohort(const QString &demoFile, const QDateTime &now, QString *error)
{
    if (!m_contacts.municipalities().isEmpty())
        return true;
    QFile file(demoFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    Transaction transaction(m_database.connection());
    *error = DemoCohort::load(file.readAll(), now, m_contacts, m_projects);
    return error->isEmpty() && transaction.commit();
}
