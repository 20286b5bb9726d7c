-- ===========================================================================
-- alertas_limite_deposito.sql
-- Jogo responsável: apostadores que consumiram >= 80% do limite de depósito
-- autoimposto no período (Portaria SPA/MF nº 1.231/2024, monitoramento de
-- comportamento de risco). Roda a cada hora no Airflow (dag jr_alertas_v3).
-- revisão: aa0649056141   dono: squad Jogo Responsável
-- ===========================================================================

WITH limites AS (
    SELECT l.id_jogador,
           l.periodo,                      -- DIARIO | SEMANAL | MENSAL
           l.valor_limite,
           CASE l.periodo
               WHEN 'DIARIO'  THEN date_trunc('day',   now() AT TIME ZONE 'America/Sao_Paulo')
               WHEN 'SEMANAL' THEN date_trunc('week',  now() AT TIME ZONE 'America/Sao_Paulo')
               ELSE                date_trunc('month', now() AT TIME ZONE 'America/Sao_Paulo')
           END AS inicio_periodo
    FROM   jr.limites_deposito l
    WHERE  l.ativo
),
depositos AS (
    SELECT d.id_jogador, lim.inicio_periodo, SUM(d.valor) AS total, COUNT(*) AS qtd
    FROM   pagamentos.depositos d
    JOIN   limites lim USING (id_jogador)
    WHERE  d.status = 'CREDITADO'
      AND  d.criado_em >= lim.inicio_periodo
    GROUP  BY d.id_jogador, lim.inicio_periodo
)
SELECT j.id_externo                                 AS jogador,
       j.cpf_mascarado                              AS cpf,
       lim.valor_limite                             AS limite,
       dep.total                                    AS depositado,
       round(dep.total / lim.valor_limite * 100, 1) AS pct,
       dep.qtd                                      AS depositos,
       CASE WHEN dep.total / lim.valor_limite >= 0.9 THEN 'ALERTA_90'
            ELSE 'ALERTA_80' END                    AS alerta
FROM   limites lim
JOIN   depositos dep USING (id_jogador)
JOIN   cadastro.jogadores j ON j.id = lim.id_jogador
WHERE  dep.total >= lim.valor_limite * 0.8
  AND  NOT EXISTS (SELECT 1 FROM jr.alertas a
                   WHERE a.id_jogador = lim.id_jogador
                     AND a.criado_em > now() - interval '24 hours')
ORDER  BY pct DESC;

-- Resultado de 2026-06-10 21:00 (amostra, q_id=f579bf4d-2f66-4c42-9b76-efe8a81c7fa4):
--
--   jogador   |       cpf      |   limite    | depositado | pct   | dep | alerta
-- ------------+----------------+-------------+------------+-------+-----+-----------
--  AP-2958037 | ***.983.375-** |    10000.00 |    9483.16 |  94.8 |  19 | ALERTA_80
--  AP-3291816 | ***.722.778-** |    10000.00 |    9480.83 |  94.8 |  17 | ALERTA_80
--  AP-3017230 | ***.821.693-** |    10000.00 |    8384.00 |  83.8 |  16 | ALERTA_80
--  AP-3250381 | ***.791.471-** |    10000.00 |    9107.71 |  91.1 |   5 | ALERTA_90
--  AP-3119176 | ***.189.231-** |     2000.00 |    1712.65 |  85.6 |  18 | ALERTA_90
--  AP-2977550 | ***.311.278-** |     1000.00 |     904.15 |  90.4 |  11 | ALERTA_90
--  AP-3402547 | ***.857.280-** |     2000.00 |    1925.59 |  96.3 |  20 | ALERTA_80
--  AP-3180850 | ***.421.957-** |     5000.00 |    4568.45 |  91.4 |  10 | ALERTA_80
-- (8 rows)
