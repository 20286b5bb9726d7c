package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veil-dlp/veil/server"
	"github.com/veil-dlp/veil/server/servertest"
)

func TestRoundTrip(t *testing.T) {
	tokFile := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tokFile, []byte("example-restore-token-0123456789\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	auth, err := server.LoadRestoreAuth(nil, tokFile)
	if err != nil {
		t.Fatal(err)
	}
	addr := servertest.Start(t, server.Options{Restore: auth})
	prompt := "Write to maria.delgado@example.org about card 4111 1111 1111 1111\n"
	var out bytes.Buffer
	if err := run(addr, "llm", tokFile, []byte(prompt), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	if len(lines) < 3 {
		t.Fatalf("output: %s", out.String())
	}
	toModel, toUser := lines[0], lines[2]
	if strings.Contains(toModel, "maria.delgado@example.org") || !strings.Contains(toModel, "EMAIL_ADDRESS_") {
		t.Errorf("the model saw the address or no token: %s", toModel)
	}
	if !strings.Contains(toUser, "maria.delgado@example.org") || !strings.Contains(toUser, "4111 1111 1111 1111") {
		t.Errorf("the user did not get the values back: %s", toUser)
	}

	// Without the token the restore is refused.
	out.Reset()
	if err := run(addr, "llm", "", []byte(prompt), &out); err == nil || !strings.Contains(err.Error(), "PermissionDenied") {
		t.Errorf("restore without a token: %v", err)
	}
}
