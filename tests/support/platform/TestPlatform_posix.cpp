#include "TestPlatform.h"

#include <QFile>

#include <csignal>
#include <sys/stat.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace certdesk::test {

int filePermissionBits(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool hasPosixPermissions()
{
    return true;
}

int setUmask(int mask)
{
    return int(::umask(mode_t(mask)));
}

void endWithParent(QProcess& process)
{
#if defined(Q_OS_LINUX)
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

} // namespace certdesk::test
