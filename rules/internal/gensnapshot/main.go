// Command gensnapshot writes rules/builtin.gob, the snapshot of the built-in
// rule files that rules.Builtin decodes. Run it with go generate ./rules
// after editing rules/builtin/*.yaml.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/veil-dlp/veil/rules"
)

func main() {
	files, err := rules.BuiltinYAML()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensnapshot:", err)
		os.Exit(1)
	}
	var buf bytes.Buffer
	if err := rules.WriteBuiltinSnapshot(&buf, files); err != nil {
		fmt.Fprintln(os.Stderr, "gensnapshot:", err)
		os.Exit(1)
	}
	// go generate runs in the package directory.
	if err := os.WriteFile("builtin.gob", buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gensnapshot:", err)
		os.Exit(1)
	}
}
