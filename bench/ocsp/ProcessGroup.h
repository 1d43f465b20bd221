#pragma once
// bench_ocsp's servers as process groups: `openssl ocsp -multi N` forks N children that outlive their parent
// (it ignores SIGTERM while children run), so the bench starts it in a group of its own and ends the whole
// group (POSIX and Windows files in platform/).
#include <QProcess>

namespace certdesk::bench {

// Before start(): the process leads a new process group (Windows: nothing).
void startInOwnGroup(QProcess& process);
// Ends the process and everything it forked (Windows: the process only), and waits for it.
void endGroup(QProcess& process);

} // namespace certdesk::bench
