package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"regionplan/report/layout"
)

// rawPDF is a one-page document as the PDF library writes it, before archive.
func rawPDF(t *testing.T) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdfaSetup(pdf, &layout.Document{Title: "Tittel", Author: "Flå", Subject: "Emne", Created: docTime, Lang: "nn-NO"})
	pdf.SetTitle("Tittel", true)
	pdf.SetCreationDate(docTime)
	pdf.SetModificationDate(docTime)
	pdf.AddPage()
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestArchiveRemovesWhatPDFA1Forbids has a case for each entry the library
// writes that PDF/A-1 forbids; each fails first if the library stops
// writing it, so that archive does not mend what is no longer broken.
func TestArchiveRemovesWhatPDFA1Forbids(t *testing.T) {
	raw := rawPDF(t)
	out, err := archive(raw)
	if err != nil {
		t.Fatal(err)
	}
	for name, entry := range map[string]string{
		"a page's transparency group": "/S /Transparency",
		"the embedded files tree":     "/EmbeddedFiles",
	} {
		t.Run(name, func(t *testing.T) {
			if !bytes.Contains(raw, []byte(entry)) {
				t.Fatalf("the library no longer writes %s: archive need not remove it", entry)
			}
			if bytes.Contains(out, []byte(entry)) {
				t.Errorf("the archived document still has %s", entry)
			}
		})
	}
}

func TestArchivePointsTheTrailerAtTheInformation(t *testing.T) {
	raw := rawPDF(t)
	out, err := archive(raw)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"raw": raw, "archived": out} {
		info := onPDF(t, b, "pdfinfo", "{}")
		if has := strings.Contains(info, "Title:           Tittel"); has != (name == "archived") {
			t.Errorf("%s: pdfinfo shows the title: %v\n%s", name, has, info)
		}
	}
	if !regexp.MustCompile(`/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]`).Match(out) {
		t.Error("the trailer has no /ID")
	}
	if !bytes.Contains(out, []byte("/CreationDate (D:20270913120000Z)")) {
		t.Error("the creation date has no time zone")
	}
	again, _ := archive(rawPDF(t))
	if !bytes.Equal(out, again) {
		t.Error("the same document archived twice differs")
	}
	if _, err := archive(out); err == nil {
		t.Error("archive accepted a document it had already mended")
	}
}

// exampleDocuments writes every PDF the two example plans give: each
// decision's drafts and overview, the summaries, the resource plan, a press
// release per activity and the status reports of the plan's second year.
func exampleDocuments(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	for _, name := range []string{"kristiansand", "hallingdal"} {
		p := example(t, name)
		makers := []func() ([]Draft, error){
			func() ([]Draft, error) { return SummaryFiles(p, docTime) },
			func() ([]Draft, error) { return ResourceFiles(p, docTime) },
			func() ([]Draft, error) { return StatusFiles(p, p.FirstYear+1, docTime) },
		}
		for k := range p.Decisions {
			makers = append(makers, func() ([]Draft, error) { return DecisionFiles(p, &p.Decisions[k], docTime) })
		}
		for _, a := range p.Activities {
			makers = append(makers, func() ([]Draft, error) { return PressFiles(p, a, docTime) })
		}
		for k, make := range makers {
			docs, err := make()
			if err != nil {
				t.Fatal(err)
			}
			fs, err := WriteFiles(filepath.Join(dir, name, fmt.Sprint(k)), Only(docs, []Format{PDF}), nil)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, fs...)
		}
	}
	return files
}

// preflight is Apache PDFBox Preflight's verdict on each file, in the
// order given: "valid" or the errors it found. One run judges them all.
func preflight(t *testing.T, files []string) []string {
	t.Helper()
	const java = "/usr/share/java/"
	jars := []string{"preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"}
	for i, j := range jars {
		jars[i] = java + j + ".jar"
		if _, err := os.Stat(jars[i]); err != nil {
			t.Skipf("PDFBox Preflight is not installed (%s); `make test` installs libpdfbox2-java", jars[i])
		}
	}
	list := filepath.Join(t.TempDir(), "files.txt")
	if err := os.WriteFile(list, []byte(strings.Join(files, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("java", "-cp", strings.Join(jars, ":"), "org.apache.pdfbox.preflight.Validator_A1b", "xml", "group", list)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("Preflight did not run: %v\n%s", err, out)
	}
	out, err := os.ReadFile(list + ".preflight.xml")
	if err != nil {
		t.Fatalf("Preflight wrote no report: %v", err)
	}
	var report struct {
		Docs []struct {
			Name   string `xml:"name,attr"`
			Valid  bool   `xml:"isValid"`
			Errors []struct {
				Code    string `xml:"code"`
				Details string `xml:"details"`
			} `xml:"errors>error"`
		} `xml:"preflight"`
	}
	if err := xml.Unmarshal(out, &report); err != nil {
		t.Fatalf("Preflight's report: %v\n%s", err, out)
	}
	if len(report.Docs) != len(files) {
		t.Fatalf("Preflight judged %d of %d documents:\n%s", len(report.Docs), len(files), out)
	}
	verdict := make([]string, len(files))
	for i, d := range report.Docs {
		verdict[i] = "valid"
		if !d.Valid || d.Name != filepath.Base(files[i]) {
			verdict[i] = fmt.Sprintf("%s: %v", d.Name, d.Errors)
		}
	}
	return verdict
}

func TestExamplesArePDFA1b(t *testing.T) {
	if testing.Short() {
		t.Skip("Preflight takes a while")
	}
	files := exampleDocuments(t, t.TempDir())
	for i, v := range preflight(t, files) {
		if v != "valid" {
			t.Errorf("%s is not PDF/A-1b: %s", files[i], v)
		}
	}
	t.Logf("Preflight: %d documents valid PDF/A-1b", len(files))
	// The check can fail: the library's own output is not PDF/A.
	raw := filepath.Join(t.TempDir(), "raw.pdf")
	if err := os.WriteFile(raw, rawPDF(t), 0o600); err != nil {
		t.Fatal(err)
	}
	if v := preflight(t, []string{raw}); v[0] == "valid" {
		t.Error("Preflight passes the library's unmended output")
	}
}
