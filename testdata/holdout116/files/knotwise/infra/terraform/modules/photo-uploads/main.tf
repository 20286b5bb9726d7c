# modules/photo-uploads/main.tf
# Guest photo uploads ("Share your photos" page on wedding sites): presigned PUT to S3, resize by Lambda,
# delivery through CloudFront with signed URLs (couples can download originals, guests only thumbnails).
#
# Credentials: the pipeline assumes role knotwise-terraform via OIDC. Never put keys in tfvars —
# the AWS docs placeholder (access_key = "AKIAIOSFODNN7EXAMPLE") is the only key that may appear in this repo.

terraform {
  required_version = ">= 1.7"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.62" }
  }
}

locals {
  name   = "kw-${var.environment}-photo-uploads"
  tags   = merge(var.tags, { service = "photo-uploads", owner = "platform", data_class = "guest-content" })
  lambda = "arn:aws:lambda:us-east-2:418273650912:function:kw-${var.environment}-image-resize"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "${local.name}-ecbbb0cd"
  tags   = local.tags
}

resource "aws_s3_bucket_lifecycle_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    id     = "originals-to-ia"
    status = "Enabled"
    filter { prefix = "originals/" }
    transition {
      days          = 60
      storage_class = "STANDARD_IA"
    }
    expiration { days = 730 } # 2 years after the wedding, per retention policy RP-07
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:us-east-2:418273650912:key/16dee104-97ba-4b2f-9c33-476aecaae21b"
    }
    bucket_key_enabled = true
  }
}

resource "aws_cloudfront_public_key" "couples" {
  name        = "${local.name}-signing-2025"
  comment     = "Public half only; private key lives in Secrets Manager kw/${var.environment}/cf-signing"
  encoded_key = <<-EOT
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9KxM+vjYIubTlz4zvAr3
UOvYtOjYBSfqdLno5nW8jsJKus5SNpF3oXzkFkOTPXYW4sczfW60V5udawkqlVlN
+8vfUYeMYXDWQ/Ep1r/YZX+RwE+bVD2rvWm/8zSpYxO4aA77ZD7cRyUfVoj0PqUl
mi1EeLS+543gIZKzqqzmRF6uhhX8d+87f9Ezst+JY1+q2kHZiYS3Mz4cSzrrkarq
Rh0rjEUWJa30BXP8CszxG14TKXpI519AVD6KXCrlrjhejj5ttTIAGXo5V332Z/pf
bOU2PHTSzLU3w2VgERq/Kmh2iaxzbS35lXKWjIs5DIc53K6AVkYWuaK5S2ze/LGI
AgIDAQAB
-----END PUBLIC KEY-----
  EOT
}

resource "aws_cloudfront_key_group" "couples" {
  name  = "${local.name}-kg"
  items = [aws_cloudfront_public_key.couples.id]
}

resource "aws_cloudfront_distribution" "uploads" {
  enabled         = true
  comment         = "guest photo uploads (${var.environment})"
  price_class     = "PriceClass_100"
  aliases         = ["photos.${var.root_domain}"]
  http_version    = "http2and3"
  web_acl_id      = "arn:aws:wafv2:us-east-1:418273650912:global/webacl/kw-edge/5b1b1e8c-a590-43a8-bfdf-d722dc92c3c1"

  origin {
    domain_name              = aws_s3_bucket.uploads.bucket_regional_domain_name
    origin_id                = "s3-uploads"
    origin_access_control_id = var.oac_id
  }

  default_cache_behavior {
    target_origin_id       = "s3-uploads"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    trusted_key_groups     = [aws_cloudfront_key_group.couples.id]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6" # Managed-CachingOptimized
  }

  restrictions {
    geo_restriction { restriction_type = "none" }
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:418273650912:certificate/9bf884d6-3f42-4067-803f-60a2e1be069a"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
  tags = local.tags
}

output "bucket" { value = aws_s3_bucket.uploads.bucket }
output "cdn_domain" { value = aws_cloudfront_distribution.uploads.domain_name }
