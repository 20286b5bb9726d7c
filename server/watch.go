package server

import (
	"context"
	"crypto/sha256"
	"io"
	"os"
	"time"
)

// WatchFiles calls reload whenever one of paths changes, checking every
// interval until ctx ends. A change is a different size, modification time
// or content hash, so an editor's atomic rename and a same-second rewrite
// are both seen. A file that disappears counts as a change (the reload then
// fails and the old snapshot keeps serving until the file is back).
func WatchFiles(ctx context.Context, paths []string, interval time.Duration, reload func()) {
	if len(paths) == 0 || interval <= 0 {
		return
	}
	last := fingerprint(paths)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if fp := fingerprint(paths); fp != last {
			last = fp
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
