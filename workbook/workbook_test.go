package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"regionplan/examples"
	"regionplan/planmodel"
	"regionplan/report/words"
)

var at = time.Date(2027, 9, 13, 12, 0, 0, 0, time.UTC)

func example(t testing.TB, name string) *planmodel.Plan {
	t.Helper()
	p, err := examples.Plan(name, at)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func export(t testing.TB, p *planmodel.Plan) []byte {
	t.Helper()
	data, err := Export(p, at)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// edit opens a workbook, lets fn change it and returns the saved bytes.
func edit(t *testing.T, data []byte, fn func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	fn(f)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func read(t *testing.T, p *planmodel.Plan, data []byte) *Result {
	t.Helper()
	r, err := Read(p, data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestExportThenImportChangesNothing(t *testing.T) {
	for _, name := range examples.Names {
		t.Run(name, func(t *testing.T) {
			p := example(t, name)
			r := read(t, p, export(t, p))
			if len(r.Changes) != 0 || len(r.Problems) != 0 || len(r.Skipped) != 0 {
				t.Fatalf("changes %v, problems %v, skipped %v", r.Changes, r.Problems, r.Skipped)
			}
			got, err := applied(r, p)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got.Resources) != fmt.Sprint(p.Resources) {
				t.Errorf("resources differ after a round trip:\n%v\n%v", got.Resources, p.Resources)
			}
		})
	}
}

func TestExportIsReproducible(t *testing.T) {
	p := example(t, "kristiansand")
	if !bytes.Equal(export(t, p), export(t, p)) {
		t.Error("two exports of the same plan differ")
	}
}

func TestEditedCellsAreTheChanges(t *testing.T) {
	p := example(t, "kristiansand") // bokmål: Kostnader, Finansiering, Andeler, Innbetalinger, Timer
	data := edit(t, export(t, p), func(f *excelize.File) {
		f.SetCellInt("Kostnader", "F2", 1_000_000) // Budsjett 2016 of the project leader
		f.SetCellInt("Kostnader", "G3", 210_000)   // Regnskap 2016 of the knowledge base
		f.SetCellValue("Finansiering", "B4", "Næringslivet")
		f.SetCellInt("Innbetalinger", "H8", 0) // Søgne, Fakturert 2017
		f.SetCellInt("Timer", "C3", 320)       // Vennesla, 2016
		f.InsertRows("Kostnader", 7, 1)        // a new line above the sum row
		f.SetCellStr("Kostnader", "A7", "Reise")
		f.SetCellStr("Kostnader", "B7", "Samlinger")
		f.SetCellInt("Kostnader", "C7", 25_000)
	})
	r := read(t, p, data)
	if len(r.Problems) > 0 {
		t.Fatal(r.Problems)
	}
	var got []string
	for _, c := range r.Changes {
		got = append(got, strings.ReplaceAll(c.Sheet+"!"+c.Cell+" "+c.Old+" → "+c.New, "\u00a0", " "))
	}
	want := []string{
		"Kostnader!F2 950 000 → 1 000 000",
		"Kostnader!G3 205 000 → 210 000",
		"Kostnader!B7 – → Samlinger",
		"Kostnader!C7 – → 25 000",
		"Finansiering!B4 Annet → Næringslivet",
		"Innbetalinger!H8 " + strings.ReplaceAll(planmodel.FormatInt(p.Resources.Payments[p.IDOf("Søgne")].Invoiced.Get(2017)), planmodel.NBSP, " ") + " → 0",
		"Timer!C3 300 → 320",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%q\nwant:\n%q", got, want)
	}
	q, err := applied(r, p)
	if err != nil {
		t.Fatal(err)
	}
	c := q.Resources
	if c.Costs[0].Amounts.Get(2016) != 1_000_000 || c.Costs[1].Actual.Get(2016) != 210_000 || c.Costs[5].Title != "Reise" ||
		c.Costs[5].Category != planmodel.CostWorkshops || c.Costs[5].Amounts.Get(2015) != 25_000 ||
		c.Funding[2].Kind != planmodel.FundBusiness || c.Payments[p.IDOf("Søgne")].Invoiced.Get(2017) != 0 || c.Hours[p.IDOf("Vennesla")].Get(2016) != 320 {
		t.Errorf("applied: %+v", c)
	}
	if p.Resources.Costs[0].Amounts.Get(2016) != 950_000 || len(p.Resources.Costs) != 5 {
		t.Error("Read changed the plan it was given")
	}
}

func TestNynorskWorkbook(t *testing.T) {
	p := example(t, "hallingdal")
	p.Standard = planmodel.Nynorsk
	data := export(t, p)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Kostnader", "Finansiering", "Delar", "Innbetalingar", "Timar", bookSheet}) {
		t.Errorf("sheets: %v", got)
	}
	if visible, err := f.GetSheetVisible(bookSheet); visible || err != nil {
		t.Errorf("the sheet %s shows (%v)", bookSheet, err)
	}
	if v, _ := f.GetCellValue("Kostnader", "D1"); v != "Rekneskap 2016" {
		t.Errorf("D1: %q", v)
	}
	// A bokmål plan reads the nynorsk workbook too.
	p.Standard = planmodel.Bokmal
	if r := read(t, p, data); len(r.Changes)+len(r.Problems)+len(r.Skipped) != 0 {
		t.Errorf("%v %v %v", r.Changes, r.Problems, r.Skipped)
	}
}

func TestWorkbookLayout(t *testing.T) {
	p := example(t, "kristiansand")
	f, err := excelize.OpenReader(bytes.NewReader(export(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	formula, _ := f.GetCellFormula("Kostnader", "E2")
	if formula != `IF(ISBLANK(D2),"",D2-C2)` {
		t.Errorf("Avvik 2015: %q", formula)
	}
	sum, _ := f.GetCellFormula("Kostnader", "C7")
	if sum != `IF(COUNT(C2:C6)=0,"",SUM(C2:C6))` {
		t.Errorf("the sum row: %q", sum)
	}
	panes, _ := f.GetPanes("Kostnader")
	if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 2 {
		t.Errorf("panes: %+v", panes)
	}
	style, _ := f.GetCellStyle("Kostnader", "C2")
	st, _ := f.GetStyle(style)
	if st.CustomNumFmt == nil || *st.CustomNumFmt != numberFormat {
		t.Errorf("number format: %+v", st)
	}
	if w, _ := f.GetColWidth("Kostnader", "A"); w != 40 {
		t.Errorf("width of A: %v", w)
	}
}

// hostile builds a workbook from the exported one with fn applied.
func TestHostileWorkbooks(t *testing.T) {
	const hugeRows = 10_000
	p := example(t, "kristiansand")
	good := export(t, p)
	tests := []struct {
		name    string
		data    func() []byte
		problem string // in a problem; "" when the import may go on
		skipped string // in a skipped note
	}{
		{"another sheet", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.NewSheet("Notater"); f.SetCellStr("Notater", "A1", "hei") })
		}, "", "Notater: Not a sheet of the resource plan"},
		{"a column of comments", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.SetCellStr("Timer", "H1", "Kommentar"); f.SetCellStr("Timer", "H2", "ok") })
		}, "", "Timer!H1: The column «Kommentar» is not part"},
		{"a year outside the period", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.SetCellStr("Timer", "H1", "Timer 2031"); f.SetCellInt("Timer", "H2", 5) })
		}, "", "outside the plan's period 2015–2019"},
		{"merged cells", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.MergeCell("Kostnader", "C2", "D2") })
		}, "Kostnader!C2:D2: Merged cells", ""},
		{"text in a number cell", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.SetCellStr("Kostnader", "C3", "ni hundre") })
		}, "Kostnader!C3: The cell holds the text «ni hundre»", ""},
		{"a formula that evaluates", func() []byte {
			return edit(t, good, func(f *excelize.File) {
				f.SetCellValue("Kostnader", "C3", nil)
				f.SetCellFormula("Kostnader", "C3", "400000+50000")
			})
		}, "", ""},
		{"a formula that does not evaluate", func() []byte {
			return edit(t, good, func(f *excelize.File) {
				f.SetCellValue("Kostnader", "C3", nil) // no value computed by a spreadsheet
				f.SetCellFormula("Kostnader", "C3", "NOSUCHFUNCTION(1)")
			})
		}, "Kostnader!C3: The formula =NOSUCHFUNCTION(1)", ""},
		{"a huge number", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.SetCellFloat("Kostnader", "C3", 9e18, -1, 64) })
		}, "Kostnader!C3: 9000000000000000000 is far too large", ""},
		{"an amount over the limit", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.SetCellInt("Finansiering", "C2", 20_000_000_000) })
		}, "Finansiering!C2: " + planmodel.FormatInt(20_000_000_000) + " is outside the range", ""},
		{"a fraction", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.SetCellFloat("Timer", "C2", 10.5, -1, 64) })
		}, "Timer!C2: 10,5 is not a whole number", ""},
		{"an unknown category", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.SetCellStr("Kostnader", "B2", "Kaffe") })
		}, "Kostnader!B2: «Kaffe» is not one of these: Prosjektledelse, ", ""},
		{"an unknown municipality", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.InsertRows("Timer", 3, 1); f.SetCellStr("Timer", "A3", "Oslo") })
		}, "Timer!A3: Oslo is not among", ""},
		{"figures without a name", func() []byte {
			return edit(t, good, func(f *excelize.File) { f.SetCellStr("Kostnader", "A3", "") })
		}, "Kostnader!A3: The row has figures but no name", ""},
		{"a huge sheet", func() []byte {
			return edit(t, good, func(f *excelize.File) {
				sw, _ := f.NewStreamWriter("Kostnader")
				sw.SetRow("A1", []any{"Kostnad", "Kategori", "Budsjett 2015"})
				for i := 2; i <= hugeRows+1; i++ {
					sw.SetRow(fmt.Sprintf("A%d", i), []any{fmt.Sprintf("Linje %d", i), "Tiltak", 1000})
				}
				sw.Flush()
			})
		}, fmt.Sprintf("Kostnader: The sheet has %d lines; a resource plan can have at most 200", hugeRows), ""},
		{"a line renamed against the plan's rules", func() []byte {
			return edit(t, good, func(f *excelize.File) {
				f.SetCellStr("Kostnader", "A2", strings.Repeat("x", 300))
			})
		}, "resources.costs[0].title: The text is 300 characters long", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := read(t, p, tt.data())
			problems, skipped := Lines(r.Problems), Lines(r.Skipped)
			if tt.problem == "" && len(problems) > 0 {
				t.Fatalf("problems: %v", problems)
			}
			if tt.problem != "" && !containsPart(problems, tt.problem) {
				t.Fatalf("no problem %q in %v", tt.problem, problems)
			}
			if tt.skipped != "" && !containsPart(skipped, tt.skipped) {
				t.Fatalf("no note %q in %v", tt.skipped, skipped)
			}
			if _, err := applied(r, p); (err != nil) != (tt.problem != "") {
				t.Errorf("Plan() error %v", err)
			}
		})
	}
}

func containsPart(list []string, part string) bool {
	return slices.ContainsFunc(list, func(s string) bool { return strings.Contains(s, part) })
}

func TestNotAWorkbook(t *testing.T) {
	p := example(t, "kristiansand")
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("hello.txt")
	w.Write([]byte("hei"))
	z.Close()
	for name, data := range map[string][]byte{"a zip of text": buf.Bytes(), "plain text": []byte("Kostnad;Budsjett\n"), "empty": nil,
		"too large": bytes.Repeat([]byte{0}, MaxBytes+1)} {
		t.Run(name, func(t *testing.T) {
			_, err := Read(p, data)
			if err == nil {
				t.Fatal("accepted")
			}
			if msg := err.Error(); !strings.Contains(msg, "XLSX workbook") && !strings.Contains(msg, "too large") {
				t.Errorf("message: %s", msg)
			}
		})
	}
}

// applied returns a copy of p with the result applied.
func applied(r *Result, p *planmodel.Plan) (*planmodel.Plan, error) {
	q := p.Clone()
	if err := r.Apply(q); err != nil {
		return nil, err
	}
	return q, nil
}

// Apply changes the resource plan and nothing else of the plan it is
// given, and with a problem it changes nothing.
func TestApplyChangesOnlyTheResourcePlan(t *testing.T) {
	p := example(t, "kristiansand")
	data := edit(t, export(t, p), func(f *excelize.File) { f.SetCellInt("Kostnader", "C2", 990_000) })
	r := read(t, p, data)
	q := p.Clone()
	q.Name = "Renamed in the window meanwhile"
	if err := r.Apply(q); err != nil {
		t.Fatal(err)
	}
	if q.Resources.Costs[0].Amounts.Get(2015) != 990_000 || q.Name != "Renamed in the window meanwhile" {
		t.Errorf("applied: %d, %q", q.Resources.Costs[0].Amounts.Get(2015), q.Name)
	}
	q.Resources.Costs[0].Amounts.Set(2015, 1)
	again := p.Clone()
	if err := r.Apply(again); err != nil || again.Resources.Costs[0].Amounts.Get(2015) != 990_000 {
		t.Errorf("a second Apply shares figures with the first: %d %v", again.Resources.Costs[0].Amounts.Get(2015), err)
	}
	bad := read(t, p, edit(t, data, func(f *excelize.File) { f.SetCellStr("Kostnader", "D2", "mye") }))
	untouched := p.Clone()
	if err := bad.Apply(untouched); err == nil || untouched.Resources.Costs[0].Amounts.Get(2015) != 950_000 {
		t.Errorf("a workbook with a problem was applied: %v", err)
	}
}

// The workbook's words come from the documents' catalogue: every sheet,
// column, category and kind of funding has its word there in both
// written standards.
func TestWordsAreInTheCatalogue(t *testing.T) {
	keys := []string{sheetCosts, sheetFunding, sheetShares, sheetPayments, sheetHours,
		colBudget, colActual, colReceived, colDeviation, colInvoiced, colPaid, colRemaining, colHours, colShare}
	for _, c := range planmodel.CostCategories {
		keys = append(keys, "cost "+string(c))
	}
	for _, k := range planmodel.FundingKinds {
		keys = append(keys, "fund "+string(k))
	}
	c, err := words.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
		for _, k := range keys {
			if _, ok := c[std][k]; !ok {
				t.Errorf("%s: the catalogue has no %q", std, k)
			}
		}
	}
}
