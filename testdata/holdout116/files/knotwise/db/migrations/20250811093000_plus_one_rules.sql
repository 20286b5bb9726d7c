-- 20250811093000_plus_one_rules.sql
-- SEAT/RSVP: per-party plus-one rules (named vs. unnamed guest), meal option categories,
-- and a deadline per event instead of per site. Reviewed in PR #4098 (migrations are forward-only).

BEGIN;

CREATE TYPE plus_one_mode AS ENUM ('none', 'unnamed', 'named', 'named_required');

CREATE TABLE plus_one_rules (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    site_id         uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    party_id        uuid REFERENCES parties(id) ON DELETE CASCADE,
    mode            plus_one_mode NOT NULL DEFAULT 'none',
    max_extra       smallint NOT NULL DEFAULT 1 CHECK (max_extra BETWEEN 0 AND 4),
    requires_meal   boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, party_id)
);

CREATE INDEX plus_one_rules_site_idx ON plus_one_rules (site_id);

ALTER TABLE guests
    ADD COLUMN is_plus_one      boolean NOT NULL DEFAULT false,
    ADD COLUMN plus_one_of      uuid REFERENCES guests(id) ON DELETE SET NULL,
    -- contact columns stay encrypted at the application layer (envelope key per tenant);
    -- only *_last4 / *_masked helpers are readable by analytics roles
    ADD COLUMN phone_last4      char(4),
    ADD COLUMN email_masked     text;

ALTER TABLE meal_options
    ADD COLUMN category text NOT NULL DEFAULT 'other'
        CHECK (category IN ('beef', 'chicken', 'fish', 'vegetarian', 'vegan', 'kids', 'other'));

ALTER TABLE events
    ADD COLUMN rsvp_deadline date,
    ADD COLUMN rsvp_deadline_tz text NOT NULL DEFAULT 'America/Chicago';

-- backfill: site-level deadline becomes the deadline of every event on the site
UPDATE events e
   SET rsvp_deadline = s.rsvp_deadline
  FROM sites s
 WHERE e.site_id = s.id
   AND s.rsvp_deadline IS NOT NULL;

-- demo site used by sales (demo.knotwise.app); fixed ids so screenshots stay stable
INSERT INTO meal_options (id, site_id, name, category, sort_order) VALUES
  ('9af30224-cbf2-48cc-be1a-f27dfb4197af', '3d06c86c-f3d5-4b64-ac3e-6e6b8ea1e9df', 'Herb-roasted chicken', 'chicken', 1),
  ('e1826d22-706e-4bfe-80b3-3777607b10f2', '3d06c86c-f3d5-4b64-ac3e-6e6b8ea1e9df', 'Braised short rib', 'beef', 2),
  ('28151e8f-a9e2-40b5-8b9b-5d07608da868', '3d06c86c-f3d5-4b64-ac3e-6e6b8ea1e9df', 'Wild mushroom risotto', 'vegetarian', 3),
  ('383eb46e-7401-4b6f-94af-a6da15b5ef74', '3d06c86c-f3d5-4b64-ac3e-6e6b8ea1e9df', 'Seared salmon', 'fish', 4),
  ('6a7285f6-b97d-4e66-a34b-0bc6c3cae5b1', '3d06c86c-f3d5-4b64-ac3e-6e6b8ea1e9df', 'Kids' mac & cheese', 'kids', 5)
ON CONFLICT (id) DO NOTHING;

INSERT INTO plus_one_rules (site_id, party_id, mode, max_extra) VALUES
  ('3d06c86c-f3d5-4b64-ac3e-6e6b8ea1e9df', NULL, 'named', 1);

-- analytics view: counts only, no guest-level data
CREATE OR REPLACE VIEW analytics.rsvp_plus_one_daily AS
SELECT site_id,
       date_trunc('day', g.updated_at) AS day,
       count(*) FILTER (WHERE g.is_plus_one)                    AS plus_ones,
       count(*) FILTER (WHERE g.is_plus_one AND g.attending)    AS plus_ones_attending
  FROM guests g
 GROUP BY 1, 2;

GRANT SELECT ON analytics.rsvp_plus_one_daily TO analytics_ro;

COMMIT;

-- down (manual, see runbook RB-DB-12): DROP VIEW analytics.rsvp_plus_one_daily; DROP TABLE plus_one_rules; ...
-- checksum (atlas): h1:rVRkCAuH/uH/nOUgZ57ct/k3Z2qq7Gc+m53bEtgy++U=
