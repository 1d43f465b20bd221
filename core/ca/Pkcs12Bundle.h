#pragma once
#include "ca/Certificate.h"
#include "ca/CryptoTypes.h"
#include "ca/PrivateKey.h"

namespace certdesk {

// PKCS#12 bundles for delivery to devices.
//  Compatible: key and certs PBE-SHA1-3DES, SHA-1 MAC (set explicitly), 8-byte salt, 2048 iterations.
//  Modern:     key and certs AES-256-CBC with PBKDF2-HMAC-SHA256 (2048 iterations), SHA-256 MAC.
// Both include the CA chain (CA certificate first, then the issuers above it) and a friendly name.
class Pkcs12Bundle
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Bundle)
public:
    static Result<QByteArray> build(Pkcs12Profile profile, const PrivateKey& key, const Certificate& leaf,
                                    const QList<Certificate>& caChain, const QString& friendlyName,
                                    const QByteArray& password); // empty password -> ErrorCode::Invalid

    struct Contents
    {
        PrivateKey key;
        Certificate certificate;
        QList<Certificate> caCertificates;
    };
    // Wrong password -> ErrorCode::Locked; not a PKCS#12 -> ErrorCode::Invalid.
    static Result<Contents> parse(const QByteArray& der, const QByteArray& password);
};

} // namespace certdesk
