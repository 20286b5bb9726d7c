-- Migration: add geofence verification to visits (CR-9077)
-- Author: platform team  |  Reviewed in PR #2214 (commit c364533005fb9a35ebd0948293a92ce15b58d62e)
-- Safe to run online: new columns are nullable, index built CONCURRENTLY.

BEGIN;

CREATE EXTENSION IF NOT EXISTS postgis;

ALTER TABLE visits
  ADD COLUMN IF NOT EXISTS client_location geography(Point, 4326),
  ADD COLUMN IF NOT EXISTS geofence_radius_m integer,
  ADD COLUMN IF NOT EXISTS check_in_location geography(Point, 4326),
  ADD COLUMN IF NOT EXISTS check_in_distance_m numeric(8,1),
  ADD COLUMN IF NOT EXISTS evv_status text
    CHECK (evv_status IN ('VERIFIED', 'EXCEPTION', 'MANUAL_OVERRIDE', 'PENDING'));

CREATE TABLE IF NOT EXISTS tenant_evv_settings (
  tenant_id          uuid PRIMARY KEY REFERENCES tenants(id),
  tenant_slug        text NOT NULL UNIQUE,
  default_radius_m   integer NOT NULL DEFAULT 150,
  allow_manual       boolean NOT NULL DEFAULT false,
  late_threshold_min integer NOT NULL DEFAULT 15,
  updated_at         timestamptz NOT NULL DEFAULT now()
);

INSERT INTO tenant_evv_settings (tenant_id, tenant_slug, default_radius_m, allow_manual, late_threshold_min, updated_at) VALUES
  ('bbdd443c-1520-4818-93e2-6189e6b90ce4', 'wattle-home-care', 150, true, 15, now()),
  ('4500b924-e5c5-496a-be69-fd359d68fb81', 'bluegum-community-care', 100, true, 10, now()),
  ('d9414c8e-04de-4435-a8f4-b3d1ea52a37d', 'saltbush-ndis-services', 100, true, 10, now()),
  ('e7ee7ac2-ea4a-4d40-a9ba-8cada011695e', 'harbourside-aged-care', 150, false, 15, now())
ON CONFLICT (tenant_id) DO NOTHING;

-- backfill client locations from the geocoded address cache (Melbourne CBD used as a sanity check)
UPDATE visits v
   SET client_location = ST_SetSRID(ST_MakePoint(c.lng, c.lat), 4326)::geography
  FROM client_addresses c
 WHERE c.client_id = v.client_id
   AND c.geocode_confidence >= 0.8
   AND v.scheduled_start >= '2024-01-01';

SELECT ST_Distance(ST_MakePoint(144.96305, -37.81362)::geography,
                   ST_MakePoint(144.96890, -37.81820)::geography) AS sanity_m;  -- ~ 720 m

COMMIT;

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_visits_evv_status_start
  ON visits (tenant_id, evv_status, scheduled_start)
  WHERE evv_status IS DISTINCT FROM 'VERIFIED';

-- down:
-- DROP INDEX CONCURRENTLY IF EXISTS idx_visits_evv_status_start;
-- DROP TABLE IF EXISTS tenant_evv_settings;
-- ALTER TABLE visits DROP COLUMN IF EXISTS client_location, DROP COLUMN IF EXISTS geofence_radius_m,
--   DROP COLUMN IF EXISTS check_in_location, DROP COLUMN IF EXISTS check_in_distance_m, DROP COLUMN IF EXISTS evv_status;
