package detectors

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"strconv"
)

// This file holds the allowlist of values that are never secrets:
// placeholders, template and environment references, masked values, and
// the example keys that vendors print in their documentation. They make up
// most of the false positives of secret rules in code and configuration.

// placeholderValidator rejects placeholder and public example values.
type placeholderValidator struct{}

func (placeholderValidator) Name() string { return "placeholder" }

// Validate rejects the value when [IsPlaceholder] says so and has no
// opinion otherwise.
func (placeholderValidator) Validate(c Candidate) Outcome {
	v := c.Value()
	if IsPlaceholder(v) {
		return Outcome{Verdict: Reject}
	}
	// A placeholder in a URL or form body is percent-encoded
	// (token=%3Cyour-token%3E, password=%24%7BDB_PASSWORD%7D).
	var buf [256]byte
	if d, ok := percentDecode(buf[:0], v); ok && IsPlaceholder(d) {
		return Outcome{Verdict: Reject}
	}
	// A URL or userinfo whose password is a placeholder is a template:
	// postgres://USER:PASSWORD@HOST:5432/DBNAME, test:test.
	if pw, ok := userinfoPassword(v); ok && (IsPlaceholder(pw) || localFixture(v, pw)) {
		return Outcome{Verdict: Reject}
	}
	// So is a key=value connection string's (host=<host> user=<usuario>
	// password=<clave>, Server=db;Password={your_password};).
	if pw, ok := kvPassword(v); ok && IsPlaceholder(pw) {
		return Outcome{Verdict: Reject}
	}
	// An FCM registration token's instance id, where the value stops at
	// the token's colon.
	if len(v) == 22 && fcmRegistrationToken(c.Payload[c.Start:min(len(c.Payload), c.Start+22+7+64)]) {
		return Outcome{Verdict: Reject}
	}
	// A setting's dotted name (matching.umbral_minimo, spring.datasource.url)
	// is a key a table or config looks up, not its secret.
	if dottedName(v) {
		return Outcome{Verdict: Reject}
	}
	// A calendar date (2026-02-05, 2026-02-05T10:00:00Z) is when something
	// happened to a secret ("the password was phished on 2026-02-05"),
	// not the secret.
	if isoDate(v) {
		return Outcome{Verdict: Reject}
	}
	// A value that spells its own key is a name mapping, not a secret:
	// Swift's `case rememberedPassword = "remembered_password"`, a
	// constant DB_PASSWORD = "db_password".
	if namesItsKey(c) {
		return Outcome{Verdict: Reject}
	}
	// So is HTTP Basic credentials' base64 of one
	// ("Y2xpZW50X2lkOmNsaWVudF9zZWNyZXQ=" is client_id:client_secret).
	if len(v) <= len(buf)*4/3 && len(v)%4 == 0 {
		if n, err := base64.StdEncoding.Decode(buf[:], v); err == nil && printable(buf[:n]) {
			if pw, ok := userinfoPassword(buf[:n]); ok && (IsPlaceholder(pw) || fieldName(pw)) &&
				!keyAsUser(buf[:n]) {
				return Outcome{Verdict: Reject}
			}
		}
	}
	return Outcome{}
}

// keyAsUser reports whether Basic credentials "user:password" carry an API
// key as the user, as BambooHR, Freshdesk and Harvest want it (the key and
// "x" or any filler as the password): a user of 20 or more letters and
// digits, holding both. The filler password does not make it a template.
func keyAsUser(cred []byte) bool {
	i := bytes.IndexByte(cred, ':')
	if i < 20 {
		return false
	}
	letter, digit := false, false
	for _, c := range cred[:i] {
		switch {
		case isDigit(c):
			digit = true
		case isLetter(c):
			letter = true
		default:
			return false
		}
	}
	return letter && digit
}

// namesItsKey reports whether the value of a key/value match is the key's
// own name in another case: the same letters and digits, ignoring case and
// separators. The key is the name that ends before the value, read back
// from there up to 64 bytes before the match (a rule may match only the
// tail of a camel-case name).
func namesItsKey(c Candidate) bool {
	p := c.Payload
	if c.MatchStart < 0 || c.MatchStart >= c.Start || c.Start > len(p) || c.End > len(p) {
		return false
	}
	i := c.Start
	for i > c.MatchStart && !isAlnum(p[i-1]) {
		i-- // the quote, operator and blanks between key and value
	}
	// The key may start before the match: a rule can match the tail of a
	// camel-case name (dPassword of rememberedPassword).
	j := i
	for j > max(0, c.MatchStart-64) && (isAlnum(p[j-1]) || p[j-1] == '_' || p[j-1] == '-' || p[j-1] == '.') {
		j--
	}
	key, v := p[j:i], p[c.Start:c.End]
	if len(key) < 4 {
		return false
	}
	a, b := 0, 0
	for {
		for a < len(key) && !isAlnum(key[a]) {
			a++
		}
		for b < len(v) && !isAlnum(v[b]) {
			b++
		}
		if a == len(key) || b == len(v) {
			return a == len(key) && b == len(v)
		}
		if lower(key[a]) != lower(v[b]) {
			return false
		}
		a++
		b++
	}
}

// printable reports whether b is printable ASCII.
func printable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// userinfoPassword returns the password of v's userinfo: of the URL v
// ("scheme://user:password@host..."), or of v itself when it is a
// "user:password" pair, as the URL credential rules report it.
func userinfoPassword(v []byte) ([]byte, bool) {
	userinfo, bare := v, true
	if i := bytes.Index(v, []byte("://")); i >= 0 {
		rest := v[i+3:]
		at := bytes.LastIndexByte(rest[:min(len(rest), maxUserinfo)], '@')
		if at < 0 {
			return nil, false
		}
		userinfo, bare = rest[:at], false
	}
	if bytes.IndexByte(userinfo, '/') >= 0 || bare && bytes.IndexByte(userinfo, '@') >= 0 {
		return nil, false
	}
	colon := bytes.IndexByte(userinfo, ':')
	if colon < 0 || colon == len(userinfo)-1 {
		return nil, false
	}
	pw := userinfo[colon+1:]
	if bare && bytes.IndexByte(pw, ':') >= 0 {
		return nil, false // not a pair: a time, a path, an IPv6 address
	}
	return pw, true
}

// localFixture reports whether the URL v, whose password is pw, logs in to
// a database on the machine itself with its user name as the password
// (postgres://booking:booking@localhost:5432/booking_test): a CI job's or a
// README's throwaway service, which guards nothing.
func localFixture(v, pw []byte) bool {
	i := bytes.Index(v, []byte("://"))
	if i < 0 {
		return false
	}
	rest := v[i+3:]
	// userinfoPassword found pw between the user's colon and this '@'
	at := bytes.LastIndexByte(rest[:min(len(rest), maxUserinfo)], '@')
	if at < len(pw)+1 || !bytes.Equal(rest[:at-len(pw)-1], pw) {
		return false
	}
	host := rest[at+1:]
	if bytes.HasPrefix(host, []byte("[::1]")) {
		return true
	}
	if j := bytes.IndexAny(host, ":/?"); j >= 0 {
		host = host[:j]
	}
	switch string(host) {
	case "localhost", "127.0.0.1", "0.0.0.0":
		return true
	}
	return false
}

// kvPassword returns the value of a "password=" or "pwd=" field (ASCII
// case folded) of a key=value connection string, without its quotes.
func kvPassword(v []byte) ([]byte, bool) {
	for _, key := range []string{"password=", "pwd="} {
		i := indexFold(v, key)
		if i < 0 || i > 0 && isAlnum(v[i-1]) {
			continue
		}
		pw := v[i+len(key):]
		if len(pw) > 0 && (pw[0] == '\'' || pw[0] == '"') {
			if j := bytes.IndexByte(pw[1:], pw[0]); j >= 0 {
				return pw[1 : 1+j], true
			}
		}
		if j := bytes.IndexAny(pw, " \t;,\n"); j >= 0 {
			pw = pw[:j]
		}
		return pw, len(pw) > 0
	}
	return nil, false
}

// maxUserinfo bounds how far after "://" userinfoPassword looks for the '@'.
const maxUserinfo = 512

// percentDecode appends v with its %XX escapes decoded to dst. ok is false
// when v holds none.
func percentDecode(dst, v []byte) (out []byte, ok bool) {
	if bytes.IndexByte(v, '%') < 0 {
		return dst, false
	}
	for i := 0; i < len(v); i++ {
		var b [1]byte
		if v[i] == '%' && i+2 < len(v) {
			if _, err := hex.Decode(b[:], v[i+1:i+3]); err == nil {
				dst = append(dst, b[0])
				i += 2
				ok = true
				continue
			}
		}
		dst = append(dst, v[i])
	}
	return dst, ok
}

// IsPlaceholder reports whether a secret-shaped value is a placeholder or a
// public example rather than a secret: filler ("xxxxxxxx", "********",
// "<your-api-key>", "[REDACTED]"), a reference to where the secret lives
// ("${DB_PASSWORD}", "$TOKEN", "%APPDATA%", "{{ .Values.key }}",
// "process.env.KEY", "os.environ['KEY']", "DB_PASSWORD"), a value naming
// itself fake ("changeme", "dummy-token", "my_sample_key"), a truncated
// value ("sk-abc..."), a bare default ("password", "admin", "123456"), or a
// key published in vendor documentation (AWS, Azure, Stripe, jwt.io), or a
// password hash in a stored format ("$6$rounds=4096$salt$hash", bcrypt
// "$2b$12$...", "$argon2id$v=19$...", Django "pbkdf2_sha256$600000$...",
// LDAP "{SSHA}..."): the hash is what a system keeps instead of the
// password; or a keyed hash that an audit log writes in place of a value
// (Vault's "hmac-sha256:<64 hex>"), or an anonymous visitor's id
// ("anon-<uuid>"), or ciphertext only a key opens (Jenkins "{AQAAAB...}",
// an OpenPGP message in base64), a tokenization vault's token
// ("tok_ssn_...", "pm_tok_..."), a key=value pair naming an id
// ("alloc_id=<uuid>"), or pydantic's SecretStr type. Surrounding quotes and
// spaces are ignored.
//
// It is meant for secret and credential values only: it would wrongly
// drop PII such as "jane@example.com". It does not allocate and is safe
// for concurrent use.
func IsPlaceholder(value []byte) bool {
	v := bytes.Trim(value, " \t\r\n'\"`")
	// A declaration's type after a password name ("password *uint16,",
	// "password string,") ends at the list's punctuation.
	if t := bytes.TrimRight(v, ",;)"); codeType(t) && (len(t) < len(v) || sizedType(t)) {
		return true
	}
	// pydantic's annotation (snowflake_password: SecretStr) names the type
	// and nothing else can be meant
	if string(v) == "SecretStr" || string(v) == "SecretBytes" {
		return true
	}
	if len(v) == 0 {
		return true
	}
	if _, ok := publicExamples[string(v)]; ok {
		return true
	}
	return defaultValue(v) || maskOnly(v) || hasMaskRun(v) || maskedWord(v) ||
		reference(v) || constantName(v) || qualifiedConstant(v) || credentialVariable(v) || selfMember(v) || htmlEntity(v) || byteEscapes(v) || qpEncoded(v) || maskedPasswordField(v) || namePath(v) || schemeRef(v) || fritzEncrypted(v) || wifiSecurityMode(v) || typedObjectID(v) || truncated(v) || namesItselfFake(v) || passwordHash(v) || auditHMAC(v) || anonymousID(v) || zeroFill(v) ||
		jenkinsSecret(v) || furtherAssignment(v) || pgpMessage(v) || fixturePassword(v) || credentialName(v) || datedName(v)
}

// maskedWord reports whether v is a word between runs of asterisks, as
// tools print a hidden value: ***PROTECTED***, **redacted**, ***HIDDEN***.
func maskedWord(v []byte) bool {
	t := bytes.Trim(v, "*")
	return len(v)-len(t) >= 4 && bytes.HasPrefix(v, []byte("**")) && bytes.HasSuffix(v, []byte("**")) && markerWords(t)
}

// credentialName reports whether v is a snake_case name of lower-case
// words that starts or ends with a password word: a field or a column
// (password_confirmation, new_password, senha_atual), not a password.
func credentialName(v []byte) bool {
	first, last := -1, -1 // the ends of the first and last words
	for i, c := range v {
		switch {
		case c == '_':
			if first < 0 {
				first = i
			}
			last = i + 1
		case c < 'a' || c > 'z':
			return false
		}
	}
	if first <= 0 || last >= len(v) {
		return false
	}
	return passwordWord(v[:first]) || passwordWord(v[last:])
}

// passwordWord reports whether w is a lower-case word for password.
func passwordWord(w []byte) bool {
	switch string(w) {
	case "password", "passwort", "passwd", "pwd", "senha", "contrasena", "wachtwoord", "passphrase":
		return true
	}
	return false
}

// fixturePassword reports whether v is a test fixture's password made of
// the word password itself and a word for test, with digits at most
// (senha-teste-1, password_test, Passwort-Test-2): a value written to be
// read as fake. A password word or a test word alone is not enough
// (Teste@123 is a weak password, not a fixture).
func fixturePassword(v []byte) bool {
	pw, test := false, false
	for start := 0; start < len(v); {
		end := start
		for end < len(v) && v[end] != '-' && v[end] != '_' && v[end] != '.' {
			end++
		}
		var buf [16]byte
		part := v[start:end]
		switch {
		case len(part) == 0:
		case allDigits(part):
		case len(part) > len(buf):
			return false
		default:
			switch w := string(lowerInto(buf[:0], part)); w {
			case "password", "passwort", "passwd", "pass", "pwd", "senha", "contrasena", "wachtwoord", "motdepasse", "haslo", "sifre":
				pw = true
			case "test", "teste", "testing", "tests", "prueba", "probe", "essai", "demo", "dev", "qa":
				test = true
			default:
				return false
			}
		}
		start = end + 1
	}
	return pw && test
}

// pgpMessage reports whether v is an OpenPGP message in base64 without its
// armor, as Renovate's encrypted secrets and some vaults store values: it
// starts with a public-key encrypted session key packet (tag 1, old or new
// packet format, version 3). Without the private key it is no secret.
func pgpMessage(v []byte) bool {
	if len(v) < 64 {
		return false
	}
	for _, c := range v {
		if !isAlnum(c) && c != '+' && c != '/' && c != '=' {
			return false
		}
	}
	var b [6]byte
	if _, err := base64.StdEncoding.Decode(b[:], v[:8]); err != nil {
		return false
	}
	switch {
	case b[0] == 0xC1: // new format, tag 1: a one- or two-byte length
		if b[1] < 192 {
			return b[2] == 3
		}
		return b[1] < 224 && b[3] == 3
	case b[0]&0xFC == 0x84: // old format, tag 1: length type 0 or 1
		return b[0]&3 == 0 && b[2] == 3 || b[0]&3 == 1 && b[3] == 3
	}
	return false
}

// fieldName reports whether v is the name of a credential field written in
// snake case (client_secret, api_key, db_password): in HTTP Basic
// credentials "client_id:client_secret" is documentation's stand-in.
func fieldName(v []byte) bool {
	if bytes.IndexByte(v, '_') < 0 {
		return false
	}
	for _, c := range v {
		if !('a' <= c && c <= 'z') && c != '_' {
			return false
		}
	}
	for rest := v; len(rest) > 0; {
		part := rest
		if i := bytes.IndexByte(rest, '_'); i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		switch string(part) {
		case "secret", "password", "passwd", "pwd", "token", "key", "apikey", "passphrase":
			return true
		}
	}
	return false
}

// jenkinsSecret reports whether v is a secret as Jenkins stores it in
// credentials.xml and config.xml: "{AQAAABAAAAA...}", base64 of a version
// byte and ciphertext under the controller's master key, no secret without
// that key.
func jenkinsSecret(v []byte) bool {
	if len(v) < 24 || v[0] != '{' || v[len(v)-1] != '}' || !bytes.HasPrefix(v, []byte("{AQAAAB")) {
		return false
	}
	for _, c := range v[1 : len(v)-1] {
		if !isAlnum(c) && c != '+' && c != '/' && c != '=' {
			return false
		}
	}
	return true
}

// furtherAssignment reports whether v is itself one key=value pair whose
// key is a lower-case identifier ("token: alloc_id=1bb5383c-..."): the word
// before it was a label, and the value is an id. Base64 has '=' only at its
// end.
func furtherAssignment(v []byte) bool {
	i := bytes.IndexByte(v, '=')
	if i < 3 || i+1 >= len(v) || v[i+1] == '=' || bytes.ContainsAny(v, " \t;&") {
		return false // a connection string or a query is a list of them
	}
	for _, c := range v[:i] {
		if !('a' <= c && c <= 'z') && c != '_' {
			return false
		}
	}
	// PagerDuty's "Authorization: Token token=..." names its secret so
	for _, w := range [...]string{"token", "key", "secret", "pass", "auth", "sig", "pw"} {
		if bytes.Contains(v[:i], []byte(w)) {
			return false
		}
	}
	// A key naming whom or what the line is about (a log's "password
	// changed account=pt_853612"): its value is an id, whatever its form.
	switch key := string(v[:i]); key {
	case "account", "user", "username", "login", "uid", "customer", "member", "patient", "tenant", "session", "request":
		return true
	default:
		if len(key) > 3 && key[len(key)-3:] == "_id" {
			return true
		}
	}
	// Only an id is meant: a UUID or hex after the '=' (a password such as
	// "summer=Qx7Lm2Vb9Rt4" holds one too).
	rest := v[i+1:]
	if isUUID(rest) {
		return true
	}
	if len(rest) < 8 {
		return false
	}
	for _, c := range rest {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// zeroFill reports whether v is a document number written as zeros: at
// least five digits, every one 0, and at most three letters
// (C00000000, PAA000000): what test fixtures put in a passport field.
func zeroFill(v []byte) bool {
	zeros, letters := 0, 0
	for _, c := range v {
		switch {
		case c == '0':
			zeros++
		case isLetter(c):
			letters++
		default:
			return false
		}
	}
	return zeros >= 5 && letters <= 3
}

// anonymousID reports whether v is an anonymous visitor's id, which names
// itself so and authenticates no one: "anon-", "anonymous-", "guest-" or
// "visitor-" (or with '_') and a UUID (analytics and cart sessions before
// a login).
func anonymousID(v []byte) bool {
	i := bytes.IndexAny(v, "-_")
	if i < 0 {
		return false
	}
	if len(v)-i-1 != 36 {
		return false
	}
	p := v[:i]
	if !bytes.EqualFold(p, []byte("anon")) && !bytes.EqualFold(p, []byte("anonymous")) &&
		!bytes.EqualFold(p, []byte("guest")) && !bytes.EqualFold(p, []byte("visitor")) {
		return false
	}
	return isUUID(v[i+1:])
}

// isUUID reports whether v is a UUID in its 8-4-4-4-12 hex form.
func isUUID(v []byte) bool {
	if len(v) != 36 {
		return false
	}
	for i, c := range v {
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !isHex(c) {
				return false
			}
		}
	}
	return true
}

// auditHMAC reports whether v is a keyed hash an audit device writes in
// place of a value: HashiCorp Vault's "hmac-sha256:" followed by 64 hex
// digits.
func auditHMAC(v []byte) bool {
	const prefix = "hmac-sha256:"
	if len(v) != len(prefix)+64 || string(v[:len(prefix)]) != prefix {
		return false
	}
	for _, c := range v[len(prefix):] {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// postgresVerifier reports whether v is a password verifier as PostgreSQL
// stores it (pg_authid.rolpassword) and as pg_dumpall, PgBouncer's
// userlist.txt and ALTER ROLE ... PASSWORD carry it: SCRAM-SHA-256 (the
// scheme, iterations, salt, stored key and server key) or "md5" and 32 hex
// digits. Either logs a client in only through the SCRAM or md5 exchange
// with the hash itself, which PostgreSQL accepts as it is, but it is what the
// server keeps instead of the password, as a bcrypt hash is.
func postgresVerifier(v []byte) bool {
	if rest, ok := bytes.CutPrefix(v, []byte("SCRAM-SHA-256$")); ok {
		i := bytes.IndexByte(rest, ':')
		if i <= 0 || !allDigits(rest[:i]) {
			return false
		}
		// salt$storedkey:serverkey, all base64
		keys := rest[i+1:]
		d := bytes.IndexByte(keys, '$')
		if d <= 0 || bytes.Count(keys, []byte("$")) != 1 || bytes.Count(keys[d:], []byte(":")) != 1 {
			return false
		}
		for _, c := range keys {
			if !isAlnum(c) && c != '+' && c != '/' && c != '=' && c != '$' && c != ':' {
				return false
			}
		}
		return true
	}
	if hex, ok := bytes.CutPrefix(v, []byte("md5")); ok && len(hex) == 32 {
		for _, c := range hex {
			if !isDigit(c) && (c < 'a' || c > 'f') {
				return false
			}
		}
		return true
	}
	return false
}

// hashSchemes are the scheme names of password hash formats: modular crypt
// ($id$...; Cisco IOS type 8 and 9 secrets are $8$salt$hash and
// $9$salt$hash, while Junos's reversible $9$ has no second '$'), Django and
// passlib (name$...) and LDAP ({NAME}...).
var hashSchemes = []string{
	"1", "2", "2a", "2b", "2x", "2y", "5", "6", "7", "8", "9", "y", "gy", "sha1", "md5",
	"argon2i", "argon2d", "argon2id", "scrypt", "pbkdf2", "pbkdf2-sha1",
	"pbkdf2-sha256", "pbkdf2-sha512", "pbkdf2_sha256", "pbkdf2_sha1",
	"bcrypt", "bcrypt_sha256", "argon2", "sha256_crypt", "sha512_crypt",
}

// passwordHash reports whether v is a password hash in a stored format:
// "$scheme$" or "scheme$" followed by at least two more '$'-separated
// fields of salt and hash characters, or an LDAP "{SSHA}base64" value.
func passwordHash(v []byte) bool {
	if len(v) < 20 {
		return false
	}
	if postgresVerifier(v) {
		return true
	}
	if v[0] == '{' {
		end := bytes.IndexByte(v, '}')
		if end < 0 {
			return false
		}
		switch string(bytes.ToUpper(v[1:end])) {
		case "SSHA", "SHA", "SSHA256", "SSHA512", "SHA256", "SHA512", "SMD5", "MD5", "CRYPT", "PBKDF2", "PBKDF2-SHA256", "PBKDF2-SHA512", "ARGON2":
			return len(v)-end > 16
		}
		return false
	}
	rest := v
	if rest[0] == '$' {
		rest = rest[1:]
	}
	i := bytes.IndexByte(rest, '$')
	if i <= 0 || i <= 2 && v[0] != '$' { // "6$..." is not crypt's "$6$..."
		return false
	}
	known := false
	for _, s := range hashSchemes {
		if string(rest[:i]) == s {
			known = true
			break
		}
	}
	if !known {
		return false
	}
	fields := 0
	for _, c := range rest[i:] {
		switch {
		case c == '$':
			fields++
		case isAlnum(c) || c == '.' || c == '/' || c == '+' || c == '=' || c == ',' || c == '-' || c == '_':
		default:
			return false
		}
	}
	return fields >= 2
}

// publicExamples are keys printed in vendor documentation and emulators.
// They are real in shape (and some pass their checksums), so only an exact
// match can tell them apart. The Stripe and jwt.io values are split in two
// so that secret scanners reading this file do not report it.
var publicExamples = map[string]struct{}{
	// AWS documentation access key ids and secret keys.
	"AKIAIOSFODNN7EXAMPLE":                     {},
	"AKIAI44QH8DHBEXAMPLE":                     {},
	"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": {},
	"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY": {},
	// The Azure Storage emulator (Azurite) account key, the same on every
	// machine.
	"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==": {},
	// Stripe documentation test-mode keys.
	"sk_" + "test_4eC39HqLyjWDarjtT1zdp7dc": {},
	"sk_" + "test_BQokikJOvBiI2HlWgH4olfQ2": {},
	"pk_" + "test_TYooMQauvdEDq54NiTphI7jx": {},
	// The jwt.io debugger's sample token (HS256, "your-256-bit-secret").
	"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." +
		"eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ." +
		"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c": {},
}

// defaultValues are whole values (compared ASCII case-insensitively) that
// stand for "a password goes here" or are the defaults shipped in samples.
var defaultValues = map[string]struct{}{
	"secret": {}, "password": {}, "pass": {}, "passwd": {}, "pwd": {},
	"test": {}, "test123": {}, "testing": {}, "admin": {}, "null": {},
	"nil": {}, "none": {}, "true": {}, "false": {}, "undefined": {},
	"empty": {}, "string": {}, "value": {}, "token": {}, "key": {},
	"1234": {}, "12345": {}, "123456": {}, "1234567": {}, "12345678": {},
	"123456789": {}, "1234567890": {}, "0123456789": {}, "password1": {},
	"password123": {}, "qwerty": {}, "letmein": {}, "abc123": {},
	"changeit": {}, "default": {}, "hunter2": {},
	"not-used": {}, "not_used": {}, "notused": {}, "unused": {}, "n/a": {},
	// the word password in other languages, as an i18n bundle or a form
	// label holds it (password: "Passwort")
	"passwort": {}, "kennwort": {}, "senha": {}, "contraseña": {}, "contrasena": {},
	"mot de passe": {}, "wachtwoord": {}, "lösenord": {}, "salasana": {}, "hasło": {},
	"parola": {}, "adgangskode": {}, "passord": {}, "パスワード": {}, "密码": {}, "密碼": {}, "비밀번호": {},
	// password managers, named where a secret lives ("see 1Password")
	"1password": {}, "bitwarden": {}, "lastpass": {}, "keepass": {}, "keepassxc": {}, "dashlane": {},
	// the default passwords of the postgres and rabbitmq images
	"postgres": {}, "guest": {},
}

// maxDefaultValue is the length of the longest entry of defaultValues.
const maxDefaultValue = 16

// defaultValue reports whether v is one of defaultValues, ignoring ASCII
// case. The folded copy lives on the stack.
func defaultValue(v []byte) bool {
	if len(v) > maxDefaultValue {
		return false
	}
	var buf [maxDefaultValue]byte
	_, ok := defaultValues[string(lowerInto(buf[:0], v))]
	return ok
}

// isMask reports whether b is a byte people use to fill or mask a value.
func isMask(b byte) bool {
	switch b {
	case 'x', 'X', '*', '#', '.', '-', '_', '0':
		return true
	}
	return false
}

// bullet is "•" in UTF-8, the mask character of password fields.
const bullet = "\u2022"

// maskOnly reports whether v is one byte repeated ("aaaaaaaa") or made
// only of mask bytes and bullets ("xxxx-xxxx", "0000", "•••••").
func maskOnly(v []byte) bool {
	if allSame(v) {
		return true
	}
	for i := 0; i < len(v); i++ {
		if bytes.HasPrefix(v[i:], []byte(bullet)) {
			i += len(bullet) - 1
			continue
		}
		if !isMask(v[i]) {
			return false
		}
	}
	return true
}

// hasMaskRun reports whether v holds a run of mask characters that no
// generated secret contains by chance: five x's ("sk_live_xxxxx...") or
// four '*', '#' or bullets ("************4242").
func hasMaskRun(v []byte) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		need := maskRun[c]
		if need == 0 {
			continue
		}
		unit := 1
		if c == bullet[0] {
			if !bytes.HasPrefix(v[i:], []byte(bullet)) {
				continue
			}
			unit = len(bullet)
		}
		j := i + unit
		for j+unit <= len(v) && (unit == 1 && v[j] == c || unit > 1 && bytes.HasPrefix(v[j:], []byte(bullet))) {
			j += unit
		}
		if (j-i)/unit >= int(need) {
			return true
		}
		i = j - 1
	}
	return false
}

// maskRun is the run length of each mask byte that hasMaskRun reports
// (0xE2 stands for a whole bullet), 0 for other bytes.
var maskRun = func() (t [256]uint8) {
	t['x'], t['X'] = 5, 5
	t['*'], t['#'], t[bullet[0]] = 4, 4, 4
	// Zeros fill a token's body in format documentation
	// (PMAK-000000000000000000000000-...); a random body of digits and
	// letters holds 16 in a row with a probability under 1e-24.
	t['0'] = 16
	return t
}()

// reference reports whether v refers to a secret kept elsewhere: a
// template or shell expansion, an environment lookup, or a value in angle
// or square brackets.
func reference(v []byte) bool {
	// Expansions may sit inside a longer value ("Bearer ${TOKEN}").
	for _, p := range expansions {
		if i := bytes.Index(v, p.open); i >= 0 && bytes.Contains(v[i+len(p.open):], p.close) {
			return true
		}
	}
	if envLookup(v) || codePath(v) || vaultToken(v) || plaidClientToken(v) || fcmRegistrationToken(v) || secretCoordinate(v) || fieldList(v) ||
		secretManagerRef(v) || unixPath(v) || timestamp(v) {
		return true
	}
	if len(v) < 2 {
		return false
	}
	first, last := v[0], v[len(v)-1]
	inner := v[1 : len(v)-1]
	switch {
	case first == '<' && last == '>':
		return true // <your-api-key>, <%= secret %>, <nil>
	case first == '[' && last == ']', first == '(' && last == ')':
		return markerWords(inner) // [REDACTED], (hidden)
	case first == '{' && last == '}':
		// {password}, {page-token}; Kong's vault references
		// ({vault://hcv/kong/redis_password}) name where a secret lives
		return identifier(inner) || templateName(inner) || bytes.HasPrefix(inner, []byte("vault://"))
	case first == '%' && last == '%':
		return identifier(inner) // %APPDATA%
	case first == '$':
		return variable(v[1:])
	case first == '%' && len(v) == 2:
		return true // a printf verb: %s, %v
	case first == '!':
		return yamlTag(v[1:])
	}
	return false
}

// yamlTag reports whether b, after a '!', is the name of a YAML local tag
// that stands for a value kept elsewhere: Home Assistant and ESPHome's
// "!secret wifi_password", "!env_var DB_PASS" and "!include", Ansible's
// "!vault", CloudFormation's "!Ref" and "!Sub". The value is the name
// after the tag, not the tag.
func yamlTag(b []byte) bool {
	if len(b) < 3 || len(b) > 24 {
		return false
	}
	for _, c := range b {
		if !isLetter(c) && c != '_' {
			return false
		}
	}
	return true
}

// plaidClientToken reports whether v is one of Plaid's link or public
// tokens (link-production-<uuid>, public-sandbox-<uuid>): a link token
// opens Plaid Link in a browser, and a public token is exchanged, with the
// client secret, for the access token; neither reads an account.
func plaidClientToken(v []byte) bool {
	for _, p := range [...]string{"link-production-", "link-sandbox-", "link-development-", "public-production-", "public-sandbox-", "public-development-"} {
		if rest, ok := bytes.CutPrefix(v, []byte(p)); ok && isUUID(rest) {
			return true
		}
	}
	return false
}

// vaultToken reports whether v is a tokenization vault's token: tok_ or
// <kind>_tok_ and the token (tok_ssn_6iW2..., pm_tok_KCRW...). It stands
// for a value kept in the vault and reads nothing without the vault's key;
// the value itself is what the vault hides.
func vaultToken(v []byte) bool {
	// Omise's card token (tokn_ and 19 or more letters and digits, or
	// tokn_test_), which a browser creates with the public key and which
	// charges nothing without the secret one, as Stripe's tok_ below.
	if rest, ok := bytes.CutPrefix(v, []byte("tokn_")); ok {
		rest = bytes.TrimPrefix(rest, []byte("test_"))
		if len(rest) < 19 {
			return false
		}
		for _, c := range rest {
			if !isDigit(c) && !('a' <= c && c <= 'z') {
				return false
			}
		}
		return true
	}
	i := bytes.Index(v, []byte("tok_"))
	if i < 0 || len(v)-i < 12 {
		return false
	}
	if i > 0 && v[i-1] != '_' {
		return false
	}
	for _, c := range v[:i] {
		if !('a' <= c && c <= 'z') && c != '_' {
			return false
		}
	}
	if i > 0 {
		return true // <kind>_tok_...
	}
	// tok_<kind>_...: a bare tok_ and random text may be any provider's key,
	// but for Stripe's card token (tok_ and 24 letters and digits), which
	// a browser creates with the publishable key and which charges nothing
	// without the secret one
	j := 4
	for j < len(v) && 'a' <= v[j] && v[j] <= 'z' {
		j++
	}
	if j > 4 && j < len(v) && v[j] == '_' {
		return true
	}
	if len(v) != 28 {
		return false
	}
	for _, c := range v[4:] {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}

// secretManagerRef reports whether v points into a secret store or names a
// cloud resource: Azure App Service's Key Vault reference
// (@Microsoft.KeyVault(...)), an AWS ARN or a Secrets Manager or Parameter
// Store short form, a Vault path (vault:..., kv/data/...), LiteLLM's
// os.environ/NAME, or a Google Secret Manager version
// (projects/<id>/secrets/<name>/versions/<v>).
func secretManagerRef(v []byte) bool {
	if bytes.HasPrefix(v, []byte("@Microsoft.KeyVault(")) {
		return true
	}
	// An ARN names a resource (a Secrets Manager secret, a KMS key, a
	// parameter), in any partition: arn:aws:secretsmanager:eu-south-2:<account>:secret:<name>.
	// So does a secret store's own short form: secretsmanager:<region>:<name>#<key>.
	if rest, ok := bytes.CutPrefix(v, []byte("arn:aws")); ok && bytes.Count(rest, []byte(":")) >= 4 {
		return true
	}
	for _, p := range [...]string{"secretsmanager:", "ssm:", "ssm-parameter:"} {
		if rest, ok := bytes.CutPrefix(v, []byte(p)); ok && len(rest) > 0 && !bytes.ContainsAny(rest, " \t") {
			return true
		}
	}
	// A Vault path as Spring Cloud Vault, bank-vaults and vault-env write
	// it: vault:secret/data/distribution/amadeus#password.
	if path, ok := bytes.CutPrefix(v, []byte("vault:")); ok && bytes.IndexByte(path, '/') > 0 && !bytes.ContainsAny(path, " \t") {
		return true
	}
	// A Vault KV path: kv/data/pabx/sp01, secret/data/app/db.
	for _, p := range [...]string{"kv/data/", "secret/data/", "kv/metadata/"} {
		if bytes.HasPrefix(v, []byte(p)) && !bytes.ContainsAny(v, " \t") {
			return true
		}
	}
	// LiteLLM's reference to an environment variable: os.environ/REDIS_PASSWORD.
	if name, ok := bytes.CutPrefix(v, []byte("os.environ/")); ok && identifier(name) {
		return true
	}
	return bytes.HasPrefix(v, []byte("projects/")) && bytes.Contains(v, []byte("/secrets/"))
}

// unixPath reports whether v is an absolute path of two or more lower-case
// names (/usr/bin/systemctl, /etc/ssl/private): a file, not a secret.
func unixPath(v []byte) bool {
	if len(v) < 4 || v[0] != '/' {
		return false
	}
	parts, n := 0, 0
	for _, b := range v[1:] {
		switch {
		case b == '/':
			if n == 0 {
				return false
			}
			parts, n = parts+1, 0
			continue
		case 'a' <= b && b <= 'z', isDigit(b), b == '.', b == '_', b == '-':
		default:
			return false
		}
		n++
	}
	if n > 0 {
		parts++
	}
	return parts >= 2
}

// timestamp reports whether v is an ISO 8601 date and time
// (2026-02-14T10:05:31, with an optional fraction and zone): a time in a
// table next to a secret's name, not the secret.
func timestamp(v []byte) bool {
	if len(v) < 16 || v[10] != 'T' || v[4] != '-' || v[7] != '-' || v[13] != ':' {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15} {
		if !isDigit(v[i]) {
			return false
		}
	}
	for _, b := range v[16:] {
		if !isDigit(b) && b != ':' && b != '.' && b != 'Z' && b != '+' && b != '-' {
			return false
		}
	}
	return true
}

// datedName reports whether v is a name made of lower-case words and a
// date, joined by '-', '_' or '.' (emi-batch-2026-12-07-0430,
// nightly_backup_20241105_01): a batch, run or session label a person or a
// scheduler wrote, not a random token. It needs two words, so a password
// of a word and a date (summer-2024-06-01) stays a password.
func datedName(v []byte) bool {
	// two words, a date and separators: at least 14 bytes, from a word
	if len(v) < 14 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	var parts [12][]byte
	n := 0
	for start := 0; start <= len(v); {
		end := start
		for end < len(v) && v[end] != '-' && v[end] != '_' && v[end] != '.' {
			end++
		}
		if end == start || n == len(parts) {
			return false
		}
		parts[n] = v[start:end]
		n++
		start = end + 1
	}
	words, date := 0, false
	for i, p := range parts[:n] {
		switch {
		case allLower(p):
			words++
		case allDigits(p):
			switch {
			case len(p) == 8 && isDate(p[:4], p[4:6], p[6:]):
				date = true
			case len(p) == 4 && i+2 < n && isDate(p, parts[i+1], parts[i+2]):
				date = true
			}
		default:
			return false
		}
	}
	return date && words >= 2
}

// allLower reports whether b is one or more ASCII lower-case letters.
func allLower(b []byte) bool {
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return len(b) > 0
}

// isDate reports whether y, m, d are the digits of a date from 1990 to
// 2099 (month and day two digits each).
func isDate(y, m, d []byte) bool {
	if len(y) != 4 || len(m) != 2 || len(d) != 2 || !allDigits(y) || !allDigits(m) || !allDigits(d) {
		return false
	}
	year := int(y[0]-'0')*1000 + int(y[1]-'0')*100 + int(y[2]-'0')*10 + int(y[3]-'0')
	month := int(m[0]-'0')*10 + int(m[1]-'0')
	day := int(d[0]-'0')*10 + int(d[1]-'0')
	return 1990 <= year && year <= 2099 && 1 <= month && month <= 12 && 1 <= day && day <= 31
}

// fieldList reports whether v names the fields of a colon-separated
// format rather than holding a value: names of letters and '_', two or
// more with one in snake case, or three or more in lower case (GID:user_list,
// base_dn:flags, as a man page writes "group_name:password:GID:user_list").
// Two plain words are a user and a password (john:hunter).
func fieldList(v []byte) bool {
	parts, snake, lowerOnly, n := 1, false, true, 0 // n: bytes in the current name
	for _, b := range v {
		switch {
		case b == ':':
			if n == 0 {
				return false
			}
			parts, n = parts+1, -1
		case b == '_':
			snake = true
		case 'A' <= b && b <= 'Z':
			lowerOnly = false
		case 'a' <= b && b <= 'z':
		default:
			return false
		}
		n++
	}
	return n > 0 && (parts >= 2 && snake || parts >= 3 && lowerOnly)
}

// secretCoordinate reports whether v names a secret in a secret store
// instead of holding it: lower-case words, "_secret_", a UUID and an
// optional version (Airbyte's airbyte_workspace_<uuid>_secret_<uuid>_v1).
func secretCoordinate(v []byte) bool {
	// Contains is vectorised, LastIndex is not: most values have no
	// "_secret_" and are ruled out by the first.
	if !bytes.Contains(v, []byte("_secret_")) {
		return false
	}
	i := bytes.LastIndex(v, []byte("_secret_"))
	if i <= 0 {
		return false
	}
	for _, c := range v[:i] {
		if !('a' <= c && c <= 'z') && !isDigit(c) && c != '_' && c != '-' {
			return false
		}
	}
	rest := v[i+len("_secret_"):]
	if len(rest) > 36 {
		ver := rest[36:]
		if len(ver) < 3 || ver[0] != '_' || ver[1] != 'v' {
			return false
		}
		for _, c := range ver[2:] {
			if !isDigit(c) {
				return false
			}
		}
		rest = rest[:36]
	}
	return isUUID(rest)
}

// fcmRegistrationToken reports whether v is a Firebase Cloud Messaging
// registration token: an instance id of 22 characters, ":APA91b" and more.
// It addresses one app install; sending to it needs the server's
// credentials. (The legacy server key has "AAAA" and 7 characters before
// the colon, and is a finding of its own rule.)
func fcmRegistrationToken(v []byte) bool {
	if len(v) < 22+7+64 || string(v[22:29]) != ":APA91b" {
		return false
	}
	for _, c := range v[:22] {
		if !isAlnum(c) && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// codeType reports whether v is a built-in type name of Go or C-like
// languages (string, uint16, []byte, bool): what a declaration puts after a
// parameter named password.
func codeType(v []byte) bool {
	switch string(v) {
	case "string", "bool", "byte", "[]byte", "rune", "int", "int8", "int16", "int32", "int64",
		"uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
		"str", "bytes", "char", "wchar_t", "String", "[]string", "*string", "*uint16":
		return true
	}
	return false
}

// sizedType reports whether the type name v holds a digit (uint16,
// float64, int8): no one picks a machine type's name as a password, so it
// needs no punctuation after it to read as a declaration's type
// ("Password       *uint16" in a struct).
func sizedType(v []byte) bool { return bytes.ContainsAny(v, "0123456789") }

// qualifiedConstant reports whether v is a constant name behind a package
// or a type qualifier (C.NL80211_ATTR_SAE_PASSWORD, syscall.ERROR_TOKEN):
// code that names a constant, not a value.
func qualifiedConstant(v []byte) bool {
	if c := v[len(v)-1]; !isUpper(c) && !isDigit(c) && c != '_' {
		return false // a constant's name ends so
	}
	i := bytes.LastIndexByte(v, '.')
	if i < 0 {
		return false
	}
	return i > 0 && i+1 < len(v) && identifier(v[:i]) && constantName(v[i+1:])
}

// credentialNouns are the last words of a variable that holds a credential.
var credentialNouns = [...]string{"key", "token", "secret", "password", "passwd", "pwd", "credentials", "creds", "apikey", "passphrase"}

// credentialVariable reports whether v is the name of a variable, a field
// or a type that holds a credential, in code (ed25519PrivateKey,
// testP256PrivateKey, ed25519.PrivateKey, TestGetClientConfig_token): an
// identifier of two or more words, joined by '_' or by camelCase humps,
// whose last word is a credential noun, and which starts with a lower-case
// letter (a variable, or a package before '.') or ends in '_' and a
// lower-case noun.
// A password with digits or symbols after the noun (Secret_Key2024!) is
// not a name.
func credentialVariable(v []byte) bool {
	if len(v) < 8 || !isLetter(v[0]) || !endsWithNoun(v) {
		return false
	}
	dot := bytes.IndexByte(v, '.')
	name := v
	if dot >= 0 {
		if !identifier(v[:dot]) || !identifier(v[dot+1:]) || 'a' > v[0] || v[0] > 'z' {
			return false
		}
		name = v[dot+1:]
	} else if !identifier(v) {
		return false
	}
	// the last word: after the last '_' or the last lower-to-upper hump
	last := 0
	for i := 1; i < len(name); i++ {
		if name[i-1] == '_' || camelEdge(name[i-1], name[i]) || isDigit(name[i-1]) && isUpper(name[i]) {
			last = i
		}
	}
	if last == 0 {
		return false // one word: Password, token
	}
	w := name[last:]
	if dot < 0 && !('a' <= v[0] && v[0] <= 'z') && (name[last-1] != '_' || !('a' <= w[0] && w[0] <= 'z')) {
		// Capitalised words may be a password (SummerSecret, Db_Password);
		// a test's name before "_token" is not.
		return false
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	lw := string(lowerInto(buf[:0], w))
	for _, n := range credentialNouns {
		if lw == n {
			return true
		}
	}
	return false
}

// selfMember reports whether v reads a member of the object at hand in
// code: self.openid_connect_implicit, this.apiKey, self._token.
func selfMember(v []byte) bool {
	if len(v) < 6 || lower(v[0]) != 's' && lower(v[0]) != 't' {
		return false
	}
	var rest []byte
	switch {
	case prefixFoldString(v, "self."):
		rest = v[5:]
	case prefixFoldString(v, "this."):
		rest = v[5:]
	default:
		return false
	}
	n := 0 // bytes of the current name
	for _, c := range rest {
		switch {
		case c == '.':
			if n == 0 {
				return false
			}
			n = 0
		case isAlnum(c) || c == '_':
			if n == 0 && isDigit(c) {
				return false
			}
			n++
		default:
			return false
		}
	}
	return n > 0
}

// maskedPasswordField reports whether v, a connection string or a URL,
// holds its password masked: password=*** or :***@ (three stars or more,
// then a separator or the end), as a logger prints a DSN.
func maskedPasswordField(v []byte) bool {
	for i := bytes.Index(v, []byte("***")); i >= 1; {
		if b := v[i-1]; b == '=' || b == ':' {
			j := i
			for j < len(v) && v[j] == '*' {
				j++
			}
			if j == len(v) || v[j] == ' ' || v[j] == ';' || v[j] == '&' || v[j] == '@' || v[j] == '"' || v[j] == '\'' {
				return true
			}
		}
		k := bytes.Index(v[i+3:], []byte("***"))
		if k < 0 {
			break
		}
		i += 3 + k
	}
	return false
}

// schemeRef reports whether v names where a secret lives by a scheme and
// a path (k8s:secret/nfe-a1/senha, vault:kv/prod/db#password,
// ssm:/prod/db/password, op://vault/item/field): a reference, as a
// password column of an inventory or a config's _ref field holds it.
func schemeRef(v []byte) bool {
	colon := bytes.IndexByte(v, ':')
	if colon < 2 || colon+2 > len(v) || (v[colon+1] != '/' && !isLetter(v[colon+1])) {
		return false
	}
	var buf [16]byte
	if colon > len(buf) {
		return false
	}
	switch string(lowerInto(buf[:0], v[:colon])) {
	case "k8s", "vault", "ssm", "aws-sm", "awssm", "secretsmanager", "gcp-sm", "azure-kv", "keyvault", "op", "env", "file", "secret", "kv", "sops":
	default:
		return false
	}
	return bytes.IndexByte(v[colon+1:], '/') >= 0 || bytes.IndexByte(v[colon+1:], '#') >= 0
}

// wifiSecurityMode reports whether v names Wi-Fi security modes only
// (WPA2/WPA3, WPA2-PSK, WPA3-SAE), maybe with closing punctuation: a help
// article's "password WPA2/WPA3", not a password.
func wifiSecurityMode(v []byte) bool {
	v = bytes.TrimRight(v, ".,;:!?»\")'")
	if len(v) < 3 || lower(v[0]) != 'w' {
		return false
	}
	for start := 0; start < len(v); {
		end := start
		for end < len(v) && v[end] != '/' && v[end] != '-' {
			end++
		}
		var buf [16]byte
		if end-start > len(buf) {
			return false
		}
		switch string(lowerInto(buf[:0], v[start:end])) {
		case "wpa", "wpa2", "wpa3", "psk", "sae", "wep", "personal", "enterprise", "aes", "tkip", "ccmp":
		default:
			return false
		}
		start = end + 1
	}
	return true
}

// typedObjectID reports whether v is an API object's id in the
// type_hex form (wrkspc_3166e79a5f8fa02d, rprt_5919a0008a6d7357): a short
// lower-case type, '_', and 16 to 24 hex digits (64 to 96 bits, an id's
// size; secrets of that shape carry 128 bits or more); or in the
// type_ULID form (ps_H6GNHTYS4GB31MPFVVXYZG, a parking session's id):
// 16 to 26 upper-case letters and digits, as ULIDs and other Crockford
// base32 ids print. Provider secrets with a type prefix carry 32
// characters or more, and mix cases (sk_live_, whsec_, lin_api_).
func typedObjectID(v []byte) bool {
	u := bytes.IndexByte(v, '_')
	if u < 2 || u > 8 || len(v)-u-1 < 16 || len(v)-u-1 > 26 {
		return false
	}
	for _, c := range v[:u] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	digit, hex, upper := false, false, false
	for _, c := range v[u+1:] {
		switch {
		case isDigit(c):
			digit = true
		case 'a' <= c && c <= 'f':
			hex = true
		case 'A' <= c && c <= 'Z':
			upper = true
		default:
			return false
		}
	}
	// random hex and base32 hold digits and letters; id_1000000200000003
	// is a number
	switch {
	case hex && !upper:
		return digit && len(v)-u-1 <= 24
	case upper && !hex:
		return digit
	}
	return false
}

// fritzEncrypted reports whether v is a value a FRITZ!Box export
// encrypts: $$$$ and base32 (a WLAN key or a password in the .export, which
// only the box or its export password opens).
func fritzEncrypted(v []byte) bool {
	if len(v) < 20 || !bytes.HasPrefix(v, []byte("$$$$")) {
		return false
	}
	for _, c := range v[4:] {
		if !isUpper(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// namePath reports whether v is a path of two or more slashes between
// lower-case words (acme/prod/jwt-signing-key, a secret manager's or a
// vault's name for a secret): where a secret lives, not the secret.
func namePath(v []byte) bool {
	if len(v) < 5 || v[0] == '/' || v[len(v)-1] == '/' {
		return false
	}
	slashes, letters := 0, 0
	for i, c := range v {
		switch {
		case c == '/':
			if i > 0 && v[i-1] == '/' {
				return false
			}
			slashes++
		case 'a' <= c && c <= 'z':
			letters++
		case c == '-' || c == '_' || c == '.' || isDigit(c):
		default:
			return false
		}
	}
	return slashes >= 2 && letters*2 > len(v)
}

// qpEncoded reports whether v holds a quoted-printable escape of a
// multi-byte UTF-8 character (=C3=B3): a word of a mail body still encoded
// ("provis=C3=B3ria:"), not a value.
func qpEncoded(v []byte) bool {
	i := bytes.IndexByte(v, '=')
	if i < 0 {
		return false
	}
	for ; i+5 < len(v); i++ {
		if v[i] == '=' && 'C' <= v[i+1] && v[i+1] <= 'F' && isHex(v[i+2]) && v[i+3] == '=' &&
			'8' <= v[i+4] && v[i+4] <= 'B' && isHex(v[i+5]) {
			return true
		}
	}
	return false
}

// byteEscapes reports whether v is two or more \xNN escapes and nothing
// else: bytes a test writes out (PASS:\x61\x62\xff), not a password.
func byteEscapes(v []byte) bool {
	if len(v) < 8 || len(v)%4 != 0 {
		return false
	}
	for i := 0; i < len(v); i += 4 {
		if v[i] != '\\' || v[i+1] != 'x' || !isHex(v[i+2]) || !isHex(v[i+3]) {
			return false
		}
	}
	return true
}

// htmlEntity reports whether v is one HTML character reference alone
// (&#x3C;, &lt;, &#60;): markup escaped in a page, not a value.
func htmlEntity(v []byte) bool {
	if len(v) < 4 || v[0] != '&' || v[len(v)-1] != ';' {
		return false
	}
	name := v[1 : len(v)-1]
	if name[0] == '#' {
		name = name[1:]
		if len(name) > 0 && (name[0] == 'x' || name[0] == 'X') {
			name = name[1:]
		}
	}
	if len(name) == 0 || len(name) > 8 {
		return false
	}
	for _, c := range name {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}

// endsWithNoun reports whether v ends with one of credentialNouns, any
// case: the cheap test credentialVariable makes first.
func endsWithNoun(v []byte) bool {
	switch lower(v[len(v)-1]) {
	case 'y', 'n', 't', 'd', 's', 'e':
	default:
		return false
	}
	for _, n := range credentialNouns {
		if len(v) > len(n) && prefixFoldString(v[len(v)-len(n):], n) {
			return true
		}
	}
	return false
}

// codePath reports whether v is a dotted path of lower-case identifiers
// three or more parts long (vault_client.secrets.kv.v2.read_secret_version,
// settings.stripe.secret_key): code that reads a secret, not the secret.
func codePath(v []byte) bool {
	parts, n := 1, 0
	for i, c := range v {
		switch {
		case c == '.':
			if n == 0 || i == len(v)-1 {
				return false
			}
			parts, n = parts+1, 0
		case 'a' <= c && c <= 'z', c == '_', n > 0 && isDigit(c):
			n++
		default:
			return false
		}
	}
	return parts >= 3
}

// expansions are the template and shell expansions reference finds.
var expansions = [...]struct{ open, close []byte }{
	{[]byte("${"), []byte("}")}, {[]byte("{{"), []byte("}}")}, {[]byte("#{"), []byte("}")},
	{[]byte("$("), []byte(")")}, {[]byte("%("), []byte(")")},
}

// envWords are environment lookups (lower-case) that mark a reference.
var envWords = [...]string{"env(", "env[", "env.", "getenv", "environ[", "environ.", "$env:"}

// envPairs holds the first two bytes of envWords.
var envPairs = newPairSet(envWords[:])

// envLookup reports whether v contains one of envWords, ignoring ASCII
// case, in one pass: only where envPairs holds the next two bytes.
func envLookup(v []byte) bool {
	for i := 0; i+1 < len(v); i++ {
		if !envPairs.has(v[i], v[i+1]) {
			continue
		}
		for _, w := range envWords {
			if prefixFoldString(v[i:], w) {
				return true
			}
		}
	}
	return false
}

// A pairSet holds the first two bytes of some words, in every ASCII case:
// a position whose two bytes it does not hold starts none of them. Values
// are mostly random letters, which start a word of a list of twenty in
// one position of three; two bytes cut that to about one in a hundred.
// The cases are added when the set is built, so a lookup is two loads:
// the row of the first byte (row 0 is empty), then the second byte's bit.
// A set is about 1 KB, not the 8 KB of a flat table of every pair: New
// builds one per context validator, and at start-up each fresh page of
// memory costs a fault.
type pairSet struct {
	row  [256]uint8
	bits [][4]uint64
}

// newPairSet returns the pairSet of lower-case words at least two bytes
// long.
func newPairSet(words []string) *pairSet {
	t := emptyPairSet()
	for _, w := range words {
		if len(w) < 2 {
			panic("detectors: pairSet word " + strconv.Quote(w) + " is shorter than two bytes")
		}
		t.add(w[0], w[1])
	}
	return t
}

// dottedName reports whether v is two or more lower-case ASCII words
// ('_' inside a word) joined by dots, with no digit: a setting's name.
func dottedName(v []byte) bool {
	dots, word := 0, 0
	for i, c := range v {
		switch {
		case 'a' <= c && c <= 'z' || c == '_' && word > 0:
			word++
		case c == '.' && word > 0 && i+1 < len(v):
			dots++
			word = 0
		default:
			return false
		}
	}
	return dots > 0 && word > 0
}

// isoDate reports whether v is an ISO 8601 calendar date, alone or with a
// time after 'T' (2026-02-05, 2026-02-05T10:00:00Z).
func isoDate(v []byte) bool {
	return len(v) >= 10 && (len(v) == 10 || v[10] == 'T') && v[4] == '-' && v[7] == '-' && numericDate(v[:10])
}

// emptyPairSet returns a pairSet with no pair.
func emptyPairSet() *pairSet { return &pairSet{bits: make([][4]uint64, 1, 8)} }

// add adds the pair a, b (lower case) in each combination of cases.
func (t *pairSet) add(a, b byte) {
	for _, x := range cases(a) {
		r := t.row[x]
		if r == 0 {
			if len(t.bits) == 256 {
				panic("detectors: pairSet rows overflow") // 255 first bytes: cannot happen for words
			}
			r = uint8(len(t.bits))
			t.row[x] = r
			t.bits = append(t.bits, [4]uint64{})
		}
		for _, y := range cases(b) {
			t.bits[r][y>>6] |= 1 << (y & 63)
		}
	}
}

// cases returns c and, for a lower-case ASCII letter, its upper case.
func cases(c byte) []byte {
	if 'a' <= c && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	return []byte{c}
}

// has reports whether some word starts with a, b (any ASCII case).
func (t *pairSet) has(a, b byte) bool {
	return t.bits[t.row[a]][b>>6]&(1<<(b&63)) != 0
}

// markerWords reports whether b is words of letters, spaces, '_' and '-'.
func markerWords(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if !isLetter(c) && c != ' ' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// identifier reports whether b is a programming-language identifier.
func identifier(b []byte) bool {
	if len(b) == 0 || isDigit(b[0]) {
		return false
	}
	for _, c := range b {
		if !isAlnum(c) && c != '_' {
			return false
		}
	}
	return true
}

// templateName reports whether b, inside braces, is a URI template's or
// a document's variable name of words joined by '-' or '.' in one case
// ({page-token}, {client.id}, {API-KEY}): a name to fill in. A token or
// a password between braces mixes cases or holds digits.
func templateName(b []byte) bool {
	lower, upper := false, false
	for start := 0; start <= len(b); {
		end := start
		for end < len(b) && b[end] != '-' && b[end] != '.' {
			end++
		}
		part := b[start:end]
		if !identifier(part) {
			return false // also an empty part: a leading, trailing or doubled separator
		}
		for _, c := range part {
			lower = lower || 'a' <= c && c <= 'z'
			upper = upper || 'A' <= c && c <= 'Z'
			if isDigit(c) {
				return false // {s3cr3t-pa55w0rd} is a password in braces
			}
		}
		start = end + 1
	}
	return lower != upper
}

// variable reports whether name, after a '$', reads as a variable rather
// than as the rest of a password that starts with '$'. Shell variables are
// upper case and PHP or Perl ones are words; a mix of lower case and digits
// ("$ecretPa55") is more likely a password.
func variable(name []byte) bool {
	if !identifier(name) {
		return false
	}
	hasLower, hasDigit := false, false
	for _, c := range name {
		hasLower = hasLower || 'a' <= c && c <= 'z'
		hasDigit = hasDigit || isDigit(c)
	}
	return !(hasLower && hasDigit)
}

// constantName reports whether v is a constant or environment variable
// name (DB_PASSWORD, MY_SECRET_KEY): upper-case letters, digits and at
// least one underscore. Code that reads a secret by name shows the name.
func constantName(v []byte) bool {
	if isDigit(v[0]) {
		return false
	}
	underscore, letter := false, false
	for _, c := range v {
		switch {
		case c == '_':
			underscore = true
		case isUpper(c):
			letter = true
		case !isDigit(c):
			return false
		}
	}
	return underscore && letter
}

// truncated reports whether v is shortened for display: "sk-abc..." or
// "…" anywhere.
func truncated(v []byte) bool {
	return bytes.HasSuffix(v, []byte("...")) || bytes.HasPrefix(v, []byte("...")) ||
		bytes.Contains(v, []byte("\u2026"))
}

// fakeWords are words that mark a value as not real, lower-case. They
// count as a prefix, a suffix, or a word inside the value (bounded by
// non-letters or a camel-case hump: "myDummyKey").
var fakeWords = [...]string{
	"changeme", "change_me", "change-me", "example", "examplekey", "dummy",
	"placeholder", "your", "yourpassword", "redacted", "sample", "fake",
	"foobar", "insert", "replace_me", "replaceme", "todo", "fixme",
	"not_real", "not-real", "notreal", "not_a_real", "not-a-real",
	"preview", "not-secret", "not_secret", "notsecret",
}

// fakePairs holds the first two bytes of fakeWords, so namesItselfFake
// skips most positions with one lookup.
var fakePairs = newPairSet(fakeWords[:])

// fakeByFirst lists fakeWords by first byte.
var fakeByFirst = func() (t [256][]string) {
	for _, w := range fakeWords {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}()

// namesItselfFake reports whether v contains one of fakeWords.
func namesItselfFake(v []byte) bool {
	for i := 0; i+1 < len(v); i++ {
		if !fakePairs.has(v[i], v[i+1]) {
			continue
		}
		for _, w := range fakeByFirst[lower(v[i])] {
			if !prefixFoldString(v[i:], w) {
				continue
			}
			j := i + len(w)
			if i == 0 || j == len(v) || wordEdge(v, i) && wordEdge(v, j) {
				return true
			}
		}
	}
	return false
}

// wordEdge reports whether a word may start or end between v[i-1] and v[i]:
// not between two letters, unless lower case turns upper ("myDummy").
func wordEdge(v []byte, i int) bool {
	if i == 0 || i == len(v) || !isLetter(v[i-1]) || !isLetter(v[i]) {
		return true
	}
	return !isUpper(v[i-1]) && isUpper(v[i])
}

// prefixFoldString is prefixFold for a lower-case string word.
func prefixFoldString(s []byte, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lower(s[i]) != w[i] {
			return false
		}
	}
	return true
}

// containsFold reports whether s contains the lower-case word w, folding
// s's ASCII letters.
func containsFold(s []byte, w string) bool { return indexFold(s, w) >= 0 }

// indexFold returns the index of the first occurrence of the lower-case
// word w in s, folding s's ASCII letters, or -1.
func indexFold(s []byte, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if lower(s[i]) == w[0] && prefixFoldString(s[i:], w) {
			return i
		}
	}
	return -1
}

// allDigits reports whether b is one or more ASCII digits.
func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}
