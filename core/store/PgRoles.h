#pragma once
// PostgreSQL's own enforcement of operators and roles (shared mode). The migrations create three group
// roles, certdesk_admin / certdesk_helpdesk / certdesk_auditor, grant each exactly the tables and
// columns its role may use, make the history append-only with its operator stamped from session_user,
// and create SECURITY DEFINER functions (owned by the schema owner) that manage the operators' login
// roles and count failed sign-ins. These calls run inside the caller's transaction; on SQLite they do
// nothing and succeed.
#include "store/Database.h"

namespace certdesk {

class PgRoles
{
    Q_DECLARE_TR_FUNCTIONS(PgRoles)
public:
    // "certdesk_admin", "certdesk_helpdesk", "certdesk_auditor" for "admin", "helpdesk", "auditor".
    static QString groupRole(const QString& roleId);
    // The SCRAM-SHA-256 verifier of `password` (RFC 5802/7677, PostgreSQL's rolpassword format), computed
    // here so that the password itself never reaches the server or its logs.
    static Result<QString> scramVerifier(const QString& password);

    // A login role named `login` with that password, member of the role's group only.
    static Status createLogin(Database& db, const QString& login, const QString& roleId,
                              const QString& password);
    static Status setPassword(Database& db, const QString& login, const QString& password);
    // Moves the login role to the group of `roleId` (and out of the others).
    static Status setGroup(Database& db, const QString& login, const QString& roleId);
    // LOGIN / NOLOGIN: an operator that is locked or disabled cannot connect at all.
    static Status setCanLogin(Database& db, const QString& login, bool canLogin);
    // Whether `db` is connected as the login role `login` (PostgreSQL): then the server has checked the
    // operator's password already. Always false on SQLite.
    static Result<bool> connectedAs(Database& db, const QString& login);
};

} // namespace certdesk
