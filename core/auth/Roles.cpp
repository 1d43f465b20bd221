#include "auth/Roles.h"

namespace certdesk {

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewData:
    case Permission::ViewHistory:
        return true;
    case Permission::IssueAndRevoke:
        return role == Role::Admin || role == Role::Helpdesk;
    case Permission::ManageUsers:
    case Permission::Administer:
        return role == Role::Admin;
    case Permission::ExportHistory:
        return role == Role::Admin || role == Role::Auditor;
    }
    return false;
}

QList<Role> Roles::all()
{
    return {Role::Admin, Role::Helpdesk, Role::Auditor};
}

QList<Permission> Roles::allPermissions()
{
    return {Permission::ViewData,   Permission::IssueAndRevoke, Permission::ManageUsers,
            Permission::Administer, Permission::ViewHistory,    Permission::ExportHistory};
}

QString Roles::id(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Helpdesk:
        return QStringLiteral("helpdesk");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Roles::fromId(const QString& id)
{
    for (Role role : all()) {
        if (Roles::id(role) == id)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Helpdesk:
        return tr("Helpdesk");
    case Role::Auditor:
        return tr("Auditor");
    }
    return {};
}

QString Roles::permissionDescription(Permission permission)
{
    switch (permission) {
    case Permission::ViewData:
        return tr("search or view users, certificates and the dashboard");
    case Permission::IssueAndRevoke:
        return tr("issue, re-issue or revoke certificates, handle lost devices, resend mails or register "
                  "certificate information");
    case Permission::ManageUsers:
        return tr(
            "add, edit or delete users, delete certificate information, apply the user selection, issue "
            "or revoke certificates in bulk, export ZIP files or import and export users as CSV");
    case Permission::Administer:
        return tr(
            "create or import the CA or change its passphrase, publish the CRL, change the settings, the "
            "mail server, mail templates, the portal or the operators, or create demo data");
    case Permission::ViewHistory:
        return tr("view the history");
    case Permission::ExportHistory:
        return tr("export or verify the yearly history");
    }
    return {};
}

QString Roles::refusalMessage(const QString& operatorName, Role role, Permission permission)
{
    return tr("You are signed in as %1 (%2); this role may not %3. Ask an administrator.")
        .arg(operatorName, displayName(role), permissionDescription(permission));
}

} // namespace certdesk
