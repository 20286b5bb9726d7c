// Command gencorpus writes the labelled test corpus to a directory.
//
//	go run ./bench/corpus/cmd/gencorpus -out testdata/corpus [-seed 1] [-labels path]
//
// It writes every file of corpus.Generate(seed) under -out and a manifest in
// the format documented in package corpus, to -labels (default
// <out>/labels.json; its paths are relative to -out wherever it is written).
// Files listed in an existing manifest at that path are removed first, so a
// regenerated corpus leaves no stale files behind; nothing else in -out is
// touched.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf16"

	"github.com/veil-dlp/veil/bench/corpus"
)

// entry is one file's record in labels.json.
type entry struct {
	Negative bool    `json:"negative"`
	Labels   []label `json:"labels"`
}

// label is a corpus.Label with the labelled text, for human review.
type label struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
}

func main() {
	out := flag.String("out", "testdata/corpus", "output directory")
	seed := flag.Int64("seed", 1, "corpus seed")
	manifest := flag.String("labels", "", "manifest `path` (default <out>/labels.json)")
	flag.Parse()
	if *manifest == "" {
		*manifest = filepath.Join(*out, "labels.json")
	}
	if err := run(*out, *manifest, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(out, manifestPath string, seed int64) error {
	if err := removeStale(out, manifestPath); err != nil {
		return err
	}
	files := corpus.Generate(seed)
	manifest := make(map[string]entry, len(files))
	total := 0
	for _, f := range files {
		p := filepath.Join(out, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
		total += len(f.Data)
		e := entry{Negative: f.Negative, Labels: []label{}}
		for _, l := range f.Labels {
			e.Labels = append(e.Labels, label{l.Type, l.Start, l.End, spanText(f.Data, l)})
		}
		manifest[f.Path] = e
	}
	data, err := encodeManifest(manifest)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(manifestPath), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(manifestPath, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %d files (%d bytes) to %s and the manifest to %s\n", len(files), total, out, manifestPath)
	return nil
}

// spanText returns the labelled text, decoding UTF-16LE files (which start
// with a byte-order mark) so reviewers read the value, not its code units.
func spanText(data []byte, l corpus.Label) string {
	b := data[l.Start:l.End]
	if !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) {
		return string(b)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return string(utf16.Decode(u))
}

// encodeManifest writes the manifest sorted by path, one label per line.
func encodeManifest(m map[string]entry) ([]byte, error) {
	paths := make([]string, 0, len(m))
	for p := range m {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var buf bytes.Buffer
	buf.WriteString("{\n")
	for i, p := range paths {
		e := m[p]
		fmt.Fprintf(&buf, "  %s: {\"negative\": %t, \"labels\": [", marshal(p), e.Negative)
		for j, l := range e.Labels {
			if j > 0 {
				buf.WriteString(",")
			}
			buf.WriteString("\n    ")
			buf.WriteString(marshal(l))
		}
		if len(e.Labels) > 0 {
			buf.WriteString("\n  ")
		}
		buf.WriteString("]}")
		if i < len(paths)-1 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
	}
	buf.WriteString("}\n")
	if !json.Valid(buf.Bytes()) {
		return nil, errors.New("manifest is not valid JSON")
	}
	return buf.Bytes(), nil
}

// marshal encodes v as compact JSON without HTML escaping.
func marshal(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // strings and plain structs always encode
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// removeStale deletes the files an earlier run listed in its manifest.
func removeStale(out, manifestPath string) error {
	data, err := os.ReadFile(manifestPath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var old map[string]json.RawMessage
	if err := json.Unmarshal(data, &old); err != nil {
		return fmt.Errorf("%s: %w", manifestPath, err)
	}
	for p := range old {
		if !filepath.IsLocal(filepath.FromSlash(p)) {
			return fmt.Errorf("%s lists a path outside %s: %q", manifestPath, out, p)
		}
		if err := os.Remove(filepath.Join(out, filepath.FromSlash(p))); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}
