# prod tfvars for pass-api stack. Applied from CI only.
# FIXME: move credentials to SSM Parameter Store (JIRA PLAT-412) - do NOT copy this file around.
region             = "us-west-2"
environment        = "prod"
pass_api_image_tag = "2025.01.14-8adb870"
min_capacity       = 2
max_capacity       = 12
gate_sync_cron     = "cron(*/5 * * * ? *)"
db_engine_version  = "15.5"
redis_node_type    = "cache.t4g.small"

aws_access_key_id     = "AKIAYF2CJJWEAP64PXRK"
aws_secret_access_key = "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"

datadog_api_key = "38cb804975bbbca6723ce5da5f7b27a7"
datadog_site    = "us5.datadoghq.com"

alerts_slack_webhook = "https://hooks.slack.com/services/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"

allowed_cidrs = var.office_cidrs   # defined in network.tf
vpc_id        = "vpc-91c8c4d6e0e4cb55a"
subnet_ids    = ["subnet-436402986733d39cd", "subnet-d3f513f3325d7ef11", "subnet-01f63a4fcff6b0a2a"]
kms_key_arn   = "arn:aws:kms:us-west-2:997992079537:key/551b240a-2099-484a-bf42-8795dba841d5"
pass_api_domain    = "passes.granitepeak.com"
gate_sync_batch    = 500
gate_sync_timeout  = 45
axess_endpoint     = "https://dci.granitepeak.internal:8443/api"
log_retention_days = 30
bastion_host  = "bastion.ops.granitepeak.com"
rds_instance  = "db.r6g.large"
rds_snapshot  = "pass-api-final-19161202"
tags = {
  owner       = "platform"
  cost_center = "CC-4410"
  example_key = "AKIAIOSFODNN7EXAMPLE"
}
