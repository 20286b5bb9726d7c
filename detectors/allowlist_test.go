package detectors

import "testing"

func TestIsPlaceholder(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		// Filler and masks.
		{"", true},
		{`""`, true},
		{"xxxxxxxx", true},
		{"XXXXXXXXXXXX", true},
		{"********", true},
		{"########", true},
		{"00000000", true},
		{"aaaaaaaaaaaa", true},
		{"xxxx-xxxx-xxxx", true},
		{"____", true},
		{"...", true},
		{"••••••••", true},
		{"Kq7••••Vb2Lx9", true},
		// Three bullets and a character whose UTF-8 starts with the
		// bullet's first byte (€, ’, …) are not a run of four: before
		// 2026-11-23 (stop 11) that byte counted as a bullet.
		{"Kq7•••€Vb2Lx9", false},
		{"Kq7•••’Vb2Lx9", false},
		{"sk_live_xxxxxxxxxxxxxxxxxxxx", true},
		{"************4242", true},
		{"AKIA####################", true},

		// References to where the secret lives.
		{"${DB_PASSWORD}", true},
		{"$6$rounds=4096$RRI88bY/FmGiZLZu$Rk3kyDTkHpxCARTOp7c2WTyJsOj2IVUphhTj5jJ4dVtpdYoopQEi7H9l45", true},
		{"$2b$12$KIXQJQH0pZcV0W7bM3H9EeJk6Hq2fQ0V1oN4fP8yQm5XcZ1lQm7bW", true},
		{"$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$9b0fq3k0wZ8sX2p1Rr4n5Q", true},
		{"pbkdf2_sha256$600000$Xq3vLm9TzR2w$Hk8Jd0aPqW3s5Lx7Vn2Bc4Zm6Ty9Ur1Ei0Oo=", true},
		{"{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g2Ky3b", true},
		{"$1$Kq7mZ2$8Xw3Lp0Vn5Rt1Yb4Hs6Jd.", true},
		{"6$abcdefgh$ijklmnopqrstuvw", false},
		{"$ecret$Pass$word99xyzabc", false},
		{"$6$short", false},
		// Cisco IOS type 8 (PBKDF2) and 9 (scrypt) secrets are hashes;
		// Junos's $9$ has no second '$': a reversible encoding, no hash.
		{"$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCSsg7Dh7ug3ru5n.", true},
		{"$8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs", true},
		{"$9$Qz3nCA0Ilv8xdVbwgaJGjHqf5Fn/AtpBEhr", false},
		// A YAML local tag stands for a value kept elsewhere (the name after
		// it): Home Assistant's !secret, ESPHome's !env_var, CloudFormation's
		// !Ref. A '!' and mixed characters is a password.
		{"!secret", true},
		{"!env_var", true},
		{"!Ref", true},
		{"!Kq7mZ2x", false},
		{"!ab", false},
		// the word itself in another language, and password managers
		{"Passwort", true},
		{"Contraseña", true},
		{"1Password", true},
		{"Passwort2024!", false},
		// PostgreSQL's stored verifiers: SCRAM-SHA-256 and md5.
		{"SCRAM-SHA-256$4096:Zk3vQ8Lm2Tr6Wn9Py1Hs5A==$c2Vjb25kLXN0b3JlZC1rZXktaGVyZS0wMDAwMDAwMDA=:c2VydmVyLWtleS1oZXJlLTAwMDAwMDAwMDAwMDAwMDA=", true},
		{"md57d0a5e7c8b3f1e2d4c6b8a0f9e1d3c5b", true},
		{"md5Kq7mZ2xVb9", false},
		{"SCRAM-SHA-256$many:Zk3v$abc:def", false},
		// Secret store references.
		{"arn:aws:secretsmanager:eu-south-2:688139502255:secret:treasury/ebics-keys-Ab12Cd", true},
		{"arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/prod/db/password", true},
		{"arn:aws:kms:eu-west-2:785378859827:key/4733e8b2-4a77-40c1-871c-f7dca06c7280", true},
		{"arn:aws:iam::123456789012:role/Kq7mZ2xVb9", true},
		{"arn:aws:Kq7mZ2xVb9", false},
		{"secretsmanager:ap-northeast-1:shop/braze/rest-key#users.track", true},
		{"os.environ/REDIS_PASSWORD", true},
		{"vault:secret/data/payments/gateway#password", true},
		{"vault:Kq7mZ2xVb9", false},
		{"kv/data/pabx/sp01/ramais/", true},
		{"not-used", true},
		{"***PROTECTED***", true},
		{"**redacted**", true},
		{"**Kq7mZ2**", false},
		{"link-production-edc9f0bc-bcc0-425e-a343-a99f06075f50", true},
		{"access-production-edc9f0bc-bcc0-425e-a343-a99f06075f50", false},
		{"os.environ/Kq7$mZ2", false},
		// A label of two words and a date is a name a person or a scheduler
		// wrote; one word and a date may be a password.
		{"emi-batch-2026-12-07-0430", true},
		{"nightly_backup_20241105_01", true},
		{"summer-2024-06-01", false},
		{"emi-batch-2026-13-07-0430", false},
		{"Emi-Batch-2026-12-07", false},
		{"hmac-sha256:8be61ca41d326afd3a871010ab2e1aa6690834cdffc43b9de535ddfde447d637", true},
		{"anon-ce230be2-32bc-437c-8516-5aead31bda06", true},
		{"PAA000000", true},
		{"uint16,", true},
		{"string,", true},
		{"uint16", true},
		{"C.NL80211_ATTR_SAE_PASSWORD", true},
		{"ed25519PrivateKey", true},
		{"testP256PrivateKey", true},
		{"ed25519.PrivateKey", true},
		{"TestGetClientConfig_token", true},
		{"s2a_access_token", true},
		{"SummerSecretKey", false},
		{"Secret_Key2024!", false},
		{"myKey", false},
		{"x9fGkQ2mRt", false},
		{"self.openid_connect_implicit", true},
		{"this.apiKey", true},
		{"self.", false},
		{"selfish-Pa55!", false},
		{"&#x3C;", true},
		{"&lt;", true},
		{"wrkspc_3166e79a5f8fa02d", true},
		{"ps_H6GNHTYS4GB31MPFVVXYZG", true},
		{"tokn_sh04nvz1w3trcqericy", true},
		{"tokn_test_5g5mer4rf8h7ui3ty0x", true},
		{"tokn_test_abcdefghijk", false},
		{"{s3cr3t-pa55w0rd}", false},
		{"tokn_Sh04nvZ1w3trcQericy", false},
		{"ord_01HZX3K9QJ7V6M2N8P4R5T6W7Y", true},
		{"ps_HGNHTYSGBMPFVVXYZGKQ", false},
		{"ps_H6gNHTYS4GB31MPFVVXYZG", false},
		{"sk_H6GNHTYS4GB31MPFVVXYZGH6GNHTYS4GB31", false},
		{"vntg_tkn_7535e3db7388a575b4870843056de298122a52fe", false},
		{"sk_7535e3db7388a575b4870843056de298", false},
		{"WPA2/WPA3».", true},
		{"WPA2-PSK", true},
		{"Wpa2Haus!77", false},
		{"k8s:secret/nfe-a1-2026/senha", true},
		{"op://Ops/router/password", true},
		{"$$$$GBDCO2BKQ2LE6BUDZUAKUFRT6UOTIMLX52TPOZKYU55CARKQ", true},
		{"env:Kq7Vb2Lx9R", false},
		{"kirinoha/prod/jwt-signing-key", true},
		{"k7x2/9qv4/zz8w", false},
		{"host=pg-01 port=5432 dbname=rides user=svc password=*** sslmode=require", true},
		{"postgres://svc:***@pg-01/rides", true},
		{"host=pg-01 user=svc password=Kq7***Vb2 sslmode=require", false},
		{"provis=C3=B3ria:", true},
		{"Qx7=Lm2=Vb9", false},
		{`\x61\x62\x63\xff\x00\x64`, true},
		{`\x61`, false},
		{`\x61\x62Q7`, false},
		{"&Kq7Vb2Lx9;", false},
		{"&Kq7Vb2Lx9R!", false},
		{"vault_client.secrets.kv.v2.read_secret_version", true},
		{"settings.stripe.secret_key", true},
		{"config.Secret", false},
		{"a.b", false},
		{"qz7.vb2.lx9", true},
		{"000000000", true},
		{"PAA000001", false},
		{"ABCD00000", false},
		{"Guest_0b8e2c2a-1f4e-4c1d-9f0a-2b7c8e9d1a3f", true},
		{"anon-ce230be2-32bc-437c-8516-5aead31bda0", false},
		{"sess-ce230be2-32bc-437c-8516-5aead31bda06", false},
		{"hmac-sha256:8be61ca41d326afd3a871010ab2e1aa6", false},
		{"hmac-sha256:Zbe61ca41d326afd3a871010ab2e1aa6690834cdffc43b9de535ddfde447d637", false},
		{"${env:API_KEY}", true},
		{"Bearer ${TOKEN}", true},
		{"$DB_PASSWORD", true},
		{"$password", true},
		{"$dbPassword", true},
		{"%APPDATA%", true},
		{"%DB_PASS%", true},
		{"%s", true},
		{"{{ .Values.db.password }}", true},
		{"{{secrets.API_KEY}}", true},
		{"#{db.password}", true},
		{"$(cat /run/secrets/db)", true},
		{"%(password)s", true},
		{"{password}", true},
		{"{page-token}", true},
		{"{vault://hcv/relaylink-prod/kong/redis_password}", true},
		{"{vault:Kx9-mQ2z}", false},
		{"{client.secret}", true},
		{"{API-KEY}", true},
		{"{Kx9-mQ2z}", false},
		{"{3f2a-9c1b}", false},
		{"{-token}", false},
		{"{a--b}", false},
		{"<your-api-key>", true},
		{"<API_KEY>", true},
		{"<%= ENV['KEY'] %>", true},
		{"<nil>", true},
		{"[REDACTED]", true},
		{"[hidden]", true},
		{"(not set)", true},
		{"env(DB_PASSWORD)", true},
		{"ENV['SECRET_KEY_BASE']", true},
		{"process.env.STRIPE_KEY", true},
		{"os.environ['AWS_SECRET']", true},
		{"os.environ.get('AWS_SECRET')", true},
		{"os.Getenv(\"TOKEN\")", true},
		{"$env:GITHUB_TOKEN", true},
		{"DB_PASSWORD", true},
		{"MY_SECRET_KEY", true},
		{"AWS_SECRET_ACCESS_KEY_2", true},
		{"__PASSWORD__", true},

		// Values that say they are not real.
		{"changeme", true},
		{"ChangeMe123!", true},
		{"change_me", true},
		{"please-change-me", true},
		{"example", true},
		{"my-example-key", true},
		{"examplekey", true},
		{"dummy", true},
		{"dummy-token-123", true},
		{"myDummyKey", true},
		{"placeholder", true},
		{"your_api_key", true},
		{"your-token-here", true},
		{"YourPassword", true},
		{"yourpassword", true},
		{"enter your key", true},
		{"REDACTED", true},
		{"sample_secret", true},
		{"fake-password", true},
		{"fakeToken", true},
		{"foobar", true},
		{"INSERT_KEY_HERE", true},
		{"insert-key", true},
		{"replace_me", true},
		{"TODO", true},
		{"todo: rotate", true},
		{"xoxb-not-a-real-token", true},
		{"not_real_secret", true},

		// Truncated values.
		{"sk-abc123...", true},
		{"...f00d", true},
		{"ghp_abc…", true},

		// Bare defaults, case-insensitive, whole value only.
		{"secret", true},
		{"Password", true},
		{"PASS", true},
		{"passwd", true},
		{"test", true},
		{"test123", true},
		{"admin", true},
		{"null", true},
		{"None", true},
		{"true", true},
		{"false", true},
		{"undefined", true},
		{"1234", true},
		{"12345", true},
		{"123456", true},
		{"password123", true},
		{"'password'", true},
		{" secret ", true},

		// Published examples.
		{"AKIAIOSFODNN7EXAMPLE", true},
		{"AKIAI44QH8DHBEXAMPLE", true},
		{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", true},
		{"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", true},
		{"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", true},
		{"sk_" + "test_4eC39HqLyjWDarjtT1zdp7dc", true},
		{"sk_" + "test_BQokikJOvBiI2HlWgH4olfQ2", true},
		{"pk_" + "test_TYooMQauvdEDq54NiTphI7jx", true},

		// Real-looking values stay findings.
		{"Tr0ub4dor&3", false},
		{"hunter2x!", false},
		{"correct horse battery staple", false},
		{"q8Zr3xT1vW9pL2mN7bK4sD6f", false},
		{"AKIAZ4QXJ2LRYN7WBT3K", false},
		{"sk_" + "test_51HxyzQ8Zr3xT1vW9pL2mN7bK4sD6f", false},
		{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8Zr3xT1v", false},
		{"$ecretPa55", false},
		{"P@ssw0rd!2024", false},
		{"secret123!", false},
		{"testing-is-fun-42", false},
		{"Db_Password", false},
		{"tok_ssn_6iW2PqGOvRWacSiUyrNWmb1d", true},
		{"tok_Xq7Lm2Vb9Rt4KdZ8", false},
		{"GID:user_list", true},
		{"senha-teste-1", true},
		{"Passwort-Test-2", true},
		{"Teste@123", false},
		{"password-summer-9", false},
		{"password_confirmation", true},
		{"senha_atual", true},
		{"correct_horse_battery", false},
		{"@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/dhl-api-key/)", true},
		{"projects/735576920300/secrets/db-app-password/versions/latest", true},
		{"/usr/bin/systemctl", true},
		{"/Kq7:Vb2/Lx9", false},
		{"2026-02-14T10:05:31", true},
		{"2026-02-14T10:05:31.123Z", true},
		{"2026-02-14Tx0:05:31", false},
		{"base_dn:flags", true},
		{"Summer:Winter", false},
		{"john:hunter", false},
		{"host:port:dbname", true},
		{"admin:Kq7Vb2Lx", false},
		{"airbyte_workspace_3f0c2a1e-7b44-4c2e-9d1a-5e6f7a8b9c0d_secret_0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d_v1", true},
		{"airbyte_workspace_3f0c2a1e-7b44-4c2e-9d1a-5e6f7a8b9c0d_secret_0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", true},
		{"my_secret_Kq7Vb2Lx9Rm4Tn6Wp1Zc8Kq7Vb2Lx9Rm4Tn6", false},
		{"tok_Rv3Lq9Xz2Kp7Wm4Tn8Yb1Hd6", true}, // Stripe's card token
		{"dQw4Kz8Lm2Vb9Rt4KdZ8Xy:APA91bHk3jYtLm9QwErT5Vb2Lx9Rm4Tn6Wp1Zc8Kq7Vb2Lx9Rm4Tn6Wp1Zc8Kq7Vb2Lx9Rm4Tn6Wp1Zc8", true},
		{"AAAAc3j27xd:APA91b5YX8XM5mSLFy5UBIHEYeD7p4Zdl-AK6j0KgodkDINzNlxICAbaG8wy1JZirLnqB0PRfMBH7", false},
		{"summer=Qx7Lm2Vb9Rt4Kd", false},
		{"wcFMA/xDdHCJBTolAQ/00eJJZc01S/g92AfdlMT09fMkrg8xPkiUQueuvYIodDYBBORvY95!!", false},
		{"pm_tok_KCRWkTjGJe8gaRDmoJ4xQz", true},
		{"stock_level_high", false},
		{"sntryu_0000000000000000000000000000000000000000000000000000000000000000", true},
		{"PMAK-000000000000000000000000-0000000000000000000000000000000000", true},
		{"10000000000000000", true},
		{"id_1000000200000003", false},
		{"db_password_value", false},
		{"X9_K2", true}, // upper case, digits and underscore: reads as a constant
		{"1_ABC", false},
		{"a", true}, // one character repeated once
		{"ab", false},
		{"xX1", false},
		{"${unterminated", false},
		{"[abc123]", false},
		{"<", true}, // one character
		{"%", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := IsPlaceholder([]byte(tt.in)); got != tt.want {
				t.Errorf("IsPlaceholder(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPlaceholderValidator(t *testing.T) {
	runValidator(t, Spec{Kind: "placeholder"}, []validatorTest{
		{"placeholder", in("password = ${DB_PASSWORD}", "${DB_PASSWORD}"), reject},
		{"example key", in("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"), reject},
		{"real value", in("password = Tr0ub4dor&3", "Tr0ub4dor&3"), noOpinion},
		{"a local service whose password is its user", in("DATABASE_URL: postgres://booking:booking@localhost:5432/booking_test", "postgres://booking:booking@localhost:5432/booking_test"), reject},
		{"the same on the loopback address", in("redis://cache:cache@127.0.0.1:6379/0", "redis://cache:cache@127.0.0.1:6379/0"), reject},
		{"user as password on another host", in("postgres://booking:booking@db.prod.internal:5432/booking", "postgres://booking:booking@db.prod.internal:5432/booking"), noOpinion},
		{"a real password on localhost", in("postgres://booking:Kq7vB2mX9p@localhost/booking", "postgres://booking:Kq7vB2mX9p@localhost/booking"), noOpinion},
		{"a host named like localhost", in("postgres://booking:booking@localhost.evil.net/b", "postgres://booking:booking@localhost.evil.net/b"), noOpinion},
		{"key=value string, placeholder password", in(`dsn = "host=<host> dbname=partes user=<usuario> password=<clave>"`, "host=<host> dbname=partes user=<usuario> password=<clave>"), reject},
		{"key=value string, quoted placeholder", in(`Server=db;User Id=app;Password='{your_password}';`, `Server=db;User Id=app;Password='{your_password}';`), reject},
		{"key=value string, real password", in("host=db user=app password=Vx9mPq2Lr8 dbname=x", "host=db user=app password=Vx9mPq2Lr8 dbname=x"), noOpinion},
		{"a date", in("the password had been phished on 2026-02-05 (SEC-213)", "2026-02-05"), reject},
		{"a setting's dotted name", in("UPDATE parametros SET valor = '0.62' WHERE clave = 'matching.umbral_minimo';", "matching.umbral_minimo"), reject},
		{"words and a digit with dots", in("password = 'correct.horse.7'", "correct.horse.7"), noOpinion},
		{"a trailing dot", in("password = 'secret.'", "secret."), noOpinion},
		{"a timestamp", in("token rotated on 2026-02-05T10:00:00Z", "2026-02-05T10:00:00Z"), reject},
		{"digits shaped like a date but no month", in("password = 2026-13-45", "2026-13-45"), noOpinion},
		{"a date with more after it", in("password = 2026-02-05xK9!", "2026-02-05xK9!"), noOpinion},
		{"an FCM registration token's instance id", in(`"token": "dQw4Kz8Lm2Vb9Rt4KdZ8Xy:APA91bHk3jYtLm9QwErT5Vb2Lx9Rm4Tn6Wp1Zc8Kq7Vb2Lx9Rm4Tn6Wp1Zc8Kq7Vb2Lx9Rm4Tn6Wp1Zc8"`, "dQw4Kz8Lm2Vb9Rt4KdZ8Xy"), reject},
		{"a 22-character value before another colon", in(`"token": "dQw4Kz8Lm2Vb9Rt4KdZ8Xy:extra"`, "dQw4Kz8Lm2Vb9Rt4KdZ8Xy"), noOpinion},
		{"percent-encoded placeholder", in("/docs?token=%3Cyour-token%3E", "%3Cyour-token%3E"), reject},
		{"percent-encoded reference", in("password=%24%7BDB_PASSWORD%7D&user=x", "%24%7BDB_PASSWORD%7D"), reject},
		{"percent-encoded real value", in("password=Copper%21Fox06xq&x=1", "Copper%21Fox06xq"), noOpinion},
		{"a lone percent", in("password=50%off!Tr0ub4dor", "50%off!Tr0ub4dor"), noOpinion},
		{"URL template", val("postgres://USER:PASSWORD@HOST:5432/DBNAME"), reject},
		{"URL with a reference", val("redis://:${REDIS_PASSWORD}@cache:6379/0"), reject},
		{"URL with a password", val("postgres://app:Kq7-Vb2-Lx9@db.internal:5432/app"), noOpinion},
		{"URL without userinfo", val("https://api.acme.io/v1/users/jo@acme.io:Kq7x"), noOpinion},
		{"userinfo with a placeholder password", in("http://test:test@localhost:8080", "test:test"), reject},
		{"userinfo with a password", in("https://deploy:Pl8nkWq3z@pypi.acme.io/", "deploy:Pl8nkWq3z"), noOpinion},
		// base64 of client_id:client_secret, and of deploy:Pl8nkWq3z
		{"Basic credentials naming their fields", in("Authorization: Basic Y2xpZW50X2lkOmNsaWVudF9zZWNyZXQ=", "Y2xpZW50X2lkOmNsaWVudF9zZWNyZXQ="), reject},
		{"Basic credentials", in("Authorization: Basic ZGVwbG95OlBsOG5rV3Ezeg==", "ZGVwbG95OlBsOG5rV3Ezeg=="), noOpinion},
		// an API key as the user and "x" as the password (BambooHR,
		// Freshdesk): the key is the secret; admin:x is a template
		{"Basic credentials with a key as the user", in("Authorization: Basic N2YzYTkxYzA0ZTJiOGQ2NWYxYTBjOWUzYjdkMjRmODZhMWMwNWUzOTp4", "N2YzYTkxYzA0ZTJiOGQ2NWYxYTBjOWUzYjdkMjRmODZhMWMwNWUzOTp4"), noOpinion},
		{"Basic credentials with a filler password", in("Authorization: Basic YWRtaW46eA==", "YWRtaW46eA=="), reject},
		{"Jenkins ciphertext", val("{AQAAABAAAAAg/LA1RhVeI+XSFAgMvtnCkbZQwdDpmrXY4evGz+xU/tNlt/R94yV3eNt0pGFSezdv}"), reject},
		{"a braced value", val("{Kq7-Vb2-Lx9}"), noOpinion},
		{"a further key=value", in("renewed token: alloc_id=1bb5383c-78c1-4de2-a626-4b2deec78d82", "alloc_id=1bb5383c-78c1-4de2-a626-4b2deec78d82"), reject},
		{"base64 with padding", val("dGhpcyBpcyBhIHRva2Vu="), noOpinion},
		{"a named secret", in("Authorization: Token token=u+a3sS56dR1S8sjy97ga", "token=u+a3sS56dR1S8sjy97ga"), noOpinion},
		{"a value spelling its key", inMatch(`case rememberedPassword = "remembered_password"`, `dPassword = "remembered_password"`, "remembered_password"), reject},
		{"a constant holding its name", inMatch(`DB_PASSWORD = "db_password"`, `DB_PASSWORD = "db_password"`, "db_password"), reject},
		{"a value longer than its key", inMatch(`DB_PASSWORD = "db_password_2024!"`, `DB_PASSWORD = "db_password_2024!"`, "db_password_2024!"), noOpinion},
		{"a preview fixture", val("preview-password"), reject},
		{"an OpenPGP message", val("wcFMA/xDdHCJBTolAQ/00eJJZc01S/g92AfdlMT09fMkrg8xPkiUQueuvYIodDYBBORvY9579VejecPe"), reject},
		{"base64 of something else", val("c2VjcmV0LXRoYXQtaXMtbG9uZy1lbm91Z2gtdG8tcGFzcy10aGUtc2l6ZS1jaGVjaw=="), noOpinion},
	})
}

// TestDefaultValuesFitTheBuffer checks that every entry of defaultValues
// fits maxDefaultValue bytes: defaultValue lowers a value into a buffer of
// that size, so a longer entry could never match.
func TestDefaultValuesFitTheBuffer(t *testing.T) {
	for v := range defaultValues {
		if len(v) > maxDefaultValue {
			t.Errorf("%q is %d bytes, longer than maxDefaultValue (%d)", v, len(v), maxDefaultValue)
		}
	}
}

// TestPairSet checks the two-level pairSet against a plain set of every
// pair, over all 65,536 byte pairs: each word's first two bytes in every
// ASCII case are in it, and nothing else.
func TestPairSet(t *testing.T) {
	words := []string{"password", "pw", "k8", "_x", "ée", "zz", "passphrase"}
	ps := newPairSet(words)
	want := map[[2]byte]bool{}
	for _, w := range words {
		for _, a := range cases(w[0]) {
			for _, b := range cases(w[1]) {
				want[[2]byte{a, b}] = true
			}
		}
	}
	for a := range 256 {
		for b := range 256 {
			if got := ps.has(byte(a), byte(b)); got != want[[2]byte{byte(a), byte(b)}] {
				t.Fatalf("has(%q, %q) = %v", byte(a), byte(b), got)
			}
		}
	}
	if e := emptyPairSet(); e.has('p', 'a') {
		t.Error("empty set has a pair")
	}
}
