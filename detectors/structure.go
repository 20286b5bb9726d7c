package detectors

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/netip"
	"strings"
)

// This file holds the validators that parse a value to check it has the
// structure its rule claims: a JWT decodes, a key block holds a private
// key, an address or a date is a real one. A value that parses is
// confirmed; one that does not is rejected.

// jwtValidator checks a JSON Web Token in compact form.
type jwtValidator struct{}

func (jwtValidator) Name() string { return "jwt" }

// Validate confirms header.payload[.signature] when the header decodes
// (base64url, padded or not) to a JSON object with a string "alg" and the
// payload to a JSON object. An empty signature is allowed: unsecured
// tokens (alg "none") end in a dot and still carry their claims.
func (jwtValidator) Validate(c Candidate) Outcome {
	v := c.Value()
	header, rest, ok := bytes.Cut(v, []byte{'.'})
	if !ok {
		return Outcome{Verdict: Reject}
	}
	payload, sig, _ := bytes.Cut(rest, []byte{'.'})
	if bytes.IndexByte(sig, '.') >= 0 || !isBase64URL(sig) {
		return Outcome{Verdict: Reject}
	}
	h, ok := decodeSegment(header)
	// Unmarshal would accept "null" as an empty map, hence jsonObject.
	if !ok || !jsonObject(h) {
		return Outcome{Verdict: Reject}
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(h, &fields) != nil {
		return Outcome{Verdict: Reject}
	}
	if alg := fields["alg"]; len(alg) == 0 || alg[0] != '"' {
		return Outcome{Verdict: Reject}
	}
	p, ok := decodeSegment(payload)
	if !ok || !jsonObject(p) || !json.Valid(p) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// decodeSegment base64url-decodes one JWT segment. RFC 7515 forbids
// padding, but some encoders add it, so trailing '=' are tolerated.
func decodeSegment(s []byte) ([]byte, bool) {
	s = bytes.TrimRight(s, "=")
	if len(s) == 0 {
		return nil, false
	}
	out := make([]byte, base64.RawURLEncoding.DecodedLen(len(s)))
	n, err := base64.RawURLEncoding.Decode(out, s)
	return out[:n], err == nil
}

// isBase64URL reports whether s uses only the base64url alphabet.
func isBase64URL(s []byte) bool {
	for _, b := range s {
		if !isAlnum(b) && b != '-' && b != '_' {
			return false
		}
	}
	return true
}

// jsonObject reports whether b starts, after white space, with '{'; the
// caller still has to check that the object parses.
func jsonObject(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// isAlnum reports whether b is an ASCII letter or digit.
func isAlnum(b byte) bool { return isDigit(b) || isLetter(b) }

// isLetter reports whether b is an ASCII letter. Bytes of multi-byte UTF-8
// characters are not letters here, so a keyword next to a full-width colon
// or a non-breaking space still counts as a whole word.
func isLetter(b byte) bool {
	u := b &^ 0x20 // clears the lower-case bit; non-letters stay outside A-Z
	return 'A' <= u && u <= 'Z'
}

// minKeyBody is the fewest base64 characters a real key body has. The
// smallest real private key (raw Ed25519 in PKCS #8) takes 64.
const minKeyBody = 64

// privateKeyValidator checks that a PEM, OpenSSH or PGP armored block is a
// private key with a real body.
type privateKeyValidator struct{}

func (privateKeyValidator) Name() string { return "private_key" }

// Validate confirms a block whose label names a private key (RSA, EC, DSA,
// OPENSSH, ENCRYPTED, PGP ... BLOCK or plain PRIVATE KEY) and whose body is
// key material. It rejects public keys, certificates and requests, and
// bodies that are placeholders ("...", "xxx", "<key>") or too short to be
// a key. When the value is only the body, the label is taken from the
// rest of the regex match.
func (privateKeyValidator) Validate(c Candidate) Outcome {
	label, body, ok := armorBlock(c.Value())
	if !ok {
		label, _, ok = armorBlock(c.Payload[c.MatchStart:c.MatchEnd])
		body = cutEnd(c.Value())
	}
	if !ok || !bytes.Contains(label, []byte("PRIVATE KEY")) || !keyBody(body) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// base64PrivateKeyValidator checks a base64 value that encodes a private
// key block: kubeconfig client-key-data, a Kubernetes Secret's tls.key, a
// key passed through an environment variable as one line.
type base64PrivateKeyValidator struct{}

func (base64PrivateKeyValidator) Name() string { return "base64_private_key" }

// Validate decodes the value (standard alphabet, padding optional; a value
// cut short, as in a truncated log line, is decoded up to its last whole
// quantum) and applies private_key to the decoded bytes: a base64-encoded
// certificate or public key is rejected.
func (base64PrivateKeyValidator) Validate(c Candidate) Outcome {
	v := bytes.TrimRight(c.Value(), "=")
	dec, ok := decodeBase64(v[:len(v)-len(v)%4])
	if !ok {
		return Outcome{Verdict: Reject}
	}
	return privateKeyValidator{}.Validate(Candidate{Payload: dec, End: len(dec), MatchEnd: len(dec)})
}

// decodeBase64 decodes v, standard alphabet without its '=' padding.
func decodeBase64(v []byte) ([]byte, bool) {
	dec := make([]byte, base64.RawStdEncoding.DecodedLen(len(v)))
	n, err := base64.RawStdEncoding.Decode(dec, v)
	return dec[:n], err == nil
}

// basicAuthValidator checks a base64 value that encodes "user:password",
// as Docker's config.json auths and .npmrc's _auth hold it.
type basicAuthValidator struct{}

func (basicAuthValidator) Name() string { return "basic_auth" }

// Validate confirms a value whose decoding (standard alphabet, padding
// optional) is printable ASCII with a colon after a non-empty user and
// before a password of at least three bytes; anything else is rejected.
func (basicAuthValidator) Validate(c Candidate) Outcome {
	dec, ok := decodeBase64(bytes.TrimRight(c.Value(), "="))
	if !ok {
		return Outcome{Verdict: Reject}
	}
	for _, b := range dec {
		if b < 0x20 || b > 0x7e {
			return Outcome{Verdict: Reject}
		}
	}
	i := bytes.IndexByte(dec, ':')
	if i <= 0 || len(dec)-i-1 < 3 {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// armorBlock finds the first "-----BEGIN LABEL-----" line in b (or the
// "---- BEGIN LABEL ----" form of SSH2 keys) and returns its label and the
// body up to the END line or the end of b.
func armorBlock(b []byte) (label, body []byte, ok bool) {
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte("BEGIN "))
		if i < 0 {
			return nil, nil, false
		}
		i += off
		off = i + 1
		if dashesBefore(b, i) < 4 {
			continue
		}
		rest := b[i+len("BEGIN "):]
		j := bytes.IndexByte(rest, '-')
		if j < 0 {
			return nil, nil, false
		}
		label = bytes.TrimSpace(rest[:j])
		if !armorLabel(label) {
			continue
		}
		return label, cutEnd(bytes.TrimLeft(rest[j:], "-")), true
	}
}

// cutEnd returns body up to its "-----END" line, or all of it.
func cutEnd(body []byte) []byte {
	for off := 0; ; {
		k := bytes.Index(body[off:], []byte("END "))
		if k < 0 {
			return body
		}
		k += off
		if dashesBefore(body, k) >= 4 {
			return body[:k]
		}
		off = k + 1
	}
}

// dashesBefore counts the '-' before b[i], skipping one space between them
// and the keyword ("---- BEGIN").
func dashesBefore(b []byte, i int) int {
	if i > 0 && b[i-1] == ' ' {
		i--
	}
	n := 0
	for i > 0 && b[i-1] == '-' {
		i--
		n++
	}
	return n
}

// armorLabel reports whether l looks like an armor label: upper-case words.
func armorLabel(l []byte) bool {
	if len(l) == 0 || len(l) > 48 {
		return false
	}
	for _, b := range l {
		if !isUpper(b) && !isDigit(b) && b != ' ' {
			return false
		}
	}
	return true
}

// keyBody reports whether a block body holds key material rather than a
// placeholder. Header lines (Proc-Type:, DEK-Info:, PGP's Version:) are
// skipped; line breaks may be real or JSON-escaped ("\n").
func keyBody(body []byte) bool {
	var seen, line [4]uint64 // bit sets of the bytes in counted lines
	total, inLine := 0, 0
	header := false
	endLine := func() {
		if !header {
			total += inLine
			for k := range seen {
				seen[k] |= line[k]
			}
		}
		line = [4]uint64{}
		inLine, header = 0, false
	}
	xRun := 0
	for i := 0; i < len(body); i++ {
		b := body[i]
		if b == 'x' || b == 'X' {
			xRun++
		} else {
			xRun = 0
		}
		switch {
		case xRun >= 5, b == '<', b == '*':
			// Real key bodies never hold these; "<your key>" and
			// "xxxxx" and "****" are what documentation holds.
			return false
		case b == '.' && i+2 < len(body) && body[i+1] == '.' && body[i+2] == '.',
			b == 0xE2 && i+2 < len(body) && body[i+1] == 0x80 && body[i+2] == 0xA6: // "…"
			return false
		case b == '\n' || b == '\r':
			endLine()
		case b == '\\' && i+1 < len(body) && (body[i+1] == 'n' || body[i+1] == 'r'):
			endLine()
			i++
		case b == ':':
			header = true
		case isAlnum(b) || b == '+' || b == '/' || b == '=':
			inLine++
			line[b>>6] |= 1 << (b & 63)
		}
	}
	endLine()
	// A body of one or a few repeated characters ("AAAA...", "abcabc") is
	// filler; 64 random base64 characters show about 40 distinct ones.
	distinct := 0
	for _, w := range seen {
		for ; w != 0; w &= w - 1 {
			distinct++
		}
	}
	return total >= minKeyBody && distinct >= 16
}

// versionWords are words that, shortly before a dotted quad, make it a
// version number rather than an address ("Chrome/120.0.0.0", "build
// 10.0.19045.1").
// A lone "v" ("v 10.2.3.4") is checked by vBefore instead: as a word it
// also stands between the digits of random ids ("cZM9r4oepyO4V0Og").
var versionWords = lowerWords([]string{
	"version", "ver", "release", "released", "build", "firmware", "fw ", "os ", "sdk",
})

// peerWords name the address that follows them (peer 10.62.14.23, host
// 10.2.3.4); peerWindow is how far before the value they count.
var peerWords = lowerWords([]string{"peer", "host", "client", "server", "remote", "addr", "address", "ip", "src", "dst", "gateway", "proxy"})

const peerWindow = 10

// productWords are browser product tokens of a user agent, always followed
// by their own version ("Safari/604.1"). They count only inside the same
// quoted field as the number: in an access log, the quoted X-Forwarded-For
// field after the user agent ("... Safari/604.1" "47.87.143.216") holds an
// address.
var productWords = lowerWords([]string{"chrome/", "firefox/", "safari/", "chrome ", "firefox ", "safari ", "edge ", "opera ", "headlesschrome/", "chromium/", "v8 "})

// hasVersionName reports whether p[lo:hi] holds a name ending in
// "version" as a part of its own: the camelCase and compound names of
// manifests and assembly metadata (newVersion, AssemblyFileVersion,
// app_version) that versionWords, being whole words, do not see. A word
// that only ends in those letters ("conversion") is not one.
func hasVersionName(p []byte, lo, hi int) bool {
	const w = "ersion"
	for i := lo; i+1+len(w) <= hi; i++ {
		if p[i] != 'V' && (p[i] != 'v' || i > 0 && isLetter(p[i-1])) {
			continue
		}
		if !bytes.EqualFold(p[i+1:i+1+len(w)], []byte(w)) {
			continue
		}
		if j := i + 1 + len(w); j == len(p) || !isLetter(p[j]) {
			return true
		}
	}
	return false
}

// productSlash reports whether a product token's name and '/' come right
// before start (LibreOffice/24.8.2.1, HeadlessChrome/141.0.0.0): a User-Agent
// or generator string's version. A network word there (host/10.2.3.4) is
// not one.
func productSlash(p []byte, start int) bool {
	if start < 4 || p[start-1] != '/' {
		return false
	}
	i := start - 1
	for i > 0 && isLetter(p[i-1]) {
		i--
	}
	// A product name stands alone: after a blank, a quote, '(' or '>'.
	// After '.', '@', '/' or '-' it ends a host name (node.internal/10.2.3.4,
	// user@vpn.net/86.1.2.3) or a path.
	if start-1-i < 3 || i > 0 && !strings.ContainsRune(" \t\"'(>", rune(p[i-1])) {
		return false
	}
	return !hasWord(p, i, start-1, peerWords)
}

// versionConstraint reports whether a package version constraint's
// operator comes right before start: "~>" or "~=" (a space may follow), or
// ">=" or "<=" glued to a package name and to the version
// (types-protobuf>=4.23.0.2). "==" is left out, for packet filters write
// "ip.addr==10.1.2.3", and so is a spaced "<=", an arrow in some logs.
func versionConstraint(p []byte, start int) bool {
	vb := bytes.TrimRight(p[max(0, start-4):start], " ")
	if bytes.HasSuffix(vb, []byte("~>")) || bytes.HasSuffix(vb, []byte("~=")) {
		return true
	}
	if start < 3 || p[start-1] != '=' || p[start-2] != '>' && p[start-2] != '<' {
		return false
	}
	b := p[start-3]
	return isAlnum(b) || b == '_' || b == '-' || b == ']'
}

// svgAttribute reports whether start is inside an SVG attribute of
// numbers (d="M12 1.5.75.75 0 110 1.5...", points, viewBox, transform):
// path data runs numbers together, and "1.5.75.75" is four of them. Path
// data has a command letter glued to a number within a few bytes of any
// point (a.75, 0zm7); only then does it read back on start's line to the
// nearest quote, up to 4 KB.
func svgAttribute(p []byte, start int) bool {
	hint := false
	for i := max(1, start-32); i < start && !hint; i++ {
		b := p[i]
		hint = (isDigit(b) || b == '.' || b == '-') && strings.IndexByte("MmLlHhVvCcSsQqTtAaZz", p[i-1]) >= 0
	}
	if !hint {
		return false
	}
	lo := max(0, start-4096)
	q := lastIndexAny3(p[lo:start], '\n', '"', '\'')
	if q < 0 || p[lo+q] == '\n' {
		return false
	}
	name := p[lo : lo+q]
	for _, a := range []string{" d=", "\td=", "\nd=", "points=", "viewBox=", "transform="} {
		if bytes.HasSuffix(name, []byte(a)) {
			return true
		}
	}
	return false
}

// vBefore reports whether a version "v" comes right before start:
// "v10.2.3.4", or "v 10.2.3.4" / "v=10.2.3.4" / "v: 10.2.3.4" with the v
// standing alone (not the last letter or digit of a word or an id).
func vBefore(p []byte, start int) bool {
	i := start - 1
	if i < 0 {
		return false
	}
	if p[i] == 'v' || p[i] == 'V' {
		return true
	}
	for i >= 0 && (p[i] == ' ' || p[i] == '=' || p[i] == ':') && start-i <= 3 {
		i--
	}
	return i >= 0 && i < start-1 && (p[i] == 'v' || p[i] == 'V') && (i == 0 || !isAlnum(p[i-1]))
}

// versionWindow is how far before an IPv4 value version words are looked
// for.
const versionWindow = 24

// privateDelta lowers the confidence of addresses that do not leave a
// network (loopback, private, link-local, documentation): they are still
// findings, but weaker ones. Documentation ranges stay findings: test
// data and generated fixtures use them for real-looking hosts.
const privateDelta = -0.2

// documentation4 reports whether a.b.c.0/24 is an RFC 5737 range.
func documentation4(a, b, c byte) bool {
	return a == 192 && b == 0 && c == 2 || a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113
}

// ipv4Validator checks a dotted-quad IPv4 address and tells addresses from
// version numbers.
type ipv4Validator struct{}

func (ipv4Validator) Name() string { return "ipv4" }

// Validate confirms four decimal octets (0-255, no leading zeros) that are
// not 0.0.0.0 or 255.255.255.255 and do not read as a version: preceded by
// a version word or a 'v', or part of a longer dotted number. Loopback,
// private, link-local and documentation addresses are confirmed with
// [privateDelta].
func (ipv4Validator) Validate(c Candidate) Outcome {
	var o [4]int
	if !parseIPv4(c.Value(), &o) {
		return Outcome{Verdict: Reject}
	}
	if o == [4]int{0, 0, 0, 0} || o == [4]int{255, 255, 255, 255} {
		return Outcome{Verdict: Reject}
	}
	p := c.Payload
	if netmask(o) || networkPrefix(o, p[c.End:]) || networkMask(o, p[c.End:]) {
		return Outcome{Verdict: Reject}
	}
	if vBefore(p, c.Start) || productSlash(p, c.Start) {
		return Outcome{Verdict: Reject}
	}
	// An artifact's file extension after it: a version in a package's
	// name (sqlite-jdbc-3.50.3.0.jar; tcpdump's 93.184.216.34.https and
	// nip.io's 93.184.216.34.nip.io are addresses); or a path segment whose next segment
	// names it again after a '-', as a Maven repository lays out
	// group/artifact/version/artifact-version.jar.
	if e := c.End; e+1 < len(p) && p[e] == '.' && artifactExt(p[e+1:]) {
		return Outcome{Verdict: Reject}
	}
	if e := c.End; c.Start > 0 && p[c.Start-1] == '/' && e < len(p) && p[e] == '/' {
		seg := p[e+1 : min(len(p), e+1+maxVersionSegment)]
		if k := bytes.IndexAny(seg, " \t\r\n/\"'"); k >= 0 {
			seg = seg[:k]
		}
		if i := bytes.Index(seg, c.Value()); i > 0 && seg[i-1] == '-' {
			return Outcome{Verdict: Reject}
		}
	}
	// A dot and a digit on either side make this four parts of a longer
	// dotted number: a version, an OID or a SNMP path. tcpdump's
	// "IP 10.60.2.10.44312 > 10.60.1.23.53:" is the exception: an address
	// and its port.
	if (c.End+1 < len(p) && p[c.End] == '.' && isDigit(p[c.End+1]) ||
		c.Start >= 2 && p[c.Start-1] == '.' && isDigit(p[c.Start-2])) &&
		!tcpdumpEndpoint(p, c.Start, c.End) {
		return Outcome{Verdict: Reject}
	}
	if o[0] == 127 {
		// Loopback (127.0.0.0/8, systemd-resolved's 127.0.0.53 too) never
		// leaves the host: no one's address.
		return Outcome{Verdict: Reject}
	}
	if packageRevision(p[c.End:]) {
		return Outcome{Verdict: Reject}
	}
	if hostlessKey(p, c.Start, o) {
		return Outcome{Verdict: Reject}
	}
	// Version words count only on the address's own line: an access log
	// line starts with the client address right after the previous line's
	// user agent ("... Safari/604.1\"\n203.0.113.9 - -").
	from := max(0, c.Start-versionWindow)
	if nl := lastIndexByte(p[from:c.Start], '\n'); nl >= 0 {
		from += nl + 1
	}
	pfrom := from
	if q := lastIndexByte(p[from:c.Start], '"'); q >= 0 {
		pfrom += q + 1
	}
	// A network word right before the value outweighs a version word
	// further back: "Association Release (peer 10.62.14.23)".
	peer := hasWord(p, max(from, c.Start-peerWindow), c.Start, peerWords)
	if !peer && (hasWord(p, from, c.Start, versionWords) || hasVersionName(p, from, c.Start)) ||
		hasWord(p, pfrom, c.Start, productWords) {
		return Outcome{Verdict: Reject}
	}
	if versionShaped(o) && c.Start > 0 && versionPrefix(p[:c.Start]) {
		return Outcome{Verdict: Reject}
	}
	if svgAttribute(p, c.Start) {
		return Outcome{Verdict: Reject}
	}
	if versionConstraint(p, c.Start) {
		return Outcome{Verdict: Reject}
	}
	// A name and '-' glued to it make it a version or a section number
	// (perl-5.6.78.9, an anchor's #h-17.13.4.1) when it starts low, as
	// versions and section numbers do; "from-93.184.216.34" is an address,
	// and a host name writes one with dashes (ip-10-0-1-5).
	if c.Start >= 2 && p[c.Start-1] == '-' && isLetter(p[c.Start-2]) && o[0] < 32 {
		return Outcome{Verdict: Reject}
	}
	switch {
	case documentation4(byte(o[0]), byte(o[1]), byte(o[2])), o[0] == 127, o[0] == 10,
		o[0] == 172 && o[1]&0xF0 == 16,
		o[0] == 192 && o[1] == 168,
		o[0] == 169 && o[1] == 254:
		return Outcome{Verdict: Confirm, Delta: privateDelta}
	}
	return Outcome{Verdict: Confirm}
}

// sequentialDigits reports whether v's digits count up or down by one
// (0123456789, 0987654321): a keyboard row or a test string, no number.
func sequentialDigits(v []byte) bool {
	prev, n, up, down := -1, 0, true, true
	for _, c := range v {
		if !isDigit(c) {
			continue
		}
		d := int(c - '0')
		if prev >= 0 {
			up = up && d == (prev+1)%10
			down = down && d == (prev+9)%10
		}
		prev = d
		n++
	}
	return n >= 7 && (up || down)
}

// binaryDigits reports whether v's digits are all 0 and 1: bit patterns in
// test vectors and truth tables, no phone number.
func binaryDigits(v []byte) bool {
	for _, c := range v {
		if isDigit(c) && c > '1' {
			return false
		}
	}
	return true
}

// inHexID reports whether p[start:end] is glued by '-' to hex digits on
// both sides: groups of a UUID (44583372-0820-4762-8013-75d764ed1e03) or a
// similar id, not a phone number.
func inHexID(p []byte, start, end int) bool {
	return start >= 2 && p[start-1] == '-' && isHex(p[start-2]) &&
		end+1 < len(p) && p[end] == '-' && isHex(p[end+1])
}

// inHexDump reports whether p[start:end] is a stretch of a hex dump's byte
// columns: the value is two-character groups ("05 00 03 81 81") and more
// groups of two hex digits run on before or after it, one or two spaces
// apart (hexdump -C, xxd -g1, Wireshark, a TLS trace): six or more, or three
// with a hex letter among them. A phone number written in pairs (01 42 68
// 53 00) goes on with at most another number of five pairs.
func inHexDump(p []byte, start, end int) bool {
	v := p[start:end]
	if len(v) < 5 || len(v)%3 != 2 {
		return false
	}
	for i := 2; i < len(v); i += 3 {
		if v[i] != ' ' {
			return false
		}
	}
	n, letter, word := 0, false, false
	for i := start; n < 6; n++ { // pairs before the value
		j := i - 1
		if j >= 0 && p[j] == ' ' && j > 0 && p[j-1] == ' ' {
			j--
		}
		if j < 2 || p[j] != ' ' || !isHex(p[j-1]) || !isHex(p[j-2]) || j >= 3 && isAlnum(p[j-3]) {
			break
		}
		letter = letter || !isDigit(p[j-1]) || !isDigit(p[j-2])
		i = j - 2
	}
	for i := end; n < 6; n++ { // and after it
		j := i
		if j+1 < len(p) && p[j] == ' ' && p[j+1] == ' ' {
			j++
		}
		if j+2 >= len(p) || p[j] != ' ' || !isHex(p[j+1]) || !isHex(p[j+2]) || j+3 < len(p) && isAlnum(p[j+3]) {
			break
		}
		letter = letter || !isDigit(p[j+1]) || !isDigit(p[j+2])
		i = j + 3
		word = i+1 < len(p) && p[i] == ' ' && isLetter(p[i+1])
	}
	// A second number of pairs beside the value (a contact table's two
	// columns, "01 42 68 53 00  06 12 34 56 78") is five pairs of digits:
	// a dump has more, or a hex letter among them. Fewer than five more
	// make a run of pairs no phone is (a draw's numbers, "07 08 17 18 30
	// 39"), unless a word follows them: a street's number after the phone.
	return n >= 6 || n >= 3 && letter || n%5 != 0 && !letter && !word
}

// nanpZeroExchange reports whether v is written in NANP's layout, "(NPA)
// NXX-XXXX" or "NPA-NXX-XXXX" (dots or spaces alike), without a country
// code, and its exchange NXX starts with 0, which the plan never assigns.
// (An exchange starting with 1 is as invalid, but "555-123-4567" is how
// people write a phone in examples that mean one.)
func nanpZeroExchange(v []byte) bool {
	var d [10]byte
	n := 0
	paren := len(v) > 0 && v[0] == '('
	for i, b := range v {
		switch {
		case isDigit(b):
			if n == len(d) {
				return false
			}
			d[n] = b
			n++
		case b == '(' && i == 0, b == ')' && paren && n == 3:
		case b == ' ' || b == '-' || b == '.':
			if n != 3 && n != 6 {
				return false // groups other than 3-3-4
			}
		default:
			return false
		}
	}
	return n == 10 && d[0] >= '2' && d[3] == '0'
}

// isbnBefore reports whether "ISBN" (any case, maybe with "-10" or "-13")
// and at most a colon and blanks stand just before start.
func isbnBefore(p []byte, start int) bool {
	i := start
	for i > 0 && (p[i-1] == ' ' || p[i-1] == ':' || p[i-1] == '\t') && start-i < 4 {
		i--
	}
	if i >= 3 && (p[i-3] == '-' || p[i-3] == ' ') && p[i-2] == '1' && (p[i-1] == '0' || p[i-1] == '3') {
		i -= 3
	}
	return i >= 4 && prefixFoldString(p[i-4:i], "isbn") && (i == 4 || !isLetter(p[i-5]))
}

// idContinues reports whether p[end:] continues an id: a hyphen, at least
// six digits, and another hyphen. A phone's extension or a range after a
// hyphen ends there (0521 367838-0, 07700 900000-900999).
func idContinues(p []byte, end int) bool {
	if end >= len(p) || p[end] != '-' {
		return false
	}
	k := end + 1
	for k < len(p) && isDigit(p[k]) {
		k++
	}
	return k-end-1 >= 6 && k < len(p) && p[k] == '-'
}

// registryWords label a company's registration or tax number, which
// national formats group in threes and fours as they do phone numbers:
// France's RCS, SIREN and SIRET, VAT numbers (TVA, IVA, USt-IdNr, BTW),
// Spain's CIF and NIF, Poland's NIP, REGON and KRS, Germany's HRB and HRA,
// the Netherlands' KvK, Australia's ABN and ACN, the US EIN, Ireland's CRO.
var registryWords = []string{
	"rcs", "siren", "siret", "tva", "vat", "iva", "ust-idnr", "ust-id", "btw",
	"cif", "nif", "nip", "regon", "krs", "hrb", "hra", "kvk", "abn", "acn", "ein", "cro",
}

// registryBefore reports whether a capitalised registry word stands just
// before start on its line, apart from the number by blanks, ':', '.', '#'
// and at most one capitalised word (the court's town in "RCS Paris 812 604
// 312").
func registryBefore(p []byte, start int) bool {
	i := start
	skip := func() {
		for i > 0 && start-i < 24 && (p[i-1] == ' ' || p[i-1] == ':' || p[i-1] == '.' || p[i-1] == '#' || p[i-1] == '\t') {
			i--
		}
	}
	for town := 0; town < 2; town++ {
		skip()
		j := i
		for j > 0 && isLetter(p[j-1]) || j > 0 && p[j-1] == '-' && j-1 > 0 && isLetter(p[j-2]) {
			j--
		}
		word := p[j:i]
		if len(word) == 0 || j > 0 && isAlnum(p[j-1]) {
			return false
		}
		// Registry labels are written capitalised (EIN, KvK, USt-IdNr); a
		// lower-case "ein" is German for "a".
		for _, w := range registryWords {
			if isUpper(word[0]) && equalFold(word, w) {
				return true
			}
		}
		if town == 1 || p[j] < 'A' || p[j] > 'Z' {
			return false
		}
		i = j
	}
	return false
}

// inNumberRow reports whether p[start:end], digit groups split by single
// spaces, stands in a row of numbers: at least four more numbers of one
// to six digits run on before or after it, blanks apart (qshape's age
// buckets "160 320 640 1280 1280+", a report's columns of counts).
func inNumberRow(p []byte, start, end int) bool {
	pairs := true // groups of two digits are inHexDump's to judge
	for i, b := range p[start:end] {
		if !isDigit(b) && b != ' ' {
			return false
		}
		pairs = pairs && (i%3 == 2) == (b == ' ')
	}
	if pairs {
		return false
	}
	n := 0
	for i := start; n < 4; n++ { // numbers before the value
		j := i
		for j > 0 && p[j-1] == ' ' {
			j--
		}
		if j == i {
			break
		}
		k := j
		for k > 0 && isDigit(p[k-1]) && j-k < 7 {
			k--
		}
		if k == j || j-k > 6 || k > 0 && !isSpace(p[k-1]) {
			break
		}
		i = k
	}
	for i := end; n < 4; n++ { // and after it
		j := i
		for j < len(p) && p[j] == ' ' {
			j++
		}
		if j == i {
			break
		}
		k := j
		for k < len(p) && isDigit(p[k]) && k-j < 7 {
			k++
		}
		if k == j || k-j > 6 || k < len(p) && !isSpace(p[k]) && p[k] != '\n' && p[k] != '\r' && p[k] != '+' {
			break
		}
		i = k
	}
	return n >= 4 // three would be a second phone number beside it
}

// zipPlus4 reports whether p[start:end] is a US ZIP+4 code (02110-1301)
// after a state's two capital letters ("Boston, MA 02110-1301", the Free
// Software Foundation's address in every GPL header).
func zipPlus4(p []byte, start, end int) bool {
	v := p[start:end]
	if len(v) != 10 || v[5] != '-' {
		return false
	}
	for i, c := range v {
		if i != 5 && !isDigit(c) {
			return false
		}
	}
	i := start
	// blanks, or a line break and a comment's leader (" * ", "# ", "// ")
	// when a license header breaks the address after the state
	for i > 0 && (p[i-1] == ' ' || p[i-1] == '\t' || p[i-1] == '*' || p[i-1] == '#' || p[i-1] == '/' || p[i-1] == '\n' || p[i-1] == '\r') && start-i < 12 {
		i--
	}
	return i >= 3 && i < start && isUpper(p[i-1]) && isUpper(p[i-2]) && !isLetter(p[i-3])
}

// packageRevision reports whether after starts with a package version's
// revision: '-', digits, then ')', '~' or '+' (Debian's
// "gnutls28 (3.6.11.1-1) experimental", "Breaks: x (<< 1.0.24.2-5)"). An
// address range goes on with another address or an octet (10.0.0.1-10.0.0.9).
func packageRevision(after []byte) bool {
	if len(after) < 3 || after[0] != '-' || !isDigit(after[1]) {
		return false
	}
	i := 1
	for i < len(after) && isDigit(after[i]) {
		i++
	}
	return i < len(after) && (after[i] == ')' || after[i] == '~' || after[i] == '+')
}

// tcpdumpEndpoint reports whether p[start:end] is an address of a
// tcpdump line, "IP 10.60.2.10.44312 > 10.60.1.23.53: Flags" (with -e:
// "length 593: 10.60.1.23.51544 > ..."): after "IP ", "> " or ": ", and
// followed by a dot, a port and " >" or ':'.
func tcpdumpEndpoint(p []byte, start, end int) bool {
	if !(hasSuffixAt(p, start, "IP ") || hasSuffixAt(p, start, "> ") || hasSuffixAt(p, start, ": ")) {
		return false
	}
	i := end
	if i >= len(p) || p[i] != '.' {
		return false
	}
	i++
	j := i
	for j < len(p) && j-i < 6 && isDigit(p[j]) {
		j++
	}
	if j == i || j-i > 5 || j >= len(p) {
		return false
	}
	return p[j] == ':' || j+1 < len(p) && p[j] == ' ' && p[j+1] == '>'
}

// hasSuffixAt reports whether p[:i] ends with s.
func hasSuffixAt(p []byte, i int, s string) bool {
	return i >= len(s) && string(p[i-len(s):i]) == s
}

// hostlessWords name addresses that belong to no host: a broadcast
// address ("broadcast": "10.20.4.255", ip's "brd 10.0.0.255", ifconfig's
// "Bcast:") and an OID ("ObjectId: 2.5.29.19" in keytool and openssl
// output, which is dotted like an address).
var hostlessWords = lowerWords([]string{"broadcast", "brd", "bcast", "objectid", "object id", "oid"})

// hostlessKey reports whether the address at p[start] follows, within a
// short key-value gap on its line, a word that makes it no host's: see
// hostlessWords; and "network" before an address whose last octet is 0
// (Ansible's "network": "10.20.4.0").
func hostlessKey(p []byte, start int, o [4]int) bool {
	from := max(0, start-hostlessWindow)
	if nl := lastIndexByte(p[from:start], '\n'); nl >= 0 {
		from += nl + 1
	}
	if hasWord(p, from, start, hostlessWords) {
		return true
	}
	return o[3] == 0 && hasWord(p, from, start, networkWords)
}

var networkWords = lowerWords([]string{"network"})

// hostlessWindow is how far before an address hostlessKey looks: a key,
// its quotes and separator ("broadcast": ").
const hostlessWindow = 16

// emailValidator rejects address-shaped text that names no mailbox: a
// file after an '@' (curl's --data-urlencode "description@CHANGELOG.md",
// "body@payload.json"), a package version after one (lib@1.0.0.RELEASE),
// a message id (Message-ID, In-Reply-To, References), a URL's
// "pass@host" userinfo, a local part with two dots in a row or a final
// dot, and at a documentation domain (RFC 2606: example.com, .org, .net)
// a local part that names no person: a team or a function
// (platform-team@, noreply@), a fixture (test-rider-0042@, p0001@), a
// stand-in (x@, payee@, Wikipedia's example forms) or a domain. A
// person's address at a documentation domain (jane.doe@example.com) stays
// a finding: test exports use those domains for real-looking people.
type emailValidator struct{}

func (emailValidator) Name() string { return "email" }

func (emailValidator) Validate(c Candidate) Outcome {
	v := c.Value()
	at := bytes.LastIndexByte(v, '@')
	if at < 0 {
		return Outcome{}
	}
	local, domain := v[:at], v[at+1:]
	// An SCP-style Git remote: git@gitlab.internal:group/repo.git.
	if string(local) == "git" && c.End < len(c.Payload) && c.Payload[c.End] == ':' {
		return Outcome{Verdict: Reject}
	}
	// snowsql's prompt, user#warehouse@database.schema>: a session's
	// context, no mailbox.
	if p := c.Payload; c.Start >= 2 && p[c.Start-1] == '#' && (isAlnum(p[c.Start-2]) || p[c.Start-2] == '_') &&
		c.End < len(p) && p[c.End] == '>' {
		return Outcome{Verdict: Reject}
	}
	// Glued to another '@' after it: a template's delimiters (Blackboard's
	// @X@course.id@X@), not an address; an '@' before it alone is a
	// mention (@jon.pickering@northgate.co.uk).
	if p := c.Payload; c.End < len(p) && p[c.End] == '@' {
		return Outcome{Verdict: Reject}
	}
	// Two dots in a row are no address (RFC 5322 dot-atom): a range in a
	// load-test config (loadtest-0001..0600@example.com).
	if urlUserinfo(c.Payload, c.Start) || messageID(c.Payload, c.Start) || bytes.Contains(local, []byte("..")) ||
		shellLogin(c.Payload, c.Start) {
		return Outcome{Verdict: Reject}
	}
	// A UUID before the '@' is a message or object id (a bounce's
	// Message-ID quoted in a ticket), and a host of Exchange Online's
	// mailbox servers (SA1PR17MB6594.namprd17.prod.outlook.com) holds no
	// mailboxes: both are message ids out of their headers.
	// An OData instance annotation (statecode@OData.Community.Display.V1.FormattedValue,
	// value@odata.nextLink) names a property's metadata, not a mailbox.
	if exo := ".prod.outlook.com"; isUUID(local) || len(domain) > len(exo) && prefixFoldString(domain[len(domain)-len(exo):], exo) ||
		len(domain) > 6 && prefixFoldString(domain, "odata.") {
		return Outcome{Verdict: Reject}
	}
	dot := bytes.LastIndexByte(domain, '.')
	if dot < 0 {
		return Outcome{}
	}
	if fileDomain(domain[:dot], domain[dot+1:]) || versionDomain(domain[:dot]) || algorithmDomain(domain) {
		return Outcome{Verdict: Reject}
	}
	var buf [32]byte
	name := local
	if plus := bytes.IndexByte(name, '+'); plus > 0 {
		name = name[:plus] // first.last+invoices
	}
	name = bytes.TrimRight(name, "-_.") // user-@, a validator's edge case
	// At a documentation domain, a one-letter local part is a stand-in (x@,
	// c@), and so is a local part that is itself a domain
	// (example.com@example.org, from validator tests).
	if documentationDomain(domain) && (roleLocal(local) || placeholderPeople[string(lowerInto(buf[:0], name))] ||
		len(local) == 1 || documentationDomain(local) || fixtureID(local)) {
		return Outcome{Verdict: Reject}
	}
	// A dot cannot end a local part (RFC 5322 dot-atom): "user.@" is a
	// validator's invalid case.
	if len(local) > 0 && local[len(local)-1] == '.' {
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// messageIDLabels name a bare message id in a receipt's or a ticket's
// text ("Identificativo messaggio: ...", "Message ID: ...").
var messageIDLabels = []string{"identificativo messaggio", "message id", "message-id", "messageid"}

// labelledMessageID reports whether one of messageIDLabels and a colon
// stand right before start on its line.
func labelledMessageID(p []byte, start int) bool {
	i := start
	for i > 0 && (p[i-1] == ' ' || p[i-1] == '\t') && start-i < 8 {
		i--
	}
	if i == 0 || p[i-1] != ':' {
		return false
	}
	i--
	for _, l := range messageIDLabels {
		if i >= len(l) && equalFold(p[i-len(l):i], l) && (i == len(l) || !isLetter(p[i-len(l)-1])) {
			return true
		}
	}
	return false
}

// messageIDHeaders name mail headers whose values are message ids in
// address form (<CAK7w0K...@mail.gmail.com>), not mailboxes.
var messageIDHeaders = lowerWords([]string{"message-id", "in-reply-to", "references", "messageid", "message_id"})

// messageID reports whether the address at start is a message id: right
// after '<', with a message-id header's name shortly before (on its line,
// or as the previous JSON member's name: "Name": "Message-ID", "Value":
// "<...>").
func messageID(p []byte, start int) bool {
	// Exim's log names the message id id=<local>@<host>, no brackets.
	if start >= 4 && string(p[start-3:start]) == "id=" && (p[start-4] == ' ' || p[start-4] == '\t') {
		return true
	}
	// A label and a colon before a bare id: Italian PEC receipts print
	// "Identificativo messaggio: opec21012.2026...@pec.aruba.it".
	if labelledMessageID(p, start) {
		return true
	}
	// The match may start inside the id, after atext the address pattern
	// leaves out (<CAKx...v0b=G4VPcf@mail.gmail.com>): the id starts
	// before it.
	for i := start - 1; i >= 0 && start-i <= 256 && start > 0 && p[start-1] != '<'; i-- {
		if !idText(p[i]) {
			if p[i] != '<' || !bytes.ContainsAny(p[i+1:start], "=/!#%&*?^{|}~") {
				return false
			}
			start = i + 1
		}
	}
	if start < 1 || p[start-1] != '<' {
		return false
	}
	// A header line (From:, References:) is judged by its own name. A
	// References header lists many ids, folded over lines that start with
	// a blank: the name is at the start of its first line.
	// Each search looks back at most maxHeaderBack bytes, so a payload of
	// one long line of <addresses> costs linear time.
	floor := max(0, start-maxHeaderBack)
	nl := lastIndexByte(p[floor:start], '\n')
	ls := floor + nl + 1
	for k := 0; nl >= 0 && k < 16 && ls > 0 && (p[ls] == ' ' || p[ls] == '\t'); k++ {
		floor = max(0, ls-1-maxHeaderBack)
		if nl = lastIndexByte(p[floor:ls-1], '\n'); nl < 0 && floor > 0 {
			break // a folded line too long to be a header's
		}
		ls = floor + nl + 1
	}
	if nl >= 0 || floor == 0 {
		if headerLine(p[ls:start]) {
			return hasWord(p, ls, min(start, ls+16), messageIDHeaders)
		}
	}
	// Otherwise the name may be the previous JSON member's
	// ("Name": "Message-ID", "Value": "<...>"): a quoted string of its
	// own, not a part of another key (SENDGRID_GENERATE_MESSAGE_ID).
	for i := max(1, start-64); i < start; i++ {
		if p[i-1] == '"' && wordAt(p, i, start, messageIDHeaders) && quotedWordEnd(p, i, start) {
			return true
		}
	}
	return false
}

// quotedWordEnd reports whether a quote closes the word starting at p[i]
// before hi, with only word bytes and '-' or '_' in between.
func quotedWordEnd(p []byte, i, hi int) bool {
	for j := i; j < hi; j++ {
		switch c := p[j]; {
		case c == '"':
			return j > i
		case !isAlnum(c) && c != '-' && c != '_':
			return false
		}
	}
	return false
}

// idText reports whether c may be in a message id's left part (RFC 5322
// atext and '.').
func idText(c byte) bool {
	return isAlnum(c) || bytes.IndexByte([]byte("!#$%&'*+-/=?^_`{|}~."), c) >= 0
}

// shellLogins are commands whose user@host argument is a login on a host.
var shellLogins = []string{"ssh ", "scp ", "sftp ", "rsync ", "mosh ", "autossh ", "ssh-copy-id "}

// shellLogin reports whether the address at start is an argument of an
// ssh-like command (ssh -i key deploy@web01.example.net): a user on a host,
// no mailbox. The command must start the line, after a prompt ("$ ",
// "# ", "sudo ") or an opening backtick of inline code.
func shellLogin(p []byte, start int) bool {
	ls := max(0, start-256)
	if nl := lastIndexByte(p[ls:start], '\n'); nl >= 0 {
		ls += nl + 1
	} else if ls > 0 {
		return false
	}
	line := p[ls:start]
	if tick := lastIndexByte(line, '`'); tick >= 0 {
		line = line[tick+1:]
	}
	line = bytes.TrimLeft(line, " \t")
	for _, prompt := range []string{"$ ", "# ", "> ", "% ", "sudo "} {
		if bytes.HasPrefix(line, []byte(prompt)) {
			line = bytes.TrimLeft(line[len(prompt):], " \t")
		}
	}
	for _, cmd := range shellLogins {
		if bytes.HasPrefix(line, []byte(cmd)) {
			return true
		}
	}
	return false
}

// maxHeaderBack bounds how far back messageID looks for a line's start.
const maxHeaderBack = 1024

// headerLine reports whether line starts with a mail header's name and
// colon (References:, From:).
func headerLine(line []byte) bool {
	i := 0
	for i < len(line) && (isAlnum(line[i]) || line[i] == '-') {
		i++
	}
	return i > 0 && i < len(line) && line[i] == ':'
}

// fixtureID reports whether a local part is a letter or two and a
// numbered id (p0001, u123): the rows of a generated fixture, not a name.
func fixtureID(local []byte) bool {
	i := 0
	for i < len(local) && i < 2 && isLetter(local[i]) {
		i++
	}
	if i == 0 || len(local)-i < 3 {
		return false
	}
	for _, c := range local[i:] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// urlUserinfo reports whether the address at start is the password and
// host of a URL's userinfo ("https://user:pass@host/"): a ':' right before
// it, and "://" before that within the same token.
func urlUserinfo(p []byte, start int) bool {
	if start < 1 || p[start-1] != ':' {
		return false
	}
	for i := start - 2; i >= 2 && start-i <= 256; i-- {
		switch p[i] {
		case ' ', '\t', '\n', '"', '\'', '<', '>':
			return false
		case '/':
			return p[i-1] == '/' && p[i-2] == ':'
		}
	}
	return false
}

// fileExtensions are file name extensions that are no top-level domain.
// Extensions that are country codes (.md, .py, .sh, .rs) are left out:
// real mailboxes live there.
var fileExtensions = map[string]bool{
	"json": true, "yml": true, "yaml": true, "txt": true, "toml": true, "lock": true,
	"csv": true, "xml": true, "ini": true, "cfg": true, "conf": true, "log": true,
	"tgz": true, "tar": true, "gz": true, "java": true, "kt": true, "swift": true,
	"scss": true, "tsx": true, "jsx": true, "mjs": true, "cjs": true, "pem": true,
	"crt": true, "sql": true, "bak": true, "tmp": true, "pdf": true, "docx": true,
	"xlsx": true, "html": true, "htm": true, "png": true, "jpg": true, "jpeg": true,
	"gif": true, "svg": true, "js": true, "ts": true, "rb": true, "go": true,
	"po": true, "pot": true, // gettext catalogues: ca@valencia.po, sr@latin.po (.mo is Macau's TLD)
	// systemd template units: liquidsoap@live.service, getty@tty1.service
	"service": true, "socket": true, "timer": true, "mount": true, "slice": true,
}

// docFiles are the names of a repository's documentation files, whatever
// their extension (CHANGELOG.md, README.rst).
var docFiles = map[string]bool{
	"changelog": true, "readme": true, "license": true, "contributing": true,
	"notice": true, "authors": true, "copying": true, "history": true, "todo": true,
}

// fileDomain reports whether name.ext, the domain of an address, is a file
// name.
func fileDomain(name, ext []byte) bool {
	var buf [16]byte
	if len(ext) <= len(buf) && fileExtensions[string(lowerInto(buf[:0], ext))] {
		return true
	}
	if bytes.IndexByte(name, '.') >= 0 || len(name) > len(buf) {
		return false
	}
	return docFiles[string(lowerInto(buf[:0], name))]
}

// versionDomain reports whether the labels before an address's top-level
// domain are two or more numbers: a package coordinate with a version
// (pkg:maven/io.debezium/debezium-api@2.7.3.Final, lib@1.0.0.RELEASE).
func versionDomain(labels []byte) bool {
	if bytes.IndexByte(labels, '.') < 0 {
		return false // one number: 163.com, 126.com are mail providers
	}
	for _, c := range labels {
		if !isDigit(c) && c != '.' {
			return false
		}
	}
	return true
}

// algorithmDomain reports whether d names OpenSSH's and libssh's
// algorithm namespace: sk-ssh-ed25519@openssh.com and
// curve25519-sha256@libssh.org are key types and ciphers, not mailboxes.
func algorithmDomain(d []byte) bool {
	return bytes.EqualFold(d, []byte("openssh.com")) || bytes.EqualFold(d, []byte("libssh.org"))
}

// documentationDomain reports whether d is example.com, .org or .net, or a
// subdomain of one (lists.example.net): RFC 2606 reserves them all.
func documentationDomain(d []byte) bool {
	// a subdomain (lists.example.net) is reserved as well
	if i := len(d) - len("example.com"); i > 0 && d[i-1] == '.' {
		d = d[i:]
	}
	return bytes.EqualFold(d, []byte("example.com")) || bytes.EqualFold(d, []byte("example.org")) ||
		bytes.EqualFold(d, []byte("example.net"))
}

// roleWords name a team or a function, not a person.
var roleWords = map[string]bool{
	"team": true, "support": true, "admin": true, "administrator": true, "root": true,
	"noreply": true, "no": true, "donotreply": true, "info": true, "help": true,
	"helpdesk": true, "ops": true, "devops": true, "sales": true, "billing": true,
	"security": true, "contact": true, "hello": true, "webmaster": true,
	"postmaster": true, "hostmaster": true, "abuse": true, "alerts": true,
	"notifications": true, "accounts": true, "platform": true, "api": true,
	"qa": true, "test": true, "demo": true, "sample": true,
	"press": true, "media": true, "news": true, "newsletter": true, "editorial": true,
	"feeds": true, "marketing": true, "careers": true, "jobs": true, "legal": true,
	"privacy": true, "partners": true, "investors": true, "events": true, "hr": true,
	"ci": true, "cd": true, "eng": true, "engineering": true, "release": true, "releases": true,
	"firmware": true, "payroll": true, "finance": true, "sre": true, "oncall": true,
	"infra": true, "noc": true, "soc": true, "bot": true, "build": true, "deploy": true,
	"office": true, "standards": true, "research": true, "edi": true, "ap": true, "ar": true,
	"offers": true, "promo": true, "deals": true, "accessibility": true, "feedback": true,
	"unsubscribe": true, "bounce": true, "bounces": true, "booking": true, "bookings": true,
	"reservations": true, "reservas": true, "kontakt": true, "contacto": true, "contatto": true,
	"ventas": true, "vertrieb": true, "kundenservice": true, "kundservice": true,
	"klantenservice": true, "soporte": true, "suporte": true, "assistenza": true, "bok": true,
	"biuro": true, "hola": true, "hallo": true, "ciao": true, "dev": true, "tools": true,
	"corrections": true, "opendata": true, "data": true, "newsroom": true, "editor": true,
	"editors": true, "letters": true, "tips": true, "subscriptions": true, "membership": true,
	"members": true, "community": true, "affiliates": true, "donations": true, "tickets": true,
	"admissions": true, "registrar": true, "library": true, "reception": true, "frontdesk": true,
	"facilities": true, "it": true, "servicedesk": true, "web": true, "webteam": true,
	"accounting": true, "procurement": true, "purchasing": true, "orders": true,
	"invoices": true, "compliance": true, "audit": true, "service": true, "care": true,
	// mailing lists and the groups that own a system
	"announce": true, "announcements": true, "discuss": true, "users": true, "digest": true,
	"list": true, "lists": true, "admins": true, "maintainers": true, "owners": true,
	"moderators": true, "staff": true,
}

// placeholderPeople are the stand-in names documentation and fixtures use
// for a person (John Doe, Richard Roe, Erika Mustermann, Joe Bloggs, Fulano
// de Tal), as an address's local part.
var placeholderPeople = map[string]bool{
	"john.doe": true, "jane.doe": true, "johndoe": true, "janedoe": true, "jdoe": true,
	"john.roe": true, "jane.roe": true, "richard.roe": true,
	"max.mustermann": true, "erika.mustermann": true, "erika": true, "max": true,
	"joe.bloggs": true, "fulano": true, "fulano.detal": true, "mario.rossi": true,
	"first.last": true, "firstname.lastname": true, "first_last": true, "name.surname": true,
	// "name" in a form's placeholder text, in several languages
	"name": true, "yourname": true, "your.name": true, "nome": true, "nombre": true, "nom": true,
	// parties named by their role in examples
	"payee": true, "payer": true, "merchant": true, "customer": true, "buyer": true, "seller": true,
	"recipient": true, "sender": true, "someone": true, "somebody": true, "person": true,
	"valid": true, "invalid": true, "right": true, "wrong": true, "allowed": true, "blocked": true,
	// Wikipedia's list of valid address forms, which validator tests copy
	"very.common": true, "disposable.style.email.with": true, "other.email-with-hyphen": true,
	"fully-qualified-domain": true, "user.name": true, "x": true, "example-indeed": true,
	"vorname": true, "naam": true, "imie": true, "usuario": true, "user": true, "username": true,
	"tuo.nome": true, "seu.nome": true, "votre.nom": true,
}

// roleLocal reports whether a local part is made of role words
// (api-support, platform-team, no-reply, payments.team): its every part,
// split at '-', '.' and '_', is a role word except at most one other
// (payments-team), or one part is a machine word (idp-uat-noreply,
// test-rider-0042).
func roleLocal(local []byte) bool {
	var buf [16]byte
	role, other := 0, 0
	for start := 0; start <= len(local); {
		end := start
		for end < len(local) && local[end] != '-' && local[end] != '.' && local[end] != '_' {
			end++
		}
		if part := local[start:end]; len(part) > 0 {
			w := ""
			if len(part) <= len(buf) {
				w = string(lowerInto(buf[:0], part))
			}
			if machineWords[w] {
				return true // a no-reply sender or a fixture, whatever else names it
			}
			if roleWords[w] {
				role++
			} else {
				other++
			}
		}
		start = end + 1
	}
	return role > 0 && other <= 1
}

// machineWords make a local part a machine's or a fixture's on their own,
// whatever the other parts are (idp-uat-noreply, test-rider-0042).
var machineWords = map[string]bool{
	"noreply": true, "donotreply": true, "test": true, "demo": true, "sample": true,
	"dummy": true, "fake": true, "loadtest": true,
}

// lowerInto appends b, ASCII lower-cased, to dst.
func lowerInto(dst, b []byte) []byte {
	for _, c := range b {
		dst = append(dst, lower(c))
	}
	return dst
}

// notCallValidator rejects a value followed by '(': a function or method
// called in code (sessionID := c.transport.getSessionID()), not a value;
// an index expression (password = auth[2], token = parts[i]), an
// identifier with a subscript, whole or cut before its '['; and a field or
// variable named as a credential (memberRef).
type notCallValidator struct{}

func (notCallValidator) Name() string { return "not_call" }

func (notCallValidator) Validate(c Candidate) Outcome {
	if c.End < len(c.Payload) && c.Payload[c.End] == '(' || indexExpr(c.Value()) || memberRef(c.Value()) ||
		callExpr(c.Value()) || listItem(c.Payload, c.Start, c.End) {
		return Outcome{Verdict: Reject}
	}
	// A name of letters before '[' is the start of an index expression the
	// value's pattern cut (s:netrw_hup[host].passwd).
	if c.End < len(c.Payload) && c.Payload[c.End] == '[' && letterName(c.Value()) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// callExpr reports whether v is a function call written in code, whole:
// a name or a dotted path of names, then an argument list that closes at
// the end, maybe before ';' (base64.b16encode(random_bytes[8:]),
// utf8_to_utf16_dup(v);). The name starts lower-case or holds a '.' or
// '_', so a password with a bracketed part (Summer(2024)) stays one.
func callExpr(v []byte) bool {
	v = bytes.TrimSuffix(v, []byte(";"))
	open := bytes.IndexByte(v, '(')
	if open < 1 || v[len(v)-1] != ')' {
		return false
	}
	name := v[:open]
	for _, b := range name {
		if !isAlnum(b) && b != '_' && b != '.' {
			return false
		}
	}
	if allDigits(v[open+1 : len(v)-1]) {
		return false // a year in brackets (tigger(1985)): a password's part
	}
	return !isDigit(name[0]) && ('a' <= name[0] && name[0] <= 'z' || bytes.ContainsAny(name, "._"))
}

// listItem reports whether the quoted value p[start:end] is one item of a
// list of quoted strings: a quoted string and a comma come before it, and
// a comma and another quoted string, itself followed by ',', ')' or ']',
// come after it ("md5", "password", "scram-sha-256", ...; a lexer's
// keyword list). A key and its value as a pair ("password", "Xq4-Lb2")
// end there, and an object's next member ("password": "x", "user": "y")
// is a key, followed by ':'.
func listItem(p []byte, start, end int) bool {
	if start < 1 || end >= len(p) || p[end] != '"' && p[end] != '\'' || p[start-1] != p[end] {
		return false
	}
	i := start - 2
	for i >= 0 && (p[i] == ' ' || p[i] == '\t') {
		i--
	}
	if i < 1 || p[i] != ',' {
		return false
	}
	for i--; i >= 0 && (p[i] == ' ' || p[i] == '\t'); i-- {
	}
	if i < 0 || p[i] != '"' && p[i] != '\'' {
		return false
	}
	// The item before is a password's key in a flat list of keys and
	// values (Map.of("user", "svc", "password", "Xq4-Lb2", "host", "db")).
	if o := lastIndexByte(p[max(0, i-24):i], p[i]); o >= 0 && passwordKey(p[max(0, i-24)+o+1:i]) {
		return false
	}
	i = end + 1
	for i < len(p) && (p[i] == ' ' || p[i] == '\t') {
		i++
	}
	if i >= len(p) || p[i] != ',' {
		return false
	}
	for i++; i < len(p) && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'); i++ {
	}
	if i >= len(p) || p[i] != '"' && p[i] != '\'' {
		return false
	}
	q := p[i]
	j := bytes.IndexByte(p[i+1:min(len(p), i+1+256)], q)
	if j < 0 {
		return false
	}
	for j += i + 2; j < len(p) && (p[j] == ' ' || p[j] == '\t'); j++ {
	}
	return j == len(p) || p[j] == ',' || p[j] == ')' || p[j] == ']' || p[j] == '\n' || p[j] == '\r'
}

// passwordKey reports whether k, a quoted list item, is a password's key:
// a password word alone (password, PWD, senha) or a name ending in
// password after '_', '-' or '.' (db_password). A keyword list's
// test_pass or cachemgr_passwd is no key.
func passwordKey(k []byte) bool {
	for _, w := range [...]string{"password", "passwd", "passphrase", "pwd", "pass", "senha", "passwort", "contrasena", "secret"} {
		if len(k) == len(w) && prefixFoldString(k, w) {
			return true
		}
	}
	const w = "password"
	return len(k) > len(w)+1 && prefixFoldString(k[len(k)-len(w):], w) && !isAlnum(k[len(k)-len(w)-1])
}

// letterName reports whether v is made of letters, '_', '.' and ':' only,
// and holds a lower-case letter: a variable's or a field's name.
func letterName(v []byte) bool {
	lowerSeen := false
	for _, b := range v {
		switch {
		case 'a' <= b && b <= 'z':
			lowerSeen = true
		case isLetter(b), b == '_', b == '.', b == ':':
		default:
			return false
		}
	}
	return lowerSeen
}

// memberRef reports whether v reads a field or a scoped variable named as a
// credential: config.password, s:netrw_hup[host].passwd, g:netrw_passwd,
// settings.SECRET_KEY. The part after the last '.' or ':' is a name of
// letters and '_' (no digits: Spring.Passw0rd9 and admin:Secret123x are
// passwords) that names a password, token, secret or key, and something
// comes before the separator.
func memberRef(v []byte) bool {
	i := bytes.LastIndexAny(v, ".:")
	if i < 1 || i == len(v)-1 {
		return false
	}
	name := v[i+1:]
	var buf [32]byte
	if len(name) > len(buf) {
		return false
	}
	for _, b := range name {
		if !isLetter(b) && b != '_' {
			return false
		}
	}
	low := lowerInto(buf[:0], name)
	for _, w := range []string{"passw", "pwd", "passphrase", "token", "secret", "apikey", "api_key", "session"} {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

// endsLineValidator rejects a value that does not end its line: the last
// field of a line format (.pgpass's password) with more fields after it is
// some other format's (/etc/passwd's home directory). Blanks may follow,
// and a quote that closes one opened earlier on the line ends a line
// written in a string (echo "...").
type endsLineValidator struct{}

func (endsLineValidator) Name() string { return "ends_line" }

func (endsLineValidator) Validate(c Candidate) Outcome {
	i, p := c.End, c.Payload
	if i < len(p) && (p[i] == '"' || p[i] == '\'' || p[i] == '`') {
		// the opening quote is looked for on the value's line, up to 4 KB
		// back (a payload of one long line costs no more per candidate)
		start := min(c.Start, len(p))
		lo := max(0, start-4096)
		from := lo + lastIndexByte(p[lo:start], '\n') + 1
		if bytes.IndexByte(p[from:start], p[i]) >= 0 {
			return Outcome{}
		}
		return Outcome{Verdict: Reject}
	}
	for i < len(c.Payload) && (c.Payload[i] == ' ' || c.Payload[i] == '\t') {
		i++
	}
	if i < len(c.Payload) && c.Payload[i] != '\n' && c.Payload[i] != '\r' {
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// indexExpr reports whether v is an identifier (letters, '_' and '.',
// starting with a lower-case letter or '_', no digits) followed by one
// subscript: one to three digits (auth[2], argv[1]) or a name of letters
// and '_' (parts[i]). A longer number, or digits or a capital at the
// start of the name, make it more likely a password (Summer[2024],
// MyP4ss[word]).
func indexExpr(v []byte) bool {
	open := bytes.IndexByte(v, '[')
	if open < 1 || v[len(v)-1] != ']' || open+2 >= len(v) || !('a' <= v[0] && v[0] <= 'z' || v[0] == '_') {
		return false
	}
	for _, b := range v[:open] {
		if !isLetter(b) && b != '_' && b != '.' {
			return false
		}
	}
	sub := v[open+1 : len(v)-1]
	// an offset from a name: f[i+1], parts[n-2]
	if k := bytes.IndexAny(sub, "+-"); k > 0 && k+1 < len(sub) && letterName(sub[:k]) && allDigits(sub[k+1:]) && len(sub)-k-1 <= 2 {
		return true
	}
	digits, letters := 0, 0
	for _, b := range sub {
		switch {
		case isDigit(b):
			digits++
		case isLetter(b) || b == '_':
			letters++
		default:
			return false
		}
	}
	return digits == 0 || letters == 0 && digits <= 3
}

// notUUIDValidator rejects a value that is a UUID, bare or after a word
// and '_' or '-' (session_b2880d0d-...): the id of a conversation, a chat
// or an agent session in an export, which grants nothing. Web frameworks'
// session ids are random strings of their own formats.
// With words, only a UUID with one of them in the window before it is
// rejected (a card-issuing API's "token": "<uuid>" names a card, while an
// api_key that is a UUID is a key).
type notUUIDValidator struct {
	words  *wordSet
	window int
}

func (notUUIDValidator) Name() string { return "not_uuid" }

func (n notUUIDValidator) Validate(c Candidate) Outcome {
	if n.words != nil && !hasWord(c.Payload, max(0, c.Start-n.window), c.Start, n.words) {
		return Outcome{}
	}
	v := c.Value()
	if len(v) > 36 {
		i := len(v) - 36
		if v[i-1] != '_' && v[i-1] != '-' {
			return Outcome{}
		}
		for _, b := range v[:i-1] {
			if !isLetter(b) && b != '_' {
				return Outcome{}
			}
		}
		v = v[i:]
	}
	if isUUID(v) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// macValidator checks that a MAC address (six hex pairs joined by ':' or
// '-', or three groups of four joined by '.') stands alone: a pair and the
// same separator next to it make it six pairs of a longer run, which is a
// certificate fingerprint, a serial number or a key identifier (keytool's
// "SHA1: D5:44:63:9F:...", Vault's "serial_number": "5e:36:9f:..."); a
// dotted run is a longer one with a dot or '*' before it or a dot and hex
// after it (Unicode collation weights: [.0000.0032.0002], [*1649.0020.0002]).
type macValidator struct{}

func (macValidator) Name() string { return "mac" }

func (macValidator) Validate(c Candidate) Outcome {
	v := c.Value()
	p := c.Payload
	// The first octet's low bit marks a group address (01:00:5e:... IPv4
	// multicast, 33:33:... IPv6 multicast, 01-0C-CD-... IEC 61850 GOOSE,
	// ff:ff:... broadcast): many devices listen on it, none has it.
	// (a hex digit's value is odd where a digit's code is odd, or a
	// letter's is even: 'a' is 0x61 and 10)
	if len(v) >= 2 && isHex(v[1]) && (v[1] <= '9') == (v[1]&1 == 1) {
		return Outcome{Verdict: Reject}
	}
	if len(v) == 14 && v[4] == '.' && v[9] == '.' {
		// the dotted form (0050.56b7.9c1d): a dot or '*' before it, or a
		// dot and more hex after it, make it three groups of a longer run
		if c.End+1 < len(p) && p[c.End] == '.' && isHex(p[c.End+1]) || c.Start >= 1 && (p[c.Start-1] == '.' || p[c.Start-1] == '*') {
			return Outcome{Verdict: Reject}
		}
		return Outcome{Verdict: Confirm}
	}
	if len(v) != 17 {
		return Outcome{Verdict: Reject}
	}
	sep := v[2]
	if c.End+2 < len(p) && p[c.End] == sep && isHex(p[c.End+1]) && isHex(p[c.End+2]) ||
		c.Start >= 3 && p[c.Start-1] == sep && isHex(p[c.Start-2]) && isHex(p[c.Start-3]) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// netmask reports whether o is a subnet mask (255.255.255.0, 255.255.240.0):
// it names no host.
func netmask(o [4]int) bool {
	v := uint32(o[0]<<24 | o[1]<<16 | o[2]<<8 | o[3])
	inv := ^v
	return o[0] == 255 && inv&(inv+1) == 0
}

// networkPrefix reports whether o, followed by after, is a network in CIDR
// notation (10.66.0.0/24, 192.168.40.0/22): a prefix length below 32 with
// every host bit of o zero. A host written with its prefix (10.66.0.1/24)
// is an address; so is a /32.
func networkPrefix(o [4]int, after []byte) bool {
	if len(after) < 2 || after[0] != '/' || !isDigit(after[1]) {
		return false
	}
	n := int(after[1] - '0')
	if len(after) > 2 && isDigit(after[2]) {
		n = n*10 + int(after[2]-'0')
		if len(after) > 3 && isDigit(after[3]) {
			return false
		}
	}
	if n >= 32 {
		return false
	}
	v := uint32(o[0]<<24 | o[1]<<16 | o[2]<<8 | o[3])
	return v&(1<<(32-n)-1) == 0
}

// networkMask reports whether o, followed by after, is a network written
// with its netmask or wildcard mask, as routers' ACLs and routing
// statements write it ("permit 10.20.20.0 0.0.0.255", "network 10.20.0.0
// 255.255.0.0"): a mask with host bits, all of which are zero in o. A host
// with the all-zero wildcard ("10.1.1.5 0.0.0.0") is an address.
func networkMask(o [4]int, after []byte) bool {
	i := 0
	for i < len(after) && (after[i] == ' ' || after[i] == '\t') {
		i++
	}
	if i == 0 || i == len(after) || !isDigit(after[i]) {
		return false
	}
	j := i
	for j < len(after) && (isDigit(after[j]) || after[j] == '.') {
		j++
	}
	var m [4]int
	if !parseIPv4(after[i:j], &m) {
		return false
	}
	v := uint32(o[0]<<24 | o[1]<<16 | o[2]<<8 | o[3])
	w := uint32(m[0]<<24 | m[1]<<16 | m[2]<<8 | m[3])
	if m[0] == 255 {
		w = ^w // a netmask: its zero bits are the host bits
	}
	// the host bits must be a run at the bottom: w+1 a power of two
	return w != 0 && w&(w+1) == 0 && v&w == 0
}

// parseIPv4 parses a dotted quad strictly into o: exactly four octets of
// one to three digits, at most 255, "0" the only octet starting with '0'.
// versionShaped reports whether a dotted quad reads as a four-part version
// as readily as an address: first part 1-12, second 0-19, third 0-9
// (4.10.3.91, 10.12.4.21).
func versionShaped(o [4]int) bool {
	return 1 <= o[0] && o[0] <= 12 && o[1] <= 19 && o[2] <= 9
}

// versionPrefix reports whether the text before a version-shaped quad is
// version syntax: a product token ("web/3.2.1.162", but not a URL's "//"), a
// range operator (^ ~ >= <=), a changelog heading "[", an image tag
// "name:4.0.6.8" or a package name "lib-1.2.3.4".
func versionPrefix(before []byte) bool {
	n := len(before)
	switch b := before[n-1]; b {
	case '^', '~', '[', '-':
		return true
	case '/':
		return n < 2 || before[n-2] != '/'
	case '=':
		return n >= 2 && (before[n-2] == '>' || before[n-2] == '<')
	case ':':
		return n >= 2 && isLetter(before[n-2])
	}
	return false
}

func parseIPv4(v []byte, o *[4]int) bool {
	k, digits := 0, 0
	for i, b := range v {
		switch {
		case isDigit(b):
			if digits > 0 && o[k] == 0 { // leading zero
				return false
			}
			o[k] = o[k]*10 + int(b-'0')
			digits++
			if o[k] > 255 {
				return false
			}
		case b == '.' && digits > 0 && k < 3 && i+1 < len(v):
			k++
			digits = 0
		default:
			return false
		}
	}
	return k == 3 && digits > 0
}

// ipv6Validator checks an IPv6 address and drops strings that only parse
// as one: times, MAC addresses, fingerprints, "::" and "::1".
type ipv6Validator struct{}

func (ipv6Validator) Name() string { return "ipv6" }

// Validate confirms an IPv6 address with at least three groups written
// out, rejecting the unspecified and loopback addresses, IPv4 addresses,
// time-like values (all groups one or two decimal digits) and
// fingerprint-like values (eight groups of two hex digits). Link-local,
// unique-local and documentation addresses are confirmed with
// [privateDelta].
func (ipv6Validator) Validate(c Candidate) Outcome {
	v := c.Value()
	a, err := netip.ParseAddr(string(v))
	if err != nil || !a.Is6() || a.IsUnspecified() || a.IsLoopback() {
		return Outcome{Verdict: Reject}
	}
	if z := bytes.IndexByte(v, '%'); z >= 0 {
		v = v[:z]
	}
	groups, short, decimal := 0, true, true
	for g := range bytes.SplitSeq(v, []byte{':'}) {
		if len(g) == 0 {
			continue
		}
		if bytes.IndexByte(g, '.') >= 0 { // embedded IPv4: two groups
			groups += 2
			short, decimal = false, false
			continue
		}
		groups++
		short = short && len(g) == 2
		for _, b := range g {
			decimal = decimal && isDigit(b)
		}
		decimal = decimal && len(g) <= 2
	}
	compressed := bytes.Contains(v, []byte("::"))
	if groups < 3 || decimal || (short && !compressed) {
		return Outcome{Verdict: Reject}
	}
	// More hex groups on either side: the value is a slice of a longer
	// colon-separated run such as a certificate fingerprint.
	p := c.Payload
	if c.End+1 < len(p) && p[c.End] == ':' && isHex(p[c.End+1]) && !(groups == 8 && !compressed && portAfter(p, c.End)) ||
		c.Start >= 2 && p[c.Start-1] == ':' && isHex(p[c.Start-2]) {
		return Outcome{Verdict: Reject}
	}
	u := a.Unmap()
	if u.Is4() {
		// ::ffff:a.b.c.d is an IPv4 address written as IPv6; judge it as
		// the address it maps.
		return Outcome{Verdict: Confirm, Delta: ipv4Delta(u)}
	}
	if a.IsLinkLocalUnicast() || a.IsPrivate() || documentation6.Contains(a.WithZone("")) {
		return Outcome{Verdict: Confirm, Delta: privateDelta}
	}
	return Outcome{Verdict: Confirm}
}

// portAfter reports whether p[i:] is ':' and a port that cannot be a
// ninth hex group: decimal digits ending the field, as Apache's error log
// writes a full IPv6 client with its port ("[client 2a01:...:11a0:53022]").
func portAfter(p []byte, i int) bool {
	j := i + 1
	for j < len(p) && isDigit(p[j]) {
		j++
	}
	n := j - i - 1
	return n >= 1 && n <= 5 && (j == len(p) || !isHex(p[j]) && p[j] != ':' && p[j] != '.')
}

// documentation6 is the IPv6 documentation prefix (RFC 3849).
var documentation6 = netip.MustParsePrefix("2001:db8::/32")

// ipv4Delta is the confidence delta of an IPv4 address, by the same rules
// as ipv4Validator.
func ipv4Delta(a netip.Addr) float64 {
	b := a.As4()
	if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || documentation4(b[0], b[1], b[2]) {
		return privateDelta
	}
	return 0
}

// isHex reports whether b is an ASCII hex digit.
func isHex(b byte) bool { return isDigit(b) || 'a' <= b|0x20 && b|0x20 <= 'f' }

// The years a date validator accepts: birth dates and document dates, not
// build numbers or far-future expiries. The bound is fixed rather than read
// from the clock so that a scan's result never depends on the day it runs.
const (
	minYear = 1900
	maxYear = 2099
)

// dateValidator checks that a value is a real calendar date.
type dateValidator struct{}

func (dateValidator) Name() string { return "date" }

// Validate confirms a real date from minYear to maxYear written as
// YYYY-MM-DD, YYYY/MM/DD (or YYYY.MM.DD), DD/MM/YYYY or MM/DD/YYYY, DD.MM.YYYY (or
// D. M. YYYY), DD-MM-YYYY
// or MM-DD-YYYY, "Month D, YYYY", "D Month YYYY" or "Mon D YYYY", and
// rejects anything else (2023-02-30, 13/13/2020, 1850-01-01).
//
// A date followed by a time of day other than midnight ("2024-11-19
// 03:00:01", "2025-09-11T23:14:45Z") is a log or event timestamp, not a
// date of birth, and is rejected too; a birth date stored as a date-time
// is at midnight ("1986-04-17 00:00:00", "1986-04-17T00:00:00Z").
func (dateValidator) Validate(c Candidate) Outcome {
	if !numericDate(c.Value()) && !textDate(c.Value()) || timeOfDayAfter(c.Payload, c.End) ||
		sentinelDates[string(c.Value())] {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// sentinelDates are the dates systems write for "unknown": 1 January 1900
// and the Unix epoch, in the layouts the date rules take.
var sentinelDates = map[string]bool{
	"1900-01-01": true, "01/01/1900": true, "01.01.1900": true, "1/1/1900": true, "01-01-1900": true,
	"1970-01-01": true, "01/01/1970": true, "01.01.1970": true, "1/1/1970": true, "01-01-1970": true,
}

// timeOfDayAfter reports whether p holds " HH:MM", ", HH:MM" (a WhatsApp
// export's line: "10/06/2025, 14:09 - Brian: ...") or "THH:MM" at end, a
// time other than 00:00.
func timeOfDayAfter(p []byte, end int) bool {
	if end >= 0 && end+1 < len(p) && p[end] == ',' && p[end+1] == ' ' {
		end++
	}
	if end < 0 || end+6 > len(p) || p[end] != ' ' && p[end] != 'T' || p[end+3] != ':' {
		return false
	}
	t := p[end+1 : end+6]
	for _, i := range []int{0, 1, 3, 4} {
		if !isDigit(t[i]) {
			return false
		}
	}
	return string(t) != "00:00"
}

// numericDate reports whether v is a valid all-numeric date.
func numericDate(v []byte) bool {
	var part [3]int
	var width [3]int
	var sep byte
	k := 0
	for i, b := range v {
		switch {
		case b == ' ' && sep == '.' && v[i-1] == '.':
			// 23. 4. 1988: Czech, Slovak and German dates space their parts
		case isDigit(b):
			if width[k] == 4 {
				return false
			}
			part[k] = part[k]*10 + int(b-'0')
			width[k]++
		case (b == '-' || b == '/' || b == '.' || b == ' ') && width[k] > 0 && k < 2 && (sep == 0 || b == sep):
			sep = b
			k++
		default:
			return false
		}
	}
	if k != 2 {
		return false
	}
	short := func(i int) bool { return width[i] == 1 || width[i] == 2 }
	switch {
	case width[0] == 4 && short(1) && short(2):
		return validDate(part[0], part[1], part[2])
	case width[2] == 4 && short(0) && short(1):
		if validDate(part[2], part[1], part[0]) { // day first
			return true
		}
		// Month first is American; dotted dates are never written so.
		return sep != '.' && validDate(part[2], part[0], part[1])
	}
	return false
}

// monthNames are the English month names; a three-letter prefix (or
// "sept") is the abbreviation.
var monthNames = [12]string{
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
}

// fullMonths are month names written out in other languages, as birth
// dates in letters and forms spell them: Tagalog (Marso 7, 1994), French,
// German, Spanish, Italian, Portuguese, Dutch, the Nordic languages,
// Indonesian, and the genitive forms Polish and Czech dates use (9 maja
// 1983, 3. března 1979). Each row is one month; a name in several
// languages is listed once.
var fullMonths = [12][]string{
	{"enero", "janvier", "januar", "jänner", "gennaio", "janeiro", "januari", "stycznia", "ledna", "tammikuuta"},
	{"pebrero", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "lutego", "února", "helmikuuta"},
	{"marso", "mars", "märz", "maerz", "marzo", "março", "marco", "maart", "maret", "marca", "března", "maaliskuuta"},
	{"abril", "avril", "aprile", "april", "kwietnia", "dubna", "huhtikuuta"},
	{"mayo", "mai", "maggio", "maio", "mei", "maj", "maja", "května", "toukokuuta"},
	{"hunyo", "juin", "juni", "junio", "giugno", "junho", "czerwca", "června", "kesäkuuta"},
	{"hulyo", "juillet", "juli", "julio", "luglio", "julho", "lipca", "července", "heinäkuuta"},
	{"agosto", "août", "aout", "august", "augustus", "augusti", "agustus", "sierpnia", "srpna", "elokuuta"},
	{"setyembre", "septembre", "september", "septiembre", "setiembre", "settembre", "setembro", "września", "září", "syyskuuta"},
	{"oktubre", "octobre", "oktober", "octubre", "ottobre", "outubro", "października", "října", "lokakuuta"},
	{"nobyembre", "novembre", "november", "noviembre", "novembro", "listopada", "listopadu", "marraskuuta"},
	{"disyembre", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "december", "desember", "grudnia", "prosince", "joulukuuta"},
}

// month returns the month (1-12) a word names, in full or abbreviated with
// an optional dot (English), or in full (fullMonths); or 0.
func month(w []byte) int {
	w = bytes.TrimSuffix(w, []byte{'.'})
	if len(w) < 3 {
		return 0
	}
	for i, names := range fullMonths {
		for _, name := range names {
			if equalFold(w, name) {
				return i + 1
			}
		}
	}
	for i, name := range monthNames {
		if len(w) > len(name) {
			continue
		}
		if (len(w) == 3 || len(w) == len(name) || i == 8 && len(w) == 4) && equalFold(w, name[:len(w)]) {
			return i + 1
		}
	}
	return 0
}

// equalFold reports whether b equals the lower-case ASCII string s,
// folding b's ASCII letters.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		if lower(b[i]) != s[i] {
			return false
		}
	}
	return true
}

// textDate reports whether v is a valid date with the month in words:
// "March 5, 2020", "5 March 2020", "Mar 5 2020", "5th Mar, 2020", and
// the European forms "14 février 1936", "14. März 1986", "14 de febrero
// de 1936", "3 di marzo 1950".
func textDate(v []byte) bool {
	var w [3][]byte
	n := 0
	for f := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
		if equalFold(f, "de") || equalFold(f, "di") || equalFold(f, "del") {
			continue // Spanish, Portuguese and Italian write "14 de febrero de 1936"
		}
		if n == len(w) {
			return false
		}
		w[n] = f
		n++
	}
	if n == 3 && len(w[0]) > 1 && w[0][len(w[0])-1] == '.' && isDigit(w[0][0]) {
		w[0] = w[0][:len(w[0])-1] // German, Nordic, Polish and Czech: "14. März 1986"
	}
	if n != 3 {
		return false
	}
	y, ok := number(w[2], 4, 4)
	if !ok {
		return false
	}
	if m := month(w[0]); m > 0 {
		d, ok := day(w[1])
		return ok && validDate(y, m, d)
	}
	if m := month(w[1]); m > 0 {
		d, ok := day(w[0])
		return ok && validDate(y, m, d)
	}
	return false
}

// day reads a day of the month, with an optional ordinal suffix ("5th").
func day(w []byte) (int, bool) {
	if len(w) > 2 {
		switch s := w[len(w)-2:]; {
		case equalFold(s, "st"), equalFold(s, "nd"), equalFold(s, "rd"), equalFold(s, "th"):
			w = w[:len(w)-2]
		}
	}
	return number(w, 1, 2)
}

// number reads a decimal number of lo to hi digits.
func number(w []byte, lo, hi int) (int, bool) {
	if len(w) < lo || len(w) > hi {
		return 0, false
	}
	n := 0
	for _, b := range w {
		if !isDigit(b) {
			return 0, false
		}
		n = n*10 + int(b-'0')
	}
	return n, true
}

// validDate reports whether y-m-d is a calendar date in [minYear, maxYear].
func validDate(y, m, d int) bool {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// phoneValidator checks the surroundings of an international number: a '+'
// glued to a word before it ("Excel+16.0.18129" in an IIS user agent, where
// '+' stands for a space; "a+12 345 678" in a formula) is not a country-code
// prefix.
type phoneValidator struct{}

func (phoneValidator) Name() string { return "phone" }

func (phoneValidator) Validate(c Candidate) Outcome {
	p := c.Payload
	// A dot and a dash both as separators (252.227-7013) is a clause,
	// part or version number: a phone number keeps to one separator.
	if v := c.Value(); bytes.IndexByte(v, '.') >= 0 && bytes.IndexByte(v, '-') >= 0 {
		return Outcome{Verdict: Reject}
	}
	// Glued by a hyphen to letters or digits before it, or to letters
	// after it: a part of a longer id (CAD C27-0311-0447, 0171-2062278-M),
	// not a number to call. Digits after a hyphen are a range or an
	// extension (07700 900000-900999, 0521 367838-0).
	if s, e := c.Start, c.End; s >= 2 && p[s-1] == '-' && isAlnum(p[s-2]) || e+1 < len(p) && p[e] == '-' && isLetter(p[e+1]) {
		return Outcome{Verdict: Reject}
	}
	// A path or a structured id goes on after it: a slash and two letters
	// (a contract's "06-26-000412/STO/0101/26"; an international number
	// keeps its "+447823416095/P1", an airline PNR's passenger tag), or a
	// hyphen, a long digit group and another hyphen (Poland's KSeF invoice
	// number "2043353700-20260531-88FA845D33": a tax id, a date, a hash).
	if e := c.End; c.Start < e && p[c.Start] != '+' && e+2 < len(p) && p[e] == '/' && isLetter(p[e+1]) && isLetter(p[e+2]) || idContinues(p, e) {
		return Outcome{Verdict: Reject}
	}
	if zipPlus4(p, c.Start, c.End) || inHexID(p, c.Start, c.End) || inHexDump(p, c.Start, c.End) || inNumberRow(p, c.Start, c.End) || numericDate(c.Value()) || binaryDigits(c.Value()) ||
		sequentialDigits(c.Value()) {
		return Outcome{Verdict: Reject} // a date (01-02-2024), bits (010 010 0011), 0123456789
	}
	// A dot between the first groups and a space before the last, without
	// a country code: numbers of a list (an SVG polygon's "277.764 1035").
	if v := c.Value(); len(v) > 0 && v[0] != '+' && v[0] != '(' && bytes.IndexByte(v, '.') >= 0 && bytes.IndexByte(v, ' ') > bytes.IndexByte(v, '.') {
		return Outcome{Verdict: Reject}
	}
	// Digit groups run on to the left ("Betriebsnummer 09 803 998 8348",
	// a holding number): the match is the tail of a longer number. A
	// country code 1 before a NANP number is a phone's own.
	if v := c.Value(); len(v) > 0 && v[0] != '+' && v[0] != '(' && c.Start >= 3 && p[c.Start-1] == ' ' && isDigit(p[c.Start-2]) {
		k := c.Start - 2
		for k > 0 && isDigit(p[k-1]) && c.Start-1-k < 4 {
			k--
		}
		if group := p[k : c.Start-1]; (k == 0 || !isDigit(p[k-1]) && p[k-1] != '+') && string(group) != "1" && !(k > 0 && (p[k-1] == '+' || p[k-1] == '-')) {
			return Outcome{Verdict: Reject}
		}
	}
	// Digit groups run on to the right the same way ("846 732 784 41015",
	// a French SIRET): a space-grouped match followed by a space and a
	// group of digits that ends the field (a delimiter or a line break after
	// it; "Tel 01 42 68 53 00 12 h" is a phone and its hours) is the head of
	// a longer number.
	if v := c.Value(); len(v) > 0 && v[0] != '+' && v[0] != '(' && bytes.IndexByte(v, ' ') >= 0 && c.End+1 < len(p) && p[c.End] == ' ' && isDigit(p[c.End+1]) {
		k := c.End + 1
		for k < len(p) && isDigit(p[k]) && k-c.End <= 6 {
			k++
		}
		if k-c.End-1 <= 5 && (k == len(p) || strings.IndexByte(";,|\t\r\n\"'<", p[k]) >= 0) {
			return Outcome{Verdict: Reject}
		}
	}
	// NANP's layout with an exchange that starts with 0 ("(555)
	// 010-0101"): no number of the plan, a form's or a fixture's filler.
	// With +1 written, the writer meant a phone; it stays one.
	if nanpZeroExchange(c.Value()) {
		return Outcome{Verdict: Reject}
	}
	// A book's number: "ISBN 0805390553", "ISBN-10: 0-691-08750-4"; a
	// company's registration or tax number ("RCS Paris 812 604 312").
	if isbnBefore(p, c.Start) || registryBefore(p, c.Start) {
		return Outcome{Verdict: Reject}
	}
	// A decimal point and a digit after it: a number's fraction
	// ($+281475245147134.9375, an SVG path's "862.186 1242.33").
	if e := c.End; e+1 < len(p) && p[e] == '.' && isDigit(p[e+1]) {
		return Outcome{Verdict: Reject}
	}
	// A date and the hour after it (a receipt's "03.12.2026 15:42").
	if v := c.Value(); len(v) > 11 && (v[10] == ' ' || v[10] == 'T') && numericDate(v[:10]) {
		return Outcome{Verdict: Reject}
	}
	if c.Start <= 0 || c.Start >= len(p) || p[c.Start] != '+' {
		return Outcome{}
	}
	// Glued to a word, or after '+', '~' or '.': a version's build part
	// (Debian's 1:14~++20210827020436), not a country code.
	if b := p[c.Start-1]; isAlnum(b) || b == '+' || b == '~' || b == '.' {
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// artifactExt reports whether b starts with a package's or an archive's
// file extension and its end (jar, tar.gz, whl...).
func artifactExt(b []byte) bool {
	for _, ext := range [...]string{"jar", "war", "ear", "aar", "pom", "tar", "tgz", "gz", "zip", "whl", "egg", "gem", "nupkg", "deb", "rpm", "msi", "exe", "dmg", "apk", "iso", "sha1", "sha256", "md5", "asc"} {
		if len(b) >= len(ext) && string(b[:len(ext)]) == ext && (len(b) == len(ext) || !isAlnum(b[len(ext)])) {
			return true
		}
	}
	return false
}

// maxVersionSegment bounds the path segment ipv4's Maven check reads.
const maxVersionSegment = 128
