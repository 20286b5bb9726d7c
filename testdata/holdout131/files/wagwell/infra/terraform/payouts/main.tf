terraform {
  required_version = ">= 1.6.0"
  backend "s3" {
    bucket         = "wagwell-tfstate-prod"
    key            = "payouts/terraform.tfstate"
    region         = "us-east-2"
    dynamodb_table = "wagwell-tf-locks"
  }
}

variable "stripe_secret_arn" {
  type        = string
  description = "ARN of the Secrets Manager secret holding the Stripe restricted key"
}

resource "aws_sqs_queue" "payout_batches" {
  name                       = "payout-batches-prod"
  visibility_timeout_seconds = 900
  message_retention_seconds  = 1209600
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.payout_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "payout_dlq" {
  name = "payout-batches-prod-dlq"
}

resource "aws_lambda_function" "payout_runner" {
  function_name = "payout-runner"
  runtime       = "python3.12"
  handler       = "runner.handler"
  s3_bucket     = "wagwell-artifacts-prod"
  s3_key        = "payout-runner/41a35b6095dc0fd9d05ab81ea909c4c2cb4e07ca.zip"
  source_code_hash = "4Px0y03TDP4FU7aVbBt72obE16N7cV38/usRlC38Fq8="
  memory_size   = 512
  timeout       = 600
  role          = "arn:aws:iam::615560086705:role/payout-runner"
  environment {
    variables = {
      STRIPE_SECRET_ARN   = var.stripe_secret_arn
      PAYOUT_MIN_CENTS    = "1000"
      PAYOUT_WEEKDAY      = "FRI"
      INSTANT_PAYOUT_FEE  = "0.015"
      LOG_LEVEL           = "INFO"
    }
  }
}

resource "aws_cloudwatch_event_rule" "weekly" {
  name                = "payout-weekly"
  schedule_expression = "cron(0 14 ? * FRI *)"
}
