#include "util/Failpoint.h"

#include <QThread>
#include <QtGlobal>
#include <atomic>
#include <cstdio>

namespace certdesk {

void failpoint(const char* name)
{
    // "NAME" stops at the first hit, "NAME@N" at the N-th (e.g. in the middle of a bulk job).
    static const QByteArray spec = qgetenv("CERTDESK_FAILPOINT");
    static const QByteArray wanted = spec.split('@').value(0);
    static const int stopAt = qMax(1, spec.split('@').value(1).toInt());
    static std::atomic<int> hits{0};
    if (wanted.isEmpty() || wanted != name || ++hits != stopAt)
        return;
    std::fprintf(stderr, "certdesk: failpoint %s reached\n", name);
    std::fflush(stderr);
    QThread::sleep(120);
}

} // namespace certdesk
