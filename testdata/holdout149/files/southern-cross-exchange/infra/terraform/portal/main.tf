terraform {
  required_version = ">= 1.7.0"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket         = "scx-terraform-state"
    key            = "portal/prod/terraform.tfstate"
    region         = "ap-southeast-2"
    dynamodb_table = "scx-terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "ap-southeast-2"
  # Credentials come from the SSO profile `scx-prod`. Never put keys here, e.g.
  # access_key = "AKIAIOSFODNN7EXAMPLE" / secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" (AWS docs example)
  default_tags {
    tags = { Project = "student-portal", Owner = "it@scx", CostCentre = "CC-0412" }
  }
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "db_master_username" {
  type      = string
  default   = "portal_admin"
  sensitive = true
}

resource "aws_kms_key" "documents" {
  description             = "Student documents (passports, CoE, CAAW letters)"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_s3_bucket" "documents" {
  bucket = "scx-student-docs-${var.environment}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "documents" {
  bucket = aws_s3_bucket.documents.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.documents.arn
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "documents" {
  bucket = aws_s3_bucket.documents.id
  rule {
    id     = "expire-after-7y"
    status = "Enabled"
    expiration { days = 2557 }
  }
}

resource "aws_rds_cluster" "portal" {
  cluster_identifier                  = "scx-portal"
  engine                              = "aurora-postgresql"
  engine_version                      = "16.2"
  master_username                     = var.db_master_username
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.documents.arn
  backup_retention_period             = 14
  preferred_backup_window             = "16:00-17:00"
  db_subnet_group_name                = "scx-private"
  vpc_security_group_ids              = ["sg-5d1c223dfad660f5f"]
}

resource "aws_key_pair" "bastion" {
  key_name   = "scx-bastion-2025"
  public_key = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBNbpFQchG+RSob+xJ5lGqxeuSQ+OmS6mYP+l9QJAQTa5Rd9iCV4iAlRMLzWFXeWGnZ5vv4dZKD0NYckjrMsaaCs= ops@scx-bastion"
}

data "aws_iam_policy_document" "portal_s3" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.documents.arn}/*"]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["arn:aws:kms:ap-southeast-2:525212677374:key/48027207-e975-4de7-bd93-5cf5c19d6696"]
  }
}

output "documents_bucket" {
  value = aws_s3_bucket.documents.bucket
}
