#pragma once
// CRL publishing: sign a new CRL for every CA that needs one (the active CA, and each replaced CA while
// any of its certificates is unexpired, each with its own key), keep them (table crls: the portal serves
// the newest of each CA), write them atomically to this computer's publish folder (PublishTarget: the
// active CA's certdesk.crl DER + certdesk-crl.pem PEM, another CA's certdesk-<fingerprint>.crl +
// certdesk-<fingerprint>-crl.pem, and certdesk-crls.pem with every CA's CRL for nginx `ssl_crl`; temp file
// + rename), then run this computer's command (e.g. `nginx -s reload`) with a minimal environment. One
// "CRL published" history row per CRL; a "failure" row when the folder, the command or a CA failed.
#include "revocation/PublishTarget.h"
#include "session/WorkflowContext.h"

namespace certdesk {

// A CRL signed for a CA other than the active one (replaced, with certificates not expired yet).
struct OtherCaCrl
{
    qint64 caId = 0;
    QString caName;
    qint64 number = 0;
    int entries = 0;
    QByteArray der;
};

struct CrlPublication
{
    bool published = false; // a new CRL was signed and stored
    // The active CA's CRL (number 0: not re-signed this time, e.g. the schedule renewed only another CA's).
    qint64 number = 0;
    int entries = 0;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QByteArray der;
    QList<OtherCaCrl> otherCas; // signed with their own keys
    QStringList files;          // written to the publish folder
    bool commandRan = false;
    QString problem; // translated; empty when everything worked
};

// What re-signing the CRL right after a revocation committed did. Every revoking workflow returns it in
// its result, so whoever revoked can show it.
struct CrlOutcome
{
    enum class State {
        Untouched, // nothing was revoked, so the CRL was left as it was
        Published, // a new CRL was signed and stored; publication.problem: the folder or the command failed
        Locked,    // not re-signed: the CA could not be unlocked without asking anyone (OCSP refuses anyway)
        Failed,    // not re-signed: signing or storing the CRL failed
    };
    State state = State::Untouched;
    CrlPublication publication; // Published: the new CRL; otherwise only its `problem` (why not) is set
    bool published() const { return state == State::Published; }
    const QString& problem() const { return publication.problem; } // translated; empty when all went well
};

// The newest CRL's state for the dashboard warning.
struct CrlHealth
{
    bool hasCa = false;
    bool hasCrl = false;
    qint64 number = 0;
    QDateTime nextUpdate;
    bool missesRevocation =
        false;                // a certificate (of any CA that needs a CRL) was revoked after its newest CRL
    bool expiresSoon = false; // nextUpdate within a day (or passed)
    bool needsAttention() const { return hasCa && (expiresSoon || missesRevocation); }
};

class CrlPublisher
{
    Q_DECLARE_TR_FUNCTIONS(CrlPublisher)
public:
    static inline const QString DerFileName = QStringLiteral("certdesk.crl");
    static inline const QString PemFileName = QStringLiteral("certdesk-crl.pem");
    // Every CA's newest CRL in one PEM file (nginx `ssl_crl` with several CAs in ssl_client_certificate).
    static inline const QString BundleFileName = QStringLiteral("certdesk-crls.pem");
    // The DER and PEM file names of a CA's CRL: the active CA's are DerFileName / PemFileName, another
    // CA's certdesk-<first 16 hex digits of its SHA-256 fingerprint>.crl / …-crl.pem.
    static QString derFileName(const CaRecord& ca, bool active);
    static QString pemFileName(const CaRecord& ca, bool active);
    // The short name of a CA in file names and portal addresses (/crl/<id>): 16 lower-case hex digits.
    static QString fingerprintId(const CaRecord& ca);

    explicit CrlPublisher(WorkflowContext& ctx) : m_ctx(ctx) {}

    // Publishing on demand (Permission::Administer): signs (every CA that needs a CRL; may ask for a
    // replaced CA's passphrase), stores, writes and runs the command. Errors
    // only when no CRL could be signed or stored, or the operator may not publish; a failing folder or
    // command is reported in `problem` (the CRL is stored and served by the portal).
    Result<CrlPublication> publish();
    // After a revocation has committed: publishes when the CA can be unlocked without asking anyone (an
    // unlocked CA, the environment, a passphrase file or the keychain). Otherwise the outcome is Locked or
    // Failed and its problem says why the CRL was not re-signed; OCSP answers "revoked" anyway.
    //
    // Who may: whoever may revoke (Permission::IssueAndRevoke). Re-signing right after a revocation is
    // the last step of that revocation, not a separate publication: it adds exactly what the operator
    // just revoked, and a CRL that misses a revocation lets a lost device in. So a helpdesk operator's
    // revocation re-signs the CRL too (through the quiet passphrase provider or the CA it unlocked),
    // although publishing on demand needs Administer.
    CrlOutcome afterRevocation();
    // The schedule's publication of a CRL that isDue() (CrlSchedule): background work of the process,
    // like Actor::system()'s, so it asks for no operator permission, also when it signs through the CA
    // that a signed-in operator unlocked. It only renews what revocations and time require.
    Result<CrlPublication> publishScheduled();
    // The schedule: a CRL is due when a CA that needs one (CrlStore::caIdsNeedingCrl) has none, a
    // revocation is newer than its newest CRL, or its newest is older than a day (half the nextUpdate
    // period at most).
    Result<bool> isDue();
    // The schedule: when this computer's published files (PublishTarget) are missing or differ from the
    // newest stored CRLs (a crash between the commit and the rename, a lost or damaged file), writes those
    // CRLs again without signing new ones and runs the publish command. True when the files were
    // rewritten; an error when writing or the command failed.
    Result<bool> repairPublishedFiles();
    static Result<CrlHealth> health(Database& db, const QDateTime& nowUtc);

    // Runs `commandLine` (split like a shell, no shell) with PublishTarget::commandEnvironment() only,
    // waiting up to `timeoutMs`; translated problem or empty.
    static QString runCommand(const QString& commandLine, int timeoutMs = 30000);

private:
    enum class Mode { Asked, Quiet, Scheduled }; // Scheduled: quiet, and only the CAs whose CRL is due
    Result<CrlPublication> sign(Mode mode);
    Result<QList<qint64>> dueCaIds();
    Status recordFailure(const QString& problem);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
