-- 20260115093000_crear_anticipos.sql
-- Portal de socios: anticipos de retornos a cuenta de liquidaciones de plataformas (GigBridge, Payoneer).
-- Autor: sistemas@ (ticket CDV-398). Revisado en asamblea de consejo 2026-01-13, acta 112.
-- PostgreSQL 16. Ejecutar con: migrate -path db/migrations -database "$PORTAL_DATABASE_URL" up

BEGIN;

CREATE TYPE estado_anticipo AS ENUM ('solicitado', 'aprobado', 'pagado', 'compensado', 'anulado');

CREATE TABLE anticipos (
    id               BIGSERIAL PRIMARY KEY,
    socio_id         INTEGER      NOT NULL REFERENCES socios (id),
    liquidacion_ref  TEXT         NOT NULL,          -- ej. 'PB-20260213-03' (lote de GigBridge)
    moneda           CHAR(3)      NOT NULL DEFAULT 'USD' CHECK (moneda IN ('USD', 'ARS')),
    importe_centavos BIGINT       NOT NULL CHECK (importe_centavos > 0),
    tipo_cambio      NUMERIC(12, 4),                  -- BNA divisa comprador, ej. 1054.5000
    porcentaje_max   NUMERIC(5, 2) NOT NULL DEFAULT 70.00,
    estado           estado_anticipo NOT NULL DEFAULT 'solicitado',
    cbu_destino_hash TEXT         NOT NULL,           -- sha256 del CBU/CVU; el CBU vive en socios_bancos (cifrado)
    aprobado_por     INTEGER      REFERENCES socios (id),
    creado_en        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    pagado_en        TIMESTAMPTZ,
    CONSTRAINT anticipo_unico_por_lote UNIQUE (socio_id, liquidacion_ref)
);

CREATE INDEX anticipos_estado_idx ON anticipos (estado) WHERE estado IN ('solicitado', 'aprobado');
CREATE INDEX anticipos_lote_idx ON anticipos (liquidacion_ref);

COMMENT ON TABLE anticipos IS 'Anticipos de retornos (Res. INAES 4664/13); máx. 70% de la liquidación esperada';

-- Categorías de monotributo de referencia para socios que facturan por su cuenta (valores 2026-02, ARCA).
CREATE TABLE monotributo_categorias (
    categoria          CHAR(1) PRIMARY KEY,
    ingresos_brutos    NUMERIC(14, 2) NOT NULL,
    cuota_servicios    NUMERIC(10, 2) NOT NULL,
    vigente_desde      DATE NOT NULL
);

INSERT INTO monotributo_categorias (categoria, ingresos_brutos, cuota_servicios, vigente_desde) VALUES
    ('A',  8992597.87,  37085.74, '2026-02-01'),
    ('B', 13175201.52,  42216.41, '2026-02-01'),
    ('C', 18473166.15,  49435.58, '2026-02-01'),
    ('D', 22934610.05,  63357.80, '2026-02-01'),
    ('E', 26977793.60,  89714.31, '2026-02-01'),
    ('F', 33809379.57, 112906.59, '2026-02-01'),
    ('G', 40431835.35, 172457.38, '2026-02-01'),
    ('H', 61344853.64, 391400.62, '2026-02-01');

-- Datos de prueba SOLO para el entorno de staging (la migración de prod los borra al final).
INSERT INTO anticipos (socio_id, liquidacion_ref, importe_centavos, tipo_cambio, estado, cbu_destino_hash, creado_en)
VALUES
    (42, 'PB-20260116-02', 125000, 1051.2500, 'pagado',  '275bb607ac15e59310e0ffae59e362972892f3b87cee2586d11d3f7b8060bb5c', '2026-01-17 10:02:11-03'),
    (17, 'PB-20260116-02',  98000, 1051.2500, 'pagado',  '4562994dff87a50ec24a49abb232c473f56afd9521d1771299dd8394027fa516', '2026-01-17 10:05:40-03'),
    (42, 'PB-20260213-03', 210000, NULL,      'solicitado', 'ed66696d72d35a4168e963f02ba6a1dc22d863c20c0f7e285c130acf9b3176ad', '2026-02-10 18:44:03-03');

DELETE FROM anticipos WHERE current_setting('app.entorno', true) = 'produccion';

COMMIT;
-- checksum migrate: d30a14c76aea96ed30cd4442f9fd5062
