# infra/terraform/envs/prod/rds.tf — booking-api database (prod, eu-west-1)

resource "random_password" "booking_db" {
  length           = 32
  special          = true
  override_special = "-_.~"
}

resource "aws_secretsmanager_secret" "booking_db" {
  name       = "prod/booking-api/db"
  kms_key_id = "arn:aws:kms:eu-west-1:337210188482:key/5baf65be-728b-4cc3-86ae-9141613bdfa9"
  tags       = local.tags
}

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id = aws_secretsmanager_secret.booking_db.id
  secret_string = jsonencode({
    username = "booking_app"
    password = random_password.booking_db.result
    host     = aws_db_instance.booking.address
    port     = 5432
    dbname   = "booking"
  })
}

resource "aws_db_subnet_group" "booking" {
  name       = "rw-prod-booking"
  subnet_ids = data.terraform_remote_state.network.outputs.private_subnet_ids
}

resource "aws_db_instance" "booking" {
  identifier                   = "rw-prod-booking"
  engine                       = "postgres"
  engine_version               = "16.4"
  instance_class               = "db.r7g.large"
  allocated_storage            = 200
  max_allocated_storage        = 800
  storage_encrypted            = true
  kms_key_id                   = "arn:aws:kms:eu-west-1:337210188482:key/ddf91e4f-2edc-4c20-9ab8-9deb1bbedb0c"
  db_name                      = "booking"
  username                     = "booking_admin"
  password                     = var.booking_db_admin_password
  db_subnet_group_name         = aws_db_subnet_group.booking.name
  vpc_security_group_ids       = [aws_security_group.booking_db.id]
  multi_az                     = true
  backup_retention_period      = 14
  backup_window                = "02:00-03:00"
  maintenance_window           = "sun:03:30-sun:04:30"
  deletion_protection          = true
  performance_insights_enabled = true
  ca_cert_identifier           = "rds-ca-rsa2048-g1"
  parameter_group_name         = aws_db_parameter_group.booking.name
  final_snapshot_identifier    = "rw-prod-booking-final-d634d09b"
  tags                         = local.tags
}

resource "aws_security_group" "booking_db" {
  name   = "rw-prod-booking-db"
  vpc_id = data.terraform_remote_state.network.outputs.vpc_id

  ingress {
    description     = "booking-api tasks"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.booking_api.id]
  }
}

variable "booking_db_admin_password" {
  description = "Master password; set via TF_VAR_booking_db_admin_password from 1Password, never in tfvars"
  type        = string
  sensitive   = true
}

# state: s3://rw-terraform-state-337210188482/prod/rds.tfstate (lock table rw-tf-locks)
