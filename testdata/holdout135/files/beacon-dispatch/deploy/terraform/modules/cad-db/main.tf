# modules/cad-db/main.tf - PostgreSQL for cad-core (one per trust)
# Credentials are generated and rotated by RDS/Secrets Manager; nothing sensitive in state inputs.
# Reminder: never commit static keys. The only key allowed in this repo is the AWS docs sample
# (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY) used in tests/fixtures.

terraform {
  required_version = ">= 1.7.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.84"
    }
  }
}

locals {
  name = "cad-${var.trust_code}-${var.environment}"
  tags = merge(var.tags, {
    Trust       = upper(var.trust_code)
    DataClass   = "OFFICIAL-SENSITIVE"
    DSPT        = "2025-26"
    Module      = "cad-db"
  })
}

resource "aws_db_subnet_group" "this" {
  name       = local.name
  subnet_ids = var.private_subnet_ids
  tags       = local.tags
}

resource "aws_db_instance" "this" {
  identifier                  = local.name
  engine                      = "postgres"
  engine_version              = "16.6"
  instance_class              = var.instance_class
  allocated_storage           = 200
  max_allocated_storage       = 1000
  storage_encrypted           = true
  kms_key_id                  = "arn:aws:kms:eu-west-2:381947205613:key/1d6adef4-568f-4123-8eb3-98925d8de53a"
  username                    = "cad_admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.this.name
  vpc_security_group_ids      = [aws_security_group.db.id]
  multi_az                    = var.environment == "prod"
  backup_retention_period     = 35
  deletion_protection         = true
  performance_insights_enabled = true
  ca_cert_identifier          = "rds-ca-rsa2048-g1"
  parameter_group_name        = aws_db_parameter_group.this.name
  tags                        = local.tags
}

resource "aws_db_parameter_group" "this" {
  name   = "${local.name}-pg16"
  family = "postgres16"
  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_security_group" "db" {
  name   = "${local.name}-db"
  vpc_id = var.vpc_id
  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = var.app_security_group_ids
  }
  tags = local.tags
}

output "endpoint" { value = aws_db_instance.this.address }
output "master_secret_arn" { value = aws_db_instance.this.master_user_secret[0].secret_arn }
