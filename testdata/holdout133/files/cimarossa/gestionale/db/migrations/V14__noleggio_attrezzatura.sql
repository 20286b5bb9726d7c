-- V14__noleggio_attrezzatura.sql  (Flyway)
-- Autore: team gestionale, 2024-10-02. Nessun dato personale in questa migrazione.

CREATE TABLE noleggio_articolo (
    id            BIGSERIAL PRIMARY KEY,
    codice        VARCHAR(16) NOT NULL,
    matricola     VARCHAR(24) NOT NULL UNIQUE,
    categoria     VARCHAR(12) NOT NULL CHECK (categoria IN ('SCI','SCA','CAS','SNB','CIASP','ARTVA')),
    taratura_din  NUMERIC(3,1),
    acquistato_il DATE,
    valore_eur    NUMERIC(8,2),
    ultima_revisione TIMESTAMPTZ
);

CREATE INDEX idx_noleggio_cat ON noleggio_articolo (categoria, codice);

INSERT INTO noleggio_articolo (codice, matricola, categoria, taratura_din, acquistato_il, valore_eur, ultima_revisione) VALUES
    ('ARTVA-139', '464025CB7751', 'ARTVA', NULL, '2024-06-11', 300.09, '2024-11-27 16:04:00+01'),
    ('SNB-176', '527B4EF7392C', 'SNB', NULL, '2024-10-23', 815.85, '2024-11-13 16:31:00+01'),
    ('SCA-104', '084FE7292ABA', 'SCA', NULL, '2024-06-13', 107.60, '2024-11-02 16:36:00+01'),
    ('CAS-159', '479F3AE6B390', 'CAS', NULL, '2024-06-20', 341.36, '2024-11-18 16:40:00+01'),
    ('SCI-114', '66CA7BA75007', 'SCI', 2.1, '2024-07-25', 447.91, '2024-11-03 16:53:00+01'),
    ('ARTVA-169', 'BBBE7398F939', 'ARTVA', NULL, '2024-08-07', 549.85, '2024-11-07 16:09:00+01'),
    ('ARTVA-145', '43A61740DE85', 'ARTVA', NULL, '2024-08-06', 869.67, '2024-11-11 16:29:00+01'),
    ('CIASP-171', 'F6A93F1A57B8', 'CIASP', NULL, '2024-06-27', 167.42, '2024-11-16 16:59:00+01'),
    ('CIASP-186', '83AA6C0D6BE0', 'CIASP', NULL, '2024-10-24', 406.29, '2024-11-28 16:11:00+01'),
    ('SCI-117', '155959CEEB2D', 'SCI', 6.7, '2024-07-28', 506.02, '2024-11-03 16:17:00+01'),
    ('CAS-186', '21118CED07C5', 'CAS', NULL, '2024-07-20', 622.10, '2024-11-04 16:48:00+01'),
    ('CAS-146', 'F7F759E45741', 'CAS', NULL, '2024-06-03', 45.06, '2024-11-13 16:12:00+01'),
    ('SCI-107', 'FB031F789771', 'SCI', 4.2, '2024-09-12', 350.45, '2024-11-24 16:19:00+01'),
    ('SNB-167', '13570F1B0E01', 'SNB', NULL, '2024-08-04', 475.14, '2024-11-09 16:10:00+01'),
    ('SCA-148', '68B4291B7917', 'SCA', NULL, '2024-10-24', 747.46, '2024-11-09 16:29:00+01'),
    ('ARTVA-116', '61D42E036755', 'ARTVA', NULL, '2024-08-08', 515.86, '2024-11-15 16:08:00+01');

COMMENT ON COLUMN noleggio_articolo.matricola IS 'Numero di serie del produttore (es. 7F3A19C02B44)';
-- rollback: DROP TABLE noleggio_articolo;
