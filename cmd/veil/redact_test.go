package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const redactInput = "user ann.lee@corp-mail.com key AKIAZ3MSPQ7K2XRVNB4D\n"

func TestRedactExitCodesAndReport(t *testing.T) {
	t.Setenv("VEIL_TOKEN_KEY", strings.Repeat("k", 40))
	dir := t.TempDir()
	report := filepath.Join(dir, "report.json")

	code, out, errOut := veil(t, redactInput, "redact", "--destination", "somewhere", "--report", report, "-")
	if code != exitOK || out != "user [EMAIL_ADDRESS] key [AWS_ACCESS_KEY_ID]\n" || errOut != "" {
		t.Fatalf("fallback: code %d out %q err %q", code, out, errOut)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Verdict     string `json:"verdict"`
		Destination string `json:"destination"`
		Findings    []struct {
			Type   string `json:"type"`
			Action string `json:"action"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Verdict != "REDACT" || rep.Destination != "fallback" || len(rep.Findings) != 2 || rep.Findings[0].Action != "redact" {
		t.Fatalf("report %s", data)
	}
	if strings.Contains(string(data), "ann.lee") || strings.Contains(string(data), "AKIAZ3") {
		t.Fatalf("report holds a value: %s", data)
	}

	// BLOCK: exit 3, nothing on stdout, the verdict on stderr.
	code, out, errOut = veil(t, redactInput, "redact", "--destination", "public-api", "-")
	if code != exitBlock || out != "" || !strings.Contains(errOut, `"verdict": "BLOCK"`) {
		t.Fatalf("block: code %d out %q err %q", code, out, errOut)
	}
	// ALLOW: nothing sensitive.
	code, out, _ = veil(t, "version 2.14.3 shipped\n", "redact", "--destination", "logs", "-")
	if code != exitOK || out != "version 2.14.3 shipped\n" {
		t.Fatalf("allow: code %d out %q", code, out)
	}
	// Errors: no destination, a bad policy.
	if code, _, _ := veil(t, redactInput, "redact", "-"); code != exitError {
		t.Fatalf("no destination: code %d", code)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("destinations:\n  - name: d\n    default: scramble\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = veil(t, redactInput, "redact", "--destination", "d", "--policy", bad, "-")
	if code != exitError || !strings.Contains(errOut, "bad.yaml:3:14:") || !strings.Contains(errOut, `unknown action "scramble"`) {
		t.Fatalf("bad policy: code %d err %q", code, errOut)
	}
}

func TestRedactRestoreRoundTrip(t *testing.T) {
	t.Setenv("VEIL_TOKEN_KEY", strings.Repeat("k", 40))
	in := "Customer ann.lee@corp-mail.com (+1 415-555-0132) asked about card 4111 1111 1111 1111.\n"
	code, tokens, errOut := veil(t, in, "redact", "--destination", "llm", "--report", filepath.Join(t.TempDir(), "r.json"), "-")
	if code != exitOK || strings.Contains(tokens, "ann.lee") || !strings.Contains(tokens, "EMAIL_ADDRESS_k1_") {
		t.Fatalf("redact: code %d out %q err %q", code, tokens, errOut)
	}
	// Same key, another run: same tokens.
	_, again, _ := veil(t, in, "redact", "--destination", "llm", "--report", filepath.Join(t.TempDir(), "r.json"), "-")
	if again != tokens {
		t.Fatal("tokens differ between runs with the same key")
	}
	code, back, errOut := veil(t, tokens, "restore", "--destination", "llm", "-")
	if code != exitOK || back != in {
		t.Fatalf("restore: code %d out %q err %q", code, back, errOut)
	}
	// Wrong key: exit 2, the text left as it is, a clear message.
	t.Setenv("VEIL_TOKEN_KEY", strings.Repeat("w", 40))
	code, back, errOut = veil(t, tokens, "restore", "--destination", "llm", "-")
	if code != exitError || back != tokens || !strings.Contains(errOut, "wrong key") {
		t.Fatalf("wrong key: code %d err %q", code, errOut)
	}
	// A destination that does not allow restore.
	if code, _, errOut := veil(t, tokens, "restore", "--destination", "logs", "-"); code != exitError || !strings.Contains(errOut, "not allowed") {
		t.Fatalf("logs: code %d err %q", code, errOut)
	}
}

func TestPolicyTestCommand(t *testing.T) {
	code, out, errOut := veil(t, "", "policy", "test", "../../examples/policies")
	if code != exitOK || !strings.HasPrefix(out, "ok: ") {
		t.Fatalf("examples: code %d out %q err %q", code, out, errOut)
	}
	dir := t.TempDir()
	abs, err := filepath.Abs("../../examples/policies/gateway.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := "policy: " + abs + "\ntests:\n  - name: wrong on purpose\n    destination: marketing\n    input: 'card 4111 1111 1111 1111'\n    expect:\n      verdict: ALLOW\n"
	f := filepath.Join(dir, "x.tests.yaml")
	if err := os.WriteFile(f, []byte(tests), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ = veil(t, "", "policy", "test", f)
	if code != exitFound || !strings.Contains(out, f+":3: test \"wrong on purpose\": verdict: want ALLOW, got REDACT") {
		t.Fatalf("failing test: code %d out %q", code, out)
	}
}

func TestRedactBinaryAndUTF16(t *testing.T) {
	t.Setenv("VEIL_TOKEN_KEY", strings.Repeat("k", 40))
	code, out, errOut := veil(t, "PK\x03\x04\x00\x00 ann.lee@corp-mail.com", "redact", "--destination", "logs", "-")
	if code != exitError || out != "" || !strings.Contains(errOut, "binary") {
		t.Errorf("binary: code %d out %q err %q", code, out, errOut)
	}
	// UTF-16 is scanned decoded: clean passes unchanged, with a finding
	// it blocks (it cannot be transformed in place).
	clean := "\xff\xfeh\x00i\x00"
	if code, out, errOut := veil(t, clean, "redact", "--destination", "logs", "-"); code != exitOK || out != clean {
		t.Errorf("clean UTF-16: code %d out %q err %q", code, out, errOut)
	}
	var b strings.Builder
	b.WriteString("\xff\xfe")
	for _, r := range "mail ann.lee@corp-mail.com" {
		b.WriteByte(byte(r))
		b.WriteByte(0)
	}
	if code, out, errOut := veil(t, b.String(), "redact", "--destination", "logs", "-"); code != exitBlock || out != "" || !strings.Contains(errOut, "utf16") {
		t.Errorf("UTF-16 with an email: code %d out %q err %q", code, out, errOut)
	}
}
