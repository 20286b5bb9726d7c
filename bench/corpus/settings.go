package corpus

import (
	"fmt"
	"strings"
)

// Settings are the configuration values that env files, YAML, Helm values,
// Kubernetes manifests, Terraform and properties files share. A carrier picks
// a few groups and renders them in its own syntax, so the same kinds of
// secrets appear under many spellings.

// setting is one configuration value.
type setting struct {
	key string // nested-config key, snake_case ("secret_access_key")
	env string // environment variable name ("AWS_SECRET_ACCESS_KEY")
	val any    // lv (labelled), string, int or bool
}

// group is a set of related settings under one name ("aws", "database").
type group struct {
	name  string
	items []setting
}

// sv returns a labelled value built by mk, or, in a negative file, the
// look-alike a template would carry for that type.
func (g *gen) sv(neg bool, typ, key string, mk func() string) any {
	if !neg {
		return lab(typ, mk())
	}
	return g.lookalike(typ, key)
}

// lookalike returns an unlabelled stand-in for a value of type typ.
func (g *gen) lookalike(typ, key string) string {
	switch typ {
	case tAWSKey:
		if g.chance(0.6) {
			return awsExampleKeyID
		}
	case tAWSSecret:
		if g.chance(0.6) {
			return awsExampleSecret
		}
	case tStripe:
		if g.chance(0.4) {
			return pick(g, []string{"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "sk_live_..."})
		}
	case tAzureConn:
		if g.chance(0.6) {
			return pick(g, []string{"UseDevelopmentStorage=true",
				"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + azureEmulatorKey + ";BlobEndpoint=http://azurite:10000/devstoreaccount1;"})
		}
	case tDBConn:
		if g.chance(0.6) {
			return pick(g, []string{
				fmt.Sprintf("postgres://%s:${DB_PASSWORD}@%s:5432/%s", pick(g, dbUsers), g.host("postgres"), pick(g, dbNames)),
				fmt.Sprintf("postgres://%s:5432/%s?sslmode=require", g.host("postgres"), pick(g, dbNames)),
				fmt.Sprintf("mysql://%s:<password>@%s:3306/%s", pick(g, dbUsers), g.host("mysql"), pick(g, dbNames)),
				fmt.Sprintf("redis://%s:6379/0", g.host("redis")),
				fmt.Sprintf("mongodb://%s:27017/%s", g.host("mongo"), pick(g, dbNames)),
				"postgresql://user:password@localhost/dbname",
			})
		}
	case tEmail:
		return pick(g, []string{"${ADMIN_EMAIL}", "<admin-email>", "{{ .Values.email }}", "changeme"})
	case tPhone:
		return pick(g, []string{"+1-XXX-XXX-XXXX", "${SUPPORT_PHONE}", "<phone-number>", "+1 (555) 000-0000 ext. TBD"})
	case tSlackHook:
		return pick(g, []string{"https://hooks.slack.com/services/XXX/YYY/ZZZ", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "${SLACK_WEBHOOK_URL}"})
	case tOpenAI:
		if g.chance(0.3) {
			return "sk-..."
		}
	case tGitHub:
		if g.chance(0.3) {
			return "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
		}
	}
	return g.placeholder(key)
}

// groupKinds lists the group constructors; neg selects look-alike values.
var groupKinds = []func(g *gen, neg bool) group{
	groupDatabase, groupDatabase, groupRedis, groupAWS, groupAWS, groupStripe, groupMail, groupSMTP,
	groupAuth, groupSlack, groupOpenAI, groupAnthropic, groupHF, groupGitHub, groupGitLab,
	groupNPM, groupDatadog, groupTwilio, groupDiscord, groupTelegram, groupShopify, groupAzure,
	groupGCP, groupContact, groupPyPI, groupInternal, groupRabbit, groupMongo, groupAdmin, groupLDAP,
	groupSQLServer, groupDatabricks,
}

// pickGroups returns n distinct random groups.
func (g *gen) pickGroups(n int, neg bool) []group {
	idx := g.r.Perm(len(groupKinds))
	var out []group
	seen := map[string]bool{}
	for _, i := range idx {
		gr := groupKinds[i](g, neg)
		if seen[gr.name] {
			continue
		}
		seen[gr.name] = true
		out = append(out, gr)
		if len(out) == n {
			break
		}
	}
	return out
}

// appGroup returns the unlabelled basics every config starts with.
func appGroup(g *gen, app string) group {
	return group{"app", []setting{
		{"name", "APP_NAME", app},
		{"env", pick(g, []string{"APP_ENV", "NODE_ENV", "RAILS_ENV", "ENVIRONMENT"}), pick(g, envNames)},
		{"port", "PORT", pick(g, []int{3000, 8000, 8080, 8443, 9000})},
		{"log_level", "LOG_LEVEL", pick(g, []string{"info", "debug", "warn"})},
		{"base_url", "APP_URL", fmt.Sprintf("https://%s.%s", app, pick(g, corpDomains))},
		{"release", "RELEASE", g.version()},
	}}
}

func groupDatabase(g *gen, neg bool) group {
	if g.chance(0.5) {
		return group{"database", []setting{
			{"url", pick(g, []string{"DATABASE_URL", "DB_URL", "POSTGRES_URL", "DB_DSN"}), g.sv(neg, tDBConn, "database_url", g.dbURL)},
			{"pool_size", "DB_POOL_SIZE", g.between(5, 50)},
		}}
	}
	return group{"database", []setting{
		{"host", "DB_HOST", g.host("postgres")},
		{"port", "DB_PORT", 5432},
		{"name", "DB_NAME", pick(g, dbNames)},
		{"user", pick(g, []string{"DB_USER", "DB_USERNAME", "POSTGRES_USER"}), pick(g, dbUsers)},
		{pick(g, []string{"password", "pass", "passwd"}), pick(g, []string{"DB_PASSWORD", "DB_PASS", "POSTGRES_PASSWORD", "DATABASE_PASSWORD"}), g.sv(neg, tPassword, "db_password", g.password)},
	}}
}

func groupRedis(g *gen, neg bool) group {
	return group{"redis", []setting{
		{"url", pick(g, []string{"REDIS_URL", "CACHE_URL"}), g.sv(neg, tDBConn, "redis_url", func() string {
			return fmt.Sprintf("redis://:%s@%s:6379/%d", g.urlPassword(), g.host("redis"), g.intn(4))
		})},
		{"ttl_seconds", "CACHE_TTL", pick(g, []int{60, 300, 3600})},
	}}
}

func groupAWS(g *gen, neg bool) group {
	temp := g.chance(0.25)
	items := []setting{
		{"access_key_id", "AWS_ACCESS_KEY_ID", g.sv(neg, tAWSKey, "aws_access_key_id", func() string { return g.awsKeyID(temp) })},
		{"secret_access_key", "AWS_SECRET_ACCESS_KEY", g.sv(neg, tAWSSecret, "aws_secret_access_key", g.awsSecret)},
	}
	if temp {
		items = append(items, setting{"session_token", "AWS_SESSION_TOKEN", g.sv(neg, tAWSSession, "aws_session_token", g.awsSessionToken)})
	}
	items = append(items,
		setting{"region", "AWS_REGION", pick(g, regions)},
		setting{"bucket", "S3_BUCKET", pick(g, services) + "-" + pick(g, envNames) + "-assets"})
	return group{"aws", items}
}

func groupStripe(g *gen, neg bool) group {
	return group{"stripe", []setting{
		{"secret_key", pick(g, []string{"STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"}), g.sv(neg, tStripe, "stripe_secret_key", g.stripeKey)},
		{"publishable_key", "STRIPE_PUBLISHABLE_KEY", g.stripePublishable()},
		{"api_version", "STRIPE_API_VERSION", pick(g, []string{"2023-10-16", "2024-04-10", "2022-11-15"})},
	}}
}

func groupMail(g *gen, neg bool) group {
	return group{"sendgrid", []setting{
		{"api_key", "SENDGRID_API_KEY", g.sv(neg, tSendGrid, "sendgrid_api_key", g.sendgridKey)},
		{"from_address", "MAIL_FROM", g.sv(neg, tEmail, "mail_from", g.roleEmail)},
		{"template_id", "SENDGRID_TEMPLATE_ID", "d-" + g.sha(32)},
	}}
}

func groupSMTP(g *gen, neg bool) group {
	return group{"smtp", []setting{
		{"host", "SMTP_HOST", pick(g, []string{"smtp.mailgun.org", "email-smtp.eu-west-1.amazonaws.com", "smtp.office365.com", "smtp.gmail.com"})},
		{"port", "SMTP_PORT", pick(g, []int{587, 465, 25})},
		{"username", "SMTP_USER", g.sv(neg, tEmail, "smtp_user", g.roleEmail)},
		{"password", pick(g, []string{"SMTP_PASSWORD", "SMTP_PASS", "MAIL_PASSWORD"}), g.sv(neg, tPassword, "smtp_password", g.password)},
	}}
}

func groupAuth(g *gen, neg bool) group {
	return group{"auth", []setting{
		{"jwt_secret", pick(g, []string{"JWT_SECRET", "JWT_SIGNING_KEY", "AUTH_SECRET"}), g.sv(neg, tGeneric, "jwt_secret", g.genericSecret)},
		{"session_secret", pick(g, []string{"SESSION_SECRET", "COOKIE_SECRET", "SECRET_KEY_BASE"}), g.sv(neg, tGeneric, "session_secret", g.genericSecret)},
		{"google_client_id", "GOOGLE_CLIENT_ID", g.oauthClientID()},
		{"google_client_secret", "GOOGLE_CLIENT_SECRET", g.sv(neg, tOAuthSecret, "google_client_secret", g.oauthClientSecret)},
	}}
}

func groupSlack(g *gen, neg bool) group {
	return group{"slack", []setting{
		{"bot_token", "SLACK_BOT_TOKEN", g.sv(neg, tSlack, "slack_bot_token", g.slackToken)},
		{"webhook_url", "SLACK_WEBHOOK_URL", g.sv(neg, tSlackHook, "slack_webhook_url", g.slackWebhook)},
		{"channel", "SLACK_CHANNEL", pick(g, slackChannels)},
	}}
}

func groupOpenAI(g *gen, neg bool) group {
	return group{"openai", []setting{
		{"api_key", "OPENAI_API_KEY", g.sv(neg, tOpenAI, "openai_api_key", g.openaiKey)},
		{"organization", "OPENAI_ORG_ID", "org-" + g.str(base62, 24)},
		{"model", "OPENAI_MODEL", pick(g, []string{"gpt-4o", "gpt-4o-mini", "gpt-4.1", "text-embedding-3-small"})},
	}}
}

func groupAnthropic(g *gen, neg bool) group {
	return group{"anthropic", []setting{
		{"api_key", "ANTHROPIC_API_KEY", g.sv(neg, tAnthropic, "anthropic_api_key", g.anthropicKey)},
		{"model", "ANTHROPIC_MODEL", pick(g, []string{"claude-sonnet-4-5", "claude-3-5-haiku-latest", "claude-opus-4-1"})},
		{"max_tokens", "ANTHROPIC_MAX_TOKENS", pick(g, []int{1024, 4096, 8192})},
	}}
}

func groupHF(g *gen, neg bool) group {
	return group{"huggingface", []setting{
		{"token", pick(g, []string{"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACE_TOKEN"}), g.sv(neg, tHF, "hf_token", g.hfToken)},
		{"model_id", "HF_MODEL_ID", pick(g, []string{"sentence-transformers/all-MiniLM-L6-v2", "meta-llama/Llama-3.1-8B-Instruct", "distilbert-base-uncased"})},
	}}
}

func groupGitHub(g *gen, neg bool) group {
	mk := g.githubToken
	if g.chance(0.35) {
		mk = g.githubPAT
	}
	return group{"github", []setting{
		{"token", pick(g, []string{"GITHUB_TOKEN", "GH_TOKEN", "GH_PAT", "GITHUB_ACCESS_TOKEN"}), g.sv(neg, tGitHub, "github_token", mk)},
		{"repository", "GITHUB_REPOSITORY", strings.ToLower(strings.ReplaceAll(pick(g, companies), " ", "-")) + "/" + pick(g, services)},
	}}
}

func groupGitLab(g *gen, neg bool) group {
	return group{"gitlab", []setting{
		{"url", "GITLAB_URL", "https://gitlab." + pick(g, corpDomains)},
		{"token", pick(g, []string{"GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "CI_JOB_TOKEN_OVERRIDE"}), g.sv(neg, tGitLab, "gitlab_token", g.gitlabToken)},
	}}
}

func groupNPM(g *gen, neg bool) group {
	return group{"npm", []setting{
		{"registry", "NPM_REGISTRY", "https://registry.npmjs.org/"},
		{"token", pick(g, []string{"NPM_TOKEN", "NODE_AUTH_TOKEN"}), g.sv(neg, tNPM, "npm_token", g.npmToken)},
	}}
}

func groupDatadog(g *gen, neg bool) group {
	return group{"datadog", []setting{
		{"api_key", pick(g, []string{"DD_API_KEY", "DATADOG_API_KEY"}), g.sv(neg, tDatadog, "dd_api_key", g.datadogAPIKey)},
		{"app_key", pick(g, []string{"DD_APP_KEY", "DATADOG_APP_KEY"}), g.sv(neg, tDatadog, "dd_app_key", g.datadogAppKey)},
		{"site", "DD_SITE", pick(g, []string{"datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"})},
	}}
}

func groupTwilio(g *gen, neg bool) group {
	return group{"twilio", []setting{
		{"account_sid", "TWILIO_ACCOUNT_SID", g.sv(neg, tTwilio, "twilio_account_sid", func() string { return g.twilioSID("AC") })},
		{"auth_token", "TWILIO_AUTH_TOKEN", g.sv(neg, tTwilio, "twilio_auth_token", g.hex32)},
		{"api_key", "TWILIO_API_KEY", g.sv(neg, tTwilio, "twilio_api_key", func() string { return g.twilioSID("SK") })},
		{"from_number", "TWILIO_FROM_NUMBER", g.sv(neg, tPhone, "twilio_from_number", func() string { return g.phone("US") })},
	}}
}

func groupDiscord(g *gen, neg bool) group {
	return group{"discord", []setting{
		{"bot_token", pick(g, []string{"DISCORD_BOT_TOKEN", "DISCORD_TOKEN"}), g.sv(neg, tDiscord, "discord_token", g.discordToken)},
		{"guild_id", "DISCORD_GUILD_ID", g.str("123456789", 1) + g.str(digits, 17)},
	}}
}

func groupTelegram(g *gen, neg bool) group {
	return group{"telegram", []setting{
		{"bot_token", "TELEGRAM_BOT_TOKEN", g.sv(neg, tTelegram, "telegram_bot_token", g.telegramToken)},
		{"chat_id", "TELEGRAM_CHAT_ID", fmt.Sprintf("-100%d", g.between(1000000000, 1999999999))},
	}}
}

func groupShopify(g *gen, neg bool) group {
	return group{"shopify", []setting{
		{"shop", "SHOPIFY_SHOP", strings.ReplaceAll(strings.ToLower(pick(g, companies)), " ", "-") + ".myshopify.com"},
		{"access_token", pick(g, []string{"SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"}), g.sv(neg, tShopify, "shopify_access_token", g.shopifyToken)},
		{"api_version", "SHOPIFY_API_VERSION", pick(g, []string{"2024-01", "2024-04", "2023-10"})},
	}}
}

func groupAzure(g *gen, neg bool) group {
	return group{"azure_storage", []setting{
		{"connection_string", pick(g, []string{"AZURE_STORAGE_CONNECTION_STRING", "AzureWebJobsStorage", "STORAGE_CONNECTION"}), g.sv(neg, tAzureConn, "azure_storage_connection_string", g.azureConn)},
		{"container", "AZURE_CONTAINER", pick(g, []string{"uploads", "exports", "backups"})},
	}}
}

func groupGCP(g *gen, neg bool) group {
	return group{"google", []setting{
		{"api_key", pick(g, []string{"GOOGLE_API_KEY", "GOOGLE_MAPS_API_KEY", "FIREBASE_API_KEY", "GCP_API_KEY"}), g.sv(neg, tGCPKey, "google_api_key", g.gcpAPIKey)},
		{"project_id", "GCP_PROJECT", pick(g, services) + "-" + g.str(alnumLow, 6)},
	}}
}

func groupContact(g *gen, neg bool) group {
	return group{"contact", []setting{
		{"admin_email", pick(g, []string{"ADMIN_EMAIL", "OWNER_EMAIL", "ALERT_EMAIL"}), g.sv(neg, tEmail, "admin_email", func() string {
			p := g.person()
			return p.email
		})},
		{"support_phone", "SUPPORT_PHONE", g.sv(neg, tPhone, "support_phone", g.anyPhone)},
		{"oncall_email", "ONCALL_EMAIL", g.sv(neg, tEmail, "oncall_email", g.roleEmail)},
	}}
}

func groupPyPI(g *gen, neg bool) group {
	return group{"pypi", []setting{
		{"username", "TWINE_USERNAME", "__token__"},
		{"password", pick(g, []string{"TWINE_PASSWORD", "PYPI_TOKEN", "PYPI_API_TOKEN"}), g.sv(neg, tPyPI, "pypi_token", g.pypiToken)},
	}}
}

func groupInternal(g *gen, neg bool) group {
	return group{"internal", []setting{
		{"api_key", pick(g, []string{"INTERNAL_API_KEY", "SERVICE_API_KEY", "PARTNER_API_KEY", "API_KEY"}), g.sv(neg, tGeneric, "api_key", g.genericSecret)},
		{"webhook_secret", pick(g, []string{"WEBHOOK_SECRET", "WEBHOOK_SIGNING_SECRET", "HMAC_SECRET"}), g.sv(neg, tGeneric, "webhook_secret", g.genericSecret)},
		{"encryption_key", pick(g, []string{"ENCRYPTION_KEY", "DATA_KEY", "FIELD_ENCRYPTION_KEY"}), g.sv(neg, tGeneric, "encryption_key", g.genericSecret)},
	}}
}

func groupRabbit(g *gen, neg bool) group {
	return group{"rabbitmq", []setting{
		{"url", pick(g, []string{"AMQP_URL", "RABBITMQ_URL", "BROKER_URL"}), g.sv(neg, tDBConn, "amqp_url", func() string {
			return fmt.Sprintf("amqp://%s:%s@%s:5672/%s", pick(g, dbUsers), g.urlPassword(), g.host("rabbitmq"), pick(g, []string{"", "%2F", "orders"}))
		})},
		{"prefetch", "AMQP_PREFETCH", pick(g, []int{10, 50, 100})},
	}}
}

func groupMongo(g *gen, neg bool) group {
	return group{"mongodb", []setting{
		{"uri", pick(g, []string{"MONGODB_URI", "MONGO_URL", "MONGO_URI"}), g.sv(neg, tDBConn, "mongodb_uri", func() string {
			return fmt.Sprintf("mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority", pick(g, dbUsers), g.urlPassword(), g.str(alnumLow, 5), pick(g, dbNames))
		})},
	}}
}

func groupAdmin(g *gen, neg bool) group {
	return group{"admin", []setting{
		{"username", "ADMIN_USER", pick(g, []string{"admin", "root", "superuser", "ops"})},
		{"password", pick(g, []string{"ADMIN_PASSWORD", "ADMIN_PASS", "DEFAULT_ADMIN_PASSWORD"}), g.sv(neg, tPassword, "admin_password", g.password)},
	}}
}

func groupLDAP(g *gen, neg bool) group {
	dom := pick(g, corpDomains)
	dc := "dc=" + strings.ReplaceAll(dom, ".", ",dc=")
	return group{"ldap", []setting{
		{"url", "LDAP_URL", "ldaps://ldap." + dom + ":636"},
		{"bind_dn", "LDAP_BIND_DN", "cn=svc-ldap,ou=services," + dc},
		{"bind_password", pick(g, []string{"LDAP_BIND_PASSWORD", "LDAP_PASSWORD"}), g.sv(neg, tPassword, "ldap_bind_password", g.password)},
	}}
}

// groupDatabricks carries a dapi token, a DATABRICKS_TOKEN.
func groupDatabricks(g *gen, neg bool) group {
	return group{"databricks", []setting{
		{"host", "DATABRICKS_HOST", fmt.Sprintf("https://adb-%d.%d.azuredatabricks.net", g.between(1000000000000000, 9999999999999999), g.between(1, 19))},
		{"token", "DATABRICKS_TOKEN", g.sv(neg, tDatabricks, "databricks_token", func() string { return g.fresh(func() string { return "dapi" + g.str(hexLower, 32) }) })},
	}}
}

func groupSQLServer(g *gen, neg bool) group {
	return group{"sqlserver", []setting{
		{"connection_string", pick(g, []string{"SQLSERVER_CONNECTION", "ConnectionStrings__Default", "MSSQL_CONNECTION_STRING"}), g.sv(neg, tDBConn, "sql_connection", g.adoNet)},
	}}
}
