package engine

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestTableRows checks a table rule (password-column): a keyword in a
// header row selects the rows below it, so the fast path finds what the
// reference path finds, far below a first-line header and within
// detectors.TableRows lines of any other.
func TestTableRows(t *testing.T) {
	table := func(rows int) string {
		var b strings.Builder
		b.WriteString("user,email,password,ou\n")
		for i := range rows {
			fmt.Fprintf(&b, "u%03d,u%03d@acme.test,Tq%d%%mLx2Rv!s,Staff\n", i, i, i)
		}
		return b.String()
	}
	for _, c := range []struct {
		name    string
		payload string
		want    int // password-column findings
	}{
		{"header on the first line, rows far below", table(120), 120},
		{"header below a first line", "export of 2026-12-07\n" + table(50), 32},
		{"no table", "the password policy, version 3\nKari,Tq7%mLx2Rv!s,Drift\n", 0},
		{"a key=value field is no header", "Server=db;Password=Tq7%mLx2Rv!s;User=sa\nKari;Tq8%mLx2Rv!s;Drift\n", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, e := range []*Engine{builtinEngine(t), builtinNoSet(t)} {
				for _, ref := range []bool{false, true} {
					res := e.Scan(context.Background(), []byte(c.payload), ScanOptions{Reference: ref})
					got := 0
					for _, f := range res.Findings {
						if f.Rule == "password-column" {
							got++
						}
					}
					if got != c.want {
						t.Errorf("reference=%v: %d password-column findings, want %d", ref, got, c.want)
					}
				}
			}
		})
	}
}
