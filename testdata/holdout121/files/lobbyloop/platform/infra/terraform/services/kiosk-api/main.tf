# kiosk-api on ECS Fargate - ap-southeast-2 (Sydney), prod
# Owner: platform team. Applied from CI only (workspace lobbyloop-prod-apse2).

locals {
  name        = "kiosk-api"
  environment = "prod"
  image       = "481628854205.dkr.ecr.ap-southeast-2.amazonaws.com/kiosk-api@sha256:4cced1862db0eb030db8951b400f9c4222ca47b20c52aa8ff821d699a23007be"
  tags = {
    Service    = "kiosk-api"
    CostCentre = "CC-0417"
    DataClass  = "visitor-pii"
  }
}

data "aws_secretsmanager_secret" "db" {
  name = "kiosk-api/prod/database-url"
}

data "aws_secretsmanager_secret" "jwt_keys" {
  name = "kiosk-api/prod/jwt-signing-keys"
}

resource "aws_ecs_task_definition" "kiosk_api" {
  family                   = "${local.name}-${local.environment}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048
  execution_role_arn       = "arn:aws:iam::481628854205:role/kiosk-api-exec"
  task_role_arn            = "arn:aws:iam::481628854205:role/kiosk-api-task"

  container_definitions = jsonencode([{
    name         = local.name
    image        = local.image
    essential    = true
    portMappings = [{ containerPort = 8080, protocol = "tcp" }]
    environment = [
      { name = "NODE_ENV", value = "production" },
      { name = "LOG_LEVEL", value = "info" },
      { name = "DEBUG_PAYLOADS", value = "0" }, # was "1" until INC-2026-0310, see postmortem
      { name = "AUTH_ISSUER", value = "https://auth.lobbyloop.io" },
    ]
    secrets = [
      { name = "DATABASE_URL", valueFrom = data.aws_secretsmanager_secret.db.arn },
      { name = "JWT_PUBLIC_KEYS", valueFrom = "${data.aws_secretsmanager_secret.jwt_keys.arn}:public::" },
      { name = "WEBHOOK_SIGNING_MASTER", valueFrom = "arn:aws:ssm:ap-southeast-2:481628854205:parameter/kiosk-api/prod/webhook-master" },
    ]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = "/ecs/kiosk-api-prod"
        awslogs-region        = "ap-southeast-2"
        awslogs-stream-prefix = "kiosk-api"
      }
    }
  }])
  tags = local.tags
}

resource "aws_ecs_service" "kiosk_api" {
  name            = local.name
  cluster         = "arn:aws:ecs:ap-southeast-2:481628854205:cluster/lobbyloop-prod"
  task_definition = aws_ecs_task_definition.kiosk_api.arn
  desired_count   = 3
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0727b96bc04f1302c", "subnet-0c0cd966b2f5efc09", "subnet-063fcded01ebce678"]
    security_groups  = ["sg-09074b0a61e4d49d1"]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = "arn:aws:elasticloadbalancing:ap-southeast-2:481628854205:targetgroup/kiosk-api-prod/c4f0b436e2dd08e1"
    container_name   = local.name
    container_port   = 8080
  }
  tags = local.tags
}

variable "alarm_sns_topic" {
  type        = string
  description = "SNS topic for 5xx alarms (set in prod.tfvars)"
  default     = "<sns-topic-arn>"
}
