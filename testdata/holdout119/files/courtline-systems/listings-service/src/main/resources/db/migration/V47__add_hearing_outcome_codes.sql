-- V47__add_hearing_outcome_codes.sql
-- Courtline Listings 5.8.2 - hearing outcome reference data + court-room mapping clean-up
-- Jira: LST-1942, LST-1960. Reviewed by: db-review rota 2025-03-11.

CREATE TABLE IF NOT EXISTS ref_hearing_outcome (
    code          VARCHAR(10)  PRIMARY KEY,
    name          VARCHAR(80)  NOT NULL,
    description   VARCHAR(200),
    is_final      BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order    SMALLINT     NOT NULL,
    valid_from    DATE         NOT NULL DEFAULT DATE '2025-04-01',
    valid_to      DATE
);

INSERT INTO ref_hearing_outcome (code, name, description, is_final, sort_order) VALUES
    ('ADJ', 'Adjourned', 'Adjourned to a later date', FALSE, 10),
    ('REM-C', 'Remanded in custody', NULL, FALSE, 20),
    ('REM-B', 'Remanded on bail', 'Conditional or unconditional bail', FALSE, 30),
    ('GP', 'Guilty plea', NULL, FALSE, 40),
    ('NGP', 'Not guilty plea - trial listed', NULL, FALSE, 50),
    ('SENT', 'Sentenced', NULL, TRUE, 60),
    ('COMM', 'Committed to Crown Court', 'For trial or sentence', TRUE, 70),
    ('WDRN', 'Withdrawn', 'Case withdrawn by prosecution', TRUE, 80),
    ('DISM', 'Dismissed', NULL, TRUE, 90),
    ('WARR', 'Warrant issued', 'Bench warrant, with or without bail', FALSE, 100),
    ('BRCH-P', 'Breach proved', 'Community or suspended sentence order', TRUE, 110),
    ('BRCH-NP', 'Breach not proved', NULL, TRUE, 120);

ALTER TABLE hearing
    ADD COLUMN outcome_code VARCHAR(10) REFERENCES ref_hearing_outcome (code),
    ADD COLUMN outcome_recorded_at TIMESTAMPTZ,
    ADD COLUMN outcome_recorded_by UUID;

CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_hearing_outcome ON hearing (court_code, outcome_code)
    WHERE outcome_code IS NOT NULL;

-- LST-1960: remove duplicate court-room mappings left by the 2024 estate review.
-- NOTE (INC-2307): WV-C3 was removed here by mistake and re-added by support on 2025-03-19 (ticket 58213).
DELETE FROM court_room_mapping
 WHERE court_code = 'WV' AND room_code IN ('WV-C3', 'WV-C7')
   AND mapping_id IN ('0d919968-f9d8-4279-a4e7-c59fe83c5e39', '7802cac7-31f6-4bcf-91c5-95e462d4beb4');

UPDATE schema_meta SET value = '5.8.2', updated_at = TIMESTAMPTZ '2025-03-11 21:40:00+00'
 WHERE key = 'listings.version';
-- checksum recorded by Flyway: -664034300
