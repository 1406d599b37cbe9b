package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Norwegian and Sami letters are in the document font; emoji, characters
// above U+FFFF and scripts Noto Sans lacks are named with their field.
func TestUnprintableCharactersAreNamed(t *testing.T) {
	if m := Missing("ÆØÅ æøå Áá Čč Đđ Ŋŋ Šš Ŧŧ Žž «sitat» – — − € § ½"); len(m) != 0 {
		t.Errorf("the font lacks %q", string(m))
	}
	if m := Missing("Bra 😀 og 中文 og 😀"); string(m) != "😀中文" {
		t.Errorf("missing %q", string(m))
	}
	p := example(t, "kristiansand")
	if ps := Unprintable(p); len(ps) != 0 {
		t.Errorf("the example has unprintable texts: %v", ps)
	}
	p.Measures[2].Title += " 🌲"
	p.Activities[0].Result = "ᚠᚢᚦ"
	tx := p.Decisions[0].Texts["nn"]
	tx.Points = append(tx.Points, "Punkt med 𝔉")
	p.Decisions[0].Texts["nn"] = tx
	ps := Unprintable(p)
	var got []string
	for _, pr := range ps {
		got = append(got, pr.Field+": "+pr.Error())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"measures[2].title: The document font cannot print 🌲 (U+1F332)", "activities[0].result", "ᚠ (U+16A0)", "decisions[0].texts.nn.points", "U+1D509"} {
		if !strings.Contains(all, want) {
			t.Errorf("no problem %q in:\n%s", want, all)
		}
	}
}

// A text with characters the font lacks still gives a valid PDF/A, with a
// question mark in their place.
func TestUnprintableTextStaysPDFA(t *testing.T) {
	p := example(t, "kristiansand")
	p.Measures[0].Title = "Tiltak med 中文 og ᚠ"
	pdf, err := Summary(p, 0, docTime)
	if err != nil {
		t.Fatal(err)
	}
	if text := flat(pdfText(t, pdf)); !strings.Contains(text, "Tiltak med ?? og ?") {
		t.Errorf("the characters were not replaced: %q", text)
	}
	path := filepath.Join(t.TempDir(), "odd.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if v := preflight(t, []string{path}); v[0] != "valid" {
		t.Errorf("not PDF/A-1b: %s", v[0])
	}
}
