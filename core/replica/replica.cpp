// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica.h"

#include "democohort.h"
#include "programmezone.h"
#include "syncrepository.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

QString Replica::bundledProgrammePath()
{
    return u":/ews/data/ews7-programme.json"_s;
}

Replica::Replica(const QString &databasePath)
    : m_database(databasePath)
    , m_programme(m_database)
    , m_drafts(m_database)
    , m_contacts(m_database)
    , m_projects(m_database)
    , m_news(m_database)
    , m_announcements(m_database)
    , m_notes(m_database)
    , m_venue(m_database)
{
}

bool Replica::open(const QString &programmeFile, QString *error)
{
    if (!ProgrammeZone::zone().isValid()) {
        *error = u"The time zone data for Europe/Berlin is missing (on Debian: install tzdata)."_s;
        return false;
    }
    if (!m_database.isOpen() || !m_database.migrate()) {
        *error = m_database.errorString();
        return false;
    }
    QFile file(programmeFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray content = file.read(ProgrammeFile::maximumSize + 1);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    // The same file as last time: nothing to do (and nothing written on the device). Once the
    // device has synced, the server is where the programme comes from: a newer bundled file
    // must not overwrite dates the server sent, which the device would never get again.
    if (!m_programme.isEmpty()
        && (hash == m_programme.importedFileHash()
            || !SyncRepository(m_database).storeId().isEmpty()))
        return true;
    return importProgramme(content, hash, error);
}

bool Replica::importProgramme(const QString &programmeFile, QString *error)
{
    QFile file(programmeFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray content = file.read(ProgrammeFile::maximumSize + 1);
    return importProgramme(content,
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
        error);
}

bool Replica::importProgramme(const QByteArray &content, const QString &hash, QString *error)
{
    auto file = ProgrammeFile::parse(content);
    if (!file.ok) {
        *error = file.error;
        return false;
    }
    // A video meeting's link reaches signed-in participants through the sync only: a file
    // shipped with the app can be read by anyone who has the app.
    for (auto &date : file.data.events)
        date.videoUrl.clear();
    Transaction transaction(m_database.connection());
    const auto &venue = file.data.venue;
    if (!transaction.isActive() || !m_programme.replace(file.data, error)
        || (!venue.placeId.isEmpty() && !m_venue.replace(file.data.programmeId, venue))
        || !m_programme.setImportedFileHash(hash) || !transaction.commit()) {
        if (error->isEmpty())
            *error = u"The programme could not be stored on this device."_s;
        return false;
    }
    return true;
}

bool Replica::loadDemoCohort(
    const QString &demoFile, const QDateTime &now, QString *error, DemoCohort::Organiser organiser)
{
    if (!m_contacts.municipalities().isEmpty())
        return true;
    QFile file(demoFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = u"The data on this device cannot be changed right now."_s;
        return false;
    }
    *error = DemoCohort::load(file.readAll(), now, m_contacts, m_projects, m_news, organiser);
    return error->isEmpty() && transaction.commit();
}
