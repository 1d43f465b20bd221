#pragma once
// A database with a CA and helpers for workflow tests. Uses the real store (SQLite or PostgreSQL).
#include "OpensslCli.h"
#include "TestDatabase.h"
#include "revocation/RevocationWorkflows.h"
#include "workflows/CaWorkflows.h"
#include "workflows/CertificateWorkflows.h"
#include "workflows/IdentityWorkflows.h"
#include "workflows/UserWorkflows.h"

namespace certdesk::test {

inline const QByteArray kPassphrase = "test passphrase 123";

class WorkflowFixture
{
public:
    // Empty string on success, else what went wrong.
    QString setUp(TestDatabase& tdb, bool withCa = true);

    DatabasePtr db;
    std::unique_ptr<WorkflowContext> ctx;
    QTemporaryDir dir;

    QString caPem() const;                             // path of the CA certificate PEM in dir
    QString addUserWithIdentity(const QString& login); // empty on success
    QString writePem(const QString& name, const QByteArray& der) const; // certificate DER -> PEM file
};

} // namespace certdesk::test
