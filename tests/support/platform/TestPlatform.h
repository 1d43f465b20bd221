#pragma once
// What tests need from the operating system, behind one interface (POSIX and Windows files beside it), so
// that test sources include no POSIX header (scripts/check-portability).
#include <QProcess>
#include <QString>

namespace certdesk::test {

// The permission bits of `path` as POSIX has them (e.g. 0600), -1 when the file cannot be read or the
// system has no such bits (Windows: a test of file modes skips there; ACLs are checked otherwise).
int filePermissionBits(const QString& path);
// True when filePermissionBits() means something on this system.
bool hasPosixPermissions();

// Sets the process umask to `mask` and returns the previous one (Windows: does nothing, returns 0).
int setUmask(int mask);

// The child `process` (not yet started) ends when the test process dies, so that a crashed test leaves no
// server behind (Linux: PR_SET_PDEATHSIG; elsewhere nothing: the test's cleanup stops it).
void endWithParent(QProcess& process);

} // namespace certdesk::test
