#include "store/CertificateTotalsSchema.h"

namespace certdesk::CertificateTotalsSchema {

QList<const char*> postgres()
{
    return {
        // No certificate written while the totals are taken and the triggers created (an older desktop
        // still working on the database waits for the commit).
        "LOCK TABLE certificates IN SHARE MODE",
        "CREATE TABLE certificate_status_totals (id BIGSERIAL PRIMARY KEY, status TEXT NOT NULL,"
        " n BIGINT NOT NULL)",
        "INSERT INTO certificate_status_totals (status, n) SELECT status, COUNT(*) FROM certificates"
        " GROUP BY status",
        R"sql(CREATE FUNCTION certdesk_certificate_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
    last_id bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.certificate_status_totals (status, n) VALUES (NEW.status, 1) RETURNING id INTO last_id;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO public.certificate_status_totals (status, n) VALUES (OLD.status, -1) RETURNING id INTO last_id;
    ELSIF OLD.status IS DISTINCT FROM NEW.status THEN
        INSERT INTO public.certificate_status_totals (status, n) VALUES (OLD.status, -1);
        INSERT INTO public.certificate_status_totals (status, n) VALUES (NEW.status, 1) RETURNING id INTO last_id;
    ELSE
        RETURN NULL;
    END IF;
    -- Fold what this transaction sees into one row per status; rows of transactions still open are not
    -- visible here and stay, so no change is lost or counted twice. (A status change appends two rows:
    -- the multiple of 256 may be the first.)
    IF last_id % 256 IN (0, 1) AND pg_try_advisory_xact_lock(727275) THEN
        WITH folded AS (DELETE FROM public.certificate_status_totals WHERE id <= last_id RETURNING status, n)
        INSERT INTO public.certificate_status_totals (status, n)
            SELECT status, SUM(n) FROM folded GROUP BY status HAVING SUM(n) <> 0;
    END IF;
    RETURN NULL;
END $$)sql",
        "REVOKE ALL ON FUNCTION certdesk_certificate_totals() FROM PUBLIC",
        "CREATE TRIGGER certificates_totals AFTER INSERT OR DELETE OR UPDATE OF status ON certificates"
        " FOR EACH ROW EXECUTE FUNCTION certdesk_certificate_totals()",
        "REVOKE ALL ON certificate_status_totals FROM PUBLIC",
        "GRANT SELECT ON certificate_status_totals TO certdesk_admin, certdesk_helpdesk, certdesk_auditor",
    };
}

QList<const char*> sqlite()
{
    return {
        "CREATE TABLE certificate_status_totals (id INTEGER PRIMARY KEY AUTOINCREMENT, status TEXT NOT NULL,"
        " n BIGINT NOT NULL)",
        "INSERT INTO certificate_status_totals (status, n) SELECT status, COUNT(*) FROM certificates"
        " GROUP BY status",
        "CREATE TRIGGER certificates_totals_insert AFTER INSERT ON certificates BEGIN"
        " INSERT INTO certificate_status_totals (status, n) VALUES (new.status, 1); END",
        "CREATE TRIGGER certificates_totals_delete AFTER DELETE ON certificates BEGIN"
        " INSERT INTO certificate_status_totals (status, n) VALUES (old.status, -1); END",
        "CREATE TRIGGER certificates_totals_update AFTER UPDATE OF status ON certificates"
        " WHEN old.status IS NOT new.status BEGIN"
        " INSERT INTO certificate_status_totals (status, n) VALUES (old.status, -1);"
        " INSERT INTO certificate_status_totals (status, n) VALUES (new.status, 1); END",
        // SQLite writes one transaction at a time; the folded rows get ids above new.id (AUTOINCREMENT).
        "CREATE TRIGGER certificate_status_totals_fold AFTER INSERT ON certificate_status_totals"
        " WHEN new.id % 256 = 0 BEGIN"
        " INSERT INTO certificate_status_totals (status, n) SELECT status, SUM(n) FROM"
        " certificate_status_totals WHERE id <= new.id GROUP BY status HAVING SUM(n) <> 0;"
        " DELETE FROM certificate_status_totals WHERE id <= new.id; END",
    };
}

} // namespace certdesk::CertificateTotalsSchema
