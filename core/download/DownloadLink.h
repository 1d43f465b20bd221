#pragma once
// One unguessable download link per certificate: 32 random bytes, base64url. Only the token's
// SHA-256 is stored on the certificate; the link itself is shown once (issue result) and kept sealed in
// the outbox for the download-request mail.
#include "store/Database.h"
#include "store/Settings.h"

namespace certdesk {

class DownloadLink
{
    Q_DECLARE_TR_FUNCTIONS(DownloadLink)
public:
    // Inside the caller's open transaction: a new token for the certificate, its hash stored.
    // Returns the link (https://portal.example/download/TOKEN) or, without a portal base URL, the token
    // alone.
    struct Created
    {
        QString token;
        QString url; // empty when no portal base URL is set
    };
    static Result<Created> create(Database& db, const Settings& settings, qint64 certificateId);
    // https://portal.example/download/TOKEN, or empty when no portal base URL is set.
    static QString url(const Settings& settings, const QString& token);
    static QString newToken();                      // 32 random bytes, base64url; empty if the RNG fails
    static QString tokenHash(const QString& token); // SHA-256, hex
    static bool looksLikeToken(QStringView token);  // 43 base64url characters
};

} // namespace certdesk
