#pragma once
// The three operator roles and what each may do. Every check of an operator's rights, in the workflows,
// the desktop and the command line, asks allows(); the matrix exists only in Roles.cpp:
//
//   permission        what it covers                                              admin  helpdesk  auditor
//   ViewData          search and view users, certificates, the dashboard            ✓       ✓        ✓
//   IssueAndRevoke    issue, re-issue, revoke, lost device, resend a mail,          ✓       ✓        ✗
//                     register certificate information for a user who has none
//   ManageUsers       add / edit / delete users, delete certificate information,   ✓       ✗        ✗
//                     user selection Apply, bulk issue / revoke, ZIP export,
//                     users CSV
//   Administer        CA create / import / passphrase, publish the CRL, settings,  ✓       ✗        ✗
//                     mail server and templates, portal, operators, demo data
//   ViewHistory       the history day view                                          ✓       ✓        ✓
//   ExportHistory     the yearly history export and its verification                ✓       ✗        ✓
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace certdesk {

enum class Role { Admin, Helpdesk, Auditor };

enum class Permission { ViewData, IssueAndRevoke, ManageUsers, Administer, ViewHistory, ExportHistory };

// Whether an operator with `role` may do what `permission` covers.
bool allows(Role role, Permission permission);

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QList<Role> all();                             // Admin, Helpdesk, Auditor
    static QList<Permission> allPermissions();            // in declaration order
    static QString id(Role role);                         // "admin", "helpdesk", "auditor" (operators.role)
    static std::optional<Role> fromId(const QString& id); // exactly one of the ids above
    static QString displayName(Role role);                // translated: Administrator, Helpdesk, Auditor
    // Translated verb phrase of what the permission covers, for refusal messages ("issue, re-issue or
    // revoke certificates, ...").
    static QString permissionDescription(Permission permission);
    // The translated message shown when an operator tries something the role does not allow: who is
    // signed in, in which role, what that role may not do, and whom to ask.
    static QString refusalMessage(const QString& operatorName, Role role, Permission permission);
};

} // namespace certdesk
