#include "../ProcessGroup.h"

#include <csignal>
#include <unistd.h>

namespace certdesk::bench {

void startInOwnGroup(QProcess& process)
{
    process.setChildProcessModifier([] { (void)::setpgid(0, 0); });
}

void endGroup(QProcess& process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        (void)::kill(-pid_t(pid), SIGKILL);
    process.waitForFinished(5000);
}

} // namespace certdesk::bench
