// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

CredentialStore::CredentialStore(const QString &file)
    : m_file(file)
{
}

Credentials CredentialStore::load() const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    return { object.value("server"_L1).toString(), object.value("token"_L1).toString(),
        object.value("certificate"_L1).toString(), object.value("personId"_L1).toString(),
        object.value("municipalityId"_L1).toString(), object.value("role"_L1).toString() };
}

bool CredentialStore::save(const Credentials &credentials)
{
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Readable by the owner only, before a secret is written into it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject {
                                 { u"server"_s, credentials.server },
                                 { u"token"_s, credentials.token },
                                 { u"certificate"_s, credentials.certificatePem },
                                 { u"personId"_s, credentials.personId },
                                 { u"municipalityId"_s, credentials.municipalityId },
                                 { u"role"_s, credentials.role },
                             })
                   .toJson(QJsonDocument::Compact));
    return file.commit();
}

bool CredentialStore::clear()
{
    return !QFile::exists(m_file) || QFile::remove(m_file);
}

QString CredentialStore::where() const
{
    return tr("in a file on this device that only you can read");
}
