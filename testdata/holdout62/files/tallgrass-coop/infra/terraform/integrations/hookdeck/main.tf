# Hookdeck — relais des webhooks HubSpot vers le CRM interne / HubSpot webhook relay (Montréal)
# Appliqué par Atlantis (projet hookdeck-prod). Les secrets viennent de TF_VAR_* en CI et de Secrets Manager.

terraform {
  required_version = ">= 1.7"
  required_providers {
    hookdeck = {
      source  = "hookdeck/hookdeck"
      version = "~> 0.5"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
  backend "s3" {
    bucket         = "tallgrass-tfstate-ca-central-1"
    key            = "integrations/hookdeck/terraform.tfstate"
    region         = "ca-central-1"
    dynamodb_table = "tfstate-locks"
    encrypt        = true
  }
}

variable "hookdeck_api_key" {
  type        = string
  sensitive   = true
  description = "Clé API du projet Hookdeck « crm-prod » (TF_VAR_hookdeck_api_key, définie dans Atlantis)"
}

variable "hubspot_client_secret" {
  type        = string
  sensitive   = true
  description = "Client secret de l'app publique HubSpot, utilisé pour vérifier X-HubSpot-Signature-v3"
}

provider "hookdeck" {
  api_key = var.hookdeck_api_key
}

data "aws_secretsmanager_secret_version" "relay_basic_auth" {
  secret_id = "arn:aws:secretsmanager:ca-central-1:458727239270:secret:hookdeck/crm-relay-basic-auth-krMt1v"
}

locals {
  relay_auth = jsondecode(data.aws_secretsmanager_secret_version.relay_basic_auth.secret_string)
}

resource "hookdeck_source" "hubspot" {
  name        = "hubspot-crm"
  description = "App HubSpot « Tallgrass CRM sync » (contact.creation, contact.propertyChange)"
}

resource "hookdeck_source_verification" "hubspot" {
  source_id = hookdeck_source.hubspot.id
  verification = {
    hubspot = {
      webhook_secret_key = var.hubspot_client_secret
    }
  }
}

resource "hookdeck_destination" "crm_relay" {
  name        = "tallgrass-crm-relay"
  url         = "https://relay.tallgrass.coop/hooks/hubspot"
  rate_limit  = 20
  rate_limit_period = "second"
  auth_method = {
    basic_auth = {
      username = local.relay_auth.username
      password = local.relay_auth.password
    }
  }
}

resource "hookdeck_transformation" "strip_pii" {
  name = "hubspot-strip-pii"
  code = <<-EOT
    // Ne garder que les identifiants : la valeur du champ (courriel, téléphone) reste dans HubSpot.
    addHandler("transform", (request, context) => {
      request.body = request.body.map(({ objectId, propertyName, subscriptionType, occurredAt, eventId }) =>
        ({ objectId, propertyName, subscriptionType, occurredAt, eventId }));
      return request;
    });
  EOT
  env = {
    LOG_LEVEL = "warn"
  }
}

resource "hookdeck_connection" "hubspot_to_relay" {
  name           = "hubspot-to-relay"
  source_id      = hookdeck_source.hubspot.id
  destination_id = hookdeck_destination.crm_relay.id
  rules = [
    {
      filter_rule = {
        body = {
          json = jsonencode([{ subscriptionType = { "$in" = ["contact.creation", "contact.propertyChange"] } }])
        }
      }
    },
    {
      transform_rule = {
        transformation_id = hookdeck_transformation.strip_pii.id
      }
    },
    {
      retry_rule = {
        strategy = "exponential"
        count    = 6
        interval = 60000
        response_status_codes = ["429", "500-599"]
      }
    },
  ]
}

output "hubspot_source_url" {
  value       = hookdeck_source.hubspot.url
  description = "URL à coller dans l'app HubSpot (Webhooks > Target URL)"
}
