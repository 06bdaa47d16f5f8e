// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlscontext.h"

#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace {
namespace ssl = boost::asio::ssl;

// TLS 1.2: ECDHE (forward secrecy) with AES-GCM (authenticated encryption), as BSI
// TR-02102-2 recommends; no RSA key exchange, no CBC, no SHA-1. TLS 1.3: its AES-GCM suites.
constexpr const char *tls12Suites = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                                    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384";
constexpr const char *tls13Suites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384";
constexpr const char *groups = "P-256:P-384:P-521:X25519";

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Deleter
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

std::unique_ptr<BIO, BioDeleter> memory(const QByteArray &data)
{
    return std::unique_ptr<BIO, BioDeleter>(BIO_new_mem_buf(data.constData(), int(data.size())));
}
}

QString TlsSettings::problem(QString *warning) const
{
    const std::unique_ptr<X509, X509Deleter> certificate(
        PEM_read_bio_X509(memory(certificateChain).get(), nullptr, nullptr, nullptr));
    if (!certificate)
        return u"The certificate file holds no PEM certificate."_s;
    const std::unique_ptr<EVP_PKEY, KeyDeleter> key(
        PEM_read_bio_PrivateKey(memory(privateKey).get(), nullptr, nullptr, nullptr));
    if (!key)
        return u"The key file holds no PEM private key (RSA or EC, not protected by a "
               "passphrase)."_s;
    if (X509_check_private_key(certificate.get(), key.get()) != 1)
        return u"The key does not belong to the certificate: give the key the certificate "
               "was made for."_s;
    if (warning) {
        const ASN1_TIME *notAfter = X509_get0_notAfter(certificate.get());
        int days = 0;
        int seconds = 0;
        if (X509_cmp_current_time(notAfter) < 0)
            *warning = u"The certificate has expired: apps will refuse to connect until it is "
                       "renewed."_s;
        else if (X509_cmp_current_time(X509_get0_notBefore(certificate.get())) > 0)
            *warning = u"The certificate is not valid yet: check the server's clock."_s;
        else if (ASN1_TIME_diff(&days, &seconds, nullptr, notAfter) == 1 && days < renewWithinDays)
            *warning = u"The certificate expires in %1 day(s): renew it, then send the server "
                       "SIGHUP (systemctl reload) to use the new one."_s.arg(days);
    }
    return {};
}

std::unique_ptr<ssl::context> makeTlsContext(const TlsSettings &settings, QString *error)
{
    *error = settings.problem();
    if (!error->isEmpty())
        return nullptr;
    auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
    SSL_CTX *native = context->native_handle();
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    // An idle connection (an app waiting for news) keeps no buffers.
    SSL_CTX_set_mode(native, SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_options(native,
        SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE
            | SSL_OP_NO_TICKET);
    boost::system::error_code failed;
    context->use_certificate_chain(boost::asio::buffer(settings.certificateChain.constData(),
                                       std::size_t(settings.certificateChain.size())),
        failed);
    if (!failed)
        context->use_private_key(boost::asio::buffer(settings.privateKey.constData(),
                                     std::size_t(settings.privateKey.size())),
            ssl::context::pem, failed);
    if (failed || SSL_CTX_set_cipher_list(native, tls12Suites) != 1
        || SSL_CTX_set_ciphersuites(native, tls13Suites) != 1
        || SSL_CTX_set1_groups_list(native, groups) != 1) {
        *error = u"TLS could not be set up: %1"_s.arg(
            failed ? QString::fromStdString(failed.message()) : u"OpenSSL refused the suites"_s);
        return nullptr;
    }
    return context;
}
