# CUR 2.0 / Data Exports — Verwaltet durch Team FinOps (Nordlicht Logistik SE)
# Zahlerkonto 611796778750; Benachrichtigungen nur über SNS, keine persönlichen Adressen im Code.

resource "aws_s3_bucket" "cur" {
  bucket = "nordlicht-finops-cur-euc1"
}

resource "aws_s3_bucket_policy" "cur" {
  bucket = aws_s3_bucket.cur.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "EnableAWSDataExportsToWriteToS3AndCheckPolicy"
      Effect    = "Allow"
      Principal = { Service = ["billingreports.amazonaws.com", "bcm-data-exports.amazonaws.com"] }
      Action    = ["s3:PutObject", "s3:GetBucketPolicy"]
      Resource  = [aws_s3_bucket.cur.arn, "${aws_s3_bucket.cur.arn}/*"]
      Condition = {
        StringLike = {
          "aws:SourceArn"     = ["arn:aws:cur:us-east-1:611796778750:definition/*", "arn:aws:bcm-data-exports:us-east-1:611796778750:export/*"]
          "aws:SourceAccount" = "611796778750"
        }
      }
    }]
  })
}

resource "aws_cur_report_definition" "legacy" {
  report_name                = "nordlicht-cur"
  time_unit                  = "HOURLY"
  format                     = "textORcsv"
  compression                = "GZIP"
  additional_schema_elements = ["RESOURCES", "SPLIT_COST_ALLOCATION_DATA"]
  s3_bucket                  = aws_s3_bucket.cur.id
  s3_region                  = "eu-central-1"
  s3_prefix                  = "cur"
  additional_artifacts       = ["ATHENA"]
  report_versioning          = "OVERWRITE_REPORT"
}

resource "aws_bcmdataexports_export" "cur2" {
  export {
    name = "nordlicht-cur2-taeglich"
    data_query {
      query_statement = "SELECT identity_line_item_id, identity_time_interval, line_item_usage_account_id, line_item_resource_id, line_item_unblended_cost, line_item_net_unblended_cost, savings_plan_savings_plan_a_r_n, reservation_reservation_a_r_n, resource_tags FROM COST_AND_USAGE_REPORT"
      table_configurations = {
        COST_AND_USAGE_REPORT = {
          TIME_GRANULARITY                      = "DAILY"
          INCLUDE_RESOURCES                     = "TRUE"
          INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY = "FALSE"
          INCLUDE_SPLIT_COST_ALLOCATION_DATA    = "TRUE"
        }
      }
    }
    destination_configurations {
      s3_destination {
        s3_bucket = aws_s3_bucket.cur.id
        s3_prefix = "cur2"
        s3_region = "eu-central-1"
        s3_output_configurations {
          overwrite   = "OVERWRITE_REPORT"
          format      = "PARQUET"
          compression = "PARQUET"
          output_type = "CUSTOM"
        }
      }
    }
    refresh_cadence {
      frequency = "SYNCHRONOUS"
    }
  }
}

resource "aws_budgets_budget" "eks_monatlich" {
  name         = "Plattform-EKS-monatlich"
  budget_type  = "COST"
  limit_amount = "42500.0"
  limit_unit   = "EUR"
  time_unit    = "MONTHLY"

  cost_filter {
    name   = "TagKeyValue"
    values = ["user:Anwendung$sendungsverfolgung", "user:Anwendung$tarifrechner"]
  }

  notification {
    comparison_operator       = "GREATER_THAN"
    threshold                 = 80
    threshold_type            = "PERCENTAGE"
    notification_type         = "ACTUAL"
    subscriber_sns_topic_arns = ["arn:aws:sns:eu-central-1:611796778750:finops-budget-alerts"]
  }

  notification {
    comparison_operator       = "GREATER_THAN"
    threshold                 = 100
    threshold_type            = "PERCENTAGE"
    notification_type         = "FORECASTED"
    subscriber_sns_topic_arns = ["arn:aws:sns:eu-central-1:611796778750:finops-budget-alerts"]
  }
}

resource "aws_ce_anomaly_monitor" "konten" {
  name              = "nordlicht-anomalien-je-konto"
  monitor_type      = "DIMENSIONAL"
  monitor_dimension = "SERVICE"
}

# Importiert: aws_ce_anomaly_monitor.konten  arn:aws:ce::611796778750:anomalymonitor/3d00f06b-2faa-43d2-b79e-b0d30609c246
# KMS für den Bucket: arn:aws:kms:eu-central-1:611796778750:key/7b779df7-777d-4b49-a2b9-0f3ae328bafc
