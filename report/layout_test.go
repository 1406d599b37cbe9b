package report

import (
	"fmt"
	"strings"
	"testing"

	"regionplan/report/layout"
)

// pageOf is the number of the first page (from 0) of text whose text has s.
func pageOf(pages []string, s string) int {
	for i, p := range pages {
		if strings.Contains(flat(p), s) {
			return i
		}
	}
	return -1
}

// Wherever a page break falls, a heading stays with its lead-in, the
// lead-in with its table, the table's header with its first row, and a
// list's last item with the one before it.
func TestPageBreaksKeepThingsTogether(t *testing.T) {
	for n := 20; n <= 50; n += 2 {
		l := &layout.Document{Title: "Test", Lang: "nb-NO", Created: docTime, Page: "Side", Of: "av"}
		filler := make([]string, n)
		for k := range filler {
			filler[k] = fmt.Sprintf("Fyllinje %d.", k)
		}
		l.Add(layout.P(strings.Join(filler, "\n")), layout.H(2, "Overskriften"), layout.P("Innledningen til tabellen:"),
			layout.Block{Kind: layout.Table, Widths: []float64{60, 40}, Rows: [][]string{{"Hode", "Beløp"}, {"Første rad", "1"}, {"Andre rad", "2"}}},
			layout.Block{Kind: layout.List, Items: []string{"Punkt en", "Punkt to", "Punkt tre", "Punkt fire"}})
		pdf, err := renderPDF(l)
		if err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(pdfText(t, pdf), "\f")
		for _, pair := range [][2]string{
			{"Overskriften", "Innledningen til tabellen:"}, {"Innledningen til tabellen:", "Hode"},
			{"Hode", "Første rad"}, {"Punkt tre", "Punkt fire"},
		} {
			if a, b := pageOf(pages, pair[0]), pageOf(pages, pair[1]); a != b {
				t.Errorf("%d filler lines: %q on page %d, %q on page %d", n, pair[0], a+1, pair[1], b+1)
			}
		}
	}
}

// A long cell wraps in its column; nothing is cut off with an ellipsis.
func TestTableCellsWrap(t *testing.T) {
	long := "Et kostnadspunkt med en svært lang tittel som ikke får plass på én linje i kolonnen sin"
	l := &layout.Document{Title: "Test", Lang: "nb-NO", Created: docTime, Page: "Side", Of: "av"}
	l.Add(layout.Block{Kind: layout.Table, Widths: []float64{40, 30}, Rows: [][]string{{"Post", "Beløp"}, {long, "1 000"}}})
	pdf, err := renderPDF(l)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	if strings.Contains(text, "…") || !strings.Contains(flat(text), "svært lang tittel") {
		t.Errorf("the cell was cut: %q", text)
	}
	if strings.Count(strings.TrimSpace(text), "\n") < 3 {
		t.Errorf("the cell did not wrap: %q", text)
	}
}

func TestPeriod(t *testing.T) {
	for _, c := range []struct {
		first, last int
		want        string
	}{{2016, 2016, "2016"}, {2016, 2019, "2016–2019"}, {2016, 0, "2016"}} {
		if got := period(c.first, c.last); got != c.want {
			t.Errorf("period(%d, %d) = %q, want %q", c.first, c.last, got, c.want)
		}
	}
}
