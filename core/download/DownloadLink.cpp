#include "download/DownloadLink.h"
#include "store/CertificateStore.h"

#include <QCryptographicHash>
#include <openssl/rand.h>

namespace certdesk {

Result<DownloadLink::Created> DownloadLink::create(Database& db, const Settings& settings,
                                                   qint64 certificateId)
{
    Created c;
    c.token = newToken();
    if (c.token.isEmpty())
        return makeError(ErrorCode::Crypto, tr("Could not create a download link."));
    if (auto s = CertificateStore(db).setDownloadTokenHash(certificateId, tokenHash(c.token)); !s)
        return s.error();
    c.url = url(settings, c.token);
    return c;
}

QString DownloadLink::url(const Settings& settings, const QString& token)
{
    QString base = settings.value(SettingKey::PortalBaseUrl).trimmed();
    if (base.isEmpty())
        return {};
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/download/") + token;
}

QString DownloadLink::newToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), int(raw.size())) != 1)
        return {};
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString DownloadLink::tokenHash(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

bool DownloadLink::looksLikeToken(QStringView token)
{
    if (token.size() != 43)
        return false;
    for (const QChar ch : token) {
        const char16_t u = ch.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                        u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace certdesk
