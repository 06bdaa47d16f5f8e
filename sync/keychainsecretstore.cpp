// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {
constexpr int timeoutMs = 5000;

/// Runs @p job to its end (or the timeout); true if it finished without an error.
bool finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never the plain-text fallback of QtKeychain: a file of ours is the fallback, and the
    // app says which one it uses.
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done && job.error() == QKeychain::NoError;
}
}

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{
}

bool KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    return finish(job);
}

std::optional<QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!finish(job))
        return std::nullopt;
    return job.textData();
}

bool KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return finish(job);
}
