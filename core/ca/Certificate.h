#pragma once
#include "ca/OsslHandles.h"
#include "util/Result.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace certdesk {

// A copyable X.509 certificate (shares the X509 through X509_up_ref).
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)
public:
    Certificate() = default;
    explicit Certificate(ossl::X509Ptr cert);
    Certificate(const Certificate& other);
    Certificate& operator=(const Certificate& other);
    Certificate(Certificate&&) noexcept = default;
    Certificate& operator=(Certificate&&) noexcept = default;

    static Result<Certificate> fromDer(const QByteArray& der);
    static Result<Certificate> fromPem(const QByteArray& pem);
    static Result<QList<Certificate>> listFromPem(const QByteArray& pem); // every CERTIFICATE block, in order

    bool isNull() const { return !m_cert; }
    X509* get() const { return m_cert.get(); }
    QByteArray toDer() const;
    QByteArray toPem() const;

    QString subject() const; // RFC 2253 one line, e.g. "CN=taro,O=Example"
    QString issuer() const;
    QString commonName() const;
    QString serialHex() const;         // upper-case hex, no separators, no leading "00" padding
    QDateTime notBefore() const;       // UTC
    QDateTime notAfter() const;        // UTC
    QString sha256Fingerprint() const; // "AB:CD:..."
    QString keyDescription() const;    // "ECDSA P-256", "RSA 2048"
    bool isCa() const;
    bool matchesKey(EVP_PKEY* key) const;

private:
    ossl::X509Ptr m_cert;
};

QByteArray pemEncode(const QByteArray& der, const char* label); // e.g. label "X509 CRL"

} // namespace certdesk
