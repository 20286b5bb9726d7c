package main

import (
	"regexp"
	"strings"
)

// gitleaksTypes maps rule ids of gitleaks' default config (v8.30.1,
// config/gitleaks.toml in the module, 222 rules) to the veil finding type
// that names the same kind of value. Only rules whose values veil also has a
// type for are listed; any other rule id scores under its own name
// ("gitleaks:<id>"), which never equals a veil type, so its findings count
// only in the untyped columns. The comparer warns when a key here is not a
// rule of the pinned gitleaks, so the table cannot silently go stale.
//
// Several gitleaks rules often map to one veil type (gitleaks has a rule per
// token prefix where veil has one type per provider).
var gitleaksTypes = map[string]string{
	// Cloud providers.
	"aws-access-token": "AWS_ACCESS_KEY_ID",
	"gcp-api-key":      "GCP_API_KEY",

	// Source hosting.
	"github-pat":                                  "GITHUB_TOKEN",
	"github-fine-grained-pat":                     "GITHUB_TOKEN",
	"github-oauth":                                "GITHUB_TOKEN",
	"github-app-token":                            "GITHUB_TOKEN",
	"github-refresh-token":                        "GITHUB_TOKEN",
	"gitlab-pat":                                  "GITLAB_TOKEN",
	"gitlab-pat-routable":                         "GITLAB_TOKEN",
	"gitlab-ptt":                                  "GITLAB_TOKEN",
	"gitlab-rrt":                                  "GITLAB_TOKEN",
	"gitlab-deploy-token":                         "GITLAB_TOKEN",
	"gitlab-cicd-job-token":                       "GITLAB_TOKEN",
	"gitlab-feed-token":                           "GITLAB_TOKEN",
	"gitlab-incoming-mail-token":                  "GITLAB_TOKEN",
	"gitlab-kubernetes-agent-token":               "GITLAB_TOKEN",
	"gitlab-oauth-app-secret":                     "GITLAB_TOKEN",
	"gitlab-runner-authentication-token":          "GITLAB_TOKEN",
	"gitlab-runner-authentication-token-routable": "GITLAB_TOKEN",
	"gitlab-scim-token":                           "GITLAB_TOKEN",
	"gitlab-feature-flag-client-token":            "GITLAB_TOKEN",

	// Chat and messaging.
	"slack-bot-token":              "SLACK_TOKEN",
	"slack-user-token":             "SLACK_TOKEN",
	"slack-app-token":              "SLACK_TOKEN",
	"slack-config-access-token":    "SLACK_TOKEN",
	"slack-config-refresh-token":   "SLACK_TOKEN",
	"slack-legacy-bot-token":       "SLACK_TOKEN",
	"slack-legacy-token":           "SLACK_TOKEN",
	"slack-legacy-workspace-token": "SLACK_TOKEN",
	"slack-webhook-url":            "SLACK_WEBHOOK_URL",
	"discord-api-token":            "DISCORD_BOT_TOKEN",
	"telegram-bot-api-token":       "TELEGRAM_BOT_TOKEN",
	"twilio-api-key":               "TWILIO_API_KEY",
	"sendgrid-api-token":           "SENDGRID_API_KEY",

	// Payments and commerce.
	"stripe-access-token":              "STRIPE_API_KEY",
	"shopify-access-token":             "SHOPIFY_ACCESS_TOKEN",
	"shopify-custom-access-token":      "SHOPIFY_ACCESS_TOKEN",
	"shopify-private-app-access-token": "SHOPIFY_ACCESS_TOKEN",

	// AI providers and package registries.
	"openai-api-key":                     "OPENAI_API_KEY",
	"anthropic-api-key":                  "ANTHROPIC_API_KEY",
	"anthropic-admin-api-key":            "ANTHROPIC_API_KEY",
	"huggingface-access-token":           "HUGGINGFACE_TOKEN",
	"huggingface-organization-api-token": "HUGGINGFACE_TOKEN",
	"npm-access-token":                   "NPM_TOKEN",
	"pypi-upload-token":                  "PYPI_TOKEN",
	"datadog-access-token":               "DATADOG_API_KEY",

	// Provider types veil has that the corpus does not plant (yet).
	"sentry-access-token":        "SENTRY_TOKEN",
	"sentry-org-token":           "SENTRY_TOKEN",
	"sentry-user-token":          "SENTRY_TOKEN",
	"square-access-token":        "SQUARE_ACCESS_TOKEN",
	"mailgun-private-api-token":  "MAILGUN_API_KEY",
	"mailchimp-api-key":          "MAILCHIMP_API_KEY",
	"heroku-api-key":             "HEROKU_API_KEY",
	"heroku-api-key-v2":          "HEROKU_API_KEY",
	"digitalocean-access-token":  "DIGITALOCEAN_TOKEN",
	"digitalocean-pat":           "DIGITALOCEAN_TOKEN",
	"digitalocean-refresh-token": "DIGITALOCEAN_TOKEN",
	"azure-ad-client-secret":     "AZURE_CLIENT_SECRET",

	// Formats rather than providers.
	"private-key":            "PRIVATE_KEY",
	"jwt":                    "JSON_WEB_TOKEN",
	"jwt-base64":             "JSON_WEB_TOKEN",
	"generic-api-key":        "GENERIC_SECRET",
	"kubernetes-secret-yaml": "GENERIC_SECRET",
	"curl-auth-header":       "AUTH_TOKEN",
	"curl-auth-user":         "PASSWORD",
	"hashicorp-tf-password":  "PASSWORD",
	"nuget-config-password":  "PASSWORD",
	"planetscale-password":   "PASSWORD",
	"sidekiq-sensitive-url":  "URL_CREDENTIALS",
}

// gitleaksTypePrefix marks the type of a gitleaks finding whose rule has no
// veil counterpart in gitleaksTypes.
const gitleaksTypePrefix = "gitleaks:"

// basicAuth recognises the Basic branch of gitleaks' curl-auth-header rule
// by the text just before the secret: base64 credentials there are veil's
// BASIC_AUTH_HEADER, not a bearer token. (The rule's match can span several
// lines and commands, so the whole match says nothing.)
var basicAuth = regexp.MustCompile(`(?i)authorization:[ \t]*basic[ \t]+$`)

// gitleaksType returns the veil type for a gitleaks finding of rule ruleID
// with the given match and secret, or the rule id under gitleaksTypePrefix
// when the table has none.
func gitleaksType(ruleID, match, secret string) string {
	if ruleID == "curl-auth-header" && secret != "" {
		if i := strings.Index(match, secret); i >= 0 && basicAuth.MatchString(match[:i]) {
			return "BASIC_AUTH_HEADER"
		}
	}
	if t, ok := gitleaksTypes[ruleID]; ok {
		return t
	}
	return gitleaksTypePrefix + ruleID
}

// mappedType reports whether typ is a real veil type rather than an unmapped
// gitleaks rule.
func mappedType(typ string) bool { return !strings.HasPrefix(typ, gitleaksTypePrefix) }
