#include "store/Migrations.h"
#include "store/CertificateTotalsSchema.h"
#include "store/PostgresRoleSchema.h"
#include "store/SearchIndexSchema.h"
#include "store/Transaction.h"
#include "store/UserSearchText.h"

#include <QDateTime>
#include <QSqlError>

namespace certdesk {
namespace {

struct Migration
{
    int version;
    QList<const char*> statements;
    // Run after `statements`, on PostgreSQL only (roles, privileges, triggers: SQLite has none).
    QList<const char*> postgresOnly = {};
    // Run after `statements`, on SQLite only (the same rule in SQLite's trigger syntax).
    QList<const char*> sqliteOnly = {};
    // Run last, on SQLite only, for what depends on how SQLite was built (e.g. FTS5).
    Status (*sqliteStep)(Database&) = nullptr;
};

// Never edit a released migration; add a new one.
const QList<Migration>& migrations()
{
    static const QList<Migration> list = {
        {1,
         {
             "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE cas (id {ID}, name TEXT NOT NULL, subject TEXT NOT NULL, cert_der {BLOB} NOT NULL,"
             " chain_pem TEXT NOT NULL DEFAULT '', key_pem TEXT NOT NULL, key_type TEXT NOT NULL,"
             " fingerprint TEXT NOT NULL, serial TEXT NOT NULL, not_before BIGINT NOT NULL, not_after BIGINT "
             "NOT NULL,"
             " crl_number BIGINT NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, created_at BIGINT "
             "NOT NULL)",
             "CREATE TABLE users (id {ID}, login_id TEXT NOT NULL UNIQUE, email TEXT NOT NULL DEFAULT '',"
             " display_name TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',"
             " title TEXT NOT NULL DEFAULT '', cert_auth INTEGER NOT NULL DEFAULT 0,"
             " mail_language TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, updated_at BIGINT NOT "
             "NULL)",
             "CREATE INDEX users_display_name ON users(display_name)",
             "CREATE TABLE user_groups (user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
             " group_name TEXT NOT NULL, PRIMARY KEY (user_id, group_name))",
             "CREATE INDEX user_groups_name ON user_groups(group_name)",
             "CREATE TABLE identities (user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
             " family_name TEXT NOT NULL, given_name TEXT NOT NULL, family_kana TEXT NOT NULL,"
             " given_kana TEXT NOT NULL, family_en TEXT NOT NULL, given_en TEXT NOT NULL,"
             " registered_at BIGINT NOT NULL, registered_by TEXT NOT NULL)",
             "CREATE TABLE certificates (id {ID}, user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,"
             " login_id TEXT NOT NULL, ca_id BIGINT NOT NULL REFERENCES cas(id), slot INTEGER NOT NULL,"
             " device TEXT NOT NULL, notify_email TEXT NOT NULL DEFAULT '', remarks TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL, serial TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, key_type TEXT NOT "
             "NULL,"
             " p12_profile TEXT NOT NULL, not_before BIGINT NOT NULL, not_after BIGINT NOT NULL,"
             " download_deadline BIGINT, downloaded_at BIGINT, download_count INTEGER NOT NULL DEFAULT 0,"
             " revoked_at BIGINT, revocation_reason TEXT, cert_der {BLOB} NOT NULL, p12 {BLOB},"
             " password_auto INTEGER NOT NULL DEFAULT 0, issued_by TEXT NOT NULL, issued_at BIGINT NOT NULL)",
             "CREATE UNIQUE INDEX certificates_active_slot ON certificates(user_id, slot) WHERE status <> "
             "'revoked'",
             "CREATE INDEX certificates_user ON certificates(user_id, slot)",
             "CREATE INDEX certificates_status ON certificates(status)",
             "CREATE INDEX certificates_not_after ON certificates(not_after)",
             "CREATE TABLE history (id {ID}, at_ms BIGINT NOT NULL, operation TEXT NOT NULL,"
             " operator TEXT NOT NULL, target_login TEXT NOT NULL DEFAULT '', device TEXT NOT NULL DEFAULT "
             "'',"
             " notify_email TEXT NOT NULL DEFAULT '', remarks TEXT NOT NULL DEFAULT '',"
             " host TEXT NOT NULL DEFAULT '', user_agent TEXT NOT NULL DEFAULT '',"
             " details TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
             "CREATE INDEX history_at ON history(at_ms)",
             "CREATE TABLE history_head (id INTEGER PRIMARY KEY CHECK (id = 1), last_hash TEXT NOT NULL,"
             " row_count BIGINT NOT NULL)",
             "INSERT INTO history_head (id, last_hash, row_count) VALUES (1, '', 0)",
         }},
        // The dashboard counts (status, expiring soon) read this index alone instead of scanning every
        // certificate row with its DER: 300,000 certificates, 370 ms -> under 100 ms (bench_scale).
        {2,
         {
             "CREATE INDEX certificates_status_not_after ON certificates(status, not_after)",
         }},
        // One search column per user (see UserSearchText): a single LIKE instead of six plus a subquery.
        {3,
         {
             "ALTER TABLE users ADD COLUMN search_text TEXT NOT NULL DEFAULT ''",
             "UPDATE users SET search_text = {SEARCH_TEXT}",
         }},
        // The users list is ordered by login ID: with search_text in the same index, a search walks the
        // index alone and reads table rows only for matches (100,000 users: 250 ms -> see bench/README.md).
        {4,
         {
             "CREATE INDEX users_login_search ON users(login_id, search_text)",
         }},
        // Per-user certificate counts by status (users table, user selection): without it the planner may
        // pick the (status, not_after) index and scan every in-use certificate once per user — the
        // first page of 100,000 users took 137 s, now 29 ms.
        {5,
         {
             "CREATE INDEX certificates_user_status ON certificates(user_id, status)",
         }},
        // Names sort in reading order (furigana), see UserSearchText::sortNameExpression.
        {6,
         {
             "ALTER TABLE users ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''",
             "UPDATE users SET sort_name = {SORT_NAME}",
             "CREATE INDEX users_sort_name ON users(sort_name, login_id)",
         }},
        // Bulk issuance: a job per accepted file and a row per certificate to issue, so that an
        // interrupted job shows what remains and can be resumed. Auto-generated key passwords are kept
        // encrypted (PasswordSealer: AES-GCM under a data key that is itself sealed to the CA certificate in
        // sealed_keys) until the PKCS#12 is delivered or wiped, for the ZIP export's password list.
        {7,
         {
             "CREATE TABLE bulk_jobs (id {ID}, file_name TEXT NOT NULL, created_at BIGINT NOT NULL,"
             " created_by TEXT NOT NULL, create_missing INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL,"
             " total INTEGER NOT NULL, finished_at BIGINT)",
             "CREATE TABLE bulk_job_rows (job_id BIGINT NOT NULL REFERENCES bulk_jobs(id) ON DELETE CASCADE,"
             " line INTEGER NOT NULL, login_id TEXT NOT NULL, device TEXT NOT NULL, notify_email TEXT NOT "
             "NULL,"
             " remarks TEXT NOT NULL, password_auto INTEGER NOT NULL, password_sealed {BLOB},"
             " new_user TEXT NOT NULL DEFAULT '', new_identity TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
             " certificate_id BIGINT, error TEXT NOT NULL DEFAULT '', PRIMARY KEY (job_id, line))",
             "CREATE INDEX bulk_job_rows_state ON bulk_job_rows(job_id, state)",
             "ALTER TABLE certificates ADD COLUMN password_sealed {BLOB}",
             "CREATE TABLE sealed_keys (id {ID}, ca_id BIGINT NOT NULL REFERENCES cas(id), sealed {BLOB} NOT "
             "NULL,"
             " created_at BIGINT NOT NULL)",
         }},
        // The outbox: every notification mail is queued here in the transaction of the change that
        // causes it and sent by a background sender with retries. A key password is never stored in clear:
        // `secret_sealed` (PasswordSealer) fills {key_password} at sending time.
        {8,
         {
             "CREATE TABLE outbox (id {ID}, created_at BIGINT NOT NULL, kind TEXT NOT NULL, recipient TEXT "
             "NOT NULL,"
             " subject TEXT NOT NULL, body TEXT NOT NULL, secret_sealed {BLOB}, certificate_id BIGINT,"
             " attachment_name TEXT NOT NULL DEFAULT '', target_login TEXT NOT NULL DEFAULT '',"
             " device TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
             " next_attempt_at BIGINT NOT NULL, last_error TEXT NOT NULL DEFAULT '', sent_at BIGINT)",
             "CREATE INDEX outbox_due ON outbox(state, next_attempt_at)",
         }},
        // One unguessable download link per certificate: the SHA-256 of the link's token; the token
        // itself exists only in the (sealed) outbox entry of the download-request mail.
        {9,
         {
             "ALTER TABLE certificates ADD COLUMN download_token_hash TEXT",
             "CREATE UNIQUE INDEX certificates_download_token ON certificates(download_token_hash)",
         }},
        // Expiry reminders (`certdesk-cli remind --within DAYS`): each certificate is reminded once per
        // threshold.
        {10,
         {
             "CREATE TABLE reminders (certificate_id BIGINT NOT NULL REFERENCES certificates(id) ON DELETE "
             "CASCADE,"
             " threshold_days INTEGER NOT NULL, queued_at BIGINT NOT NULL, PRIMARY KEY (certificate_id, "
             "threshold_days))",
         }},
        // Every signed CRL: the portal serves the newest, the publisher writes it to the folder,
        // the dashboard warns before its nextUpdate passes.
        {11,
         {
             "CREATE TABLE crls (id {ID}, ca_id BIGINT NOT NULL REFERENCES cas(id), number BIGINT NOT NULL,"
             " this_update BIGINT NOT NULL, next_update BIGINT NOT NULL, entries INTEGER NOT NULL, der "
             "{BLOB} NOT NULL)",
             "CREATE UNIQUE INDEX crls_ca_number ON crls(ca_id, number)",
         }},
        // The operators who sign in, each with one role (auth/Roles). password_hash carries its own scrypt
        // parameters (auth/PasswordHash). Login names are unique, also when they differ only in (ASCII) case.
        {12,
         {
             "CREATE TABLE operators (id {ID}, login TEXT NOT NULL UNIQUE,"
             " display_name TEXT NOT NULL DEFAULT '',"
             " role TEXT NOT NULL CHECK (role IN ('admin', 'helpdesk', 'auditor')),"
             " password_hash TEXT NOT NULL,"
             " failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),"
             " locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
             " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
             " must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),"
             " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, last_sign_in_at BIGINT)",
             "CREATE UNIQUE INDEX operators_login_folded ON operators(lower(login))",
         }},
        // PostgreSQL enforces the roles itself (store/PgRoles.h); nothing changes on SQLite.
        {13, {}, PostgresRoleSchema::statements()},
        // Slots are numbered from 1: a row with a smaller slot is refused. A trigger instead of a CHECK, as
        // SQLite cannot add one to an existing table; only a change of the slot is checked, so that a row
        // written before this rule can still be revoked. Trigger functions need no EXECUTE grant.
        {14,
         {},
         {
             R"sql(CREATE FUNCTION certdesk_check_slot() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $$
BEGIN
    IF NEW.slot IS NULL OR NEW.slot < 1 THEN
        RAISE EXCEPTION 'certificate slot must be at least 1, not %', NEW.slot USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END
$$)sql",
             "CREATE TRIGGER certificates_slot_insert BEFORE INSERT ON certificates FOR EACH ROW"
             " EXECUTE FUNCTION certdesk_check_slot()",
             "CREATE TRIGGER certificates_slot_update BEFORE UPDATE OF slot ON certificates FOR EACH ROW"
             " EXECUTE FUNCTION certdesk_check_slot()",
         },
         {
             "CREATE TRIGGER certificates_slot_insert BEFORE INSERT ON certificates"
             " WHEN NEW.slot < 1 BEGIN SELECT RAISE(ABORT, 'certificate slot must be at least 1'); END",
             "CREATE TRIGGER certificates_slot_update BEFORE UPDATE OF slot ON certificates"
             " WHEN NEW.slot < 1 BEGIN SELECT RAISE(ABORT, 'certificate slot must be at least 1'); END",
         }},
        // Signed checkpoints of the history (store/HistoryCheckpointStore): the chain head signed with the
        // CA key. Append-only like the history: admin and helpdesk insert (a helpdesk revocation re-signs the
        // CRL, which signs a checkpoint), all three roles read, nobody but the owner updates or deletes.
        {15,
         {
             "CREATE TABLE history_checkpoints (id {ID}, at_ms BIGINT NOT NULL, row_count BIGINT NOT NULL,"
             " last_id BIGINT NOT NULL, head_hash TEXT NOT NULL, ca_id BIGINT NOT NULL,"
             " ca_fingerprint TEXT NOT NULL, kind TEXT NOT NULL, algorithm TEXT NOT NULL,"
             " signature {BLOB} NOT NULL)",
         },
         {
             "REVOKE ALL ON history_checkpoints FROM PUBLIC",
             "GRANT SELECT ON history_checkpoints TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",
             "GRANT INSERT ON history_checkpoints TO certdesk_admin, certdesk_helpdesk",
             "GRANT USAGE ON SEQUENCE history_checkpoints_id_seq TO certdesk_admin, certdesk_helpdesk",
             "CREATE TRIGGER history_checkpoints_append_only BEFORE UPDATE OR DELETE ON history_checkpoints"
             " FOR EACH ROW EXECUTE FUNCTION certdesk_history_append_only()",
             "CREATE TRIGGER history_checkpoints_no_truncate BEFORE TRUNCATE ON history_checkpoints"
             " FOR EACH STATEMENT EXECUTE FUNCTION certdesk_history_append_only()",
         },
         {
             "CREATE TRIGGER history_checkpoints_no_update BEFORE UPDATE ON history_checkpoints"
             " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END",
             "CREATE TRIGGER history_checkpoints_no_delete BEFORE DELETE ON history_checkpoints"
             " BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END",
         }},
        // Security review #13. Item 7: a sender's claim on a mail has a lease; a "sending" mail whose lease
        // has passed shows as unknown and may be resent or cancelled by an operator. Item 17: secrets are
        // now sealed bound to their row (PasswordSealer v2); rows sealed before are listed in
        // sealed_legacy, the only rows whose v1 blobs still open. On PostgreSQL nobody but the owner
        // writes that list; the roles that send mail write lease_until through their table-wide grants.
        {16,
         {
             "ALTER TABLE outbox ADD COLUMN lease_until BIGINT",
             "CREATE TABLE sealed_legacy (row_ref TEXT PRIMARY KEY)",
             "INSERT INTO sealed_legacy (row_ref) SELECT 'certificate:' || CAST(id AS TEXT) FROM certificates"
             " WHERE password_sealed IS NOT NULL",
             "INSERT INTO sealed_legacy (row_ref) SELECT 'outbox:' || CAST(id AS TEXT) FROM outbox"
             " WHERE secret_sealed IS NOT NULL",
             "INSERT INTO sealed_legacy (row_ref) SELECT 'bulk:' || CAST(job_id AS TEXT) || ':' ||"
             " CAST(line AS TEXT) FROM bulk_job_rows WHERE password_sealed IS NOT NULL",
         },
         {
             "REVOKE ALL ON sealed_legacy FROM PUBLIC",
             "GRANT SELECT ON sealed_legacy TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",
             "GRANT SELECT (lease_until) ON outbox TO certdesk_auditor",
             "CREATE OR REPLACE VIEW certdesk_redacted.outbox AS SELECT id, created_at, kind, recipient,"
             " subject, body, NULL::bytea AS secret_sealed, certificate_id, attachment_name, target_login,"
             " device, state, attempts, next_attempt_at, last_error, sent_at, lease_until FROM public.outbox",
             "GRANT SELECT ON certdesk_redacted.outbox TO certdesk_auditor",
         }},
        // Issue 15: every committed change tells the other sessions (LISTEN certdesk: open screens refresh,
        // the portal re-signs the CRL after a revocation made elsewhere). Triggers, so that no client can
        // forget it; NOTIFY is delivered at commit, never for a rolled-back change. Payload (ChangeFeed):
        // "history:<id>:<operation>:<login ID>", "outbox:<id>", "crls:<id>". SQLite has no NOTIFY: the
        // feed reads PRAGMA data_version instead.
        {17,
         {},
         {
             "CREATE OR REPLACE FUNCTION certdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$"
             " BEGIN"
             " IF TG_TABLE_NAME = 'history' THEN"
             " PERFORM pg_notify('certdesk', 'history:' || NEW.id || ':' || left(NEW.operation, 100) || ':'"
             " || left(NEW.target_login, 200));"
             " ELSE"
             " PERFORM pg_notify('certdesk', TG_TABLE_NAME || ':' || NEW.id);"
             " END IF;"
             " RETURN NULL;"
             " END $$",
             "CREATE TRIGGER history_notify AFTER INSERT ON history FOR EACH ROW"
             " EXECUTE FUNCTION certdesk_notify_change()",
             "CREATE TRIGGER outbox_notify AFTER INSERT OR UPDATE ON outbox FOR EACH ROW"
             " EXECUTE FUNCTION certdesk_notify_change()",
             "CREATE TRIGGER crls_notify AFTER INSERT ON crls FOR EACH ROW"
             " EXECUTE FUNCTION certdesk_notify_change()",
         }},
        // Issue 15 §4: the portals on one database share the wrong-login-ID limit
        // (download/LoginAttemptLimiter). A row per wrong login ID: the SHA-256 of the link's token (never
        // the token), the client address, the time; pruned after the window. No secret in it. The portal
        // connects as the owner or as an operator who may deliver (admin, helpdesk): those write it.
        {18,
         {
             "CREATE TABLE login_failures (id {ID}, token_hash TEXT NOT NULL, address TEXT NOT NULL,"
             " at_ms BIGINT NOT NULL)",
             "CREATE INDEX login_failures_token ON login_failures(token_hash, at_ms)",
             "CREATE INDEX login_failures_address ON login_failures(address, at_ms)",
             "CREATE INDEX login_failures_at ON login_failures(at_ms)",
         },
         {
             "REVOKE ALL ON login_failures FROM PUBLIC",
             "GRANT SELECT, INSERT, DELETE ON login_failures TO certdesk_admin, certdesk_helpdesk",
             "GRANT USAGE ON SEQUENCE login_failures_id_seq TO certdesk_admin, certdesk_helpdesk",
         }},
        // Issue 16 §3: substring search on PostgreSQL through trigram GIN indexes (extension pg_trgm, in
        // Debian's postgresql-contrib): the users' search text (store/UserSearchText) and the history's
        // free-text columns as HistoryLog::textExpression() joins them. Creating the extension needs the
        // CREATE privilege on the database (pg_trgm is a trusted extension) or a superuser: when the
        // schema owner may not, or the extension is not installed, the migration still succeeds without
        // the indexes (searches are then sequential scans, still correct). A DBA then runs, once:
        //   CREATE EXTENSION pg_trgm;  -- as a superuser, in the CertDesk database
        //   SELECT certdesk_trigram_indexes();  -- as the schema owner
        // Nothing on SQLite (no trigram index there; HistoryLog's single LIKE serves it).
        {19,
         {},
         {
             R"sql(CREATE OR REPLACE FUNCTION certdesk_trigram_indexes() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    ops text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'CertDesk: pg_trgm is not available (%); searches work without trigram indexes. '
                'A database administrator can run CREATE EXTENSION pg_trgm, then the schema owner '
                'SELECT certdesk_trigram_indexes().', SQLERRM;
            RETURN false;
        END;
    END IF;
    SELECT pg_catalog.quote_ident(n.nspname) || '.gin_trgm_ops' INTO ops FROM pg_catalog.pg_extension e
        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    EXECUTE 'CREATE INDEX IF NOT EXISTS users_search_trgm ON users USING gin (search_text ' || ops || ')';
    EXECUTE 'CREATE INDEX IF NOT EXISTS history_text_trgm ON history USING gin ((target_login || chr(1) || '
        'device || chr(1) || notify_email || chr(1) || remarks || chr(1) || details || chr(1) || host) '
        || ops || ')';
    RETURN true;
END $$)sql",
             "REVOKE ALL ON FUNCTION certdesk_trigram_indexes() FROM PUBLIC",
             "SELECT certdesk_trigram_indexes()",
         }},
        // Issue 16 §3: substring search on SQLite through an FTS5 trigram index over users.search_text
        // (SearchIndexSchema); without FTS5 nothing is created. PostgreSQL: migration 19.
        {20, {}, {}, {}, &SearchIndexSchema::createSqlite},
        // Issue 16 §3: the yearly export reads a year ORDER BY at_ms, id. PostgreSQL's history_at (at_ms
        // alone) needed a sort of every group of equal times; (at_ms, id) gives the order directly and serves
        // every at_ms range as before, so it replaces history_at. SQLite's history_at already ends with the
        // rowid.
        {21, {}, {"CREATE INDEX history_at_id ON history(at_ms, id)", "DROP INDEX history_at"}},
        // Issue 17: "Ask an administrator" names them, also for the helpdesk and the auditor on PostgreSQL,
        // who see only their own operators row: a SECURITY DEFINER function returning the login and display
        // name of the active administrators (PostgresRoleSchema::administratorDirectory). SQLite has no
        // row-level security: OperatorStore reads the table there.
        {22, {}, PostgresRoleSchema::administratorDirectory()},
        // Issue 16 §4: the dashboard's CRL health after every change counts a CA's revoked certificates
        // (CrlStore::revokedCount: an index-only count instead of reading ~40,000 rows found through the
        // status index) and asks which CAs still have an unexpired certificate (CrlStore::caIdsNeedingCrl:
        // one index probe per CA instead of listing every unexpired certificate).
        {23,
         {"CREATE INDEX certificates_ca_status ON certificates(ca_id, status)",
          "CREATE INDEX certificates_ca_not_after ON certificates(ca_id, not_after)"}},
        // Issue 16 §4: the certificates per status, kept by triggers (CertificateTotalsSchema), so that the
        // dashboard after a change no longer counts every certificate.
        {24, {}, CertificateTotalsSchema::postgres(), CertificateTotalsSchema::sqlite()},
    };
    return list;
}

QString dialectSql(const char* sql, bool pg)
{
    QString s = QString::fromUtf8(sql);
    s.replace(QLatin1String("{ID}"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                        : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    s.replace(QLatin1String("{BLOB}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    s.replace(QLatin1String("{SEARCH_TEXT}"), UserSearchText::expression());
    s.replace(QLatin1String("{SORT_NAME}"), UserSearchText::sortNameExpression());
    return s;
}

// Whether this connection's role runs the migrations: on PostgreSQL not an operator's login role (nor the
// sign-in counter), which has no right to change the schema.
Result<bool> mayMigrate(Database& db)
{
    if (!db.isPostgres())
        return true;
    auto q = db.exec(
        QStringLiteral("SELECT session_user = 'certdesk_signin' OR EXISTS (SELECT 1 FROM pg_auth_members m"
                       " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE "
                       "u.rolname = session_user"
                       " AND g.rolname IN ('certdesk_admin', 'certdesk_helpdesk', 'certdesk_auditor'))"));
    if (!q)
        return q.error();
    return !(q->next() && q->value(0).toBool());
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().constLast().version;
}

Status Migrations::run(Database& db)
{
    // An operator's own connection (PostgreSQL) may not change the schema: only the owner migrates, and
    // the operator works only on a database at the latest version.
    auto migrates = mayMigrate(db);
    if (!migrates)
        return migrates.error();
    if (!migrates.value()) {
        const int version = db.schemaVersion();
        if (version == latestVersion())
            return {};
        return makeError(
            ErrorCode::Database,
            version > latestVersion()
                ? tr("This database was created by a newer CertDesk (schema %1). Please update "
                     "CertDesk.")
                      .arg(version)
                : tr("This database must first be updated by its owner (schema %1, this CertDesk "
                     "needs %2): run certdesk-cli init as the database owner.")
                      .arg(version)
                      .arg(latestVersion()));
    }
    if (auto created = db.execSchema(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version "
                                                    "INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
        !created)
        return created;
    for (const Migration& m : migrations()) {
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s;
        if (db.isPostgres()) {
            // Two desktops starting at once: the second waits here, then sees the version applied.
            if (auto l = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274)")); !l)
                return l.error();
        }
        auto have =
            db.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"), {m.version});
        if (!have)
            return have.error();
        if (have->next() && have->value(0).toInt() > 0)
            continue;
        QList<const char*> statements = m.statements;
        statements += db.isPostgres() ? m.postgresOnly : m.sqliteOnly;
        for (const char* stmt : std::as_const(statements)) {
            const QString sql = dialectSql(stmt, db.isPostgres());
            Status r;
            if (sql.startsWith(QLatin1String("INSERT"))) {
                if (auto q = db.exec(sql); !q)
                    r = q.error();
            } else {
                r = db.execSchema(sql);
            }
            if (!r) {
                Error e = r.error();
                e.message =
                    tr("Updating the database to version %1 failed: %2").arg(m.version).arg(e.message);
                return e;
            }
        }
        if (m.sqliteStep && !db.isPostgres()) {
            if (auto r = m.sqliteStep(db); !r) {
                Error e = r.error();
                e.message =
                    tr("Updating the database to version %1 failed: %2").arg(m.version).arg(e.message);
                return e;
            }
        }
        auto rec = db.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                           {m.version, QDateTime::currentSecsSinceEpoch()});
        if (!rec)
            return rec.error();
        if (auto c = tx.commit(); !c)
            return c;
    }
    if (db.schemaVersion() > latestVersion())
        return makeError(
            ErrorCode::Database,
            tr("This database was created by a newer CertDesk (schema %1). Please update CertDesk.")
                .arg(db.schemaVersion()));
    return {};
}

} // namespace certdesk
