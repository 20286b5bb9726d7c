-- Flyway migrering: anløpsplan sommer 2025, MS Varangerlys (VL) nordgående
-- Fil: V2025_06_12__anlopsplan_sommer.sql   Forfatter: passasjer-team   Sak: PAX-2217
-- Tidspunkter i lokal tid (Europe/Oslo). Kapasitet per anløp brukes av billettsystemet for
-- strekningspassasjerer; cruisegjester telles separat (se view v_pax_per_anlop).

CREATE TABLE IF NOT EXISTS anlopsplan (
    reise_id          varchar(16)  NOT NULL,
    sekvens           smallint     NOT NULL,
    locode            char(5)      NOT NULL,
    havn              varchar(40)  NOT NULL,
    kai               varchar(40),
    ankomst           timestamptz,
    avgang            timestamptz,
    kapasitet_paa     integer      NOT NULL DEFAULT 0,
    kapasitet_av      integer      NOT NULL DEFAULT 0,
    utflukt_anlop     boolean      NOT NULL DEFAULT false,
    opprettet         timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (reise_id, sekvens)
);

INSERT INTO anlopsplan (reise_id, sekvens, locode, havn, kai, ankomst, avgang, kapasitet_paa, kapasitet_av, utflukt_anlop) VALUES
  ('VL-2025-0617N', 1, 'NOBGO', 'Bergen', 'Festningskaien', NULL, '2025-06-17 20:30:00+02', 146, 123, false),
  ('VL-2025-0617N', 2, 'NOAES', 'Ålesund', 'Skansekaia', '2025-06-18 08:45:00+02', '2025-06-18 12:00:00+02', 98, 82, false),
  ('VL-2025-0617N', 3, 'NOTRD', 'Trondheim', 'Brattøra', '2025-06-19 06:30:00+02', '2025-06-19 12:00:00+02', 243, 136, false),
  ('VL-2025-0617N', 4, 'NOBOO', 'Bodø', 'Hurtigrutekaia', '2025-06-20 12:30:00+02', '2025-06-20 15:00:00+02', 207, 79, true),
  ('VL-2025-0617N', 5, 'NOSVJ', 'Svolvær', 'Hurtigrutekaia', '2025-06-20 19:00:00+02', '2025-06-20 21:00:00+02', 82, 378, false),
  ('VL-2025-0617N', 6, 'NOTOS', 'Tromsø', 'Prostneset', '2025-06-21 14:15:00+02', '2025-06-21 18:30:00+02', 319, 308, false),
  ('VL-2025-0617N', 7, 'NOHVG', 'Honningsvåg', 'Kai 3 Storbukta', '2025-06-22 11:45:00+02', '2025-06-22 15:15:00+02', 130, 326, true),
  ('VL-2025-0617N', 8, 'NOKKN', 'Kirkenes', 'Hurtigrutekaia', '2025-06-23 09:00:00+02', NULL, 102, 225, false);

CREATE TABLE IF NOT EXISTS pax_telling (
    reise_id    varchar(16) NOT NULL,
    locode      char(5)     NOT NULL,
    kategori    varchar(12) NOT NULL CHECK (kategori IN ('CRUISE', 'STREKNING', 'BIL', 'MANNSKAP')),
    paa         integer     NOT NULL,
    av          integer     NOT NULL,
    billett_serie varchar(20),
    PRIMARY KEY (reise_id, locode, kategori)
);

INSERT INTO pax_telling VALUES
  ('VL-2025-0617N', 'NOBGO', 'CRUISE',    372, 0,   NULL),
  ('VL-2025-0617N', 'NOBGO', 'STREKNING', 62,  0,   'NK25-6247831'),
  ('VL-2025-0617N', 'NOAES', 'STREKNING', 16,  23,  'NK25-1299165'),
  ('VL-2025-0617N', 'NOTRD', 'STREKNING', 36,  42,  'NK25-7098376'),
  ('VL-2025-0617N', 'NOBOO', 'BIL',       2,   2,   NULL),
  ('VL-2025-0617N', 'NOTOS', 'STREKNING', 68, 69, 'NK25-9783723'),
  ('VL-2025-0617N', 'NOHVG', 'MANNSKAP',  4,   4,   NULL);

CREATE OR REPLACE VIEW v_pax_per_anlop AS
SELECT a.reise_id, a.sekvens, a.locode, a.havn,
       COALESCE(SUM(p.paa) FILTER (WHERE p.kategori <> 'MANNSKAP'), 0) AS pax_paa,
       COALESCE(SUM(p.av)  FILTER (WHERE p.kategori <> 'MANNSKAP'), 0) AS pax_av,
       ROUND(100.0 * COALESCE(SUM(p.paa), 0) / NULLIF(a.kapasitet_paa, 0), 1) AS belegg_pct
FROM anlopsplan a
LEFT JOIN pax_telling p ON p.reise_id = a.reise_id AND p.locode = a.locode
GROUP BY a.reise_id, a.sekvens, a.locode, a.havn, a.kapasitet_paa;

COMMENT ON TABLE anlopsplan IS 'Anløpsplan per reise; kilde: Operasjonssenteret (versjon 4, ab25ba5)';
-- checksum (flyway): -1501855950
