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
-- running a trusted script, names the user); the records of logins, accounts and unmasking come only from
-- the server's own functions.
CREATE OR REPLACE FUNCTION township_audit_append(p_username text, p_event text, p_object text,
                                                 p_outcome text, p_detail text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT township_is_owner() AND p_event IN ('login', 'permission_change', 'password_change', 'view_personal',
                                               'create_administrator') THEN
        RAISE EXCEPTION 'township: % records are written by the server only', p_event USING ERRCODE = '42501';
    END IF;
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

-- A report's history and photos name who wrote them.
CREATE OR REPLACE FUNCTION township_stamp_author() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT township_is_owner() THEN
        IF TG_TABLE_NAME = 'incident_photos' THEN
            NEW.added_by := township_username();
        ELSE
            NEW.username := township_username();
        END IF;
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

-- A failed password is told by the login desk (see township_login_failed in pg_accounts.sql).
