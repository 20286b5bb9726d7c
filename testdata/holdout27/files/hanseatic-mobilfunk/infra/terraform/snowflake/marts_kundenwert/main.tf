# Snowflake-Objekte für den Kundenwert-Export (Spark -> HMF_MARTS.KUNDENWERT).
# Keine Passwörter im Code: Terraform authentifiziert per Key-Pair aus Vault, der Spark-User ebenfalls (DPL-2301).

terraform {
  required_version = ">= 1.7.0"
  required_providers {
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.98" }
    vault     = { source = "hashicorp/vault", version = "~> 4.4" }
  }
  backend "s3" {
    bucket         = "hmf-terraform-state"
    key            = "snowflake/marts_kundenwert.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "hmf-terraform-locks"
    encrypt        = true
  }
}

data "vault_generic_secret" "tf_snowflake" {
  path = "kv/platform/terraform/snowflake"
}

provider "snowflake" {
  account_name      = "hmf-analytics"
  organization_name = "HANSEATIC"
  user              = "TF_SNOWFLAKE"
  role              = "SYSADMIN"
  authenticator     = "SNOWFLAKE_JWT"
  private_key       = data.vault_generic_secret.tf_snowflake.data["private_key_p8"]
}

variable "svc_spark_public_key" {
  description = "RSA-Public-Key (PEM-Body ohne Header) des Spark-Service-Users; Private Key liegt in Vault kv/spark/kundenwert"
  type        = string
}

resource "snowflake_warehouse" "spark_load" {
  name                = "WH_SPARK_LOAD_M"
  warehouse_size      = "MEDIUM"
  auto_suspend        = 60
  auto_resume         = true
  initially_suspended = true
  comment             = "Kundenwert-Export, läuft täglich 04:15 (cron 15 4 * * *)"
}

resource "snowflake_database_role" "kundenwert_rw" {
  database = "HMF_MARTS"
  name     = "R_SPARK_KUNDENWERT_RW"
}

resource "snowflake_service_user" "svc_spark_kundenwert" {
  name              = "SVC_SPARK_KUNDENWERT"
  default_warehouse = snowflake_warehouse.spark_load.name
  default_role      = "R_SPARK_KUNDENWERT_RW"
  rsa_public_key    = var.svc_spark_public_key
  comment           = "Passwort-Login deaktiviert seit DPL-2301; bis dahin sfPassword im Spark-Job (rotiert)."
}

resource "snowflake_masking_policy" "rufnummer" {
  name     = "MP_RUFNUMMER"
  database = "HMF_MARTS"
  schema   = "GOVERNANCE"
  argument {
    name = "val"
    type = "VARCHAR"
  }
  body             = <<-EOT
    CASE
      WHEN IS_ROLE_IN_SESSION('R_PII_KLARTEXT') THEN val
      WHEN val IS NULL THEN NULL
      ELSE '+49 *** *****' || RIGHT(val, 2)
    END
  EOT
  return_data_type = "VARCHAR"
  comment          = "Rufnummern nur für R_PII_KLARTEXT im Klartext"
}

resource "snowflake_masking_policy" "email" {
  name     = "MP_EMAIL"
  database = "HMF_MARTS"
  schema   = "GOVERNANCE"
  argument {
    name = "val"
    type = "VARCHAR"
  }
  body             = "CASE WHEN IS_ROLE_IN_SESSION('R_PII_KLARTEXT') THEN val ELSE SHA2(LOWER(TRIM(val)), 256) END"
  return_data_type = "VARCHAR"
}

resource "snowflake_network_rule" "spark_egress" {
  name       = "NR_SPARK_EKS_EGRESS"
  database   = "HMF_MARTS"
  schema     = "GOVERNANCE"
  type       = "IPV4"
  mode       = "INGRESS"
  value_list = var.eks_nat_egress_cidrs # aus dem Netzwerk-Modul (NAT-Gateways eu-central-1a/b/c)
}

resource "snowflake_network_policy" "svc_spark" {
  name                      = "NP_SVC_SPARK"
  allowed_network_rule_list = [snowflake_network_rule.spark_egress.fully_qualified_name]
}

variable "eks_nat_egress_cidrs" {
  type        = list(string)
  description = "Öffentliche NAT-Adressen des EKS-Clusters als /32 (kommen aus module.network.outputs)"
}

output "spark_user" {
  value = snowflake_service_user.svc_spark_kundenwert.name
}
