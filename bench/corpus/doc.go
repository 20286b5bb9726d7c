// Package corpus generates veil's labelled test corpus: realistic files of
// many carrier kinds (env files, JSON webhooks, logs, YAML, Kubernetes
// manifests, Terraform, source code, CSV exports, chat transcripts, curl
// commands, HTTP dumps, stack traces, SQL dumps, Markdown, config files)
// with the sensitive values a careful human annotator would mark, and
// negative files (over a third of the corpus) that hold only look-alikes.
//
// The labels are ground truth built independently of the detection engine:
// the generator records each value's span at the moment it writes the value,
// and never runs a detector. The engine's accuracy tests compare findings
// against these labels; its benchmarks use [Mixed] payloads.
//
// Everything is deterministic: [Generate] and [Mixed] depend only on their
// arguments (a seeded math/rand/v2 PCG source per file, no clock, no map
// iteration order). Values are unique across the corpus, except the issuers'
// published test card numbers (4111 1111 1111 1111 and friends) and the
// commit address noreply@github.com, which real data repeats too.
//
// # Regenerating testdata/corpus
//
//	go run ./bench/corpus/cmd/gencorpus -out testdata/corpus -seed 1 [-labels path]
//
// The command writes every file of Generate(seed) under -out, in a directory
// per carrier kind (env/, json/, logs/, yaml/, helm/, compose/, k8s/,
// terraform/, code/, csv/, chat/, curl/, http/, traces/, sql/, markdown/,
// config/), negative files under negative/<kind>/, and UTF-16 and binary
// files under special/. File names are "NNN-<name>", NNN being the file's
// index within its carrier.
//
// # Golden label format: labels.json
//
// The command also writes the manifest, labels.json (in -out unless -labels
// names another path): one JSON object that maps each file's path (relative
// to -out, '/' separated) to its entry, keys sorted, one label per line:
//
//	{
//	  "env/000-audit-log-secrets.env": {"negative": false, "labels": [
//	    {"type":"TWILIO_API_KEY","start":153,"end":187,"value":"ACd7d77f101ca5bea787ac5e9f9db65de6"},
//	    {"type":"TWILIO_API_KEY","start":208,"end":240,"value":"b1aba13ba3bdbba470921cd7d5b15ed1"},
//	    ...
//	  ]},
//	  ...
//	  "negative/env/000-gateway.env.template": {"negative": true, "labels": []},
//	  ...
//	}
//
// negative is true when the file was built to hold no sensitive values (its
// labels are then empty). Each label gives the finding type and the byte span
// [start, end) of the value in the file's bytes, sorted by start; spans never
// overlap. value repeats the labelled text for human review; readers should
// take the bytes at the span as authoritative. In UTF-16LE files (those
// starting with the byte-order mark FF FE) start and end are offsets into the
// UTF-16 bytes, the span covers the value's code units, and value is the
// decoded text.
//
// # What is labelled, and where the span goes
//
// A span covers the value, never its key: for password = hunter2x the label
// is hunter2x. Quotes around a value are outside the span. Other conventions:
//
//   - Connection strings are labelled whole as DATABASE_CONNECTION_STRING,
//     with no separate label for the password inside: URLs
//     (postgres://app:pw@db:5432/prod, mysql, mongodb, mongodb+srv, redis,
//     rediss, amqp, mssql), JDBC URLs carrying user and password parameters,
//     ADO.NET strings (Server=...;User Id=...;Password=...;) up to and
//     including their last ';', and StackExchange.Redis strings
//     (host:6380,password=...,ssl=True,...).
//   - URL_CREDENTIALS is the user:pass userinfo of https://user:pass@host.
//   - AZURE_STORAGE_CONNECTION_STRING covers the whole
//     DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...;EndpointSuffix=...
//     string.
//   - PRIVATE_KEY covers the PEM block from -----BEGIN to the end of the
//     -----END ...----- line. Where the block is indented (a YAML block
//     scalar) or its newlines are \n escapes (an env value), the span is the
//     block as written, indentation and escapes included.
//   - GCP_CREDENTIALS is the private_key string value of a service-account
//     key (the text between the JSON quotes, \n escapes included). The key's
//     client_email, and its URL-encoded form in client_x509_cert_url, are
//     EMAIL_ADDRESS labels.
//   - Authorization headers: the span is the credential after the scheme.
//     A JWT is JSON_WEB_TOKEN; a provider key (Stripe, GitHub, OpenAI,
//     Slack, Hugging Face, Google ya29.) takes the provider's type; any other
//     bearer or session token (Cookie: session=..., Set-Cookie, refresh
//     tokens 1//0...) is AUTH_TOKEN. Basic credentials are BASIC_AUTH_HEADER
//     (the base64 text only).
//   - SLACK_WEBHOOK_URL is the whole URL. TELEGRAM_BOT_TOKEN in
//     https://api.telegram.org/bot<token>/... is the token only.
//   - Signed URLs: SIGNED_URL_SIGNATURE is the value of X-Amz-Signature,
//     X-Goog-Signature or an Azure SAS sig= parameter, as written
//     (URL-encoded). In the same URL the access key id in X-Amz-Credential is
//     AWS_ACCESS_KEY_ID, a URL-encoded X-Amz-Security-Token is
//     AWS_SESSION_TOKEN, and the URL-encoded signer in X-Goog-Credential is
//     EMAIL_ADDRESS.
//   - Emails are labelled wherever they appear, whatever the domain
//     (example.com included), in plus-addressed, sub-domain and upper-case
//     forms; URL-encoded emails (jane%40example.com) are labelled as written.
//   - Cards, phones, IBANs, SSNs and NINOs are labelled with their
//     separators as written (4111 1111 1111 1111, +44 20 7946 0958,
//     DE89 3704 0044 0532 0130 00, AB 12 34 56 C).
//   - DATE_OF_BIRTH is the date only, and only next to dob, birth, born or
//     date of birth context (including a CSV column or SQL column so named).
//     Other dates and timestamps are not labelled.
//   - PASSPORT numbers are labelled next to passport context.
//   - IP_ADDRESS covers public, private and documentation IPv4 addresses
//     and IPv6 addresses (full and compressed); a CIDR suffix (/24) is
//     outside the span. Loopback and unspecified addresses never appear.
//   - Values assigned to password-like keys (password, passwd, pass, psk,
//     -p'...', --password=, curl -u user:password, .pgpass, .netrc) are
//     PASSWORD; values assigned to secret/token/key-like keys that match no
//     provider format (JWT_SECRET, SESSION_SECRET, webhook and HMAC secrets,
//     Django SECRET_KEY, WordPress salts, X-Api-Key, PagerDuty and Opsgenie
//     keys) are GENERIC_SECRET. A provider format wins over the key: a
//     GitHub token in a .netrc password field is GITHUB_TOKEN, a Databricks
//     dapi token DATABRICKS_TOKEN.
//   - Twilio account SIDs (AC...), API key SIDs (SK...) and auth tokens are
//     TWILIO_API_KEY; Datadog API (32 hex) and application (40 hex) keys are
//     DATADOG_API_KEY; GitLab personal, deploy, runner and trigger tokens are
//     GITLAB_TOKEN; Stripe sk_live_, rk_live_ and sk_test_ keys are
//     STRIPE_API_KEY.
//   - Secrets in commented-out lines are labelled: they are still secrets.
//
// Not labelled, by design (negative files are built from these, and positive
// files use them as noise):
//
//   - placeholders and templates: ${DB_PASSWORD}, <your-api-key>,
//     {{ .Values.db.password }}, ${{ secrets.X }}, changeme, xxxx, ****,
//     REPLACE_ME, empty values;
//   - masked values: **** **** **** 4242, 411111******1111, j***@e***.com,
//     ***-**-6789;
//   - documented examples: AKIAIOSFODNN7EXAMPLE,
//     wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, the Azure storage emulator
//     key, postgres://user:password@localhost/...;
//   - public material: Stripe publishable keys (pk_live_, pk_test_), Google
//     OAuth client ids, SSH public keys, PUBLIC KEY and CERTIFICATE blocks,
//     OpenAI organisation ids, AWS role ids (AROA...) and account ids;
//   - base64 values under a Kubernetes Secret's data: (encoded, so not
//     labelled; the same values in stringData: or in a last-applied
//     annotation are plain text and labelled), SealedSecret ciphertext;
//   - password hashes (bcrypt, argon2), UUIDs, git SHAs, sha256/md5
//     digests, integrity hashes, go.sum lines, trace and span ids;
//   - version and build numbers shaped like IPv4 addresses (1.2.3.4,
//     v10.0.0.1, Chrome/120.0.6099.109), order ids, EAN barcodes, numeric ids
//     (including 16-digit Databricks workspace ids that happen to pass Luhn),
//     Luhn-invalid card-like numbers, timestamps, cron expressions, hex
//     colours, base64 image data, lorem ipsum;
//   - address-like strings that are not addresses: git@github.com:org/repo
//     remotes and <uuid@host> Message-IDs;
//   - names, postal addresses, BICs, CVCs and expiry dates (veil has no
//     finding type for them).
//
// # Value validity
//
// Values are valid where a format defines validity: card numbers pass Luhn
// and carry real IIN prefixes (Visa, Mastercard 51-55 and 2221-2720, Amex,
// Discover, JCB, Diners, UnionPay); IBANs carry correct ISO 13616 mod-97
// check digits (and the national BBAN check characters for BE, ES, FR and
// IT); SSNs obey area/group/serial rules; ITINs use valid group ranges;
// NINOs valid prefixes and suffixes; classic GitHub tokens (ghp_, gho_,
// ghu_, ghs_, ghr_) end in the 6-character base62 (0-9A-Za-z, left-padded
// with '0') CRC32 of their 30 random characters; JWTs are base64url JSON
// with a real HS256 HMAC or a random RS256 signature; EC, Ed25519 and
// OpenSSH private keys are real keys, RSA keys carry real DER prefixes
// around random bytes; PGP blocks carry a valid CRC-24 armor checksum.
// Provider tokens follow the providers' published shapes. The package tests
// check all of this.
//
// # Concurrency
//
// Generate and Mixed share no state and are safe for concurrent use.
package corpus
