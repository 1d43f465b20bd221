#pragma once
// Who performs an operation and from where: written into every history row, and what that operator's
// role may do (auth/Roles). Nobody may do anything until an operator signed in, except System.
#include "auth/Roles.h"

#include <QString>
#include <optional>

namespace certdesk {

struct OperatorRecord;

struct Actor
{
    QString operatorName;  // the signed-in operator's login name; "System" (システム) for background work
    QString host;          // host name / IP address
    QString userAgent;     // "CertDesk/0.1.0 (certdesk-cli; Debian GNU/Linux 12 (bookworm))" or a browser's
    qint64 operatorId = 0; // operators.id of the signed-in operator; 0 for System and for nobody
    std::optional<Role> role; // the signed-in operator's role; empty: nobody signed in
    bool isSystem = false;    // background work of this process (mail sender, CRL schedule, portal)

    // True when this actor may do what `permission` covers: System always, nobody never.
    bool may(Permission permission) const { return isSystem || (role && allows(*role, permission)); }
    bool signedIn() const { return operatorId != 0 && role.has_value(); }

    // Nobody signed in yet, on this machine, for the given component ("certdesk", "certdesk-cli"): host and
    // user agent filled in, no role. The operator name is the OS user, for history rows of failed sign-ins.
    static Actor localUser(const QString& component);
    // The operator `op` signed in on this machine through `component`.
    static Actor forOperator(const OperatorRecord& op, const QString& component);
    static Actor system(); // "System" (システム), for background work such as mail
};

} // namespace certdesk
