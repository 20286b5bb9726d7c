package server

import (
	"context"
	"crypto/sha256"
	"io"
	"os"
	"time"
)

// Watcher notices changes to a set of files. A change is a different
// size, modification time or content hash, so an editor's atomic rename and
// a same-second rewrite are both seen. A file that disappears counts as a
// change (the reload then fails and the old snapshot keeps serving until
// the file is back).
type Watcher struct {
	paths []string
	last  [sha256.Size]byte
}

// NewWatcher fingerprints paths now: changes after it returns are seen.
func NewWatcher(paths []string) *Watcher {
	return &Watcher{paths: paths, last: fingerprint(paths)}
}

// Run calls reload whenever a file changed, checking every interval until
// ctx ends. It returns at once when there is nothing to watch.
func (w *Watcher) Run(ctx context.Context, interval time.Duration, reload func()) {
	if len(w.paths) == 0 || interval <= 0 {
		return
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if fp := fingerprint(w.paths); fp != w.last {
			w.last = fp
			reload()
		}
	}
}

// fingerprint hashes the size, modification time and content of files.
func fingerprint(paths []string) [sha256.Size]byte {
	h := sha256.New()
	for _, p := range paths {
		h.Write([]byte(p))
		h.Write([]byte{0})
		f, err := os.Open(p)
		if err != nil {
			h.Write([]byte("missing\x00"))
			continue
		}
		if fi, err := f.Stat(); err == nil {
			h.Write([]byte(fi.ModTime().String()))
		}
		io.Copy(h, f)
		f.Close()
		h.Write([]byte{0})
	}
	var d [sha256.Size]byte
	h.Sum(d[:0])
	return d
}
