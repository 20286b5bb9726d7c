-- V27__esas_r_scores.sql
-- FundyCare visit-note store: normalise ESAS-r scores out of visit_note.payload (jsonb).
-- Ticket: FC-1184   Author: dba-team   Reviewed: 2025-02-18
-- Flyway checksum of V26: -923566857

BEGIN;

CREATE TABLE IF NOT EXISTS ref.esas_symptom (
    symptom_id    smallint PRIMARY KEY,
    code          varchar(16) NOT NULL UNIQUE,
    label_fr      text NOT NULL,
    label_en      text NOT NULL,
    min_score     smallint NOT NULL DEFAULT 0,
    max_score     smallint NOT NULL DEFAULT 10
);

INSERT INTO ref.esas_symptom (symptom_id, code, label_fr, label_en, min_score, max_score) VALUES
  (1, 'PAIN', 'Douleur', 'Pain', 0, 10),
  (2, 'TIRED', 'Fatigue', 'Tiredness', 0, 10),
  (3, 'DROWSY', 'Somnolence', 'Drowsiness', 0, 10),
  (4, 'NAUSEA', 'Nausée', 'Nausea', 0, 10),
  (5, 'APPETITE', 'Manque d''appétit', 'Lack of appetite', 0, 10),
  (6, 'SOB', 'Essoufflement', 'Shortness of breath', 0, 10),
  (7, 'DEPRESS', 'Dépression', 'Depression', 0, 10),
  (8, 'ANXIETY', 'Anxiété', 'Anxiety', 0, 10),
  (9, 'WELLBEING', 'Bien-être', 'Wellbeing', 0, 10)
ON CONFLICT (symptom_id) DO NOTHING;

CREATE TABLE IF NOT EXISTS clinical.esas_score (
    visit_note_id  uuid        NOT NULL REFERENCES clinical.visit_note (id) ON DELETE CASCADE,
    symptom_id     smallint    NOT NULL REFERENCES ref.esas_symptom (symptom_id),
    score          smallint    NOT NULL CHECK (score BETWEEN 0 AND 10),
    recorded_at    timestamptz NOT NULL,
    recorded_by    varchar(12) NOT NULL,            -- staff number, e.g. RN-0427
    PRIMARY KEY (visit_note_id, symptom_id)
);

CREATE INDEX IF NOT EXISTS esas_score_recorded_at_idx ON clinical.esas_score (recorded_at);

-- Backfill from payload->'assessment'->'esasR' (keys are French, lowercase, no accents)
INSERT INTO clinical.esas_score (visit_note_id, symptom_id, score, recorded_at, recorded_by)
SELECT vn.id, s.symptom_id, (kv.value)::smallint, vn.visit_start, vn.author_staff_no
FROM clinical.visit_note vn
CROSS JOIN LATERAL jsonb_each_text(vn.payload -> 'assessment' -> 'esasR') AS kv(key, value)
JOIN ref.esas_symptom s ON s.code = CASE kv.key
    WHEN 'douleur' THEN 'PAIN' WHEN 'fatigue' THEN 'TIRED' WHEN 'somnolence' THEN 'DROWSY'
    WHEN 'nausee' THEN 'NAUSEA' WHEN 'appetit' THEN 'APPETITE' WHEN 'essoufflement' THEN 'SOB'
    WHEN 'depression' THEN 'DEPRESS' WHEN 'anxiete' THEN 'ANXIETY' WHEN 'bienEtre' THEN 'WELLBEING' END
WHERE vn.visit_start >= TIMESTAMPTZ '2023-04-01 00:00:00-03'
  AND kv.value ~ '^[0-9]{1,2}$'
ON CONFLICT DO NOTHING;

-- sanity: expect ~9 rows per note since schema 3.0 (2023-04-01)
DO $$
DECLARE n bigint;
BEGIN
    SELECT count(*) INTO n FROM clinical.esas_score;
    RAISE NOTICE 'esas_score rows after backfill: %', n;
END $$;

GRANT SELECT ON clinical.esas_score TO rpt_reader;
GRANT SELECT ON ref.esas_symptom TO rpt_reader, fundycare_app;

COMMIT;
