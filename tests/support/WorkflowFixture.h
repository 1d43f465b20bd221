#pragma once
// A database with a CA and helpers for workflow tests. Uses the real store (SQLite or PostgreSQL).
#include "OpensslCli.h"
#include "TestDatabase.h"
#include "revocation/RevocationWorkflows.h"
#include "workflows/CaWorkflows.h"
#include "workflows/CertificateWorkflows.h"
#include "workflows/IdentityWorkflows.h"
#include "workflows/OperatorWorkflows.h"
#include "workflows/UserWorkflows.h"

namespace certdesk::test {

inline const QByteArray kPassphrase = "test passphrase 123";
// The password of every operator the tests create (meets auth/PasswordRules for their login names).
inline const QString kOperatorPassword = QStringLiteral("Kirin-Batt3ry-Staple");
// The administrator the fixture bootstraps and signs in as.
inline const QString kAdminLogin = QStringLiteral("tester");

// Adds an operator of `role` with kOperatorPassword through `admin`, an administrator's context, and
// returns that operator's actor. Existing login: its actor.
Result<Actor> addOperator(WorkflowContext& admin, Role role, const QString& login);

class WorkflowFixture
{
public:
    // Empty string on success, else what went wrong. Bootstraps the administrator kAdminLogin, signs in
    // as it (ctx acts as that operator) and, with `withCa`, creates the CA.
    QString setUp(TestDatabase& tdb, bool withCa = true);
    // The actor of an operator of `role` ("test-helpdesk", "test-auditor", "test-admin2"; created on first
    // use), or of nobody when `role` is empty. Fails the current test when the operator cannot be added.
    Actor actorFor(std::optional<Role> role);
    // A context over the same database acting as `actor`, with the CA passphrase provider.
    std::unique_ptr<WorkflowContext> contextFor(const Actor& actor,
                                                const Clock& clock = Clock::system()) const;

    DatabasePtr db;
    std::unique_ptr<WorkflowContext> ctx;
    QTemporaryDir dir;

    QString caPem() const;                             // path of the CA certificate PEM in dir
    QString addUserWithIdentity(const QString& login); // empty on success
    QString writePem(const QString& name, const QByteArray& der) const; // certificate DER -> PEM file
};

} // namespace certdesk::test
