#pragma once
// How the CLI reports a CRL: the one re-signed after a revocation (the CrlOutcome in the revoking
// workflow's result) or the one `crl publish` signed.
#include "CliEnv.h"
#include "revocation/CrlPublisher.h"
#include <QJsonObject>

namespace certdesk::cli {

// The "crl" member for --json output (empty object when nothing was revoked).
QJsonObject crlPublicationJson(const CrlOutcome& outcome);
QJsonObject crlPublicationJson(const CrlPublication& publication);
// One or two lines: CRL number N published (to FOLDER), or why not; warnings go to stderr.
void printCrlPublication(CliEnv& env, const CrlOutcome& outcome);
void printCrlPublication(CliEnv& env, const CrlPublication& publication);

} // namespace certdesk::cli
