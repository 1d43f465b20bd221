#include "session/Actor.h"
#include "platform/CurrentOsUser.h"
#include "store/OperatorStore.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace certdesk {

namespace {

QString userAgentOf(const QString& component)
{
    return QStringLiteral("CertDesk/%1 (%2; %3)")
        .arg(QStringLiteral(CERTDESK_VERSION), component, QSysInfo::prettyProductName());
}

} // namespace

Actor Actor::forOperator(const OperatorRecord& op, const QString& component)
{
    Actor a;
    a.operatorName = op.login;
    a.operatorId = op.id;
    a.role = Roles::fromId(op.role);
    a.host = QSysInfo::machineHostName();
    a.userAgent = userAgentOf(component);
    return a;
}

Actor Actor::localUser(const QString& component)
{
    Actor a;
    a.operatorName = CurrentOsUser::name();
    if (a.operatorName.isEmpty())
        a.operatorName = QStringLiteral("unknown");
    a.host = QSysInfo::machineHostName();
    a.userAgent = userAgentOf(component);
    return a;
}

Actor Actor::system()
{
    Actor a;
    a.operatorName = QCoreApplication::translate("Actor", "System");
    a.isSystem = true;
    a.host = QSysInfo::machineHostName();
    a.userAgent = QStringLiteral("CertDesk/%1").arg(QStringLiteral(CERTDESK_VERSION));
    return a;
}

} // namespace certdesk
