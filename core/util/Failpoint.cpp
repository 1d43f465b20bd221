#include "util/Failpoint.h"

#include <QThread>
#include <QtGlobal>
#include <cstdio>

namespace certdesk {

void failpoint(const char* name)
{
    static const QByteArray wanted = qgetenv("CERTDESK_FAILPOINT");
    if (wanted.isEmpty() || wanted != name)
        return;
    std::fprintf(stderr, "certdesk: failpoint %s reached\n", name);
    std::fflush(stderr);
    QThread::sleep(120);
}

} // namespace certdesk
