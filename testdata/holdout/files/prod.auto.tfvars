# Production environment -- DO NOT COMMIT (see #infra-412)
environment      = "prod"
region           = "eu-central-1"
vpc_cidr         = "10.80.0.0/16"
bastion_allow_ip = ["185.199.110.42/32", "91.64.18.233/32"]

db_instance_class   = "db.r6g.xlarge"
db_master_username  = "tfadmin"
db_master_password  = "Gf8#kQ2!vZr7Lp0w"

datadog_api_key = "3350b233931da53f50a0be52d057e0bd"
datadog_app_key = "04ab3005440698c83998e1705bb7a7af3d2e2425"

cloudflare_api_token = "UONAIifEcLav-q5ZvQmLL8ZrF8w50SR2Qugs4lIF"

github_app_private_key = <<EOT
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIHcfsoFhN4w0zlmZZfdjENGcst+hMucrGbzVNTSq+zD/oAoGCCqGSM49
AwEHoUQDQgAEk2dlG4+fV/vTHUQiCMJKkUIqGeCFTvHUbOaTcH/S/vq8cZgXA0nQ
u9mzH4CdxbYWw0tZTBKGFkzwXWJ6uHtVvA==
-----END EC PRIVATE KEY-----
EOT

alert_contacts = {
  primary   = "jonas.weber@fernwerk.de"
  secondary = "oncall-platform@fernwerk.de"
  phone     = "+49 170 3382914"
}

tags = {
  Owner      = "platform-team"
  CostCenter = "CC-4410"
  Terraform  = "true"
}
