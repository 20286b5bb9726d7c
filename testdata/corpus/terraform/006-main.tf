terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.12"
    }
  }
}

provider "aws" {
  region     = "sa-east-1"
  access_key = "AKIA5QB7HMLOGUJKBPSP"
  secret_key = "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"
}

resource "aws_db_instance" "crm_sync" {
  identifier        = "crm-sync-qa"
  engine            = "postgres"
  engine_version    = "16.1"
  instance_class    = "db.t3.medium"
  allocated_storage = 370
  username          = "orders_rw"
  password          = "shadow-sunshine-purple57"
  skip_final_snapshot = true
}
