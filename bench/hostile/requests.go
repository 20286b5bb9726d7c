package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"

	"google.golang.org/grpc/codes"
)

// A class is one kind of hostile request and the status codes it may get.
// Payload bytes are built once per class and shared read-only by every
// request of the class (gRPC never writes into a request it marshals), so
// the driver's own memory stays small even with 4 MiB payloads.
type class struct {
	name   string
	weight float64 // share of the requests (before rounding)
	// expect are the codes a unary request of this class may end with.
	expect []codes.Code
	// build returns the request spec for draw i.
	build func(r *rand.Rand) spec
}

// spec is one request to send.
type spec struct {
	class       string
	inspect     bool // Inspect instead of Redact
	stream      bool // a RedactStream of records instead of a unary call
	payload     []byte
	destination string
	labels      map[string]string
	deadline1ms bool
	records     []record // for streams
}

// record is one record of a stream and the record error code it may get
// (codes.OK: no error).
type record struct {
	payload []byte
	labels  map[string]string
	expect  codes.Code
}

// canary is planted in every payload; no error message may quote it.
const canary = "AKIAQ3HOSTILECANARY7"

var destinations = []string{"llm", "llm", "llm", "logs", "public-web", "internal-crm", "unknown-sink"}

// invalidUTF8 returns n bytes of text broken in every way UTF-8 can be:
// stray continuation bytes, truncated sequences, overlong encodings,
// encoded surrogates, bytes over U+10FFFF, NULs, with a few real secrets
// and the canary among them.
func invalidUTF8(r *rand.Rand, n int) []byte {
	bad := [][]byte{
		{0x80}, {0xbf}, {0xc0, 0xaf}, {0xe0, 0x80, 0xaf}, {0xed, 0xa0, 0x80}, {0xf4, 0x90, 0x80, 0x80},
		{0xf8, 0x88, 0x80, 0x80, 0x80}, {0xfe}, {0xff}, {0xc3}, {0xe2, 0x82}, {0xf0, 0x9f, 0x98}, {0x00},
	}
	good := []string{"user=alice@example.org ", "card 4539 1488 0343 6467 ", "password=hunter2hunter2 ",
		"aws_access_key_id=" + canary + " ", "naïve café ", "日本語のテキスト ", "lorem ipsum dolor "}
	var b bytes.Buffer
	for b.Len() < n {
		if r.IntN(3) == 0 {
			b.WriteString(good[r.IntN(len(good))])
		} else {
			b.Write(bad[r.IntN(len(bad))])
		}
	}
	return b.Bytes()[:n]
}

// flood returns n bytes of one keyword repeated: thousands of prefilter
// hits and no finding (or, for a few, findings up to the cap).
func flood(word string, n int) []byte {
	out := bytes.Repeat([]byte(word), n/len(word)+1)[:n]
	return out
}

var floodWords = []string{
	"password ", "AKIA ", "key= ", "secret: ", "token=", "-----BEGIN ", "@", "ghp_", "xoxb-", "eyJ",
	"Bearer ", "https://", "mongodb://", "api_key ", "4111 ", "AIza", "sk_live_", "BEGIN RSA PRIVATE KEY ",
	"a@b.co ", "=", "\"password\": \"", "0", "\n",
}

// prose is ordinary text with a few findings, n bytes.
func prose(r *rand.Rand, n int) []byte {
	words := strings.Fields("the deploy failed again after the nightly export because the bucket policy was tightened and " +
		"nobody rotated the staging credentials so the on-call engineer restarted the workers twice")
	var b bytes.Buffer
	for b.Len() < n {
		switch r.IntN(200) {
		case 0:
			fmt.Fprintf(&b, "contact ops.%d@northwind-traders.com ", r.IntN(1000))
		case 1:
			b.WriteString("aws_access_key_id=" + canary + " ")
		default:
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
	}
	return b.Bytes()[:n]
}

// denseEmails is n bytes of short distinct email addresses: findings up to
// the server's cap, each tokenized to something longer than itself under
// destination llm.
func denseEmails(n int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "u%d@x.io\n", i)
	}
	return b.Bytes()[:n]
}

func labels(r *rand.Rand, n, keyLen, valLen int) map[string]string {
	m := make(map[string]string, n)
	for i := 0; len(m) < n; i++ {
		k := fmt.Sprintf("k%d_", i)
		if keyLen > len(k) {
			k += strings.Repeat("x", keyLen-len(k))
		}
		m[k] = strings.Repeat(string(rune('a'+r.IntN(26))), valLen)
	}
	return m
}

// classes returns the hostile mix for a server whose payload limit is
// maxPayload. Payloads a class reuses are built here, once.
func classes(seed uint64, maxPayload int) []class {
	r := rand.New(rand.NewPCG(seed, 1))
	// Pools of prebuilt payloads.
	var utf8Pool, floodPool, smallPool [][]byte
	for _, n := range []int{100, 1 << 10, 4 << 10, 16 << 10, 64 << 10} {
		for range 4 {
			utf8Pool = append(utf8Pool, invalidUTF8(r, n))
		}
	}
	for _, w := range floodWords {
		for _, n := range []int{4 << 10, 64 << 10, 256 << 10} {
			floodPool = append(floodPool, append(flood(w, n), []byte(" "+canary)...))
		}
	}
	for _, n := range []int{1 << 10, 4 << 10, 16 << 10} {
		for range 4 {
			smallPool = append(smallPool, prose(r, n))
		}
	}
	var bigFloods [][]byte
	for _, w := range []string{"password ", "AKIA ", "key= ", "@", "4111 "} {
		bigFloods = append(bigFloods, flood(w, maxPayload))
	}
	maxProse := prose(r, maxPayload)
	maxDense := denseEmails(maxPayload)
	justOver := prose(r, maxPayload+1)
	// Over the transport's own limit (payload limit + 64 KiB): refused by
	// gRPC before veil's code runs.
	wayOver := prose(r, maxPayload+64<<10+1)

	pickOf := func(r *rand.Rand, pool [][]byte) []byte { return pool[r.IntN(len(pool))] }
	unary := func(name string, r *rand.Rand, p []byte) spec {
		return spec{class: name, inspect: r.IntN(10) < 3, payload: p, destination: destinations[r.IntN(len(destinations))]}
	}
	ok := []codes.Code{codes.OK}
	return []class{
		{name: "invalid-utf8", weight: 0.22, expect: ok, build: func(r *rand.Rand) spec {
			return unary("invalid-utf8", r, pickOf(r, utf8Pool))
		}},
		{name: "keyword-flood", weight: 0.22, expect: ok, build: func(r *rand.Rand) spec {
			return unary("keyword-flood", r, pickOf(r, floodPool))
		}},
		{name: "keyword-flood-max", weight: 0.002, expect: ok, build: func(r *rand.Rand) spec {
			return unary("keyword-flood-max", r, pickOf(r, bigFloods))
		}},
		{name: "max-size", weight: 0.003, expect: ok, build: func(r *rand.Rand) spec {
			return unary("max-size", r, maxProse)
		}},
		{name: "max-size-dense-pii", weight: 0.002, expect: ok, build: func(r *rand.Rand) spec {
			s := unary("max-size-dense-pii", r, maxDense)
			s.destination = "llm"
			return s
		}},
		{name: "over-limit", weight: 0.006, expect: []codes.Code{codes.ResourceExhausted}, build: func(r *rand.Rand) spec {
			return unary("over-limit", r, justOver)
		}},
		{name: "over-transport-limit", weight: 0.004, expect: []codes.Code{codes.ResourceExhausted}, build: func(r *rand.Rand) spec {
			return unary("over-transport-limit", r, wayOver)
		}},
		{name: "labels-over-32", weight: 0.12, expect: []codes.Code{codes.InvalidArgument}, build: func(r *rand.Rand) spec {
			s := unary("labels-over-32", r, pickOf(r, smallPool))
			s.labels = labels(r, 33+r.IntN(500), 1+r.IntN(63), r.IntN(257))
			return s
		}},
		{name: "labels-at-32-max-len", weight: 0.03, expect: ok, build: func(r *rand.Rand) spec {
			s := unary("labels-at-32-max-len", r, pickOf(r, smallPool))
			s.labels = labels(r, 32, 63, 256)
			return s
		}},
		{name: "labels-bad-key", weight: 0.03, expect: []codes.Code{codes.InvalidArgument}, build: func(r *rand.Rand) spec {
			s := unary("labels-bad-key", r, pickOf(r, smallPool))
			s.labels = map[string]string{[]string{"", "has space", "ü", strings.Repeat("k", 64), "a/b"}[r.IntN(5)]: "v"}
			return s
		}},
		{name: "deadline-1ms", weight: 0.25, expect: []codes.Code{codes.OK, codes.DeadlineExceeded}, build: func(r *rand.Rand) spec {
			pool := [][][]byte{smallPool, floodPool, utf8Pool}[r.IntN(3)]
			s := unary("deadline-1ms", r, pickOf(r, pool))
			s.deadline1ms = true
			return s
		}},
		{name: "stream-mixed", weight: 0.01, expect: ok, build: func(r *rand.Rand) spec {
			s := spec{class: "stream-mixed", stream: true, destination: "llm"}
			for range 10 {
				switch r.IntN(5) {
				case 0:
					s.records = append(s.records, record{payload: justOver, expect: codes.ResourceExhausted})
				case 1:
					s.records = append(s.records, record{payload: pickOf(r, smallPool), labels: labels(r, 40, 8, 8), expect: codes.InvalidArgument})
				case 2:
					s.records = append(s.records, record{payload: pickOf(r, utf8Pool), expect: codes.OK})
				default:
					s.records = append(s.records, record{payload: pickOf(r, floodPool), expect: codes.OK})
				}
			}
			return s
		}},
		{name: "ordinary", weight: 0.08, expect: ok, build: func(r *rand.Rand) spec {
			return unary("ordinary", r, pickOf(r, smallPool))
		}},
	}
}

// schedule draws n requests from the classes in proportion to their
// weights (every class at least once), in a seeded random order.
func schedule(seed uint64, n int, cs []class) []spec {
	r := rand.New(rand.NewPCG(seed, 2))
	total := 0.0
	for _, c := range cs {
		total += c.weight
	}
	var out []spec
	for i, c := range cs {
		k := max(1, int(float64(n)*c.weight/total+0.5))
		if i == len(cs)-1 {
			k = max(1, n-len(out))
		}
		for range k {
			out = append(out, c.build(r))
		}
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out[:min(n, len(out))]
}
