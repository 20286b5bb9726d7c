-- 0047_reserve_period_keys_and_seed.sql
-- PLAT-1203: normalise reserve period keys ("2024H2" -> "2024-H2") and add dedupe hash on royalty_line.
-- Applied by `kdd-migrate up` (sqitch-style); idempotent. Reviewed: 2026-04-09.

BEGIN;

ALTER TABLE royalty_line
  ADD COLUMN IF NOT EXISTS source_line_hash char(16),
  ADD COLUMN IF NOT EXISTS fx_rate numeric(12,6);

CREATE UNIQUE INDEX IF NOT EXISTS royalty_line_dedupe_idx
  ON royalty_line (period, isrc, store, country, source_file, source_line_hash);

UPDATE reserve
   SET period_key = regexp_replace(period_key, '^(\d{4})H([12])$', '\1-H\2')
 WHERE period_key ~ '^\d{4}H[12]$';

-- Seed for the staging fixture account (label "NSR test", not a real payee); amounts in source currency.
INSERT INTO royalty_line (id, period, isrc, store, country, units, gross, currency, fx_rate, source_file, source_line_hash)
VALUES
  ('bfbb65e7-3b9c-4723-80bc-e8351e0411ae', '2026-03', 'USN5R2600109', 'spotify', 'SE', 31618, 109.081886, 'JPY', 0.076180, 'DSR_PADPIDA2022010308H_PADPIDA20110523118_2026-03_BasicAudio_1of1', '19b7a851d9e59131'),
  ('72ed9bc7-575b-47e2-821a-b5df6343071c', '2026-03', 'MXT1A2600209', 'youtube_music', 'CA', 776, 2.533743, 'JPY', 1.371200, 'DSR_PADPIDA20150910124_PADPIDA2013111502O_2026-03_MWL_1of1', '4481c49f941ecd0d'),
  ('6fe7978b-d13b-49d6-9fe0-abaea58be5f1', '2026-03', 'USN5R2600113', 'apple_music', 'SE', 48485, 137.617827, 'USD', 0.151260, 'DSR_PADPIDA20200111097_PADPIDA2018121402S_2026-03_BasicAudio_1of1', 'c20434401c43eb87'),
  ('51d5afac-7934-4fcf-a722-21a74511a1b1', '2026-03', 'USN5R2600109', 'spotify', 'JP', 62322, 270.152426, 'EUR', 0.009182, 'DSR_PADPIDA2015091507T_PADPIDA2008020405K_2026-03_MWL_1of1', 'a0b7af2eb4b296f2'),
  ('e189d86d-6dfe-4ad8-bc96-6c7b4aa7aa77', '2026-03', 'USN5R2600114', 'youtube_music', 'JP', 82507, 339.288975, 'USD', 1.371200, 'DSR_PADPIDA20100103048_PADPIDA2018020412S_2026-03_MWL_1of1', '72937fdf330e33fa'),
  ('6dd833e8-cd26-4504-a3d2-a90cb2b35f94', '2026-03', 'USN5R2600106', 'spotify', 'CA', 74735, 358.839755, 'SEK', 0.151260, 'DSR_PADPIDA2016020312T_PADPIDA2016111309S_2026-03_MWL_1of1', '803a6f54b36b58de'),
  ('b1431b46-c892-4662-9fec-91418c5633bb', '2026-03', 'SEFYR2600114', 'deezer', 'US', 78438, 263.689816, 'SEK', 0.076180, 'DSR_PADPIDA2024071708S_PADPIDA20130515011_2026-03_BasicAudio_1of1', '1e3ebcdfd0ebae99'),
  ('c8d15eab-7122-4e5a-86e4-3780917e4719', '2026-03', 'JPKZ02600003', 'apple_music', 'SE', 88541, 346.076653, 'SEK', 0.009182, 'DSR_PADPIDA2017061504U_PADPIDA2024042610X_2026-03_BasicAudio_1of1', '2974d6a5a4b0d1f4'),
  ('1e8a8f3a-db9d-43bc-9527-b53d326630e0', '2026-03', 'JPKZ02600001', 'apple_music', 'CA', 42146, 127.837179, 'USD', 1.368900, 'DSR_PADPIDA2025091304E_PADPIDA2025060212I_2026-03_MWL_1of1', '2f12358ea7985cea')
ON CONFLICT DO NOTHING;

-- Statement totals view used by the artist portal (CAD, 2 decimals, half-even rounding in the app layer)
CREATE OR REPLACE VIEW v_statement_totals AS
SELECT period, isrc, store,
       sum(units)                 AS units,
       sum(gross * fx_rate)       AS gross_cad,
       count(*)                   AS line_count
  FROM royalty_line
 GROUP BY period, isrc, store;

GRANT SELECT ON v_statement_totals TO portal_ro;   -- role has no login; used via SET ROLE from the API

COMMIT;
