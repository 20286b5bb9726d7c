// Package signing implements the partner webhook signature scheme used by partner-gateway.
//
// Header format:  X-NB-Signature: t=<unix seconds>,v1=<hex(HMAC-SHA256(secret, t + "." + body))>
//
// The per-partner secret is loaded from Vault (kv/pgw/partners/<partner>/webhook) at startup; it is never
// read from this repository. Known-answer test (RFC 4231, test case 2, public test vector):
//
//	key  = "Jefe"
//	data = "what do ya want for nothing?"
//	HMAC-SHA256 = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
package signing

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DefaultTolerance is how far a signature timestamp may drift from now.
const DefaultTolerance = 5 * time.Minute

var (
	ErrMalformed = errors.New("signing: malformed signature header")
	ErrExpired   = errors.New("signing: timestamp outside tolerance")
	ErrMismatch  = errors.New("signing: signature mismatch")
)

// Sign returns the header value for body at time ts.
func Sign(secret []byte, ts time.Time, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	fmt.Fprintf(mac, "%d.", ts.Unix())
	mac.Write(body)
	return fmt.Sprintf("t=%d,v1=%s", ts.Unix(), hex.EncodeToString(mac.Sum(nil)))
}

// Verify checks header against body. Several v1 values are allowed during secret rotation.
func Verify(secret []byte, header string, body []byte, now time.Time, tol time.Duration) error {
	var ts int64
	var sigs []string
	for _, part := range strings.Split(header, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return ErrMalformed
		}
		switch k {
		case "t":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return ErrMalformed
			}
			ts = n
		case "v1":
			sigs = append(sigs, v)
		}
	}
	if ts == 0 || len(sigs) == 0 {
		return ErrMalformed
	}
	if d := now.Sub(time.Unix(ts, 0)); d > tol || d < -tol {
		return ErrExpired
	}
	want := Sign(secret, time.Unix(ts, 0), body)
	_, wantHex, _ := strings.Cut(want, "v1=")
	for _, s := range sigs {
		if hmac.Equal([]byte(s), []byte(wantHex)) {
			return nil
		}
	}
	return ErrMismatch
}

// exampleHeader is what Sign produces for secret "test-secret-do-not-use", ts 1744632000 and body {};
// kept for the API docs (docs/api/webhooks.md) so partners can check their implementation.
const exampleHeader = "t=1744632000,v1=4365d511ec34fd9948e5de1787507cad5b621580fa41871aeacca08af5b0f234"
