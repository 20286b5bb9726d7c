package corpus

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"
)

// Label is one sensitive value in a file: its finding type and byte span
// [Start, End) in the file's bytes.
type Label struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// File is one generated corpus file.
type File struct {
	// Path is relative, with '/' separators; its first element names the
	// carrier kind (env, json, logs, ...), or is "negative" followed by it.
	Path string
	// Data is the file's bytes.
	Data []byte
	// Labels are the planted sensitive values, sorted by Start.
	Labels []Label
	// Negative reports that the file was built to hold no sensitive values.
	Negative bool
}

// Generate returns the whole corpus. The result depends only on seed: two
// calls with the same seed return identical files in the same order, sorted
// by Path.
func Generate(seed int64) []File {
	gfs := generate(seed)
	files := make([]File, len(gfs))
	for i, gf := range gfs {
		files[i] = gf.file()
	}
	return files
}

// genFile is a generated file together with the values planted at its labels,
// which the tests compare against the bytes at each span.
type genFile struct {
	path     string
	data     []byte
	labels   []planted
	negative bool
}

func (gf genFile) file() File {
	f := File{Path: gf.path, Data: gf.data, Negative: gf.negative, Labels: make([]Label, len(gf.labels))}
	for i, p := range gf.labels {
		f.Labels[i] = p.Label
	}
	return f
}

// carrier builds the files of one carrier family. build writes one file into
// d and returns its base name; it must draw every random choice from g so the
// file depends only on the seed.
type carrier struct {
	dir      string // directory under the corpus root, e.g. "env"
	count    int    // number of files to build
	negative bool   // files hold no sensitive values (written under negative/)
	build    func(g *gen, d *doc, i int) string
}

// carriers lists every carrier family in generation order. The order is part
// of the output (values are kept unique across files in this order), so new
// carriers go at the end.
func carriers() []carrier {
	return []carrier{
		{"env", 24, false, buildEnv},
		{"env", 13, true, buildEnvNegative},
		{"json", 28, false, buildJSON},
		{"json", 14, true, buildJSONNegative},
		{"logs", 24, false, buildLogs},
		{"logs", 13, true, buildLogsNegative},
		{"yaml", 12, false, buildYAML},
		{"yaml", 7, true, buildYAMLNegative},
		{"helm", 8, false, buildHelm},
		{"helm", 5, true, buildHelmNegative},
		{"compose", 8, false, buildCompose},
		{"compose", 5, true, buildComposeNegative},
		{"k8s", 14, false, buildK8s},
		{"k8s", 8, true, buildK8sNegative},
		{"terraform", 9, false, buildTerraform},
		{"terraform", 5, true, buildTerraformNegative},
		{"code", 28, false, buildCode},
		{"code", 13, true, buildCodeNegative},
		{"csv", 12, false, buildCSV},
		{"csv", 6, true, buildCSVNegative},
		{"chat", 14, false, buildChat},
		{"chat", 7, true, buildChatNegative},
		{"curl", 12, false, buildCurl},
		{"curl", 6, true, buildCurlNegative},
		{"http", 10, false, buildHTTP},
		{"http", 6, true, buildHTTPNegative},
		{"traces", 10, false, buildTrace},
		{"traces", 6, true, buildTraceNegative},
		{"sql", 8, false, buildSQL},
		{"sql", 4, true, buildSQLNegative},
		{"markdown", 10, false, buildMarkdown},
		{"markdown", 6, true, buildMarkdownNegative},
		{"config", 14, false, buildConfig},
		{"config", 6, true, buildConfigNegative},
	}
}

// generate builds every file for seed, sorted by path.
func generate(seed int64) []genFile {
	seen := make(map[string]bool)
	var out []genFile
	for _, c := range carriers() {
		dir := c.dir
		if c.negative {
			dir = "negative/" + c.dir
		}
		for i := range c.count {
			g := newGen(seed, dir, i, seen)
			d := &doc{}
			name := c.build(g, d, i)
			out = append(out, genFile{
				path:     fmt.Sprintf("%s/%03d-%s", dir, i, name),
				data:     d.b,
				labels:   d.labels,
				negative: c.negative,
			})
		}
	}
	out = append(out, specialFiles(seed, seen)...)
	slices.SortFunc(out, func(a, b genFile) int { return strings.Compare(a.path, b.path) })
	return out
}

// gen is the random source of one file plus the set of values already planted
// in earlier files, which keeps every sensitive value unique in the corpus.
type gen struct {
	r    *rand.Rand
	seen map[string]bool
	// local holds values planted in the current file; a file may repeat its
	// own values (a customer's email twice in one chat) but not another's.
	local map[string]bool
}

// newGen seeds a source from the corpus seed and the file's identity, so a
// file's random choices do not shift when another carrier changes.
func newGen(seed int64, dir string, i int, seen map[string]bool) *gen {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s#%d", dir, i)
	return &gen{r: rand.New(rand.NewPCG(uint64(seed), h.Sum64())), seen: seen, local: map[string]bool{}}
}

// fresh calls mk until it returns a value not planted in any earlier file.
func (g *gen) fresh(mk func() string) string {
	for range 1000 {
		v := mk()
		if !g.seen[v] {
			g.seen[v] = true
			g.local[v] = true
			return v
		}
	}
	panic("corpus: value space exhausted")
}

func (g *gen) intn(n int) int { return g.r.IntN(n) }

// between returns a uniform int in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// chance reports true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// pick returns a uniformly chosen element of xs.
func pick[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// shuffle permutes xs in place.
func shuffle[T any](g *gen, xs []T) {
	g.r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
}

// str returns n characters drawn uniformly from alphabet.
func (g *gen) str(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.r.IntN(len(alphabet))]
	}
	return string(b)
}

// bytes returns n random bytes.
func (g *gen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.Uint32())
	}
	return b
}
