package report

import (
	"slices"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"regionplan/examples"
	"regionplan/report/layout"
)

// fontRunes is every character the document font has.
func fontRunes() []rune {
	var rs []rune
	for r := rune(0); r <= 0xFFFF; r++ {
		if hasGlyph(r) {
			rs = append(rs, r)
		}
	}
	return rs
}

// A cut font keeps each asked-for character's glyph, outline and advance
// as the whole font has them, and no other character.
func TestCutFontKeepsTheGlyphsAskedFor(t *testing.T) {
	faces, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	asked := []rune("Aåøæ ŋŧčđšžá Ω Ж €…–fi")
	for style, f := range faces {
		cut, err := sfnt.Parse(f.cut(asked))
		if err != nil {
			t.Fatalf("style %q: the cut font cannot be read: %v", style, err)
		}
		var b1, b2 sfnt.Buffer
		for _, r := range asked {
			want, _ := f.font.GlyphIndex(&b1, r)
			got, err := cut.GlyphIndex(&b2, r)
			if err != nil || got != want || got == 0 {
				t.Errorf("style %q: %q has glyph %d in the cut font, want %d", style, r, got, want)
				continue
			}
			wantAdv, _ := f.font.GlyphAdvance(&b1, want, fixed.I(1000), font.HintingNone)
			gotAdv, _ := cut.GlyphAdvance(&b2, got, fixed.I(1000), font.HintingNone)
			wantSeg, _ := f.font.LoadGlyph(&b1, want, fixed.I(1000), nil)
			wantSeg = slices.Clone(wantSeg)
			gotSeg, err := cut.LoadGlyph(&b2, got, fixed.I(1000), nil)
			if err != nil || gotAdv != wantAdv || !slices.Equal(gotSeg, wantSeg) {
				t.Errorf("style %q: %q is drawn or spaced otherwise in the cut font (%v)", style, r, err)
			}
		}
		for _, r := range "BЯ한" {
			if g, _ := cut.GlyphIndex(&b2, r); g != 0 {
				t.Errorf("style %q: the cut font has %q, which was not asked for", style, r)
			}
		}
	}
}

// Every document reads the same, line for line and place for place, with
// its font cut down to its own characters as with the whole font.
func TestCutFontGivesTheSameText(t *testing.T) {
	p := example(t, "hallingdal")
	large := examples.Large(docTime)
	d, err := decisionLayout(p, &p.Decisions[0], 0, docTime)
	if err != nil {
		t.Fatal(err)
	}
	status, err := statusLayout(large, 3, large.FirstYear+1, docTime)
	if err != nil {
		t.Fatal(err)
	}
	odd := newLayout(p.DocumentStandard(), docTime, "Sámi", "", "")
	odd.Add(layout.P("Guovdageaidnu, Kárášjohka, Unjárga – ŋ ŧ č đ š ž; Ωμέγα; Москва; “sitat” … 1 234 567 kr"))
	all := fontRunes()
	for name, l := range map[string]*layout.Document{"draft": d, "status": status, "resources": resourceLayout(large, docTime), "odd": odd} {
		cut, err := renderPDF(l)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := renderAll([]*layout.Document{l}, all)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := pdfText(t, cut), pdfText(t, whole[0]); got != want {
			t.Errorf("%s: the text with the cut font differs from the text with the whole font:\n%s\n---\n%s", name, got, want)
		}
		if len(cut) >= len(whole[0]) {
			t.Errorf("%s: the document with the cut font is %d bytes, with the whole font %d", name, len(cut), len(whole[0]))
		}
	}
}

// Documents written together through one document of the PDF library read
// the same as each written alone: their own pages, page numbers and text.
func TestDocumentsWrittenTogetherReadAsAlone(t *testing.T) {
	p := example(t, "hallingdal")
	d := &p.Decisions[0]
	together, err := DecisionDocuments(p, d, docTime).Make([]Format{PDF})
	if err != nil {
		t.Fatal(err)
	}
	if len(together) != len(p.Municipalities)+1 {
		t.Fatalf("%d documents for %d municipalities", len(together), len(p.Municipalities))
	}
	for i := range p.Municipalities {
		l, err := decisionLayout(p, d, i, docTime)
		if err != nil {
			t.Fatal(err)
		}
		alone, err := renderPDF(l)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := pdfText(t, together[i].PDF), pdfText(t, alone); got != want {
			t.Errorf("%s: written with the others it reads\n%s\n---\nalone\n%s", p.Municipalities[i].Name, got, want)
		}
	}
}
