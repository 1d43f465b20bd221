#pragma once
// Plain-words texts about CRL publications, shared by the revoke and lost-device dialogs (失効), the
// Settings → Portal and CRL tab and the dashboard.
#include <QCoreApplication>
#include <QDateTime>

namespace certdesk {
struct CrlHealth;
struct CrlOutcome;
struct CrlPublication;

class CrlPublicationText
{
    Q_DECLARE_TR_FUNCTIONS(CrlPublicationText)
public:
    // After a revocation: what re-signing the CRL did, from the revoking workflow's result (Untouched: a
    // hint to publish the CRL).
    static QString afterRevocation(const CrlOutcome& outcome);
    // After "Publish CRL now": the CRL number, the files written, or the problem.
    static QString published(const CrlPublication& publication);
    // The newest CRL: number and next update, or "no CRL yet".
    static QString status(const CrlHealth& health);
    // The dashboard warning (empty when the CRL needs no attention).
    static QString warning(const CrlHealth& health, const QDateTime& nowUtc);
    static QString dateTime(const QDateTime& utc);
};

} // namespace certdesk
