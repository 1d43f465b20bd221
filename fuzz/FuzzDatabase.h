#pragma once
// Shared by the fuzz targets that validate a file against the database (bulk issue, bulk revoke): one
// SQLite database in a temporary folder, made once per process, with a CA, the users of tests/data and
// their certificates. The validators only read it, so every input sees the same data.
#include "session/WorkflowContext.h"

namespace certdesk::fuzz {

// The context (acting as System) over the fixture database; made on the first call, aborts when that
// fails. Needs a QCoreApplication (the SQLite driver is a plugin): call ensureApplication() first.
WorkflowContext& fixtureContext();
// A QCoreApplication for the whole process (libFuzzer's argc/argv are not Qt's business).
void ensureApplication();

} // namespace certdesk::fuzz
