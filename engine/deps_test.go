package engine

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencies keeps the engine free of transport and logging: servers
// adapt the engine, never the other way round.
func TestDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	banned := map[string]string{
		"google.golang.org/grpc": "the engine never imports gRPC",
		"log":                    "the engine never logs",
		"log/slog":               "the engine never logs",
	}
	for _, dep := range strings.Fields(string(out)) {
		if why, ok := banned[dep]; ok {
			t.Errorf("engine depends on %s: %s", dep, why)
		}
	}
}
