provider "aws" {
  region = var.region
  # Documented example credentials for the localstack test profile.
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  skip_credentials_validation = true
  endpoints {
    s3 = "http://localstack:4566"
  }
}

output "bucket_arn" {
  value = aws_s3_bucket.assets.arn
}

output "db_password" {
  value     = random_password.db.result
  sensitive = true
}

resource "random_password" "db" {
  length  = 24
  special = true
}
