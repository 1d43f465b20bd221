#include "TestPlatform.h"

namespace certdesk::test {

int filePermissionBits(const QString&)
{
    return -1; // no POSIX mode bits: the owner-only file is a protected DACL (FilePermissions_windows.cpp)
}

bool hasPosixPermissions()
{
    return false;
}

int setUmask(int)
{
    return 0;
}

void endWithParent(QProcess&)
{
    // Nothing: a child outlives a crashed test on Windows unless it is put into a job object; the test's
    // own cleanup stops it.
}

} // namespace certdesk::test
