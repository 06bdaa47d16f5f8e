// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenthash.h"

#include <QFile>

#ifdef EWS_CONTENT_HASH_OPENSSL
#include <openssl/evp.h>

struct ContentHash::State
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context { EVP_MD_CTX_new(),
        &EVP_MD_CTX_free };
    bool ok = context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1;
};

void ContentHash::addData(const QByteArray &data)
{
    m_state->ok = m_state->ok
        && EVP_DigestUpdate(m_state->context.get(), data.constData(), std::size_t(data.size()))
            == 1;
}

QByteArray ContentHash::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!m_state->ok
        || EVP_DigestFinal_ex(
               m_state->context.get(), reinterpret_cast<unsigned char *>(digest.data()), &length)
            != 1)
        return {};
    m_state->ok = false;
    digest.resize(length);
    return digest;
}
#else
#include <QCryptographicHash>

struct ContentHash::State
{
    QCryptographicHash sum { QCryptographicHash::Sha256 };
};

void ContentHash::addData(const QByteArray &data)
{
    m_state->sum.addData(data);
}

QByteArray ContentHash::result()
{
    return m_state->sum.result();
}
#endif

ContentHash::ContentHash()
    : m_state(std::make_unique<State>())
{
}

ContentHash::~ContentHash() = default;

QString ContentHash::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ContentHash sum;
    constexpr qint64 part = qint64(1) << 20;
    while (!file.atEnd()) {
        const QByteArray data = file.read(part);
        if (data.isEmpty())
            return {};
        sum.addData(data);
    }
    const QByteArray digest = sum.result();
    return digest.isEmpty() ? QString() : QString::fromLatin1(digest.toHex());
}
