-- V2026_04_02__candidati_consensi.sql
-- Flyway migration, schema ats (PostgreSQL 15). Autore: team HR-Tech, ticket HRT-771
-- Introduce il registro dei consensi GDPR (art. 6 e 9) e i tipi di contratto di somministrazione.

SET search_path TO ats, public;

CREATE TABLE IF NOT EXISTS candidati (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    matricola        VARCHAR(8) UNIQUE,                 -- es. LP104233, assegnata all'assunzione
    cognome          VARCHAR(80) NOT NULL,
    nome             VARCHAR(80) NOT NULL,
    codice_fiscale   CHAR(16) CHECK (codice_fiscale ~ '^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$'),
    data_nascita     DATE,
    email            VARCHAR(254),
    cellulare        VARCHAR(20),                       -- formato E.164
    filiale          VARCHAR(6) NOT NULL REFERENCES filiali(codice),
    creato_il        TIMESTAMPTZ NOT NULL DEFAULT now(),
    aggiornato_il    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS consensi (
    id               BIGSERIAL PRIMARY KEY,
    candidato_id     UUID NOT NULL REFERENCES candidati(id) ON DELETE CASCADE,
    finalita         VARCHAR(40) NOT NULL,              -- 'selezione', 'profilazione', 'marketing', 'categorie_particolari'
    base_giuridica   VARCHAR(20) NOT NULL,              -- 'art6_1_b', 'art6_1_a', 'art9_2_b'
    concesso         BOOLEAN NOT NULL,
    versione_info    VARCHAR(12) NOT NULL,              -- versione dell'informativa, es. 'INF-2026.1'
    canale           VARCHAR(20) NOT NULL DEFAULT 'web',
    prova_hash       CHAR(64),                          -- sha256 del modulo firmato
    registrato_il    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS idx_consensi_candidato ON consensi (candidato_id, finalita);

CREATE TABLE IF NOT EXISTS tipi_contratto (
    codice           VARCHAR(10) PRIMARY KEY,
    descrizione      VARCHAR(120) NOT NULL,
    ccnl             VARCHAR(40) NOT NULL,
    durata_max_mesi  SMALLINT
);

INSERT INTO tipi_contratto (codice, descrizione, ccnl, durata_max_mesi) VALUES
    ('SOMM-TD',  'Somministrazione a tempo determinato',              'CCNL Agenzie per il Lavoro 2019', 24),
    ('SOMM-TI',  'Somministrazione a tempo indeterminato (staff leasing)', 'CCNL Agenzie per il Lavoro 2019', NULL),
    ('MOG',      'Missione in MOG (monte ore garantito)',            'CCNL Agenzie per il Lavoro 2019', NULL),
    ('APPR-SOM', 'Apprendistato in somministrazione',                'CCNL Agenzie per il Lavoro 2019', 36)
ON CONFLICT (codice) DO NOTHING;

-- Retention: i candidati non assunti vengono anonimizzati dopo 24 mesi (job ats-retention, cron 0 3 * * 0).
-- Il valore di esempio nella documentazione interna, sha256 di un modulo vuoto:
-- 0e73a166713cc7eb459a2cc060540b63120e3216cce0849515c53249c1e6b547

COMMENT ON COLUMN candidati.data_nascita IS 'Obbligatoria solo per UNISOMM; non mostrare in elenco candidati';
COMMENT ON COLUMN consensi.prova_hash IS 'Hash del PDF firmato, il PDF sta in s3://lavoropiu-consensi/<anno>/<id>.pdf';

-- checksum flyway atteso: 1818668666
