package server

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/status"

	"github.com/veil-dlp/veil/client"
	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

// pki is a throw-away CA and the files of certificates it signed.
type pki struct {
	dir  string
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

func newCA(t *testing.T, name string) *pki {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: name},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	ca := &pki{dir: t.TempDir(), cert: cert, key: key}
	writeFile(t, ca.path("ca.pem"), string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})))
	return ca
}

func (ca *pki) path(name string) string { return filepath.Join(ca.dir, name) }

// issue writes name.pem and name.key: a leaf for a server (IP SAN
// 127.0.0.1) or a client (URI SAN uri).
func (ca *pki) issue(t *testing.T, name, uri string, server bool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: name},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature,
	}
	if server {
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
		tmpl.IPAddresses = []net.IP{net.IPv4(127, 0, 0, 1)}
	} else {
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
		u, err := url.Parse(uri)
		if err != nil {
			t.Fatal(err)
		}
		tmpl.URIs = []*url.URL{u}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, ca.path(name+".pem"), string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})))
	writeFile(t, ca.path(name+".key"), string(pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb})))
}

// serveTLS starts the service on a real loopback TCP listener with TLS,
// and mTLS when clientCA is set.
func serveTLS(t *testing.T, ca *pki, clientCA *pki, auth RestoreAuth) string {
	t.Helper()
	e, p := testEngine(t), testPolicy(t, "")
	s, err := New(func() (*policy.Snapshot, error) { return policy.NewSnapshot(e, p), nil }, Options{Limits: engine.ServiceLimits(), Restore: auth})
	if err != nil {
		t.Fatal(err)
	}
	cert, err := tls.LoadX509KeyPair(ca.path("server.pem"), ca.path("server.key"))
	if err != nil {
		t.Fatal(err)
	}
	tc := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	if clientCA != nil {
		pool := x509.NewCertPool()
		pool.AddCert(clientCA.cert)
		tc.ClientCAs, tc.ClientAuth = pool, tls.RequireAndVerifyClientCert
	}
	g := grpc.NewServer(append(s.ServerOptions(), grpc.Creds(credentials.NewTLS(tc)))...)
	s.Register(g)
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go g.Serve(lis)
	t.Cleanup(g.Stop)
	return lis.Addr().String()
}

func dialRedact(t *testing.T, addr string, opts ...client.Option) error {
	t.Helper()
	c, err := client.Dial(addr, append(opts, client.WithRetry(1, time.Millisecond))...)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, err = c.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
	return err
}

func TestTLS(t *testing.T) {
	ca, stranger := newCA(t, "veil test CA"), newCA(t, "another CA")
	ca.issue(t, "server", "", true)
	addr := serveTLS(t, ca, nil, RestoreAuth{})
	if err := dialRedact(t, addr, client.WithTLSFiles(ca.path("ca.pem"), "", "")); err != nil {
		t.Errorf("client trusting the CA: %v", err)
	}
	if err := dialRedact(t, addr, client.WithTLSFiles(stranger.path("ca.pem"), "", "")); status.Code(err) != codes.Unavailable {
		t.Errorf("client not trusting the server's CA: got %v, want Unavailable", err)
	}
	if err := dialRedact(t, addr); status.Code(err) != codes.Unavailable {
		t.Errorf("plaintext client on a TLS server: got %v, want Unavailable", err)
	}
}

func TestMutualTLS(t *testing.T) {
	ca, stranger := newCA(t, "veil test CA"), newCA(t, "another CA")
	ca.issue(t, "server", "", true)
	ca.issue(t, "proxy", "spiffe://test/ai-proxy", false)
	ca.issue(t, "crm", "spiffe://test/crm-sync", false)
	stranger.issue(t, "intruder", "spiffe://test/ai-proxy", false)
	addr := serveTLS(t, ca, ca, RestoreAuth{Identities: []string{"spiffe://test/ai-proxy"}})

	trust := ca.path("ca.pem")
	if err := dialRedact(t, addr, client.WithTLSFiles(trust, ca.path("proxy.pem"), ca.path("proxy.key"))); err != nil {
		t.Errorf("client with a certificate from the CA: %v", err)
	}
	if err := dialRedact(t, addr, client.WithTLSFiles(trust, "", "")); err == nil {
		t.Error("client without a certificate was accepted")
	}
	if err := dialRedact(t, addr, client.WithTLSFiles(trust, stranger.path("intruder.pem"), stranger.path("intruder.key"))); err == nil {
		t.Error("client with a certificate from another CA was accepted")
	}

	// Restore: the ai-proxy identity may, crm-sync may not.
	restore := func(cert string) error {
		c, err := client.Dial(addr, client.WithTLSFiles(trust, ca.path(cert+".pem"), ca.path(cert+".key")))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		red, err := c.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
		if err != nil {
			t.Fatal(err)
		}
		res, err := c.Restore(ctx(t), &veilv1.RestoreRequest{Payload: red.GetPayload(), Destination: "llm"})
		if err == nil && res.GetRestored() == 0 {
			t.Errorf("%s: nothing restored", cert)
		}
		return err
	}
	if err := restore("proxy"); err != nil {
		t.Errorf("restore by an authorised identity: %v", err)
	}
	if err := restore("crm"); status.Code(err) != codes.PermissionDenied {
		t.Errorf("restore by another identity: got %v, want PermissionDenied", err)
	}
}
