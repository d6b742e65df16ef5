-- What the database itself enforces on a shared PostgreSQL store (applied by db init and db upgrade, as the
-- store's owner, after the migrations; safe to run again).
--
-- Each console user is a login role "<username>@<database>", member of one NOLOGIN group role
-- "<database>_<role>" whose table and column privileges are granted from the console's permission table.
-- Row-level security limits a user posted to a village to that village. No console role writes users,
-- audit_head or audit_events: audit records, logins, account changes and unmasking personal data go
-- through the SECURITY DEFINER functions below, which take the user from session_user and check the
-- user's role and village themselves. The personal-data key is in township_secrets, which only the owner
-- reads.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE IF NOT EXISTS township_secrets (name text PRIMARY KEY, value text NOT NULL);
REVOKE ALL ON township_secrets FROM PUBLIC;
INSERT INTO township_secrets VALUES ('personal_key', encode(gen_random_bytes(32), 'hex'))
    ON CONFLICT (name) DO NOTHING;
INSERT INTO township_secrets VALUES ('audit_token', encode(gen_random_bytes(32), 'hex'))
    ON CONFLICT (name) DO NOTHING;

-- The console's permission table (filled from datasources.store.permissions at each apply).
CREATE TABLE IF NOT EXISTS township_role_rights (role text NOT NULL, "right" text NOT NULL,
                                                 PRIMARY KEY (role, "right"));
REVOKE ALL ON township_role_rights FROM PUBLIC;

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64)) ON CONFLICT (id) DO NOTHING;

-- Who is calling -----------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION township_username() RETURNS text LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN right(session_user::text, length(current_database()) + 1) = '@' || current_database()
                THEN left(session_user::text, length(session_user::text) - length(current_database()) - 1)
           END
$$;

CREATE OR REPLACE FUNCTION township_is_owner() RETURNS boolean LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.users'::regclass),
                       'MEMBER')
$$;

CREATE OR REPLACE FUNCTION township_me() RETURNS TABLE (username text, role text, village_code text,
                                                       active boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT u.username, u.role, u.village_code, u.active FROM users u WHERE u.username = township_username()
$$;

-- May the caller (an active account) do right r; when scoped, in village v (an administrator and a user
-- posted to no village: everywhere)?
CREATE OR REPLACE FUNCTION township_allowed(r text, v text, scoped boolean) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT township_is_owner() OR EXISTS (
        SELECT 1 FROM users u JOIN township_role_rights g ON g.role = u.role AND g."right" = r
        WHERE u.username = township_username() AND u.active
          AND (NOT scoped OR u.role = 'administrator' OR u.village_code IS NULL
               OR u.village_code IS NOT DISTINCT FROM v))
$$;

CREATE OR REPLACE FUNCTION township_may_see(v text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT township_is_owner() OR EXISTS (
        SELECT 1 FROM users u WHERE u.username = township_username() AND u.active
          AND (u.role = 'administrator' OR u.village_code IS NULL OR u.village_code IS NOT DISTINCT FROM v))
$$;

-- The audit trail -----------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION township_audit_token() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT md5(value || ':' || txid_current()::text) FROM township_secrets WHERE name = 'audit_token'
$$;
REVOKE ALL ON FUNCTION township_audit_token() FROM PUBLIC;

-- Append one record; the hash is computed here exactly as datasources.store.audit.record_hash does.
CREATE OR REPLACE FUNCTION township_audit_write(who text, p_event text, p_object text, p_outcome text,
                                                p_detail text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head audit_head;
    stamp text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    body text;
    digest text;
BEGIN
    IF who IS NULL OR p_event IS NULL OR p_object IS NULL OR p_outcome IS NULL THEN
        RAISE EXCEPTION 'township: an audit record needs a user, an event, an object and an outcome'
            USING ERRCODE = '22004';
    END IF;
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64)) RETURNING * INTO head;
    END IF;
    p_detail := coalesce(p_detail, '{}');
    body := '[' || (head.seq + 1) || ',' || to_json(stamp)::text || ',' || to_json(who)::text || ','
            || to_json(p_event)::text || ',' || to_json(p_object)::text || ','
            || to_json(p_outcome)::text || ',' || to_json(p_detail)::text || ']';
    digest := encode(sha256(convert_to(head.hash || body, 'UTF8')), 'hex');
    INSERT INTO audit_events (seq, time, username, event, object, outcome, detail, prev_hash, hash)
        VALUES (head.seq + 1, stamp, who, p_event, p_object, p_outcome, p_detail, head.hash, digest);
    UPDATE audit_head SET seq = head.seq + 1, hash = digest WHERE id = 1;
    PERFORM set_config('township.audited', township_audit_token(), true);
    RETURN head.seq + 1;
END $$;
REVOKE ALL ON FUNCTION township_audit_write(text, text, text, text, text) FROM PUBLIC;

-- What the console calls: the record names the logged-in user, whatever name is given (only the owner,
-- running a trusted script, names the user).
CREATE OR REPLACE FUNCTION township_audit_append(p_username text, p_event text, p_object text,
                                                 p_outcome text, p_detail text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN township_audit_write(CASE WHEN township_is_owner() THEN p_username ELSE township_username() END,
                                p_event, p_object, p_outcome, p_detail);
END $$;

-- A change of a store table by a console user commits only with an audit record in its transaction.
CREATE OR REPLACE FUNCTION township_require_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT township_is_owner()
       AND coalesce(current_setting('township.audited', true), '') <> township_audit_token() THEN
        RAISE EXCEPTION 'township: % on % without an audit record is refused', TG_OP, TG_TABLE_NAME
            USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END $$;

-- Every update of a feature moves its version on and names who made it, so another console notices.
CREATE OR REPLACE FUNCTION township_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT township_is_owner() THEN
        NEW.version := OLD.version + 1;
        NEW.updated_by := township_username();
    END IF;
    RETURN NEW;
END $$;

-- Logins ------------------------------------------------------------------------------------------------

-- Called by the console right after PostgreSQL accepted the user's password: refuses a disabled or
-- locked account, clears the failures, records the login.
CREATE OR REPLACE FUNCTION township_login(OUT outcome text, OUT locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
BEGIN
    SELECT * INTO u FROM users WHERE username = township_username() FOR UPDATE;
    IF NOT FOUND THEN
        outcome := 'failed';
        RETURN;
    END IF;
    locked_until := u.locked_until;
    IF NOT u.active THEN
        outcome := 'disabled';
    ELSIF u.locked_until IS NOT NULL AND u.locked_until > now() THEN
        outcome := 'locked';
    ELSE
        outcome := 'ok';
        UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = u.id
            AND (failed_logins <> 0 OR users.locked_until IS NOT NULL);
    END IF;
    PERFORM township_audit_write(u.username, 'login', 'user:' || u.username, outcome,
                                 json_build_object('failed_logins', u.failed_logins)::text);
END $$;

-- A failed password for p_username, told by a console: counts towards the lockout (at most 15 minutes).
CREATE OR REPLACE FUNCTION township_login_failed(p_username text, p_max integer, p_minutes double precision,
                                                 OUT outcome text, OUT locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
    known boolean;
BEGIN
    SELECT * INTO u FROM users WHERE username = p_username FOR UPDATE;
    known := FOUND;
    outcome := 'failed';
    IF known THEN
        IF u.failed_logins + 1 >= greatest(p_max, 1) THEN
            locked_until := now() + make_interval(secs => least(greatest(p_minutes, 0), 15) * 60);
            UPDATE users SET failed_logins = 0, locked_until = township_login_failed.locked_until
                WHERE id = u.id;
            outcome := 'locked';
        ELSE
            UPDATE users SET failed_logins = u.failed_logins + 1 WHERE id = u.id;
        END IF;
    END IF;
    PERFORM township_audit_write(p_username, 'login', 'user:' || p_username, outcome,
                                 CASE WHEN known THEN json_build_object('failed_logins',
                                     u.failed_logins + 1)::text ELSE '{}' END);
END $$;
GRANT EXECUTE ON FUNCTION township_login_failed(text, integer, double precision) TO PUBLIC;

-- Accounts ------------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION township_require(r text, what text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT township_allowed(r, NULL, false) THEN
        RAISE EXCEPTION 'township: % may not %', coalesce(township_username(), session_user::text), what
            USING ERRCODE = '42501';
    END IF;
    RETURN coalesce(township_username(), 'system:' || session_user::text);
END $$;
REVOKE ALL ON FUNCTION township_require(text, text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION township_group(p_role text) RETURNS text LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM township_role_rights WHERE role = p_role) THEN
        RAISE EXCEPTION 'township: % is not a role', p_role USING ERRCODE = '22023';
    END IF;
    RETURN current_database() || '_' || p_role;
END $$;
REVOKE ALL ON FUNCTION township_group(text) FROM PUBLIC;

-- Put the login role of p_username in the group of its role (and no other), able to log in when active.
CREATE OR REPLACE FUNCTION township_sync_login(p_username text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
    login text := p_username || '@' || current_database();
    other text;
BEGIN
    SELECT * INTO u FROM users WHERE username = p_username;
    FOR other IN SELECT DISTINCT role FROM township_role_rights LOOP
        IF pg_has_role(login, township_group(other), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', township_group(other), login);
        END IF;
    END LOOP;
    IF u.active THEN
        EXECUTE format('GRANT %I TO %I', township_group(u.role), login);
        EXECUTE format('ALTER ROLE %I LOGIN', login);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', login);
        BEGIN  -- end the account's open sessions where the owner may
            PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = login;
        EXCEPTION WHEN insufficient_privilege THEN NULL;  -- without the group they can do nothing
        END;
    END IF;
END $$;
REVOKE ALL ON FUNCTION township_sync_login(text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION township_check_account(p_role text, p_village text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM township_group(p_role);
    IF p_role = 'village_officer' AND p_village IS NULL THEN
        RAISE EXCEPTION 'township: a village officer needs a village' USING ERRCODE = '22023';
    END IF;
    IF p_village IS NOT NULL AND NOT EXISTS (SELECT 1 FROM villages WHERE village_code = p_village) THEN
        RAISE EXCEPTION 'township: there is no village %', p_village USING ERRCODE = '22023';
    END IF;
END $$;
REVOKE ALL ON FUNCTION township_check_account(text, text) FROM PUBLIC;

-- p_verifier is a SCRAM-SHA-256 verifier made by the console: the password never reaches the server.
CREATE OR REPLACE FUNCTION township_user_add(p_username text, p_verifier text, p_role text, p_village text,
                                             p_display_name text, p_event text DEFAULT 'permission_change')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text;
    login text := p_username || '@' || current_database();
BEGIN
    IF p_event = 'create_administrator' THEN
        IF EXISTS (SELECT 1 FROM users) OR p_role <> 'administrator' OR NOT township_is_owner() THEN
            RAISE EXCEPTION 'township: this store already has accounts' USING ERRCODE = '42501';
        END IF;
        who := p_username;
    ELSE
        who := township_require('manage_users', 'add accounts');
        p_event := 'permission_change';
    END IF;
    PERFORM township_check_account(p_role, p_village);
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'township: give the password as a SCRAM verifier' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM users WHERE username = p_username) THEN
        RAISE EXCEPTION 'township: there is already an account named %', p_username USING ERRCODE = '23505';
    END IF;
    INSERT INTO users (username, display_name, role, village_code, password_hash, failed_logins, active,
                       created_at, version)
        VALUES (p_username, p_display_name, p_role, p_village, 'postgresql-scram', 0, true, now(), 1);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, p_verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, p_verifier);
    END IF;
    PERFORM township_sync_login(p_username);
    PERFORM township_audit_write(who, p_event, 'user:' || p_username, 'ok',
        CASE WHEN p_event = 'create_administrator' THEN '{}' ELSE
        json_build_object('created', true, 'role', p_role, 'village_code', p_village)::text END);
END $$;

CREATE OR REPLACE FUNCTION township_user_set_role(p_username text, p_role text, p_village text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text := township_require('manage_users', 'change roles');
    u users;
BEGIN
    PERFORM township_check_account(p_role, p_village);
    SELECT * INTO u FROM users WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'township: there is no account named %', p_username USING ERRCODE = '02000';
    END IF;
    IF u.role = 'administrator' AND p_role <> 'administrator' AND u.active AND NOT EXISTS (
            SELECT 1 FROM users WHERE role = 'administrator' AND active AND id <> u.id) THEN
        RAISE EXCEPTION 'township: % is the last administrator', p_username USING ERRCODE = '42501';
    END IF;
    UPDATE users SET role = p_role, village_code = p_village, version = version + 1 WHERE id = u.id;
    PERFORM township_sync_login(p_username);
    PERFORM township_audit_write(who, 'permission_change', 'user:' || p_username, 'ok',
        json_build_object('role', json_build_array(u.role, p_role),
                          'village_code', json_build_array(u.village_code, p_village))::text);
END $$;

CREATE OR REPLACE FUNCTION township_user_set_active(p_username text, p_active boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text := township_require('manage_users', 'enable or disable accounts');
    u users;
BEGIN
    SELECT * INTO u FROM users WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'township: there is no account named %', p_username USING ERRCODE = '02000';
    END IF;
    IF NOT p_active AND p_username = township_username() THEN
        RAISE EXCEPTION 'township: you cannot disable your own account' USING ERRCODE = '42501';
    END IF;
    UPDATE users SET active = p_active, version = version + 1 WHERE id = u.id;
    PERFORM township_sync_login(p_username);
    PERFORM township_audit_write(who, 'permission_change', 'user:' || p_username, 'ok',
                                 json_build_object('active', p_active)::text);
END $$;

CREATE OR REPLACE FUNCTION township_user_unlock(p_username text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text := township_require('manage_users', 'unlock accounts');
BEGIN
    UPDATE users SET locked_until = NULL, failed_logins = 0 WHERE username = p_username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'township: there is no account named %', p_username USING ERRCODE = '02000';
    END IF;
    PERFORM township_audit_write(who, 'permission_change', 'user:' || p_username, 'ok', '{"unlocked": true}');
END $$;

CREATE OR REPLACE FUNCTION township_user_set_password(p_username text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text;
BEGIN
    IF p_username IS NOT DISTINCT FROM township_username() THEN
        who := p_username;
    ELSE
        who := township_require('manage_users', 'set passwords of others');
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'township: give the password as a SCRAM verifier' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE username = p_username) THEN
        RAISE EXCEPTION 'township: there is no account named %', p_username USING ERRCODE = '02000';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username || '@' || current_database(), p_verifier);
    PERFORM township_audit_write(who, 'password_change', 'user:' || p_username, 'ok', '{}');
END $$;

-- Residents' personal data ----------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION township_encrypt(p_value text) RETURNS bytea
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN p_value IS NULL OR p_value = '' THEN NULL
                ELSE pgp_sym_encrypt(p_value, (SELECT value FROM township_secrets WHERE name = 'personal_key'))
           END
$$;

CREATE OR REPLACE FUNCTION township_decrypt(p_token bytea) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN p_token IS NULL THEN NULL
                ELSE pgp_sym_decrypt(p_token, (SELECT value FROM township_secrets WHERE name = 'personal_key'))
           END
$$;
REVOKE ALL ON FUNCTION township_decrypt(bytea) FROM PUBLIC;

-- The reporter of one report in full, for a user who may unmask in its village; recorded as view_personal.
CREATE OR REPLACE FUNCTION township_unmask(p_incident integer, p_reason text, OUT reporter_name text,
                                           OUT reporter_phone text, OUT reporter_id_number text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    i incidents;
    fields text[] := '{}';
BEGIN
    SELECT * INTO i FROM incidents WHERE id = p_incident;
    IF NOT FOUND OR NOT township_allowed('unmask_personal', i.village_code, true) THEN
        RAISE EXCEPTION 'township: % may not see the reporter of incidents:%',
            coalesce(township_username(), session_user::text), p_incident USING ERRCODE = '42501';
    END IF;
    reporter_name := township_decrypt(i.reporter_name_enc);
    reporter_phone := township_decrypt(i.reporter_phone_enc);
    reporter_id_number := township_decrypt(i.reporter_id_enc);
    IF reporter_id_number IS NOT NULL THEN fields := 'reporter_id_number'::text || fields; END IF;
    IF reporter_phone IS NOT NULL THEN fields := 'reporter_phone'::text || fields; END IF;
    IF reporter_name IS NOT NULL THEN fields := 'reporter_name'::text || fields; END IF;
    PERFORM township_audit_write(coalesce(township_username(), 'system:' || session_user::text),
        'view_personal', 'incidents:' || p_incident, 'ok',
        json_build_object('fields', to_json(fields), 'reason', coalesce(p_reason, ''))::text);
END $$;

-- The reporters of the given reports the caller may see, for an export with personal data (one record).
CREATE OR REPLACE FUNCTION township_export_personal(p_ids integer[], p_name text)
RETURNS TABLE (id integer, reporter_name text, reporter_phone text, reporter_id_number text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text := township_require('export_personal', 'export personal data');
BEGIN
    RETURN QUERY SELECT i.id, township_decrypt(i.reporter_name_enc), township_decrypt(i.reporter_phone_enc),
                        township_decrypt(i.reporter_id_enc)
                 FROM incidents i WHERE i.id = ANY (p_ids) AND township_may_see(i.village_code);
    PERFORM township_audit_write(who, 'view_personal', 'incidents:' || coalesce(p_name, 'export'), 'ok',
        json_build_object('export', true, 'count', cardinality(p_ids))::text);
END $$;

-- Case numbers count every report of the year, also those a user posted to one village does not see; the
-- filing transaction holds the numbering until it ends, so two consoles never take the same number.
CREATE OR REPLACE FUNCTION township_last_case_number(p_stem text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('township_case_numbers'));
    RETURN (SELECT coalesce(max(substring(case_number FROM '-(\d+)$')::integer), 0) FROM incidents
            WHERE left(case_number, length(p_stem)) = p_stem);
END $$;
