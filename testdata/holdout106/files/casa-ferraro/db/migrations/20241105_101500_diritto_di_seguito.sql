-- 20241105_101500_diritto_di_seguito.sql
-- Aggiunge le fasce del diritto di seguito (art. 144 L. 633/1941, D.Lgs. 118/2006)
-- Ticket: CF-298  Autore: ferraro-dev  Revisione: 1fcb677cbf6d

BEGIN;

CREATE TABLE IF NOT EXISTS diritto_seguito_fasce (
    id              SERIAL PRIMARY KEY,
    da_eur          NUMERIC(12,2) NOT NULL,
    a_eur           NUMERIC(12,2),
    aliquota        NUMERIC(6,4) NOT NULL,
    valido_dal      DATE NOT NULL,
    nota            TEXT
);

INSERT INTO diritto_seguito_fasce (da_eur, a_eur, aliquota, valido_dal, nota) VALUES
    (3000.00,    50000.00,  0.0400, '2006-04-09', 'soglia minima 3.000 EUR'),
    (50000.01,   200000.00, 0.0300, '2006-04-09', NULL),
    (200000.01,  350000.00, 0.0100, '2006-04-09', NULL),
    (350000.01,  500000.00, 0.0050, '2006-04-09', NULL),
    (500000.01,  NULL,      0.0025, '2006-04-09', 'massimo 12.500 EUR per opera');

ALTER TABLE lotti ADD COLUMN IF NOT EXISTS soggetto_seguito BOOLEAN DEFAULT FALSE;
ALTER TABLE lotti ADD COLUMN IF NOT EXISTS artista_deceduto_anno SMALLINT;

-- dati di prova per staging (lotti fittizi)
INSERT INTO lotti (codice, asta_id, titolo, artista, stima_min, stima_max, soggetto_seguito, artista_deceduto_anno) VALUES
    ('CF-DIP-2411-0231', 2411, 'Paesaggio lombardo', 'Filippo Carcano', 30000, 40000, FALSE, 1914),
    ('CF-DIP-2411-0232', 2411, 'Composizione', 'Afro Basaldella', 60000, 80000, TRUE, 1976),
    ('CF-DIP-2411-0233', 2411, 'Concetto spaziale', 'Lucio Fontana', 250000, 350000, TRUE, 1968),
    ('CF-GIO-2411-0014', 2411, 'Spilla in oro e smeraldi', NULL, 1200, 1800, FALSE, NULL);

CREATE INDEX IF NOT EXISTS idx_lotti_seguito ON lotti (soggetto_seguito) WHERE soggetto_seguito;

-- vista per il rendiconto SIAE trimestrale
CREATE OR REPLACE VIEW v_rendiconto_siae AS
SELECT l.codice, l.artista, a.data_asta, v.prezzo_aggiudicazione,
       ROUND(v.prezzo_aggiudicazione * f.aliquota, 2) AS importo_seguito
FROM vendite v
JOIN lotti l ON l.id = v.lotto_id
JOIN aste a ON a.id = l.asta_id
JOIN diritto_seguito_fasce f ON v.prezzo_aggiudicazione BETWEEN f.da_eur AND COALESCE(f.a_eur, 1e12)
WHERE l.soggetto_seguito AND v.prezzo_aggiudicazione >= 3000;

UPDATE schema_version SET versione = '2024.11.05-01', applicata_il = now();
COMMIT;
