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

/// Keeps the credentials in a file only the device's user can read (permissions 0600).
/// The platform keychain (QtKeychain) is to come in front of it; where() says which is used.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
public:
    explicit CredentialStore(const QString &file);

    Credentials load() const;
    bool save(const Credentials &credentials);
    bool clear();
    /// For people: where the sign-in is kept.
    QString where() const;

private:
    QString m_file;
};
