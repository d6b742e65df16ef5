-- Publications on a shared PostgreSQL store (applied after pg_security.sql by db init, db upgrade and
-- restore, as the store's owner, once revision 0008 made the table; safe to run again).
--
-- The same rules as the console's (datasources/store/publications.py), from township_role_rights:
-- publish drafts a publication (status draft, in the caller's own name and role; the administrator drafts
-- too); approve_publication approves or rejects a draft, never one the caller drafted (an administrator's
-- draft is decided by another administrator), and changes nothing of what was drafted. Both read the publications. Nobody but the owner deletes one, and
-- no change goes in without an audit record in the same transaction.

DO $$
DECLARE
    r record;
    grp text;
BEGIN
    FOR r IN SELECT DISTINCT role FROM township_role_rights LOOP
        grp := current_database() || '_' || r.role;
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp);
        EXECUTE format('REVOKE ALL ON publications FROM %I', grp);
        IF EXISTS (SELECT 1 FROM township_role_rights WHERE role = r.role
                   AND "right" IN ('publish', 'approve_publication')) THEN
            EXECUTE format('GRANT SELECT ON publications TO %I', grp);
        END IF;
        IF EXISTS (SELECT 1 FROM township_role_rights WHERE role = r.role AND "right" = 'publish') THEN
            EXECUTE format('GRANT INSERT ON publications TO %I', grp);
        END IF;
        IF EXISTS (SELECT 1 FROM township_role_rights WHERE role = r.role AND "right" = 'approve_publication') THEN
            EXECUTE format('GRANT UPDATE (status, decided_by, decided_role, decided_at, note, version, '
                           'updated_at, updated_by) ON publications TO %I', grp);
        END IF;
    END LOOP;
END $$;

ALTER TABLE publications ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS township_see ON publications;
CREATE POLICY township_see ON publications FOR SELECT
    USING (township_allowed('publish', NULL, false) OR township_allowed('approve_publication', NULL, false));
DROP POLICY IF EXISTS township_draft ON publications;
CREATE POLICY township_draft ON publications FOR INSERT
    WITH CHECK (status = 'draft' AND township_allowed('publish', NULL, false));
DROP POLICY IF EXISTS township_decide ON publications;
CREATE POLICY township_decide ON publications FOR UPDATE
    USING (township_allowed('approve_publication', NULL, false))
    WITH CHECK (township_allowed('approve_publication', NULL, false));

-- Drafts are the caller's own; a decision is another user's than the drafter's, once.
CREATE OR REPLACE FUNCTION township_publication_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    IF township_is_owner() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO me FROM township_me();
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IS DISTINCT FROM 'draft' THEN
            RAISE EXCEPTION 'township: a publication starts as a draft' USING ERRCODE = '42501';
        END IF;
        NEW.drafted_by := me.username;
        NEW.drafted_role := me.role;
        NEW.decided_by := NULL;
        NEW.decided_role := NULL;
        NEW.decided_at := NULL;
        RETURN NEW;
    END IF;
    IF OLD.status IS DISTINCT FROM 'draft' THEN
        RAISE EXCEPTION 'township: publication % is already %', OLD.id, OLD.status USING ERRCODE = '42501';
    END IF;
    IF NEW.status NOT IN ('approved', 'rejected') THEN
        RAISE EXCEPTION 'township: a publication is approved or rejected' USING ERRCODE = '42501';
    END IF;
    IF me.username = OLD.drafted_by THEN
        RAISE EXCEPTION 'township: % drafted publication % and may not decide on it', OLD.drafted_by, OLD.id
            USING ERRCODE = '42501';
    END IF;
    NEW.decided_by := me.username;
    NEW.decided_role := me.role;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS township_publication_guard ON publications;
CREATE TRIGGER township_publication_guard BEFORE INSERT OR UPDATE ON publications
    FOR EACH ROW EXECUTE FUNCTION township_publication_guard();
DROP TRIGGER IF EXISTS township_stamp ON publications;
CREATE TRIGGER township_stamp BEFORE UPDATE ON publications FOR EACH ROW EXECUTE FUNCTION township_stamp();
DROP TRIGGER IF EXISTS township_audited ON publications;
CREATE CONSTRAINT TRIGGER township_audited AFTER INSERT OR UPDATE OR DELETE ON publications
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION township_require_audit();
