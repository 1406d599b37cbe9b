package report

import (
	"os"
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
