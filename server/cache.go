package server

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/dgraph-io/ristretto/v2"

	"github.com/veil-dlp/veil/policy"
)

// resultCache remembers complete decisions, keyed by a SHA-256 of the
// snapshot version, the payload and every request attribute a policy can
// read (request_id is not one). A reload changes the version, so a result
// computed under an old snapshot can never be served. Incomplete decisions
// (a limit or a deadline decided them) are never cached.
//
// ristretto is lossy: a Set may be dropped, so the cache only ever saves
// work, never changes an answer. Cost is in bytes (payload, output and
// findings), with IgnoreInternalCost so the capacity means what it says.
type resultCache struct {
	c *ristretto.Cache[string, *cacheEntry]
}

type cacheEntry struct {
	// digest is the full key, compared on every hit: ristretto's own
	// 128-bit key hash is not trusted to tell two payloads apart.
	digest [sha256.Size]byte
	dec    *policy.Decision
}

func newResultCache(capacityBytes int64) (*resultCache, error) {
	// About one counter per 100 bytes of capacity: ten per entry of 1 KB.
	counters := max(capacityBytes/100, 1000)
	c, err := ristretto.NewCache(&ristretto.Config[string, *cacheEntry]{
		NumCounters:        counters,
		MaxCost:            capacityBytes,
		BufferItems:        64,
		IgnoreInternalCost: true,
	})
	if err != nil {
		return nil, fmt.Errorf("server: cache: %w", err)
	}
	return &resultCache{c: c}, nil
}

// cacheKey hashes everything a decision depends on. Lengths prefix every
// field, so no two different inputs share a byte stream.
func cacheKey(version uint64, payload []byte, req *policy.Request) [sha256.Size]byte {
	h := sha256.New()
	var n [8]byte
	field := func(b []byte) {
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	binary.LittleEndian.PutUint64(n[:], version)
	h.Write(n[:])
	for _, s := range []string{req.Destination, req.AppID, req.ActorID, req.ActorRole, req.ContentType} {
		field([]byte(s))
	}
	keys := make([]string, 0, len(req.Labels))
	for k := range req.Labels {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	binary.LittleEndian.PutUint64(n[:], uint64(len(keys)))
	h.Write(n[:])
	for _, k := range keys {
		field([]byte(k))
		field([]byte(req.Labels[k]))
	}
	field(payload)
	var d [sha256.Size]byte
	h.Sum(d[:0])
	return d
}

func (c *resultCache) get(d [sha256.Size]byte) *policy.Decision {
	e, ok := c.c.Get(string(d[:]))
	if !ok || e.digest != d {
		return nil
	}
	return e.dec
}

func (c *resultCache) set(d [sha256.Size]byte, payloadLen int, dec *policy.Decision) {
	if dec.Incomplete {
		return
	}
	cost := int64(payloadLen+len(dec.Output)) + int64(len(dec.Findings))*128 + 256
	c.c.Set(string(d[:]), &cacheEntry{digest: d, dec: dec}, cost)
}

func (c *resultCache) clear() { c.c.Clear() }
