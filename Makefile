# veil: common tasks. Everything here is plain `go` underneath; make is a
# convenience. Tools are pinned in go.mod (tool directives) and run with
# `go tool`, so nothing is installed by hand.

SHELL := /usr/bin/env bash
GO ?= go
FUZZTIME ?= 5s
BENCHCOUNT ?= 6

.PHONY: help
help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-14s %s\n", $$1, $$2}'

.PHONY: build
build: ## Build bin/veil
	$(GO) build -o bin/veil ./cmd/veil

.PHONY: run
run: ## Run the gRPC service on the built-in defaults (127.0.0.1:50051)
	$(GO) run ./cmd/veil serve

.PHONY: scan
scan: ## Scan the test corpus with the built-in rules
	$(GO) run ./cmd/veil scan testdata/corpus

.PHONY: test
test: ## Run the tests as CI does (race detector where goroutines meet, short fuzz)
	./.ci/test

.PHONY: test-quick
test-quick: ## Run the unit tests once, without race detector or fuzzing
	$(GO) test ./...

.PHONY: lint
lint: ## gofmt, go vet, staticcheck
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

.PHONY: fuzz
fuzz: ## Run every fuzz target for FUZZTIME each
	./.ci/fuzz $(FUZZTIME)

.PHONY: bench
bench: ## Engine benchmarks (go test -bench), BENCHCOUNT runs for benchstat
	$(GO) test -run '^$$' -bench . -benchmem -count $(BENCHCOUNT) ./engine/ ./detectors/

.PHONY: bench-compare
bench-compare: ## Whole-process comparison with gitleaks on the corpus (writes bench/results/compare.md)
	$(GO) run ./bench/compare -corpus testdata/corpus -runs 5

.PHONY: bench-grpc
bench-grpc: ## Redact vs the gRPC floor (health Check) under ghz, c=1 and 8 (writes bench/results/grpc.md)
	GO=$(GO) ./bench/grpc/run.sh $(BENCHGRPCFLAGS)

.PHONY: soak
soak: ## Hostile soak: 10,000 hostile requests against a fresh veil serve; fails on Unknown/Internal or RSS over the bound
	$(GO) build -o bin/veil ./cmd/veil
	$(GO) run ./bench/hostile -veil bin/veil $(SOAKFLAGS)

GITLEAKS_MOD := github.com/zricethezav/gitleaks/v8

.PHONY: gitleaks
gitleaks: ## Build the pinned gitleaks (v8.30.1) into bin/gitleaks
	$(GO) build -modfile=bench/tools/go.mod -ldflags "-X $(GITLEAKS_MOD)/version.Version=$$($(GO) list -modfile=bench/tools/go.mod -m -f '{{.Version}}' $(GITLEAKS_MOD))" -o bin/gitleaks $(GITLEAKS_MOD)

.PHONY: corpus
corpus: ## Regenerate testdata/corpus from the seeded generator
	rm -rf testdata/corpus && $(GO) run ./bench/corpus/cmd/gencorpus -out testdata/corpus -labels testdata/labels.json

.PHONY: tools
tools: ## Build the pinned buf, protoc plugins and grpcurl (tools/go.mod) into bin/
	$(GO) -C tools build -o ../bin/ github.com/bufbuild/buf/cmd/buf google.golang.org/protobuf/cmd/protoc-gen-go google.golang.org/grpc/cmd/protoc-gen-go-grpc github.com/fullstorydev/grpcurl/cmd/grpcurl

.PHONY: generate
generate: tools ## Lint the protos, regenerate their Go code and the built-in rules snapshot (all committed)
	PATH="$(CURDIR)/bin:$$PATH" bin/buf lint
	PATH="$(CURDIR)/bin:$$PATH" bin/buf generate
	$(GO) generate ./rules

.PHONY: golden
golden: ## Rewrite the golden findings of the corpus
	$(GO) test ./engine/ -run TestCorpusGolden -update
