terraform {
  required_version = ">= 1.7.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket         = "nld-terraform-state-489393836762"
    key            = "draw-engine/prod.tfstate"
    region         = "eu-west-2"
    dynamodb_table = "nld-terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      service     = "draw-engine"
      owner       = "platform"
      cost_centre = "CC-0412"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-west-2"
}

variable "rng_image_tag" {
  type        = string
  description = "Certified RNG build (GLI-19 certificate NLD-RNG-2025-07); change only with compliance sign-off"
  default     = "2.4.0-cert.7"
}

# KMS key that signs each draw result and seals the seed before the live draw
resource "aws_kms_key" "draw_signing" {
  description              = "draw-engine result signing (ECC_NIST_P256)"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
  deletion_window_in_days  = 30
}

resource "aws_kms_alias" "draw_signing" {
  name          = "alias/nld-draw-signing"
  target_key_id = aws_kms_key.draw_signing.key_id
}

# Evidence bucket: draw videos, entry snapshots, RNG output; WORM for 6 years
resource "aws_s3_bucket" "draw_evidence" {
  bucket              = "nld-draw-evidence-489393836762"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "draw_evidence" {
  bucket = aws_s3_bucket.draw_evidence.id
  rule {
    default_retention {
      mode  = "COMPLIANCE"
      years = 6
    }
  }
}

resource "aws_ecs_task_definition" "rng" {
  family                   = "draw-engine-rng"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  network_mode             = "awsvpc"
  execution_role_arn       = "arn:aws:iam::489393836762:role/nld-ecs-execution"
  task_role_arn            = aws_iam_role.rng_task.arn
  container_definitions = jsonencode([{
    name      = "rng"
    image     = "489393836762.dkr.ecr.eu-west-2.amazonaws.com/draw-engine-rng:${var.rng_image_tag}"
    essential = true
    environment = [
      { name = "KMS_KEY_ALIAS", value = "alias/nld-draw-signing" },
      { name = "EVIDENCE_BUCKET", value = "nld-draw-evidence-489393836762" },
    ]
    secrets = [
      { name = "ENTRIES_DB_URL", valueFrom = "arn:aws:secretsmanager:eu-west-2:489393836762:secret:draw-engine/entries-db-NdGJin" },
    ]
  }])
}

resource "aws_iam_role" "rng_task" {
  name = "nld-draw-engine-rng"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

# Local testing only - these are the AWS documentation example credentials, never real ones:
#   AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
#   AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

output "evidence_bucket" {
  value = aws_s3_bucket.draw_evidence.bucket
}
