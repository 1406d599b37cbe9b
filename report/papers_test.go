package report

import (
	"strings"
	"testing"
)

// A draft carries what the municipality's case system prints: archive
// code and case, the case officer with title, phone and e-mail, its own
// heading over the proposal, the attachments before it, a sentence naming
// every council the same case goes to, a signature line and, on every page
// after the first, a header saying which case the page belongs to.
func TestDraftsCarryTheCaseSystemHeader(t *testing.T) {
	p := example(t, "kristiansand")
	d := &p.Decisions[0]
	drafts, err := DecisionDrafts(p, d, docTime)
	if err != nil {
		t.Fatal(err)
	}
	for i, dr := range drafts {
		m := p.Municipalities[i]
		c := d.Path(m.ID)
		text := pdfText(t, dr.PDF)
		all := flat(text)
		want := []string{
			"Arkivkode: " + m.Papers.ArchiveCode, "Arkivsak: " + c.ArchiveRef,
			word(p.PapersStandard(i), "case officer") + ": " + m.Papers.Officer + ", " + strings.ToLower(m.Papers.OfficerTitle),
			"Telefon: " + m.Papers.Phone, "E-post: " + m.Papers.Email,
			"bystyret i Kristiansand, kommunestyret i Vennesla", "bystyret i Lillesand og kommunestyret i Søgne.",
			recommendationHeading(m, p.PapersStandard(i)), "______", m.Name + ", 13.09.2027",
		}
		for _, w := range want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: the draft lacks %q", m.Name, w)
			}
		}
		if v, r := strings.Index(all, "Vedlegg"), strings.Index(all, recommendationHeading(m, p.PapersStandard(i))); v < 0 || v > r {
			t.Errorf("%s: the attachments are not listed before the proposal", m.Name)
		}
		pages := strings.Split(text, "\f")
		if len(pages) < 3 { // two pages and what follows the last form feed
			t.Fatalf("%s: %d pages; the test needs two", m.Name, len(pages)-1)
		}
		running := m.Name + " kommune · "
		if strings.Contains(flat(pages[0]), running) || !strings.Contains(flat(pages[1]), running) || !strings.Contains(flat(pages[1]), c.ArchiveRef) {
			t.Errorf("%s: the running header is not on page 2 alone", m.Name)
		}
	}
	if s := sameCase(p, p.Municipalities[4].Standard); !strings.Contains(s, "likelydande framlegg til vedtak for bystyret i Kristiansand") {
		t.Errorf("the nynorsk sentence: %q", s)
	}
}
