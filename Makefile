# Regionplan — build, run and test.
#   make run    installs the Debian packages Fyne needs (if missing), builds and opens the app
#   make test   the same install, then gofmt, go vet (also for Windows), staticcheck, gocyclo,
#               make dist, go test -race -short, then storage and report full size without
#               -race, the window smoke test under Xvfb (and a check of dist/)
#   make bench  every benchmark and the start-up under Xvfb, as one table against the budgets
#   make fuzz   a longer fuzz run of the plan-file importer, keeping its corpus
#   make windows  cross-compiles bin/regionplan.exe (icon, version, manifest)
#   make dist   the Windows installer and portable zip and the Linux tarball in dist/
#               (on a Mac: the .app, zipped)

GO       ?= go
TAGS     := migrated_fynedo,no_emoji
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

.PHONY: run build test fuzz bench deps deps-build deps-check fmt-check vet lint smoke clean \
        windows dist vet-cross deps-windows deps-dist

run: build
	./$(BIN) $(ARGS)

build: deps-build
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/regionplan

# The race detector makes a test five to ten times slower. Every test runs under it, but
# with -short, where the heavy cases run smaller or not at all: in FULL_SIZE_PKGS the
# corruption table with fewer plans, fewer kill cycles, no PDFBox Preflight or LibreOffice;
# those packages then run again, full size, without the race detector. In cmd/regionplan
# -short only skips the window smoke test, which runs by itself (a whole second run there
# costs more than it saves). The loop fails when another package cuts a case under -short.
FULL_SIZE_PKGS := ./storage/ ./report/
SHORT_PKGS = $(sort $(dir $(shell grep -rl --include='*_test.go' 'testing.Short()' .)))

test: deps-build deps-check fmt-check vet vet-cross lint dist
	@for d in $(SHORT_PKGS); do case " $(FULL_SIZE_PKGS) ./cmd/regionplan/ " in *" $$d "*) ;; \
	  *) echo "$$d cuts a test under -short: add it to FULL_SIZE_PKGS in the Makefile"; exit 1;; esac; done
	$(GO) test -race -short -timeout 40m -tags $(TAGS) -count=1 ./...
	$(GO) test -timeout 40m -tags $(TAGS) -count=1 $(FULL_SIZE_PKGS)
	$(GO) test -timeout 10m -tags $(TAGS) -count=1 -run '^TestWindowSmoke$$' ./cmd/regionplan/
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
	$(GO) run -tags $(TAGS) ./internal/benchtable $(BENCHFLAGS)

# staticcheck, and no function outside the tests above cyclomatic complexity 15;
# both tools are pinned by go.mod's tool directive.
lint: deps-build
	$(GO) tool staticcheck -tags $(TAGS) ./...
	$(GO) tool gocyclo -over 15 -ignore _test .

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
	rm -rf bin dist $(WIN_SYSO)

# ---- Windows and packaging (docs/decisions.md, "Windows and packaging") ----
VERSION  := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
BUILDNO  := $(shell sed -n 's/^Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
COMPANY  ?= Regionplan
comma    := ,
# mingw-w64 cross-compiles the cgo parts and makes the resources; ImageMagick
# makes the icon; wixl builds the MSI, msitools inspects it.
WIN_PKGS  := gcc-mingw-w64-x86-64 imagemagick
DIST_PKGS := wixl msitools zip xz-utils
WIN_EXE  := bin/regionplan.exe
WIN_RES  := bin/winres
WIN_SYSO := cmd/regionplan/rsrc_windows_amd64.syso
WIN_ENV  := GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc
DIST     := dist
STAGE    := bin/stage

windows: deps-windows $(WIN_SYSO)
	$(WIN_ENV) $(GO) build -tags $(TAGS) -ldflags "-H=windowsgui -s -w" -o $(WIN_EXE) ./cmd/regionplan

# A Windows break shows the day it is made: go vet of every package for
# Windows (with cgo, as the real build); make test also runs make dist.
# For macOS, whose cgo needs Apple's SDK, the packages that do without Fyne.
vet-cross: deps-windows
	$(WIN_ENV) $(GO) vet -tags $(TAGS) ./...
	GOOS=darwin CGO_ENABLED=0 $(GO) vet -tags $(TAGS) $$($(GO) list -tags $(TAGS) \
	  -f '{{.ImportPath}}{{range .Deps}} {{.}}{{end}}' ./... | grep -v 'fyne.io/fyne\|go-gl' | cut -d' ' -f1)

deps-windows:
	@./.ci/apt-install $(WIN_PKGS)

deps-dist:
	@./.ci/apt-install $(WIN_PKGS) $(DIST_PKGS)

$(WIN_RES)/icon.ico: assets/icon.png
	@mkdir -p $(WIN_RES)
	convert $< -define icon:auto-resize=256,64,48,32,16 $@

$(WIN_RES)/regionplan-version.h: FyneApp.toml Makefile
	@mkdir -p $(WIN_RES)
	printf '#define RP_VERSION "%s"\n#define RP_FILEVERSION %s,%s\n#define RP_COMPANY "%s"\n' \
	  '$(VERSION)' '$(subst .,$(comma),$(VERSION))' '$(BUILDNO)' '$(COMPANY)' > $@

$(WIN_SYSO): packaging/windows/regionplan.rc packaging/windows/regionplan.manifest \
             $(WIN_RES)/icon.ico $(WIN_RES)/regionplan-version.h
	x86_64-w64-mingw32-windres -c 65001 -I $(WIN_RES) -I packaging/windows -O coff -o $@ $<

ifeq ($(shell uname -s),Darwin)
# On a Mac: Regionplan.app (Info.plist from FyneApp.toml, the icon as .icns),
# zipped with ditto. Not built or tried on Linux.
MAC_APP := $(STAGE)/Regionplan.app
dist:
	rm -rf $(MAC_APP) && mkdir -p $(MAC_APP)/Contents/MacOS $(MAC_APP)/Contents/Resources $(DIST)
	$(GO) build -tags $(TAGS) -ldflags "-s -w" -o $(MAC_APP)/Contents/MacOS/regionplan ./cmd/regionplan
	sed -e 's/@VERSION@/$(VERSION)/g' -e 's/@BUILD@/$(BUILDNO)/g' packaging/macos/Info.plist > $(MAC_APP)/Contents/Info.plist
	rm -rf $(STAGE)/icon.iconset && mkdir -p $(STAGE)/icon.iconset
	for s in 16 32 128 256 512; do sips -z $$s $$s assets/icon.png --out $(STAGE)/icon.iconset/icon_$${s}x$${s}.png >/dev/null; done
	iconutil -c icns -o $(MAC_APP)/Contents/Resources/icon.icns $(STAGE)/icon.iconset
	ditto -c -k --keepParent $(MAC_APP) $(DIST)/Regionplan-$(VERSION)-macos-$(shell uname -m).zip
else
MSI    := $(DIST)/Regionplan-$(VERSION)-windows-x64.msi
WINZIP := $(DIST)/Regionplan-$(VERSION)-windows-x64.zip
LINTAR := $(DIST)/regionplan-$(VERSION)-linux-amd64.tar.xz
LINDIR := $(STAGE)/regionplan-$(VERSION)-linux-amd64
# xz's level: 6 for the files handed out; make test checks the same files
# packed at level 1, which takes a third of the time.
DIST_XZ  := -T0 -6
test: DIST_XZ := -T0 -1
# Fixed dates and owners in the archives, so the same source gives the same files.
DIST_DATE := $(or $(SOURCE_DATE_EPOCH),$(shell git log -1 --format=%ct 2>/dev/null),0)

dist: deps-dist deps-build windows
	rm -rf $(DIST) $(STAGE) && mkdir -p $(DIST) $(STAGE)/Regionplan $(LINDIR)
	cp $(WIN_EXE) $(WIN_RES)/icon.ico $(STAGE)/
	cd $(STAGE) && wixl -a x64 -D Version=$(VERSION) -D Company='$(COMPANY)' \
	  -D ExeSource=regionplan.exe -D IconSource=icon.ico \
	  -o $(CURDIR)/$(MSI) $(CURDIR)/packaging/windows/regionplan.wxs
	cp $(WIN_EXE) $(STAGE)/Regionplan/
	cd $(STAGE) && find Regionplan -exec touch -d @$(DIST_DATE) {} + && \
	  rm -f $(CURDIR)/$(WINZIP) && zip -q -X -r $(CURDIR)/$(WINZIP) Regionplan
	$(GO) build -tags $(TAGS) -ldflags "-s -w" -o $(LINDIR)/regionplan ./cmd/regionplan
	cp assets/icon.png $(LINDIR)/no.regionplan.app.png
	cp packaging/linux/no.regionplan.app.desktop packaging/linux/install.sh $(LINDIR)/
	XZ_OPT='$(DIST_XZ)' tar -C $(STAGE) --sort=name --mtime=@$(DIST_DATE) --owner=0 --group=0 --numeric-owner \
	  -cJf $(LINTAR) $(notdir $(LINDIR))
	@ls -l $(DIST)
endif
