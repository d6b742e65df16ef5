-- The server functions of a shared store's accounts, residents' personal data and the report workflow
-- (applied after pg_security.sql, as the store's owner; safe to run again). See pg_security.sql.

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
    PERFORM township_login_open(p_username);
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

-- The login desk ----------------------------------------------------------------------------------------
--
-- Each console user logs in as their own role, so a wrong password never reaches the database as that user,
-- and neither does a disabled account (PostgreSQL refuses its login). What the console's login dialog must
-- still record (a failed password, counted towards the lockout; an attempt on a disabled account; a disabled
-- account's refused call) it tells through the login desk: the role "<database>_login", whose password is
-- its own name. It is no secret and needs none: the desk may call the three functions below and nothing
-- else (no table, no other township function does anything for it), and each applies the server's own rules
-- (5 failures lock the account for 15 minutes, a disabled or locked account is not counted), so it lets
-- anyone do only what typing at the login dialog does. Each record names the workstation's address, and one
-- address may tell at most 30 things a minute (more are refused, the first refusal of the minute recorded),
-- so the desk cannot be used to flood the trail or lock every account at once. A password tried with psql
-- directly never reaches the desk (PostgreSQL 15 has no login hook): the log watcher below tells it from the
-- server's log (township-console logins watch; see the README's security section).

DO $desk$
DECLARE
    desk text := current_database() || '_login';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = desk) THEN
        EXECUTE format('CREATE ROLE %I LOGIN CONNECTION LIMIT 8 PASSWORD %L', desk, desk);
    END IF;
    -- a role of that name made by someone else with more power is not taken as the desk
    IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = desk AND (r.rolsuper OR r.rolcreaterole
               OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls OR EXISTS (
                   SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid))) THEN
        RAISE EXCEPTION 'township: the role % has more rights than a login desk may', desk
            USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN CONNECTION LIMIT 8', desk);
END $desk$;

CREATE TABLE IF NOT EXISTS township_desk_calls (client text NOT NULL, at timestamptz NOT NULL);
REVOKE ALL ON township_desk_calls FROM PUBLIC;

-- Refuses a caller other than the login desk (or the owner) and a name that is no user name; returns the
-- workstation's address for the record, or NULL when that workstation told 30 things in the last minute:
-- the first such call of the minute is recorded (refused, "too many login attempts"), the others are not, so
-- a flood leaves one record a minute and counts against no account.
CREATE OR REPLACE FUNCTION township_desk_call(p_username text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_client text := coalesce(host(inet_client_addr()), 'local');
    v_told integer;
BEGIN
    IF session_user::text <> current_database() || '_login' AND NOT township_is_owner() THEN
        RAISE EXCEPTION 'township: only the login desk tells this' USING ERRCODE = '42501';
    END IF;
    IF p_username IS NULL OR p_username !~ '^[A-Za-z0-9._-]{1,64}$' THEN
        RAISE EXCEPTION 'township: that is not a user name' USING ERRCODE = '22023';
    END IF;
    IF NOT township_is_owner() THEN
        DELETE FROM township_desk_calls WHERE at < now() - interval '1 minute';
        SELECT count(*) INTO v_told FROM township_desk_calls d WHERE d.client = v_client;
        IF v_told >= 30 THEN
            IF v_told = 30 THEN
                INSERT INTO township_desk_calls VALUES (v_client, now());
                PERFORM township_audit_write(p_username, 'login', 'user:' || p_username, 'refused',
                    json_build_object('reason', 'too many login attempts from this workstation',
                                      'client', v_client)::text);
            END IF;
            RETURN NULL;
        END IF;
        INSERT INTO township_desk_calls VALUES (v_client, now());
    END IF;
    RETURN v_client;
END $$;
REVOKE ALL ON FUNCTION township_desk_call(text) FROM PUBLIC;

-- The old form took the threshold and the lock's length from its caller.
DROP FUNCTION IF EXISTS township_login_failed(text, integer, double precision);

-- Failures told in the last minutes, by whom: a console's wrong password is seen twice, by the console (through
-- the login desk) and in the server's log (by the log watcher), and is counted once.
CREATE TABLE IF NOT EXISTS township_failures_told (username text NOT NULL, client text NOT NULL,
                                                   source text NOT NULL, at timestamptz NOT NULL,
                                                   outcome text NOT NULL);
REVOKE ALL ON township_failures_told FROM PUBLIC;

-- Whether the login role of p_username is locked out by its password's validity (see township_count_failure).
CREATE OR REPLACE FUNCTION township_login_shut(p_username text) RETURNS boolean LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT rolvaliduntil < now() FROM pg_roles
                     WHERE rolname = p_username || '@' || current_database()), false)
$$;

-- Open the login role again (its password valid as before the lock).
CREATE OR REPLACE FUNCTION township_login_open(p_username text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username || '@' || current_database()) THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', p_username || '@' || current_database(), 'infinity');
    END IF;
END $$;
REVOKE ALL ON FUNCTION township_login_open(text) FROM PUBLIC;

-- One failed password of p_username from p_client, told by p_source ('desk': a console; 'log': the server's
-- log, a login tried with psql or any other program) at p_at: counts towards the lockout as on a GeoPackage
-- store (5 failures lock the account for 15 minutes) and is recorded. A lock also makes the login role's
-- password invalid (VALID UNTIL in the past), so PostgreSQL itself refuses the account whatever program
-- tries, and says nothing more than "password authentication failed": a guess during the lock tells nothing.
-- The first failure told after the lock has run out opens the role again and answers 'reopened' (the console
-- tries the password once more). The same failure told by the other source within a minute is not counted
-- again: its first answer is returned.
CREATE OR REPLACE FUNCTION township_count_failure(p_username text, p_client text, p_source text,
                                                  p_at timestamptz, OUT outcome text,
                                                  OUT locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    max_failures CONSTANT integer := 5;
    lock_for CONSTANT interval := interval '15 minutes';
    u users;
    told record;
BEGIN
    outcome := 'failed';
    DELETE FROM township_failures_told WHERE at < now() - interval '10 minutes';
    SELECT t.ctid, t.outcome INTO told FROM township_failures_told t
        WHERE t.username = p_username AND t.client = p_client AND t.source <> p_source
          AND t.at BETWEEN p_at - interval '1 minute' AND p_at + interval '1 minute'
        ORDER BY abs(extract(epoch FROM t.at - p_at)) LIMIT 1 FOR UPDATE;
    IF FOUND THEN  -- told already by the other source: counted and recorded then
        DELETE FROM township_failures_told WHERE ctid = told.ctid;
        outcome := told.outcome;
        SELECT users.locked_until INTO locked_until FROM users WHERE username = p_username;
        RETURN;
    END IF;
    SELECT * INTO u FROM users WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM township_audit_write(p_username, 'login', 'user:' || p_username, outcome,
            CASE WHEN p_source = 'log' THEN json_build_object('client', p_client, 'seen_in', 'server log')
                 ELSE json_build_object('client', p_client) END::text);
        INSERT INTO township_failures_told VALUES (p_username, p_client, p_source, p_at, outcome);
        RETURN;
    END IF;
    locked_until := u.locked_until;
    IF NOT u.active THEN
        outcome := 'disabled';
    ELSIF u.locked_until IS NOT NULL AND u.locked_until > now() THEN
        outcome := 'locked';
    ELSIF township_login_shut(p_username) THEN  -- the lock has run out: open, do not count
        PERFORM township_login_open(p_username);
        outcome := 'reopened';
        INSERT INTO township_failures_told VALUES (p_username, p_client, p_source, p_at, outcome);
        RETURN;
    ELSIF u.failed_logins + 1 >= max_failures THEN
        outcome := 'locked';
        locked_until := now() + lock_for;
        u.failed_logins := 0;
        UPDATE users SET failed_logins = 0, locked_until = township_count_failure.locked_until WHERE id = u.id;
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', p_username || '@' || current_database(), '-infinity');
    ELSE
        u.failed_logins := u.failed_logins + 1;
        UPDATE users SET failed_logins = u.failed_logins WHERE id = u.id;
    END IF;
    PERFORM township_audit_write(p_username, 'login', 'user:' || p_username, outcome,
        CASE WHEN p_source = 'log' THEN json_build_object('failed_logins', u.failed_logins, 'client', p_client,
                                                          'seen_in', 'server log')
             ELSE json_build_object('failed_logins', u.failed_logins, 'client', p_client) END::text);
    INSERT INTO township_failures_told VALUES (p_username, p_client, p_source, p_at, outcome);
END $$;
REVOKE ALL ON FUNCTION township_count_failure(text, text, text, timestamptz) FROM PUBLIC;

-- A wrong password (or an unknown name) at a console, told by the login desk.
CREATE OR REPLACE FUNCTION township_login_failed(p_username text, OUT outcome text,
                                                 OUT locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    client text := township_desk_call(p_username);
BEGIN
    IF client IS NULL THEN  -- too many from this workstation: counted against no account
        outcome := 'limited';
        RETURN;
    END IF;
    SELECT f.outcome, f.locked_until INTO outcome, locked_until
        FROM township_count_failure(p_username, client, 'desk', now()) f;
END $$;
REVOKE ALL ON FUNCTION township_login_failed(text) FROM PUBLIC;

-- The log watcher (township-console logins watch, run where the server's log can be read) tells each
-- "password authentication failed" the server logged for a login of this store, with the address it came
-- from: counted and recorded as a console's failure is, also when the login was tried with psql. Only for
-- the owner and members of the group "<database>_login_watch" (given to the watcher's own login).
DO $watch$
DECLARE
    watch text := current_database() || '_login_watch';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = watch) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', watch);
    END IF;
END $watch$;

CREATE OR REPLACE FUNCTION township_watched_failure(p_username text, p_client text, p_at timestamptz,
                                                    OUT outcome text, OUT locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT township_is_owner()
       AND NOT pg_has_role(session_user, current_database() || '_login_watch', 'MEMBER') THEN
        RAISE EXCEPTION 'township: only the log watcher tells this' USING ERRCODE = '42501';
    END IF;
    IF p_username IS NULL OR p_username !~ '^[A-Za-z0-9._-]{1,64}$' THEN
        RAISE EXCEPTION 'township: that is not a user name' USING ERRCODE = '22023';
    END IF;
    SELECT f.outcome, f.locked_until INTO outcome, locked_until
        FROM township_count_failure(p_username, left(coalesce(p_client, 'unknown'), 100), 'log',
                                    least(coalesce(p_at, now()), now())) f;
END $$;
REVOKE ALL ON FUNCTION township_watched_failure(text, text, timestamptz) FROM PUBLIC;

-- Locks that have run out: their login roles open again (called by the watcher on each look at the log).
CREATE OR REPLACE FUNCTION township_reopen_elapsed() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    n integer := 0;
    name text;
BEGIN
    IF NOT township_is_owner()
       AND NOT pg_has_role(session_user, current_database() || '_login_watch', 'MEMBER') THEN
        RAISE EXCEPTION 'township: only the log watcher does this' USING ERRCODE = '42501';
    END IF;
    FOR name IN SELECT username FROM users WHERE active AND (locked_until IS NULL OR locked_until <= now())
    LOOP
        IF township_login_shut(name) THEN
            PERFORM township_login_open(name);
            n := n + 1;
        END IF;
    END LOOP;
    RETURN n;
END $$;
REVOKE ALL ON FUNCTION township_reopen_elapsed() FROM PUBLIC;

DO $watch$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION township_watched_failure(text, text, timestamptz), '
                   'township_reopen_elapsed() TO %I', current_database() || '_login_watch');
END $watch$;

-- A call of a disabled account's open console, refused (PostgreSQL no longer lets the account log in, so
-- its console tells the desk): recorded as denied, as a GeoPackage store records it. Only for an account
-- that is disabled, so nobody can put a refusal in the name of an enabled one.
CREATE OR REPLACE FUNCTION township_disabled_call(p_username text, p_action text, p_object text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    client text := township_desk_call(p_username);
BEGIN
    IF client IS NULL THEN
        RETURN;
    END IF;
    IF p_action IS NULL OR p_action !~ '^[a-z_]{1,40}(:[a-z_]{1,40})?$'
       OR p_object IS NULL OR p_object !~ '^[A-Za-z0-9_.:@ -]{1,200}$' THEN
        RAISE EXCEPTION 'township: that is no action of the console' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE username = p_username AND NOT active) THEN
        RETURN;
    END IF;
    PERFORM township_audit_write(p_username, split_part(p_action, ':', 1), p_object, 'denied',
        json_build_object('action', p_action, 'village_code', NULL, 'client', client)::text);
END $$;
REVOKE ALL ON FUNCTION township_disabled_call(text, text, text) FROM PUBLIC;

DO $desk$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION township_login_failed(text), '
                   'township_disabled_call(text, text, text) TO %I', current_database() || '_login');
END $desk$;

-- A feature of another village asked for by id (row-level security hides it, so the console finds nothing):
-- recorded as denied, as a GeoPackage store records it. The caller learns nothing more than "not found".
CREATE OR REPLACE FUNCTION township_hidden_refused(p_kind text, p_id integer, p_action text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text := township_username();
    village text;
BEGIN
    IF who IS NULL OR p_id IS NULL OR p_action IS NULL OR p_action !~ '^[a-z_]{1,40}(:[a-z_]{1,40})?$'
       OR NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public'
                      AND table_name = p_kind AND column_name = 'village_code') THEN
        RETURN;
    END IF;
    EXECUTE format('SELECT village_code FROM %I WHERE id = $1', p_kind) INTO village USING p_id;
    IF village IS NULL OR township_may_see(village) THEN
        RETURN;
    END IF;
    PERFORM township_audit_write(who, split_part(p_action, ':', 1), p_kind || ':' || p_id, 'denied',
        json_build_object('action', p_action, 'village_code', village)::text);
END $$;

-- A password the console refused as too easy to guess (never the password itself), for one's own account or,
-- for an administrator, another's: recorded as refused.
CREATE OR REPLACE FUNCTION township_password_refused(p_username text, p_event text, p_reason text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who text;
BEGIN
    IF p_username = township_username() AND p_event = 'password_change' THEN
        who := p_username;
    ELSIF p_event = 'create_administrator' THEN
        -- the store's first account, tried by the owner: recorded under the name being created, as on a
        -- GeoPackage store (there is nobody else to name)
        IF EXISTS (SELECT 1 FROM users) OR NOT township_is_owner() THEN
            RAISE EXCEPTION 'township: this store already has accounts' USING ERRCODE = '42501';
        END IF;
        IF p_username IS NULL OR p_username !~ '^[A-Za-z0-9._-]{1,64}$' THEN
            RAISE EXCEPTION 'township: that is not a user name' USING ERRCODE = '22023';
        END IF;
        who := p_username;
    ELSE
        who := township_require('manage_users', 'set passwords of others');
    END IF;
    IF p_event NOT IN ('password_change', 'permission_change', 'create_administrator') THEN
        RAISE EXCEPTION 'township: % is no account change', p_event USING ERRCODE = '22023';
    END IF;
    PERFORM township_audit_write(who, p_event, 'user:' || left(coalesce(p_username, ''), 64), 'refused',
        json_build_object('reason', left(coalesce(p_reason, ''), 200))::text);
END $$;

-- A disabled account's console asking to change its own password to one the console refused (its login is
-- refused, so it tells the login desk): recorded as refused with the reason, as a GeoPackage store records it.
-- Only for an account that is disabled, for its own password, and with one of the console's own reasons, so
-- the desk writes no text of the caller's choosing and nothing in the name of an enabled account.
CREATE OR REPLACE FUNCTION township_disabled_password_refused(p_username text, p_reason text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    client text := township_desk_call(p_username);
BEGIN
    IF client IS NULL THEN
        RETURN;
    END IF;
    IF p_reason IS NULL OR p_reason !~ ('^(the password is too easy to guess|the password is the user name'
                                        '|a password needs at least [0-9]{1,3} characters'
                                        '|a password may have at most [0-9]{1,4} characters)$') THEN
        RAISE EXCEPTION 'township: that is no reason of the console' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE username = p_username AND NOT active) THEN
        RETURN;
    END IF;
    PERFORM township_audit_write(p_username, 'password_change', 'user:' || p_username, 'refused',
        json_build_object('reason', p_reason, 'client', client)::text);
END $$;
REVOKE ALL ON FUNCTION township_disabled_password_refused(text, text) FROM PUBLIC;

DO $desk$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION township_disabled_password_refused(text, text) TO %I',
                   current_database() || '_login');
END $desk$;

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
    IF township_username() IS NULL AND NOT township_is_owner() THEN  -- the login desk: nothing to number
        RAISE EXCEPTION 'township: only an account files reports' USING ERRCODE = '42501';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('township_case_numbers'));
    RETURN (SELECT coalesce(max(substring(case_number FROM '-(\d+)$')::integer), 0) FROM incidents
            WHERE left(case_number, length(p_stem)) = p_stem);
END $$;

-- The workflow's own rules, for whatever program edits a report: a case number never changes; category,
-- deadline and report time are corrected only by a desk that edits reports in every village; a status moves
-- only along the workflow (township_transitions, filled from datasources.incident_vocabulary); a new report
-- starts new unless it is imported. Reports, their history and photos are never deleted (no grant).
CREATE TABLE IF NOT EXISTS township_transitions (from_status text NOT NULL, to_status text NOT NULL,
                                                 PRIMARY KEY (from_status, to_status));
REVOKE ALL ON township_transitions FROM PUBLIC;

CREATE OR REPLACE FUNCTION township_incident_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF township_is_owner() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IS DISTINCT FROM 'new' AND NOT township_allowed('import', NULL, false) THEN
            RAISE EXCEPTION 'township: a new report starts new' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.case_number IS DISTINCT FROM OLD.case_number THEN
        RAISE EXCEPTION 'township: a case number never changes' USING ERRCODE = '42501';
    END IF;
    IF (NEW.category, NEW.due_at, NEW.reported_at) IS DISTINCT FROM (OLD.category, OLD.due_at, OLD.reported_at)
       AND NOT township_allowed('edit:incidents', NULL, true) THEN
        RAISE EXCEPTION 'township: % may not correct the category, deadline or time of a report',
            township_username() USING ERRCODE = '42501';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
            SELECT 1 FROM township_transitions WHERE from_status = OLD.status AND to_status = NEW.status) THEN
        RAISE EXCEPTION 'township: a report does not go from % to %', OLD.status, NEW.status
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;

-- A token in clear, NULL when it cannot be decrypted (personal data of a lost key).
CREATE OR REPLACE FUNCTION township_try_decrypt(p_token bytea) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN township_decrypt(p_token);
EXCEPTION WHEN external_routine_invocation_exception OR data_exception THEN
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION township_try_decrypt(bytea) FROM PUBLIC;

-- The reporters of the reports the caller sees, masked as every reader sees them (138****5678): the console
-- shows lists with these; the value in full is township_unmask alone.
CREATE OR REPLACE FUNCTION township_masked() RETURNS TABLE (token bytea, masked text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH plain AS (
        SELECT reporter_name_enc AS token, township_try_decrypt(reporter_name_enc) AS v, 'name' AS kind
            FROM incidents WHERE reporter_name_enc IS NOT NULL AND township_may_see(village_code)
        UNION ALL
        SELECT reporter_phone_enc, btrim(township_try_decrypt(reporter_phone_enc)), 'phone'
            FROM incidents WHERE reporter_phone_enc IS NOT NULL AND township_may_see(village_code)
        UNION ALL
        SELECT reporter_id_enc, township_try_decrypt(reporter_id_enc), 'id'
            FROM incidents WHERE reporter_id_enc IS NOT NULL AND township_may_see(village_code))
    SELECT token, CASE
        WHEN v IS NULL THEN '******'
        WHEN v = '' THEN v
        WHEN kind = 'name' THEN left(v, 1) || repeat('*', length(v) - 1)
        WHEN kind = 'phone' AND length(v) <= 7 THEN repeat('*', length(v))
        WHEN kind = 'phone' THEN left(v, 3) || repeat('*', length(v) - 7) || right(v, 4)
        WHEN length(v) <= 8 THEN repeat('*', length(v))
        ELSE left(v, 4) || repeat('*', length(v) - 8) || right(v, 4) END
    FROM plain
$$;
