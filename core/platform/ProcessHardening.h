#pragma once
// What a process holding CA keys and passwords does first: make sure a crash does not write its memory to
// disk. certdesk, certdesk-cli and certdesk-portal call disableCoreDumps() at the start of main().
namespace certdesk {

class ProcessHardening
{
public:
    // POSIX (Linux, macOS): the core file size limit, soft and hard, becomes 0, for this process and the
    // programs it starts (the CRL publish command); the kernel then writes no core file and
    // systemd-coredump stores none. Linux's PR_SET_DUMPABLE is deliberately not used: it would also hide
    // /proc/<pid>/ from the same user and stop debuggers and the test suite's process checks, while an
    // attacker running as the same user can read the database and the keychain anyway.
    // Windows: no core files exist; Windows Error Reporting is told to leave the heap (where keys and
    // passwords live) out of any crash report it collects.
    // Returns false when the system refused (the process runs on; nothing else depends on it).
    static bool disableCoreDumps();
};

} // namespace certdesk
