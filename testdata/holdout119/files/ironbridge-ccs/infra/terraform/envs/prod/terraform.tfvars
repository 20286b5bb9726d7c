# ironbridge-prod - terraform.tfvars
# WARNING: this file is in .gitignore on main but was force-added in the hotfix branch (INFRA-882).
# Rotate everything below after merge. -- platform team

environment         = "prod"
aws_region          = "us-east-2"
account_id          = "323155281675"
vpc_cidr_block_name = "ironbridge-prod-core"
availability_zones  = ["us-east-2a", "us-east-2b", "us-east-2c"]

# Recording archive replication to the county evidence bucket (legacy IAM user, no role assumption yet)
recording_archive_bucket      = "ironbridge-prod-call-recordings"
recording_retention_days      = 2555
county_replication_access_key = "AKIAJVYL3376BIOMEBJ7"
county_replication_secret_key = "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"

# Trust deposits (web + mobile) - Stripe
stripe_secret_key        = "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"
stripe_publishable_key   = "<set in CI>"
deposit_fee_schedule_id  = "fees-2025-01"
deposit_max_usd          = 300
deposit_daily_limit_usd  = 600

# Observability
datadog_api_key = "0b3487b6e314736eea1908a105af9846"
datadog_site    = "us5.datadoghq.com"
datadog_tags    = ["env:prod", "team:its", "service:ironline"]

# SBC cluster
sbc_instance_type = "c6in.2xlarge"
sbc_ami_id        = "ami-063295914afabe404"
sbc_count         = 2
rtp_port_range    = [10000, 20000]

# Video visitation
vv_media_bitrate_kbps = 1200
vv_turn_realm         = "turn.vv.ironbridgeccs.com"
vv_turn_secret        = var.vv_turn_secret # from SSM: /ironbridge/prod/vv/turn_secret

tags = {
  CostCenter = "ITS-OPS"
  Owner      = "platform-team"
  Ticket     = "INFRA-882"
}
