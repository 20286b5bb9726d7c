#!/usr/bin/env bash
# Redact against the gRPC transport floor: builds bin/veil and bin/ghz (ghz
# pinned in bench/ghz/go.mod), then runs the driver, which starts its own
# `veil serve` processes on free loopback ports and stops them at the end.
# Extra arguments go to the driver (go run ./bench/grpc -h lists them).
set -euo pipefail
cd "$(dirname "$0")/../.."
GO=${GO:-go}
$GO build -o bin/veil ./cmd/veil
$GO -C bench/ghz build -o ../../bin/ github.com/bojand/ghz/cmd/ghz
exec $GO run ./bench/grpc -veil bin/veil -ghz bin/ghz "$@"
