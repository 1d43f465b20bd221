#include "session/Actor.h"

#include <QCoreApplication>
#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace certdesk {

Actor Actor::localUser(const QString& component, const QString& operatorOverride)
{
    Actor a;
    a.operatorName = operatorOverride;
    if (a.operatorName.isEmpty())
        a.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#if defined(Q_OS_UNIX)
    if (a.operatorName.isEmpty()) {
        if (const passwd* pw = getpwuid(getuid()))
            a.operatorName = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    if (a.operatorName.isEmpty())
        a.operatorName = QStringLiteral("unknown");
    a.host = QSysInfo::machineHostName();
    a.userAgent = QStringLiteral("CertDesk/%1 (%2; %3)")
                      .arg(QStringLiteral(CERTDESK_VERSION), component, QSysInfo::prettyProductName());
    return a;
}

Actor Actor::system()
{
    Actor a;
    a.operatorName = QCoreApplication::translate("Actor", "System");
    a.host = QSysInfo::machineHostName();
    a.userAgent = QStringLiteral("CertDesk/%1").arg(QStringLiteral(CERTDESK_VERSION));
    return a;
}

} // namespace certdesk
