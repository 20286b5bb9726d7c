package corpus

import (
	"fmt"
	"strings"
)

// JSON carriers: provider webhooks (Stripe, GitHub, Shopify), CRM and HR
// records, API logs, credential files (service-account keys, OAuth clients,
// STS responses) and application settings.

// jsonIndent picks a layout: compact, two or four spaces, or tabs.
func jsonIndent(g *gen) string { return pick(g, []string{"  ", "  ", "    ", "\t", ""}) }

// writeJSON writes a tree with a random layout and a trailing newline.
func writeJSON(g *gen, d *doc, v any) {
	d.json(v, jsonIndent(g))
	d.raw("\n")
}

func stripeID(g *gen, p string) string { return p + "_" + g.str(base62, 24) }

func buildJSON(g *gen, d *doc, i int) string {
	switch i % 14 {
	case 0:
		// Stripe webhook: one event or a replay dump of several.
		if g.chance(0.5) {
			writeJSON(g, d, stripeEvent(g, false))
			return "stripe-event.json"
		}
		// A replay dump of several deliveries.
		var evs arr
		for range g.between(3, 8) {
			evs = append(evs, stripeEvent(g, false))
		}
		writeJSON(g, d, obj{{"object", "list"}, {"url", "/v1/events"}, {"has_more", true}, {"data", evs}})
		return "stripe-events.json"
	case 1:
		// GitHub push: commit author, committer and pusher emails.
		writeJSON(g, d, githubPush(g))
		return "github-push.json"
	case 2:
		// Shopify order: buyer email, phone and browser IP, repeated as real payloads do.
		writeJSON(g, d, shopifyOrder(g))
		return "shopify-order.json"
	case 3:
		// CRM export; birth dates sit under dob-like keys.
		writeJSON(g, d, crmExport(g, false))
		return "crm-contacts.json"
	case 4:
		// Google OAuth: a token response (ya29., 1//0 refresh token, id_token JWT) or client_secret.json.
		if g.chance(0.5) {
			writeJSON(g, d, obj{
				{"access_token", lab(tOAuthToken, g.oauthAccessToken())},
				{"expires_in", 3599},
				{"refresh_token", lab(tAuthToken, g.googleRefreshToken())},
				{"scope", "openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/drive.readonly"},
				{"token_type", "Bearer"},
				{"id_token", lab(tJWT, g.jwt())},
			})
			return "oauth-token-response.json"
		}
		writeJSON(g, d, oauthClient(g, false))
		return "client_secret.json"
	case 5:
		// GCP service-account key file.
		writeJSON(g, d, serviceAccount(g))
		return "service-account.json"
	case 6:
		// .NET appsettings: ADO.NET, Redis and storage connection strings.
		writeJSON(g, d, appSettings(g, false))
		return "appsettings.Production.json"
	case 7:
		// HR export: national ids, payroll IBANs, passports.
		writeJSON(g, d, hrRecords(g))
		return "employees.json"
	case 8:
		// API request log, one JSON object per line.
		for range g.between(6, 14) {
			d.json(apiLogEntry(g), "")
			d.raw("\n")
		}
		return "api-requests.jsonl"
	case 9:
		// Chat-ops integrations config.
		writeJSON(g, d, integrations(g))
		return "integrations.json"
	case 10:
		// Payment debug dump with raw card numbers.
		writeJSON(g, d, paymentDebug(g))
		return "payment-debug.json"
	case 11:
		// STS AssumeRole response: temporary key, secret and session token.
		writeJSON(g, d, obj{
			{"Credentials", obj{
				{"AccessKeyId", lab(tAWSKey, g.awsKeyID(true))},
				{"SecretAccessKey", lab(tAWSSecret, g.awsSecret())},
				{"SessionToken", lab(tAWSSession, g.awsSessionToken())},
				{"Expiration", g.when().Format("2006-01-02T15:04:05+00:00")},
			}},
			{"AssumedRoleUser", obj{
				{"AssumedRoleId", "AROA" + g.str(base32AWS, 16) + ":" + pick(g, []string{"ci-deploy", "terraform", "botocore-session-1712"})},
				{"Arn", fmt.Sprintf("arn:aws:sts::%d:assumed-role/%s/ci-deploy", g.between(100000000000, 999999999999), pick(g, []string{"DeployRole", "OrganizationAccountAccessRole", "ReadOnly"}))},
			}},
		})
		return "sts-assume-role.json"
	case 12:
		// Identity-provider user profile with devices and login history.
		writeJSON(g, d, userProfile(g))
		return "user-profile.json"
	default:
		// MCP / AI tool config: tokens in env blocks and a DSN in args.
		writeJSON(g, d, mcpConfig(g))
		return pick(g, []string{"mcp.json", "claude_desktop_config.json", "settings.json"})
	}
}

func stripeEvent(g *gen, neg bool) obj {
	t := g.when()
	p := g.person()
	var email, phone any = lab(tEmail, p.email), lab(tPhone, p.phone)
	if neg {
		email, phone = nil, nil
	}
	card := obj{
		{"brand", pick(g, []string{"visa", "mastercard", "amex"})},
		{"country", pick(g, []string{"US", "GB", "DE", "FR"})},
		{"exp_month", g.between(1, 12)},
		{"exp_year", g.between(2025, 2031)},
		{"fingerprint", g.str(base62, 16)},
		{"funding", "credit"},
		{"last4", g.str(digits, 4)},
	}
	var object obj
	kind := pick(g, []string{"customer.created", "charge.succeeded", "payment_intent.succeeded", "invoice.paid"})
	switch kind {
	case "customer.created":
		object = obj{
			{"id", "cus_" + g.str(base62, 14)}, {"object", "customer"}, {"created", t.Unix()},
			{"email", email}, {"name", p.name()}, {"phone", phone},
			{"address", obj{{"city", p.city}, {"country", p.country}, {"line1", p.street}, {"postal_code", p.zip}}},
			{"invoice_prefix", strings.ToUpper(g.str(hexLower, 8))}, {"livemode", !neg},
			{"metadata", obj{{"crm_id", g.numericID()}}},
		}
	default:
		object = obj{
			{"id", stripeID(g, map[string]string{"charge": "ch", "payment_intent": "pi", "invoice": "in"}[strings.Split(kind, ".")[0]])}, {"object", strings.Split(kind, ".")[0]},
			{"amount", g.between(500, 250000)}, {"currency", pick(g, []string{"usd", "eur", "gbp"})},
			{"created", t.Unix()}, {"customer", "cus_" + g.str(base62, 14)},
			{"receipt_email", email},
			{"billing_details", obj{{"email", email}, {"name", p.name()}, {"phone", phone},
				{"address", obj{{"city", p.city}, {"country", p.country}, {"postal_code", p.zip}}}}},
			{"payment_method_details", obj{{"type", "card"}, {"card", card}}},
			{"status", "succeeded"}, {"livemode", !neg},
		}
	}
	return obj{
		{"id", stripeID(g, "evt")}, {"object", "event"}, {"api_version", "2023-10-16"},
		{"created", t.Unix()}, {"data", obj{{"object", object}}}, {"livemode", !neg},
		{"pending_webhooks", g.between(1, 3)},
		{"request", obj{{"id", "req_" + g.str(base62, 14)}, {"idempotency_key", g.uuid()}}},
		{"type", kind},
	}
}

// gitIdentity returns a commit identity whose email is labelled.
func gitIdentity(g *gen, p person, login string) obj {
	email := p.email
	if g.chance(0.3) {
		email = g.fresh(func() string {
			return fmt.Sprintf("%d+%s@users.noreply.github.com", g.between(100000, 99999999), login)
		})
	}
	return obj{{"name", p.name()}, {"email", lab(tEmail, email)}, {"username", login}}
}

func githubPush(g *gen) obj {
	org := strings.ToLower(strings.ReplaceAll(pick(g, companies), " ", "-"))
	repo := pick(g, services)
	pusher := g.person()
	login := asciiFold(pusher.first) + asciiFold(pusher.last)[:1] + fmt.Sprint(g.intn(99))
	var commits arr
	t := g.when()
	before := g.sha(40)
	var last string
	for range g.between(2, 8) {
		id := g.sha(40)
		last = id
		t = t.Add(17e9 * 60)
		author := pusher
		alogin := login
		if g.chance(0.4) {
			author = g.person()
			alogin = asciiFold(author.first) + "-" + asciiFold(author.last)
		}
		commits = append(commits, obj{
			{"id", id}, {"tree_id", g.sha(40)}, {"distinct", true},
			{"message", pick(g, []string{"fix: handle nil customer", "chore(deps): bump " + pick(g, npmPackages) + " to " + g.version(), "feat: add retry to webhook sender", "refactor payment adapter", "docs: update runbook"})},
			{"timestamp", t.Format("2006-01-02T15:04:05-07:00")},
			{"url", fmt.Sprintf("https://github.com/%s/%s/commit/%s", org, repo, id)},
			{"author", gitIdentity(g, author, alogin)},
			{"committer", obj{{"name", "GitHub"}, {"email", lab(tEmail, "noreply@github.com")}, {"username", "web-flow"}}},
			{"added", arr{}}, {"removed", arr{}}, {"modified", arr{"internal/" + repo + "/handler.go", "go.sum"}},
		})
	}
	return obj{
		{"ref", "refs/heads/" + pick(g, []string{"main", "master", "release/" + g.version()})},
		{"before", before}, {"after", last},
		{"repository", obj{{"id", g.between(100000000, 800000000)}, {"node_id", "R_kgDO" + g.str(b64url, 6)}, {"name", repo},
			{"full_name", org + "/" + repo}, {"private", true}, {"html_url", "https://github.com/" + org + "/" + repo},
			{"default_branch", "main"}}},
		{"pusher", obj{{"name", login}, {"email", lab(tEmail, pusher.email)}}},
		{"sender", obj{{"login", login}, {"id", g.between(100000, 99999999)}, {"type", "User"}, {"site_admin", false}}},
		{"created", false}, {"deleted", false}, {"forced", false},
		{"compare", fmt.Sprintf("https://github.com/%s/%s/compare/%s...%s", org, repo, before[:12], last[:12])},
		{"commits", commits},
	}
}

// address returns a postal address object whose phone is labelled.
func shopifyAddress(g *gen, p person, phone any) obj {
	return obj{
		{"first_name", p.first}, {"last_name", p.last}, {"address1", p.street}, {"city", p.city},
		{"zip", p.zip}, {"country_code", p.country}, {"phone", phone}, {"company", nil},
	}
}

func shopifyOrder(g *gen) obj {
	p := g.person()
	ip := g.publicIPv4()
	var items arr
	total := 0
	for range g.between(1, 4) {
		price := g.between(5, 400)
		total += price
		items = append(items, obj{{"id", g.between(10000000000, 99999999999)}, {"title", pick(g, products)},
			{"quantity", g.between(1, 3)}, {"price", fmt.Sprintf("%d.%02d", price, g.intn(100))}, {"sku", "SKU-" + strings.ToUpper(g.str(alnumLow, 6))}})
	}
	return obj{
		{"id", g.between(4000000000000, 5999999999999)}, {"admin_graphql_api_id", fmt.Sprintf("gid://shopify/Order/%d", g.between(4000000000000, 5999999999999))},
		{"browser_ip", lab(tIP, ip)}, {"contact_email", lab(tEmail, p.email)}, {"email", lab(tEmail, p.email)},
		{"phone", lab(tPhone, p.phone)}, {"created_at", g.when().Format("2006-01-02T15:04:05-07:00")},
		{"currency", pick(g, []string{"USD", "EUR", "GBP", "AUD"})}, {"financial_status", "paid"},
		{"name", fmt.Sprintf("#%d", g.between(1001, 99999))}, {"order_number", g.between(1001, 99999)},
		{"token", g.sha(32)}, {"total_price", fmt.Sprintf("%d.00", total)},
		{"client_details", obj{{"accept_language", "en-US,en;q=0.9"}, {"browser_ip", lab(tIP, ip)}, {"user_agent", pick(g, userAgents)}}},
		{"customer", obj{{"id", g.between(6000000000000, 7999999999999)}, {"email", lab(tEmail, p.email)}, {"first_name", p.first},
			{"last_name", p.last}, {"phone", lab(tPhone, p.phone)}, {"verified_email", true}, {"tags", "vip, newsletter"}}},
		{"billing_address", shopifyAddress(g, p, lab(tPhone, p.phone))},
		{"shipping_address", shopifyAddress(g, p, nil)},
		{"line_items", items},
	}
}

// crmExport returns a list of contacts; neg masks every personal value.
func crmExport(g *gen, neg bool) obj {
	var contacts arr
	n := g.between(10, 40)
	for range n {
		p := g.person()
		c := obj{
			{"id", g.numericID()}, {"firstname", p.first}, {"lastname", p.last},
		}
		if neg {
			c = append(c, kv{"email", g.maskedEmail()}, kv{"phone", g.maskedPhone()}, kv{"card_on_file", g.maskedCard()})
		} else {
			c = append(c, kv{"email", lab(tEmail, p.email)}, kv{"phone", lab(tPhone, p.phone)})
			if g.chance(0.4) {
				c = append(c, kv{"mobilephone", lab(tPhone, g.anyPhone())})
			}
			if g.chance(0.5) {
				c = append(c, kv{pick(g, []string{"date_of_birth", "birthdate", "dob"}), lab(tDOB, g.isoDOB())})
			}
			if g.chance(0.3) {
				c = append(c, kv{"last_seen_ip", lab(tIP, g.ipv4())})
			}
		}
		c = append(c,
			kv{"company", p.company}, kv{"city", p.city}, kv{"lifecyclestage", pick(g, []string{"lead", "customer", "opportunity", "subscriber"})},
			kv{"createdate", g.ts()}, kv{"lastmodifieddate", g.ts()}, kv{"hs_object_id", g.numericID()})
		contacts = append(contacts, c)
	}
	return obj{{"exported_at", g.ts()}, {"portal_id", g.between(1000000, 9999999)}, {"count", n}, {"contacts", contacts}}
}

func oauthClient(g *gen, neg bool) obj {
	project := pick(g, services) + "-" + g.str(alnumLow, 6)
	var secret any = lab(tOAuthSecret, g.oauthClientSecret())
	if neg {
		secret = pick(g, []string{"<client-secret>", "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${GOOGLE_CLIENT_SECRET}"})
	}
	return obj{{pick(g, []string{"web", "installed"}), obj{
		{"client_id", g.oauthClientID()}, {"project_id", project},
		{"auth_uri", "https://accounts.google.com/o/oauth2/auth"}, {"token_uri", "https://oauth2.googleapis.com/token"},
		{"auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"},
		{"client_secret", secret},
		{"redirect_uris", arr{"https://" + pick(g, services) + "." + pick(g, corpDomains) + "/oauth2/callback", "http://localhost:8080/callback"}},
	}}}
}

// serviceAccount returns a GCP service-account key file.
func serviceAccount(g *gen) obj {
	project := pick(g, services) + "-" + g.str(alnumLow, 6)
	sa := g.fresh(func() string {
		return pick(g, []string{"terraform", "ci-deployer", "bq-reader", "gcs-uploader", "firebase-adminsdk-" + g.str(alnumLow, 5)})
	})
	email := g.fresh(func() string { return sa + "@" + project + ".iam.gserviceaccount.com" })
	encoded := strings.Replace(email, "@", "%40", 1)
	return obj{
		{"type", "service_account"}, {"project_id", project}, {"private_key_id", g.sha(40)},
		{"private_key", lab(tGCPCreds, g.gcpPrivateKeyJSON())},
		{"client_email", lab(tEmail, email)}, {"client_id", g.str("123456789", 1) + g.str(digits, 20)},
		{"auth_uri", "https://accounts.google.com/o/oauth2/auth"}, {"token_uri", "https://oauth2.googleapis.com/token"},
		{"auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"},
		{"client_x509_cert_url", cat{"https://www.googleapis.com/robot/v1/metadata/x509/", lab(tEmail, encoded)}},
		{"universe_domain", "googleapis.com"},
	}
}

func appSettings(g *gen, neg bool) obj {
	conn := func(typ, key string, mk func() string) any { return g.sv(neg, typ, key, mk) }
	redisHost := pick(g, services) + ".redis.cache.windows.net"
	return obj{
		{"Logging", obj{{"LogLevel", obj{{"Default", "Information"}, {"Microsoft.AspNetCore", "Warning"}}}}},
		{"AllowedHosts", "*"},
		{"ConnectionStrings", obj{
			{"DefaultConnection", conn(tDBConn, "DefaultConnection", g.adoNet)},
			{"Redis", conn(tDBConn, "RedisConnection", func() string {
				return fmt.Sprintf("%s:6380,password=%s,ssl=True,abortConnect=False", redisHost, g.base64Password())
			})},
			{"Storage", conn(tAzureConn, "StorageConnection", g.azureConn)},
		}},
		{"Jwt", obj{{"Key", conn(tGeneric, "JwtKey", g.genericSecret)}, {"Issuer", "https://" + pick(g, corpDomains)}, {"ExpiryMinutes", 60}}},
		{"SendGrid", obj{{"ApiKey", conn(tSendGrid, "SendGridApiKey", g.sendgridKey)}, {"FromName", pick(g, companies)}}},
		{"ApplicationInsights", obj{{"ConnectionString", "InstrumentationKey=" + g.uuid() + ";IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"}}},
		{"FeatureManagement", obj{{"NewCheckout", g.chance(0.5)}, {"BetaReports", false}}},
	}
}

// base64Password returns a fresh base64 key as Azure issues for Redis access keys.
func (g *gen) base64Password() string {
	return g.fresh(func() string { return strings.TrimRight(g.str(b64std, 43), "+/") + "=" })
}

func hrRecords(g *gen) obj {
	var emps arr
	for range g.between(3, 8) {
		p := g.person()
		e := obj{
			{"employee_id", fmt.Sprintf("E%06d", g.intn(1000000))}, {"name", p.name()},
			{"work_email", lab(tEmail, g.emailFor(p.first, p.last))}, {"personal_email", lab(tEmail, p.email)},
			{"phone", lab(tPhone, p.phone)}, {"date_of_birth", lab(tDOB, g.isoDOB())},
			{"hire_date", g.when().Format("2006-01-02")}, {"department", pick(g, []string{"Engineering", "Finance", "Sales", "Support", "People"})},
		}
		switch g.intn(3) {
		case 0:
			e = append(e, kv{"ssn", lab(tSSN, g.ssn(false))})
		case 1:
			e = append(e, kv{"itin", lab(tITIN, g.itin())})
		default:
			e = append(e, kv{"ni_number", lab(tNINO, g.nino())})
		}
		e = append(e, kv{"payroll", obj{{"iban", lab(tIBAN, g.iban())}, {"bic", pick(g, []string{"DEUTDEFF", "BNPAFRPP", "NWBKGB2L", "INGBNL2A", "UBSWCHZH80A"})}, {"salary_band", "L" + fmt.Sprint(g.between(2, 7))}}})
		if g.chance(0.5) {
			e = append(e, kv{"passport", obj{{"number", lab(tPassport, g.passport())}, {"country", pick(g, []string{"US", "GB", "DE", "FR", "IN", "CA"})}, {"expires", g.when().AddDate(5, 0, 0).Format("2006-01-02")}}})
		}
		emps = append(emps, e)
	}
	return obj{{"generated", g.ts()}, {"source", "workday-export"}, {"employees", emps}}
}

func apiLogEntry(g *gen) obj {
	var auth any
	switch g.intn(4) {
	case 0:
		auth = cat{"Bearer ", lab(tJWT, g.jwt())}
	case 1:
		auth = cat{"Bearer ", lab(tAuthToken, g.opaqueToken())}
	case 2:
		auth = cat{"Basic ", lab(tBasicAuth, g.basicAuth())}
	default:
		auth = nil
	}
	ip := g.publicIPv4()
	headers := obj{{"host", "api." + pick(g, corpDomains)}, {"user-agent", pick(g, userAgents)}}
	if auth != nil {
		headers = append(headers, kv{"authorization", auth})
	}
	if g.chance(0.4) {
		headers = append(headers, kv{"cookie", cat{"session=", lab(tAuthToken, g.opaqueToken()), "; theme=dark; _ga=GA1.2." + g.numericID() + "." + fmt.Sprint(g.when().Unix())}})
	}
	headers = append(headers, kv{"x-forwarded-for", cat{lab(tIP, ip), ", ", lab(tIP, g.privateIPv4())}}, kv{"x-request-id", g.uuid()})
	e := obj{
		{"ts", g.ts()}, {"level", "info"}, {"method", pick(g, []string{"GET", "POST", "PUT"})},
		{"path", fmt.Sprintf(pick(g, []string{"/api/v1/orders/%d", "/api/v2/users/%d", "/api/v1/invoices/%d"}), g.between(1000, 99999))},
		{"status", pick(g, []int{200, 200, 201, 204, 401, 403, 500})}, {"duration_ms", g.between(2, 900)},
		{"client_ip", lab(tIP, ip)}, {"request", obj{{"headers", headers}}},
	}
	if g.chance(0.3) {
		p := g.person()
		e = append(e, kv{"body", obj{{"email", lab(tEmail, p.email)}, {"password", lab(tPassword, g.password())}, {"remember_me", true}}})
	}
	return e
}

func integrations(g *gen) obj {
	return obj{
		{"version", 2},
		{"integrations", obj{
			{"slack", obj{{"enabled", true}, {"webhook_url", lab(tSlackHook, g.slackWebhook())}, {"bot_token", lab(tSlack, g.slackToken())}, {"channel", pick(g, slackChannels)}}},
			{"discord", obj{{"enabled", g.chance(0.5)}, {"token", lab(tDiscord, g.discordToken())}, {"guild", g.str("123456789", 1) + g.str(digits, 17)}}},
			{"telegram", obj{{"bot_token", lab(tTelegram, g.telegramToken())}, {"chat_id", fmt.Sprintf("-100%d", g.between(1000000000, 1999999999))}}},
			{"twilio", obj{{"account_sid", lab(tTwilio, g.twilioSID("AC"))}, {"auth_token", lab(tTwilio, g.hex32())}, {"from", lab(tPhone, g.phone("US"))}}},
			{"pagerduty", obj{{"routing_key", lab(tGeneric, g.fresh(func() string { return g.str(hexLower, 32) }))}, {"severity", "critical"}}},
			{"datadog", obj{{"api_key", lab(tDatadog, g.datadogAPIKey())}, {"site", "datadoghq.eu"}}},
		}},
		{"updated_at", g.ts()}, {"updated_by", g.uuid()},
	}
}

func paymentDebug(g *gen) obj {
	p := g.person()
	return obj{
		{"event", "payment_attempt"}, {"attempt_id", g.uuid()}, {"ts", g.ts()},
		{"customer", obj{{"name", p.name()}, {"email", lab(tEmail, p.email)}, {"ip", lab(tIP, g.ipv4())}}},
		{"card", obj{{"number", lab(tCard, g.card())}, {"exp", fmt.Sprintf("%02d/%02d", g.between(1, 12), g.between(25, 31))}, {"holder", strings.ToUpper(p.name())}}},
		{"fallback_card", obj{{"number", lab(tCard, g.card())}, {"network", "unknown"}}},
		{"sepa_debit", obj{{"iban", lab(tIBAN, g.iban())}, {"mandate_reference", "MD-" + strings.ToUpper(g.str(alnumLow, 10))}}},
		{"gateway_response", obj{{"code", pick(g, []string{"05", "51", "00", "91"})}, {"message", pick(g, []string{"Do not honor", "Insufficient funds", "Approved", "Issuer unavailable"})}, {"auth_code", strings.ToUpper(g.str(alnumLow, 6))}}},
	}
}

func userProfile(g *gen) obj {
	p := g.person()
	var history arr
	for range g.between(2, 5) {
		ip := g.ipv4()
		if g.chance(0.3) {
			ip = g.ipv6()
		}
		history = append(history, obj{{"ip", lab(tIP, ip)}, {"at", g.ts()}, {"user_agent", pick(g, userAgents)}})
	}
	return obj{
		{"id", g.uuid()}, {"email", lab(tEmail, p.email)}, {"email_verified", true},
		{"phone_number", lab(tPhone, p.phone)}, {"birthdate", lab(tDOB, g.isoDOB())},
		{"given_name", p.first}, {"family_name", p.last}, {"locale", pick(g, []string{"en-US", "de-DE", "fr-FR", "en-GB"})},
		{"addresses", arr{obj{{"type", "home"}, {"street", p.street}, {"city", p.city}, {"postal_code", p.zip}, {"country", p.country}}}},
		{"devices", arr{obj{{"name", pick(g, []string{"MacBook Pro", "Pixel 8", "ThinkPad X1"})}, {"mac", lab(tMAC, g.mac())}, {"registered", g.ts()}}}},
		{"login_history", history},
		{"created_at", g.ts()}, {"updated_at", g.ts()},
	}
}

func mcpConfig(g *gen) obj {
	return obj{{"mcpServers", obj{
		{"github", obj{{"command", "npx"}, {"args", arr{"-y", "@modelcontextprotocol/server-github"}},
			{"env", obj{{"GITHUB_PERSONAL_ACCESS_TOKEN", lab(tGitHub, g.githubPAT())}}}}},
		{"postgres", obj{{"command", "npx"}, {"args", arr{"-y", "@modelcontextprotocol/server-postgres", lab(tDBConn, g.dbURL())}}}},
		{"slack", obj{{"command", "npx"}, {"args", arr{"-y", "@modelcontextprotocol/server-slack"}},
			{"env", obj{{"SLACK_BOT_TOKEN", lab(tSlack, g.slackToken())}, {"SLACK_TEAM_ID", "T" + g.str(upper+digits, 10)}}}}},
		{"search", obj{{"command", "uvx"}, {"args", arr{"mcp-server-search"}},
			{"env", obj{{"OPENAI_API_KEY", lab(tOpenAI, g.openaiKey())}, {"ANTHROPIC_API_KEY", lab(tAnthropic, g.anthropicKey())}}}}},
		{"huggingface", obj{{"url", "https://huggingface.co/mcp"}, {"headers", obj{{"Authorization", cat{"Bearer ", lab(tHF, g.hfToken())}}}}}},
	}}}
}

func buildJSONNegative(g *gen, d *doc, i int) string {
	switch i % 10 {
	case 0:
		deps := obj{}
		for _, p := range npmPackages[:g.between(4, len(npmPackages))] {
			deps = append(deps, kv{p, "^" + g.version()})
		}
		writeJSON(g, d, obj{
			{"name", "@" + strings.ToLower(strings.Fields(pick(g, companies))[0]) + "/" + pick(g, services)},
			{"version", g.version()}, {"private", true}, {"license", "UNLICENSED"},
			{"author", pick(g, companies) + " Platform Team"},
			{"scripts", obj{{"build", "tsc -p ."}, {"test", "jest --ci"}, {"lint", "eslint . --max-warnings 0"}, {"start", "node dist/index.js"}}},
			{"engines", obj{{"node", ">=20.11.0"}}},
			{"dependencies", deps},
		})
		return "package.json"
	case 1:
		// Lockfile: integrity hashes are base64 look-alikes.
		pk := obj{}
		for _, p := range npmPackages {
			v := g.version()
			pk = append(pk, kv{"node_modules/" + p, obj{{"version", v}, {"resolved", "https://registry.npmjs.org/" + p + "/-/" + p + "-" + v + ".tgz"}, {"integrity", g.integrity()}, {"license", "MIT"}}})
		}
		writeJSON(g, d, obj{{"name", pick(g, services)}, {"lockfileVersion", 3}, {"requires", true}, {"packages", pk}})
		return "package-lock.json"
	case 2:
		// Stripe events with the personal fields nulled and cards reduced to last4.
		var evs arr
		for range g.between(2, 6) {
			evs = append(evs, stripeEvent(g, true))
		}
		writeJSON(g, d, obj{{"object", "list"}, {"data", evs}, {"has_more", false}})
		return "stripe-events-redacted.json"
	case 3:
		var series arr
		t := g.when()
		for range g.between(20, 40) {
			t = t.Add(60e9)
			series = append(series, arr{t.Unix(), float64(g.intn(100000)) / 100})
		}
		writeJSON(g, d, obj{{"metric", "http_server_requests_seconds_p99"}, {"tags", obj{{"service", pick(g, services)}, {"env", "prod"}, {"version", g.version()}}}, {"interval", 60}, {"series", series}, {"query_id", g.uuid()}})
		return "metrics-export.json"
	case 4:
		flags := obj{}
		for _, s := range services[:g.between(5, 12)] {
			flags = append(flags, kv{s + "_v2", obj{{"enabled", g.chance(0.5)}, {"rollout", g.intn(101)}, {"owner", pick(g, []string{"team-payments", "team-growth", "platform"})}, {"updated", g.ts()}}})
		}
		writeJSON(g, d, obj{{"$schema", "https://flags.internal/schema/v3.json"}, {"etag", "W/\"" + g.sha(16) + "\""}, {"flags", flags}})
		return "feature-flags.json"
	case 5:
		// A workflow_job event carries SHAs and ids but no commit emails.
		writeJSON(g, d, obj{
			{"action", "completed"},
			{"workflow_job", obj{{"id", g.between(10000000000, 29999999999)}, {"run_id", g.between(5000000000, 9999999999)},
				{"head_sha", g.sha(40)}, {"status", "completed"}, {"conclusion", pick(g, []string{"success", "failure"})},
				{"started_at", g.ts()}, {"completed_at", g.ts()}, {"name", "build (ubuntu-22.04, 1.22.x)"},
				{"labels", arr{"ubuntu-22.04"}}, {"runner_name", "GitHub Actions " + fmt.Sprint(g.between(2, 400))},
				{"steps", arr{obj{{"name", "Set up job"}, {"status", "completed"}, {"number", 1}}, obj{{"name", "Run go test ./..."}, {"status", "completed"}, {"number", 4}}}}}},
			{"repository", obj{{"id", g.between(100000000, 800000000)}, {"full_name", "acme/" + pick(g, services)}, {"private", true}}},
		})
		return "github-workflow-job.json"
	case 6:
		// OpenAPI examples: placeholders and a Luhn-invalid card.
		writeJSON(g, d, obj{{"openapi", "3.0.3"}, {"info", obj{{"title", pick(g, services) + " API"}, {"version", g.version()}}},
			{"components", obj{{"securitySchemes", obj{
				{"bearerAuth", obj{{"type", "http"}, {"scheme", "bearer"}, {"bearerFormat", "JWT"}}},
				{"apiKey", obj{{"type", "apiKey"}, {"in", "header"}, {"name", "X-API-Key"}}}}},
				{"examples", obj{{"Login", obj{{"value", obj{{"username", "<username>"}, {"password", "<password>"}}}}},
					{"Card", obj{{"value", obj{{"number", g.luhnInvalid()}, {"display", g.maskedCard()}}}}}}}}}})
		return "openapi.json"
	case 7:
		writeJSON(g, d, oauthClient(g, true))
		return "client_secret.template.json"
	case 8:
		writeJSON(g, d, crmExport(g, true))
		return "crm-contacts-masked.json"
	default:
		writeJSON(g, d, appSettings(g, true))
		return "appsettings.Development.json"
	}
}
