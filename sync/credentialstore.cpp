// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "secretstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(qint64(64) * 1024)).object();
}
}

CredentialStore::CredentialStore(const QString &file, SecretStore *keychain)
    : m_file(file)
    , m_keychain(keychain)
{
}

QString CredentialStore::keychainKey() const
{
    // One entry per data folder: two installations of the app do not share a sign-in.
    return u"device-token:"_s + QFileInfo(m_file).absoluteFilePath();
}

Credentials CredentialStore::load() const
{
    const auto object = readObject(m_file);
    QString token = object.value("token"_L1).toString();
    if (object.value("tokenIn"_L1).toString() == "keychain"_L1)
        token = m_keychain ? m_keychain->read(keychainKey()).value_or(QString()) : QString();
    return { object.value("server"_L1).toString(), token, object.value("certificate"_L1).toString(),
        object.value("personId"_L1).toString(), object.value("municipalityId"_L1).toString(),
        object.value("role"_L1).toString() };
}

bool CredentialStore::save(const Credentials &credentials)
{
    QJsonObject object {
        { u"server"_s, credentials.server },
        { u"certificate"_s, credentials.certificatePem },
        { u"personId"_s, credentials.personId },
        { u"municipalityId"_s, credentials.municipalityId },
        { u"role"_s, credentials.role },
    };
    if (m_keychain && m_keychain->write(keychainKey(), credentials.token))
        object.insert(u"tokenIn"_s, u"keychain"_s);
    else
        object.insert(u"token"_s, credentials.token);
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Readable by the owner only, before a secret is written into it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

bool CredentialStore::clear()
{
    if (tokenInKeychain() && m_keychain)
        m_keychain->remove(keychainKey());
    return !QFile::exists(m_file) || QFile::remove(m_file);
}

bool CredentialStore::tokenInKeychain() const
{
    return readObject(m_file).value("tokenIn"_L1).toString() == "keychain"_L1;
}

QString CredentialStore::where() const
{
    return tokenInKeychain() ? tr("in this device's keychain")
                             : tr("in a file on this device that only you can read");
}
