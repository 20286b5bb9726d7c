terraform {
  required_version = ">= 1.6.0"

  backend "s3" {
    bucket         = "harbor-grid-tfstate-prod"
    key            = "prod/core.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "harbor-grid-tf-locks"
    encrypt        = true
  }

  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.40" }
    azurerm    = { source = "hashicorp/azurerm", version = "~> 3.95" }
    datadog    = { source = "DataDog/datadog", version = "~> 3.37" }
    github     = { source = "integrations/github", version = "~> 6.2" }
    postgresql = { source = "cyrilgdn/postgresql", version = "~> 1.22" }
  }
}

# NOTE(ops-221): the CI role cannot assume into prod yet, so the keys of the
# terraform-prod IAM user are inlined here until the OIDC trust is fixed.
provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIA6EPM7M2TETCVQME6"
  secret_key = "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"

  default_tags {
    tags = {
      Environment = "prod"
      ManagedBy   = "terraform"
      Repo        = "harbor-grid/infra"
    }
  }
}

provider "aws" {
  alias  = "dns"
  region = "us-east-1"
  assume_role {
    role_arn     = "arn:aws:iam::604815237719:role/route53-delegation"
    session_name = "terraform-prod"
  }
}

provider "datadog" {
  api_key = "3cf2c49649b9db983f9d82c961b09668"
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

provider "github" {
  owner = "harbor-grid"
  token = "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"
}

provider "postgresql" {
  host            = "10.70.1.5"
  port            = 5432
  database        = "postgres"
  username        = "tf_admin"
  password        = "R0keXMv5DZwYkmkcHHrkx4mF"
  sslmode         = "require"
  connect_timeout = 15
  superuser       = false
}

provider "azurerm" {
  features {}
  tenant_id       = "4569d7cc-d1a2-41d9-8606-ea6ff94c46fc"
  subscription_id = "36122c3b-1c4c-4230-b60f-ed56cd1a45b5"
  client_id       = "1361b5c7-41b5-4cf0-9cfc-c2256999a5d9"
  client_secret   = "FtA9Q~iIw4uQ1wSWkiGpjQAvEWI_jR72K8cMUWQW"
}
