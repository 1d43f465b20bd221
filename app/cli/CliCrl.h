#pragma once
// How the CLI reports the CRL re-signed after a revocation (WorkflowContext::lastCrlPublication()).
#include "CliEnv.h"
#include <QJsonObject>

namespace certdesk::cli {

// The "crl" member for --json output (empty object when nothing was revoked).
QJsonObject crlPublicationJson(CliEnv& env);
// One or two lines: CRL number N published (to FOLDER), or why not; warnings go to stderr.
void printCrlPublication(CliEnv& env);

} // namespace certdesk::cli
