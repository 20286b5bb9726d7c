package corpus

import (
	"fmt"
	"strings"
)

// Source code with hard-coded credentials: Go, Python, JavaScript, Java, C#,
// Ruby, PHP and shell. Negative files read secrets from the environment or
// hold test vectors, patterns and constants that only look like secrets.

func buildCode(g *gen, d *doc, i int) string {
	app := pick(g, services)
	pkg := strings.ReplaceAll(app, "-", "")
	switch i % 14 {
	case 0:
		// Go client with a DSN, keys and a bearer token, among ordinary handlers.
		d.f("package %s\n\nimport (\n\t\"context\"\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"log\"\n\t\"net/http\"\n\t\"time\"\n\n\t_ \"github.com/lib/pq\"\n)\n\n", pkg)
		d.f("// TODO(%s): move to Vault before launch.\nconst (\n\tstripeKey   = \"%s\"\n\tsendgridKey = \"%s\"\n)\n\n", asciiFold(pick(g, firstNames)), lab(tStripe, g.stripeKey()), lab(tSendGrid, g.sendgridKey()))
		d.f("var dsn = \"%s\"\n\nfunc openDB() (*sql.DB, error) { return sql.Open(\"postgres\", dsn) }\n\n", lab(tDBConn, g.pgURL()))
		d.f("func newRequest(url string) (*http.Request, error) {\n\treq, err := http.NewRequest(http.MethodGet, url, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treq.Header.Set(\"Authorization\", \"Bearer %s\")\n\treturn req, nil\n}\n", lab(tAuthToken, g.opaqueToken()))
		goFiller(g, d, g.between(3, 8))
		return "client.go"
	case 1:
		// Go integration test with live-looking credentials.
		d.f("package %s\n\nimport \"testing\"\n\n// Integration credentials for the staging tenant.\nvar (\n\tghToken   = \"%s\"\n\tslackHook = \"%s\"\n\tawsKey    = \"%s\"\n\tawsSecret = \"%s\"\n)\n\n",
			pkg, lab(tGitHub, g.githubToken()), lab(tSlackHook, g.slackWebhook()), lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()))
		d.f("func TestNotify(t *testing.T) {\n\tc := NewClient(Config{Token: ghToken, Webhook: slackHook})\n\tif err := c.Notify(\"deploy %s done\"); err != nil {\n\t\tt.Fatal(err)\n\t}\n}\n", g.version())
		return "integration_test.go"
	case 2:
		// Django settings.
		d.f("import os\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\nSECRET_KEY = '%s'\nDEBUG = False\nALLOWED_HOSTS = ['%s.%s']\n\n", lab(tGeneric, g.genericSecret()), app, pick(g, corpDomains))
		p1, p2 := g.person(), g.person()
		d.f("ADMINS = [('%s', '%s'), ('%s', '%s')]\n\n", p1.name(), lab(tEmail, p1.email), p2.name(), lab(tEmail, p2.email))
		d.f("DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': '%s',\n        'USER': '%s',\n        'PASSWORD': '%s',\n        'HOST': '%s',\n        'PORT': '5432',\n    }\n}\n\n",
			pick(g, dbNames), pick(g, dbUsers), lab(tPassword, g.password()), g.host("postgres"))
		d.f("EMAIL_HOST = 'smtp.sendgrid.net'\nEMAIL_HOST_USER = 'apikey'\nEMAIL_HOST_PASSWORD = '%s'\n\nAWS_ACCESS_KEY_ID = '%s'\nAWS_SECRET_ACCESS_KEY = '%s'\nAWS_STORAGE_BUCKET_NAME = '%s-media'\n",
			lab(tSendGrid, g.sendgridKey()), lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()), app)
		return "settings.py"
	case 3:
		// Python batch job: boto3 with temporary credentials, OpenAI, Slack.
		d.f("#!/usr/bin/env python3\n\"\"\"Nightly export of %s to the data lake.\"\"\"\nimport boto3\nimport requests\nfrom openai import OpenAI\n\n", app)
		d.f("s3 = boto3.client(\n    's3',\n    aws_access_key_id='%s',\n    aws_secret_access_key='%s',\n    aws_session_token='%s',\n)\n\n", lab(tAWSKey, g.awsKeyID(true)), lab(tAWSSecret, g.awsSecret()), lab(tAWSSession, g.awsSessionToken()))
		d.f("client = OpenAI(api_key=\"%s\")\nHF_TOKEN = \"%s\"\n\n", lab(tOpenAI, g.openaiKey()), lab(tHF, g.hfToken()))
		d.f("def notify(text):\n    requests.post('%s', json={'text': text}, timeout=10)\n\n", lab(tSlackHook, g.slackWebhook()))
		d.f("def _get(path, params=None):\n    r = requests.get(f'https://api.%s{path}', params=params,\n                     headers={'X-API-Key': '%s'})\n    r.raise_for_status()\n    return r.json()\n", pick(g, corpDomains), lab(tGeneric, g.genericSecret()))
		pyFiller(g, d, g.between(3, 8))
		return "export_job.py"
	case 4:
		// Express server.
		d.f("'use strict';\nconst express = require('express');\nconst mongoose = require('mongoose');\nconst stripe = require('stripe')('%s');\nconst jwt = require('jsonwebtoken');\n\n", lab(tStripe, g.stripeKey()))
		d.f("const JWT_SECRET = '%s';\nconst app = express();\n\nmongoose.connect('%s');\n\n", lab(tGeneric, g.genericSecret()), lab(tDBConn, g.fresh(func() string {
			return fmt.Sprintf("mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority", pick(g, dbUsers), g.urlPassword(), g.str(alnumLow, 5), pick(g, dbNames))
		})))
		d.f("app.post('/login', async (req, res) => {\n  const token = jwt.sign({ sub: req.body.id }, JWT_SECRET, { expiresIn: '1h' });\n  res.json({ token });\n});\n\napp.listen(%d);\n", pick(g, []int{3000, 8080}))
		jsFiller(g, d, g.between(3, 7))
		return "server.js"
	case 5:
		// Firebase web config: the apiKey is a Google API key.
		d.f("// Firebase web config\nexport const firebaseConfig = {\n  apiKey: \"%s\",\n  authDomain: \"%s.firebaseapp.com\",\n  projectId: \"%s\",\n  storageBucket: \"%s.appspot.com\",\n  messagingSenderId: \"%d\",\n  appId: \"1:%d:web:%s\"\n};\n\n",
			lab(tGCPKey, g.gcpAPIKey()), app, app, app, g.between(100000000000, 999999999999), g.between(100000000000, 999999999999), g.sha(22))
		d.f("export const mapsKey = '%s';\nexport const theme = { primary: '%s', accent: '%s' };\n", lab(tGCPKey, g.gcpAPIKey()), g.hexColor(), g.hexColor())
		return "firebase.ts"
	case 6:
		// TypeScript API client.
		d.f("import axios from 'axios';\n\nconst api = axios.create({\n  baseURL: 'https://api.%s/v1',\n  headers: {\n    Authorization: 'Bearer %s',\n    'X-Client-Version': '%s',\n  },\n});\n\n",
			pick(g, corpDomains), lab(tJWT, g.jwt()), g.version())
		d.f("const anthropic = new Anthropic({ apiKey: '%s' });\nconst shopify = { shop: '%s.myshopify.com', accessToken: '%s' };\nconst discordToken = '%s';\n\nexport { api, anthropic, shopify, discordToken };\n",
			lab(tAnthropic, g.anthropicKey()), app, lab(tShopify, g.shopifyToken()), lab(tDiscord, g.discordToken()))
		jsFiller(g, d, g.between(3, 7))
		return "api.ts"
	case 7:
		// Java JDBC: password in a constant and a JDBC URL carrying one.
		d.f("package com.%s.%s;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;\nimport java.sql.SQLException;\n\n", strings.ToLower(strings.Fields(pick(g, companies))[0]), pkg)
		d.f("public final class Db {\n    private static final String URL = \"jdbc:postgresql://%s:5432/%s\";\n    private static final String USER = \"%s\";\n    private static final String PASSWORD = \"%s\";\n\n",
			g.host("postgres"), pick(g, dbNames), pick(g, dbUsers), lab(tPassword, g.password()))
		d.f("    public static Connection open() throws SQLException {\n        return DriverManager.getConnection(URL, USER, PASSWORD);\n    }\n\n    public static Connection reporting() throws SQLException {\n        return DriverManager.getConnection(\"%s\");\n    }\n", lab(tDBConn, g.jdbcURL()))
		javaFiller(g, d, g.between(3, 7))
		d.raw("}\n")
		return "Db.java"
	case 8:
		// Java Twilio sender.
		d.f("package com.acme.notify;\n\nimport com.twilio.Twilio;\nimport com.twilio.rest.api.v2010.account.Message;\nimport com.twilio.type.PhoneNumber;\n\n")
		d.f("public class SmsSender {\n    static final String ACCOUNT_SID = \"%s\";\n    static final String AUTH_TOKEN = \"%s\";\n    static final String FROM = \"%s\";\n\n",
			lab(tTwilio, g.twilioSID("AC")), lab(tTwilio, g.hex32()), lab(tPhone, g.phone("US")))
		d.f("    public static void main(String[] args) {\n        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);\n        Message.creator(new PhoneNumber(\"%s\"), new PhoneNumber(FROM), \"Your code is %s\").create();\n    }\n}\n", lab(tPhone, g.anyPhone()), g.str(digits, 6))
		return "SmsSender.java"
	case 9:
		// C# minimal API with SQL Server and storage connection strings.
		d.f("using Microsoft.Data.SqlClient;\nusing Azure.Storage.Blobs;\n\nvar builder = WebApplication.CreateBuilder(args);\n\n")
		d.f("const string Sql = \"%s\";\nvar blobs = new BlobServiceClient(\"%s\");\n", lab(tDBConn, g.adoNet()), lab(tAzureConn, g.azureConn()))
		d.f("builder.Services.AddSingleton(_ => new SqlConnection(Sql));\nbuilder.Services.AddSingleton(blobs);\nvar app = builder.Build();\napp.MapGet(\"/health\", () => \"ok\");\napp.Run();\n")
		return "Program.cs"
	case 10:
		// Deploy script: CLI password flags (-p'...', --password=), tokens in headers.
		dbpw, mypw := g.password(), g.password()
		d.f("#!/usr/bin/env bash\nset -euo pipefail\n\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\nexport GITLAB_TOKEN=%s\n\n", lab(tAWSKey, g.awsKeyID(false)), lab(tAWSSecret, g.awsSecret()), lab(tGitLab, g.gitlabToken()))
		d.f("mysql -h %s -u root -p'%s' -e 'SHOW DATABASES;'\n", g.host("mysql"), lab(tPassword, mypw))
		d.f("pg_dump --dbname=\"%s\" > /backups/$(date +%%F).sql\n", lab(tDBConn, g.pgURL()))
		d.f("mongodump --username admin --password=%s --host %s\n", lab(tPassword, dbpw), g.host("mongo"))
		d.f("docker login -u deploy -p %s registry.%s\n", lab(tPassword, g.password()), pick(g, corpDomains))
		d.f("curl -fsS -H \"PRIVATE-TOKEN: %s\" https://gitlab.%s/api/v4/projects\n", lab(tGitLab, g.gitlabToken()), pick(g, corpDomains))
		d.f("ssh deploy@%s 'sudo systemctl restart %s'\n", lab(tIP, g.publicIPv4()), app)
		return "deploy.sh"
	case 11:
		// Ruby payments module.
		d.f("require 'stripe'\nrequire 'twilio-ruby'\n\nStripe.api_key = '%s'\n\nTWILIO = Twilio::REST::Client.new('%s', '%s')\n", lab(tStripe, g.stripeKey()), lab(tTwilio, g.twilioSID("SK")), lab(tTwilio, g.hex32()))
		d.f("TELEGRAM_BOT = '%s'\nDB = Sequel.connect('%s')\n\ndef charge(customer, cents)\n  Stripe::Charge.create(amount: cents, currency: 'usd', customer: customer)\nend\n", lab(tTelegram, g.telegramToken()), lab(tDBConn, g.dbURL()))
		return "payments.rb"
	case 13:
		// Python: a service-account key inlined as a dict.
		sa := serviceAccount(g)
		d.f("\"\"\"BigQuery loader. Credentials inlined for the PoC.\"\"\"\nfrom google.cloud import bigquery\nfrom google.oauth2 import service_account\n\nINFO = ")
		d.json(sa, "    ")
		d.f("\n\ncreds = service_account.Credentials.from_service_account_info(INFO)\nclient = bigquery.Client(credentials=creds, project=INFO[\"project_id\"])\n\n# short-lived token for the REST fallback\nTOKEN = \"%s\"\n", lab(tOAuthToken, g.oauthAccessToken()))
		return "bq_loader.py"
	default:
		// wp-config.php: DB password and the random salts.
		d.f("<?php\n/** The base configuration for WordPress */\ndefine( 'DB_NAME', 'wp_%s' );\ndefine( 'DB_USER', '%s' );\ndefine( 'DB_PASSWORD', '%s' );\ndefine( 'DB_HOST', '%s' );\n\n",
			pkg, pick(g, dbUsers), lab(tPassword, g.password()), g.host("mysql"))
		for _, k := range []string{"AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"} {
			d.f("define( '%-16s '%s' );\n", k+"',", lab(tGeneric, g.fresh(func() string { return g.str(alpha+digits+"!#%()*+,-.:<=>?@[]^_{|}~", 64) })))
		}
		d.f("\n$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );\ndefine( 'SMTP_PASS', '%s' );\n", lab(tPassword, g.password()))
		return "wp-config.php"
	}
}

func buildCodeNegative(g *gen, d *doc, i int) string {
	app := pick(g, services)
	pkg := strings.ReplaceAll(app, "-", "")
	switch i % 7 {
	case 0:
		d.f("package %s\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\n// Config is read from the environment; nothing secret lives in code.\ntype Config struct {\n\tDSN       string\n\tStripeKey string\n\tJWTSecret string\n}\n\n", pkg)
		d.f("func Load() (Config, error) {\n\tc := Config{\n\t\tDSN:       os.Getenv(\"DATABASE_URL\"),\n\t\tStripeKey: os.Getenv(\"STRIPE_SECRET_KEY\"),\n\t\tJWTSecret: os.Getenv(\"JWT_SECRET\"),\n\t}\n\tif c.DSN == \"\" {\n\t\treturn c, fmt.Errorf(\"DATABASE_URL is not set (want postgres://user:password@host/db)\")\n\t}\n\treturn c, nil\n}\n\n")
		d.f("const userAgent = \"%s/%s (+https://%s)\"\n", app, g.version(), pick(g, corpDomains))
		goFiller(g, d, g.between(3, 8))
		return "config.go"
	case 1:
		d.f("package redact\n\nimport \"testing\"\n\nfunc TestMask(t *testing.T) {\n\ttests := []struct{ in, want string }{\n")
		d.f("\t\t{\"card %s\", \"card %s\"},\n\t\t{\"key %s\", \"key %s\"},\n\t\t{\"secret %s\", \"secret ****\"},\n\t\t{\"ssn %s\", \"ssn %s\"},\n\t\t{\"uuid %s\", \"uuid %s\"},\n\t}\n",
			g.luhnInvalid(), g.maskedCard(), awsExampleKeyID, "AKIA****************", awsExampleSecret, g.maskedSSN(), g.maskedSSN(), g.uuid(), g.uuid())
		d.f("\tfor _, tt := range tests {\n\t\tif got := Mask(tt.in); got != tt.want {\n\t\t\tt.Errorf(\"Mask(%%q) = %%q, want %%q\", tt.in, got, tt.want)\n\t\t}\n\t}\n}\n")
		return "redact_test.go"
	case 2:
		d.f("\"\"\"Known-answer tests for our hashing helpers.\"\"\"\nimport hashlib\n\nVECTORS = {\n")
		for range g.between(5, 10) {
			d.f("    '%s': ('%s', '%s'),\n", g.lorem(2), g.sha(32), g.sha(64))
		}
		d.f("}\n\nSECRET_PATTERNS = [\n    r'ghp_[A-Za-z0-9]{36}',\n    r'AKIA[0-9A-Z]{16}',\n    r'xox[baprs]-[0-9A-Za-z-]{10,48}',\n    r'sk_live_[0-9a-zA-Z]{24,}',\n]\n\n")
		d.f("def test_vectors():\n    for text, (md5, sha256) in VECTORS.items():\n        assert hashlib.md5(text.encode()).hexdigest() == md5\n")
		pyFiller(g, d, g.between(2, 6))
		return "test_hashing.py"
	case 3:
		d.f("// Theme tokens generated by design-tools %s — do not edit.\nexport const colors = {\n", g.version())
		for _, n := range []string{"primary", "secondary", "success", "danger", "warning", "info", "surface", "muted"} {
			d.f("  %s: '%s',\n", n, g.hexColor())
		}
		d.f("};\n\nexport const placeholderAvatar =\n  '%s';\n", g.imageDataURI(g.between(300, 900)))
		d.f("export const BUILD = { sha: '%s', version: '%s', date: '%s' };\n", g.sha(40), g.version(), g.when().Format("2006-01-02"))
		jsFiller(g, d, g.between(2, 6))
		return "theme.ts"
	case 4:
		d.f("package com.acme.%s;\n\npublic final class Ids {\n    public static final java.util.UUID TENANT = java.util.UUID.fromString(\"%s\");\n    public static final String SCHEMA_VERSION = \"%s\";\n    public static final long MAX_ORDER_ID = %dL;\n", pkg, g.uuid(), g.version(), g.between(100000000000, 999999999999))
		d.f("    public static final String CRON = \"%s\";\n    public static final String PASSWORD_PROPERTY = \"spring.datasource.password\";\n    public static final String API_KEY_HEADER = \"X-API-Key\";\n\n    private Ids() {}\n", g.cron())
		javaFiller(g, d, g.between(2, 6))
		d.raw("}\n")
		return "Ids.java"
	case 5:
		d.f("#!/usr/bin/env bash\nset -euo pipefail\n: \"${DB_PASSWORD:?DB_PASSWORD must be set}\"\n: \"${AWS_PROFILE:=deploy}\"\n\n")
		d.f("PGPASSWORD=\"$DB_PASSWORD\" psql -h \"$DB_HOST\" -U app -c 'select version();'\ncurl -fsS -H \"Authorization: Bearer ${API_TOKEN}\" \"https://api.%s/v1/health\"\n", pick(g, corpDomains))
		d.f("docker pull registry.%s/%s@%s\necho \"deployed %s at $(date -u +%%FT%%TZ)\"\n", pick(g, corpDomains), app, g.digest(), g.version())
		return "deploy.sh"
	default:
		d.f("# frozen_string_literal: true\n\nRSpec.describe Payments::Card do\n  let(:masked) { '%s' }\n  let(:invalid) { '%s' }\n\n", g.maskedCard(), g.luhnInvalid())
		d.f("  it 'rejects numbers that fail Luhn' do\n    expect(described_class.valid?(invalid)).to be(false)\n  end\n\n  it 'never logs the PAN' do\n    expect(described_class.new(masked).to_s).to eq(masked)\n  end\nend\n")
		return "card_spec.rb"
	}
}
