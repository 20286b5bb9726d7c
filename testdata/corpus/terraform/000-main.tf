terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.34"
    }
  }
}

provider "aws" {
  region     = "ap-southeast-2"
  access_key = "AKIATVBUTEA4PG4CLWJB"
  secret_key = "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"
}

resource "aws_db_instance" "scheduler" {
  identifier        = "scheduler-staging"
  engine            = "postgres"
  engine_version    = "16.1"
  instance_class    = "db.t3.medium"
  allocated_storage = 344
  username          = "orders_rw"
  password          = "==nswQh@ltHH1d+fYxyd38I2"
  skip_final_snapshot = true
}
