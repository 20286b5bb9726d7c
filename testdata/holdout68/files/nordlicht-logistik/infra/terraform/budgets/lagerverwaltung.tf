# Budgets für Team Lagerverwaltung (Antrag FINOPS-144)
# Hinweis aus Review: Webhook gehört in SSM (/finops/slack/budget-webhook), nicht in den Code!

variable "monatsbudget_eur" {
  type    = number
  default = 18500
}

resource "aws_budgets_budget" "lagerverwaltung" {
  name         = "Lagerverwaltung-monatlich"
  budget_type  = "COST"
  limit_amount = var.monatsbudget_eur
  limit_unit   = "EUR"
  time_unit    = "MONTHLY"
  account_id   = "611796778750"

  cost_filter {
    name   = "LinkedAccount"
    values = ["558637625725", "218900923392"]
  }

  cost_types {
    include_credit       = false
    include_refund       = false
    include_support      = true
    include_tax          = false
    use_amortized        = true
  }

  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = 85
    threshold_type             = "PERCENTAGE"
    notification_type          = "ACTUAL"
    subscriber_email_addresses = ["f.brandt@nordlicht-logistik.de", "controlling-cloud@nordlicht-logistik.de"]
    subscriber_sns_topic_arns  = [aws_sns_topic.budget.arn]
  }

  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = 100
    threshold_type             = "PERCENTAGE"
    notification_type          = "FORECASTED"
    subscriber_email_addresses = ["controlling-cloud@nordlicht-logistik.de"]
  }
}

resource "aws_sns_topic" "budget" {
  name              = "lagerverwaltung-budget"
  kms_master_key_id = "arn:aws:kms:eu-central-1:611796778750:key/6c8ca2f5-7fcd-4de5-aff3-f956a56e95c3"
}

resource "aws_lambda_function" "budget_to_slack" {
  function_name = "budget-an-slack-lagerverwaltung"
  role          = "arn:aws:iam::611796778750:role/budget-an-slack"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/budget_an_slack.zip"
  source_code_hash = "Yom4LNTm2kD0/G66/XBiwRnUanPewNk45fclK6LxyWM="

  environment {
    variables = {
      SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"
      SLACK_KANAL       = "#lager-kosten"
      SCHWELLE_PROZENT  = "85"
      # alt: SLACK_WEBHOOK_SSM = "/finops/slack/budget-webhook"
    }
  }
}

resource "aws_sns_topic_subscription" "lambda" {
  topic_arn = aws_sns_topic.budget.arn
  protocol  = "lambda"
  endpoint  = aws_lambda_function.budget_to_slack.arn
}
