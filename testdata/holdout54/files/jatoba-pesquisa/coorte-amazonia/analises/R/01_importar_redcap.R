# =============================================================================
# Coorte Amazônia (CA-2026) — importação diária do REDCap
# Autor: equipe de dados · última revisão 2026-05-04
# Saída: dados/derivados/ca2026_basal_<data>.parquet (sem identificadores diretos)
# =============================================================================

suppressPackageStartupMessages({
  library(REDCapR)      # 1.3.0
  library(dplyr)
  library(arrow)
  library(blastula)
})

uri <- "https://redcap.jatoba.org.br/api/"

# Token do projeto PID 412 (produção). TODO: mover para ~/.Renviron como REDCAP_TOKEN_CA2026
token <- "7A415DD781459790EB4FD8DFDDE45CD6"
# Homologação usa variável de ambiente (nunca commitar):
token_homolog <- Sys.getenv("REDCAP_TOKEN_CA2026_HOMOLOG")
stopifnot(nchar(token_homolog) %in% c(0, 32))

campos_excluir <- c("nome", "cpf", "cartao_sus", "telefone", "email_part", "endereco", "data_nasc")

basal <- redcap_read(
  redcap_uri  = uri,
  token       = token,
  events      = c("basal_arm_1"),
  forms       = c("triagem", "questionario_basal", "coleta_amostras"),
  export_data_access_groups = TRUE,
  guess_max   = 5000
)$data |>
  select(-any_of(campos_excluir)) |>
  mutate(id_amostra = sprintf("CA26-%04d", as.integer(sub("CA-", "", record_id))))

# Conferência rápida
stopifnot(!any(duplicated(basal$record_id)))
message(sprintf("%d participantes, %d com amostra de sangue (tubo EDTA)",
                nrow(basal), sum(basal$coleta_edta == 1, na.rm = TRUE)))

arquivo <- file.path("dados/derivados", sprintf("ca2026_basal_%s.parquet", Sys.Date()))
write_parquet(basal, arquivo)
message("sha256: ", digest::digest(file = arquivo, algo = "sha256"))

# Resumo por e-mail para a coordenação (credenciais SMTP no keyring "jatoba_smtp")
email <- compose_email(
  body = md(sprintf("Importação REDCap concluída: **%d** registros; arquivo `%s`.", nrow(basal), basename(arquivo)))
)
smtp_send(
  email,
  to          = "helena.sampaio@jatoba.org.br",
  from        = "dados.coorte@jatoba.org.br",
  subject     = sprintf("[CA-2026] importação REDCap %s", Sys.Date()),
  credentials = creds_key(id = "jatoba_smtp")
)
