#pragma once
// The SQL of migration 13 (PostgreSQL only): the group roles certdesk_admin / certdesk_helpdesk /
// certdesk_auditor, their privileges, the append-only history triggers, the redacted views and the
// SECURITY DEFINER functions that manage login roles. Released: never edit it, add a migration instead.
#include <QList>

namespace certdesk {

struct PostgresRoleSchema
{
    static QList<const char*> statements();
};

} // namespace certdesk
