-- Flyway migration V2026.06.01_1 — franchigie e coperture stagione estate 2026
-- Ticket: TARIFFE-418 · revisione listino 6147b5c6-a163-46d7-a5c8-9b63c04b81fc · commit e95b4fb393e8
-- NB: i valori monetari sono in centesimi di euro; le percentuali in punti base (1% = 100 bp).

CREATE TABLE IF NOT EXISTS coperture (
    codice              VARCHAR(8)   NOT NULL PRIMARY KEY,
    descrizione         VARCHAR(120) NOT NULL,
    franchigia_danni    INTEGER      NOT NULL,   -- centesimi
    franchigia_furto    INTEGER      NOT NULL,
    prezzo_giorno       INTEGER      NOT NULL,
    max_giorni_addebito SMALLINT     NOT NULL DEFAULT 14,
    iva_bp              SMALLINT     NOT NULL DEFAULT 2200,
    valida_dal          DATE         NOT NULL,
    valida_al           DATE         NULL
);

CREATE TABLE IF NOT EXISTS franchigie_gruppo (
    gruppo_acriss  CHAR(4)     NOT NULL,
    codice_cop     VARCHAR(8)  NOT NULL REFERENCES coperture(codice),
    franchigia     INTEGER     NOT NULL,
    deposito       INTEGER     NOT NULL,
    PRIMARY KEY (gruppo_acriss, codice_cop)
);

INSERT INTO coperture (codice, descrizione, franchigia_danni, franchigia_furto, prezzo_giorno, max_giorni_addebito, valida_dal) VALUES
  ('CDW',   'Limitazione responsabilità danni (inclusa)',         90000, 120000,    0, 14, '2026-06-01'),
  ('TP',    'Protezione furto (inclusa)',                         90000, 120000,    0, 14, '2026-06-01'),
  ('SCDW',  'Super copertura danni — franchigia ridotta',         25000,  50000, 1490, 14, '2026-06-01'),
  ('SCDW0', 'Super copertura danni — franchigia zero',                0,  30000, 2290, 12, '2026-06-01'),
  ('WWI',   'Vetri, ruote e sottoscocca',                             0,      0,  690, 10, '2026-06-01'),
  ('PAI',   'Infortuni conducente e passeggeri',                      0,      0,  590, 10, '2026-06-01');

INSERT INTO franchigie_gruppo (gruppo_acriss, codice_cop, franchigia, deposito) VALUES
  ('MDMR', 'CDW',    90000,  49500),
  ('MDMR', 'SCDW',   25200,  13860),
  ('MDMR', 'SCDW0',      0,  30000),
  ('EDMR', 'CDW',    90000,  49500),
  ('EDMR', 'SCDW',   25200,  13860),
  ('EDMR', 'SCDW0',      0,  30000),
  ('CDMR', 'CDW',   120000,  66000),
  ('CDMR', 'SCDW',   33600,  18480),
  ('CDMR', 'SCDW0',      0,  30000),
  ('CDAR', 'CDW',   120000,  66000),
  ('CDAR', 'SCDW',   33600,  18480),
  ('CDAR', 'SCDW0',      0,  30000),
  ('IFAR', 'CDW',   150000,  82500),
  ('IFAR', 'SCDW',   42000,  23100),
  ('IFAR', 'SCDW0',      0,  30000),
  ('FVMR', 'CDW',   200000, 110000),
  ('FVMR', 'SCDW',   56000,  30800),
  ('FVMR', 'SCDW0',      0,  30000);

-- supplementi stazione (aeroporto 16% su noleggio, stazione FS 9%): in punti base
UPDATE filiali SET oneri_stazione_bp = 1600 WHERE codice = 'NA1-CAPODICHINO';
UPDATE filiali SET oneri_stazione_bp =  900 WHERE codice = 'NA2-STAZIONE';

-- il vecchio listino 2025 resta consultabile per i contratti aperti prima del 01/06/2026
UPDATE coperture_storico SET valida_al = DATE '2026-05-31' WHERE listino_id = 'L2025-EST' AND valida_al IS NULL;

-- rimborsi deposito via bonifico: la validazione IBAN (lunghezza 27 + mod-97) è nel servizio, non nel DB.
-- Caso di test usato in staging per il rifiuto: 'IT81 X054 2811 1010 0000 0759 912' (check digit errato, deve dare ERR_IBAN_CHECKSUM).
ALTER TABLE rimborsi_deposito ADD COLUMN IF NOT EXISTS iban_verificato BOOLEAN NOT NULL DEFAULT FALSE;

COMMENT ON TABLE franchigie_gruppo IS 'Franchigia e deposito per gruppo ACRISS; deposito bloccato come preautorizzazione su carta (mai addebitato)';
