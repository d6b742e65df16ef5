-- Planning scenarios on a shared PostgreSQL store (applied after pg_security.sql by db init, db upgrade and
-- restore, as the store's owner, once revision 0011 made the table; safe to run again).
--
-- The same rules as the console's (datasources/store/scenarios.py), from township_role_rights: whoever
-- reads planned sites reads the scenarios' sites, a user posted to a village only that village's; whoever
-- edits planned sites keeps (inserts) and deletes scenarios, in the villages they may edit. A kept site is
-- a copy and is never changed in place. No change goes in without an audit record in the same transaction.

DO $$
DECLARE
    r record;
    grp text;
BEGIN
    FOR r IN SELECT DISTINCT role FROM township_role_rights LOOP
        grp := current_database() || '_' || r.role;
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp);
        EXECUTE format('REVOKE ALL ON scenario_sites FROM %I', grp);
        IF EXISTS (SELECT 1 FROM township_role_rights WHERE role = r.role AND "right" = 'read:planned_sites') THEN
            EXECUTE format('GRANT SELECT ON scenario_sites TO %I', grp);
        END IF;
        IF EXISTS (SELECT 1 FROM township_role_rights WHERE role = r.role AND "right" = 'edit:planned_sites') THEN
            EXECUTE format('GRANT INSERT, DELETE ON scenario_sites TO %I', grp);
        END IF;
    END LOOP;
END $$;

ALTER TABLE scenario_sites ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS township_see ON scenario_sites;
CREATE POLICY township_see ON scenario_sites FOR SELECT
    USING (township_allowed('read:planned_sites', village_code, true));
DROP POLICY IF EXISTS township_keep ON scenario_sites;
CREATE POLICY township_keep ON scenario_sites FOR INSERT
    WITH CHECK (township_allowed('edit:planned_sites', village_code, true));
DROP POLICY IF EXISTS township_delete ON scenario_sites;
CREATE POLICY township_delete ON scenario_sites FOR DELETE
    USING (township_allowed('edit:planned_sites', village_code, true));

-- A kept site names who kept it.
CREATE OR REPLACE FUNCTION township_scenario_keeper() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT township_is_owner() THEN
        NEW.kept_by := township_username();
        NEW.updated_by := township_username();
        NEW.version := 1;
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS township_scenario_keeper ON scenario_sites;
CREATE TRIGGER township_scenario_keeper BEFORE INSERT ON scenario_sites
    FOR EACH ROW EXECUTE FUNCTION township_scenario_keeper();
DROP TRIGGER IF EXISTS township_audited ON scenario_sites;
CREATE CONSTRAINT TRIGGER township_audited AFTER INSERT OR UPDATE OR DELETE ON scenario_sites
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION township_require_audit();
