package netaddr

import (
	"net/netip"
	"testing"
)

// Inputs use loopback, unspecified and broadcast addresses, private *networks*
// (with a prefix) and malformed strings only, so no real host shows up in
// test output or in secret-scanner reports.

func TestParseAddr(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{in: "127.0.0.1", want: "127.0.0.1"},
		{in: "0.0.0.0", want: "0.0.0.0"},
		{in: "255.255.255.255", want: "255.255.255.255"},
		{in: "::1", want: "::1"},
		{in: "::", want: "::"},
		{in: "0:0:0:0:0:0:0:1", want: "::1"},
		{in: "::ffff:127.0.0.1", want: "::ffff:127.0.0.1"},
		{in: "fe80::1%eth0", want: "fe80::1%eth0"},
		{in: "[::1]", want: "::1"},
		// legacy inet_aton forms are rejected on purpose (CVE-2021-29923)
		{in: "0177.0.0.1", wantErr: true},
		{in: "127.1", wantErr: true},
		{in: "0x7f.0.0.1", wantErr: true},
		{in: "2130706433", wantErr: true},
		{in: "256.0.0.1", wantErr: true},
		{in: "127.0.0", wantErr: true},
		{in: "127.0.0.1.1", wantErr: true},
		{in: " 127.0.0.1", wantErr: true},
		{in: "127.0.0.1 ", wantErr: true},
		{in: "::1::", wantErr: true},
		{in: "fe80::1%", wantErr: true},
		{in: "::g", wantErr: true},
		{in: "localhost", wantErr: true},
		{in: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseAddr(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ParseAddr(%q) = %v, want error", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAddr(%q): %v", tt.in, err)
			}
			if got.String() != tt.want {
				t.Errorf("ParseAddr(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitHostPort(t *testing.T) {
	tests := []struct {
		in       string
		wantHost string
		wantPort uint16
	}{
		{"127.0.0.1:8080", "127.0.0.1", 8080},
		{"[::1]:443", "::1", 443},
		{"0.0.0.0:0", "0.0.0.0", 0},
		{"[fe80::1%lo0]:5353", "fe80::1%lo0", 5353},
	}
	for _, tt := range tests {
		ap, err := ParseAddrPort(tt.in)
		if err != nil {
			t.Fatalf("ParseAddrPort(%q): %v", tt.in, err)
		}
		if ap.Addr().String() != tt.wantHost || ap.Port() != tt.wantPort {
			t.Errorf("ParseAddrPort(%q) = %s, %d", tt.in, ap.Addr(), ap.Port())
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		prefix string
		class  Class
	}{
		{"10.0.0.0/8", Private},
		{"172.16.0.0/12", Private},
		{"192.168.0.0/16", Private},
		{"100.64.0.0/10", SharedCGNAT},
		{"169.254.0.0/16", LinkLocal},
		{"127.0.0.0/8", Loopback},
		{"224.0.0.0/4", Multicast},
		{"fc00::/7", Private},
		{"fe80::/10", LinkLocal},
		{"ff00::/8", Multicast},
		{"::1/128", Loopback},
	}
	for _, tt := range tests {
		p := netip.MustParsePrefix(tt.prefix)
		if got := ClassifyPrefix(p); got != tt.class {
			t.Errorf("ClassifyPrefix(%s) = %v, want %v", p, got, tt.class)
		}
	}
}

func TestIsGlobalUnicast(t *testing.T) {
	for _, s := range []string{"127.0.0.1", "0.0.0.0", "::1", "::", "255.255.255.255", "fe80::1"} {
		if IsGlobalUnicast(netip.MustParseAddr(s)) {
			t.Errorf("IsGlobalUnicast(%s) = true", s)
		}
	}
}

func FuzzParseAddr(f *testing.F) {
	for _, seed := range []string{"127.0.0.1", "::1", "::ffff:127.0.0.1", "fe80::1%eth0", "0.0.0.0"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddr(s)
		if err != nil {
			return
		}
		b, err := ParseAddr(a.String())
		if err != nil || a != b {
			t.Fatalf("round trip %q -> %s -> %v (%v)", s, a, b, err)
		}
	})
}
