package corpus

import (
	"net/url"
	"time"
)

// curl commands (shell history, README snippets, "Copy as cURL") and raw HTTP
// request/response dumps with credentials in headers, URLs and bodies.

// curlCommand writes one curl invocation that carries a credential.
func curlCommand(g *gen, d *doc) {
	host := "api." + pick(g, corpDomains)
	cont := pick(g, []string{" \\\n  ", " "})
	switch g.intn(16) {
	case 0:
		tok, typ := g.providerBearer()
		d.f("curl -sS%s-H \"Authorization: Bearer %s\"%shttps://%s/v1/me\n", cont, lab(typ, tok), cont, host)
	case 1:
		d.f("curl -u %s:%s https://%s/api/v2/reports\n", pick(g, dbUsers), lab(tPassword, g.password()), host)
	case 2:
		d.f("curl https://%s@%s/artifactory/api/storage/libs-release\n", lab(tURLCreds, g.userinfo()), "repo."+pick(g, corpDomains))
	case 3:
		d.f("curl https://api.stripe.com/v1/charges%s-u %s:%s-d amount=%d -d currency=usd -d source=tok_visa\n", cont, lab(tStripe, g.stripeKey()), cont, g.between(100, 9999))
	case 4:
		d.f("curl -X GET \"https://%s/v1/records?limit=50\"%s-H \"X-Api-Key: %s\"\n", host, cont, lab(tGeneric, g.genericSecret()))
	case 5:
		d.f("curl -X POST \"https://api.datadoghq.com/api/v1/events\"%s-H \"DD-API-KEY: %s\"%s-H \"DD-APPLICATION-KEY: %s\"%s-d '{\"title\":\"deploy\",\"text\":\"deployed v%s\"}'\n",
			cont, lab(tDatadog, g.datadogAPIKey()), cont, lab(tDatadog, g.datadogAppKey()), cont, g.version())
	case 6:
		p := g.person()
		d.f("curl -X POST https://%s/v1/login -H 'Content-Type: application/json' --data '{\"email\":\"%s\",\"password\":\"%s\"}'\n", host, lab(tEmail, p.email), lab(tPassword, g.password()))
	case 7:
		d.f("curl -s https://oauth2.googleapis.com/token%s-d client_id=%s%s-d client_secret=%s%s-d refresh_token=%s%s-d grant_type=refresh_token\n",
			cont, g.oauthClientID(), cont, lab(tOAuthSecret, g.oauthClientSecret()), cont, lab(tAuthToken, g.googleRefreshToken()), cont)
	case 8:
		d.f("curl -s \"https://api.telegram.org/bot%s/sendMessage?chat_id=-100%d&text=deploy+ok\"\n", lab(tTelegram, g.telegramToken()), g.between(1000000000, 1999999999))
	case 9:
		d.f("curl -H \"Authorization: Basic %s\" https://%s/admin/metrics\n", lab(tBasicAuth, g.basicAuth()), host)
	case 10:
		d.f("curl -X GET \"https://%s.myshopify.com/admin/api/2024-01/orders.json?status=any\"%s-H \"X-Shopify-Access-Token: %s\"\n", pick(g, services), cont, lab(tShopify, g.shopifyToken()))
	case 11:
		d.f("curl -H \"Authorization: Bot %s\" https://discord.com/api/v10/users/@me\n", lab(tDiscord, g.discordToken()))
	case 12:
		d.f("curl -o report.pdf \"%s\"\n", g.signedURL())
	case 13:
		d.f("curl https://api.anthropic.com/v1/messages%s-H \"x-api-key: %s\"%s-H \"anthropic-version: 2023-06-01\"%s-H \"content-type: application/json\"%s-d '{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":256,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}'\n",
			cont, lab(tAnthropic, g.anthropicKey()), cont, cont, cont)
	case 14:
		d.f("curl 'https://%s/api/cart' --cookie 'session=%s; csrftoken=%s' -H 'X-Forwarded-For: %s'\n", host, lab(tAuthToken, g.opaqueToken()), g.sha(32), lab(tIP, g.publicIPv4()))
	default:
		d.f("curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"backup finished\"}' %s\n", lab(tSlackHook, g.slackWebhook()))
	}
}

func buildCurl(g *gen, d *doc, i int) string {
	switch i % 3 {
	case 0: // shell history
		n := 100 + g.between(0, 400)
		for range g.between(20, 45) {
			d.f("%5d  ", n)
			n++
			if g.chance(0.3) {
				curlCommand(g, d)
				continue
			}
			d.f("%s\n", pick(g, []string{"ls -la", "cd ~/src/" + pick(g, services), "git pull --rebase", "kubectl get pods -n " + pick(g, k8sNamespaces),
				"docker compose up -d", "go test ./...", "make build VERSION=" + g.version(), "git log --oneline -5", "jq . response.json", "history | grep curl"}))
		}
		return "bash_history"
	case 1: // README snippet
		d.f("# Calling the %s API\n\nQuick checks we use during incidents:\n\n```bash\n", pick(g, services))
		for range g.between(3, 7) {
			curlCommand(g, d)
			d.raw("\n")
		}
		d.raw("```\n")
		return "api-snippets.md"
	default: // Copy as cURL from the browser
		host := "app." + pick(g, corpDomains)
		d.f("curl 'https://%s/api/graphql' \\\n  -H 'accept: */*' \\\n  -H 'accept-language: en-GB,en;q=0.9' \\\n  -H 'authorization: Bearer %s' \\\n", host, lab(tJWT, g.jwt()))
		d.f("  -H 'content-type: application/json' \\\n  -H 'cookie: _ga=GA1.1.%s.%d; sid=%s; theme=dark' \\\n  -H 'origin: https://%s' \\\n  -H 'user-agent: %s' \\\n",
			g.numericID(), g.when().Unix(), lab(tAuthToken, g.opaqueToken()), host, pick(g, userAgents))
		p := g.person()
		d.f("  --data-raw '{\"operationName\":\"UpdateProfile\",\"variables\":{\"email\":\"%s\",\"phone\":\"%s\"},\"query\":\"mutation UpdateProfile($email: String!) { updateProfile(email: $email) { id } }\"}'\n",
			lab(tEmail, p.email), lab(tPhone, p.phone))
		return "copy-as-curl.sh"
	}
}

func buildCurlNegative(g *gen, d *doc, i int) string {
	host := "api." + pick(g, corpDomains)
	d.f("# %s API examples\n\nExport your credentials first (never paste them here):\n\n```bash\nexport API_TOKEN=<your-api-token>\nexport STRIPE_KEY=sk_test_...\n```\n\n```bash\n", pick(g, services))
	for range g.between(4, 8) {
		switch g.intn(6) {
		case 0:
			d.f("curl -H \"Authorization: Bearer $API_TOKEN\" https://%s/v1/orders/%s\n", host, g.orderID())
		case 1:
			d.f("curl -u \"$STRIPE_KEY:\" https://api.stripe.com/v1/customers?limit=3\n")
		case 2:
			d.f("curl -H 'Authorization: Bearer <token>' -H 'Idempotency-Key: %s' -X POST https://%s/v1/refunds\n", g.uuid(), host)
		case 3:
			d.f("curl -s https://%s/healthz | jq .version   # => \"%s\"\n", host, g.version())
		case 4:
			d.f("curl -H \"Stripe-Publishable-Key: %s\" https://%s/v1/config\n", g.stripePublishable(), host)
		default:
			d.f("curl -fsSL https://github.com/acme/cli/releases/download/v%s/cli_linux_amd64.tar.gz | sha256sum  # %s\n", g.version(), g.sha(64))
		}
	}
	d.raw("```\n")
	return "api-examples.md"
}

// HTTP dumps.

func buildHTTP(g *gen, d *doc, i int) string {
	host := "api." + pick(g, corpDomains)
	switch i % 5 {
	case 0:
		// Form login with a URL-encoded email.
		p := g.person()
		body := cat{"username=", lab(tEmail, url.QueryEscape(p.email)), "&password=", lab(tPassword, g.urlPassword()), "&remember=1"}
		d.f("POST /login HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\nX-Forwarded-For: %s, %s\r\nX-Real-IP: %s\r\nCookie: csrftoken=%s\r\n\r\n%s\r\n",
			host, pick(g, userAgents), len(body.text()), lab(tIP, g.publicIPv4()), lab(tIP, g.privateIPv4()), lab(tIP, g.publicIPv4()), g.sha(32), body)
		return "login-request.http"
	case 1:
		// Basic-auth request and a response setting a session cookie.
		d.f("GET /v1/accounts/%d HTTP/2\r\nHost: %s\r\nAuthorization: Basic %s\r\nAccept: application/json\r\nX-Request-ID: %s\r\n\r\n", g.between(1000, 99999), host, lab(tBasicAuth, g.basicAuth()), g.uuid())
		d.f("HTTP/2 200\r\ncontent-type: application/json\r\nset-cookie: session=%s; Path=/; HttpOnly; Secure; SameSite=Lax\r\nx-ratelimit-remaining: %d\r\n\r\n", lab(tAuthToken, g.opaqueToken()), g.between(1, 5000))
		p := g.person()
		d.json(obj{{"id", g.numericID()}, {"owner", obj{{"name", p.name()}, {"email", lab(tEmail, p.email)}, {"phone", lab(tPhone, p.phone)}}}, {"iban", lab(tIBAN, g.iban())}, {"status", "active"}}, "  ")
		d.raw("\n")
		return "account-exchange.http"
	case 2:
		// Proxy capture of an LLM call with personal data in the prompt.
		d.f("POST /v1/chat/completions HTTP/1.1\nHost: api.openai.com\nAuthorization: Bearer %s\nOpenAI-Organization: org-%s\nContent-Type: application/json\n\n", lab(tOpenAI, g.openaiKey()), g.str(base62, 24))
		p := g.person()
		d.json(obj{{"model", "gpt-4o"}, {"messages", arr{obj{{"role", "user"}, {"content", cat{"Summarise this ticket from ", lab(tEmail, p.email), " (phone ", lab(tPhone, p.phone), "): card ", lab(tCard, g.card()), " was declined"}}}}}}, "")
		d.raw("\n")
		return "proxy-capture.http"
	case 3:
		// HAR from the browser's network tab.
		// A HAR file from the browser's network tab.
		p := g.person()
		entry := func(path string, headers arr, status int) obj {
			return obj{{"startedDateTime", g.when().Format(time.RFC3339Nano)}, {"time", float64(g.between(5, 900))},
				{"request", obj{{"method", "GET"}, {"url", "https://" + host + path}, {"httpVersion", "HTTP/2"}, {"headers", headers}}},
				{"response", obj{{"status", status}, {"headers", arr{obj{{"name", "content-type"}, {"value", "application/json"}}}}}},
				{"serverIPAddress", lab(tIP, g.publicIPv4())}}
		}
		entries := arr{
			entry("/v1/me", arr{obj{{"name", "authorization"}, {"value", cat{"Bearer ", lab(tJWT, g.jwt())}}}, obj{{"name", "x-client-version"}, {"value", g.version()}}}, 200),
			entry("/v1/search?q="+pick(g, searchTerms), arr{obj{{"name", "cookie"}, {"value", cat{"sid=", lab(tAuthToken, g.opaqueToken())}}}}, 200),
			entry("/v1/profile", arr{obj{{"name", "x-user-email"}, {"value", lab(tEmail, p.email)}}}, 204),
		}
		writeJSON(g, d, obj{{"log", obj{{"version", "1.2"}, {"creator", obj{{"name", "WebInspector"}, {"version", "537.36"}}}, {"entries", entries}}}})
		return "session.har"
	default:
		// Presigned S3 PUT with temporary credentials.
		// A presigned PUT with temporary credentials: key id, session token
		// (URL-encoded, labelled as written) and signature.
		t := g.when()
		region := pick(g, regions)
		d.f("PUT /upload/%s.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2F%s%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=900&X-Amz-Security-Token=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s HTTP/1.1\n",
			g.uuid(), lab(tAWSKey, g.awsKeyID(true)), t.Format("20060102"), region, t.Format("20060102T150405Z"),
			lab(tAWSSession, url.QueryEscape(g.awsSessionToken())), lab(tSignedURLSig, g.fresh(func() string { return g.str(hexLower, 64) })))
		d.f("Host: %s-uploads.s3.%s.amazonaws.com\nContent-Type: application/zip\nContent-Length: %d\nExpect: 100-continue\n\n", pick(g, services), region, g.between(10000, 9999999))
		return "s3-upload.http"
	}
}

func buildHTTPNegative(g *gen, d *doc, i int) string {
	host := "api." + pick(g, corpDomains)
	switch i % 3 {
	case 0:
		d.f("GET /healthz HTTP/1.1\r\nHost: %s\r\nUser-Agent: kube-probe/1.29\r\nAccept: */*\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: \"%s\"\r\n\r\n{\"status\":\"ok\",\"version\":\"%s\",\"commit\":\"%s\",\"uptime_s\":%d}\r\n",
			host, g.sha(32), g.version(), g.sha(40), g.between(100, 9999999))
		return "healthcheck.http"
	case 1:
		d.f("### Get an order\nGET https://%s/v1/orders/%s\nAuthorization: Bearer {{token}}\nX-Request-ID: {{$uuid}}\n\n### Create a refund\nPOST https://%s/v1/refunds\nAuthorization: Bearer {{token}}\nContent-Type: application/json\n\n{\"order_id\": \"%s\", \"amount\": %d, \"card\": \"%s\"}\n",
			host, g.orderID(), host, g.orderID(), g.between(100, 9999), g.maskedCard())
		return "requests.http"
	default:
		d.f("HTTP/1.1 304 Not Modified\nDate: %s\nCache-Control: public, max-age=31536000, immutable\nETag: W/\"%s\"\nX-Cache: Hit from cloudfront\nX-Amz-Cf-Id: %s==\nVia: 1.1 %s.cloudfront.net (CloudFront)\n\n",
			g.when().Format(time.RFC1123), g.sha(16), g.str(b64url, 54), g.sha(32))
		return "cdn-response.http"
	}
}
