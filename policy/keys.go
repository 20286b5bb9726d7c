package policy

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"sync"
)

// minKeyBytes is the shortest key secret veil accepts.
const minKeyBytes = 32

// Key is one token and hash key. The secret never leaves this struct: it is
// not printed, logged or marshalled.
type Key struct {
	ID string
	// Ephemeral is set when the key was generated for this process because
	// its source was unset: tokens made with it cannot be restored elsewhere.
	Ephemeral bool
	siv       *siv
	hash      []byte
}

// String names the key without its secret.
func (k *Key) String() string { return "key " + k.ID }

// newKey derives the tokenize (AES-SIV-256) and hash (HMAC-SHA256) keys
// from a secret with HKDF-SHA256, so one secret of any form (random bytes,
// hex, base64, a passphrase of 32+ bytes) serves both without reuse.
func newKey(id string, secret []byte) (*Key, error) {
	if len(secret) < minKeyBytes {
		return nil, fmt.Errorf("key %q is %d bytes; at least %d are needed", id, len(secret), minKeyBytes)
	}
	sivKey, err := hkdf.Key(sha256.New, secret, nil, "veil tokenize v1", 64)
	if err != nil {
		return nil, err
	}
	hashKey, err := hkdf.Key(sha256.New, secret, nil, "veil hash v1", 32)
	if err != nil {
		return nil, err
	}
	s, err := newSIV(sivKey)
	if err != nil {
		return nil, err
	}
	return &Key{ID: id, siv: s, hash: hashKey}, nil
}

// KeySpec is a key as a policy file names it: an id and where its secret
// is read from. The secret itself is never written in a policy.
type KeySpec struct {
	ID   string
	Env  string
	File string
	// IfMissing is "error" (the default: loading fails) or "random" (a key
	// for this process only, with a warning).
	IfMissing string
}

// validKeyID reports whether id can appear in a token: 1-16 lower-case
// letters and digits, so a token parses without ambiguity.
func validKeyID(id string) bool {
	if id == "" || len(id) > 16 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// loadKey reads the secret a spec names. warn receives a message when a
// random key stands in for a missing one.
func loadKey(s KeySpec, getenv func(string) string, warn func(string), randoms *RandomKeys) (*Key, error) {
	var secret []byte
	switch {
	case s.Env != "" && s.File != "":
		return nil, fmt.Errorf("key %q: give env or file, not both", s.ID)
	case s.Env != "":
		secret = []byte(strings.TrimSpace(getenv(s.Env)))
	case s.File != "":
		b, err := os.ReadFile(s.File)
		if err != nil && !os.IsNotExist(err) {
			return nil, fmt.Errorf("key %q: %v", s.ID, err)
		}
		secret = []byte(strings.TrimSpace(string(b)))
	default:
		return nil, fmt.Errorf("key %q: name its source with env or file", s.ID)
	}
	if len(secret) > 0 {
		return newKey(s.ID, secret)
	}
	source := "environment variable " + s.Env
	if s.File != "" {
		source = "file " + s.File
	}
	if s.IfMissing != "random" {
		return nil, fmt.Errorf("key %q: %s is unset or empty", s.ID, source)
	}
	random, fresh, err := randoms.get(s.ID + "\x00" + source)
	if err != nil {
		return nil, err
	}
	k, err := newKey(s.ID, []byte(hex.EncodeToString(random)))
	if err != nil {
		return nil, err
	}
	k.Ephemeral = true
	if fresh {
		warn(fmt.Sprintf("%s is unset: key %q is random for this process; its tokens cannot be restored by another process", source, s.ID))
	}
	return k, nil
}

// RandomKeys remembers the random keys made for missing key sources
// (if_missing: random), so that a server reloading its policy keeps them
// and can still restore the tokens it made before the reload. The zero
// value is ready to use; a nil *RandomKeys makes a new key at every load.
type RandomKeys struct {
	mu   sync.Mutex
	keys map[string][]byte
}

// get returns the random secret for a key id and source, and whether it
// was made now.
func (r *RandomKeys) get(name string) ([]byte, bool, error) {
	if r != nil {
		r.mu.Lock()
		defer r.mu.Unlock()
		if b, ok := r.keys[name]; ok {
			return b, false, nil
		}
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, false, err
	}
	if r != nil {
		if r.keys == nil {
			r.keys = map[string][]byte{}
		}
		r.keys[name] = b
	}
	return b, true, nil
}

// Keyring holds a policy's keys. The first is active: it makes new tokens
// and hashes; the others only restore tokens made before a rotation.
type Keyring struct {
	keys []*Key
}

// Active returns the key new tokens and hashes are made with.
func (r *Keyring) Active() *Key {
	if r == nil || len(r.keys) == 0 {
		return nil
	}
	return r.keys[0]
}

// byID returns the key with the given id, or nil.
func (r *Keyring) byID(id string) *Key {
	if r == nil {
		return nil
	}
	for _, k := range r.keys {
		if k.ID == id {
			return k
		}
	}
	return nil
}

// hashHex returns the first n hex digits of HMAC-SHA256(key, type 0 value).
func (k *Key) hashHex(dst []byte, typ string, value []byte, n int) []byte {
	m := hmac.New(sha256.New, k.hash)
	m.Write([]byte(typ))
	m.Write([]byte{0})
	m.Write(value)
	var sum [sha256.Size]byte
	h := hex.AppendEncode(dst, m.Sum(sum[:0]))
	return h[:len(dst)+n]
}
