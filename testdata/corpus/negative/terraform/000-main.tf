variable "db_password" {
  type      = string
  sensitive = true
  # set via TF_VAR_db_password in CI
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
  # set via TF_VAR_datadog_api_key in CI
}

variable "github_token" {
  type      = string
  sensitive = true
  # set via TF_VAR_github_token in CI
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  # set via TF_VAR_stripe_secret_key in CI
}

resource "aws_db_instance" "main" {
  identifier     = "scheduler"
  engine_version = "4.16.3-rc.1"
  username       = "app"
  password       = var.db_password
  manage_master_user_password = true
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "v5.2.6.80"
  name    = "scheduler"
}
