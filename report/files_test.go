package report

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"unicode/utf8"

	"regionplan/internal/outfile"
	"regionplan/planmodel"
)

// Municipalities whose names differ only in characters a file name cannot
// hold, and two decisions with the same first 60 characters of title, must
// still give one file each.
func TestExportNamesAreUnique(t *testing.T) {
	p := example(t, "hallingdal")
	p.Municipalities[0].Name = "Nes/Gol"
	p.Municipalities[1].Name = "Nes:Gol"
	p.Municipalities[2].Name = strings.Repeat("Lang kommunenavn ", 12) + "\u202Egpj.exe"
	d1 := p.Decisions[0]
	d2 := d1
	for std, tx := range d2.Texts {
		tx.Title += " – andre del"
		d2.Texts[std] = tx
	}
	var docs []Draft
	for _, d := range []*planmodel.Decision{&d1, &d2} {
		files, err := DecisionFiles(p, d, docTime)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, files...)
	}
	dir := t.TempDir()
	paths, err := WriteFiles(dir, docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(paths) != 2*len(docs) || len(entries) != 2*len(docs) { // each as PDF and DOCX
		t.Fatalf("%d documents, %d paths, %d files", len(docs), len(paths), len(entries))
	}
	for _, e := range entries {
		n := e.Name()
		if len(n) >= outfile.MaxBytes || !utf8.ValidString(n) || strings.ContainsAny(n, "/:\u202E") {
			t.Errorf("unsafe file name %q (%d bytes)", n, len(n))
		}
	}
}

// WriteAs puts the DOCX beside the PDF the user named.
func TestWriteAsPutsTheDOCXBeside(t *testing.T) {
	p := example(t, "kristiansand")
	docs, err := PressFiles(p, p.Activities[0], docTime)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	paths, err := WriteAs(dir+"/Pressemelding.pdf", docs[0])
	if err != nil || len(paths) != 2 || !strings.HasSuffix(paths[1], "/Pressemelding.docx") {
		t.Fatalf("%v, %v", paths, err)
	}
	for _, path := range paths {
		if info, err := os.Stat(path); err != nil || info.Size() < 1000 {
			t.Errorf("%s: %v", path, err)
		}
	}
}

// Write hears of each document once, in order, as it is written.
func TestWriteReportsEachDocumentInOrder(t *testing.T) {
	p := example(t, "hallingdal")
	docs := DecisionDocuments(p, &p.Decisions[0], docTime)
	dir := t.TempDir()
	var heard []int
	paths, err := docs.Write(context.Background(), dir, Both, func(done, total int) {
		if total != len(docs) {
			t.Errorf("progress says %d documents in all, want %d", total, len(docs))
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 2*done { // the document's PDF and DOCX, not yet in place
			t.Errorf("after %d documents the folder holds %d files, want %d", done, len(entries), 2*done)
		}
		heard = append(heard, done)
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range heard {
		if n != i+1 {
			t.Fatalf("progress heard %v, want 1 to %d in order", heard, len(docs))
		}
	}
	if len(heard) != len(docs) || len(paths) != 2*len(docs) {
		t.Errorf("progress heard %d times and %d files were written for %d documents", len(heard), len(paths), len(docs))
	}
}

// An export cancelled half way leaves no document and no temporary file,
// and an earlier file of the same name as it was.
func TestCancelledWriteLeavesNothing(t *testing.T) {
	p := example(t, "hallingdal")
	docs := DecisionDocuments(p, &p.Decisions[0], docTime)
	dir := t.TempDir()
	earlier := filepath.Join(dir, strings.TrimSuffix(DraftFileName(p, &p.Decisions[0], 0), ".pdf")+".docx")
	if err := os.WriteFile(earlier, []byte("earlier"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	last := 0
	_, err := docs.Write(ctx, dir, Both, func(done, total int) {
		last = done
		if done == 3 {
			cancel()
		}
	})
	if !errors.Is(err, outfile.ErrCancelled) {
		t.Fatalf("the cancelled export gave %v", err)
	}
	if last != 3 {
		t.Errorf("progress went on to %d after the cancel at 3", last)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != filepath.Base(earlier) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("after the cancel the folder holds %q, want only the earlier file", names)
	}
	if got, _ := os.ReadFile(earlier); string(got) != "earlier" {
		t.Errorf("the earlier file holds %q", got)
	}
}

// Batches are made one per processor, and one at a time once the memory
// left under the soft limit holds no more.
func TestWorkersFollowTheMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	debug.SetMemoryLimit(math.MaxInt64)
	if n := workers(); n != runtime.GOMAXPROCS(0) {
		t.Errorf("without a memory limit %d batches are made at once, want %d", n, runtime.GOMAXPROCS(0))
	}
	debug.SetMemoryLimit(1 << 20) // less than the program holds already
	if n := workers(); n != 1 {
		t.Errorf("with no memory left %d batches are made at once, want 1", n)
	}
}
