-- GestClub 3.9 · migración 2025_03_01_120000_socios_y_retiradas.sql
-- PostgreSQL 16. Aplicar con: psql "$GESTCLUB_DATABASE_URL" -f 2025_03_01_120000_socios_y_retiradas.sql
-- No incluye datos personales reales: los INSERT de abajo son de la base de pruebas (tenant demo).

BEGIN;

CREATE TABLE IF NOT EXISTS socios (
    id               BIGSERIAL PRIMARY KEY,
    num_socio        VARCHAR(8)  NOT NULL UNIQUE,          -- formato RR-0000
    nombre           TEXT        NOT NULL,
    documento_hash   CHAR(64)    NOT NULL,                  -- sha256(DNI/NIE normalizado + pepper)
    fecha_nacimiento DATE        NOT NULL,
    avalado_por      VARCHAR(8)  REFERENCES socios(num_socio),
    alta             DATE        NOT NULL DEFAULT CURRENT_DATE,
    baja             DATE,
    cuota_domiciliada BOOLEAN    NOT NULL DEFAULT TRUE,
    iban_cifrado     BYTEA,                                 -- pgp_sym_encrypt(iban, current_setting('gestclub.iban_key'))
    telefono_cifrado BYTEA,
    email_cifrado    BYTEA,
    CONSTRAINT socios_mayor_edad CHECK (fecha_nacimiento <= alta - INTERVAL '18 years'),
    CONSTRAINT socios_num_formato CHECK (num_socio ~ '^RR-[0-9]{4}$')
);

CREATE TABLE IF NOT EXISTS retiradas (
    id           BIGSERIAL PRIMARY KEY,
    n_dispensa   VARCHAR(16) NOT NULL UNIQUE,               -- D-25-000000
    socio_id     BIGINT      NOT NULL REFERENCES socios(id),
    lote         VARCHAR(12) NOT NULL,                      -- L25-06-A
    gramos       NUMERIC(6,2) NOT NULL CHECK (gramos > 0 AND gramos <= 20),
    aportacion   NUMERIC(8,2) NOT NULL,
    creada       TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- tramo de edad calculado, nunca se expone la fecha completa a la tablet del dispensario
CREATE OR REPLACE VIEW v_socios_dispensario AS
SELECT s.num_socio,
       s.nombre,
       CASE WHEN age(current_date, s.fecha_nacimiento) < INTERVAL '21 years' THEN '18-20' ELSE '21+' END AS tramo_edad,
       CASE WHEN age(current_date, s.fecha_nacimiento) < INTERVAL '21 years' THEN 20 ELSE 60 END         AS limite_mes_g,
       COALESCE((SELECT sum(r.gramos) FROM retiradas r
                  WHERE r.socio_id = s.id AND r.creada >= date_trunc('month', now())), 0)         AS acumulado_mes_g,
       (s.alta + INTERVAL '15 days') <= current_date                                            AS carencia_cumplida
  FROM socios s
 WHERE s.baja IS NULL;

CREATE INDEX IF NOT EXISTS retiradas_socio_mes ON retiradas (socio_id, creada);

-- datos de prueba (tenant demo): edades relativas a hoy (30 y 19 años), documento = hash de la cadena 'DEMO-n'
INSERT INTO socios (num_socio, nombre, documento_hash, fecha_nacimiento, alta)
VALUES ('RR-9001', 'Socio Demo Uno', encode(sha256('DEMO-1'::bytea), 'hex'), current_date - INTERVAL '30 years', current_date - 40),
       ('RR-9002', 'Socia Demo Dos', encode(sha256('DEMO-2'::bytea), 'hex'), current_date - INTERVAL '19 years', current_date - 10)
ON CONFLICT (num_socio) DO NOTHING;

GRANT SELECT ON v_socios_dispensario TO dispensario_tablet;
REVOKE ALL ON socios FROM dispensario_tablet;

COMMIT;
