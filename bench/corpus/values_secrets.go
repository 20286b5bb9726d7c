package corpus

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"net/url"
	"strings"
)

// Credential generators. Every value is drawn from the file's seeded source
// and is fresh (never planted in another file). Shapes follow the providers'
// published formats so that validating detectors accept them.

// Cloud providers.

// awsKeyID returns an access key id: AKIA (long-term) or ASIA (temporary)
// followed by 16 base32 characters.
func (g *gen) awsKeyID(temporary bool) string {
	p := "AKIA"
	if temporary {
		p = "ASIA"
	}
	return g.fresh(func() string { return p + g.str(base32AWS, 16) })
}

// awsSecret returns a 40-character secret access key.
func (g *gen) awsSecret() string {
	return g.fresh(func() string {
		s := g.str(upper+lower+digits, 40)
		// Real keys carry '/' and '+' now and then.
		b := []byte(s)
		for range g.intn(3) {
			b[g.between(1, 38)] = pick(g, []byte("/+"))
		}
		return string(b)
	})
}

// awsSessionToken returns an STS session token: a long base64 blob that starts
// with the serialised "origin" marker real tokens carry.
func (g *gen) awsSessionToken() string {
	return g.fresh(func() string {
		pfx := pick(g, []string{"IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE", "IQoJb3JpZ2luX2VjEOr"})
		return pfx + g.str(b64std, g.between(280, 620)) + pick(g, []string{"", "=", "=="})
	})
}

// gcpAPIKey returns a Google API key: AIza followed by 35 URL-safe characters.
func (g *gen) gcpAPIKey() string {
	return g.fresh(func() string { return "AIza" + g.str(b64url, 35) })
}

// azureAccountKey returns a 64-byte storage account key in base64 (88 chars).
func (g *gen) azureAccountKey() string {
	return g.fresh(func() string { return base64.StdEncoding.EncodeToString(g.bytes(64)) })
}

// azureConn returns a storage account connection string.
func (g *gen) azureConn() string {
	acct := strings.ReplaceAll(pick(g, services), "-", "") + g.str(alnumLow, 4)
	if len(acct) > 24 {
		acct = acct[:24]
	}
	suffix := pick(g, []string{"core.windows.net", "core.windows.net", "core.chinacloudapi.cn", "core.usgovcloudapi.net"})
	return fmt.Sprintf("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=%s", acct, g.azureAccountKey(), suffix)
}

// azureEmulatorKey is the documented Azurite / storage emulator key: public,
// so never labelled.
const azureEmulatorKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

// AWS documentation example credentials: public, never labelled.
const (
	awsExampleKeyID  = "AKIAIOSFODNN7EXAMPLE"
	awsExampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)

// Source hosting.

// base62Checksum returns the 6-character base62 encoding (0-9A-Za-z, left
// padded with '0') of the CRC32 (IEEE) of s, as GitHub-style tokens carry.
func base62Checksum(s string) string {
	n := crc32.ChecksumIEEE([]byte(s))
	b := []byte("000000")
	for i := 5; i >= 0 && n > 0; i-- {
		b[i] = base62[n%62]
		n /= 62
	}
	return string(b)
}

// githubToken returns a classic GitHub token: a ghp_ (or gho_/ghu_/ghs_/ghr_)
// prefix, 30 random base62 characters and their 6-character checksum.
func (g *gen) githubToken() string {
	return g.fresh(func() string {
		p := pick(g, []string{"ghp_", "ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"})
		body := g.str(base62, 30)
		return p + body + base62Checksum(body)
	})
}

// githubPAT returns a fine-grained personal access token:
// github_pat_ + 22 characters + '_' + 59 characters.
func (g *gen) githubPAT() string {
	return g.fresh(func() string {
		return "github_pat_11" + g.str(upper+digits, 20) + "_" + g.str(base62, 59)
	})
}

// gitlabToken returns a GitLab personal, deploy, runner or trigger token.
func (g *gen) gitlabToken() string {
	return g.fresh(func() string {
		switch g.intn(6) {
		case 0:
			return "gldt-" + g.str(b64url, 20)
		case 1:
			return "glrt-" + g.str(b64url, 20)
		case 2:
			return "glptt-" + g.str(hexLower, 40)
		default:
			return "glpat-" + g.str(b64url, 20)
		}
	})
}

// Chat and messaging.

// slackToken returns a bot (xoxb), user (xoxp) or app-level (xapp) token.
func (g *gen) slackToken() string {
	return g.fresh(func() string {
		d := func() string { return g.str("123456789", 1) + g.str(digits, g.between(9, 12)) }
		switch g.intn(4) {
		case 0, 1:
			return "xoxb-" + d() + "-" + d() + "-" + g.str(base62, 24)
		case 2:
			return "xoxp-" + d() + "-" + d() + "-" + d() + "-" + g.str(hexLower, 32)
		default:
			return "xapp-1-A" + g.str(upper+digits, 10) + "-" + g.str(digits, 13) + "-" + g.str(hexLower, 64)
		}
	})
}

// slackWebhook returns an incoming-webhook URL.
func (g *gen) slackWebhook() string {
	return g.fresh(func() string {
		return "https://hooks.slack.com/services/T" + g.str(upper+digits, g.between(8, 10)) +
			"/B" + g.str(upper+digits, g.between(8, 10)) + "/" + g.str(base62, 24)
	})
}

// discordToken returns a bot token: base64 of the bot's snowflake id, a
// timestamp part and an HMAC part, dot separated.
func (g *gen) discordToken() string {
	return g.fresh(func() string {
		id := g.str("123456789", 1) + g.str(digits, g.between(17, 18))
		return base64.RawStdEncoding.EncodeToString([]byte(id)) + "." + g.str(b64url, 6) + "." + g.str(b64url, pick(g, []int{27, 38}))
	})
}

// telegramToken returns a bot token: bot id, ':', then 35 characters starting AA.
func (g *gen) telegramToken() string {
	return g.fresh(func() string {
		return g.str("123456789", 1) + g.str(digits, g.between(7, 9)) + ":AA" + g.str(b64url, 33)
	})
}

// twilioSID returns an account (AC) or API key (SK) SID: prefix + 32 hex.
func (g *gen) twilioSID(prefix string) string {
	return g.fresh(func() string { return prefix + g.str(hexLower, 32) })
}

// hex32 returns 32 fresh lower-case hex characters (Twilio auth tokens,
// Datadog API keys).
func (g *gen) hex32() string { return g.fresh(func() string { return g.str(hexLower, 32) }) }

// Payments and commerce.

// stripeKey returns a secret (sk_) or restricted (rk_) key, live or test, in
// the legacy 24-character or current long form.
func (g *gen) stripeKey() string {
	return g.fresh(func() string {
		p := pick(g, []string{"sk_live_", "sk_live_", "sk_live_", "rk_live_", "sk_test_"})
		if g.chance(0.5) {
			return p + g.str(base62, 24)
		}
		return p + "51" + g.str(upper+digits, 12) + g.str(base62, 84)
	})
}

// stripePublishable returns a publishable key: public by design, so only ever
// planted as a look-alike.
func (g *gen) stripePublishable() string {
	return pick(g, []string{"pk_live_", "pk_test_"}) + "51" + g.str(upper+digits, 12) + g.str(base62, 84)
}

// shopifyToken returns an Admin API, custom app or private app access token.
func (g *gen) shopifyToken() string {
	return g.fresh(func() string {
		return pick(g, []string{"shpat_", "shpat_", "shpca_", "shppa_"}) + g.str(hexLower, 32)
	})
}

// SaaS API keys.

// sendgridKey returns SG.<22>.<43>.
func (g *gen) sendgridKey() string {
	return g.fresh(func() string { return "SG." + g.str(b64url, 22) + "." + g.str(b64url, 43) })
}

// openaiKey returns a project, service-account or legacy user key, all of
// which carry the T3BlbkFJ marker.
func (g *gen) openaiKey() string {
	return g.fresh(func() string {
		switch g.intn(4) {
		case 0:
			return "sk-" + g.str(base62, 20) + "T3BlbkFJ" + g.str(base62, 20)
		case 1:
			return "sk-svcacct-" + g.str(b64url, 74) + "T3BlbkFJ" + g.str(b64url, 74)
		default:
			return "sk-proj-" + g.str(b64url, 74) + "T3BlbkFJ" + g.str(b64url, 74)
		}
	})
}

// anthropicKey returns sk-ant-api03-<93>AA (or an admin key).
func (g *gen) anthropicKey() string {
	return g.fresh(func() string {
		p := "sk-ant-api03-"
		if g.chance(0.15) {
			p = "sk-ant-admin01-"
		}
		return p + g.str(b64url, 93) + "AA"
	})
}

// hfToken returns hf_ + 34 letters.
func (g *gen) hfToken() string { return g.fresh(func() string { return "hf_" + g.str(alpha, 34) }) }

// npmToken returns npm_ + 36 base62 characters.
func (g *gen) npmToken() string { return g.fresh(func() string { return "npm_" + g.str(base62, 36) }) }

// pypiToken returns a PyPI API token: pypi- and a macaroon whose serialised
// location "pypi.org" gives every token the same first characters.
func (g *gen) pypiToken() string {
	return g.fresh(func() string { return "pypi-AgEIcHlwaS5vcmc" + g.str(b64url, g.between(120, 170)) })
}

// datadogAPIKey returns a 32-hex API key; datadogAppKey a 40-hex application key.
func (g *gen) datadogAPIKey() string { return g.hex32() }
func (g *gen) datadogAppKey() string {
	return g.fresh(func() string { return g.str(hexLower, 40) })
}

// Google OAuth.

// oauthClientSecret returns GOCSPX- + 28 URL-safe characters.
func (g *gen) oauthClientSecret() string {
	return g.fresh(func() string { return "GOCSPX-" + g.str(b64url, 28) })
}

// oauthAccessToken returns a ya29. access token.
func (g *gen) oauthAccessToken() string {
	return g.fresh(func() string { return "ya29.a0" + g.str(b64url, g.between(150, 210)) })
}

// googleRefreshToken returns a 1//0 refresh token (labelled AUTH_TOKEN).
func (g *gen) googleRefreshToken() string {
	return g.fresh(func() string { return "1//0" + g.str(b64url, g.between(95, 105)) })
}

// oauthClientID returns a public OAuth client id: not a secret.
func (g *gen) oauthClientID() string {
	return fmt.Sprintf("%d-%s.apps.googleusercontent.com", g.between(100000000000, 999999999999), g.str(alnumLow, 32))
}

// Tokens and generic secrets.

func b64u(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// jwt returns a signed JSON Web Token. HS256 tokens are signed for real with a
// random key; RS256 tokens carry a random 256-byte signature. Claims never
// hold an email or other labelled value (the payload is encoded, and a
// label inside it would be ambiguous).
func (g *gen) jwt() string {
	return g.fresh(func() string {
		t := g.when()
		iat := t.Unix()
		exp := iat + int64(pick(g, []int{300, 900, 3600, 86400}))
		claims := []string{
			fmt.Sprintf(`"sub":"%s"`, pick(g, []string{fmt.Sprint(g.between(1000, 9999999)), g.uuid(), "usr_" + g.str(base62, 14)})),
		}
		if g.chance(0.5) {
			claims = append(claims, fmt.Sprintf(`"name":"%s %s"`, asciiName(pick(g, firstNames)), asciiName(pick(g, lastNames))))
		}
		claims = append(claims, fmt.Sprintf(`"iat":%d`, iat))
		if g.chance(0.7) {
			claims = append(claims, fmt.Sprintf(`"exp":%d`, exp))
		}
		if g.chance(0.6) {
			claims = append(claims, fmt.Sprintf(`"iss":"https://auth.%s"`, pick(g, corpDomains)))
		}
		if g.chance(0.5) {
			claims = append(claims, fmt.Sprintf(`"aud":"%s"`, pick(g, services)))
		}
		if g.chance(0.5) {
			claims = append(claims, fmt.Sprintf(`"scope":"%s"`, pick(g, []string{"read:orders write:orders", "openid profile", "admin", "payments:write", "read"})))
		}
		if g.chance(0.3) {
			claims = append(claims, fmt.Sprintf(`"role":"%s"`, pick(g, []string{"admin", "user", "service", "support"})))
		}
		payload := "{" + strings.Join(claims, ",") + "}"
		if g.chance(0.75) {
			head := b64u(`{"alg":"HS256","typ":"JWT"}`) + "." + b64u(payload)
			m := hmac.New(sha256.New, g.bytes(32))
			m.Write([]byte(head))
			return head + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
		}
		head := b64u(fmt.Sprintf(`{"alg":"RS256","typ":"JWT","kid":"%s"}`, g.str(hexLower, 16))) + "." + b64u(payload)
		return head + "." + base64.RawURLEncoding.EncodeToString(g.bytes(256))
	})
}

// asciiName capitalises the folded form of a name, for places that must stay ASCII.
func asciiName(s string) string {
	f := asciiFold(s)
	return strings.ToUpper(f[:1]) + f[1:]
}

// opaqueToken returns a bearer or session token with no provider format.
func (g *gen) opaqueToken() string {
	return g.fresh(func() string {
		switch g.intn(5) {
		case 0:
			return g.str(hexLower, 64)
		case 1:
			return "sess_" + g.str(base62, 32)
		case 2:
			return g.str(b64url, 43)
		case 3:
			return "at_" + g.str(base62, 40)
		default:
			return g.str(base62, g.between(32, 48))
		}
	})
}

// genericSecret returns a high-entropy secret with no provider format: the
// values people generate for JWT_SECRET, SESSION_SECRET, webhook secrets.
func (g *gen) genericSecret() string {
	return g.fresh(func() string {
		switch g.intn(5) {
		case 0:
			return g.str(hexLower, 64)
		case 1:
			return base64.StdEncoding.EncodeToString(g.bytes(32))
		case 2:
			return g.str(base62, g.between(32, 48))
		case 3:
			return g.str(lower+digits+"!@%^*(-_=+)", 50)
		default:
			return g.str(hexLower, 40)
		}
	})
}

// Passwords.

const pwSymbols = "!@%^*-_+=.~?"

// password returns a fresh password of the kinds people set by hand or
// generate: word+digits+symbol, leet, random, passphrase. The characters are
// safe inside JSON strings, YAML and shell quotes.
func (g *gen) password() string {
	return g.fresh(func() string {
		switch g.intn(6) {
		case 0:
			return pick(g, passwordWords) + fmt.Sprint(g.between(1, 2025)) + g.str(pwSymbols, 1)
		case 1:
			w := strings.NewReplacer("a", "@", "o", "0", "e", "3", "i", "1", "s", "5").Replace(strings.ToLower(pick(g, passwordWords)))
			return strings.ToUpper(w[:1]) + w[1:] + g.str(digits, g.between(2, 4)) + g.str("!?*", 1)
		case 2:
			return g.str(upper+lower+digits+pwSymbols, g.between(12, 24))
		case 3:
			return strings.ToLower(pick(g, passwordWords)) + "-" + strings.ToLower(pick(g, passwordWords)) + "-" + strings.ToLower(pick(g, passwordWords)) + fmt.Sprint(g.between(1, 99))
		case 4:
			return g.str(upper+lower+digits, g.between(16, 32))
		default:
			return strings.ToLower(pick(g, passwordWords)) + g.str(digits, g.between(1, 4)) + g.str(lower, 1)
		}
	})
}

// urlPassword returns a fresh password made of URL unreserved characters,
// for userinfo and connection URLs.
func (g *gen) urlPassword() string {
	return g.fresh(func() string {
		if g.chance(0.4) {
			return pick(g, passwordWords) + g.str(digits, g.between(2, 4)) + g.str("-_.~", 1) + g.str(alpha, 2)
		}
		return g.str(upper+lower+digits+"-_.~", g.between(12, 28))
	})
}

// Connection strings.

// host returns an internal or cloud host name (never an IP, so a connection
// string carries no separate IP label).
func (g *gen) host(kind string) string {
	switch g.intn(5) {
	case 0:
		return fmt.Sprintf("%s-%s.%s.rds.amazonaws.com", kind, pick(g, envNames), g.str(alnumLow, 12)+"."+pick(g, regions))
	case 1:
		return fmt.Sprintf("%s.%s.svc.cluster.local", kind, pick(g, k8sNamespaces))
	case 2:
		return fmt.Sprintf("%s-%d.internal.%s", kind, g.between(1, 3), pick(g, corpDomains))
	case 3:
		return kind
	default:
		return fmt.Sprintf("%s-%s", kind, pick(g, envNames))
	}
}

// dbURL returns a fresh database URL with user and password for one of the
// common schemes; the whole URL is the labelled value.
func (g *gen) dbURL() string { return g.dbURLOf(g.intn(9)) }

// pgURL returns a fresh PostgreSQL URL, for places that only take one
// (psql, pg_dump, psycopg2, lib/pq).
func (g *gen) pgURL() string { return g.dbURLOf(pick(g, []int{0, 1, 8})) }

// dbURLOf returns a fresh connection URL of scheme kind k: 0, 1, 8 PostgreSQL,
// 2 MySQL, 3 MongoDB, 4 MongoDB+SRV, 5 Redis, 6 AMQP, 7 SQL Server.
func (g *gen) dbURLOf(k int) string {
	return g.fresh(func() string {
		user, pw, db := pick(g, dbUsers), g.urlPassword(), pick(g, dbNames)
		switch k {
		case 0, 1:
			q := pick(g, []string{"", "?sslmode=require", "?sslmode=disable", "?sslmode=verify-full&connect_timeout=10"})
			return fmt.Sprintf("%s://%s:%s@%s:5432/%s%s", pick(g, []string{"postgres", "postgresql"}), user, pw, g.host("postgres"), db, q)
		case 2:
			return fmt.Sprintf("mysql://%s:%s@%s:3306/%s%s", user, pw, g.host("mysql"), db, pick(g, []string{"", "?charset=utf8mb4&parseTime=true"}))
		case 3:
			return fmt.Sprintf("mongodb://%s:%s@%s:27017/%s?authSource=admin", user, pw, g.host("mongo"), db)
		case 4:
			return fmt.Sprintf("mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority", user, pw, g.str(alnumLow, 5), db)
		case 5:
			if g.chance(0.5) {
				return fmt.Sprintf("redis://:%s@%s:6379/%d", pw, g.host("redis"), g.intn(4))
			}
			return fmt.Sprintf("rediss://default:%s@%s:6380", pw, g.host("redis"))
		case 6:
			return fmt.Sprintf("amqp://%s:%s@%s:5672/%s", user, pw, g.host("rabbitmq"), pick(g, []string{"", "%2F", "prod"}))
		case 7:
			return fmt.Sprintf("mssql://%s:%s@%s:1433/%s", user, pw, g.host("sqlserver"), db)
		default:
			return fmt.Sprintf("postgres://%s:%s@%s/%s", user, pw, g.host("pg"), db)
		}
	})
}

// adoNet returns a SQL Server ADO.NET connection string with a password.
func (g *gen) adoNet() string {
	return g.fresh(func() string {
		srv := pick(g, []string{
			fmt.Sprintf("tcp:%s.database.windows.net,1433", pick(g, services)),
			g.host("sqlserver"),
			g.host("mssql") + ",1433",
		})
		db, user, pw := pick(g, dbNames), pick(g, dbUsers), g.password()
		pw = strings.ReplaceAll(pw, ";", "")
		if g.chance(0.5) {
			return fmt.Sprintf("Server=%s;Initial Catalog=%s;Persist Security Info=False;User ID=%s;Password=%s;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;", srv, db, user, pw)
		}
		return fmt.Sprintf("Server=%s;Database=%s;User Id=%s;Password=%s;", srv, db, user, pw)
	})
}

// jdbcURL returns a JDBC URL that carries user and password parameters.
func (g *gen) jdbcURL() string {
	return g.fresh(func() string {
		user, pw, db := pick(g, dbUsers), g.urlPassword(), pick(g, dbNames)
		switch g.intn(3) {
		case 0:
			return fmt.Sprintf("jdbc:postgresql://%s:5432/%s?user=%s&password=%s&ssl=true", g.host("postgres"), db, user, pw)
		case 1:
			return fmt.Sprintf("jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true", g.host("mysql"), db, user, pw)
		default:
			return fmt.Sprintf("jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=%s;encrypt=true", g.host("sqlserver"), db, user, pw)
		}
	})
}

// connString returns one of the connection string kinds.
func (g *gen) connString() string {
	switch g.intn(6) {
	case 0:
		return g.adoNet()
	case 1:
		return g.jdbcURL()
	default:
		return g.dbURL()
	}
}

// basicAuth returns the base64 credentials of an Authorization: Basic header
// for a fresh user:password pair.
func (g *gen) basicAuth() string {
	return g.fresh(func() string {
		return base64.StdEncoding.EncodeToString([]byte(pick(g, dbUsers) + ":" + g.password()))
	})
}

// userinfo returns a fresh user:password pair for https://user:pass@host.
func (g *gen) userinfo() string {
	return g.fresh(func() string {
		return pick(g, []string{"deploy", "admin", "ci", "jenkins", "bob", "svc-sync", asciiFold(pick(g, firstNames))}) + ":" + g.urlPassword()
	})
}

// Signed URLs.

// s3Presigned returns a presigned S3 URL as text parts: the access key id in
// X-Amz-Credential and the signature are labelled.
func (g *gen) s3Presigned() cat {
	t := g.when()
	bucket := pick(g, services) + "-" + pick(g, []string{"uploads", "exports", "invoices", "media", "backups"})
	obj := fmt.Sprintf("%s/%s/%s.%s", pick(g, []string{"exports", "invoices", "tmp", "reports"}), t.Format("2006/01/02"), g.uuid(), pick(g, []string{"pdf", "csv", "zip", "png"}))
	region := pick(g, regions)
	return cat{
		fmt.Sprintf("https://%s.s3.%s.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=", bucket, region, obj),
		lab(tAWSKey, g.awsKeyID(false)),
		fmt.Sprintf("%%2F%s%%2F%s%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=",
			t.Format("20060102"), region, t.Format("20060102T150405Z"), pick(g, []int{300, 900, 3600, 604800})),
		lab(tSignedURLSig, g.fresh(func() string { return g.str(hexLower, 64) })),
	}
}

// gcsSigned returns a V4 signed Cloud Storage URL; the signing service
// account's email (URL-encoded) and the signature are labelled.
func (g *gen) gcsSigned() cat {
	t := g.when()
	project := pick(g, services) + "-" + g.str(alnumLow, 6)
	sa := g.fresh(func() string {
		return pick(g, []string{"signer", "storage-signer", "uploader", "cdn"}) + "%40" + project + ".iam.gserviceaccount.com"
	})
	return cat{
		fmt.Sprintf("https://storage.googleapis.com/%s-assets/%s.%s?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=", project, g.uuid(), pick(g, []string{"mp4", "jpg", "pdf"})),
		lab(tEmail, sa),
		fmt.Sprintf("%%2F%s%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=%s&X-Goog-Expires=%d&X-Goog-SignedHeaders=host&X-Goog-Signature=",
			t.Format("20060102"), t.Format("20060102T150405Z"), pick(g, []int{900, 3600})),
		lab(tSignedURLSig, g.fresh(func() string { return g.str(hexLower, 512) })),
	}
}

// azureSAS returns a blob URL with a shared access signature; sig is labelled
// as written (URL-encoded base64).
func (g *gen) azureSAS() cat {
	t := g.when()
	acct := strings.ReplaceAll(pick(g, services), "-", "") + g.str(alnumLow, 3)
	sig := g.fresh(func() string { return url.QueryEscape(base64.StdEncoding.EncodeToString(g.bytes(32))) })
	return cat{
		fmt.Sprintf("https://%s.blob.core.windows.net/%s/%s.%s?sv=2022-11-02&ss=b&srt=sco&sp=%s&se=%s&st=%s&spr=https&sig=",
			acct, pick(g, []string{"exports", "uploads", "backups"}), g.uuid(), pick(g, []string{"bak", "csv", "parquet"}),
			pick(g, []string{"r", "rl", "rwdlac"}), t.Add(8*3600e9).Format("2006-01-02T15:04:05Z"), t.Format("2006-01-02T15:04:05Z")),
		lab(tSignedURLSig, sig),
	}
}

// signedURL returns one of the signed URL kinds.
func (g *gen) signedURL() cat {
	switch g.intn(3) {
	case 0:
		return g.gcsSigned()
	case 1:
		return g.azureSAS()
	default:
		return g.s3Presigned()
	}
}

// Keys.

// pemWrap base64-encodes der in lines of width and frames it with label.
func pemWrap(label string, der []byte, width int, headers string) string {
	enc := base64.StdEncoding.EncodeToString(der)
	var sb strings.Builder
	sb.WriteString("-----BEGIN " + label + "-----\n")
	sb.WriteString(headers)
	for len(enc) > width {
		sb.WriteString(enc[:width] + "\n")
		enc = enc[width:]
	}
	sb.WriteString(enc + "\n")
	sb.WriteString("-----END " + label + "-----")
	return sb.String()
}

// fakeRSADER returns a DER blob with the real PKCS#1 (or PKCS#8) RSA-2048
// prefix and random contents: it reads like a key to any text detector.
func (g *gen) fakeRSADER(pkcs8 bool) []byte {
	pkcs1 := append([]byte{0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00}, g.bytes(1192-12)...)
	if !pkcs8 {
		return pkcs1
	}
	hdr := []byte{0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7,
		0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8}
	return append(hdr, pkcs1...)
}

// sshString appends an SSH wire-format string.
func sshString(b []byte, s []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
	return append(b, s...)
}

// openSSHKey returns an unencrypted OpenSSH ed25519 private key in its real
// wire format.
func (g *gen) openSSHKey(comment string) string {
	priv := ed25519.NewKeyFromSeed(g.bytes(32))
	pub := priv.Public().(ed25519.PublicKey)
	pubBlob := sshString(sshString(nil, []byte("ssh-ed25519")), pub)
	check := g.r.Uint32()
	var blk []byte
	blk = binary.BigEndian.AppendUint32(blk, check)
	blk = binary.BigEndian.AppendUint32(blk, check)
	blk = sshString(blk, []byte("ssh-ed25519"))
	blk = sshString(blk, pub)
	blk = sshString(blk, priv)
	blk = sshString(blk, []byte(comment))
	for i := byte(1); len(blk)%8 != 0; i++ {
		blk = append(blk, i)
	}
	var b []byte
	b = append(b, "openssh-key-v1\x00"...)
	b = sshString(b, []byte("none"))
	b = sshString(b, []byte("none"))
	b = sshString(b, nil)
	b = binary.BigEndian.AppendUint32(b, 1)
	b = sshString(b, pubBlob)
	b = sshString(b, blk)
	return pemWrap("OPENSSH PRIVATE KEY", b, 70, "")
}

// crc24 is the OpenPGP armor checksum.
func crc24(b []byte) uint32 {
	crc := uint32(0xB704CE)
	for _, c := range b {
		crc ^= uint32(c) << 16
		for range 8 {
			crc <<= 1
			if crc&0x1000000 != 0 {
				crc ^= 0x1864CFB
			}
		}
	}
	return crc & 0xFFFFFF
}

// pgpKey returns an armored PGP private key block with a valid armor checksum.
func (g *gen) pgpKey() string {
	body := append([]byte{0x95, 0x03, 0x98, 0x04}, g.bytes(g.between(600, 900))...)
	enc := base64.StdEncoding.EncodeToString(body)
	var sb strings.Builder
	sb.WriteString("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n")
	for len(enc) > 64 {
		sb.WriteString(enc[:64] + "\n")
		enc = enc[64:]
	}
	sb.WriteString(enc + "\n")
	c := crc24(body)
	sb.WriteString("=" + base64.StdEncoding.EncodeToString([]byte{byte(c >> 16), byte(c >> 8), byte(c)}) + "\n")
	sb.WriteString("-----END PGP PRIVATE KEY BLOCK-----")
	return sb.String()
}

// privateKey returns a fresh PEM private key block (no trailing newline) of a
// random kind: PKCS#1 RSA, PKCS#8 RSA or Ed25519, SEC1 EC, OpenSSH, PGP.
func (g *gen) privateKey() string {
	return g.fresh(func() string {
		switch g.intn(8) {
		case 0, 1:
			return pemWrap("RSA PRIVATE KEY", g.fakeRSADER(false), 64, "")
		case 2:
			return pemWrap("RSA PRIVATE KEY", g.fakeRSADER(false), 64,
				"Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,"+g.str(hexUpper, 32)+"\n\n")
		case 3:
			return pemWrap("PRIVATE KEY", g.fakeRSADER(true), 64, "")
		case 4:
			der, err := x509.MarshalPKCS8PrivateKey(ed25519.NewKeyFromSeed(g.bytes(32)))
			if err != nil {
				panic(err)
			}
			return pemWrap("PRIVATE KEY", der, 64, "")
		case 5:
			k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), g.bytes(32))
			if err != nil {
				panic(err)
			}
			der, err := x509.MarshalECPrivateKey(k)
			if err != nil {
				panic(err)
			}
			return pemWrap("EC PRIVATE KEY", der, 64, "")
		case 6:
			return g.openSSHKey(pick(g, dbUsers) + "@" + pick(g, services))
		default:
			return g.pgpKey()
		}
	})
}

// gcpPrivateKeyJSON returns the private_key value of a service-account key
// file: a PKCS#8 PEM with its newlines written as \n escapes.
func (g *gen) gcpPrivateKeyJSON() string {
	return g.fresh(func() string {
		return strings.ReplaceAll(pemWrap("PRIVATE KEY", g.fakeRSADER(true), 64, ""), "\n", `\n`) + `\n`
	})
}

// Look-alike material for negative files and noise.

// uuid returns a random version-4 UUID.
func (g *gen) uuid() string {
	b := g.bytes(16)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// sha returns n random lower-case hex characters (git SHAs, digests).
func (g *gen) sha(n int) string { return g.str(hexLower, n) }

// sshPublicKey returns an ssh-ed25519 or ssh-rsa public key line.
func (g *gen) sshPublicKey(comment string) string {
	if g.chance(0.5) {
		pub := ed25519.NewKeyFromSeed(g.bytes(32)).Public().(ed25519.PublicKey)
		blob := sshString(sshString(nil, []byte("ssh-ed25519")), pub)
		return "ssh-ed25519 " + base64.StdEncoding.EncodeToString(blob) + " " + comment
	}
	blob := sshString(nil, []byte("ssh-rsa"))
	blob = sshString(blob, []byte{0x01, 0x00, 0x01})
	blob = sshString(blob, append([]byte{0x00}, g.bytes(256)...))
	return "ssh-rsa " + base64.StdEncoding.EncodeToString(blob) + " " + comment
}

// publicKeyPEM returns a PEM public key or certificate block.
func (g *gen) publicKeyPEM() string {
	switch g.intn(3) {
	case 0:
		pub := ed25519.NewKeyFromSeed(g.bytes(32)).Public()
		der, err := x509.MarshalPKIXPublicKey(pub)
		if err != nil {
			panic(err)
		}
		return pemWrap("PUBLIC KEY", der, 64, "")
	case 1:
		der := append([]byte{0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00}, g.bytes(270)...)
		return pemWrap("PUBLIC KEY", der, 64, "")
	default:
		der := append([]byte{0x30, 0x82, 0x03, 0x5c, 0x30, 0x82, 0x02, 0x44, 0xa0, 0x03, 0x02, 0x01, 0x02}, g.bytes(850)...)
		return pemWrap("CERTIFICATE", der, 64, "")
	}
}
