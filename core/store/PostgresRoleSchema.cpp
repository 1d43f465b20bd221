#include "store/PostgresRoleSchema.h"

namespace certdesk {

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
QList<const char*> PostgresRoleSchema::statements()
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

QList<const char*> PostgresRoleSchema::administratorDirectory()
{
    return {
        // SECURITY DEFINER: runs as the owner of operators, to whom row-level security does not apply.
        R"sql(CREATE FUNCTION certdesk_active_administrators() RETURNS TABLE (login text, display_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT o.login, o.display_name FROM public.operators o
    WHERE o.role = 'admin' AND o.disabled = 0 AND o.locked = 0 ORDER BY o.login, o.id
$$)sql",
        "REVOKE ALL ON FUNCTION certdesk_active_administrators() FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION certdesk_active_administrators()"
        " TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",
    };
}

} // namespace certdesk
