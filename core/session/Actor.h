#pragma once
// Who performs an operation and from where: written into every history row.
#include <QString>

namespace certdesk {

struct Actor
{
    QString operatorName; // the operator, or the OS user when none is given
    QString host;         // host name / IP address
    QString userAgent;    // "CertDesk/0.1.0 (certdesk-cli; Debian GNU/Linux 12 (bookworm))" or a browser's

    // The current OS user on this machine, for the given component ("certdesk", "certdesk-cli").
    static Actor localUser(const QString& component, const QString& operatorOverride = {});
    static Actor system(); // "System" (システム), for background work such as mail
};

} // namespace certdesk
