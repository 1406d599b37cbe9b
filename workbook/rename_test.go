package workbook

import (
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"regionplan/planmodel"
)

// keyColumn returns the column of the sheet headed by the hidden key, and
// fails the test when there is none or it shows.
func keyColumn(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range rows[0] {
		if h == "Regionplan-nøkkel" {
			col := colName(i + 1)
			if visible, _ := f.GetColVisible(sheet, col); visible {
				t.Errorf("%s: the key column %s shows", sheet, col)
			}
			return col
		}
	}
	t.Fatalf("%s has no key column: %q", sheet, rows[0])
	return ""
}

func changeTexts(r *Result) []string { return texts(r.Changes) }

// texts returns each change or conflict in English, with plain spaces.
func texts[T interface{ String() string }](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, strings.ReplaceAll(x.String(), planmodel.NBSP, " "))
	}
	return out
}

// A line renamed in the workbook is the same line under its new name: its
// figures stay, no line is added, and the change says so. It used to be
// read as a new line beside the old one, which then counted twice.
func TestRenamedLineIsTheSameLine(t *testing.T) {
	p := example(t, "kristiansand")
	data := edit(t, export(t, p), func(f *excelize.File) {
		keyColumn(t, f, "Kostnader")
		keyColumn(t, f, "Finansiering")
		f.SetCellStr("Kostnader", "A2", "Prosjektleder")          // Prosjektleder (100 % stilling)
		f.SetCellInt("Kostnader", "F2", 1_000_000)                // and its Budsjett 2016
		f.SetCellStr("Finansiering", "A3", "Agder fylkeskommune") // Vest-Agder fylkeskommune
	})
	r := read(t, p, data)
	q, err := applied(r, p)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Kostnader!A2 Prosjektleder, Kostnadspost: Prosjektleder (100 % stilling) → Prosjektleder",
		"Kostnader!F2 Prosjektleder, Budsjett 2016: 950 000 → 1 000 000",
		"Finansiering!A3 Agder fylkeskommune, Finansieringskilde: Vest-Agder fylkeskommune → Agder fylkeskommune",
	}
	if got := changeTexts(r); !slices.Equal(got, want) {
		t.Errorf("changes:\n%q\nwant:\n%q", got, want)
	}
	c := q.Resources
	if len(c.Costs) != len(p.Resources.Costs) || len(c.Funding) != len(p.Resources.Funding) {
		t.Fatalf("%d costs and %d funding sources, as %d and %d before", len(c.Costs), len(c.Funding), len(p.Resources.Costs), len(p.Resources.Funding))
	}
	if c.Costs[0].Title != "Prosjektleder" || c.Costs[0].Amounts.Get(2016) != 1_000_000 || c.Costs[0].Amounts.Get(2015) != 950_000 ||
		c.Costs[0].Actual.Get(2015) != p.Resources.Costs[0].Actual.Get(2015) || c.Funding[1].Name != "Agder fylkeskommune" {
		t.Errorf("after renaming: %+v / %+v", c.Costs[0], c.Funding[1])
	}
	// The project leader's nynorsk title no longer fits the new name.
	if len(c.Costs[0].TitleIn) != 0 || !strings.Contains(strings.Join(Lines(r.Skipped), " "), "Prosjektleiar (100 % stilling)") {
		t.Errorf("the old nynorsk title: %v; notes %q", c.Costs[0].TitleIn, Lines(r.Skipped))
	}
	// Read again, the renamed workbook changes nothing more.
	if again := read(t, q, export(t, q)); len(again.Changes) != 0 {
		t.Errorf("a second round trip: %q", changeTexts(again))
	}
}

// A line whose row is deleted from the workbook is deleted from the plan,
// and the change list says so before anything is applied; a row moved,
// sorted or copied is not a deletion.
func TestDeletedRowDeletesTheLine(t *testing.T) {
	p := example(t, "kristiansand")
	good := export(t, p)
	data := edit(t, good, func(f *excelize.File) {
		if err := f.RemoveRow("Kostnader", 3); err != nil { // Kunnskapsgrunnlag og FoU-oppdrag
			t.Fatal(err)
		}
		if err := f.RemoveRow("Finansiering", 4); err != nil { // Sørlandet kompetansefond
			t.Fatal(err)
		}
	})
	r := read(t, p, data)
	want := []string{
		"Kostnader Kunnskapsgrunnlag og FoU-oppdrag, Budsjett i alt: 650 000 → – (deleted line)",
		"Finansiering Sørlandet kompetansefond, Budsjett i alt: 600 000 → – (deleted line)",
	}
	if got := changeTexts(r); !slices.Equal(got, want) {
		t.Errorf("changes:\n%q\nwant:\n%q", got, want)
	}
	if len(p.Resources.Costs) != 5 {
		t.Fatal("Read changed the plan it was given")
	}
	q, err := applied(r, p)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, c := range q.Resources.Costs {
		titles = append(titles, c.Title)
	}
	if len(titles) != 4 || slices.Contains(titles, "Kunnskapsgrunnlag og FoU-oppdrag") || len(q.Resources.Funding) != 3 || q.Resources.Costs[1].Amounts.Get(2015) != 180_000 {
		t.Errorf("after deleting: %q, %d funding sources", titles, len(q.Resources.Funding))
	}

	// A row moved down changes nothing; a row copied is a new line, and
	// nothing is deleted.
	moved := edit(t, good, func(f *excelize.File) {
		if err := f.DuplicateRowTo("Kostnader", 2, 7); err != nil {
			t.Fatal(err)
		}
		if err := f.RemoveRow("Kostnader", 2); err != nil {
			t.Fatal(err)
		}
	})
	if r := read(t, p, moved); len(r.Changes) != 0 || len(r.Problems) != 0 {
		t.Errorf("a moved row: %q %v", changeTexts(r), r.Problems)
	}
	copied := read(t, p, edit(t, good, func(f *excelize.File) {
		if err := f.DuplicateRowTo("Kostnader", 2, 7); err != nil {
			t.Fatal(err)
		}
	}))
	for _, c := range copied.Changes {
		if !c.Added || c.Deleted || c.Cell[1:] != "7" {
			t.Errorf("a copied row: %s", c)
		}
	}
	if q, err := applied(copied, p); err != nil || len(q.Resources.Costs) != 6 || q.Resources.Costs[5].Amounts.Get(2015) != 950_000 {
		t.Errorf("a copied row gives %v, %v", q, err)
	}
}

// A workbook without the key column (from an older Regionplan, or made by
// hand) finds its lines by title and deletes nothing.
func TestWorkbookWithoutKeysDeletesNothing(t *testing.T) {
	p := example(t, "kristiansand")
	data := edit(t, export(t, p), func(f *excelize.File) {
		key := keyColumn(t, f, "Kostnader")
		if err := f.RemoveCol("Kostnader", key); err != nil {
			t.Fatal(err)
		}
		if err := f.RemoveRow("Kostnader", 3); err != nil {
			t.Fatal(err)
		}
		f.SetCellInt("Kostnader", "C2", 990_000)
	})
	r := read(t, p, data)
	if got := changeTexts(r); len(got) != 1 || !strings.HasPrefix(got[0], "Kostnader!C2 Prosjektleder (100 % stilling), Budsjett 2015") {
		t.Errorf("changes %q", got)
	}
	if q, err := applied(r, p); err != nil || len(q.Resources.Costs) != 5 {
		t.Errorf("%v %v", q, err)
	}
}

// The municipalities' rows carry their IDs as keys: a municipality renamed
// in the plan after the export still gets its own figures, and a row whose
// name was changed in the workbook stays its municipality's, with a note.
func TestMunicipalityRowsFollowTheirIDs(t *testing.T) {
	p := example(t, "kristiansand")
	data := edit(t, export(t, p), func(f *excelize.File) {
		keyColumn(t, f, "Timer")
		keyColumn(t, f, "Innbetalinger")
		f.SetCellInt("Timer", "C3", 320)                 // Vennesla, 2016
		f.SetCellStr("Timer", "A4", "Songdalen kommune") // a row renamed by hand
	})
	renamed := p.Clone()
	renamed.Municipalities[1].Name = "Vennesla kommune"
	r := read(t, renamed, data)
	if len(r.Problems) > 0 {
		t.Fatal(r.Problems)
	}
	q, err := applied(r, renamed)
	if err != nil {
		t.Fatal(err)
	}
	ven, song := renamed.Municipalities[1].ID, renamed.Municipalities[2].ID
	if q.Resources.Hours[ven].Get(2016) != 320 || q.Resources.Hours[song].Get(2016) != p.Resources.Hours[song].Get(2016) || q.Municipalities[2].Name != "Songdalen" {
		t.Errorf("hours %v / %v, name %q", q.Resources.Hours[ven], q.Resources.Hours[song], q.Municipalities[2].Name)
	}
	notes := strings.Join(Lines(r.Skipped), "\n")
	for _, want := range []string{"Timer!A3: The row is headed «Vennesla», but its hidden key says it is Vennesla kommune's", "Timer!A4: The row is headed «Songdalen kommune», but its hidden key says it is Songdalen's"} {
		if !strings.Contains(notes, want) {
			t.Errorf("no note %q in\n%s", want, notes)
		}
	}
}
