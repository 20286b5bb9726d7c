terraform {
  required_providers {
    vantage = {
      source  = "vantage-sh/vantage"
      version = "~> 0.1.41"
    }
  }
}

# Token comes from TF_VAR_vantage_api_token (set by the CI job from AWS Secrets Manager:
# arn:aws:secretsmanager:us-east-1:272536392738:secret:finops/vantage/api-token-gUO9Nv).
variable "vantage_api_token" {
  type      = string
  sensitive = true
}

provider "vantage" {
  api_token = var.vantage_api_token
}

locals {
  workspace_token = "wrkspc_3166e79a5f8fa02d"
  clinical_accounts = ["272536392738", "608495179019"]
}

resource "vantage_folder" "clinical" {
  title           = "Clinical Platforms"
  workspace_token = local.workspace_token
}

resource "vantage_saved_filter" "ehr_prod" {
  title           = "EHR production"
  workspace_token = local.workspace_token
  filter          = "(costs.provider = 'aws' AND costs.account_id IN ('272536392738', '608495179019')) AND (tags.name = 'environment' AND tags.value = 'prod')"
}

resource "vantage_cost_report" "ehr_monthly" {
  folder_token        = vantage_folder.clinical.token
  title               = "EHR - monthly amortized"
  filter              = "costs.provider = 'aws' AND costs.service = 'Amazon Relational Database Service'"
  saved_filter_tokens = [vantage_saved_filter.ehr_prod.token]
  chart_type          = "bar"
  date_bin            = "month"
  date_interval       = "last_6_months"
  groupings           = "provider,service,tag:cost-center"
  settings = {
    amortize              = true
    include_credits       = false
    include_refunds       = false
    include_discounts     = true
    include_tax           = false
    unallocated           = false
    aggregate_by          = "cost"
  }
}

resource "vantage_budget" "ehr_fy27" {
  name               = "EHR FY27"
  cost_report_token  = vantage_cost_report.ehr_monthly.token
  workspace_token    = local.workspace_token
  periods = [
    { start_at = "2026-10-01", end_at = "2026-11-01", amount = 184250.75 },
    { start_at = "2026-11-01", end_at = "2026-12-01", amount = 181900.00 },
    { start_at = "2026-12-01", end_at = "2027-01-01", amount = 179400.25 },
  ]
}

resource "vantage_report_notification" "ehr_weekly" {
  title             = "EHR weekly digest"
  cost_report_token = vantage_cost_report.ehr_monthly.token
  frequency         = "weekly"
  change            = "percentage"
  # recipients are managed as Vantage team "finops-clinical" (no personal addresses in code)
  user_tokens       = []
  recipient_channels = ["#finops-clinical"]
}

resource "vantage_anomaly_notification" "rds" {
  cost_report_token  = vantage_cost_report.ehr_monthly.token
  threshold          = 12
  recipient_channels = ["#finops-alerts"]
}

resource "vantage_virtual_tag_config" "cost_center" {
  key                = "cost-center"
  overridable        = true
  backfill_until     = "2026-01-01"
  values = [
    { name = "CC-1040 Clinical", filter = "costs.account_id = '272536392738'" },
    { name = "CC-2210 Research", filter = "costs.account_id = '876687332023'" },
  ]
}

# Imported existing objects (terraform import):
#   vantage_cost_report.ehr_monthly   rprt_2f46b78468989be9
#   vantage_folder.clinical           fldr_11628baa2e006140
#   vantage_saved_filter.ehr_prod     svd_fltr_e836273a1d74f674
#   vantage_budget.ehr_fy27           bdgt_ab6ba08e995cbf9f
# Access grant for team "finops-clinical": acss_grnt_f636aa3d8f731491
