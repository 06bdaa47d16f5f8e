// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/// What a device keeps to talk to the server after signing in.
struct Credentials
{
    QString server; ///< https://… base address
    QString token; ///< the device token (a secret)
    QString certificatePem; ///< a self-signed server certificate the person chose to trust
    QString personId;
    QString municipalityId;
    QString role;

    bool isValid() const { return !server.isEmpty() && !token.isEmpty(); }
};

class SecretStore;

/// Keeps the credentials in a file only the device's user can read (permissions 0600), and
/// the token in the platform keychain where there is one that works; otherwise the token
/// goes into the file too. where() says which, for people.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
public:
    /// @p keychain may be null: the file only.
    explicit CredentialStore(const QString &file, SecretStore *keychain = nullptr);

    Credentials load() const;
    bool save(const Credentials &credentials);
    bool clear();
    /// For people: where the sign-in is kept.
    QString where() const;
    bool tokenInKeychain() const;

private:
    QString keychainKey() const;

    QString m_file;
    SecretStore *m_keychain;
};
