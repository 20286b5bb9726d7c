-- stegasi: αρχικό σχήμα βάσης (PostgreSQL 16)
-- migration 001, δημιουργήθηκε 2025-11-03, αναθ. 36e350766587

BEGIN;

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE katigoria_domis (
    kodikos      varchar(8) PRIMARY KEY,
    perigrafi    text NOT NULL
);

INSERT INTO katigoria_domis (kodikos, perigrafi) VALUES
    ('ΥΠΝ',  'Υπνωτήριο / έκτακτη διαμονή'),
    ('ΞΕΝ',  'Ξενώνας προσωρινής φιλοξενίας'),
    ('ΗΜΙ',  'Ημιαυτόνομη διαβίωση'),
    ('ΚΗ',   'Κέντρο Ημέρας Αστέγων');

CREATE TABLE wfeloumenos (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kodikos_kartas  varchar(8) UNIQUE,                    -- ΚΠ-0042
    eponymo         text NOT NULL,
    onoma           text NOT NULL,
    etos_gennisis   smallint CHECK (etos_gennisis BETWEEN 1920 AND 2026),
    amka            char(11) CHECK (amka ~ '^[0-9]{11}$'),
    afm             char(9)  CHECK (afm ~ '^[0-9]{9}$'),
    kinito          varchar(16) CHECK (kinito ~ '^(\+30)?69[0-9]{8}$'),
    iban            varchar(34) CHECK (iban ~ '^GR[0-9]{25}$'),
    dimiourgithike  timestamptz NOT NULL DEFAULT now(),
    anonymopoiithike timestamptz
);

COMMENT ON COLUMN wfeloumenos.amka IS 'Προαιρετικό· ποτέ σε αναφορές ή εξαγωγές';
COMMENT ON COLUMN wfeloumenos.iban IS 'Μόνο για επιστροφές εγγύησης ενοικίου';

CREATE TABLE aitisi_kp (
    id              bigserial PRIMARY KEY,
    arithmos        varchar(16) UNIQUE NOT NULL,          -- ΚΠ-2026-00318
    protokollo      varchar(16),                           -- Φ.2026/1187
    wfeloumenos_id  uuid REFERENCES wfeloumenos(id),
    katastasi       varchar(16) NOT NULL DEFAULT 'νέα',
    moria           smallint,
    ypovlithike     timestamptz NOT NULL
);

CREATE TABLE orio_eee (
    ischys_apo      date PRIMARY KEY,
    vasiko_examinou numeric(10,2) NOT NULL,
    syntelestis_enilika  numeric(4,2) NOT NULL,
    syntelestis_anilikou numeric(4,2) NOT NULL,
    orio_akinitis   numeric(12,2) NOT NULL
);

INSERT INTO orio_eee VALUES
    ('2023-01-01', 1200.00, 0.50, 0.25, 120000.00),
    ('2026-01-01', 1200.00, 0.50, 0.25, 120000.00);

CREATE TABLE promitheftis (
    afm         char(9) PRIMARY KEY,
    eponymia    text NOT NULL,
    kad         varchar(12)                               -- π.χ. 46.39.10.00
);

INSERT INTO promitheftis VALUES
    ('604619827', 'ΑΛΕΥΡΟΜΥΛΟΙ ΑΤΤΙΚΗΣ Α.Ε.', '46.38.10.00'),
    ('445720073', 'ΓΑΛΑΚΤΟΚΟΜΙΚΑ ΠΙΕΡΙΑΣ Ι.Κ.Ε.', '46.33.10.00'),
    ('321166951', 'ΚΟΙΝ.Σ.ΕΠ. ΑΛΛΗΛΕΓΓΥΑ ΚΟΥΖΙΝΑ', '56.29.20.00');

CREATE INDEX aitisi_kp_katastasi_idx ON aitisi_kp (katastasi, ypovlithike DESC);

COMMIT;
