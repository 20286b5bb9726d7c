-- =====================================================================
-- Liquidación mensual de comisiones a colocadores (chance y lotería)
-- Periodo: 2026-02   Autor: equipo BI   Revisión: 86c8ac3289bc9b7eccaabf11444749f19ed1fdb1
-- Ejecutar en: dwh_prod (PostgreSQL 15), esquema liquidacion
-- Notas:
--   * Comisión chance: porcentaje sobre ventas brutas sin IVA según contrato de colocación.
--   * Comisión lotería: 25 % sobre billetes vendidos, menos devoluciones del sorteo.
--   * Retención en la fuente por comisiones: 11 % (declarantes) / 10 % (no declarantes).
-- =====================================================================

BEGIN;

CREATE TEMP TABLE tmp_ventas AS
SELECT v.colocador_id,
       c.nit,
       c.declarante,
       SUM(v.valor_cop - v.iva_cop)        AS ventas_netas_cop,
       COUNT(*)                            AS formularios
FROM   ventas.chance_formulario v
JOIN   maestros.colocador c ON c.id = v.colocador_id
WHERE  v.fecha_venta >= DATE '2026-02-01'
  AND  v.fecha_venta <  DATE '2026-03-01'
  AND  v.anulado = FALSE
GROUP  BY v.colocador_id, c.nit, c.declarante;

INSERT INTO liquidacion.comision_colocador
       (periodo, colocador_id, nit, ventas_netas_cop, tasa_pct, comision_cop, retencion_cop, lote)
SELECT '2026-02',
       t.colocador_id,
       t.nit,
       t.ventas_netas_cop,
       k.tasa_pct,
       ROUND(t.ventas_netas_cop * k.tasa_pct / 100, 0),
       ROUND(t.ventas_netas_cop * k.tasa_pct / 100 * CASE WHEN t.declarante THEN 0.11 ELSE 0.10 END, 0),
       'LQ-202602-740'
FROM   tmp_ventas t
JOIN   liquidacion.contrato_colocacion k
       ON k.colocador_id = t.colocador_id
      AND DATE '2026-02-15' BETWEEN k.vigencia_desde AND COALESCE(k.vigencia_hasta, DATE '2099-12-31');

-- Control: la suma debe cuadrar con el cierre contable (cuenta 529505) = $1.084.000.000
SELECT SUM(comision_cop) AS total_comision, COUNT(*) AS colocadores
FROM   liquidacion.comision_colocador
WHERE  periodo = '2026-02';

-- Resultado de la corrida del 2026-03-02 07:40 (muestra de 10 filas):
--  colocador |             nit |  ventas_netas | tasa % |     comision
--  COL-2179 |   901.671.683-9 |    65.000.000 |  27.50 |   10.700.000
--  COL-8263 |   842.900.488-1 |    10.800.000 |  27.50 |   24.500.000
--  COL-4114 |   811.766.981-2 |    58.500.000 |  30.00 |   15.200.000
--  COL-3327 |   900.784.472-0 |    10.400.000 |  30.00 |   13.900.000
--  COL-7688 |   856.616.985-8 |    88.200.000 |  30.00 |   26.600.000
--  COL-2154 |   894.228.863-1 |    50.900.000 |  25.00 |    7.400.000
--  COL-7746 |   887.809.683-2 |    36.300.000 |  27.50 |   19.700.000
--  COL-7339 |   813.208.924-9 |    76.000.000 |  30.00 |   25.200.000
--  COL-3253 |   865.253.880-4 |    72.700.000 |  25.00 |    8.700.000
--  COL-2638 |   880.841.902-7 |     7.900.000 |  25.00 |   16.300.000

COMMIT;
-- Dispersión a cuentas de colocadores: archivo PAB Bancolombia generado por job liq-dispersion #4070
