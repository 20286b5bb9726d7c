variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "slack_webhook_url" {
  type      = string
  sensitive = true
  default   = "https://hooks.slack.com/services/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"
}

variable "sendgrid_api_key" {
  description = "SendGrid key for transactional mail"
  default     = "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"
}

variable "db_connection" {
  default = "mysql://etl:UhV0WDTXKC2VysIyBEeyYzE_Mh_E@mysql-staging:3306/app"
}

variable "tags" {
  default = {
    owner       = "anthony.thompson@support.virtucon.ch"
    cost_center = "9029"
  }
}
