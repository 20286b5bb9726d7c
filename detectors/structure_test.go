package detectors

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"
)

// b64url encodes s as a JWT segment (base64url, no padding).
func b64url(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func TestJWT(t *testing.T) {
	header := b64url(`{"alg":"HS256","typ":"JWT"}`)
	payload := b64url(`{"sub":"42","iat":1700000000}`)
	sig := "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
	token := header + "." + payload + "." + sig
	padded := base64.URLEncoding.EncodeToString([]byte(`{"alg":"RS256"}`)) // ends in "="
	runValidator(t, Spec{Kind: "jwt"}, []validatorTest{
		{"signed", val(token), confirm},
		{"in a header", in("Authorization: Bearer "+token+"\r\n", token), confirm},
		{"unsecured", val(b64url(`{"alg":"none"}`) + "." + payload + "."), confirm},
		{"no signature part", val(header + "." + payload), confirm},
		{"padded header", val(padded + "." + payload + "." + sig), confirm},
		{"white space in json", val(b64url(` { "alg" : "ES256" } `) + "." + b64url(" {} ")), confirm},
		{"jwt.io sample", val("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"), confirm},

		{"no alg", val(b64url(`{"typ":"JWT"}`) + "." + payload + "." + sig), reject},
		{"alg not a string", val(b64url(`{"alg":256}`) + "." + payload + "." + sig), reject},
		{"alg in other case", val(b64url(`{"ALG":"HS256"}`) + "." + payload + "." + sig), reject},
		{"header null", val(b64url(`null`) + "." + payload + "." + sig), reject},
		{"header is an array", val(b64url(`["alg"]`) + "." + payload + "." + sig), reject},
		{"header not json", val(b64url(`alg=HS256`) + "." + payload + "." + sig), reject},
		{"header truncated json", val(b64url(`{"alg":"HS256"`) + "." + payload + "." + sig), reject},
		{"payload is a string", val(header + "." + b64url(`"hello"`) + "." + sig), reject},
		{"payload not json", val(header + "." + b64url(`{sub:42}`) + "." + sig), reject},
		{"payload empty", val(header + ".." + sig), reject},
		{"std alphabet", val(header + "." + payload + "." + "ab+/cd"), reject},
		{"bad base64 header", val("eyJ!bGciOiJIUzI1NiJ9." + payload), reject},
		{"four parts", val(token + ".abc"), reject},
		{"one part", val(header), reject},
		{"dotted words", val("example.com.au"), reject},
		{"empty", val(""), reject},
	})
}

// keyBase64 returns n bytes of deterministic, random-looking key material
// in base64, wrapped at 64 columns. Test keys are generated, not written
// out, so nothing in this file looks like a leaked key.
func keyBase64(n int) string {
	var raw []byte
	block := sha256.Sum256([]byte("veil test key"))
	for len(raw) < n {
		raw = append(raw, block[:]...)
		block = sha256.Sum256(block[:])
	}
	s := base64.StdEncoding.EncodeToString(raw[:n])
	var b strings.Builder
	for len(s) > 64 {
		b.WriteString(s[:64] + "\n")
		s = s[64:]
	}
	b.WriteString(s)
	return b.String()
}

// armor wraps body in BEGIN and END lines with the given label.
func armor(label, body string) string {
	return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----"
}

func TestPrivateKey(t *testing.T) {
	body := keyBase64(600)
	rsa := armor("RSA PRIVATE KEY", body)
	jsonEscaped := strings.ReplaceAll(rsa, "\n", `\n`)
	encrypted := armor("RSA PRIVATE KEY", "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,5A4C3D2E1F0A9B8C7D6E5F4A3B2C1D0E\n\n"+body)
	pgp := armor("PGP PRIVATE KEY BLOCK", "Version: GnuPG v2\nComment: test\n\n"+body+"\n=nX5Q")
	ssh2 := "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n" + body + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----"
	runValidator(t, Spec{Kind: "private_key"}, []validatorTest{
		{"rsa", val(rsa), confirm},
		{"ec", val(armor("EC PRIVATE KEY", keyBase64(121))), confirm},
		{"dsa", val(armor("DSA PRIVATE KEY", body)), confirm},
		{"openssh", val(armor("OPENSSH PRIVATE KEY", body)), confirm},
		{"pkcs8", val(armor("PRIVATE KEY", keyBase64(48))), confirm},
		{"pkcs8 encrypted", val(armor("ENCRYPTED PRIVATE KEY", body)), confirm},
		{"pem headers", val(encrypted), confirm},
		{"pgp", val(pgp), confirm},
		{"ssh2", val(ssh2), confirm},
		{"json escaped", val(jsonEscaped), confirm},
		{"crlf", val(strings.ReplaceAll(rsa, "\n", "\r\n")), confirm},
		{"no end line", val(strings.TrimSuffix(rsa, "-----END RSA PRIVATE KEY-----")), confirm},
		{"body only, header in match", inMatch("key: "+rsa+"\n", rsa, body), confirm},
		{"in a payload", in("config:\n  key: |\n"+rsa+"\nother: 1", rsa), confirm},

		{"public key", val(armor("PUBLIC KEY", body)), reject},
		{"rsa public key", val(armor("RSA PUBLIC KEY", body)), reject},
		{"certificate", val(armor("CERTIFICATE", body)), reject},
		{"certificate request", val(armor("CERTIFICATE REQUEST", body)), reject},
		{"pgp public key", val(armor("PGP PUBLIC KEY BLOCK", body)), reject},
		{"ellipsis", val(armor("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA...")), reject},
		{"ellipsis in a long body", val(armor("RSA PRIVATE KEY", body[:200]+"\n...\n"+body[400:])), reject},
		{"unicode ellipsis", val(armor("RSA PRIVATE KEY", body[:200]+"…"+body[400:])), reject},
		{"xxx", val(armor("PRIVATE KEY", "xxx")), reject},
		{"x filler", val(armor("PRIVATE KEY", strings.Repeat("xxxxxxxxxxxxxxxx\n", 8))), reject},
		{"angle placeholder", val(armor("PRIVATE KEY", body[:100]+"<your key here>")), reject},
		{"stars", val(armor("OPENSSH PRIVATE KEY", body[:100]+"****"+body[100:200])), reject},
		{"one repeated character", val(armor("PRIVATE KEY", strings.Repeat("AAAAAAAAAAAAAAAA\n", 8))), reject},
		{"short body", val(armor("EC PRIVATE KEY", "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5")), reject},
		{"headers only", val(armor("RSA PRIVATE KEY", "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,5A4C3D2E1F0A9B8C7D6E5F4A3B2C1D0E5A4C3D2E1F0A9B8C7D6E5F4A3B2C1D0E")), reject},
		{"empty body", val(armor("RSA PRIVATE KEY", "")), reject},
		{"no begin line", val(body), reject},
		{"lower-case label", val(armor("rsa private key", body)), reject},
		{"prose", val("generate a private key with BEGIN RSA PRIVATE KEY"), reject},
	})
}

func TestBase64PrivateKey(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	rsa := b64(armor("RSA PRIVATE KEY", keyBase64(600)) + "\n")
	runValidator(t, Spec{Kind: "base64_private_key"}, []validatorTest{
		{"rsa", val(rsa), confirm},
		{"pkcs8", val(b64(armor("PRIVATE KEY", keyBase64(48)))), confirm},
		{"openssh", val(b64(armor("OPENSSH PRIVATE KEY", keyBase64(300)))), confirm},
		{"no padding", val(strings.TrimRight(b64(armor("PRIVATE KEY", keyBase64(49))), "=")), confirm},
		{"cut short", val(rsa[:len(rsa)*3/4+1]), confirm},
		{"in a kubeconfig", in("    client-key-data: "+rsa+"\n", rsa), confirm},

		{"certificate", val(b64(armor("CERTIFICATE", keyBase64(600)))), reject},
		{"public key", val(b64(armor("PUBLIC KEY", keyBase64(60)))), reject},
		{"placeholder body", val(b64(armor("PRIVATE KEY", "<your key here>"))), reject},
		{"not base64", val("LS0tLS1CRUdJTi!!!"), reject},
		{"plain pem", val(armor("PRIVATE KEY", keyBase64(48))), reject},
	})
}

func TestBasicAuth(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	runValidator(t, Spec{Kind: "basic_auth"}, []validatorTest{
		{"user and token", val(b64("sfaulkner:dckr_pat_bH4Y0KDkmICkQ-tXL7Vy_e3LLRi")), confirm},
		{"no padding", val(strings.TrimRight(b64("ci:Winter-Harbour-73"), "=")), confirm},
		{"in a docker config", in(`{"auths":{"ghcr.io":{"auth":"`+b64("bot:ghp_x7Yq2")+`"}}}`, b64("bot:ghp_x7Yq2")), confirm},

		{"no colon", val(b64("justatokenvalue123")), reject},
		{"empty user", val(b64(":password123")), reject},
		{"short password", val(b64("user:ab")), reject},
		{"binary", val(base64.StdEncoding.EncodeToString([]byte{0x30, 0x82, 0x01, 0x0a, ':', 0x02, 0x82, 0x01})), reject},
		{"not base64", val("dXNlcjpw!!"), reject},
		{"length not a base64 length", val("dXNlcjpwY"), reject},
	})
}

func TestIPv4(t *testing.T) {
	private := Outcome{Verdict: Confirm, Delta: privateDelta}
	runValidator(t, Spec{Kind: "ipv4"}, []validatorTest{
		{"a version in an artifact's file name", in("Downloaded sqlite-jdbc-3.50.3.0.jar (13 MB)", "3.50.3.0"), reject},
		{"a Maven repository's version directory", in("maven-public/org/xerial/sqlite-jdbc/3.50.3.0/sqlite-jdbc-3.50.3.0.jar", "3.50.3.0"), reject},
		{"a host in a REST path", in("GET /api/hosts/93.184.216.34/status", "93.184.216.34"), confirm},
		{"tcpdump's address and port name", in("IP 93.184.216.34.https > 192.168.1.23.51544: Flags [S]", "93.184.216.34"), confirm},
		{"a wildcard DNS name", in("curl http://93.184.216.34.nip.io/", "93.184.216.34"), confirm},
		{"public", val("93.184.216.34"), confirm},
		{"in a log line", in("client 8.8.8.8 connected", "8.8.8.8"), confirm},
		{"after a user agent on the previous line", in("\"Mobile Safari/604.1\"\n197.224.195.215 - - [24/May/2023]", "197.224.195.215"), confirm},
		{"with port", in("dial 1.1.1.1:53", "1.1.1.1"), confirm},
		{"with a sentence dot", in("Blocked 93.184.216.34. Retry later.", "93.184.216.34"), confirm},
		{"zero octet", val("100.0.0.1"), confirm},
		{"a package name's version", in("-Dprefix=/usr/local/perl-5.6.78.9", "5.6.78.9"), reject},
		{"a section anchor", in("forms.html#h-17.13.4.1", "17.13.4.1"), reject},
		{"a version constraint", in(`- "types-protobuf>=4.23.0.2"`, "4.23.0.2"), reject},
		{"a packet filter", in("tshark -Y ip.addr==93.184.216.34", "93.184.216.34"), confirm},
		{"an arrow in a log", in("route <= 93.184.216.34", "93.184.216.34"), confirm},
		{"a name glued by a dash", in("connect from-93.184.216.34 refused", "93.184.216.34"), confirm},
		{"a spaced gem constraint", in(`gem 'grpc', '~> 4.60.1.0'`, "4.60.1.0"), reject},
		{"SVG path data", in(`<path d="M8 1c-.5 0-1.312 1.469-1.312zm-6 2.558a.75.75 0 110 1.5.75.75 0 110-1.5z"/>`, "1.5.75.75"), reject},
		{"an address in another attribute", in(`<a href="http://93.184.216.34/x" d-id="7">`, "93.184.216.34"), confirm},
		{"after a dash and a space", in("peer - 93.184.216.34", "93.184.216.34"), confirm},
		{"172.15 is public", val("172.15.0.1"), confirm},
		{"172.32 is public", val("172.32.0.1"), confirm},
		{"ver inside a word", in("server 52.1.2.3 up", "52.1.2.3"), confirm},
		{"v inside a word", in("dev 52.1.2.3 up", "52.1.2.3"), confirm},
		{"version word far away", in("version 2 of the doc says the server is at 52.1.2.3", "52.1.2.3"), confirm},

		{"subnet mask", in("Subnet Mask . . . : 255.255.255.0", "255.255.255.0"), reject},
		{"short subnet mask", val("255.255.240.0"), reject},
		{"255 that is no mask", val("255.255.7.1"), confirm},
		{"CIDR network", in("AllowedIPs = 10.66.0.0/24, 192.168.40.0/22", "10.66.0.0"), reject},
		{"CIDR network, host bits in the third octet", in("AllowedIPs = 10.66.0.0/24, 192.168.40.0/22", "192.168.40.0"), reject},
		{"host with its prefix", in("Address = 10.66.0.1/24", "10.66.0.1"), private},
		{"a /32 is one host", in("route 93.184.216.0/32", "93.184.216.0"), confirm},
		{"host bits set under a short prefix", in("net 192.168.41.0/22", "192.168.41.0"), private},
		{"a path, not a prefix", in("GET /93.184.216.0/254", "93.184.216.0"), confirm},

		{"loopback", val("127.0.0.1"), reject},
		{"loopback resolver stub", in(`"MESSAGE":"listening on 127.0.0.53:53"`, "127.0.0.53"), reject},
		{"broadcast key", in(`"broadcast": "10.20.4.255",`, "10.20.4.255"), reject},
		{"ip brd", in("inet 10.20.4.17/24 brd 10.20.4.255 scope global eth0", "10.20.4.255"), reject},
		{"ip inet before brd", in("inet 10.20.4.17/24 brd 10.20.4.255 scope global eth0", "10.20.4.17"), private},
		{"network key", in(`"network": "10.20.4.0",`, "10.20.4.0"), reject},
		{"network word and a host", in(`network error talking to 52.1.2.3`, "52.1.2.3"), confirm},
		{"OID", in("#1: ObjectId: 2.5.29.35 Criticality=false", "2.5.29.35"), reject},
		{"OID key", in(`"oid": "2.5.29.17"`, "2.5.29.17"), reject},
		{"product token in the same field", in(`"Mozilla/5.0 Chrome/52.1.2.3"`, "52.1.2.3"), reject},
		{"quoted field after a user agent", in(`"Mozilla/5.0 (Macintosh) Version/17.6 Safari/605.1.15" "79.62.187.162" rt=0.4`, "79.62.187.162"), confirm},
		{"Debian revision", in("gnutls28 (3.6.11.1-1) experimental", "3.6.11.1"), reject},
		{"Breaks version", in("Breaks alsa-utils (<< 1.0.24.2-5) to avoid", "1.0.24.2"), reject},
		{"an address range", in("hosts 10.20.4.17-10.20.4.30 are spares", "10.20.4.17"), private},
		{"released", in("Revert \"Released 3.6.11.1 including missing files\"", "3.6.11.1"), reject},
		{"browser and a space", in("Browser: Chrome 125.0.0.0 on macOS 14.5", "125.0.0.0"), reject},
		{"firmware abbreviation", in("SUP-2705-51,fw 2.4.10.118,2025-05-12", "2.4.10.118"), reject},
		{"FW ending a hash", in("'$2b$12$Ag3cmpEql8ced8FW','192.168.246.10'", "192.168.246.10"), private},
		{"tcpdump source", in("09:14:21.1 IP 10.60.2.10.44312 > 10.60.1.23.53: 4211+ A?", "10.60.2.10"), private},
		{"tcpdump destination", in("09:14:21.1 IP 10.60.2.10.44312 > 10.60.1.23.53: 4211+ A?", "10.60.1.23"), private},
		{"tcpdump -e source", in("ethertype IPv4 (0x0800), length 593: 10.60.1.23.51544 > 10.60.2.10.80: Flags", "10.60.1.23"), private},
		{"five parts after IP", in("IP 1.2.3.4.5 is not tcpdump", "1.2.3.4"), reject},
		{"10/8", val("10.1.2.3"), private},
		{"172.16/12 low", val("172.16.0.1"), private},
		{"172.16/12 high", val("172.31.255.254"), private},
		{"192.168/16", val("192.168.1.10"), private},
		{"link-local", val("169.254.169.254"), private},
		{"test-net-1", val("192.0.2.15"), private},
		{"test-net-2", val("198.51.100.7"), private},
		{"test-net-3", val("203.0.113.200"), private},

		{"version-shaped after a URL scheme", in("GET http://10.1.0.12:8080/health", "10.1.0.12"), private},
		{"version-shaped after =", in("ansible_host=10.12.4.21", "10.12.4.21"), private},
		{"version-shaped after a product token", in("'X-Client': 'web/3.2.1.162'", "3.2.1.162"), reject},
		{"version-shaped in a range", in(`"express":"^7.18.4.156"`, "7.18.4.156"), reject},
		{"version-shaped after >=", in(`"node":">=10.1.0.12"`, "10.1.0.12"), reject},
		{"version-shaped changelog heading", in("## [8.15.3.192] - 2023-01-02", "8.15.3.192"), reject},
		{"version-shaped image tag", in("image: gateway:5.4.3.88", "5.4.3.88"), reject},
		{"camelCase version name", in(`<bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />`, "13.0.0.0"), reject},
		{"assembly version", in(`[assembly: AssemblyVersion("16.2.0.0")]`, "16.2.0.0"), reject},
		{"snake_case version name", in(`app_version: 52.1.2.3`, "52.1.2.3"), reject},
		{"versions in a word", in("conversions from 52.1.2.3", "52.1.2.3"), confirm},
		{"version ending a word", in("conversion from 52.1.2.3", "52.1.2.3"), confirm},
		{"v inside an id before it", in("session=cZM9r4oepyO4V0Og\trip=92.40.95.111", "92.40.95.111"), confirm},
		{"v prefix", in("tag v52.1.2.3", "52.1.2.3"), reject},
		{"lone v and a space", in("pkg v 52.1.2.3", "52.1.2.3"), reject},
		{"v= field", in("v=52.1.2.3", "52.1.2.3"), reject},
		{"word ending in v", in("dev 52.1.2.3", "52.1.2.3"), confirm},
		{"version-shaped package name", in("lib-1.2.3.4.tar.gz", "1.2.3.4"), reject},
		{"not version-shaped image tag", in("db:192.168.113.124", "192.168.113.124"), private},

		{"unspecified", val("0.0.0.0"), reject},
		{"broadcast", val("255.255.255.255"), reject},
		{"octet too big", val("256.1.1.1"), reject},
		{"leading zero", val("01.2.3.4"), reject},
		{"leading zero later", val("1.2.3.04"), reject},
		{"double zero", val("1.2.00.4"), reject},
		{"three parts", val("1.2.3"), reject},
		{"five parts", val("1.2.3.4.5"), reject},
		{"empty part", val("1..3.4"), reject},
		{"trailing dot", val("1.2.3.4."), reject},
		{"letter", val("1.2.3.a"), reject},
		{"four-digit octet", val("1000.2.3.4"), reject},
		{"version word", in("version 10.2.0.1", "10.2.0.1"), reject},
		{"version word, case folded", in("Product VERSION: 4.2.1.7", "4.2.1.7"), reject},
		{"ver", in("ver. 1.2.3.4", "1.2.3.4"), reject},
		{"v word", in("v 1.2.3.4", "1.2.3.4"), reject},
		{"v prefix", in("tag v1.2.3.4", "1.2.3.4"), reject},
		{"V prefix", in("tag V1.2.3.4", "1.2.3.4"), reject},
		{"release", in("Release 2.10.4.1 notes", "2.10.4.1"), reject},
		{"peer after release", in("I: Association Release (peer 10.62.14.23)", "10.62.14.23"), private},
		{"ACL network and wildcard", in(" 40 deny   ip 10.20.20.0 0.0.0.255 any log", "10.20.20.0"), reject},
		{"network and netmask", in("network 10.20.0.0 255.255.0.0", "10.20.0.0"), reject},
		{"host and the all-zero wildcard", in("permit 10.1.1.5 0.0.0.0", "10.1.1.5"), private},
		{"host bits set under the wildcard", in("permit 10.1.1.5 0.0.0.255", "10.1.1.5"), private},
		{"build", in("Build: 22.11.1.3", "22.11.1.3"), reject},
		{"firmware", in("firmware=3.4.5.6", "3.4.5.6"), reject},
		{"chrome user agent", in("Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36", "120.0.0.0"), reject},
		{"a generator's version", in("<meta:generator>LibreOffice/24.8.2.1$Linux_X86_64", "24.8.2.1"), reject},
		{"a path segment", in("GET /hosts/10.20.31.11 HTTP/1.1", "10.20.31.11"), private},
		{"a node name and its address", in("Node: ip-10-20-33-118.eu-west-2.compute.internal/10.20.33.118", "10.20.33.118"), private},
		{"an OpenVPN client", in("openvpn 1201 - - r.moretti@ferro.net/86.143.20.7:518", "86.143.20.7"), confirm},
		{"headless chrome", in("AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/141.0.0.0 Safari/537.36", "141.0.0.0"), reject},
		{"V8 version", in("JavaScript\tV8 14.1.146.11", "14.1.146.11"), reject},
		{"firefox", in("Firefox/115.0.2.1", "115.0.2.1"), reject},
		{"os", in("Android OS 13.1.2.4", "13.1.2.4"), reject},
		{"sdk", in("sdk-12.2.0.9", "12.2.0.9"), reject},
		{"followed by dot digit", in("1.2.3.4.5", "1.2.3.4"), reject},
		{"preceded by digit dot", in("1.2.3.4.5", "2.3.4.5"), reject},
	})
}

func TestIPv6(t *testing.T) {
	private := Outcome{Verdict: Confirm, Delta: privateDelta}
	runValidator(t, Spec{Kind: "ipv6"}, []validatorTest{
		{"global", val("2606:4700:4700::1111"), confirm},
		{"full form", val("2a00:1450:4007:0818:0000:0000:0000:200e"), confirm},
		{"in a log", in("from [2a03:2880:f10c:83:face:b00c:0:25de]:443", "2a03:2880:f10c:83:face:b00c:0:25de"), confirm},
		{"upper case", val("2A00:1450:4007:818::200E"), confirm},
		{"mapped public ipv4", val("::ffff:8.8.8.8"), confirm},

		{"documentation", val("2001:db8::1"), private},
		{"unique local", val("fd12:3456:789a::1"), private},
		{"link-local with zone", val("fe80::1ff:fe23:4567:890a%eth0"), private},
		{"mapped private ipv4", val("::ffff:192.168.1.1"), private},

		{"unspecified", val("::"), reject},
		{"loopback", val("::1"), reject},
		{"loopback long form", val("0:0:0:0:0:0:0:1"), reject},
		{"two groups", val("fe80::1"), reject},
		{"ipv4", val("192.168.1.1"), reject},
		{"time", val("12:34:56"), reject},
		{"time-like groups", val("12:34::56"), reject},
		{"all small decimals", val("1:2:3:4:5:6:7:8"), reject},
		{"fingerprint", val("aa:bb:cc:dd:ee:ff:00:11"), reject},
		{"slice of a fingerprint", in("SHA1 Fingerprint=3f:a1:22:9b:c0:d4:11:77:e8:05:aa:bb:cc:dd:ee:ff", "22:9b:c0:d4:11:77:e8:05"), reject},
		{"followed by more groups", in("a1b2:c3d4:e5f6:718:293a:4b5c:6d7e:8f90:1a2b", "a1b2:c3d4:e5f6:718:293a:4b5c:6d7e:8f90"), reject},
		{"preceded by more groups", in("a1b2:c3d4:e5f6:718:293a:4b5c:6d7e:8f90:1a2b", "c3d4:e5f6:718:293a:4b5c:6d7e:8f90:1a2b"), reject},
		{"hex hash", val("d41d8cd98f00b204e9800998ecf8427e"), reject},
		{"too many groups", val("1:2:3:4:5:6:7:8:9"), reject},
		{"bad group", val("2001:db8::g1"), reject},
		{"empty", val(""), reject},
		{"full address and a port", in("[client 2a01:cb00:84f:2e00:d9f1:4c2a:8b3e:11a0:53022] AH01797", "2a01:cb00:84f:2e00:d9f1:4c2a:8b3e:11a0"), confirm},
		{"eight groups inside a longer run", in("fp 2a01:cb00:84f:2e00:d9f1:4c2a:8b3e:11a0:5302:77", "2a01:cb00:84f:2e00:d9f1:4c2a:8b3e:11a0"), reject},
	})
}

func TestPhone(t *testing.T) {
	runValidator(t, Spec{Kind: "phone"}, []validatorTest{
		{"a date and an hour", in("Beleg 0815 03.12.2026 15:42 Kartenzahlung", "03.12.2026 15"), reject},
		{"a number after a date", in("am 03.12.2026 unter 0171 1052759 erreichbar", "0171 1052759"), noOpinion},
		{"after a space", in("Tel: +44 20 7946 0958", "+44 20 7946 0958"), noOpinion},
		{"after a colon", in("tel:+44 20 7946 0958", "+44 20 7946 0958"), noOpinion},
		{"after an equals sign", in("to=+44 20 7946 0958", "+44 20 7946 0958"), noOpinion},
		{"at the start", val("+44 20 7946 0958"), noOpinion},
		{"a date", in("call 01-02-2024", "01-02-2024"), reject},
		// glued to a longer id by a hyphen
		{"a part of an id", in("CAD C27-0311-0447 closed", "0311-0447"), reject},
		{"an id continuing after", in("ref 0171-2062278-M", "0171-2062278"), reject},
		{"a hyphen after a space", in("Tel. - 0171 2062278", "0171 2062278"), noOpinion},
		{"a range", in("drama range 07700 900000-900999", "07700 900000"), noOpinion},
		{"bits", in("< 1101 000 100 010 010 0011", "010 010 0011"), reject},
		{"counting down", val("0987654321"), reject},
		{"counting up", val("01 23 45 67 89"), reject},
		{"a number with a 0 and a 1 and more", val("010-9153-2876"), noOpinion},
		{"percent-encoded plus", in("From=%2B44 20 7946 0958", "%2B44 20 7946 0958"), noOpinion},
		{"glued to a word", in("Microsoft+Excel+16.0.18129;+Pro", "+16.0.18129"), reject},
		{"glued to a digit", in("x=3+12 345 678", "+12 345 678"), reject},
		{"a dot and a dash", in("as defined in Clause 252.227-7013 (c)", "252.227-7013"), reject},
		{"a version's build part", in("llvm-toolchain-snapshot (1:14~++20210827020436+15b2a8e7faf6-1~exp2)", "+20210827020436"), reject},
		{"groups of a UUID", in("Key (idem_key)=(44583372-0820-4762-8013-75d764ed1e03)", "0820-4762-8013"), reject},
		{"a ZIP+4 code", in("51 Franklin St, Fifth Floor, Boston, MA  02110-1301  USA", "02110-1301"), reject},
		{"a ZIP+4 code on a comment's next line", in("Fifth Floor, Boston, MA\n * 02110-1301, USA\n", "02110-1301"), reject},
		{"a national number", in("Telefon: 02110-13011", "02110-13011"), noOpinion},
		{"a company's registration at a court's town", in("SAS au capital de 20 000 € — RCS Paris 812 604 312\n", "812 604 312"), reject},
		{"a SIREN", in("SIREN : 812 604 312", "812 604 312"), reject},
		{"a Polish tax number", in("KRS 0000441587, NIP 586-224-18-93", "586-224-18-93"), reject},
		{"a registry word glued to a longer word", in("Bernip 586 224 1893", "586 224 1893"), noOpinion},
		{"a German article, not the US EIN", in("Bitte tragen Sie ein 0171 2062278", "0171 2062278"), noOpinion},
		{"a contract number's path goes on", in(`<umowa numer="06-26-000412/STO/0101/26"`, "06-26-000412"), reject},
		{"an invoice id goes on", in("numer KSeF 2043353700-20260531-88FA845D33", "2043353700"), reject},
		{"a PNR's passenger tag", in("  6 APM +447823416095/P1", "+447823416095"), noOpinion},
		{"a number and its alternative last digits", in("Tel. 0171 2062278/79", "0171 2062278"), noOpinion},
		{"a number and a range", in("drama 07700 900000-900999 only", "07700 900000"), noOpinion},
		{"a town after a phone word", in("Tel Paris 01 42 68 53 00", "01 42 68 53 00"), noOpinion},
		{"dots only", val("252.227.7013"), noOpinion},
		{"a float's integer part", in("DATA erfc<> + 664(SB)/8, $+281475245147134.9375", "+281475245147134"), reject},
		{"in an SVG path", in(`<path d="M1175.81,822.197C1220.38,847.897 1240.61,862.186 1242.33,910.458"/>`, "862.186 1242"), reject},
		{"at a sentence's end", in("Call me on 555-123-4567.", "555-123-4567"), noOpinion},
		{"the tail of a holding number", in("Betriebsnummer 09 803 998 8348 – Flächen", "803 998 8348"), reject},
		{"after a country code 1", in("call 1 555 123 4567", "555 123 4567"), noOpinion},
		{"the head of a SIRET", in("Façades du Gier;846 732 784 41015;********4410", "846 732 784"), reject},
		{"a last one-digit group at the payload's end", in("siret;846 732 784 4", "846 732 784"), reject},
		{"a group that does not end the field", in("Tel 612 345 678 24h/24", "612 345 678"), noOpinion},
		{"a price after it", in("Tel 612 345 678 12.50", "612 345 678"), noOpinion},
		{"a book's number", in("Benjamin-Cummings, ISBN 0805390553", "0805390553"), reject},
		{"an ISBN-10", in("ISBN-10: 0691087504", "0691087504"), reject},
		{"a word ending in isbn", in("Fooisbn 0805390553", "0805390553"), noOpinion},
		{"two numbers of a contact table", in("Dupont   01 42 68 53 00  06 12 34 56 78\n", "06 12 34 56 78"), noOpinion},
		{"two NANP numbers side by side", in("Kari Nord   555 123 4567    555 123 4568\n", "555 123 4567"), noOpinion},
		{"a row of counts", in("          T  5 10 20 40 80 160 320 640 1280 1280+\n", "320 640 1280"), reject},
		{"counts after it", in("onet.pl  555 123 4567   0   1   0   2\n", "555 123 4567"), reject},
		{"a number and a time", in("Tel 555 123 4567 after 18 h", "555 123 4567"), noOpinion},
		{"a dot, then a space", in(`points="1040,277.764 1035,267.764"`, "277.764 1035"), reject},
		{"a country code, then dots", val("+1 555.123.4567"), noOpinion},
		// hexdump -C: the pairs run on before and after the value
		{"hex dump columns", in("00000230  09 2a 86 48 86 f7 0d 01  01 0b 05 00 03 81 81 00  |.*.H............|", "05 00 03 81 81"), reject},
		{"hex dump, pairs after only", in("0040: 01 02 40 00 00 9d 30 cc", "01 02 40 00 00"), reject},
		{"pairs in a sentence", in("Rappelez le 01 42 68 53 00 ou le 06 12 34 56 78", "01 42 68 53 00"), noOpinion},
		{"pairs and a short line", in("Tel 01 42 68 53 00 12 h", "01 42 68 53 00"), noOpinion},
		{"NANP layout, exchange 010", in("qa-0002,Jane,Doe,(555) 010-0101,XXX", "(555) 010-0101"), reject},
		{"NANP layout, exchange 012, dashes", in("call 410-012-1134 now", "410-012-1134"), reject},
		{"NANP layout, a real exchange", in("call (410) 555-0134 now", "(410) 555-0134"), noOpinion},
		{"+1 and exchange 012: meant as a phone", in("call +1 410 012 1134 now", "+1 410 012 1134"), noOpinion},
		{"a national number with a trunk 0, not NANP", in("bel 020 123 4567", "020 123 4567"), noOpinion},
		{"a draw's six numbers", in("당첨번호 확정: 07 08 17 18 30 39 + 보너스 33", "07 08 17 18 30"), reject},
		{"a draw's numbers, the value last", in("numbers 01 07 08 17 18 30\n", "07 08 17 18 30"), reject},
		{"a street number after the phone", in("01 42 68 53 00 23 rue des Rosiers", "01 42 68 53 00"), noOpinion},
	})
}

func TestEmail(t *testing.T) {
	runValidator(t, Spec{Kind: "email"}, []validatorTest{
		{"a PEC receipt's message id", in("Identificativo messaggio: opec21012.20260312101544.615956.77.1.53@pec.aruba.it\n", "opec21012.20260312101544.615956.77.1.53@pec.aruba.it"), reject},
		{"a ticket's Message ID", in("Message ID: 20260312.abc123@mail.example.org", "20260312.abc123@mail.example.org"), reject},
		{"an address after another label", in("Mittente: posta-certificata@pec.aruba.it", "posta-certificata@pec.aruba.it"), noOpinion},
		{"a person", val("maria.delgado@brightline-health.org"), noOpinion},
		{"a template's delimiters", in(`exam_code: "@X@course.id@X@"`, "X@course.id"), reject},
		{"an address glued to a second @", in("mail maria@brightline-health.org@gw", "maria@brightline-health.org"), reject},
		{"an address after a colon", in("to:maria@brightline-health.org", "maria@brightline-health.org"), noOpinion},
		{"a mention of an address", in("Escalate to @jon.pickering@northgate-ledger.co.uk", "jon.pickering@northgate-ledger.co.uk"), noOpinion},
		{"a UUID local part", in("Message-ID quoted: 02a88c81-4821-472a-8866-fd9984c17093@posti.example.fi", "02a88c81-4821-472a-8866-fd9984c17093@posti.example.fi"), reject},
		{"an Exchange Online mailbox server", val("SA2PR11MB4470B81C2E9F1D33@SA2PR11MB4470.namprd11.PROD.OUTLOOK.COM"), reject},
		{"a person at outlook.com", val("ana.ruiz@outlook.com"), noOpinion},
		{"an OData annotation", in(`"statecode@OData.Community.Display.V1.FormattedValue": "Active"`, "statecode@OData.Community.Display.V1.FormattedValue"), reject},
		{"a systemd template unit", in("systemctl restart liquidsoap@live.service", "liquidsoap@live.service"), reject},
		{"a person at example.com", val("maria.delgado@example.com"), noOpinion},
		{"a team at example.com", val("platform-team@example.com"), reject},
		{"a research office at example.org", val("research-office@example.org"), reject},
		{"a no-reply sender with a name", val("idp-uat-noreply@example.com"), reject},
		{"a message id", in(`"Name": "Message-ID",\n      "Value": "<CAK7w0KDzPZSj41iPqcBnthetk3wyjZXh@mail.gmail.com>"`, "CAK7w0KDzPZSj41iPqcBnthetk3wyjZXh@mail.gmail.com"), reject},
		{"a setting named for message ids above a sender", in("    \"SENDGRID_GENERATE_MESSAGE_ID\": True,\n}\nDEFAULT_FROM_EMAIL = \"Payouts <payouts@raviremote.pk>\"", "payouts@raviremote.pk"), noOpinion},
		{"In-Reply-To", in("In-Reply-To: <20251107.4471@mx.acme.io>", "20251107.4471@mx.acme.io"), reject},
		{"a message id with '=' in it", in("Message-ID: <CAKxuZYWfY9Pos+62w5442v6v1J2ycB0v=G4VPcf@mail.gmail.com>", "G4VPcf@mail.gmail.com"), reject},
		{"a bounce address with '=' in a From header", in("From: <bounces+ana=acme.io@mg.shop.io>", "ana=acme.io@mg.shop.io"[4:]), noOpinion},
		{"a query value", in("GET /u?e=x=ana.ruiz@acme.io HTTP/1.1", "ana.ruiz@acme.io"), noOpinion},
		{"an Exim message id", in("<= ap@fenwick.co.uk H=mx1 S=4821 id=f2457d9a3ad03a0e@fenwick.co.uk T=\"Invoice\"", "f2457d9a3ad03a0e@fenwick.co.uk"), reject},
		{"a user id", in("userid=ana.ruiz@acme.io", "ana.ruiz@acme.io"), noOpinion},
		{"an ssh login", in("$ ssh -i ~/.ssh/deploy -o IdentitiesOnly=yes deploy@s12.alpenhost.de 'ls'", "deploy@s12.alpenhost.de"), reject},
		{"an rsync target in inline code", in("run `rsync -av site/ web@web3.hoster.pl:/srv/` nightly", "web@web3.hoster.pl"), reject},
		{"an address after ssh in prose", in("send the ssh key to ana.ruiz@acme.io", "ana.ruiz@acme.io"), noOpinion},
		{"References, far along its line", in("References: <a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@cabinet-archi.fr> <ed15459e-b0c5-4f4d-84bf-7ee9b8c9b874@paie.fr>", "ed15459e-b0c5-4f4d-84bf-7ee9b8c9b874@paie.fr"), reject},
		{"References, folded", in("References: <a1b2c3@x.fr>\n <ed15459e-b0c5-4f4d-84bf-7ee9b8c9b874@paie.fr>\nFrom: <ana@acme.io>", "ed15459e-b0c5-4f4d-84bf-7ee9b8c9b874@paie.fr"), reject},
		{"From after References", in("References: <a1b2c3@x.fr>\nFrom: Ana <ana.ruiz@acme.io>", "ana.ruiz@acme.io"), noOpinion},
		{"an address in angle brackets", in("From: Ana Ruiz <ana.ruiz@acme.io>", "ana.ruiz@acme.io"), noOpinion},
		{"a form's placeholder", in(`"description": "Es. nome@example.com"`, "nome@example.com"), reject},
		{"a customer-service mailbox in Polish", val("bok@example.com"), reject},
		{"a fixture", val("test-rider-0042@example.com"), reject},
		{"a range", val("loadtest-0001..0600@example.com"), reject},
		{"dev tools", val("dev-tools@example.com"), reject},
		{"a corrections desk", val("corrections@example.org"), reject},
		{"Wikipedia's example", val("disposable.style.email.with+symbol@example.com"), reject},
		{"a payee", val("payee@example.com"), reject},
		{"a one-letter stand-in", val("x@example.com"), reject},
		{"a person still", val("maria.delgado@example.org"), noOpinion},
		{"a dot ending the local part", val("user.@acme.io"), reject},
		{"a domain as local part", val("example.com@example.org"), reject},
		{"a one-letter stand-in at a real domain", val("c@acme.io"), noOpinion},
		{"a numbered fixture", val("p0001@example.org"), reject},
		{"a trailing hyphen on a stand-in", val("user-@example.org"), reject},
		{"initials and digits at a real domain", val("jd1987@acme.io"), noOpinion},
		{"a person at a real domain with test in it", val("ana.test@acme.io"), noOpinion},
		{"a person at example.com with three parts", val("ana-maria-lopez@example.com"), noOpinion},
		{"an EDI mailbox after an EDIFACT tag", in("COM+ap-edi@example.com:EM'", "COM+ap-edi@example.com"), reject},
		{"a URL's password and host", in(`"https://user:pass@receiver.example.com/" is forbidden`, "pass@receiver.example.com"), reject},
		{"an address after a colon, no URL", in("contact:jane.roe@acme.io", "jane.roe@acme.io"), noOpinion},
		{"a function at example.org", val("api-support@example.org"), reject},
		{"a mailing list at a subdomain of example.net", val("relay-announce@lists.example.net"), reject},
		{"a group that owns a system", val("sso-admins@example.com"), reject},
		{"a gettext catalogue with a locale modifier", val("ca@valencia.po"), reject},
		{"a snowsql prompt", in("SVC_LOADER#LOAD_XS@RAW.SALESFORCE>select 1;", "LOAD_XS@RAW.SALESFORCE"), reject},
		{"an address after a hash in prose", in("ping #ines.ferreira@lisboa-tech.pt about it", "ines.ferreira@lisboa-tech.pt"), noOpinion},
		{"a person at a subdomain of example.com", val("ines.ferreira@mail.example.com"), noOpinion},
		{"not a subdomain", val("announce@notexample.com"), noOpinion},
		{"no-reply", val("no-reply@example.net"), reject},
		{"a team at a real domain", val("platform-team@harbor-grid.io"), noOpinion},
		{"a changelog", in(`--data-urlencode "description@CHANGELOG.md"`, "description@CHANGELOG.md"), reject},
		{"a JSON file", val("body@payload.json"), reject},
		{"a package version", in("pkg:maven/io.debezium/debezium-api@2.7.3.Final", "debezium-api@2.7.3.Final"), reject},
		{"a numeric host label and a name", val("ops@10x.acme.io"), noOpinion},
		{"a numeric provider", val("liwei.sh@163.com"), noOpinion},
		{"an SSH key type", val("sk-ssh-ed25519@openssh.com"), reject},
		{"a stand-in name at example.org", val("jane.doe@example.org"), reject},
		{"a QA mailbox", val("qa@example.com"), reject},
		{"a stand-in with a tag", val("first.last+invoices@example.com"), reject},
		{"a press office", val("press@example.com"), reject},
		{"a CI mailbox", val("fw-ci@example.com"), reject},
		{"an on-call alias", val("sre-oncall@example.com"), reject},
		{"a Git remote", in("git clone git@gitlab.kestrel.internal:dispatch/core.git", "git@gitlab.kestrel.internal"), reject},
		{"a person called git? no: a mailbox", in("write to git@acme.io today", "git@acme.io"), noOpinion},
		{"a stand-in name at a real domain", val("john.doe@acme.io"), noOpinion},
		{"a Moldovan address", val("ion.popescu@mail.md"), noOpinion},
		{"a Polish address", val("a.kowalski@onet.pl"), noOpinion},
	})
}

func TestNotCall(t *testing.T) {
	runValidator(t, Spec{Kind: "not_call"}, []validatorTest{
		{"a method call", in("sessionID := c.transport.getSessionID()", "c.transport.getSessionID"), reject},
		{"a value", in(`session_id = "Kq7Vb2Lx9Rm4Tn6Wp1Zc"`, "Kq7Vb2Lx9Rm4Tn6Wp1Zc"), noOpinion},
		{"an index expression", in("password = auth[2]", "auth[2]"), reject},
		{"a field named as a password", in("let s:netrw_passwd = s:netrw_hup[host].passwd", "s:netrw_hup[host].passwd"), reject},
		{"a scoped variable", in("let s:netrw_passwd= g:netrw_passwd", "g:netrw_passwd"), reject},
		{"a name cut before its subscript", in("let s:netrw_passwd = s:netrw_hup[host].passwd", "s:netrw_hup"), reject},
		{"a password cut before a bracket", in("pass=Kq7Vb2Lx[1]", "Kq7Vb2Lx"), noOpinion},
		{"a settings field", in("token = settings.SLACK_TOKEN", "settings.SLACK_TOKEN"), reject},
		{"a session field", in("hs.hello.sessionId = hs.clientHello.sessionId", "hs.clientHello.sessionId"), reject},
		{"a dotted password", in("password = Kite.Harbor.2024", "Kite.Harbor.2024"), noOpinion},
		{"a dotted password naming itself", in("DB_PASSWORD=Spring.Passw0rd9", "Spring.Passw0rd9"), noOpinion},
		{"user and password", in("password = admin:Secret123x", "admin:Secret123x"), noOpinion},
		{"a password with a bracketed word", in("the password is MyP4ss[word]", "MyP4ss[word]"), noOpinion},
		{"a password with bracketed digits", in("password = Qx7Lm2Vb9[12]", "Qx7Lm2Vb9[12]"), noOpinion},
		{"a token with a colon", in("token = ghs:Zr4Tq8Wn2Kv6Ym1Xp9", "ghs:Zr4Tq8Wn2Kv6Ym1Xp9"), noOpinion},
		{"an index by name", in("token = parts[idx]", "parts[idx]"), reject},
		{"an index with an offset", in("l.password = f[i+1]", "f[i+1]"), reject},
		{"a password with a bracketed sum", in("password = Kq7[x+2024]", "Kq7[x+2024]"), noOpinion},
		{"a password with a year in brackets", in("password = Summer[2024]", "Summer[2024]"), noOpinion},
		{"a password with brackets inside", in("password = Kq[7]Vb2", "Kq[7]Vb2"), noOpinion},
		{"a call in the value", in("password = base64.b16encode(random_bytes[8:])  # hex", "base64.b16encode(random_bytes[8:])"), reject},
		{"a call and a semicolon", in("password = utf8_to_utf16_dup(v);", "utf8_to_utf16_dup(v);"), reject},
		{"a password with a bracketed year", in("password = Summer(2024)", "Summer(2024)"), noOpinion},
		{"an item of a list of strings", in(`# METHOD can be "trust", "md5", "ident", "scram-sha-256", "gss"`, "scram-sha-256"), reject},
		// after a bare "password" item, a flat list of keys and values wins
		// (pg_hba.conf's list of methods is the price)
		{"an item after a password word", in(`# METHOD can be "trust", "md5", "password", "scram-sha-256", "gss"`, "scram-sha-256"), noOpinion},
		{"an item before a line break", in("'test_pass', 'test_summary',\n    'test_true'", "test_summary"), reject},
		{"a key and its value", in(`os.environ.get("DB_PASSWORD", "Xq4-Lb2!v0")`, "Xq4-Lb2!v0"), noOpinion},
		{"the last item", in(`("password", "Xq4-Lb2!v0"),`, "Xq4-Lb2!v0"), noOpinion},
		{"a flat list of keys and values", in(`Map.of("user", "svc_app", "password", "Xq4-Lb2!v0Rt", "host", "db01")`, "Xq4-Lb2!v0Rt"), noOpinion},
		{"a password with a bracketed year after a name", in("password = tigger(1985)", "tigger(1985)"), noOpinion},
		{"an object's member", in(`{"password": "Xq4-Lb2!v0", "confirm": "Xq4-Lb2!v0"}`, "Xq4-Lb2!v0"), noOpinion},
		{"a member before a list", in(`{"password": "Xq4-Lb2!v0", "roles": ["a", "b"]}`, "Xq4-Lb2!v0"), noOpinion},
	})
}

func TestEndsLine(t *testing.T) {
	runValidator(t, Spec{Kind: "ends_line"}, []validatorTest{
		{"at the payload's end", in("pg01:5432:app:svc:Kq7Vb2Lx", "Kq7Vb2Lx"), noOpinion},
		{"before blanks and a line break", in("pg01:5432:app:svc:Kq7Vb2Lx \t\r\nnext", "Kq7Vb2Lx"), noOpinion},
		{"before another field", in("polkitd:x:996:996:polkit:/nonexistent:/usr/sbin/nologin", "/nonexistent"), reject},
		{"before a closing quote", in(`echo "pg01:5432:app:svc:Kq7Vb2Lx" > ~/.pgpass`, "Kq7Vb2Lx"), noOpinion},
		{"before a quote that closes nothing", in(`pg01:5432:app:svc:Kq7Vb2Lx"more`, "Kq7Vb2Lx"), reject},
		{"before a word", in("pg01:5432:app:svc:Kq7Vb2Lx(primary)", "Kq7Vb2Lx"), reject},
	})
}

func TestMAC(t *testing.T) {
	runValidator(t, Spec{Kind: "mac"}, []validatorTest{
		{"an IPv4 multicast group", in("link  01:00:5e:00:00:01", "01:00:5e:00:00:01"), reject},
		{"an IPv6 multicast group", in("link  33:33:00:00:00:01", "33:33:00:00:00:01"), reject},
		{"a GOOSE multicast address", in(`<P type="MAC-Address">01-0C-CD-01-00-12</P>`, "01-0C-CD-01-00-12"), reject},
		{"broadcast", in("dst ff:ff:ff:ff:ff:ff", "ff:ff:ff:ff:ff:ff"), reject},
		{"a unicast address whose first octet ends in a letter", in("mac 3C:22:FB:91:0A:7E", "3C:22:FB:91:0A:7E"), confirm},
		{"a device behind a multicast check", in("MAC 00:90:E8:7C:21:5A (asset ZK-AST-2217)", "00:90:E8:7C:21:5A"), confirm},
		{"alone", in("device mac=3c:22:fb:91:0a:7e up", "3c:22:fb:91:0a:7e"), confirm},
		{"dashes", in("cli A4-5E-60-C2-19-8B)", "A4-5E-60-C2-19-8B"), confirm},
		{"before a colon and a word", in("3c:22:fb:91:0a:7e: link up", "3c:22:fb:91:0a:7e"), confirm},
		{"in a tcpdump header", in("f4:39:09:aa:51:c2 > 00:1b:21:3a:4f:10, ethertype", "00:1b:21:3a:4f:10"), confirm},
		{"start of a fingerprint", in("SHA1: D5:44:63:9F:63:57:C3:7B:5D:E9", "D5:44:63:9F:63:57"), reject},
		{"inside a fingerprint", in("SHA1: D5:44:63:9F:63:57:C3:7B:5D:E9:C3:85", "C3:7B:5D:E9:C3:85"), reject},
		{"end of a serial", in(`"serial_number":"5e:36:9f:42:aa:93:eb:eb"`, "9f:42:aa:93:eb:eb"), reject},
		{"not six pairs", val("3c:22:fb:91:0a"), reject},
		{"dotted, alone", in("arp 10.31.4.27 0050.56b7.9c1d ARPA", "0050.56b7.9c1d"), confirm},
		{"dotted, at a sentence's end", in("address is 00e0.4c71.2e8f.", "00e0.4c71.2e8f"), confirm},
		{"dotted, after a dot", in("[.208F.0020.0008][.0000.0032.0002]", "0000.0032.0002"), reject},
		{"dotted, after a star", in("1F4E2 ; [*1649.0020.0002] # SATELLITE ANTENNA", "1649.0020.0002"), reject},
		{"dotted, before a dot and hex", in("oid 0050.56b7.9c1d.0400", "0050.56b7.9c1d"), reject},
	})
}

func TestDate(t *testing.T) {
	runValidator(t, Spec{Kind: "date"}, []validatorTest{
		{"a Tagalog month", val("Marso 7, 1994"), confirm},
		{"a Tagalog month, no such day", val("Pebrero 30, 1994"), reject},
		{"a French month", val("14 février 1936"), confirm},
		{"a French month, capital", val("1 Août 1950"), confirm},
		{"a German month after a dotted day", val("14. März 1986"), confirm},
		{"Spanish with de", val("14 de febrero de 1936"), confirm},
		{"Portuguese with de, no such day", val("31 de fevereiro de 1980"), reject},
		{"a Polish genitive month", val("9 maja 1983"), confirm},
		{"a Swedish month", val("14 mars 1986"), confirm},
		{"a word that is no month", val("14 mardi 1986"), reject},
		{"two fillers too many", val("14 de de febrero 1936 x"), reject},
		{"iso", val("1985-04-12"), confirm},
		{"dotted and spaced", val("23. 4. 1988"), confirm},
		{"a WhatsApp line's date and time", in("date of birth as on the passport.\n10/06/2025, 14:09 - Brian: ok", "10/06/2025"), reject},
		{"a date, a comma and a year", in("born 10/06/1985, 1990 moved", "10/06/1985"), confirm},
		{"dotted, spaced once", val("23.4. 1988"), confirm},
		{"spaced, no such month", val("23. 13. 1988"), reject},
		{"a space without a dot", val("23. 4 1988"), reject},
		{"two spaces", val("23.  4. 1988"), reject},
		{"unknown-date sentinel", val("1900-01-01"), reject},
		{"epoch sentinel", val("01.01.1970"), reject},
		{"iso slashes", val("1985/04/12"), confirm},
		{"year first dots", val("1985.04.12"), confirm},
		{"day first slashes", val("25/12/1990"), confirm},
		{"month first slashes", val("12/25/1990"), confirm},
		{"one-digit day and month", val("1/2/2003"), confirm},
		{"dots", val("31.01.2000"), confirm},
		{"dashes day first", val("31-01-2000"), confirm},
		{"dashes month first", val("01-31-2000"), confirm},
		{"day, month name, year with dashes", val("14-MAR-1961"), confirm},
		{"spaces, as a passport's visual zone prints it", val("07 11 1979"), confirm},
		{"a day the month lacks, with dashes", val("30-FEB-1961"), reject},
		{"month name", val("March 5, 2020"), confirm},
		{"month name no comma", val("March 5 2020"), confirm},
		{"day month", val("5 March 2020"), confirm},
		{"abbreviation", val("Mar 5 2020"), confirm},
		{"abbreviation with dot", val("Sep. 30, 1999"), confirm},
		{"sept", val("Sept 30 1999"), confirm},
		{"ordinal", val("21st June 1975"), confirm},
		{"case folded", val("DECEMBER 1, 1999"), confirm},
		{"leap day", val("2000-02-29"), confirm},
		{"leap day 2024", val("29.02.2024"), confirm},
		{"first year", val("1900-01-02"), confirm},
		{"last year", val("2099-12-31"), confirm},
		{"born this year", val("2026-03-01"), confirm},
		{"in a payload", in("DOB: 1985-04-12\n", "1985-04-12"), confirm},
		{"midnight date-time", in("dob: 1985-04-12 00:00:00\n", "1985-04-12"), confirm},
		{"iso date-time at midnight", in("dob: 1985-04-12T00:00:00Z\n", "1985-04-12"), confirm},
		{"iso timestamp", in(`{"dob":"1987-10-25"}\n{"ts":"2025-09-11T23:14:45.582Z"`, "2025-09-11"), reject},
		{"date then a word", in("dob: 1985-04-12 12:3x", "1985-04-12"), confirm},
		{"log timestamp", in("2024-11-19 03:00:01.234 UTC LOG:", "2024-11-19"), reject},
		{"timestamp without seconds", in("on 2024-11-19 23:59 the job", "2024-11-19"), reject},

		{"february 30", val("2023-02-30"), reject},
		{"not a leap year", val("2023-02-29"), reject},
		{"1900 not a leap year", val("1900-02-29"), reject},
		{"april 31", val("31/04/2000"), reject},
		{"month 13 both ways", val("13/13/2020"), reject},
		{"day 0", val("2020-01-00"), reject},
		{"month first dots", val("12.25.1990"), reject},
		{"before 1900", val("1850-01-01"), reject},
		{"after maxYear", val("2100-01-01"), reject},
		{"mixed separators", val("1985-04/12"), reject},
		{"two-digit year", val("12/25/90"), reject},
		{"five-digit year", val("12/25/19900"), reject},
		{"three-digit day", val("1985-04-123"), reject},
		{"version", val("1.2.3"), reject},
		{"two parts", val("1985-04"), reject},
		{"four parts", val("1985-04-12-01"), reject},
		{"bad month name", val("Marsh 5, 2020"), reject},
		{"two-letter month", val("Ma 5 2020"), reject},
		{"day 32", val("January 32, 2000"), reject},
		{"no year", val("March 5"), reject},
		{"words", val("one two three"), reject},
		{"empty", val(""), reject},
	})
}

// structureCases are typical candidates of the structure validators, for
// BenchmarkStructure. These validators may allocate (they parse JSON or
// call net/netip), so only their speed is measured.
var structureCases = []struct {
	name string
	spec Spec
	c    Candidate
}{
	{"jwt", Spec{Kind: "jwt"}, val(b64url(`{"alg":"HS256","typ":"JWT"}`) + "." + b64url(`{"sub":"42","iat":1700000000}`) + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")},
	{"private_key", Spec{Kind: "private_key"}, val(armor("RSA PRIVATE KEY", keyBase64(1200)))},
	{"ipv4", Spec{Kind: "ipv4"}, in("connect to 93.184.216.34:443 failed", "93.184.216.34")},
	{"ipv6", Spec{Kind: "ipv6"}, val("2606:4700:4700::1111")},
	{"date numeric", Spec{Kind: "date"}, val("25/12/1990")},
	{"date text", Spec{Kind: "date"}, val("March 5, 2020")},
}

func BenchmarkStructure(b *testing.B) {
	for _, s := range structureCases {
		v, err := Build(s.spec)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(s.c.End - s.c.Start))
			for b.Loop() {
				v.Validate(s.c)
			}
		})
	}
}

func TestNotUUID(t *testing.T) {
	runValidator(t, Spec{Kind: "not_uuid"}, []validatorTest{
		{"a UUID", val("829145fc-c7e6-4da8-a726-9dd178496ac9"), reject},
		{"a prefixed UUID", val("session_b2880d0d-8ecd-4f1b-beac-cbe617adfe3e"), reject},
		{"a random id", val("Ty6zE2ZO3uVJyty2Hh6RuPsIpNSbhBK2XRuV"), noOpinion},
	})
	runValidator(t, Spec{Kind: "not_uuid", Words: []string{`"token"`}, Window: 12}, []validatorTest{
		{"under a bare token key", in(`{"token": "5c1d9e27-3a4b-4f80-9b62-0e7d13a8c4f5"}`, "5c1d9e27-3a4b-4f80-9b62-0e7d13a8c4f5"), reject},
		{"under an api_key", in(`api_key: "5c1d9e27-3a4b-4f80-9b62-0e7d13a8c4f5"`, "5c1d9e27-3a4b-4f80-9b62-0e7d13a8c4f5"), noOpinion},
	})
}
