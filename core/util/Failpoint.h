#pragma once
// Test seam for crash-safety tests: when the environment variable CERTDESK_FAILPOINT names this point,
// the process announces "certdesk: failpoint NAME reached" on stderr and sleeps, so that a test can
// kill it exactly there (e.g. inside an open transaction). "NAME@N" stops at the N-th hit. A no-op otherwise.
namespace certdesk {
void failpoint(const char* name);
}
