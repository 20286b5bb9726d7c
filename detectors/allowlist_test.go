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
		{"hmac-sha256:8be61ca41d326afd3a871010ab2e1aa6690834cdffc43b9de535ddfde447d637", true},
		{"anon-ce230be2-32bc-437c-8516-5aead31bda06", true},
		{"PAA000000", true},
		{"uint16,", true},
		{"string,", true},
		{"uint16", false},
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
		{"Jenkins ciphertext", val("{AQAAABAAAAAg/LA1RhVeI+XSFAgMvtnCkbZQwdDpmrXY4evGz+xU/tNlt/R94yV3eNt0pGFSezdv}"), reject},
		{"a braced value", val("{Kq7-Vb2-Lx9}"), noOpinion},
		{"a further key=value", in("renewed token: alloc_id=1bb5383c-78c1-4de2-a626-4b2deec78d82", "alloc_id=1bb5383c-78c1-4de2-a626-4b2deec78d82"), reject},
		{"base64 with padding", val("dGhpcyBpcyBhIHRva2Vu="), noOpinion},
		{"a named secret", in("Authorization: Token token=u+a3sS56dR1S8sjy97ga", "token=u+a3sS56dR1S8sjy97ga"), noOpinion},
	})
}
