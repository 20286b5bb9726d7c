package signer_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/brightcart/orders-api/internal/signer"
)

// testKeyPEM is a throwaway 2048-bit key generated for these tests only.
const testKeyPEM = `-----BEGIN PRIVATE KEY-----
MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQC5qI8B4UxKOqoT
uaTX3GCbQ7tL0D6to+ixBaUSbWwKft0XCrnAEDUT0XgNLXiUfLc4BteauIMaikB6
6FI09kSdo79OFuUHlaD5/LAiHmPKATVDhJHsNY0BoywG8XFTCSUj7eAiP+7+uT0y
NJ31KsQK73/xiYi68kls55ji1CpwVqC9dJLVfiP5Dr5/hIvJtdArb9fXKk9S2Sj6
K8wclTD1IJNMRXQ/TQLWe/BEjZIJF9rFD8WQVZ5XzOb5g2nmSHQkGkcdhcrNFZj+
tnajLqu0IaIclEH5ctPnY4XKLaCqNWuAMyrbKKy00l3yOlmheB7m30bOMmlqjDQy
tYIVTcNPAgMBAAECggEAWdJ2FcfFnCgTvuVTHmhtiNDVHdHLcUDaxEJh4a901QMZ
vhsfUQ/GTidKuL1mGBjan82XpDBepYl7trsNgrge7FGbrZEgD3JR5oBdSrR/PO0m
strBqpEh/kfOdjF7zVugT2i3xno+C5jdRZv1S/b7z/qdYONUdnXgFkNaUWuqeJxr
J/w9bFf7rH6rud7/hDt19xeDpVgPxrYoAu6KODwKUL8uKkdsfaaUO0ASPBkHqpNU
adYXLEBWr2efgbf7GRuuSUVCxUclhhaLYxOKA6DCbhdDRbP7rK9+DJ2vB9oYxwvJ
F5gg3wFWrK3qoFBLl+1OG2oWlUI7zj8CkUTj3Bc3qQKBgQD/Lf7rP1bm8xZQl7Sd
CleTz8uFymnez6sah96l0FAWXu8179ZeX9EPAh6okHhem15k/0qPXrxDYOUtvzQa
LE3slg40YK1RFNtz00t3+JprW3v+KL7+z42F8V/L/NZTSS62FIs4yczFUEgkBCdM
ZQkHZf0kQCMLGX8ZZ486U4WJDQKBgQC6QVlmkhCIyxOQYoezO5XtmbXZ4v7oEJyG
sNZpyBj/53HgRq2SSJT5eX96MkjDTRTjqEfCSi4V7ShOvv4nX01ZQmXrZawN6Ba8
uGOptgvAyZqPYWDG2iHN+vU8ZtE4t3gdKtxqDajRlbzY633MP0r+NclCXQdPZGG0
bAbjSQDuywKBgQC99uvTDTAQdd6i2Izoa46Oxx5n1yvBZy+lbIhfQBiezsWdjZI0
Z3gmiBlyuzogk+FNpo9G8+uK7VMvHywWX+0StxKUA3SC69gC/cUs5rFuQoinyIWH
A9QDZpE+NlcHYW+YtOp/uBrsuLs7tKvcv0pda5trpSNxW+W2b9W8Qfki8QKBgQCS
7YhL3L/EWYbGaKOp5UBhndcR2frCMJB5xDhwXBQ0k2yGwtqbwjwbDRhd2hsCTeVD
rfVltETksSAR9qLhhlGrLzDdYGg41DRTjZW5RE3DOIZ/ww6n712pcuZQTr+PYVQU
lkIoOzxIkTnXWPX00J0lKmLowiBJJePZgzpvw6BDvwKBgQClapuZbfblytIzgYNH
Rs23sWXfH8xN18p6cVIixHs1obOUMLRXFxb7oFu38Mb7UI6GjjzsgAGVBp5KcWmJ
TfeqtZxRPcuD/7Q8IXdZEVVXzM/RxAIxH7UiWJqP1oojXw2NfWpA9oJ0k/5ZTmxS
bN8yOpsHbzdN9NHKjkkvgpa+Hg==
-----END PRIVATE KEY-----`

const testPubPEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuaiPAeFMSjqqE7mk19xg
m0O7S9A+raPosQWlEm1sCn7dFwq5wBA1E9F4DS14lHy3OAbXmriDGopAeuhSNPZE
naO/ThblB5Wg+fywIh5jygE1Q4SR7DWNAaMsBvFxUwklI+3gIj/u/rk9MjSd9SrE
Cu9/8YmIuvJJbOeY4tQqcFagvXSS1X4j+Q6+f4SLybXQK2/X1ypPUtko+ivMHJUw
9SCTTEV0P00C1nvwRI2SCRfaxQ/FkFWeV8zm+YNp5kh0JBpHHYXKzRWY/rZ2oy6r
tCGiHJRB+XLT52OFyi2gqjVrgDMq2yistNJd8jpZoXge5t9GzjJpaow0MrWCFU3D
TwIDAQAB
-----END PUBLIC KEY-----`

var vectors = []struct {
	name    string
	secret  string
	payload string
	ts      int64
	want    string // hex HMAC-SHA256 of "<ts>.<payload>"
}{
	{"empty body", "whsec_test_secret", "", 1731920412, "d88943b04f40e711e477e1b4e4899cb63ff64421d70306b72efa44d070a77941"},
	{"order.created", "whsec_EWC5cZimRUrIVKLSBuwrVPajPh30gYnB", `{"id":"evt_1QMf2nLkdIwHu7ix","type":"order.created"}`, 1731920412, "fd957907daa6d1abf61120b12394d6ec010d2cead40438da8236f449018cc351"},
	{"unicode", "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", `{"name":"Zoë"}`, 1731920999, "b61e9dc2b1cf1da038b5e407f041e0a3ef8f08e252092a495918b7cb1c9f637e"},
}

func TestVerify(t *testing.T) {
	for _, v := range vectors {
		t.Run(v.name, func(t *testing.T) {
			mac := hmac.New(sha256.New, []byte(v.secret))
			mac.Write([]byte(signer.SignedPayload(v.ts, v.payload)))
			if got := hex.EncodeToString(mac.Sum(nil)); got != v.want {
				t.Fatalf("signature = %s, want %s", got, v.want)
			}
		})
	}
}

func TestParseBearer(t *testing.T) {
	// jwt.io's example token: must parse, must not verify.
	const example = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
	// issued by the staging IdP for usr_8812047, expired.
	const staging = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfODgxMjA0NyIsIm9yZyI6Im9yZ18zMSIsInNjb3BlIjoib3JkZXJzOnJlYWQiLCJpYXQiOjE3MzE5MjA0MTIsImV4cCI6MTczMTkyNDAxMn0.kUAhkCpgpg1cOOjZs_E3sdpv20k6aObJLAIpTluPN1M"
	for _, tok := range []string{example, staging} {
		if _, err := signer.ParseUnverified(tok); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSignRequest(t *testing.T) {
	s, err := signer.New([]byte(testKeyPEM), signer.WithClock(func() time.Time { return time.Unix(1731920412, 0) }))
	if err != nil {
		t.Fatal(err)
	}
	req := signer.Request{
		Method:    "POST",
		Path:      "/v2/orders",
		RequestID: "78fa3cc9-4d22-47d2-9baa-3110a946fd64",
		BodySHA:   "69f97dd7db9015db5d3642d24b7b8617061e259581d7d30ee7b576caf2f1c575",
	}
	sig, err := s.Sign(req)
	if err != nil {
		t.Fatal(err)
	}
	if err := signer.Verify([]byte(testPubPEM), req, sig); err != nil {
		t.Fatalf("verify: %v", err)
	}
}

func TestLiveSmoke(t *testing.T) {
	key := os.Getenv("STRIPE_RESTRICTED_KEY")
	if key == "" {
		// key = "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" // TODO remove, only for local debugging
		t.Skip("STRIPE_RESTRICTED_KEY not set")
	}
	_ = key
}

func TestAWSConfig(t *testing.T) {
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
	cfg := signer.AWSFromEnv()
	if cfg.Region != "eu-west-1" {
		t.Fatalf("region %q", cfg.Region)
	}
}
