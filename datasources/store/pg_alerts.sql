-- The alert board on a shared PostgreSQL store (applied with pg_security.sql by db init, db upgrade and
-- restore, as the store's owner, after the group roles are granted; safe to run again).
--
-- The same rules as the console's (datasources/store/alerts.py), from township_role_rights:
-- see_alerts reads alerts and their history (a user posted to a village: that village's only);
-- handle_alerts raises alerts (status new), moves their status along the board's steps and adds to their
-- history; issue_alerts adds the record of an issued CAP message. Nobody but the owner deletes an alert
-- or its history, rewrites what an alert is (its episode, rule, sensor, village, times), or changes one
-- without an audit record in the same transaction.

-- Table and column privileges per group role ------------------------------------------------------------
DO $$
DECLARE
    r record;
    grp text;
BEGIN
    FOR r IN SELECT DISTINCT role FROM township_role_rights LOOP
        grp := current_database() || '_' || r.role;
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp);
        EXECUTE format('REVOKE ALL ON alerts, alert_events FROM %I', grp);
        IF EXISTS (SELECT 1 FROM township_role_rights WHERE role = r.role AND "right" = 'see_alerts') THEN
            EXECUTE format('GRANT SELECT ON alerts, alert_events TO %I', grp);
        END IF;
        IF EXISTS (SELECT 1 FROM township_role_rights WHERE role = r.role AND "right" = 'handle_alerts') THEN
            EXECUTE format('GRANT INSERT ON alerts, alert_events TO %I', grp);
            EXECUTE format('GRANT UPDATE (status, ended_at, peak, peak_time, version, updated_at, updated_by) '
                           'ON alerts TO %I', grp);
        ELSIF EXISTS (SELECT 1 FROM township_role_rights WHERE role = r.role AND "right" = 'issue_alerts') THEN
            EXECUTE format('GRANT INSERT ON alert_events TO %I', grp);
        END IF;
    END LOOP;
END $$;

-- Row-level security: village scope, and who may write what -----------------------------------------------
ALTER TABLE alerts ENABLE ROW LEVEL SECURITY;
ALTER TABLE alert_events ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS township_see ON alerts;
CREATE POLICY township_see ON alerts FOR SELECT
    USING (township_allowed('see_alerts', village_code, true));
DROP POLICY IF EXISTS township_raise ON alerts;
CREATE POLICY township_raise ON alerts FOR INSERT
    WITH CHECK (status = 'new' AND township_allowed('handle_alerts', village_code, true));
DROP POLICY IF EXISTS township_handle ON alerts;
CREATE POLICY township_handle ON alerts FOR UPDATE
    USING (township_allowed('handle_alerts', village_code, true))
    WITH CHECK (township_allowed('handle_alerts', village_code, true));

DROP POLICY IF EXISTS township_see ON alert_events;
CREATE POLICY township_see ON alert_events FOR SELECT
    USING (EXISTS (SELECT 1 FROM alerts a WHERE a.id = alert_id));
DROP POLICY IF EXISTS township_write ON alert_events;
CREATE POLICY township_write ON alert_events FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM alerts a WHERE a.id = alert_id
                        AND (township_allowed('handle_alerts', a.village_code, true)
                             OR (kind = 'cap_issued' AND township_allowed('issue_alerts', a.village_code, true)))));

-- The board's steps, as datasources.store.alerts.TRANSITIONS -------------------------------------------------
CREATE OR REPLACE FUNCTION township_alert_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF township_is_owner() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IS DISTINCT FROM 'new' THEN
            RAISE EXCEPTION 'township: a new alert starts new' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status, NEW.status) NOT IN (
            ('new', 'acknowledged'), ('new', 'escalated'), ('new', 'closed'),
            ('acknowledged', 'escalated'), ('acknowledged', 'closed'),
            ('escalated', 'acknowledged'), ('escalated', 'closed')) THEN
        RAISE EXCEPTION 'township: an alert does not go from % to %', OLD.status, NEW.status
            USING ERRCODE = '42501';
    END IF;
    IF OLD.ended_at IS NOT NULL AND NEW.ended_at IS DISTINCT FROM OLD.ended_at THEN
        RAISE EXCEPTION 'township: an alert''s episode ended once' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS township_alert_guard ON alerts;
CREATE TRIGGER township_alert_guard BEFORE INSERT OR UPDATE ON alerts
    FOR EACH ROW EXECUTE FUNCTION township_alert_guard();
DROP TRIGGER IF EXISTS township_stamp ON alerts;
CREATE TRIGGER township_stamp BEFORE UPDATE ON alerts FOR EACH ROW EXECUTE FUNCTION township_stamp();
DROP TRIGGER IF EXISTS township_author ON alert_events;
CREATE TRIGGER township_author BEFORE INSERT ON alert_events
    FOR EACH ROW EXECUTE FUNCTION township_stamp_author();
DROP TRIGGER IF EXISTS township_audited ON alerts;
CREATE CONSTRAINT TRIGGER township_audited AFTER INSERT OR UPDATE OR DELETE ON alerts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION township_require_audit();
DROP TRIGGER IF EXISTS township_audited ON alert_events;
CREATE CONSTRAINT TRIGGER township_audited AFTER INSERT OR UPDATE OR DELETE ON alert_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION township_require_audit();
