terraform {
  required_version = ">= 1.7.0"
  required_providers {
    aws    = { source = "hashicorp/aws", version = "~> 5.62" }
    random = { source = "hashicorp/random", version = "~> 3.6" }
  }
  backend "s3" {
    bucket         = "tgr-terraform-state-eu-west-2"
    key            = "relo-portal/prod/terraform.tfstate"
    region         = "eu-west-2"
    dynamodb_table = "tgr-terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region              = "eu-west-2"
  allowed_account_ids = ["731924086152"]
  default_tags {
    tags = { Project = "relo-portal", Env = "prod", Owner = "platform", CostCentre = "TGR-IT-104" }
  }
}

variable "db_instance_class" { default = "db.t4g.medium" }
variable "office_cidrs" {
  type        = list(string)
  description = "Edinburgh and London office egress ranges (set in prod.tfvars, not here)"
}
variable "image_tag" { type = string }

resource "aws_kms_key" "portal" {
  description             = "relo-portal prod data key"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_s3_bucket" "documents" {
  bucket = "tgr-relo-portal-documents-prod"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "documents" {
  bucket = aws_s3_bucket.documents.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.portal.arn
    }
  }
}

resource "aws_db_instance" "portal" {
  identifier                  = "relo-portal-prod"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = var.db_instance_class
  allocated_storage           = 100
  username                    = "portal_admin"
  manage_master_user_password = true
  master_user_secret_kms_key_id = aws_kms_key.portal.key_id
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.portal.arn
  backup_retention_period     = 14
  deletion_protection         = true
  db_subnet_group_name        = "relo-portal-prod"
  vpc_security_group_ids      = [aws_security_group.db.id]
}

resource "aws_security_group" "db" {
  name   = "relo-portal-db"
  vpc_id = data.aws_vpc.main.id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = var.office_cidrs
  }
}

data "aws_vpc" "main" {
  tags = { Name = "tgr-prod" }
}

resource "aws_ecs_task_definition" "portal" {
  family                   = "relo-portal"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  network_mode             = "awsvpc"
  execution_role_arn       = "arn:aws:iam::731924086152:role/relo-portal-exec"
  container_definitions = jsonencode([{
    name  = "portal"
    image = "731924086152.dkr.ecr.eu-west-2.amazonaws.com/relo-portal:${var.image_tag}"
    environment = [
      { name = "RELONET_BASE_URL", value = "https://api.relonet-partners.com/v3" },
      { name = "SMS_SPONSOR_LICENCE_CLIENTS", value = "CALEDON,FORTHBRIDGE" }
    ]
    secrets = [
      { name = "DB_SECRET", valueFrom = "arn:aws:secretsmanager:eu-west-2:731924086152:secret:relo-portal/db-2Qy3Ub" },
      { name = "RELONET_CLIENT_SECRET", valueFrom = "arn:aws:ssm:eu-west-2:731924086152:parameter/relo-portal/relonet_client_secret" }
    ]
  }])
}

output "documents_bucket_arn" { value = aws_s3_bucket.documents.arn }
# last apply: 2024-11-26 by ci (run 11608728784, commit b95e79e73182)
