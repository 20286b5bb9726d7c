-- V42__bokning_avbokning.sql
-- Avbokningsregler och återbetalningar (Flyway). Författare: team-bokning, 2024-05-28
BEGIN;

CREATE TYPE avbokning_orsak AS ENUM ('agare', 'passare', 'sjukdom', 'vader', 'support');

ALTER TABLE bokning
    ADD COLUMN avbokad_at      timestamptz,
    ADD COLUMN avbokad_av      uuid REFERENCES konto(id),
    ADD COLUMN avbokning_orsak avbokning_orsak,
    ADD COLUMN avgift_ore      integer NOT NULL DEFAULT 0 CHECK (avgift_ore >= 0);

CREATE TABLE aterbetalning (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bokning_id      uuid NOT NULL REFERENCES bokning(id),
    belopp_ore      integer NOT NULL,
    stripe_refund   text UNIQUE,              -- re_...
    status          text NOT NULL DEFAULT 'vantar',
    skapad_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX aterbetalning_bokning_idx ON aterbetalning (bokning_id);

-- Regler: fri avbokning >= 24 h, därefter 50 %, vid utebliven passare 100 % återbetalning + 100 kr kupong
INSERT INTO avbokningsregel (id, timmar_fore, avgift_procent, giltig_fran) VALUES
    ('c87c6f68-8220-4160-9c2b-a39956455af7', 24, 0, '2024-07-01'),
    ('a6d43f61-1505-480b-ab4e-140440ab3969', 12, 50, '2024-07-01'),
    ('76dce99f-c9b4-47ac-a95d-3771a49abab2', 2, 75, '2024-07-01'),
    ('085adbca-461a-4fc5-a914-452fb5d386c1', 0, 100, '2024-07-01');

-- Testdata-korrigering (ärende INC-19877): dubbel återbetalning
UPDATE aterbetalning SET status = 'annullerad'
 WHERE id IN ('7d1e4c36-a20b-466a-b7af-cfbc8f1a8d68', 'aa636dd5-511a-47eb-97bd-ed4435c0f73d', 'c3bdcd3e-bb37-46e2-96db-85d711127122');

COMMENT ON COLUMN bokning.avgift_ore IS 'Avbokningsavgift i öre inkl. moms 25 %';
COMMIT;
