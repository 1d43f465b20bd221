#pragma once
// A signature over a byte string, kept apart from it: made with the CA's private key, checked with the
// public key of the CA certificate. The algorithm follows the key: RSA (PKCS#1 v1.5) and ECDSA with the
// CA's certificate digest (SHA-256, SHA-384 for P-384, SHA-512 above), EdDSA without one. Its name is
// stored with the signature ("rsa-sha256", "ecdsa-sha384", "ed25519"), so that a verifier never guesses.
// Signs the checkpoints of the operation history (store/HistoryCheckpointStore).
#include "ca/Certificate.h"
#include "ca/PrivateKey.h"

namespace certdesk {

struct DetachedSignature
{
    QString algorithm;    // "rsa-sha256", "ecdsa-sha384", "ed25519", ...
    QByteArray signature; // raw (RSA) or DER (ECDSA) signature bytes
};

class DetachedSigner
{
    Q_DECLARE_TR_FUNCTIONS(DetachedSigner)
public:
    static Result<DetachedSignature> sign(const PrivateKey& key, const QByteArray& message);
    // True when `signature` is a valid signature of `message` by the key of `signer` under its algorithm
    // (an algorithm that does not fit the certificate's key counts as invalid).
    static bool verify(const Certificate& signer, const DetachedSignature& signature,
                       const QByteArray& message);
    // The algorithm sign() uses with this key ("ecdsa-sha384"), empty for a key it cannot sign with.
    static QString algorithmFor(const EVP_PKEY* key);
    // The OpenSSL digest name of an algorithm ("SHA256"), empty for EdDSA and unknown names.
    static QByteArray digestName(const QString& algorithm);
};

} // namespace certdesk
