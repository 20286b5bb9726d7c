// Package limits defines the per-language resource limits that the grader
// sandbox applies to student submissions. Values are tuned against the
// p99 of passing reference solutions (see LP-1987) and must stay in sync
// with the nsjail/gVisor profiles in deploy/sandbox.
package limits

import (
	"fmt"
	"time"
)

// Profile is the set of limits applied to one submission run.
type Profile struct {
	Language     string
	Image        string
	CPUTime      time.Duration
	WallTime     time.Duration
	MemoryBytes  int64
	MaxPIDs      int
	MaxOutput    int64
	NetworkAllow bool
	// UIDInside is the uid the submission runs as inside the user namespace.
	UIDInside int
	// UIDOutside is the unprivileged host uid it maps to.
	UIDOutside int
}

const (
	mib = 1 << 20
	gib = 1 << 30
)

// AuditArchX8664 is AUDIT_ARCH_X86_64, checked by the seccomp filter prologue.
const AuditArchX8664 uint32 = 0xC000003E

// Digests pin the runner images; bump them with `make pin-images`.
var Profiles = map[string]Profile{
	"python3.12": {
		Language:    "python3.12",
		Image:       "ghcr.io/launchpoint/runner-python@sha256:6f1d0b8a2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c",
		CPUTime:     5 * time.Second,
		WallTime:    12 * time.Second,
		MemoryBytes: 512 * mib,
		MaxPIDs:     64,
		MaxOutput:   1 * mib,
		UIDInside:   65534,
		UIDOutside:  231072,
	},
	"node20": {
		Language:    "node20",
		Image:       "ghcr.io/launchpoint/runner-node@sha256:0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b",
		CPUTime:     6 * time.Second,
		WallTime:    15 * time.Second,
		MemoryBytes: 768 * mib,
		MaxPIDs:     128,
		MaxOutput:   1 * mib,
		UIDInside:   65534,
		UIDOutside:  231073,
	},
	"java21": {
		Language:    "java21",
		Image:       "ghcr.io/launchpoint/runner-java@sha256:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d",
		CPUTime:     10 * time.Second,
		WallTime:    25 * time.Second,
		MemoryBytes: 1 * gib,
		MaxPIDs:     256,
		MaxOutput:   2 * mib,
		UIDInside:   65534,
		UIDOutside:  231074,
	},
	// sql-postgres16 runs against a throwaway database in the same pod;
	// network is allowed only to the loopback listener.
	"sql-postgres16": {
		Language:     "sql-postgres16",
		Image:        "ghcr.io/launchpoint/runner-pg16@sha256:1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff0011",
		CPUTime:      8 * time.Second,
		WallTime:     20 * time.Second,
		MemoryBytes:  640 * mib,
		MaxPIDs:      96,
		MaxOutput:    512 * 1024,
		NetworkAllow: true,
		UIDInside:    65534,
		UIDOutside:   231075,
	},
}

// DeniedSyscalls are rejected with EPERM on top of the default allowlist.
var DeniedSyscalls = []string{
	"ptrace", "mount", "umount2", "unshare", "setns", "bpf",
	"perf_event_open", "keyctl", "add_key", "request_key", "kexec_load",
}

// Lookup returns the profile for a language, scaled for remedial tracks
// that get 1.5x the wall time (LP-2044).
func Lookup(lang string, remedial bool) (Profile, error) {
	p, ok := Profiles[lang]
	if !ok {
		return Profile{}, fmt.Errorf("limits: unknown language %q", lang)
	}
	if remedial {
		p.WallTime = p.WallTime * 3 / 2
	}
	return p, nil
}
