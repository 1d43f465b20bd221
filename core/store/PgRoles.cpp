#include "store/PgRoles.h"
#include "ca/OpensslError.h"
#include "ca/OsslHandles.h"
#include "ca/WipedBytes.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace certdesk {
namespace {

using Mac = std::unique_ptr<EVP_MAC, ossl::Deleter<EVP_MAC_free>>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, ossl::Deleter<EVP_MAC_CTX_free>>;

// PostgreSQL's defaults for SCRAM-SHA-256 (scram_iterations, SCRAM_DEFAULT_SALT_LEN).
constexpr int kIterations = 4096;
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

Error cryptoError(const QString& what)
{
    return makeError(ErrorCode::Crypto,
                     PgRoles::tr("Cannot compute the PostgreSQL password verifier (%1).").arg(what),
                     takeOpensslErrors());
}

Result<QByteArray> hmacSha256(const QByteArray& key, const QByteArray& message)
{
    Mac mac(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr));
    MacCtx ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    if (!ctx)
        return cryptoError(QStringLiteral("HMAC"));
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    size_t outLen = 0;
    if (EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()),
                     params) != 1 ||
        EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1 ||
        EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLen, size_t(out.size())) !=
            1)
        return cryptoError(QStringLiteral("HMAC"));
    out.truncate(qsizetype(outLen));
    return out;
}

// Characters that SASLprep (RFC 4013, table B.1) maps to nothing.
bool mappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

// Characters that SASLprep prohibits (control, private use, surrogates, unassigned, other format
// characters). With one of these, libpq's pg_saslprep() fails and the client uses the raw bytes.
bool prohibited(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Other_Format:
        return !mappedToNothing(c);
    default:
        return false;
    }
}

// The bytes libpq and the server feed into SCRAM for `password` (PostgreSQL's pg_saslprep()):
// an ASCII password is used as it is; otherwise SASLprep's mapping (non-ASCII spaces to U+0020, table
// B.1 characters removed) and NFKC normalization, encoded as UTF-8. A password with a character that
// SASLprep prohibits is used as its plain UTF-8 bytes, as libpq does. (The bidirectional-text check and
// the Unicode 3.2 table of unassigned code points are not reproduced: such a password may fail to sign
// in on PostgreSQL, never the other way round.)
QByteArray saslPrepared(const QString& password)
{
    bool ascii = true;
    for (const QChar c : password) {
        if (c.unicode() > 0x7F) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return password.toUtf8();
    const QList<uint> codePoints = password.toUcs4();
    QString mapped;
    for (const uint u : codePoints) {
        const auto c = char32_t(u);
        if (prohibited(c) || (c < 0x80 && QChar::category(c) == QChar::Other_Control))
            return password.toUtf8();
        if (mappedToNothing(c))
            continue;
        if (c > 0x7F && QChar::category(c) == QChar::Separator_Space)
            mapped.append(QLatin1Char(' '));
        else
            mapped.append(QString::fromUcs4(&c, 1));
    }
    return mapped.normalized(QString::NormalizationForm_KC).toUtf8();
}

// Runs one of the migrations' SECURITY DEFINER functions with bound arguments (PostgreSQL only).
Status callFunction(Database& db, const QString& function, const QVariantList& binds)
{
    if (!db.isPostgres())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < binds.size(); ++i)
        marks << QStringLiteral("?");
    auto q = db.exec(QStringLiteral("SELECT %1(%2)").arg(function, marks.join(QStringLiteral(", "))), binds);
    if (!q) {
        // The server's CONTEXT lines quote the statement, verifier included: keep only the message.
        Error e = q.error();
        e.message = e.message.section(QStringLiteral("\nCONTEXT:"), 0, 0).trimmed();
        e.detail.clear();
        return e;
    }
    return {};
}

} // namespace

QString PgRoles::groupRole(const QString& roleId)
{
    return QStringLiteral("certdesk_") + roleId;
}

Result<QString> PgRoles::scramVerifier(const QString& password)
{
    QByteArray prepared = saslPrepared(password);
    WipedBytes wipePrepared(prepared);

    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return cryptoError(QStringLiteral("random salt"));

    QByteArray salted(kKeyBytes, '\0');
    WipedBytes wipeSalted(salted);
    if (PKCS5_PBKDF2_HMAC(prepared.constData(), int(prepared.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                          kIterations, EVP_sha256(), kKeyBytes,
                          reinterpret_cast<unsigned char*>(salted.data())) != 1)
        return cryptoError(QStringLiteral("PBKDF2"));

    auto clientKey = hmacSha256(salted, QByteArrayLiteral("Client Key"));
    if (!clientKey)
        return clientKey.error();
    WipedBytes wipeClientKey(clientKey.value());
    auto serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    if (!serverKey)
        return serverKey.error();

    QByteArray storedKey(EVP_MAX_MD_SIZE, '\0');
    unsigned int storedLen = 0;
    if (EVP_Digest(clientKey->constData(), size_t(clientKey->size()),
                   reinterpret_cast<unsigned char*>(storedKey.data()), &storedLen, EVP_sha256(),
                   nullptr) != 1)
        return cryptoError(QStringLiteral("SHA-256"));
    storedKey.truncate(qsizetype(storedLen));

    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey->toBase64()));
}

Status PgRoles::createLogin(Database& db, const QString& login, const QString& roleId,
                            const QString& password)
{
    if (!db.isPostgres())
        return {};
    auto verifier = scramVerifier(password);
    if (!verifier)
        return verifier.error();
    return callFunction(db, QStringLiteral("certdesk_create_login"),
                        {login, groupRole(roleId), verifier.value()});
}

Status PgRoles::setPassword(Database& db, const QString& login, const QString& password)
{
    if (!db.isPostgres())
        return {};
    auto verifier = scramVerifier(password);
    if (!verifier)
        return verifier.error();
    return callFunction(db, QStringLiteral("certdesk_set_password"), {login, verifier.value()});
}

Status PgRoles::setGroup(Database& db, const QString& login, const QString& roleId)
{
    return callFunction(db, QStringLiteral("certdesk_set_group"), {login, groupRole(roleId)});
}

Status PgRoles::setCanLogin(Database& db, const QString& login, bool canLogin)
{
    return callFunction(db, QStringLiteral("certdesk_set_can_login"), {login, canLogin});
}

Result<bool> PgRoles::connectedAs(Database& db, const QString& login)
{
    if (!db.isPostgres())
        return false;
    auto q = db.exec(QStringLiteral("SELECT session_user = ?"), {login});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace certdesk
