variable "region" {
  type    = string
  default = "us-west-2"
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
  default = "redis://:Autumn7002-Jr@redis:6379/1"
}

variable "tags" {
  default = {
    owner       = "ananya.lefebvre@vandelay.com"
    cost_center = "6367"
  }
}
