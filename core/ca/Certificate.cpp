#include "ca/Certificate.h"

#include "ca/MemoryBio.h"
#include "ca/OpensslError.h"
#include "ca/PrivateKey.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <ctime>

namespace certdesk {
namespace {

QString nameToString(const X509_NAME* name)
{
    if (!name)
        return {};
    const ossl::Bio bio = MemoryBio::writer();
    // RFC 2253 order (most specific first) but keep UTF-8 characters unescaped.
    const unsigned long flags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    return QString::fromUtf8(MemoryBio::contents(bio.get()));
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

bool isEndOfPem()
{
    const unsigned long err = ERR_peek_last_error();
    return ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE;
}

} // namespace

Certificate::Certificate(ossl::X509Ptr cert) : m_cert(std::move(cert)) {}

Certificate::Certificate(const Certificate& other)
{
    if (other.m_cert && X509_up_ref(other.m_cert.get()) == 1)
        m_cert.reset(other.m_cert.get());
}

Certificate& Certificate::operator=(const Certificate& other)
{
    if (this != &other) {
        ossl::X509Ptr copy;
        if (other.m_cert && X509_up_ref(other.m_cert.get()) == 1)
            copy.reset(other.m_cert.get());
        m_cert = std::move(copy);
    }
    return *this;
}

Result<Certificate> Certificate::fromDer(const QByteArray& der)
{
    ERR_clear_error();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* const end = p + der.size();
    ossl::X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (!cert || p != end)
        return makeError(ErrorCode::Invalid, tr("The certificate is damaged or not in DER format."),
                         takeOpensslErrors());
    return Certificate(std::move(cert));
}

Result<Certificate> Certificate::fromPem(const QByteArray& pem)
{
    ERR_clear_error();
    const ossl::Bio bio = MemoryBio::reader(pem);
    ossl::X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return makeError(ErrorCode::Invalid, tr("No valid certificate was found in the PEM data."),
                         takeOpensslErrors());
    return Certificate(std::move(cert));
}

Result<QList<Certificate>> Certificate::listFromPem(const QByteArray& pem)
{
    ERR_clear_error();
    const ossl::Bio bio = MemoryBio::reader(pem);
    if (!bio)
        return makeError(ErrorCode::Crypto, tr("Out of memory."), takeOpensslErrors());
    QList<Certificate> certs;
    for (;;) {
        ossl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert) {
            // PEM_read_bio_X509 skips other blocks (keys); running out of blocks is the normal end.
            if (isEndOfPem() && !certs.isEmpty()) {
                ERR_clear_error();
                break;
            }
            return makeError(ErrorCode::Invalid,
                             certs.isEmpty()
                                 ? tr("No certificate was found in the PEM data.")
                                 : tr("Certificate %1 in the PEM data is damaged.").arg(certs.size() + 1),
                             takeOpensslErrors());
        }
        certs.append(Certificate(std::move(cert)));
    }
    return certs;
}

QByteArray Certificate::toDer() const
{
    if (!m_cert)
        return {};
    const int len = i2d_X509(m_cert.get(), nullptr);
    if (len <= 0)
        return {};
    QByteArray der(len, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509(m_cert.get(), &p) != len)
        return {};
    return der;
}

QByteArray Certificate::toPem() const
{
    return pemEncode(toDer(), "CERTIFICATE");
}

QString Certificate::subject() const
{
    return m_cert ? nameToString(X509_get_subject_name(m_cert.get())) : QString();
}

QString Certificate::issuer() const
{
    return m_cert ? nameToString(X509_get_issuer_name(m_cert.get())) : QString();
}

QString Certificate::commonName() const
{
    if (!m_cert)
        return {};
    const X509_NAME* name = X509_get_subject_name(m_cert.get());
    const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (idx < 0)
        return {};
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    const ossl::OsslBytes owner(utf8);
    if (len < 0)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
}

QString Certificate::serialHex() const
{
    if (!m_cert)
        return {};
    const ossl::BigNum bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr));
    if (!bn)
        return {};
    const ossl::OsslChars hex(BN_bn2hex(bn.get()));
    return hex ? QString::fromLatin1(hex.get()) : QString();
}

QDateTime Certificate::notBefore() const
{
    return m_cert ? toDateTime(X509_get0_notBefore(m_cert.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_cert ? toDateTime(X509_get0_notAfter(m_cert.get())) : QDateTime();
}

QString Certificate::sha256Fingerprint() const
{
    if (!m_cert)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(m_cert.get(), EVP_sha256(), md, &len) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), len).toHex(':').toUpper());
}

QString Certificate::keyDescription() const
{
    return m_cert ? describeKey(X509_get0_pubkey(m_cert.get())) : QString();
}

bool Certificate::isCa() const
{
    if (!m_cert)
        return false;
    // basicConstraints CA:TRUE (X509_check_ca() would also accept v1 self-signed roots).
    const uint32_t flags = X509_get_extension_flags(m_cert.get());
    return !(flags & EXFLAG_INVALID) && (flags & EXFLAG_CA);
}

bool Certificate::matchesKey(EVP_PKEY* key) const
{
    if (!m_cert || !key)
        return false;
    const EVP_PKEY* pub = X509_get0_pubkey(m_cert.get());
    return pub && EVP_PKEY_eq(pub, key) == 1;
}

QByteArray pemEncode(const QByteArray& der, const char* label)
{
    if (der.isEmpty())
        return {};
    const ossl::Bio bio = MemoryBio::writer();
    if (!bio || PEM_write_bio(bio.get(), label, "", reinterpret_cast<const unsigned char*>(der.constData()),
                              static_cast<long>(der.size())) <= 0)
        return {};
    return MemoryBio::contents(bio.get());
}

} // namespace certdesk
