#pragma once
// Opening the database as an operator: what the desktop and the CLI do before anything else.
// SQLite: open the file, then OperatorWorkflows::signIn checks the password. PostgreSQL: connect as the
// operator's own login role with its password (the server checks it, SCRAM-SHA-256); a refused
// connection is counted by the database's lockout function, which makes the role NOLOGIN at the 6th
// failure; then the same workflow records the sign-in. Both write the same history rows.
#include "store/DatabaseUrl.h"
#include "util/Clock.h"
#include "workflows/OperatorWorkflows.h"

namespace certdesk {

struct SignedIn
{
    DatabasePtr db;      // connected as the operator on PostgreSQL
    SignInResult result; // result.actor: set it on the WorkflowContext over `db`
};

class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)
public:
    static Result<SignedIn> open(const DatabaseUrl& url, const QString& login, const QString& password,
                                 const QString& component, const Clock& clock = Clock::system());
};

} // namespace certdesk
