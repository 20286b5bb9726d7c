package corpus

import "strings"

// Terraform: provider blocks with inline keys, resources with passwords,
// tfvars, variables with secret defaults, state files and heredoc credentials.

func buildTerraform(g *gen, d *doc, i int) string {
	app := pick(g, services)
	switch i % 6 {
	case 0:
		// Inline provider keys and a resource password.
		d.f("terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.%d\"\n    }\n  }\n}\n\n", g.between(10, 40))
		d.f("provider \"aws\" {\n  region     = \"%s\"\n  access_key = \"%s\"\n  secret_key = \"%s\"\n}\n\n", pick(g, regions), lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()))
		d.f("resource \"aws_db_instance\" \"%s\" {\n  identifier        = \"%s-%s\"\n  engine            = \"postgres\"\n  engine_version    = \"16.1\"\n  instance_class    = \"db.t3.medium\"\n  allocated_storage = %d\n  username          = \"%s\"\n  password          = \"%s\"\n  skip_final_snapshot = true\n}\n",
			strings.ReplaceAll(app, "-", "_"), app, pick(g, envNames), g.between(20, 500), pick(g, dbUsers), lab(tPassword, g.password()))
		return "main.tf"
	case 1:
		// tfvars with secrets, emails and CIDRs.
		env := pick(g, envNames)
		d.f("# %s.tfvars — %s\n", env, pick(g, []string{"do not commit", "applied by CI", "local only"}))
		d.f("environment      = \"%s\"\ninstance_count   = %d\ndb_password      = \"%s\"\ndatadog_api_key  = \"%s\"\ndatadog_app_key  = \"%s\"\n",
			env, g.between(1, 9), lab(tPassword, g.password()), lab(tDatadog, g.datadogAPIKey()), lab(tDatadog, g.datadogAppKey()))
		d.f("github_token     = \"%s\"\ncloudflare_token = \"%s\"\nalert_emails     = [\"%s\", \"%s\"]\nallowed_cidrs    = [\"%s/32\", \"%s/16\"]\n",
			lab(tGitHub, g.githubToken()), lab(tGeneric, g.fresh(func() string { return g.str(b64url, 40) })), lab(tEmail, g.person().email), lab(tEmail, g.roleEmail()),
			lab(tIP, g.publicIPv4()), lab(tIP, g.privateIPv4()))
		return env + ".tfvars"
	case 2:
		// Variables with secret defaults.
		d.f("variable \"region\" {\n  type    = string\n  default = \"%s\"\n}\n\n", pick(g, regions))
		d.f("variable \"slack_webhook_url\" {\n  type      = string\n  sensitive = true\n  default   = \"%s\"\n}\n\n", lab(tSlackHook, g.slackWebhook()))
		d.f("variable \"sendgrid_api_key\" {\n  description = \"SendGrid key for transactional mail\"\n  default     = \"%s\"\n}\n\n", lab(tSendGrid, g.sendgridKey()))
		d.f("variable \"db_connection\" {\n  default = \"%s\"\n}\n\n", lab(tDBConn, g.dbURL()))
		d.f("variable \"tags\" {\n  default = {\n    owner       = \"%s\"\n    cost_center = \"%d\"\n  }\n}\n", lab(tEmail, g.person().email), g.between(1000, 9999))
		return "variables.tf"
	case 3:
		// State file: secrets in resource attributes and outputs.
		state := obj{
			{"version", 4}, {"terraform_version", "1.6.6"}, {"serial", g.between(1, 400)}, {"lineage", g.uuid()},
			{"outputs", obj{{"db_endpoint", obj{{"value", g.host("postgres") + ":5432"}, {"type", "string"}}},
				{"storage_connection", obj{{"value", lab(tAzureConn, g.azureConn())}, {"type", "string"}, {"sensitive", true}}}}},
			{"resources", arr{
				obj{{"mode", "managed"}, {"type", "aws_iam_access_key"}, {"name", "ci"}, {"provider", "provider[\"registry.terraform.io/hashicorp/aws\"]"},
					{"instances", arr{obj{{"schema_version", 0}, {"attributes", obj{
						{"id", lab(tAWSKey, g.awsKeyID(false))}, {"secret", lab(tAWSSecret, g.awsSecret())}, {"status", "Active"},
						{"user", "ci-" + app}, {"create_date", g.ts()}}}}}}},
				obj{{"mode", "managed"}, {"type", "random_password"}, {"name", "db"},
					{"instances", arr{obj{{"attributes", obj{{"id", "none"}, {"length", 24}, {"result", lab(tPassword, g.password())}, {"special", true}}}}}}},
				obj{{"mode", "managed"}, {"type", "aws_instance"}, {"name", "bastion"},
					{"instances", arr{obj{{"attributes", obj{{"ami", "ami-" + g.sha(17)}, {"private_ip", lab(tIP, g.privateIPv4())}, {"public_ip", lab(tIP, g.publicIPv4())}, {"ipv6_addresses", arr{lab(tIP, g.ipv6())}}}}}}}},
			}},
		}
		writeJSON(g, d, state)
		return "terraform.tfstate"
	case 4:
		// Heredoc service-account credentials.
		d.f("provider \"google\" {\n  project = \"%s-prod\"\n  region  = \"%s\"\n  credentials = <<EOF\n", app, pick(g, gcpRegions))
		sa := serviceAccount(g)
		d.json(sa, "  ")
		d.f("\nEOF\n}\n\nresource \"google_storage_bucket\" \"assets\" {\n  name     = \"%s-assets-%s\"\n  location = \"EU\"\n}\n", app, g.str(alnumLow, 6))
		return "provider-google.tf"
	default:
		// Azure: connection string in a Key Vault secret, SQL admin password.
		d.f("resource \"azurerm_storage_account\" \"main\" {\n  name                     = \"%s%s\"\n  resource_group_name      = azurerm_resource_group.main.name\n  location                 = \"westeurope\"\n  account_tier             = \"Standard\"\n  account_replication_type = \"GRS\"\n}\n\n",
			strings.ReplaceAll(app, "-", ""), g.str(alnumLow, 4))
		d.f("resource \"azurerm_key_vault_secret\" \"storage\" {\n  name         = \"storage-connection\"\n  value        = \"%s\"\n  key_vault_id = azurerm_key_vault.main.id\n}\n\n", lab(tAzureConn, g.azureConn()))
		d.f("resource \"azurerm_mssql_server\" \"sql\" {\n  name                         = \"%s-sql\"\n  version                      = \"12.0\"\n  administrator_login          = \"sqladmin\"\n  administrator_login_password = \"%s\"\n}\n\n", app, lab(tPassword, g.password()))
		d.f("resource \"azurerm_mssql_firewall_rule\" \"office\" {\n  name             = \"office\"\n  server_id        = azurerm_mssql_server.sql.id\n  start_ip_address = \"%s\"\n  end_ip_address   = \"%s\"\n}\n",
			lab(tIP, g.publicIPv4()), lab(tIP, g.publicIPv4()))
		return "azure.tf"
	}
}

func buildTerraformNegative(g *gen, d *doc, i int) string {
	app := pick(g, services)
	switch i % 3 {
	case 0:
		for _, v := range []string{"db_password", "datadog_api_key", "github_token", "stripe_secret_key"} {
			d.f("variable \"%s\" {\n  type      = string\n  sensitive = true\n  # set via TF_VAR_%s in CI\n}\n\n", v, v)
		}
		d.f("resource \"aws_db_instance\" \"main\" {\n  identifier     = \"%s\"\n  engine_version = \"%s\"\n  username       = \"app\"\n  password       = var.db_password\n  manage_master_user_password = true\n}\n\n", app, g.version())
		d.f("module \"vpc\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"%s\"\n  name    = \"%s\"\n}\n", g.version(), app)
		return "main.tf"
	case 1:
		d.f("# This file is maintained automatically by \"terraform init\".\n\n")
		for _, p := range []string{"hashicorp/aws", "hashicorp/google", "hashicorp/random", "datadog/datadog"} {
			d.f("provider \"registry.terraform.io/%s\" {\n  version     = \"%s\"\n  constraints = \"~> %d.0\"\n  hashes = [\n", p, g.version(), g.between(1, 5))
			for range g.between(3, 8) {
				if g.chance(0.3) {
					d.f("    \"h1:%s=\",\n", strings.TrimRight(g.str(b64std, 43), "="))
				} else {
					d.f("    \"zh:%s\",\n", g.sha(64))
				}
			}
			d.raw("  ]\n}\n\n")
		}
		return ".terraform.lock.hcl"
	default:
		d.f("provider \"aws\" {\n  region = var.region\n  # Documented example credentials for the localstack test profile.\n  access_key = \"%s\"\n  secret_key = \"%s\"\n  skip_credentials_validation = true\n  endpoints {\n    s3 = \"http://localstack:4566\"\n  }\n}\n\n",
			awsExampleKeyID, awsExampleSecret)
		d.f("output \"bucket_arn\" {\n  value = aws_s3_bucket.assets.arn\n}\n\noutput \"db_password\" {\n  value     = random_password.db.result\n  sensitive = true\n}\n\nresource \"random_password\" \"db\" {\n  length  = 24\n  special = true\n}\n")
		return "localstack.tf"
	}
}
