// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// Where a device keeps a secret (its sign-in token) apart from ordinary files.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// False if the secret could not be kept (no keychain on this device, or it is locked).
    virtual bool write(const QString &key, const QString &secret) = 0;
    virtual std::optional<QString> read(const QString &key) = 0;
    virtual bool remove(const QString &key) = 0;
};
