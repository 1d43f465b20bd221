#pragma once
// Plain rows as the workflows see them. Times are UTC.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace certdesk {

struct UserRecord
{
    qint64 id = 0;
    QString loginId;
    QString email;
    QString displayName;
    QString department;
    QString title;
    QStringList groups;
    bool certAuth = false; // 証明書認証: 利用する / 利用しない
    QString mailLanguage;  // "ja", "en" or empty (organisation default)
    QDateTime createdAt;
    QDateTime updatedAt;
};

// 証明書情報: registered once per user, immutable.
struct IdentityRecord
{
    QString familyName; // 氏名(姓)
    QString givenName;  // 氏名(名)
    QString familyKana; // フリガナ(姓)
    QString givenKana;  // フリガナ(名)
    QString familyEn;   // 氏名(姓)英語表記
    QString givenEn;    // 氏名(名)英語表記
    QDateTime registeredAt;
    QString registeredBy;
};

enum class CertStatus { Issuing, AwaitingDownload, InUse, Revoked };
QString certStatusId(CertStatus status); // "issuing", "awaiting", "in-use", "revoked"
std::optional<CertStatus> certStatusFromId(const QString& id);
QString certStatusDisplayName(CertStatus status); // translated: 発行中, ダウンロード待ち, 運用中, 失効

struct CertificateRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QString loginId;
    qint64 caId = 0;
    int slot = 0;
    QString device; // DeviceType id
    QString notifyEmail;
    QString remarks;
    CertStatus status = CertStatus::Issuing;
    QString serialHex;
    QString subject;
    QString keyType;
    QString pkcs12Profile;
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime downloadDeadline;
    QDateTime downloadedAt;
    int downloadCount = 0;
    QDateTime revokedAt;
    QString revocationReason; // RevocationReason id
    QByteArray certDer;
    bool hasPkcs12 = false; // the blob itself is loaded only on demand
    bool passwordAuto = false;
    QString issuedBy;
    QDateTime issuedAt;

    // Warning icon in the slot table: download deadline passed while awaiting, or validity passed.
    bool needsAttention(const QDateTime& nowUtc) const;
};

struct CaRecord
{
    qint64 id = 0;
    QString name;
    QString subject;
    QByteArray certDer;
    QByteArray chainPem;
    QByteArray encryptedKeyPem;
    QString keyType;
    QString fingerprint;
    QString serialHex;
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 crlNumber = 0;
    QDateTime createdAt;
};

} // namespace certdesk
