#include "../ProcessGroup.h"

namespace certdesk::bench {

void startInOwnGroup(QProcess& process)
{
    Q_UNUSED(process);
}

void endGroup(QProcess& process)
{
    process.kill();
    process.waitForFinished(5000);
}

} // namespace certdesk::bench
