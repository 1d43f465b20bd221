#pragma once
// The SQL of migration 13 (PostgreSQL only): the group roles certdesk_admin / certdesk_helpdesk /
// certdesk_auditor, their privileges, the append-only history triggers, the redacted views and the
// SECURITY DEFINER functions that manage login roles. Released: never edit it, add a migration instead.
#include <QList>

namespace certdesk {

struct PostgresRoleSchema
{
    static QList<const char*> statements();
    // Migration 22: certdesk_active_administrators(), the one read path to other operators' rows that
    // every role has (row-level security shows the helpdesk and the auditor only their own row): the
    // login and display name of each administrator who can act now (neither disabled nor locked), so
    // that "Ask an administrator" can name them. Nothing else of those rows (no password hash).
    static QList<const char*> administratorDirectory();
};

} // namespace certdesk
