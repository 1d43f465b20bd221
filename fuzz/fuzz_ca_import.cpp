// libFuzzer target: CA import (core/ca), dispatched like CaWorkflows::import — bytes with "-----BEGIN"
// go to CertificateAuthority::importPem (certificates and key in one PEM), anything else to
// importPkcs12 — always with the passphrase kPassword (the seeds' keys and PKCS#12 files use it).
// Non-PEM bytes are also read as one DER certificate (Certificate::fromDer) and every accessor the
// screens show is called on it.
// Invariants: a refusal carries a message; an imported CA's certificate matches its key, is a CA with
// keyCertSign, is not part of its own chain, each chain certificate issued the one before it, and its
// DER reads back to the same certificate.
#include "FuzzSupport.h"
#include "ca/CertificateAuthority.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <cstdint>

using namespace certdesk;

namespace {

const QByteArray kPassword = "fuzz-import";

void showCertificate(const Certificate& cert)
{
    // What the CA page and the import dialog show; only the absence of crashes / UB is checked.
    (void)cert.subject();
    (void)cert.issuer();
    (void)cert.commonName();
    (void)cert.serialHex();
    (void)cert.notBefore();
    (void)cert.notAfter();
    (void)cert.sha256Fingerprint();
    (void)cert.keyDescription();
    (void)cert.isCa();
    (void)cert.toPem();
}

void checkCa(const CertificateAuthority& ca)
{
    const Certificate& cert = ca.certificate();
    if (cert.isNull() || ca.key().isNull())
        fuzz::fail("an imported CA without certificate or key");
    if (!cert.matchesKey(ca.key().get()))
        fuzz::fail("the imported key does not match the CA certificate");
    if (!cert.isCa() || !(X509_get_key_usage(cert.get()) & KU_KEY_CERT_SIGN))
        fuzz::fail("an imported CA that may not sign certificates");
    const Certificate* below = &cert;
    for (const Certificate& issuer : ca.chain()) {
        if (X509_cmp(issuer.get(), cert.get()) == 0)
            fuzz::fail("the CA certificate is part of its own chain");
        if (X509_check_issued(issuer.get(), below->get()) != X509_V_OK)
            fuzz::fail("a chain certificate did not issue the one before it");
        below = &issuer;
    }
    const auto again = Certificate::fromDer(cert.toDer());
    if (!again || again->toDer() != cert.toDer())
        fuzz::fail("the CA certificate's DER does not read back");
    showCertificate(cert);
    (void)ca.key().description();
    (void)ca.chainPem();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const bool looksPem = bytes.contains("-----BEGIN");
    const auto ca = looksPem ? CertificateAuthority::importPem(bytes, bytes, kPassword)
                             : CertificateAuthority::importPkcs12(bytes, kPassword);
    if (ca)
        checkCa(ca.value());
    else if (ca.error().message.isEmpty())
        fuzz::fail("a refused import without a message");
    if (!looksPem) {
        const auto cert = Certificate::fromDer(bytes);
        if (cert)
            showCertificate(cert.value());
        else if (cert.error().message.isEmpty())
            fuzz::fail("a refused certificate without a message");
    }
    ERR_clear_error();
    return 0;
}
