package server

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strings"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
)

// RestoreAuth says who may call Restore: clients whose verified
// certificate (mTLS) carries one of Identities, or that send
// "authorization: Bearer <token>" with a token listed in a token file.
// With neither, Restore is refused for everyone.
type RestoreAuth struct {
	// Identities are certificate identities: a URI SAN (e.g.
	// spiffe://corp/ai-proxy), a DNS SAN, or the subject's common name.
	Identities []string
	// tokens are the SHA-256 digests of the allowed bearer tokens.
	tokens [][sha256.Size]byte
}

// LoadRestoreAuth reads the bearer tokens of tokenFile (one per line; blank
// lines and lines starting with # are skipped). tokenFile may be empty.
func LoadRestoreAuth(identities []string, tokenFile string) (RestoreAuth, error) {
	a := RestoreAuth{Identities: slices.Clone(identities)}
	if tokenFile == "" {
		return a, nil
	}
	data, err := os.ReadFile(tokenFile)
	if err != nil {
		return a, fmt.Errorf("restore token file: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if len(t) < 16 {
			return a, fmt.Errorf("%s:%d: a restore token must be at least 16 characters", tokenFile, line)
		}
		a.tokens = append(a.tokens, sha256.Sum256([]byte(t)))
	}
	if len(a.tokens) == 0 {
		return a, fmt.Errorf("%s: no tokens in the restore token file", tokenFile)
	}
	return a, nil
}

// Enabled says whether anybody may restore.
func (a RestoreAuth) Enabled() bool { return len(a.Identities) > 0 || len(a.tokens) > 0 }

// authorize returns who the caller is when it may restore (for the audit
// record: a certificate identity, or a token's fingerprint, never the
// token), or PermissionDenied.
func (a RestoreAuth) authorize(ctx context.Context) (string, error) {
	if !a.Enabled() {
		return "", status.Error(codes.PermissionDenied,
			"restore is disabled on this server: start it with --restore-identity or --restore-token-file")
	}
	if p, ok := peer.FromContext(ctx); ok {
		if ti, ok := p.AuthInfo.(credentials.TLSInfo); ok && len(ti.State.VerifiedChains) > 0 && len(ti.State.VerifiedChains[0]) > 0 {
			for _, id := range certIdentities(ti.State.VerifiedChains[0][0]) {
				if slices.Contains(a.Identities, id) {
					return "cert:" + id, nil
				}
			}
		}
	}
	if md, ok := metadata.FromIncomingContext(ctx); ok {
		for _, v := range md.Get("authorization") {
			tok, ok := strings.CutPrefix(v, "Bearer ")
			if !ok {
				continue
			}
			sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
			match := 0
			for _, t := range a.tokens {
				match |= subtle.ConstantTimeCompare(sum[:], t[:])
			}
			if match == 1 {
				return "token:" + hex.EncodeToString(sum[:4]), nil
			}
		}
	}
	return "", status.Error(codes.PermissionDenied, "this caller may not restore tokens")
}

// certIdentities are the names a verified client certificate proves.
func certIdentities(c *x509.Certificate) []string {
	var ids []string
	for _, u := range c.URIs {
		ids = append(ids, u.String())
	}
	ids = append(ids, c.DNSNames...)
	if c.Subject.CommonName != "" {
		ids = append(ids, c.Subject.CommonName)
	}
	return ids
}

// peerIdentity names the caller for the audit record: its certificate's
// first identity under mTLS, else its address.
func peerIdentity(ctx context.Context) string {
	p, ok := peer.FromContext(ctx)
	if !ok {
		return ""
	}
	if ti, ok := p.AuthInfo.(credentials.TLSInfo); ok && len(ti.State.VerifiedChains) > 0 && len(ti.State.VerifiedChains[0]) > 0 {
		if ids := certIdentities(ti.State.VerifiedChains[0][0]); len(ids) > 0 {
			return "cert:" + ids[0]
		}
	}
	if p.Addr != nil {
		return p.Addr.String()
	}
	return ""
}
