package engine

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/veil-dlp/veil/rules"
)

// TestTableRows checks a table rule (password-column): a keyword in a
// header row selects the rows below it, so the fast path finds what the
// reference path finds, far below a first-line header and within 32 lines
// of any other.
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

// TestTableRowsSelectEveryAcceptedValue checks that a table rule's
// selection is a superset of what its validators accept: the built-in
// password-column finds what a copy of it without keywords (gated on a
// delimiter, so only the validators decide) finds, on tables of every kind
// the column-header checks read. Fast and reference paths filter alike, so
// only this comparison would see a row the selection leaves out.
func TestTableRowsSelectEveryAcceptedValue(t *testing.T) {
	files, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var src *rules.Rule
	for _, f := range files {
		for i := range f.Rules {
			if f.Rules[i].ID == "password-column" {
				src = &f.Rules[i]
			}
		}
	}
	if src == nil {
		t.Fatal("no password-column rule")
	}
	free := *src
	free.ID, free.Keywords, free.Table = "password-column-free", nil, false
	free.Gate = rules.Gate{AnyOf: []string{",", "\t", ";", "|", " "}}
	tableE, err := New([]*rules.File{{Path: "t.yaml", Rules: []rules.Rule{*src}}})
	if err != nil {
		t.Fatal(err)
	}
	freeE, err := New([]*rules.File{{Path: "f.yaml", Rules: []rules.Rule{free}}})
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Repeat("kari,Tq7%mLx2Rv!s,Staff\n", 40)
	for _, payload := range []string{
		"user,password,ou\n" + rows,
		"note\nuser,password,ou\n" + rows,
		"[2026-12-07] user,password,ou\nkari,Tq7%mLx2Rv!s,Staff\n",
		"nom;prenom;mot_de_passe;service\nNord;Kari;Tq7%mLx2Rv!s;IT\n",
		"mydb=> select * from staff;\n user | password | ou\n------+----------+----\n kari | Tq7%mLx2Rv!s | IT\n",
		"<table><tr><th>user</th><th>password</th></tr>\n<tr><td>kari</td><td>Tq7%mLx2Rv!s</td></tr></table>",
		"user      password        ou\nkari      Tq7%mLx2Rv!s    Staff\n",
		"Server=db;Password=Tq7%mLx2Rv!s;User=sa\nKari;Tq8%mLx2Rv!s;Drift\n",
	} {
		for _, ref := range []bool{false, true} {
			want := tableE.Scan(context.Background(), []byte(payload), ScanOptions{Reference: ref})
			got := freeE.Scan(context.Background(), []byte(payload), ScanOptions{Reference: ref})
			if len(want.Findings) != len(got.Findings) {
				t.Errorf("reference=%v, %q: table rule %d findings, without selection %d", ref, payload[:min(60, len(payload))], len(want.Findings), len(got.Findings))
			}
		}
	}
}
