package server

import (
	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	"github.com/veil-dlp/veil/rules"
)

// Sources are the files a snapshot is built from. Load builds a new
// snapshot from them; it is the server's Loader.
type Sources struct {
	// RuleFiles are loaded after the built-in rules (unless NoBuiltin), so
	// they can disable built-ins.
	RuleFiles []string
	NoBuiltin bool
	// PolicyFile is the policy; empty means the built-in default policy.
	PolicyFile string
	Limits     engine.Limits
	// Getenv reads key sources; nil means os.Getenv.
	Getenv func(string) string
	// Warn receives load warnings (a random key for a missing one).
	Warn func(string)
	// RandomKeys keeps random keys across reloads, so tokens made before
	// a reload can still be restored after it.
	RandomKeys *policy.RandomKeys
}

// Load builds a snapshot: rules compiled into an engine, the policy
// compiled with its CEL programs, bound together.
func (src *Sources) Load() (*policy.Snapshot, error) {
	files, _, err := rules.Load(src.RuleFiles, !src.NoBuiltin)
	if err != nil {
		return nil, err
	}
	e, err := engine.New(files, engine.WithLimits(src.Limits))
	if err != nil {
		return nil, err
	}
	opts := policy.Options{CELCostLimit: src.Limits.MaxCELCost, Getenv: src.Getenv, Warn: src.Warn, RandomKeys: src.RandomKeys}
	var p *policy.Policy
	if src.PolicyFile == "" {
		p, err = policy.Default(opts)
	} else {
		p, err = policy.LoadFile(src.PolicyFile, opts)
	}
	if err != nil {
		return nil, err
	}
	return policy.NewSnapshot(e, p), nil
}

// Files are the files a change of which should reload the snapshot.
func (src *Sources) Files() []string {
	out := append([]string(nil), src.RuleFiles...)
	if src.PolicyFile != "" {
		out = append(out, src.PolicyFile)
	}
	return out
}
