# Regionplan — build, run and test.
#   make run    installs the Debian packages Fyne needs (if missing), builds and opens the app
#   make test   the same install, then gofmt, go vet, go test (with the window smoke test under Xvfb)
#   make bench  every benchmark and the start-up under Xvfb, as one table against the budgets
#   make fuzz   a longer fuzz run of the plan-file importer, keeping its corpus

GO       ?= go
TAGS     := migrated_fynedo
BIN      := bin/regionplan
ARGS     ?=
FUZZTIME ?= 10s
BENCHFLAGS ?=
FUZZ_CORPUS := storage/testdata/fuzz/FuzzDecodePlanFile
# Fyne's cgo build needs these (xorg-dev is not needed).
BUILD_PKGS := gcc libc6-dev pkg-config libgl-dev libx11-dev libxcursor-dev libxrandr-dev \
              libxinerama-dev libxi-dev libxxf86vm-dev
# The window smoke test, the PDF/A checks (PDFBox Preflight), the DOCX checks (LibreOffice) and
# the workbook's sums (LibreOffice Calc) need these.
CHECK_PKGS := xvfb xdotool imagemagick poppler-utils qpdf default-jre-headless \
              libpdfbox2-java libactivation-java libjaxb-api-java libreoffice-writer-nogui \
              libreoffice-calc-nogui

.PHONY: run build test fuzz bench deps deps-build deps-check fmt-check vet smoke clean

run: build
	./$(BIN) $(ARGS)

build: deps-build
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/regionplan

test: deps-build deps-check fmt-check vet
	$(GO) test -tags $(TAGS) -count=1 ./...
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz FuzzDecodePlanFile -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./storage

# A longer fuzz run of the plan-file importer that keeps the corpus it finds.
fuzz: deps-build
	$(GO) test -tags $(TAGS) -run '^$$' -fuzz FuzzDecodePlanFile -fuzztime 2m -fuzzminimizetime 2s ./storage
	@mkdir -p $(FUZZ_CORPUS)
	cp $$($(GO) env GOCACHE)/fuzz/regionplan/storage/FuzzDecodePlanFile/* $(FUZZ_CORPUS)/

# Only the window smoke test, verbose, keeping its screenshot in bin/smoke.png.
smoke: deps-build deps-check
	@mkdir -p bin
	REGIONPLAN_SMOKE_PNG=$(CURDIR)/bin/smoke.png $(GO) test -tags $(TAGS) -count=1 -run TestWindowSmoke -v ./cmd/regionplan

# One table of every figure against its budget (docs/performance.md); the
# Go benchmarks' own output goes to stderr. BENCHFLAGS="-count 5 -runs 9" for more runs.
bench: deps-build deps-check
	$(GO) run ./internal/benchtable $(BENCHFLAGS)

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "These files need gofmt -w:"; echo "$$out"; exit 1; fi

vet: deps-build
	$(GO) vet -tags $(TAGS) ./...

deps: deps-build deps-check

deps-build:
	@./.ci/apt-install $(BUILD_PKGS)

deps-check:
	@./.ci/apt-install $(CHECK_PKGS)

clean:
	rm -rf bin
