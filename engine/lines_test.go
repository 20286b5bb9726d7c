package engine

import (
	"context"
	"regexp/syntax"
	"strings"
	"testing"
)

func TestMaxNewlines(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want int
	}{
		{`abc`, 0},
		{`a\nb`, 1},
		{`a\r?\n[ \t]*b`, 1},
		{`a\s*b`, -1},
		{`a[^\n]*b`, 0},
		{`a.*b`, 0},
		{`(?s)a.*b`, -1},
		{`(?s)a.b`, 1},
		{`a(?:\n|x\n\n)b`, 2},
		{`(?:a\n){2,3}`, 3},
		{`(?:a\n){2,}`, -1},
		{`(?:a\n?)+`, -1},
		{`[ \t\r]*\n?[ \t]*x[ \t\r]*\n?[ \t]*`, 2},
		{`\bname:[^\n]*\n`, 1},
	} {
		re, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := maxNewlines(re); got != tc.want {
			t.Errorf("maxNewlines(%q) = %d, want %d", tc.expr, got, tc.want)
		}
	}
}

// TestLineWindowsEqualReference runs the built-in multiline rules that get
// line windows on payloads built around their edges: the anchor on the
// first or last line, matches spanning the window's edge lines, CRLF, many
// anchors on one long line, and windows that overlap and merge.
func TestLineWindowsEqualReference(t *testing.T) {
	e := builtinEngine(t)
	spans := map[string]int{}
	for _, r := range e.rules {
		if r.multiline && r.lineSpan >= 0 {
			spans[r.id] = r.lineSpan
		}
	}
	if spans["password-k8s-env"] != 1 {
		t.Fatalf("password-k8s-env: line span %v, want 1 (rules with line windows: %v)", spans["password-k8s-env"], spans)
	}
	env := "        - name: DB_PASSWORD\n          value: Xq7Lm2Vb9Rt4Kd\n"
	pair := "{\n  \"key\": \"X-Db-Password\",\n  \"value\": \"Brightc@rt-QA-2024\"\n}\n"
	long := strings.Repeat("password pass pwd ", 300)
	payloads := []string{
		env,
		strings.TrimSuffix(env, "\n"),
		"x\n" + env + "y\n",
		strings.ReplaceAll(env, "\n", "\r\n"),
		env + env + env,
		long + "\n" + env + long,
		env + "\n\n\n" + env,
		"name: pass\nvalue: \nvalue: Zr8Qw3Lp5Tk1\n",
		"- name: PGPASSWORD\n- name: REDIS_PASSWORD\n  value: Hc4Vn7Bx2Ms9\n",
		pair,
		strings.Repeat(pair, 5),
		"value\": \"" + long,
		"<key>DbPassword</key>\n\t<string>q8VmT2ranch!44</string>\n",
		"name: pa\u017f\u017fword\n  value: Lq8Zt3Vx6Nb1\n", // long s: scanned whole
	}
	for i, p := range payloads {
		assertSamePaths(t, e, "payload "+strings.Repeat("#", i), []byte(p))
	}
	// The comparison above would pass with both paths finding nothing.
	res := e.Scan(context.Background(), []byte("x\n"+env+"y\n"), ScanOptions{IncludeValues: true})
	if len(res.Findings) != 1 || res.Findings[0].Rule != "password-k8s-env" || res.Findings[0].Value != "Xq7Lm2Vb9Rt4Kd" {
		t.Errorf("env entry: got %+v, want the password-k8s-env value", res.Findings)
	}
}

// TestWholePayloadMultilineRules lists the built-in multiline rules that
// run over the whole payload when one of their keywords occurs, because no
// bound on their line breaks or no anchor keyword could be derived. Each is
// there on purpose: a key block has no line limit, and the others are keyed
// on rare words. A new rule that lands here by accident (a \s* between JSON
// fields, say) raised regexB/B at 64 KB by a tenth: write [ \t]*\r?\n?[ \t]*
// instead, or add it here with the reason.
func TestWholePayloadMultilineRules(t *testing.T) {
	e := builtinEngine(t)
	want := map[string]bool{
		// blocks of any length
		"pem-private-key": true, "openssh-private-key": true, "pgp-private-key-block": true,
		"putty-private-key": true, "openvpn-static-key": true,
		// keyed on rare words, with no anchor inside the match
		"password-unattend-plaintext": true, "govtalk-clear-password": true, "cloud-init-chpasswd": true,
	}
	for _, r := range e.rules {
		if r.multiline && r.lineSpan < 0 && !want[r.id] {
			t.Errorf("%s: a multiline rule without line windows runs over the whole payload", r.id)
		}
	}
}

// TestUnnarrowedKeywordRules lists the single-line keyword rules whose
// regex the narrowing analysis cannot bound around its keywords (narrow.go):
// they run over every segment their keyword windows touch, instead of
// intervals around each keyword. A rule joins the list when one branch of
// its name has no keyword (stop 19 found password-assignment-quoted there,
// its `-pw` and `.pw` branches uncovered by `_pw`, at 2% of the 64 KB
// benchmark's regex work), so a new entry is a decision, not an accident.
func TestUnnarrowedKeywordRules(t *testing.T) {
	e := builtinEngine(t)
	want := map[string]bool{
		// value or name alternatives without a keyword in every branch,
		// or a value before its keyword
		"password-assignment": true, "password-in-prose-verb": true, "pgbouncer-userlist": true,
		"password-pgpass": true, "session-cookie": true, "jwk-private-key": true,
		"phone-subscriber-field": true, "us-ssn-unformatted": true, "us-ssn-efw2": true,
		"us-itin-unformatted": true, "passport-number-nested": true, "passport-number-nested-intl": true, "date-of-birth": true,
		"date-of-birth-european": true, "date-of-birth-romance": true, "mac-address-dotted": true,
		"supabase-secret": true, "flyio-token": true, "alloggiati-birth-date": true,
		"mailgun-api-key-v2": true, "discord-bot-token": true, "twilio-api-key-secret-pair": true,
		// a segment's further numbers (TE*...*FX*...) have no PER* of their own
		"x12-phone": true,
		// a wallet secret anywhere in its keyword's window, no name before it
		"bip39-mnemonic": true, "bitcoin-wif-private-key": true,
		// an IBAN hundreds of bytes into a fixed-width record after its keyword
		"iban-norma-1914": true,
		// table rules: a keyword in a header row selects the rows below it
		"password-column": true, "us-ssn-column": true, "phone-column": true,
		// the SMS provider named anywhere near a recipient field
		"phone-sms-recipient": true,
		// a Thai birth date after its context word, which the date does not spell
		"date-of-birth-thai-be": true,
		// VALUES far above a tuple; the column list decides
		"password-sql-insert": true,
		// a phrase in any script between a passport word and the number
		"passport-number-non-latin": true, "passport-number-hebrew": true,
		// a stream key on a line of its own below its stream-key words
		"youtube-stream-key": true,
	}
	for _, r := range e.rules {
		if r.hasKeyword && !r.multiline && r.nar == nil && !want[r.id] {
			t.Errorf("%s: a keyword rule the narrowing analysis cannot bound runs over whole segments", r.id)
		}
	}
}
