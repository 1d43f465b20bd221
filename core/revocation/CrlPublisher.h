#pragma once
// CRL publishing: sign a new CRL, keep it (table crls: the portal serves the newest),
// write it atomically to the configured folder (certdesk.crl DER + certdesk-crl.pem PEM, temp file +
// rename), then run the configured command (e.g. `nginx -s reload`). One "CRL published" history row
// per publication; a "failure" row when the folder or the command failed.
#include "session/WorkflowContext.h"

namespace certdesk {

struct CrlPublication
{
    bool published = false; // a new CRL was signed and stored
    qint64 number = 0;
    int entries = 0;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QByteArray der;
    QStringList files; // written to the publish folder
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
    bool missesRevocation = false; // a certificate was revoked after the newest CRL was signed
    bool expiresSoon = false;      // nextUpdate within a day (or passed)
    bool needsAttention() const { return hasCa && (expiresSoon || missesRevocation); }
};

class CrlPublisher
{
    Q_DECLARE_TR_FUNCTIONS(CrlPublisher)
public:
    static inline const QString DerFileName = QStringLiteral("certdesk.crl");
    static inline const QString PemFileName = QStringLiteral("certdesk-crl.pem");

    explicit CrlPublisher(WorkflowContext& ctx) : m_ctx(ctx) {}

    // Publishing on demand (Permission::Administer): signs, stores, writes and runs the command. Errors
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
    // The schedule: a CRL is due when none exists, a revocation is newer than the newest CRL, or the newest
    // is older than a day (half the nextUpdate period at most).
    Result<bool> isDue();
    // The schedule: when crl.publish_dir's files are missing or differ from the newest stored CRL (a crash
    // between the commit and the rename, a lost or damaged file), writes that CRL again without signing a
    // new one. True when the files were rewritten.
    Result<bool> repairPublishedFiles();
    static Result<CrlHealth> health(Database& db, const QDateTime& nowUtc);

    // Runs `commandLine` (split like a shell, no shell), waiting up to `timeoutMs`; translated problem or
    // empty.
    static QString runCommand(const QString& commandLine, int timeoutMs = 30000);

private:
    Result<CrlPublication> sign();
    Status recordFailure(const QString& problem);
    WorkflowContext& m_ctx;
};

} // namespace certdesk
