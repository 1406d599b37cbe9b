package workbook

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"regionplan/planmodel"
)

// A line added to the plan after the export has no row in the workbook and
// is kept as it is; it used to be read as deleted. A line renamed in the
// plan before it had an ID is not deleted either: it keeps its place, its
// titles and its figures, and its row is skipped with a note.
func TestLineAddedAfterExportIsKept(t *testing.T) {
	p := example(t, "kristiansand")
	data := export(t, p)
	q := p.Clone()
	res := &q.Resources
	res.Costs = append(res.Costs, planmodel.CostItem{Title: "Ny post etter eksport", Category: res.Costs[0].Category, Amounts: planmodel.Yearly{2015: 5_000}})
	res.Funding = append(res.Funding, planmodel.FundingSource{Name: "Ny kilde etter eksport", Kind: res.Funding[0].Kind, Amounts: planmodel.Yearly{2015: 5_000}})
	res.Costs[0].Title = "Prosjektleder, omdøpt i planen"
	r := read(t, q, data)
	if len(r.Changes) != 0 || len(r.Problems) != 0 {
		t.Errorf("an untouched workbook changes %q, problems %v", changeTexts(r), r.Problems)
	}
	if notes := strings.Join(Lines(r.Skipped), "\n"); !strings.Contains(notes, "Kostnader!A2") || !strings.Contains(notes, "Prosjektleder (100 % stilling)") {
		t.Errorf("no note on the row of the line renamed in the plan: %q", notes)
	}
	after, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	c := after.Resources
	if len(c.Costs) != 6 || c.Costs[5].Title != "Ny post etter eksport" || c.Costs[5].Amounts.Get(2015) != 5_000 ||
		len(c.Funding) != 5 || c.Funding[4].Name != "Ny kilde etter eksport" {
		t.Errorf("lines added after the export: %+v / %+v", c.Costs, c.Funding)
	}
	first := c.Costs[0]
	if first.Title != "Prosjektleder, omdøpt i planen" || first.TitleIn[planmodel.Nynorsk] != "Prosjektleiar (100 % stilling)" || first.Amounts.Get(2015) != p.Resources.Costs[0].Amounts.Get(2015) {
		t.Errorf("the line renamed in the plan: %+v", first)
	}
}

// With IDs (given by the window before it exports), a line renamed in the
// plan after the export is still its row's line: the row's figures go to
// it, and it keeps its new title, its place and its nynorsk title.
func TestLineRenamedInThePlanKeepsItsRow(t *testing.T) {
	p := example(t, "kristiansand")
	if !LineIDs(p) || LineIDs(p) {
		t.Fatal("LineIDs gave no IDs, or gave them twice")
	}
	data := edit(t, export(t, p), func(f *excelize.File) {
		f.SetCellInt("Kostnader", "F2", 1_000_000) // Prosjektleder's Budsjett 2016
	})
	q := p.Clone()
	q.Resources.Costs[0].Title = "Prosjektleder, omdøpt i planen"
	q.Resources.Funding[1].Name = "Agder fylkeskommune"
	r := read(t, q, data)
	want := "Kostnader!F2 Prosjektleder (100 % stilling), Budsjett 2016: 950 000 → 1 000 000"
	if got := changeTexts(r); len(got) != 1 || got[0] != want || len(r.Problems) != 0 {
		t.Errorf("changes %q, problems %v; want %q", got, r.Problems, want)
	}
	after, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	c := after.Resources
	if len(c.Costs) != 5 || c.Costs[0].Title != "Prosjektleder, omdøpt i planen" || c.Costs[0].TitleIn[planmodel.Nynorsk] != "Prosjektleiar (100 % stilling)" ||
		c.Costs[0].Amounts.Get(2016) != 1_000_000 || c.Costs[0].ID != p.Resources.Costs[0].ID {
		t.Errorf("the cost item renamed in the plan: %+v", c.Costs[0])
	}
	if len(c.Funding) != 4 || c.Funding[1].Name != "Agder fylkeskommune" {
		t.Errorf("the funding source renamed in the plan: %+v", c.Funding)
	}
}

// Two lines of the same title keep their own figures when the first is
// deleted in the plan after the export: the second's row is its own, and
// the deleted line's row is skipped, not read into the second.
func TestDuplicateTitlesKeepTheirFigures(t *testing.T) {
	p := example(t, "kristiansand")
	costs := p.Resources.Costs
	costs[1].Title = costs[0].Title
	costs[1].TitleIn = nil
	LineIDs(p)
	data := export(t, p)
	q := p.Clone()
	q.Resources.Costs = q.Resources.Costs[1:]
	r := read(t, q, data)
	if len(r.Changes) != 0 || len(r.Problems) != 0 {
		t.Errorf("an untouched workbook changes %q, problems %v", changeTexts(r), r.Problems)
	}
	if notes := strings.Join(Lines(r.Skipped), "\n"); !strings.Contains(notes, "Kostnader!A2") {
		t.Errorf("no note on the deleted line's row: %q", notes)
	}
	after, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	if c := after.Resources.Costs; len(c) != 4 || c[0].Amounts.Get(2015) != costs[1].Amounts.Get(2015) || c[0].ID != costs[1].ID {
		t.Errorf("the second line of the title: %+v, want the figures %v", c, costs[1].Amounts)
	}
}
