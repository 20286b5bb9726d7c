-- ==========================================================================
-- Segmento: inativas_180d  (BigQuery, projeto casa-aurora-dw, dataset crm)
-- Uso: campanha "Reengajamento - Sentimos sua falta" (SendGrid list 31182047)
-- Dono: time de CRM  |  chamado DADOS-714  |  revisão 3 (2026-06-01)
-- LGPD: só entram clientes com consentimento de e-mail marketing ativo (base legal art. 7, I).
-- Saída: somente email_sha256 + atributos de campanha; o e-mail em claro é resolvido
-- pelo job de ativação (Census sync 4471) dentro do projeto de CRM.
-- ==========================================================================
DECLARE data_ref DATE DEFAULT CURRENT_DATE('America/Sao_Paulo');

CREATE OR REPLACE TABLE `casa-aurora-dw.crm_segmentos.inativas_180d` AS
WITH pedidos AS (
  SELECT cliente_id,
         MAX(DATE(data_pedido, 'America/Sao_Paulo'))  AS ultima_compra,
         COUNT(DISTINCT pedido_id)                     AS qtd_pedidos,
         SUM(valor_liquido)                            AS receita_total
  FROM `casa-aurora-dw.vtex.pedidos`
  WHERE status IN ('invoiced', 'handling', 'ready-for-handling')
  GROUP BY cliente_id
),
engajamento AS (
  SELECT email_sha256,
         MAX(IF(evento = 'click', DATE(ts), NULL))                         AS ultimo_clique,
         MAX(IF(evento = 'open' AND NOT COALESCE(sg_machine_open, FALSE), DATE(ts), NULL)) AS ultima_abertura_real
  FROM `casa-aurora-dw.sendgrid.eventos`
  WHERE ts >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 400 DAY)
  GROUP BY email_sha256
)
SELECT
  TO_HEX(SHA256(LOWER(TRIM(c.email))))                AS email_sha256,
  c.cliente_id,
  c.uf,
  p.ultima_compra,
  DATE_DIFF(data_ref, p.ultima_compra, DAY)           AS dias_sem_compra,
  p.qtd_pedidos,
  ROUND(p.receita_total, 2)                           AS receita_total,
  CASE WHEN p.receita_total >= 1500 THEN 'ouro'
       WHEN p.receita_total >= 600  THEN 'prata'
       ELSE 'bronze' END                              AS faixa_clube,
  e.ultimo_clique,
  e.ultima_abertura_real
FROM `casa-aurora-dw.crm.clientes` c
JOIN pedidos p USING (cliente_id)
LEFT JOIN engajamento e
  ON e.email_sha256 = TO_HEX(SHA256(LOWER(TRIM(c.email))))
WHERE c.consentimento_email = 'ativo'
  AND c.pais = 'BR'
  AND DATE_DIFF(data_ref, p.ultima_compra, DAY) BETWEEN 180 AND 540
  AND (e.ultimo_clique IS NULL OR DATE_DIFF(data_ref, e.ultimo_clique, DAY) > 120)
  -- fora: supressões globais (bounces, spam reports, descadastros, pedidos LGPD de eliminação)
  AND TO_HEX(SHA256(LOWER(TRIM(c.email)))) NOT IN (
        SELECT email_sha256 FROM `casa-aurora-dw.crm.supressoes` WHERE ativo)
  -- fora: quem recebeu a campanha 'namorados_2026' e clicou (marketing_campaign_id 9184402)
  AND c.cliente_id NOT IN (
        SELECT cliente_id FROM `casa-aurora-dw.crm.cliques_campanha`
        WHERE marketing_campaign_id = 9184402);

-- conferência: esperado entre 20 e 25 mil linhas, 0 duplicadas
SELECT COUNT(*) AS total, COUNT(DISTINCT email_sha256) AS distintos,
       COUNTIF(faixa_clube = 'ouro') AS ouro, ROUND(AVG(dias_sem_compra), 1) AS media_dias
FROM `casa-aurora-dw.crm_segmentos.inativas_180d`;

-- distribuição por UF para o briefing (SP ~41%, RJ ~14%, MG ~11% na última rodada)
SELECT uf, COUNT(*) AS n, ROUND(100 * COUNT(*) / SUM(COUNT(*)) OVER (), 1) AS pct
FROM `casa-aurora-dw.crm_segmentos.inativas_180d`
GROUP BY uf ORDER BY n DESC LIMIT 10;
