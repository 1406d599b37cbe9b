package workbook

import (
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"regionplan/planmodel"
)

// exported returns the Kristiansand example with line IDs, as the window
// exports it, and its workbook.
func exported(t *testing.T) (*planmodel.Plan, []byte) {
	t.Helper()
	p := example(t, "kristiansand")
	LineIDs(p)
	return p, export(t, p)
}

func conflictTexts(r *Result) []string { return texts(r.Conflicts) }

// A figure changed in the plan after the export, in a cell nobody touched
// in the workbook, keeps the plan's value; the workbook's own change is
// read in. Before the three-way comparison the workbook's old figure went
// back over the plan's.
func TestPlanChangesSinceTheExportAreKept(t *testing.T) {
	p, data := exported(t)
	data = edit(t, data, func(f *excelize.File) {
		f.SetCellInt("Finansiering", "O3", 250_000) // Vest-Agder fylkeskommune, Budsjett 2019
	})
	q := p.Clone()
	res := &q.Resources
	res.Costs[0].Amounts.Set(2018, 1_000_000)           // Prosjektleder, Budsjett 2018 (L2)
	res.Costs[1].Category = planmodel.CostCommunication // Kunnskapsgrunnlag, B3
	ven := q.IDOf("Vennesla")
	res.Hours[ven][2016] = 333 // Timer!C3
	pm := res.Payments[ven]
	pm.Paid.Set(2017, 1) // Innbetalinger!I3
	res.Payments[ven] = pm

	r := read(t, q, data)
	want := []string{"Finansiering!O3 Vest-Agder fylkeskommune, Budsjett 2019: 200 000 → 250 000"}
	if got := changeTexts(r); !slices.Equal(got, want) || len(r.Conflicts) != 0 || len(r.Problems) != 0 {
		t.Fatalf("changes %q, conflicts %q, problems %v; want %q", got, conflictTexts(r), r.Problems, want)
	}
	if notes := strings.Join(Lines(r.Notes), "\n"); !strings.Contains(notes, "keep the plan's value: 4.") {
		t.Errorf("no note on the cells kept: %q", notes)
	}
	after, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	a := after.Resources
	if a.Costs[0].Amounts.Get(2018) != 1_000_000 || a.Costs[1].Category != planmodel.CostCommunication ||
		a.Hours[ven].Get(2016) != 333 || a.Payments[ven].Paid.Get(2017) != 1 || a.Funding[1].Amounts.Get(2019) != 250_000 {
		t.Errorf("after reading in: cost %v %s, hours %v, paid %v, funding %v", a.Costs[0].Amounts, a.Costs[1].Category, a.Hours[ven], a.Payments[ven].Paid, a.Funding[1].Amounts)
	}
}

// A cell changed both in the plan and in the workbook since the export, to
// different values, is a conflict: reading keeps the plan's value unless
// the workbook's is chosen, per conflict or for all. The same change on
// both sides is no conflict.
func TestConflictsKeepThePlansValueUnlessChosen(t *testing.T) {
	p, data := exported(t)
	data = edit(t, data, func(f *excelize.File) {
		f.SetCellInt("Kostnader", "F2", 1_000_000)                // Prosjektleder, Budsjett 2016
		f.SetCellInt("Kostnader", "C4", 190_000)                  // Samlinger, Budsjett 2015: the same as the plan's
		f.SetCellStr("Kostnader", "B5", "Tiltak")                 // Formidling: Kommunikasjon → Tiltak
		f.SetCellStr("Finansiering", "A3", "Agder fylkeskommune") // Vest-Agder fylkeskommune
		f.SetCellInt("Timer", "C3", 320)                          // Vennesla, 2016
		f.SetCellInt("Innbetalinger", "B2", 400_000)              // Kristiansand, Fakturert 2015
		f.SetCellInt("Finansiering", "C2", 710_000)               // Byregionprogrammet, Budsjett 2015: no conflict
	})
	q := p.Clone()
	res := &q.Resources
	res.Costs[0].Amounts.Set(2016, 1_100_000)
	res.Costs[2].Amounts.Set(2015, 190_000)
	res.Costs[3].Category = planmodel.CostAnalysis
	res.Funding[1].Name = "Agder fylkeskommune (fra 2020)"
	ven, krs := q.IDOf("Vennesla"), q.IDOf("Kristiansand")
	res.Hours[ven][2016] = 310
	pm := res.Payments[krs]
	pm.Invoiced.Set(2015, 390_000)
	res.Payments[krs] = pm

	r := read(t, q, data)
	if len(r.Problems) != 0 {
		t.Fatal(r.Problems)
	}
	want := []string{
		"Kostnader!F2 Prosjektleder (100 % stilling), Budsjett 2016: 950 000 at the export, now 1 100 000 in the plan and 1 000 000 in the workbook",
		"Kostnader!B5 Formidling av resultater, Kategori: Kommunikasjon at the export, now Analyse og FoU in the plan and Tiltak in the workbook",
		"Finansiering!A3 Agder fylkeskommune, Finansieringskilde: Vest-Agder fylkeskommune at the export, now Agder fylkeskommune (fra 2020) in the plan and Agder fylkeskommune in the workbook",
		"Innbetalinger!B2 Kristiansand, Fakturert 2015: 380 597 at the export, now 390 000 in the plan and 400 000 in the workbook",
		"Timer!C3 Vennesla, Timer 2016: 300 at the export, now 310 in the plan and 320 in the workbook",
	}
	if got := conflictTexts(r); !slices.Equal(got, want) {
		t.Errorf("conflicts:\n%q\nwant:\n%q", got, want)
	}
	if got := changeTexts(r); !slices.Equal(got, []string{"Finansiering!C2 Byregionprogrammet, Budsjett 2015: 700 000 → 710 000"}) {
		t.Errorf("changes %q", got)
	}

	kept, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	k := kept.Resources
	if k.Costs[0].Amounts.Get(2016) != 1_100_000 || k.Costs[3].Category != planmodel.CostAnalysis || k.Funding[1].Name != "Agder fylkeskommune (fra 2020)" ||
		k.Hours[ven].Get(2016) != 310 || k.Payments[krs].Invoiced.Get(2015) != 390_000 || k.Funding[0].Amounts.Get(2015) != 710_000 {
		t.Errorf("by default the plan's values stay: %+v", k)
	}

	r.Conflicts[0].TakeWorkbook = true
	one, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	if o := one.Resources; o.Costs[0].Amounts.Get(2016) != 1_000_000 || o.Hours[ven].Get(2016) != 310 {
		t.Errorf("one conflict chosen: %v, %v", o.Costs[0].Amounts, o.Hours[ven])
	}

	r.TakeAll(true)
	all, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	a := all.Resources
	if a.Costs[0].Amounts.Get(2016) != 1_000_000 || a.Costs[3].Category != planmodel.CostMeasures || a.Funding[1].Name != "Agder fylkeskommune" ||
		a.Hours[ven].Get(2016) != 320 || a.Payments[krs].Invoiced.Get(2015) != 400_000 || a.Costs[2].Amounts.Get(2015) != 190_000 {
		t.Errorf("every conflict chosen from the workbook: %+v", a)
	}
	if r.Taken() != len(want) {
		t.Errorf("Taken() = %d", r.Taken())
	}
}

// A line the workbook deletes is deleted when the plan did not change it
// since the export; one the plan changed is a conflict, kept unless the
// workbook's side is chosen. A conflict on a line after a deleted one still
// reaches its own line.
func TestDeletingALineThePlanChangedIsAConflict(t *testing.T) {
	p, data := exported(t)
	data = edit(t, data, func(f *excelize.File) {
		f.RemoveRow("Kostnader", 5)              // Formidling av resultater, changed in the plan
		f.RemoveRow("Kostnader", 3)              // Kunnskapsgrunnlag, unchanged in the plan
		f.SetCellInt("Kostnader", "F4", 170_000) // Prosjektstilling treindustri, Budsjett 2016, now on row 4
	})
	q := p.Clone()
	res := &q.Resources
	res.Costs[3].Amounts.Set(2019, 125_000)
	res.Costs[4].Amounts.Set(2016, 410_000)
	r := read(t, q, data)
	if len(r.Problems) != 0 {
		t.Fatal(r.Problems)
	}
	if got := changeTexts(r); !slices.Equal(got, []string{"Kostnader Kunnskapsgrunnlag og FoU-oppdrag, Budsjett i alt: 650 000 → – (deleted line)"}) {
		t.Errorf("changes %q", got)
	}
	want := []string{
		"Kostnader!F4 Prosjektstilling treindustri (50 %), Budsjett 2016: 400 000 at the export, now 410 000 in the plan and 170 000 in the workbook",
		"Kostnader Formidling av resultater: deleted in the workbook, but changed in the plan since the export",
	}
	if got := conflictTexts(r); !slices.Equal(got, want) {
		t.Fatalf("conflicts:\n%q\nwant:\n%q", got, want)
	}
	kept, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	if c := kept.Resources.Costs; len(c) != 4 || c[2].Title != "Formidling av resultater" || c[2].Amounts.Get(2019) != 125_000 || c[3].Amounts.Get(2016) != 410_000 {
		t.Errorf("the plan's side kept: %+v", c)
	}
	r.TakeAll(true)
	taken, err := applied(r, q)
	if err != nil {
		t.Fatal(err)
	}
	if c := taken.Resources.Costs; len(c) != 3 || c[2].Title != "Prosjektstilling treindustri (50 %)" || c[2].Amounts.Get(2016) != 170_000 {
		t.Errorf("the workbook's side taken: %+v", c)
	}
}

// bookRows returns the rows of the workbook's hidden record.
func bookRows(t *testing.T, f *excelize.File) [][]string {
	t.Helper()
	rows, err := f.GetRows(bookSheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// A workbook from an older export records its lines but not its figures:
// it is read two-way, as before, and a note says so; one without the
// hidden sheet (made by hand, or older still) too.
func TestOlderWorkbooksAreReadTwoWay(t *testing.T) {
	p, data := exported(t)
	older := edit(t, data, func(f *excelize.File) {
		rows := bookRows(t, f)
		at := slices.IndexFunc(rows, func(row []string) bool { return row[0] == "version" })
		for r := len(rows); r > at; r-- {
			if err := f.RemoveRow(bookSheet, r); err != nil {
				t.Fatal(err)
			}
		}
		f.SetCellInt("Timer", "C3", 320)
	})
	none := edit(t, older, func(f *excelize.File) {
		if err := f.DeleteSheet(bookSheet); err != nil {
			t.Fatal(err)
		}
	})
	q := p.Clone()
	q.Resources.Costs[0].Amounts.Set(2018, 1_000_000)
	for name, book := range map[string][]byte{"version 1": older, "no record": none} {
		t.Run(name, func(t *testing.T) {
			r := read(t, q, book)
			want := []string{"Kostnader!L2 Prosjektleder (100 % stilling), Budsjett 2018: 1 000 000 → 950 000", "Timer!C3 Vennesla, Timer 2016: 300 → 320"}
			if got := changeTexts(r); !slices.Equal(got, want) || len(r.Conflicts) != 0 || len(r.Problems) != 0 {
				t.Errorf("changes %q, conflicts %q, problems %v; want %q", got, conflictTexts(r), r.Problems, want)
			}
			if notes := strings.Join(Lines(r.Notes), "\n"); !strings.Contains(notes, "the comparison is two-way") {
				t.Errorf("no note that the comparison is two-way: %q", notes)
			}
		})
	}
}

// A hidden record edited by hand, damaged, from another plan or from a
// newer Regionplan stops the import with a clear problem, and nothing is
// applied.
func TestADamagedRecordStopsTheImport(t *testing.T) {
	p, data := exported(t)
	figureRow := func(f *excelize.File) int {
		return slices.IndexFunc(bookRows(t, f), func(row []string) bool { return row[0] == "figures" }) + 1
	}
	other := p.Clone()
	other.ID, other.Name = planmodel.NewID(), "Et annet samarbeid"
	tests := []struct {
		name, problem string
		book          []byte
	}{
		{"a figure edited", "hidden sheet, which records what was exported, has been changed", edit(t, data, func(f *excelize.File) {
			f.SetCellStr(bookSheet, cell(5, figureRow(f)), "1")
		})},
		{"a row removed", "has been changed", edit(t, data, func(f *excelize.File) { f.RemoveRow(bookSheet, figureRow(f)) })},
		{"the seal cleared", "has been changed", edit(t, data, func(f *excelize.File) {
			f.SetCellStr(bookSheet, cell(2, len(bookRows(t, f))), "")
		})},
		{"a foreign sheet of the name", "not one Regionplan wrote", edit(t, data, func(f *excelize.File) {
			f.DeleteSheet(bookSheet)
			f.NewSheet(bookSheet)
			f.SetCellStr(bookSheet, "A1", "Budsjettnotater")
		})},
		{"another plan's", "exported from another plan, «Et annet samarbeid»", export(t, other)},
		{"a newer Regionplan's", "exported by a newer Regionplan", edit(t, data, func(f *excelize.File) {
			at := slices.IndexFunc(bookRows(t, f), func(row []string) bool { return row[0] == "version" }) + 1
			f.SetCellStr(bookSheet, cell(2, at), "3")
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := read(t, p, tt.book)
			if got := Lines(r.Problems); len(got) != 1 || !strings.Contains(got[0], tt.problem) {
				t.Errorf("problems %q, want one with %q", got, tt.problem)
			}
			q := p.Clone()
			if err := r.Apply(q); err == nil {
				t.Error("a workbook with a damaged record was applied")
			}
		})
	}
}

// Choosing the workbook's side is checked against the plan's rules as a
// whole, and nothing is applied when it breaks them.
func TestChosenConflictsAreValidated(t *testing.T) {
	p, data := exported(t)
	long := strings.Repeat("x", 300)
	data = edit(t, data, func(f *excelize.File) { f.SetCellStr("Kostnader", "A2", long) })
	q := p.Clone()
	q.Resources.Costs[0].Title = "Prosjektleder i full stilling"
	r := read(t, q, data)
	if len(r.Conflicts) != 1 || len(r.Problems) != 0 {
		t.Fatalf("conflicts %q, problems %v", conflictTexts(r), r.Problems)
	}
	r.TakeAll(true)
	untouched := q.Clone()
	err := r.Apply(untouched)
	if err == nil || !strings.Contains(err.Error(), "The text is 300 characters long") || untouched.Resources.Costs[0].Title != q.Resources.Costs[0].Title {
		t.Errorf("a chosen title against the rules: %v, title %q", err, untouched.Resources.Costs[0].Title)
	}
	r.TakeAll(false)
	if err := r.Apply(untouched); err != nil || untouched.Resources.Costs[0].Title != "Prosjektleder i full stilling" {
		t.Errorf("the plan's side: %v, %q", err, untouched.Resources.Costs[0].Title)
	}
}

// A sheet whose hidden key column was deleted finds its rows by name and is
// compared two-way, and a note on that sheet says so.
func TestASheetWithoutItsKeysIsReadTwoWay(t *testing.T) {
	p, data := exported(t)
	data = edit(t, data, func(f *excelize.File) {
		if err := f.RemoveCol("Timer", keyColumn(t, f, "Timer")); err != nil {
			t.Fatal(err)
		}
	})
	q := p.Clone()
	q.Resources.Hours[q.IDOf("Vennesla")][2016] = 310
	r := read(t, q, data)
	if got := changeTexts(r); !slices.Equal(got, []string{"Timer!C3 Vennesla, Timer 2016: 310 → 300"}) || len(r.Problems) != 0 {
		t.Errorf("changes %q, problems %v", got, r.Problems)
	}
	if notes := Lines(r.Notes); len(notes) != 1 || !strings.HasPrefix(notes[0], "Timer: The sheet has lost its hidden key column") {
		t.Errorf("notes %q", notes)
	}
}
