package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeRuleExample runs the custom rule of the README's quickstart the
// way a user would: `veil rules test`, then a scan with it.
func TestReadmeRuleExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```yaml\n# acme-rules.yaml\n")
	if !ok {
		t.Fatal("README has no acme-rules.yaml example")
	}
	example, _, _ := strings.Cut(rest, "```")
	path := filepath.Join(t.TempDir(), "acme-rules.yaml")
	if err := os.WriteFile(path, []byte(example), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := veil(t, "", "rules", "test", path); code != exitOK {
		t.Fatalf("rules test: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := veil(t, "k = acme_live_4fQ9zL2mX8pR1tV6bN3cY7dK0sW5hJ2e", "scan", "--rules", path, "--format", "json", "-")
	if code != exitFound || !strings.Contains(out, `"rule": "acme-api-key"`) {
		t.Fatalf("scan with the example rule: exit %d\n%s%s", code, out, errs)
	}
}
