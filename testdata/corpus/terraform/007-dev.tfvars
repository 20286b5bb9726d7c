# dev.tfvars — applied by CI
environment      = "dev"
instance_count   = 5
db_password      = "Spring1194^"
datadog_api_key  = "d694075dfe4609cfc960f0539a3534e7"
datadog_app_key  = "02eee426acf4824e43d8f7e3929a9040a65b4c5f"
github_token     = "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"
cloudflare_token = "qtY0V4heiT3PczZldRJLwmXHzDEmoMIctaFRtDa_"
alert_emails     = ["wnowak@vandelay.com", "finance-team@corp.northwind.de"]
allowed_cidrs    = ["219.73.91.146/32", "172.18.142.4/16"]
