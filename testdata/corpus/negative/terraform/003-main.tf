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
  identifier     = "reporting"
  engine_version = "1.16.1.153"
  username       = "app"
  password       = var.db_password
  manage_master_user_password = true
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "8.13.6"
  name    = "reporting"
}
