// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

/// The platform's keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet)
/// on Linux, the Keychain on macOS and iOS, the Credential Manager on Windows, the Keystore
/// on Android. Each call waits for the keychain, at most a few seconds.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString &service);

    bool write(const QString &key, const QString &secret) override;
    std::optional<QString> read(const QString &key) override;
    bool remove(const QString &key) override;

private:
    QString m_service;
};
