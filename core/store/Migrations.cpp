#include "store/Migrations.h"
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
};

// The PostgreSQL side of operators and roles (migration 13). The role that runs the migrations owns the
// schema and needs CREATEROLE; the operators' login roles are members of exactly one group role; every
// privilege below follows the matrix in auth/Roles.h:
//   certdesk_admin     reads and writes every table; history and its head only by appending.
//   certdesk_helpdesk  reads every table (the encrypted CA key and the PKCS#12 blobs are needed to issue
//                      and deliver; the CA passphrase stays the gate for signing); writes only what
//                      issuing, revoking (with the CRL re-signing), identity registration, mail and the
//                      history need; never settings, operators (but its own sign-in bookkeeping) or CAs
//                      (but the CRL number, one step up at a time).
//   certdesk_auditor   reads no secret column (CA key, PKCS#12, sealed passwords and keys, outbox
//                      secrets, other operators' rows); the desktop reads the views of certdesk_redacted,
//                      which show those columns empty; writes only its own history rows and sign-in
//                      bookkeeping.
// History rows can be neither updated nor deleted by anyone but the owner, and an operator's connection
// can write only rows that name itself (or the System, for background work).
// SECURITY DEFINER functions (owned by the owner, EXECUTE granted narrowly, PUBLIC revoked) change the
// login roles and count failed sign-ins; certdesk_signin is the login role with no secret that may call
// nothing but certdesk_sign_in_failed, before an operator could connect.
QList<const char*> postgresRoles()
{
    return {
        R"sql(DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'certdesk_admin') THEN
        CREATE ROLE certdesk_admin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'certdesk_helpdesk') THEN
        CREATE ROLE certdesk_helpdesk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'certdesk_auditor') THEN
        CREATE ROLE certdesk_auditor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'certdesk_signin') THEN
        CREATE ROLE certdesk_signin LOGIN;
    END IF;
END
$$)sql",
        // Whether `who` is an operator's login role (a member of one of the three groups).
        R"sql(CREATE FUNCTION certdesk_is_operator(who name) RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member
                   WHERE u.rolname = who
                     AND g.rolname IN ('certdesk_admin', 'certdesk_helpdesk', 'certdesk_auditor'))
$$)sql",
        // Whether the statement runs with the owner's rights (the owner's own connection, or one of the
        // SECURITY DEFINER functions below).
        R"sql(CREATE FUNCTION certdesk_as_owner(rel oid) RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT current_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = rel)
$$)sql",
        R"sql(CREATE FUNCTION certdesk_administrator() RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT pg_has_role(session_user, 'certdesk_admin', 'MEMBER')
$$)sql",

        // Privileges: nothing for anybody but what is granted below.
        "REVOKE ALL ON settings, cas, users, user_groups, identities, certificates, history, history_head,"
        " bulk_jobs, bulk_job_rows, sealed_keys, outbox, reminders, crls, operators, schema_version FROM "
        "PUBLIC",
        "GRANT SELECT ON schema_version TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",

        "GRANT SELECT, INSERT, UPDATE, DELETE ON settings, cas, users, user_groups, identities, certificates,"
        " bulk_jobs, bulk_job_rows, sealed_keys, outbox, reminders, crls, operators TO certdesk_admin",
        "GRANT SELECT, INSERT ON history TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",
        "GRANT SELECT, UPDATE (last_hash, row_count) ON history_head"
        " TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",
        "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO certdesk_admin",
        "GRANT USAGE ON SEQUENCE history_id_seq TO certdesk_helpdesk, certdesk_auditor",

        "GRANT SELECT ON settings, cas, users, user_groups, identities, certificates, bulk_jobs, "
        "bulk_job_rows,"
        " sealed_keys, outbox, reminders, crls, operators TO certdesk_helpdesk",
        "GRANT INSERT, UPDATE ON certificates, outbox TO certdesk_helpdesk",
        "GRANT INSERT ON identities, sealed_keys, reminders, crls TO certdesk_helpdesk",
        "GRANT UPDATE (search_text, sort_name) ON users TO certdesk_helpdesk",
        "GRANT UPDATE (crl_number) ON cas TO certdesk_helpdesk",
        "GRANT USAGE ON SEQUENCE certificates_id_seq, outbox_id_seq, sealed_keys_id_seq, crls_id_seq"
        " TO certdesk_helpdesk",

        "GRANT SELECT ON settings, users, user_groups, identities, bulk_jobs, reminders, crls, operators"
        " TO certdesk_auditor",
        "GRANT SELECT (id, name, subject, cert_der, chain_pem, key_type, fingerprint, serial, not_before,"
        " not_after, crl_number, active, created_at) ON cas TO certdesk_auditor",
        "GRANT SELECT (id, user_id, login_id, ca_id, slot, device, notify_email, remarks, status, serial,"
        " subject, key_type, p12_profile, not_before, not_after, download_deadline, downloaded_at,"
        " download_count, revoked_at, revocation_reason, cert_der, password_auto, issued_by, issued_at)"
        " ON certificates TO certdesk_auditor",
        "GRANT SELECT (job_id, line, login_id, device, notify_email, remarks, password_auto, new_user,"
        " new_identity, state, certificate_id, error) ON bulk_job_rows TO certdesk_auditor",
        "GRANT SELECT (id, ca_id, created_at) ON sealed_keys TO certdesk_auditor",
        "GRANT SELECT (id, created_at, kind, recipient, subject, body, certificate_id, attachment_name,"
        " target_login, device, state, attempts, next_attempt_at, last_error, sent_at) ON outbox"
        " TO certdesk_auditor",

        // The auditor's desktop reads these views (Database puts their schema first in its search_path):
        // the same columns, secrets shown empty. They run with the owner's rights and only read.
        "CREATE SCHEMA certdesk_redacted",
        "CREATE VIEW certdesk_redacted.cas AS SELECT id, name, subject, cert_der, chain_pem,"
        " ''::text AS key_pem, key_type, fingerprint, serial, not_before, not_after, crl_number, active,"
        " created_at FROM public.cas",
        "CREATE VIEW certdesk_redacted.certificates AS SELECT id, user_id, login_id, ca_id, slot, device,"
        " notify_email, remarks, status, serial, subject, key_type, p12_profile, not_before, not_after,"
        " download_deadline, downloaded_at, download_count, revoked_at, revocation_reason, cert_der,"
        " CASE WHEN p12 IS NULL THEN NULL ELSE ''::bytea END AS p12, password_auto, issued_by, issued_at,"
        " NULL::bytea AS password_sealed, NULL::text AS download_token_hash FROM public.certificates",
        "CREATE VIEW certdesk_redacted.bulk_job_rows AS SELECT job_id, line, login_id, device, notify_email,"
        " remarks, password_auto, NULL::bytea AS password_sealed, new_user, new_identity, state,"
        " certificate_id, error FROM public.bulk_job_rows",
        "CREATE VIEW certdesk_redacted.sealed_keys AS SELECT id, ca_id, ''::bytea AS sealed, created_at"
        " FROM public.sealed_keys",
        "CREATE VIEW certdesk_redacted.outbox AS SELECT id, created_at, kind, recipient, subject, body,"
        " NULL::bytea AS secret_sealed, certificate_id, attachment_name, target_login, device, state,"
        " attempts, next_attempt_at, last_error, sent_at FROM public.outbox",
        "REVOKE ALL ON SCHEMA certdesk_redacted FROM PUBLIC",
        "GRANT USAGE ON SCHEMA certdesk_redacted TO certdesk_auditor",
        "GRANT SELECT ON ALL TABLES IN SCHEMA certdesk_redacted TO certdesk_auditor",

        // Operators: administrators see and change every row; everybody else sees only its own row and
        // may change there only what signing in and changing the own password write.
        "GRANT UPDATE (password_hash, failed_count, locked, must_change_password, updated_at,"
        " last_sign_in_at) ON operators TO certdesk_helpdesk, certdesk_auditor",
        "ALTER TABLE operators ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY operators_admin ON operators TO certdesk_admin USING (true) WITH CHECK (true)",
        "CREATE POLICY operators_own ON operators TO certdesk_helpdesk, certdesk_auditor"
        " USING (login = session_user) WITH CHECK (login = session_user)",
        // ... and can lock itself (a wrong current password) but never unlock itself, nor drop the
        // must-change-password flag without changing the password.
        R"sql(CREATE FUNCTION certdesk_operators_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_catalog AS $$
BEGIN
    IF certdesk_as_owner(TG_RELID) OR certdesk_administrator() THEN
        RETURN NEW;
    END IF;
    IF NEW.locked < OLD.locked OR
       (NEW.must_change_password < OLD.must_change_password AND NEW.password_hash = OLD.password_hash) THEN
        RAISE EXCEPTION 'only an administrator can unlock operator %', OLD.login USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$)sql",
        "CREATE TRIGGER operators_guard BEFORE UPDATE ON operators FOR EACH ROW"
        " EXECUTE FUNCTION certdesk_operators_guard()",

        // CAs: the helpdesk's revocations re-sign the CRL, which takes the next CRL number; nothing else.
        R"sql(CREATE FUNCTION certdesk_cas_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_catalog AS $$
BEGIN
    IF certdesk_as_owner(TG_RELID) OR certdesk_administrator() THEN
        RETURN NEW;
    END IF;
    IF NEW.crl_number IS DISTINCT FROM OLD.crl_number + 1 THEN
        RAISE EXCEPTION 'only the next CRL number may be taken' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$)sql",
        "CREATE TRIGGER cas_guard BEFORE UPDATE ON cas FOR EACH ROW EXECUTE FUNCTION certdesk_cas_guard()",

        // History: append-only for everybody but the owner; an operator's connection writes its own name.
        R"sql(CREATE FUNCTION certdesk_history_append_only() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT certdesk_as_owner(TG_RELID) THEN
        RAISE EXCEPTION 'the history is append-only' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$)sql",
        "CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history FOR EACH ROW"
        " EXECUTE FUNCTION certdesk_history_append_only()",
        "CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history FOR EACH STATEMENT"
        " EXECUTE FUNCTION certdesk_history_append_only()",
        R"sql(CREATE FUNCTION certdesk_history_operator() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_catalog AS $$
BEGIN
    IF certdesk_as_owner(TG_RELID) OR NOT certdesk_is_operator(session_user) THEN
        RETURN NEW;
    END IF;
    -- Background work (mail sender, CRL schedule, portal) writes as the System, in either language.
    IF NEW.operator IS DISTINCT FROM session_user::text AND NEW.operator NOT IN ('System', 'システム') THEN
        RAISE EXCEPTION 'operator % cannot write a history row in the name of %', session_user, NEW.operator
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$)sql",
        "CREATE TRIGGER history_operator BEFORE INSERT ON history FOR EACH ROW"
        " EXECUTE FUNCTION certdesk_history_operator()",

        // One history row appended by the functions below, with the same hash chain as
        // HistoryLog::rowHash: SHA-256 over the previous hash and each field as "<UTF-8 length>:<UTF-8>".
        R"sql(CREATE FUNCTION certdesk_history_field(v text) RETURNS bytea LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog AS $$
    SELECT convert_to(octet_length(convert_to(v, 'UTF8'))::text || ':', 'UTF8') || convert_to(v, 'UTF8')
$$)sql",
        R"sql(CREATE FUNCTION certdesk_history_append(p_operation text, p_operator text, p_host text,
                                        p_user_agent text, p_details text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    v_prev text;
    v_count bigint;
    v_at bigint := floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    v_hash text;
BEGIN
    SELECT last_hash, row_count INTO v_prev, v_count FROM history_head WHERE id = 1 FOR UPDATE;
    v_hash := encode(sha256(convert_to(v_prev, 'UTF8') || certdesk_history_field(v_at::text)
                            || certdesk_history_field(p_operation) || certdesk_history_field(p_operator)
                            || certdesk_history_field('') || certdesk_history_field('')
                            || certdesk_history_field('') || certdesk_history_field('')
                            || certdesk_history_field(p_host) || certdesk_history_field(p_user_agent)
                            || certdesk_history_field(p_details)), 'hex');
    INSERT INTO history (at_ms, operation, operator, target_login, device, notify_email, remarks, host,
                         user_agent, details, prev_hash, hash)
    VALUES (v_at, p_operation, p_operator, '', '', '', '', p_host, p_user_agent, p_details, v_prev, v_hash);
    UPDATE history_head SET last_hash = v_hash, row_count = v_count + 1 WHERE id = 1;
END
$$)sql",

        // Refuses a role that an operator's login must not touch: not an operator of this database, or a
        // role with powers beyond connecting (superuser, the owner, ...), or a member of other roles.
        R"sql(CREATE FUNCTION certdesk_check_login(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM operators WHERE login = p_login) THEN
        RAISE EXCEPTION 'no operator %', p_login USING ERRCODE = '42704';
    END IF;
    IF p_login LIKE 'pg\_%' OR p_login LIKE 'certdesk\_%' OR p_login = current_user OR EXISTS (
           SELECT 1 FROM pg_roles r WHERE r.rolname = p_login
             AND (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
                  OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                             WHERE m.member = r.oid
                               AND g.rolname NOT IN ('certdesk_admin', 'certdesk_helpdesk',
                                                     'certdesk_auditor')))) THEN
        RAISE EXCEPTION 'the role % is not an operator''s login role', p_login USING ERRCODE = '42501';
    END IF;
END
$$)sql",
        R"sql(CREATE FUNCTION certdesk_move_to_group(p_login text, p_group text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    g text;
BEGIN
    IF p_group NOT IN ('certdesk_admin', 'certdesk_helpdesk', 'certdesk_auditor') THEN
        RAISE EXCEPTION 'unknown group role %', p_group USING ERRCODE = '22023';
    END IF;
    FOREACH g IN ARRAY ARRAY['certdesk_admin', 'certdesk_helpdesk', 'certdesk_auditor'] LOOP
        IF g <> p_group AND pg_has_role(p_login, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END IF;
    END LOOP;
    IF NOT pg_has_role(p_login, p_group, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', p_group, p_login);
    END IF;
END
$$)sql",
        // Operators are roles of the whole cluster: a login role of the same name made for another
        // CertDesk database of this cluster is taken over (password and group) rather than refused.
        R"sql(CREATE FUNCTION certdesk_create_login(p_login text, p_group text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    -- Another database of the cluster may change the same role at this moment (its catalog row then
    -- reports a concurrent update): try again.
    FOR attempt IN 1..5 LOOP
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
            END IF;
            PERFORM certdesk_check_login(p_login);
            EXECUTE format('ALTER ROLE %I LOGIN INHERIT PASSWORD %s', p_login, quote_literal(p_verifier));
            PERFORM certdesk_move_to_group(p_login, p_group);
            RETURN;
        EXCEPTION WHEN duplicate_object OR unique_violation OR internal_error THEN
            IF attempt = 5 THEN
                RAISE;
            END IF;
            PERFORM pg_sleep(0.05 * attempt);
        END;
    END LOOP;
END
$$)sql",
        // An administrator (or the owner: current_user is the owner here) resets anybody's password,
        // everybody else only its own.
        R"sql(CREATE FUNCTION certdesk_set_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT (certdesk_administrator() OR pg_has_role(session_user, current_user, 'MEMBER')
            OR p_login = session_user::text) THEN
        RAISE EXCEPTION 'only an administrator can set the password of %', p_login USING ERRCODE = '42501';
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required' USING ERRCODE = '22023';
    END IF;
    PERFORM certdesk_check_login(p_login);
    EXECUTE format('ALTER ROLE %I PASSWORD %s', p_login, quote_literal(p_verifier));
END
$$)sql",
        R"sql(CREATE FUNCTION certdesk_set_group(p_login text, p_group text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    PERFORM certdesk_check_login(p_login);
    PERFORM certdesk_move_to_group(p_login, p_group);
END
$$)sql",
        // An administrator locks, unlocks, disables; an operator can only lock itself (a wrong current
        // password at the 6th time).
        R"sql(CREATE FUNCTION certdesk_set_can_login(p_login text, p_can_login boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
    IF NOT (certdesk_administrator() OR pg_has_role(session_user, current_user, 'MEMBER')
            OR (p_login = session_user::text AND NOT p_can_login)) THEN
        RAISE EXCEPTION 'only an administrator can unlock %', p_login USING ERRCODE = '42501';
    END IF;
    PERFORM certdesk_check_login(p_login);
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$)sql",
        // A refused connection (wrong password, or a role that may not log in): the same bookkeeping and
        // history rows as OperatorWorkflows::signIn on SQLite. Returns 'unknown', 'disabled', 'locked',
        // 'counted' or 'locked-now' (this failure was the 6th: the role is NOLOGIN from now on).
        R"sql(CREATE FUNCTION certdesk_sign_in_failed(p_login text, p_host text, p_user_agent text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    op operators%ROWTYPE;
    v_failures integer;
    v_now bigint := floor(extract(epoch FROM clock_timestamp()))::bigint;
BEGIN
    p_host := left(coalesce(p_host, ''), 255);
    p_user_agent := left(coalesce(p_user_agent, ''), 255);
    SELECT * INTO op FROM operators WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM certdesk_history_append('login-failed', left(p_login, 64), p_host, p_user_agent,
                                        format('login=%s reason=unknown-operator', left(p_login, 64)));
        RETURN 'unknown';
    END IF;
    IF op.disabled = 1 OR op.locked = 1 THEN
        PERFORM certdesk_history_append('login-failed', op.login, p_host, p_user_agent,
            format('login=%s reason=%s', op.login, CASE WHEN op.disabled = 1 THEN 'disabled' ELSE 'locked' END));
        RETURN CASE WHEN op.disabled = 1 THEN 'disabled' ELSE 'locked' END;
    END IF;
    v_failures := op.failed_count + 1;
    UPDATE operators SET failed_count = v_failures WHERE id = op.id;
    PERFORM certdesk_history_append('login-failed', op.login, p_host, p_user_agent,
        format('login=%s reason=wrong-password failures=%s', op.login, v_failures));
    IF v_failures < 6 THEN
        RETURN 'counted';
    END IF;
    UPDATE operators SET locked = 1, updated_at = v_now WHERE id = op.id;
    PERFORM certdesk_check_login(op.login);
    EXECUTE format('ALTER ROLE %I NOLOGIN', op.login);
    PERFORM certdesk_history_append('operator-locked', op.login, p_host, p_user_agent,
        format('login=%s failures=%s', op.login, v_failures));
    RETURN 'locked-now';
END
$$)sql",
        "REVOKE ALL ON FUNCTION certdesk_is_operator(name), certdesk_as_owner(oid), certdesk_administrator(),"
        " certdesk_operators_guard(), certdesk_cas_guard(), certdesk_history_append_only(),"
        " certdesk_history_operator(), certdesk_history_field(text),"
        " certdesk_history_append(text, text, text, text, text), certdesk_check_login(text),"
        " certdesk_move_to_group(text, text), certdesk_create_login(text, text, text),"
        " certdesk_set_password(text, text), certdesk_set_group(text, text),"
        " certdesk_set_can_login(text, boolean), certdesk_sign_in_failed(text, text, text) FROM PUBLIC",
        // The triggers run as the writer: they need the helpers they call.
        "GRANT EXECUTE ON FUNCTION certdesk_is_operator(name), certdesk_as_owner(oid), "
        "certdesk_administrator()"
        " TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",
        "GRANT EXECUTE ON FUNCTION certdesk_create_login(text, text, text), certdesk_set_group(text, text)"
        " TO certdesk_admin",
        "GRANT EXECUTE ON FUNCTION certdesk_set_password(text, text), certdesk_set_can_login(text, boolean)"
        " TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",
        "GRANT EXECUTE ON FUNCTION certdesk_sign_in_failed(text, text, text) TO certdesk_signin",
    };
}

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
        {13, {}, postgresRoles()},
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
