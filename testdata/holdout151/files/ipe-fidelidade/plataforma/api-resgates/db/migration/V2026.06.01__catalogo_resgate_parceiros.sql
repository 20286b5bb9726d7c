-- Flyway V2026.06.01__catalogo_resgate_parceiros.sql
-- Autor: squad-catalogo | Revisor: DBA plantão | Ticket: CAT-9449
-- Cria a estrutura de catálogo por parceiro e a trilha de auditoria de resgates.

CREATE TABLE IF NOT EXISTS catalogo.item_resgate (
    sku              VARCHAR(40)  PRIMARY KEY,
    descricao        VARCHAR(160) NOT NULL,
    pontos           INTEGER      NOT NULL CHECK (pontos > 0),
    categoria        VARCHAR(20)  NOT NULL,
    gtin             CHAR(13),
    estoque_minimo   INTEGER,
    ativo            BOOLEAN      NOT NULL DEFAULT TRUE,
    criado_em        TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS resgate.auditoria (
    id               BIGSERIAL    PRIMARY KEY,
    resgate_id       UUID         NOT NULL,
    participante_id  VARCHAR(13)  NOT NULL,          -- IPE + 10 dígitos
    cpf_hash         CHAR(64)     NOT NULL,          -- sha256(cpf || pepper); pepper no Secrets Manager
    email_hash       CHAR(64),
    ip_hash          CHAR(64),                       -- nunca gravar IP em claro (LGPD art. 46)
    evento           VARCHAR(40)  NOT NULL,
    payload          JSONB,
    criado_em        TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS ix_auditoria_participante ON resgate.auditoria (participante_id, criado_em DESC);
CREATE INDEX IF NOT EXISTS ix_auditoria_evento ON resgate.auditoria (evento) WHERE evento LIKE 'ATO_%';

INSERT INTO catalogo.item_resgate (sku, descricao, pontos, categoria, gtin, estoque_minimo, ativo) VALUES
  ('ELE-FONE-BT-041', 'Fone de ouvido Bluetooth JBL Tune 520BT', 18500, 'ELETRONICOS', '7895871845859', NULL, TRUE),
  ('CAS-AIRFRY-4L', 'Fritadeira elétrica Mondial 4L', 32900, 'CASA', '7893303781225', 1200, TRUE),
  ('VIA-MILHAS-SADAF', 'Transferência Sadaf Miles (1.000 milhas)', 1250, 'VIAGEM', '', NULL, TRUE),
  ('VIA-DIARIA-OCH', 'Diária Orchid Crown Hotels (voucher)', 41000, 'VIAGEM', '', 1200, TRUE),
  ('GIF-IFOOD-50', 'Vale iFood R$ 50', 6200, 'VALE_PRESENTE', '', 500, TRUE),
  ('GIF-UBER-100', 'Crédito Uber R$ 100', 12400, 'VALE_PRESENTE', '', NULL, TRUE),
  ('CAS-CAFE-NESP', 'Cafeteira Nespresso Essenza Mini', 45900, 'CASA', '7890351379411', 500, TRUE),
  ('SOL-DOACAO-10', 'Doação Instituto Mata Atlântica (R$ 10)', 1100, 'SOLIDARIO', '', 500, TRUE)
ON CONFLICT (sku) DO UPDATE SET pontos = EXCLUDED.pontos, ativo = EXCLUDED.ativo;

-- Conversões vigentes (referência: contrato aditivo 2026-03, cláusula 4.2)
INSERT INTO catalogo.conversao_parceiro (parceiro, pontos_por_unidade, unidade, vigencia_inicio, vigencia_fim) VALUES
  ('SADAF', 1.25, 'MILHA', DATE '2026-06-01', DATE '2026-12-31'),
  ('OCH',   1.00, 'PONTO', DATE '2026-06-01', NULL),
  ('LTM',   1.00, 'PONTO', DATE '2026-01-01', NULL);

-- Usuário de leitura para o BI (senha gerenciada fora do Flyway)
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bi_leitura') THEN
    CREATE ROLE bi_leitura LOGIN PASSWORD NULL;
  END IF;
END $$;
GRANT USAGE ON SCHEMA catalogo TO bi_leitura;
GRANT SELECT ON ALL TABLES IN SCHEMA catalogo TO bi_leitura;

-- checksum esperado pelo pipeline: 8399240373 (flyway info)
