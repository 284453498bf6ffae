# transcripts: find, normalise and compare the numeric claims in transcripts.

GO       ?= go
BIN      := bin/transcripts
SAMPLE   := testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt
FUZZTIME ?= 60s
PKGS     := ./...

.PHONY: all build run test lint fuzz conformance bench bench-compare score clean

all: build

# A static binary (no cgo: nothing of the C library is needed, and it
# starts a millisecond sooner than one linked with it).
build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/transcripts

# The main job, on the bundled sample transcript.
run: build
	$(BIN) stats $(SAMPLE)

# Every test, with the race detector, after the lint checks.
test: lint
	$(GO) test -race -count=1 $(PKGS)

# gofmt, go vet and go mod tidy must have nothing to say.
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) mod tidy -diff

# Each fuzz target for FUZZTIME (default 60s).
fuzz:
	$(GO) test ./internal/lex -run='^$$' -fuzz='^FuzzLex$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/transcript -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/transcript -run='^$$' -fuzz='^FuzzCountFields$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/claim -run='^$$' -fuzz='^FuzzExtract$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/claim -run='^$$' -fuzz='^FuzzScan$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/claim -run='^$$' -fuzz='^FuzzHints$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/claim -run='^$$' -fuzz='^FuzzSpanHints$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/bytemask -run='^$$' -fuzz='^FuzzFill$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/bytemask -run='^$$' -fuzz='^FuzzLineFeeds$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/bytemask -run='^$$' -fuzz='^FuzzIndex$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/words -run='^$$' -fuzz='^FuzzFilter$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/claim -run='^$$' -fuzz='^FuzzFoldedText$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/report -run='^$$' -fuzz='^FuzzAppendJSONString$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/report -run='^$$' -fuzz='^FuzzCleanWidth$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/facts -run='^$$' -fuzz='^FuzzRead$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/textfile -run='^$$' -fuzz='^FuzzDecode$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/cli -run='^$$' -fuzz='^FuzzSplitDocuments$$' -fuzztime=$(FUZZTIME)
	$(GO) test ./internal/cli -run='^$$' -fuzz='^FuzzPartsInParallel$$' -fuzztime=$(FUZZTIME)

# The number reader on the Recognizers-Text cases in testdata/conformance:
# each file's pass rate (the test fails under 90%) and every failing case.
conformance:
	$(GO) test ./internal/claim -run='^TestConformance$$' -count=1 -v -args -failures

# transcripts against a plain scan (ripgrep) on 50 MB; BIG=1 adds peak
# memory on 1 GB.
bench-compare:
	scripts/bench-compare.sh

bench:
	$(GO) test -run='^$$' -bench=. -benchmem $(PKGS)

# The seed's score against the shared gold, with the shared scorer.
score: build
	$(BIN) stats --format csv $(SAMPLE) > /tmp/transcripts-claims.csv
	python3 ../shared/tools/score.py claims ../shared/gold/kremlin-2022-11-28-russia-kazakhstan.claims.csv /tmp/transcripts-claims.csv
	$(BIN) conflicts --format csv $(SAMPLE) > /tmp/transcripts-conflicts.csv
	python3 ../shared/tools/score.py conflicts ../shared/gold/kremlin-2022-11-28-russia-kazakhstan.conflicts.csv /tmp/transcripts-conflicts.csv

clean:
	rm -rf bin
