# production.tfvars — local only
environment      = "production"
instance_count   = 7
db_password      = "banana-dragon-thunder85"
datadog_api_key  = "d3c2243a205914aeedb4db98bf5082f2"
datadog_app_key  = "a2becffd326e5d820ed89a0453d702301d2b1f42"
github_token     = "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"
cloudflare_token = "l28Euw-NjyXIy9-CZ1bkoZDZRel3KvEHbrOJHo7n"
alert_emails     = ["mary.moore@icloud.com", "finance@globex.com"]
allowed_cidrs    = ["28.167.192.81/32", "10.143.138.121/16"]
