# envs/prod/cad-aml/terraform.tfvars
# Advanced Mobile Location (AML) receiver for Triple Zero calls -> CAD location feed.
# Applied by Atlantis on merge to main. Change record: CR-2026-0091.

environment  = "prod"
aws_region   = "ap-southeast-2"
project_code = "SRA-CAD"
cost_centre  = "41-ICT-0207"

vpc_id             = "vpc-0c4e1a7f93b2d5e68"
private_subnet_ids = ["subnet-07d1e92a4c35b8f10", "subnet-0f3a6c81d2e94b507"]
lambda_memory_mb   = 512
lambda_timeout_s   = 15

# ECP (Emergency Call Person) AML forwarders allowed through the WAF.
# Supplied by the carrier on 2026-02-18, see ticket NET-3310.
ecp_source_cidrs = [
  "144.136.28.73/32",
  "144.136.29.12/32",
]

# Accuracy handling
aml_max_age_seconds       = 300
aml_min_accuracy_m        = 5
aml_reject_accuracy_m     = 2000
aml_coordinate_precision  = 5
aml_hmac_header           = "X-AML-Signature"
aml_hmac_secret           = "KCSgNBwQTmfU2vjcyJgfEDFGll42AfDRCsq1TdQljl4="

cad_location_endpoint = "https://cad-loc.int.sra-ambulance.org.au/v1/aml"
cad_event_topic_arn   = "arn:aws:sns:ap-southeast-2:604118273950:cad-aml-events"
kms_key_arn           = "arn:aws:kms:ap-southeast-2:604118273950:key/3c21647a-b43d-42ce-a85a-af733ce951d8"

# Observability
datadog_site        = "ap1.datadoghq.com"
datadog_api_key     = "ce904c644181fe57bb1dcbe8d8c31ff6"
slack_alert_webhook = "https://hooks.slack.com/services/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"
alert_channel       = "#cad-aml-alerts"
pagerduty_service   = "P7R2KQ9"

tags = {
  Owner       = "ICT Operations"
  DataClass   = "Sensitive: Health"
  Backup      = "none"
  Terraform   = "true"
}
