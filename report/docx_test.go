package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"regionplan/planmodel"
)

// docxPara is one paragraph of a DOCX body as read back: its style, whether
// it is numbered, and its text.
type docxPara struct {
	Style    string
	Numbered bool
	InTable  bool
	Text     string
}

// docxPart reads one part of a DOCX file.
func docxPart(t *testing.T, doc []byte, name string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatalf("the DOCX is not a zip file: %v", err)
	}
	f, err := z.Open(name)
	if err != nil {
		t.Fatalf("the DOCX has no %s: %v", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// docxParas reads the paragraphs of a DOCX body with encoding/xml.
func docxParas(t *testing.T, doc []byte) []docxPara {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(docxPart(t, doc, "word/document.xml")))
	var out []docxPara
	var cur *docxPara
	tables, inText := 0, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("the DOCX body is not XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "tbl":
				tables++
			case "p":
				cur = &docxPara{InTable: tables > 0}
			case "pStyle":
				cur.Style = e.Attr[0].Value
			case "numPr":
				cur.Numbered = true
			case "t":
				inText = true
			case "br":
				cur.Text += "\n"
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "tbl":
				tables--
			case "p":
				out = append(out, *cur)
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText {
				cur.Text += string(e)
			}
		}
	}
}

func TestDraftsAsDOCX(t *testing.T) {
	p := example(t, "hallingdal")
	d := &p.Decisions[0]
	drafts, err := DecisionDrafts(p, d, docTime)
	if err != nil {
		t.Fatal(err)
	}
	for i, dr := range drafts {
		m := p.Municipalities[i]
		std := textStandard(d, p.PapersStandard(i))
		tx := d.Text(std)
		paras := docxParas(t, dr.DOCX)
		var headings, numbered, cells []string
		for _, pa := range paras {
			switch {
			case strings.HasPrefix(pa.Style, "Heading"):
				headings = append(headings, pa.Style+":"+pa.Text)
			case pa.Numbered:
				numbered = append(numbered, pa.Text)
			case pa.InTable:
				cells = append(cells, pa.Text)
			}
		}
		wantHeadings := []string{"Heading1:" + planmodel.FillPlaceholders(tx.Title, m.Name, ""), "Heading2:" + recommendationHeading(m, std), "Heading2:" + word(std, "economy")}
		for _, h := range wantHeadings {
			if !slices.Contains(headings, h) {
				t.Errorf("%s: no heading %q in %q", m.Name, h, headings)
			}
		}
		for _, pt := range tx.Points {
			if want := fillContribution(p, i, std, pt); !slices.Contains(numbered, want) {
				t.Errorf("%s: the decision point %q is not a numbered paragraph: %q", m.Name, want, numbered)
			}
		}
		s, _ := p.Shares()
		if !slices.Contains(cells, kroner(s.Total[i])) || !slices.Contains(cells, word(std, "meeting date")) {
			t.Errorf("%s: the tables lack the contribution or the case path: %q", m.Name, cells)
		}
		lang := `w:lang w:val="` + pdfLang(std) + `"`
		if !bytes.Contains(docxPart(t, dr.DOCX, "word/styles.xml"), []byte(lang)) {
			t.Errorf("%s: the document language is not %s", m.Name, pdfLang(std))
		}
		for _, o := range p.Municipalities {
			if o.Name != m.Name && strings.Contains(string(docxPart(t, dr.DOCX, "word/document.xml")), o.Name+" kommune") {
				t.Errorf("%s: the DOCX names %s", m.Name, o.Name)
			}
		}
	}
	again, _ := DecisionDrafts(p, d, docTime)
	for i := range drafts {
		if !bytes.Equal(drafts[i].DOCX, again[i].DOCX) {
			t.Errorf("%s: two DOCX of the same plan differ", drafts[i].Municipality)
		}
	}
}

// sofficeText converts DOCX files to text with LibreOffice, skipping the
// test where it is not installed (make test installs it).
func sofficeText(t *testing.T, docs map[string][]byte) map[string]string {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("LibreOffice is not installed; `make test` installs libreoffice-writer-nogui")
	}
	dir := t.TempDir()
	var files []string
	for name, b := range docs {
		path := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	slices.Sort(files)
	out := filepath.Join(dir, "txt")
	cmd := exec.Command("soffice", append([]string{"--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out}, files...)...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	texts := map[string]string{}
	for name := range docs {
		b, err := os.ReadFile(filepath.Join(out, name+".txt"))
		if err != nil {
			t.Fatalf("soffice wrote no text for %s: %v", name, err)
		}
		texts[name] = string(b)
	}
	return texts
}

// wordSet is the set of words of a text. The minus sign counts as the en
// dash that the PDF prints for it (see clean), and a byte-order mark as nothing.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(flat(strings.NewReplacer("\ufeff", "", "−", "–").Replace(s))) {
		out[w] = true
	}
	return out
}

// The DOCX says what the PDF says: LibreOffice's text of each example
// document has the same words as pdftotext's, but for the PDF's page
// headers and footers.
func TestDOCXTextMatchesPDF(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice takes a while")
	}
	docs := map[string]Draft{}
	for _, name := range []string{"kristiansand", "hallingdal"} {
		p := example(t, name)
		files, err := DecisionFiles(p, &p.Decisions[0], docTime)
		if err != nil {
			t.Fatal(err)
		}
		more, err := SummaryFiles(p, docTime)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ResourceFiles(p, docTime)
		if err != nil {
			t.Fatal(err)
		}
		press, err := PressFiles(p, p.Activities[0], docTime)
		if err != nil {
			t.Fatal(err)
		}
		for k, f := range slices.Concat(files[:2], files[len(files)-1:], more[:1], res, press) {
			docs[name+"-"+string(rune('a'+k))] = f
		}
	}
	in := map[string][]byte{}
	for name, d := range docs {
		in[name] = d.DOCX
	}
	texts := sofficeText(t, in)
	for name, d := range docs {
		pdf, docx := wordSet(pdfText(t, d.PDF)), wordSet(texts[name])
		for w := range docx {
			if !pdf[w] {
				t.Errorf("%s: %q is in the DOCX, not in the PDF", name, w)
			}
		}
		for w := range pdf {
			if !docx[w] && !pageFurniture(w) {
				t.Errorf("%s: %q is in the PDF, not in the DOCX", name, w)
			}
		}
	}
}

// pageFurniture tells the words that the PDF's page headers and footers
// add: page numbers, "Side … av …" and the separators of the running header.
func pageFurniture(w string) bool {
	return w == "Side" || w == "av" || w == "·" || strings.Trim(w, "0123456789") == ""
}
