// Package downloadlink issues and verifies the short links used in "Your gallery is ready" e-mails
// when a gallery is delivered without CloudFront (self-hosted studios on the Basic plan).
//
// Format: https://dl.framefolio.com.au/z/<galleryID>?e=<unix expiry>&s=<base64url(HMAC-SHA256)>
// The key comes from FF_DL_SIGNING_KEY (32+ random bytes, base64); rotation keeps the previous key for 30 days.
package downloadlink

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"time"
)

var (
	ErrExpired   = errors.New("downloadlink: expired")
	ErrSignature = errors.New("downloadlink: bad signature")
	ErrNoKey     = errors.New("downloadlink: FF_DL_SIGNING_KEY not set")
)

// Signer holds the current and previous keys.
type Signer struct {
	base    *url.URL
	current []byte
	prev    []byte
	now     func() time.Time
}

// FromEnv builds a Signer from the environment. It never logs key material.
func FromEnv(base string) (*Signer, error) {
	cur, err := decodeKey(os.Getenv("FF_DL_SIGNING_KEY"))
	if err != nil || len(cur) == 0 {
		return nil, ErrNoKey
	}
	prev, _ := decodeKey(os.Getenv("FF_DL_SIGNING_KEY_PREV"))
	u, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("downloadlink: base url: %w", err)
	}
	return &Signer{base: u, current: cur, prev: prev, now: time.Now}, nil
}

func decodeKey(s string) ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	return base64.StdEncoding.DecodeString(s)
}

func mac(key []byte, galleryID string, exp int64) []byte {
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "%s\n%d", galleryID, exp)
	return m.Sum(nil)
}

// Sign returns the link for galleryID valid for ttl.
func (s *Signer) Sign(galleryID string, ttl time.Duration) string {
	exp := s.now().Add(ttl).Unix()
	sig := base64.RawURLEncoding.EncodeToString(mac(s.current, galleryID, exp))
	u := *s.base
	u.Path = "/z/" + galleryID
	u.RawQuery = url.Values{"e": {strconv.FormatInt(exp, 10)}, "s": {sig}}.Encode()
	return u.String()
}

// Verify checks expiry first (cheap), then the signature against current and previous key.
func (s *Signer) Verify(galleryID, e, sig string) error {
	exp, err := strconv.ParseInt(e, 10, 64)
	if err != nil || s.now().Unix() > exp {
		return ErrExpired
	}
	got, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil {
		return ErrSignature
	}
	for _, k := range [][]byte{s.current, s.prev} {
		if len(k) > 0 && hmac.Equal(got, mac(k, galleryID, exp)) {
			return nil
		}
	}
	return ErrSignature
}

// Example output (test key from testdata/keys/dev.b64, never used outside unit tests):
//
//	https://dl.framefolio.com.au/z/gal_1torolvt8a5v?e=1751529600&s=2u1XSwvm_2t5h2B3XEVDWcp1uwCzE-2i6bECqzWv0Fo
//
// Link ids seen in support tickets are safe to share; the signature only proves the expiry was not changed.
