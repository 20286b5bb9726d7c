package detectors

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestContext(t *testing.T) {
	boosted := Outcome{Verdict: Confirm, Delta: 0.2}
	words := []string{"password", "api key", "x-api-key", "db_pass", "密码"}
	runValidator(t, Spec{Kind: "context", Words: words, Boost: 0.2}, []validatorTest{
		{"before", in("password: Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"after", in("Tr0ub4dor&3 is the password", "Tr0ub4dor&3"), boosted},
		{"case folded", in("PassWord=Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"snake case key", in("db_password=Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"kebab case key", in("admin-password: Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"digit after word", in("password2=Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"word with a space", in("the API Key is Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"word with dashes", in("X-Api-Key: Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"word with underscore", in("DB_PASS Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"non-ascii word", in("密码：Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"word at window edge", in("password"+strings.Repeat(" ", 40)+"Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"word in the match beyond the window", inMatch("password"+strings.Repeat(" ", 60)+"= Tr0ub4dor&3", "password"+strings.Repeat(" ", 60)+"= Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"word in the match after the value", inMatch("Tr0ub4dor&3"+strings.Repeat(" ", 60)+"(password)", "Tr0ub4dor&3"+strings.Repeat(" ", 60)+"(password)", "Tr0ub4dor&3"), boosted},

		{"no word", in("hello Tr0ub4dor&3 world", "Tr0ub4dor&3"), noOpinion},
		{"word too far before", in("password"+strings.Repeat(" ", 41)+"Tr0ub4dor&3", "Tr0ub4dor&3"), noOpinion},
		{"word too far after", in("Tr0ub4dor&3"+strings.Repeat(" ", 41)+"password", "Tr0ub4dor&3"), noOpinion},
		{"letter before word", in("nopassword Tr0ub4dor&3", "Tr0ub4dor&3"), noOpinion},
		{"letter after word", in("passwords Tr0ub4dor&3", "Tr0ub4dor&3"), noOpinion},
		// camelCase names join words at upper case
		{"camelCase before", in("<adminPassword>Tr0ub4dor&3</adminPassword>", "Tr0ub4dor&3"), boosted},
		{"camelCase after", in("passwordValue=Tr0ub4dor&3", "Tr0ub4dor&3"), boosted},
		{"lower case join", in("superpassword Tr0ub4dor&3", "Tr0ub4dor&3"), noOpinion},
		{"upper case join", in("SUPERPASSWORD Tr0ub4dor&3", "Tr0ub4dor&3"), noOpinion},
		{"word only inside the value", in("x password1234 y", "password1234"), noOpinion},
		{"word cut by the payload end", in("Tr0ub4dor&3 passwor", "Tr0ub4dor&3"), noOpinion},
		{"empty payload", val(""), noOpinion},
	})
}

func TestContextRequiredBefore(t *testing.T) {
	runValidator(t, Spec{Kind: "context", Words: []string{"ssn"}, Window: 10, Before: true, Required: true}, []validatorTest{
		{"before", in("SSN: 536-22-8726", "536-22-8726"), confirm},
		{"after only", in("536-22-8726 is my ssn", "536-22-8726"), reject},
		{"after but inside the match", inMatch("536-22-8726 (ssn)", "536-22-8726 (ssn)", "536-22-8726"), confirm},
		{"beyond the window", in("ssn of the user: 536-22-8726", "536-22-8726"), reject},
		{"none", in("call 536-22-8726", "536-22-8726"), reject},
	})
}

func TestNotContext(t *testing.T) {
	runValidator(t, Spec{Kind: "not_context", Words: []string{"order", "tracking no"}}, []validatorTest{
		{"before", in("Order #4111111111111111", "4111111111111111"), reject},
		{"after", in("4111111111111111 was the order", "4111111111111111"), reject},
		{"with a space", in("Tracking No. 4111111111111111", "4111111111111111"), reject},
		{"absent", in("card 4111111111111111", "4111111111111111"), noOpinion},
		{"inside a word", in("reorder 4111111111111111", "4111111111111111"), noOpinion},
	})
	runValidator(t, Spec{Kind: "not_context", Words: []string{"order"}, Before: true}, []validatorTest{
		{"after, before only", in("4111111111111111 was the order", "4111111111111111"), noOpinion},
	})
	runValidator(t, Spec{Kind: "not_context", Words: []string{"sha"}, Window: 48, SameLine: true}, []validatorTest{
		{"same line", in("hmac_key = sha 6a5e1d21ebb596", "6a5e1d21ebb596"), reject},
		{"line above, same line only", in("alg = HMAC-SHA256\nhmac_key = 6a5e1d21ebb596", "6a5e1d21ebb596"), noOpinion},
		{"line below, same line only", in("hmac_key = 6a5e1d21ebb596\nalg = sha", "6a5e1d21ebb596"), noOpinion},
	})
	runValidator(t, Spec{Kind: "not_context", Words: []string{"sha"}, Window: 48}, []validatorTest{
		{"line above", in("alg = HMAC-SHA256\nhmac_key = 6a5e1d21ebb596", "6a5e1d21ebb596"), reject},
	})
}

func TestNewContextValidator(t *testing.T) {
	// Words are folded once at build time; empty words are dropped rather
	// than matching everywhere.
	v := newContextValidator(Spec{Kind: "context", Words: []string{"", "PassWord", "Ключ"}}, false).(contextValidator)
	// Non-ASCII is not folded: its case variants are words of their own.
	var got []string
	for _, w := range v.words.words {
		got = append(got, string(w))
	}
	if want := []string{"password", "Ключ", "КЛЮЧ", "ключ"}; !slices.Equal(got, want) {
		t.Fatalf("words = %q, want %q", got, want)
	}
	if got, want := v.window, defaultContextWindow; got != want {
		t.Errorf("window = %d, want %d", got, want)
	}
	only := newContextValidator(Spec{Kind: "context", Words: []string{""}, Required: true}, false)
	if got := only.Validate(in("anything 123", "123")); got != reject {
		t.Errorf("Validate with no usable words = %+v, want %+v", got, reject)
	}
}

func TestContextClampsSpans(t *testing.T) {
	// Spans from a buggy caller must not panic the request path.
	v := newContextValidator(Spec{Kind: "context", Words: []string{"key"}}, false)
	p := []byte("key = abc")
	for _, c := range []Candidate{
		{Payload: p, Start: 6, End: 9, MatchStart: 8, MatchEnd: 7},
		{Payload: p, Start: -3, End: 99, MatchStart: -10, MatchEnd: 100},
		{Payload: p, Start: 9, End: 2, MatchStart: 0, MatchEnd: 9},
		{Payload: nil, Start: 1, End: 2, MatchStart: 0, MatchEnd: 3},
	} {
		v.Validate(c)
	}
}

func TestContextColumnHeader(t *testing.T) {
	v, err := Build(Spec{Kind: "context", Words: []string{"dob", "date of birth"}, Required: true, Window: 8})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, payload, value string
		want                 Verdict
	}{
		{"csv header", "name,email,dob\nJane,j@x.io,1985-04-12\n", "1985-04-12", Confirm},
		{"tsv header", "id\tDate of Birth\n7\t12/04/1985\n", "12/04/1985", Confirm},
		{"other column", "name,hire_date,dob\nJane,2019-01-02,1985-04-12\n", "2019-01-02", Reject},
		{"markdown table mid-file", "# Staff\n\n| name | dob |\n|---|---|\n| Jane | 1985-04-12 |\n", "1985-04-12", Confirm},
		{"different shape", "name,dob\nJane said 1985-04-12 was fine\n", "1985-04-12", Reject},
		{"value on the header line", "dob,1985-04-12\n", "1985-04-12", Confirm}, // in window
		{"no table", "hello\nborn? 1985-04-12\n", "1985-04-12", Reject},
		{"snake case header", "id,date_of_birth\n7,1985-04-12\n", "1985-04-12", Confirm},
		{"kebab case header", "id,Date-Of-Birth\n7,1985-04-12\n", "1985-04-12", Confirm},
		// a comma inside a semicolon row repeats from row to row: read as
		// the delimiter, it would make the first row the header
		{"comma inside semicolon rows", "id;place;doc;book\n1;Chios, GR;dob 1;AK48\n2;Iloilo, PH;x;1985-04-12\n", "1985-04-12", Reject},
		{"semicolon rows with a comma, right column", "id;place;dob\n1;Chios, GR;1984-03-17\n2;Iloilo, PH;1985-04-12\n", "1985-04-12", Confirm},
		{"a row with a delimiter more in its last field", "id;dob;note\n1;1985-04-12;first boarding; OEC ok\n", "1985-04-12", Confirm},
		{"a row with three delimiters more", "id;dob;note\n1;1985-04-12;a; b; c; d\n", "1985-04-12", Reject},
		{"a row with a delimiter more before the value", "id;note;dob\n1;a; b;1985-04-12\n", "1985-04-12", Reject},

		{"html table", htmlTable, "1992-11-30", Confirm},
		{"html table, other column", htmlTable, "2022-01-19", Reject},
		{"html, header is the value's row", "<table><tr><td>dob</td><td>1985-04-12</td></tr></table>", "1985-04-12", Reject},
		{"html, no table", "<p>signed up <b>2022-01-19</b></p>", "2022-01-19", Reject},
		{"dataframe, right-aligned", dataFrame, "1992-11-30", Confirm},
		{"dataframe, other column", dataFrame, "2022-01-19", Reject},
		{"psql, left-aligned", psql, "1979-07-08", Confirm},
		{"aligned, blank line between", "  id         dob     signup\n\n   7  1985-04-12  2020-01-01\n", "1985-04-12", Reject},
		{"aligned, two fields only", "name dob\nJane 1985-04-12\n", "1985-04-12", Reject},
		{"aligned by chance, no padding", "COPY t (id, name, dob, city) FROM stdin;\n7 Jonathan Parker 1985-04-12 Pune\n", "1985-04-12", Reject},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := []byte(tt.payload)
			i := strings.LastIndex(tt.payload, tt.value)
			got := v.Validate(Candidate{Payload: p, Start: i, End: i + len(tt.value), MatchStart: i, MatchEnd: i + len(tt.value)})
			if got.Verdict != tt.want {
				t.Errorf("got %v, want %v", got.Verdict, tt.want)
			}
		})
	}
}

// TestContextSameLineNoHeader checks that same_line keeps a context word
// to the value's line: a column header above it does not count.
func TestContextSameLineNoHeader(t *testing.T) {
	p := []byte("name,dob\nJane,1985-04-12\n")
	i := bytes.LastIndex(p, []byte("1985-04-12"))
	c := Candidate{Payload: p, Start: i, End: i + 10, MatchStart: i, MatchEnd: i + 10}
	for _, tt := range []struct {
		same bool
		want Verdict
	}{{false, Confirm}, {true, Reject}} {
		v, err := Build(Spec{Kind: "context", Words: []string{"dob"}, Required: true, Window: 8, SameLine: tt.same})
		if err != nil {
			t.Fatal(err)
		}
		if got := v.Validate(c).Verdict; got != tt.want {
			t.Errorf("same_line %v: got %v, want %v", tt.same, got, tt.want)
		}
	}
}

// A pandas DataFrame as a notebook renders it: HTML, right-aligned text,
// and psql's left-aligned output.
const (
	htmlTable = `<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;">
      <th></th>
      <th>first_name</th>
      <th>dob</th>
      <th>signup_date</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th>0</th>
      <td>Amara</td>
      <td>1987-03-14</td>
      <td>2021-06-02</td>
    </tr>
    <tr>
      <th>1</th>
      <td>Lukas</td>
      <td>1992-11-30</td>
      <td>2022-01-19</td>
    </tr>
  </tbody>
</table>`
	dataFrame = "  first_name         dob signup_date\n" +
		"0      Amara  1987-03-14  2021-06-02\n" +
		"1      Lukas  1992-11-30  2022-01-19\n"
	psql = " id | name  | dob        | city\n" +
		"----+-------+------------+-------\n" +
		"  7 | Priya | 1979-07-08 | Pune\n"
)

func TestRequiredWords(t *testing.T) {
	for _, tc := range []struct {
		spec Spec
		want []string
	}{
		{Spec{Kind: "context", Words: []string{"DOB", "date of birth"}, Required: true}, []string{"dob", "date of birth"}},
		{Spec{Kind: "context", Words: []string{"dob"}}, nil},
		{Spec{Kind: "not_context", Words: []string{"dob"}}, nil},
	} {
		v, err := Build(tc.spec)
		if err != nil {
			t.Fatal(err)
		}
		got := v.(WordRequirer).RequiredWords()
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: RequiredWords() = %q, want %q", tc.spec, got, tc.want)
		}
	}
}

// hasWordSimple is hasWord trying every position: the specification the
// pair-skipping loop is checked against.
func hasWordSimple(p []byte, lo, hi int, ws *wordSet) bool {
	for i := lo; i < hi; i++ {
		if wordAt(p, i, hi, ws) {
			return true
		}
	}
	return false
}

func TestHasWordSkipsOnlyNonWords(t *testing.T) {
	sets := []*wordSet{
		lowerWords([]string{"dob", "date of birth", "born"}),
		lowerWords([]string{"x-api-key", "API key", "Token"}),
		lowerWords([]string{"a b", "#", "ssn"}), // a one-byte word: first-byte path
		lowerWords([]string{"ab", " c", "a b"}),
	}
	parts := []string{"dob", "DOB", "date", " ", "_", "-", ".", "of", "birth", "Born", "x", "api", "key", "Token", "primary", "Value",
		"a", "b", "#", "ssn", "AB", "c", "1", "é", "\n", "A-b", "a.B", "a_b"}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 100000; n++ {
		var b []byte
		for k := r.IntN(8); k >= 0; k-- {
			b = append(b, parts[r.IntN(len(parts))]...)
		}
		lo := r.IntN(len(b) + 1)
		hi := lo + r.IntN(len(b)-lo+1)
		for _, ws := range sets {
			if got, want := hasWord(b, lo, hi, ws), hasWordSimple(b, lo, hi, ws); got != want {
				t.Fatalf("hasWord(%q, %d, %d, %q) = %v, want %v", b, lo, hi, ws.words, got, want)
			}
		}
	}
}

func TestNotColumn(t *testing.T) {
	csv := "id;name;Eintrittsdatum;dob;email\n7;Gruber;01.02.2012;14.03.1987;f@x.io\n"
	runValidator(t, Spec{Kind: "not_column", Words: []string{"eintrittsdatum", "hire_date"}}, []validatorTest{
		{"a hire-date column", in(csv, "01.02.2012"), reject},
		{"a birth-date column", in(csv, "14.03.1987"), noOpinion},
		{"no table", in("joined 01.02.2012 as eintrittsdatum", "01.02.2012"), noOpinion},
	})
	// NDJSON: the first line is another record, not a header naming columns
	ndjson := `{"host":"a","agent":"Safari Version/18.1"}` + "\n" + `{"host":"b","agent":"188.251.40.172"}` + "\n"
	runValidator(t, Spec{Kind: "not_column", Words: []string{"version"}}, []validatorTest{
		{"a JSON record per line", in(ndjson, "188.251.40.172"), noOpinion},
	})
	// A JSON object's members one per line: the member above is no header
	members := "  \"consent\": {\n    \"gdpr_version\": \"PP-2025-02\",\n    \"ip\": \"94.67.213.48\",\n"
	quoted := "\"name, full\",\"version\"\n\"Smith, John\",\"10.2.3.4\"\n"
	runValidator(t, Spec{Kind: "not_column", Words: []string{"version"}}, []validatorTest{
		{"JSON members", in(members, "94.67.213.48"), noOpinion},
		{"a CSV row whose first field is quoted", in(quoted, "10.2.3.4"), reject},
	})
	// A form's fields over an empty row, then the table: its own header
	form := "CREW LIST;;;\nVessel;Lara;Type;Bavaria\n;;;\nName;Role;Version;Sex\nHuber;Skipper;10.2.3.4;M\n"
	runValidator(t, Spec{Kind: "not_column", Words: []string{"version"}}, []validatorTest{
		{"a table under a form", in(form, "10.2.3.4"), reject},
	})
}

func TestWholeField(t *testing.T) {
	runValidator(t, Spec{Kind: "whole_field"}, []validatorTest{
		{"a comma-separated cell", in("Kari,Nord,Tq7%mLx2Rv!s,Drift\n", "Tq7%mLx2Rv!s"), noOpinion},
		{"a tab-separated cell", in("li.wei\tK9v#Rt2pLq\tBIO101", "K9v#Rt2pLq"), noOpinion},
		{"the last cell", in("Kari;Nord;Tq7%mLx2Rv!s\r\n", "Tq7%mLx2Rv!s"), noOpinion},
		{"at the payload's end", in("Kari|Tq7%mLx2Rv!s", "Tq7%mLx2Rv!s"), noOpinion},
		{"quoted", in(`"Kari","Tq7%mLx2Rv!s","Drift"`, "Tq7%mLx2Rv!s"), noOpinion},
		{"after a blank", in("Kari, Tq7%mLx2Rv!s, Drift", "Tq7%mLx2Rv!s"), noOpinion},
		{"cut from a call", in("throw new X(List.copyOf(violations));", "List.copyOf"), reject},
		{"another delimiter after it", in("Kari,Tq7%mLx2Rv!s;Drift", "Tq7%mLx2Rv!s"), reject},
		{"no delimiter before it", in("Kari Tq7%mLx2Rv!s,Drift", "Tq7%mLx2Rv!s"), reject},
		{"a quote left open", in(`Kari,"Tq7%mLx2Rv!s,Drift`, "Tq7%mLx2Rv!s"), reject},
	})
}

func TestNotTable(t *testing.T) {
	herd := "Ohrmarke;Geburtsdatum;Geschlecht;Rasse\nDE 12 084 77524;13.07.2022;m;SBT\n" + strings.Repeat("DE 12 084 77525;14.07.2022;w;SBT\n", 100) + "DE 12 867 15621;19.07.2024;w;XFL\n"
	runValidator(t, Spec{Kind: "not_table", Words: []string{"ohrmarke", "rasse"}}, []validatorTest{
		{"far below a header naming the animals", in(herd, "19.07.2024"), reject},
		{"a table of people", in("Name;Geburtsdatum;Klasse\nMia;19.07.2016;2b\n", "19.07.2016"), noOpinion},
		{"no table", val("19.07.2024"), noOpinion},
	})
}

func TestWholeFieldInCode(t *testing.T) {
	runValidator(t, Spec{Kind: "whole_field"}, []validatorTest{
		{"an argument of a call", in("\tbinary.Write(&buffer, binary.BigEndian, counter)\n", "binary.BigEndian"), reject},
		{"a struct tag's option", in("\tX string `protobuf:\"bytes,6,rep,name=x_y,json=xY,proto3\"`\n", "json=xY"), reject},
		{"a row after code", in("f(a, b)\nKari,Tq7%mLx2Rv!s,Drift\n", "Tq7%mLx2Rv!s"), noOpinion},
		{"a row with a bracketed word", in("Kari Nord (IT),Tq7%mLx2Rv!s,Drift\n", "Tq7%mLx2Rv!s"), noOpinion},
		{"braces inside a quoted field", in("student,luna.w220,\"{SIS:RC1857220},{Clever:5a9d}\",Luna,02,Salmon-Creek-42\n", "Salmon-Creek-42"), noOpinion},
		{"braces outside quotes", in("new User{Name: x, Password: Salmon-Creek-42, Role: y}\n", "Salmon-Creek-42"), reject},
	})
}

func TestHeaderRows(t *testing.T) {
	for _, tc := range []struct {
		name, p string
		ls      int
		want    string // the text HeaderRows selects after the header line
	}{
		{"first line: the whole payload", "user,password\nkari,x1\n\nbob,y2\n", 0, "\nkari,x1\n\nbob,y2\n"},
		{"rows with the header's delimiters", "note\nuser,password\nkari,x1\nbob,y2\nend of table\n", 5, "\nkari,x1\nbob,y2"},
		{"no rows", "note\nuser,password\nthe end\n", 5, ""},
		{"key=value pairs are no header", "note\nServer=db;Password=x;User=sa\nKari;Nord;IT\n", 5, ""},
		{"an aligned header", "note\nuser   password   ou\nkari   x1y2z3     IT\n\nafter\n", 5, "\nkari   x1y2z3     IT"},
		{"too long a line", "note\n" + strings.Repeat("password,", 500) + "\nkari,x1\n", 5, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := []byte(tc.p)
			end := HeaderRows(p, tc.ls)
			le := tc.ls + bytes.IndexByte(p[tc.ls:], '\n')
			got := ""
			if end > tc.ls {
				got = string(p[le:end])
			}
			if got != tc.want {
				t.Errorf("HeaderRows selects %q after the header, want %q", got, tc.want)
			}
		})
	}
}

func TestSQLColumn(t *testing.T) {
	stmt := "INSERT INTO staff (id, email, password_digest, temp_password, created_at)\nVALUES\n" +
		"  ('26856163', 'a@b.io', '$2b$12$M1snAU', 'Shelf-3195PV', '2025-06-14'),\n" +
		"  ('7d7b4d69', 'c@d.io', '$2b$12$G9gIcu', 'Pt-Welcome-1044ET', '2025-06-14');\n"
	runValidator(t, Spec{Kind: "sql_column", Words: []string{"password"}}, []validatorTest{
		{"the password column, first row", in(stmt, "Shelf-3195PV"), confirm},
		{"the password column, second row", in(stmt, "Pt-Welcome-1044ET"), confirm},
		{"another column", in(stmt, "a@b.io"), reject},
		{"the digest column", in(stmt, "$2b$12$M1snAU"), reject},
		{"no insert", in("x = ('a', 'Shelf-3195PV')", "Shelf-3195PV"), reject},
		{"a comma inside a quoted value", in("INSERT INTO t (note, password) VALUES ('a, b', 'Kq7-Vb2x')", "Kq7-Vb2x"), confirm},
	})
}

func TestCaseVariants(t *testing.T) {
	for _, tc := range []struct {
		word string
		want []string
	}{
		{"password", nil}, // ASCII: the automaton and the words fold it
		{"密码", nil},       // no case
		{"паспорт", []string{"Паспорт", "ПАСПОРТ"}},
		{"дата рождения", []string{"Дата рождения", "Дата Рождения", "ДАТА РОЖДЕНИЯ"}},
		{"Ключ", []string{"КЛЮЧ", "ключ"}},
		{"születési", []string{"SZÜLETÉSI"}}, // Születési differs from it in ASCII case only
		{"διαβατήριο", []string{"Διαβατήριο", "ΔΙΑΒΑΤΉΡΙΟ"}},
	} {
		if got := CaseVariants(tc.word); !slices.Equal(got, tc.want) {
			t.Errorf("CaseVariants(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
	// A label that starts a line in capitals confirms a value as the
	// lower-case word does.
	runValidator(t, Spec{Kind: "context", Words: []string{"паспорт"}, Required: true, Before: true}, []validatorTest{
		{"capitalised", in("Паспорт: FA2773393", "FA2773393"), Outcome{Verdict: Confirm}},
		{"upper case", in("ПАСПОРТ FA2773393", "FA2773393"), Outcome{Verdict: Confirm}},
		{"lower case", in("паспорт FA2773393", "FA2773393"), Outcome{Verdict: Confirm}},
		{"absent", in("Заказ: FA2773393", "FA2773393"), reject},
	})
}

func TestNotContextAfter(t *testing.T) {
	// after: only the bytes past the value count ("PASS", "next_key": ...)
	spec := Spec{Kind: "not_context", Words: []string{":"}, Window: 2, After: true}
	runValidator(t, spec, []validatorTest{
		{"colon after", in(`"auth": "PASS", "active_auth": "NO"`, "active_auth"), reject},
		{"colon before only, inside the window", in(`"password":"Vx9#mPq2Lr"`, "Vx9#mPq2Lr"), noOpinion},
	})
	if _, err := Build(Spec{Kind: "not_context", Words: []string{":"}, Before: true, After: true}); err == nil ||
		!strings.Contains(err.Error(), "before and after exclude each other") {
		t.Errorf("before and after together: err = %v, want a clear error", err)
	}
	if _, err := Build(Spec{Kind: "context", Words: []string{"x"}, After: true}); err == nil ||
		!strings.Contains(err.Error(), `does not take parameter "after"`) {
		t.Errorf("after on context: err = %v, want it refused", err)
	}
}
