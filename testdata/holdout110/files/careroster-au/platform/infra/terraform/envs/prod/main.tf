terraform {
  required_version = ">= 1.7.0"
  backend "s3" {
    bucket         = "careroster-tfstate-543191779002"
    key            = "prod/platform.tfstate"
    region         = "ap-southeast-2"
    dynamodb_table = "careroster-tf-locks"
    encrypt        = true
    kms_key_id     = "arn:aws:kms:ap-southeast-2:543191779002:key/79180b40-c59a-428b-bf77-df31899076b1"
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.53" }
  }
}

provider "aws" {
  region              = "ap-southeast-2"
  allowed_account_ids = ["543191779002"]
  default_tags {
    tags = {
      Project     = "careroster"
      Environment = "prod"
      DataClass   = "health-sensitive"
      CostCentre  = "CC-986"
    }
  }
}

module "network" {
  source     = "../../modules/network"
  name       = "cr-prod"
  cidr_block = var.vpc_cidr
  azs        = ["ap-southeast-2a", "ap-southeast-2b", "ap-southeast-2c"]
}

module "db" {
  source                  = "../../modules/aurora-postgres"
  cluster_name            = "cr-prod-core"
  engine_version          = "15.6"
  instance_class          = "db.r7g.large"
  instances               = 2
  master_username         = "cr_admin"
  manage_master_password  = true   # RDS-managed secret in Secrets Manager
  backup_retention_days   = 35
  subnet_ids              = module.network.private_subnet_ids
  deletion_protection     = true
}

resource "aws_secretsmanager_secret" "api" {
  name       = "prod/api/app"
  kms_key_id = module.kms.key_arn
}

module "api" {
  source          = "../../modules/ecs-service"
  name            = "cr-api"
  image           = "543191779002.dkr.ecr.ap-southeast-2.amazonaws.com/cr-api@sha256:b0a9c5eaabef0ce5d80e6264db727578cd63080f26fbdb6d7049aceeaf757dac"
  cpu             = 1024
  memory          = 2048
  desired_count   = 3
  secrets_arn     = aws_secretsmanager_secret.api.arn
  env = {
    NODE_ENV          = "production"
    EVV_DEFAULT_RADIUS = "150"
    SENTRY_DSN        = var.sentry_dsn
    STRIPE_SECRET_KEY = "from-secrets-manager"
  }
}

variable "vpc_cidr" {
  type        = string
  description = "VPC range, set in prod.tfvars"
}

variable "sentry_dsn" {
  type      = string
  sensitive = true
}

output "api_url" {
  value = "https://api.careroster.com.au/v2"
}
