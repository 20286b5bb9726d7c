package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/veil-dlp/veil/server"
	"github.com/veil-dlp/veil/server/servertest"
)

func TestScrub(t *testing.T) {
	addr := servertest.Start(t, server.Options{})
	in := strings.Join([]string{
		`2026-11-23T10:00:01Z INFO login ok user=jane.doe@corp-mail.io`,
		`2026-11-23T10:00:02Z INFO nothing to see`,
		`2026-11-23T10:00:03Z WARN retry with AWS_ACCESS_KEY_ID=AKIAZ3MSJV4WJ7SXRQ5A`,
		``,
		`2026-11-23T10:00:04Z INFO card 4111 1111 1111 1111 charged`,
	}, "\n") + "\n"
	var out, errOut bytes.Buffer
	if err := scrub(context.Background(), addr, "logs", "test", 1<<20, strings.NewReader(in), &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(got) != 5 {
		t.Fatalf("%d lines out for 5 in:\n%s", len(got), out.String())
	}
	if got[1] != "2026-11-23T10:00:02Z INFO nothing to see" || got[3] != "" {
		t.Errorf("clean lines changed or reordered: %q", got)
	}
	for _, v := range []string{"jane.doe@corp-mail.io", "AKIAZ3MSJV4WJ7SXRQ5A", "4111 1111 1111 1111"} {
		if strings.Contains(out.String(), v) {
			t.Errorf("%s went through:\n%s", v, out.String())
		}
	}
	if !strings.Contains(got[4], "1111 charged") {
		t.Errorf("card line: %q (logs policy keeps the last 4)", got[4])
	}
}
