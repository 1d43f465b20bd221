#pragma once
// The download portal's decisions, on the shared database: a link is valid until the download
// deadline, for a limited number of downloads, while the certificate is not revoked; the user confirms the
// login ID; each download is recorded (history row "download" with the client's IP address and user agent)
// and an awaiting certificate becomes in use (運用中), all in one transaction.
#include "store/Database.h"
#include "store/Records.h"
#include "util/Clock.h"

namespace certdesk {

enum class LinkState {
    Valid,
    Unknown, // no certificate has this link
    Expired, // the download deadline passed
    Revoked, // the certificate was revoked
    UsedUp,  // the download limit is reached
    Gone,    // the PKCS#12 is no longer stored
};
QString linkStateId(LinkState state); // "valid", "unknown", ...

struct LinkInfo
{
    LinkState state = LinkState::Unknown;
    CertificateRecord certificate; // when known
    int downloadsLeft = 0;
};

struct DownloadResult
{
    LinkState state = LinkState::Unknown; // Valid: `pkcs12` holds the file
    bool wrongLoginId = false;            // the link is valid but the login ID did not match
    CertificateRecord certificate;
    QByteArray pkcs12;
    QString fileName; // LOGIN-DEVICE.p12
};

struct PortalClient
{
    QString address;   // client IP address
    QString userAgent; // browser
};

class DownloadService
{
    Q_DECLARE_TR_FUNCTIONS(DownloadService)
public:
    DownloadService(DatabasePtr db, const Clock& clock = Clock::system())
        : m_db(std::move(db)), m_clock(clock)
    {
    }

    Result<LinkInfo> inspect(const QString& token);
    // Checks the link and the login ID, then (one transaction, row locked) hands out the file, counts the
    // download, records the history row and updates the status.
    Result<DownloadResult> download(const QString& token, const QString& loginId, const PortalClient& client);
    // A "failure" history row: a link was locked after repeated wrong login IDs.
    Status recordLockout(const QString& token, const PortalClient& client, int attempts);

private:
    LinkInfo classify(const std::optional<CertificateRecord>& cert, bool hasPkcs12) const;
    DatabasePtr m_db;
    const Clock& m_clock;
};

} // namespace certdesk
