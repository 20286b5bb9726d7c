-- V42__planes_pago_estados.sql
-- Planes de pago (acuerdos) del recobro amistoso: estados, cuotas y auditoría.
-- Autor: equipo plataforma · ticket PLAT-1422 · revisado por DPO (registro RAT-17)

CREATE TYPE estado_plan AS ENUM ('PROPUESTO', 'ACEPTADO', 'ACTIVO', 'INCUMPLIDO', 'CANCELADO', 'LIQUIDADO');

CREATE TABLE planes_pago (
    id                 BIGSERIAL PRIMARY KEY,
    expediente         VARCHAR(20)   NOT NULL REFERENCES expedientes(codigo),  -- EXP-AAAA-NNNNNNN
    estado             estado_plan   NOT NULL DEFAULT 'PROPUESTO',
    importe_total      NUMERIC(12,2) NOT NULL CHECK (importe_total > 0),
    quita_pct          NUMERIC(5,2)  NOT NULL DEFAULT 0 CHECK (quita_pct BETWEEN 0 AND 60),
    num_cuotas         SMALLINT      NOT NULL CHECK (num_cuotas BETWEEN 1 AND 48),
    dia_cargo          SMALLINT      NOT NULL CHECK (dia_cargo BETWEEN 1 AND 28),
    medio_pago         VARCHAR(12)   NOT NULL,  -- SEPA_CORE, TARJETA, BIZUM, TRANSFERENCIA
    mandato_sepa_ref   VARCHAR(35),
    cuenta_cargo_hash  CHAR(64),                -- sha256 del IBAN normalizado; el IBAN vive en el vault de pagos
    cuenta_cargo_mask  VARCHAR(34),             -- ES** **** **** **** **** 1234
    creado_por         VARCHAR(40)   NOT NULL,
    creado_en          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    actualizado_en     TIMESTAMPTZ
);

CREATE TABLE cuotas_plan (
    plan_id            BIGINT        NOT NULL REFERENCES planes_pago(id) ON DELETE CASCADE,
    n_cuota            SMALLINT      NOT NULL,
    vencimiento        DATE          NOT NULL,
    importe            NUMERIC(12,2) NOT NULL,
    estado             VARCHAR(12)   NOT NULL DEFAULT 'PENDIENTE',  -- PENDIENTE, COBRADA, DEVUELTA, IMPAGADA
    motivo_devolucion  CHAR(4),                                     -- AM04, MD06, AC04, MS02 ...
    PRIMARY KEY (plan_id, n_cuota)
);

CREATE INDEX ix_planes_expediente ON planes_pago (expediente);
CREATE INDEX ix_cuotas_venc ON cuotas_plan (vencimiento) WHERE estado = 'PENDIENTE';

-- Incumplimiento: 2 cuotas devueltas/impagadas consecutivas (política PR-11 §4.2)
CREATE OR REPLACE FUNCTION marcar_incumplidos() RETURNS integer AS $$
DECLARE n integer;
BEGIN
    UPDATE planes_pago p SET estado = 'INCUMPLIDO', actualizado_en = now()
    WHERE p.estado = 'ACTIVO'
      AND (SELECT count(*) FROM cuotas_plan c
           WHERE c.plan_id = p.id AND c.estado IN ('DEVUELTA', 'IMPAGADA')
             AND c.vencimiento > now() - interval '70 days') >= 2;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$ LANGUAGE plpgsql;

-- Datos de ejemplo para el entorno de preproducción (expedientes ficticios)
INSERT INTO planes_pago (expediente, estado, importe_total, quita_pct, num_cuotas, dia_cargo, medio_pago,
                         mandato_sepa_ref, cuenta_cargo_hash, cuenta_cargo_mask, creado_por) VALUES
  ('EXP-2024-0031177', 'ACTIVO',     540.00,  0.00, 9, 5, 'SEPA_CORE', 'CMSEPA1091041029',
   'b784363869fc20c10efe98c724fe19109fda10a3809c97d1a4f9f70bcf6cceb5', 'ES** **** **** **** **** 7734', 'agente.ag-341'),
  ('EXP-2024-0038811', 'PROPUESTO', 1812.40, 25.00, 12, 10, 'BIZUM', NULL, NULL, NULL, 'portal'),
  ('EXP-2023-0099120', 'LIQUIDADO',  229.85, 10.00, 1, 1, 'TARJETA', NULL, NULL, NULL, 'agente.ag-317');

INSERT INTO cuotas_plan (plan_id, n_cuota, vencimiento, importe, estado, motivo_devolucion) VALUES
  (1, 1, DATE '2024-09-05', 60.00, 'COBRADA', NULL),
  (1, 2, DATE '2024-10-05', 60.00, 'DEVUELTA', 'AM04'),
  (1, 3, DATE '2024-11-05', 60.00, 'COBRADA', NULL);

-- Test de la validación de IBAN (debe rechazarse, dígitos de control erróneos): ES12 2100 0418 4502 0005 1332
COMMENT ON COLUMN planes_pago.cuenta_cargo_hash IS 'sha256(hex) del IBAN sin espacios; ver ADR-019';
