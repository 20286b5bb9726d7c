# Terraform - entorno prod (tienda de merch + portal de regalías)
# Archivo generado con `op inject -i terraform.tfvars.tpl`. NO debe versionarse: si lo ves en el repo avisa en #infra.
# Última regeneración: 2026-04-02 (ticket INFRA-318, rotación trimestral)

project        = "tlacuache-prod"
environment    = "prod"
aws_region     = "mx-central-1"
aws_account_id = "403098072706"

tienda_domain  = "tienda.discostlacuache.mx"
portal_domain  = "regalias.discostlacuache.mx"
cdn_price_class = "PriceClass_100"

# Base de datos del portal de regalías (Aurora PostgreSQL 16)
db_instance_class   = "db.t4g.medium"
db_name             = "regalias"
db_admin_user       = "tlacuache_admin"
db_admin_password   = "h0tAL.d3rWrf5YwoV-vL"
db_backup_retention = 14
db_snapshot_arn     = "arn:aws:rds:mx-central-1:403098072706:cluster-snapshot:regalias-pre-migracion-0047"

# Pagos de la tienda (Stripe MX). La llave publicable es pública por diseño.
stripe_publishable_key = "pk_live_51UlPwrrJjWGsKEFcYq739md2Lbql401zTDrKx2L7vE8sixLDuhjcCwpTGlc6it5X9t6MKL8yWFa8HfjyCbhXlgx4ga7s1isZeC"
stripe_secret_key      = "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"
stripe_webhook_path    = "/webhooks/stripe"
stripe_tax_behavior    = "inclusive"   # precios con IVA 16 %

# Observabilidad
datadog_site    = "us5.datadoghq.com"
datadog_api_key = "d01f5b2cbe08b125ae79bbdb662acc47"
datadog_service = "portal-regalias"
log_retention_days = 30

# Webhooks de la distribuidora (Kestrel Digital) - firma HMAC-SHA256 del cuerpo
kestrel_account_id     = "KDD-LBL-00318"
kestrel_webhook_secret = "zPvzQ4yM0RHeralIu8GbY0J8tGyGR3jl3GvHJ+IT3gA="
kestrel_api_base       = "https://api.kestreldigital.ca/v2"

# Correos transaccionales: se configuran en SES con identidad de dominio (sin usuarios SMTP)
ses_identity = "discostlacuache.mx"

tags = {
  centro_costos = "TI-042"
  responsable   = "infra"
  datos         = "confidencial"
}
