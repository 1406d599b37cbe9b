package workbook

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"regionplan/planmodel"
)

// soffice runs LibreOffice headless on the workbook with the given
// conversion and returns the directory it wrote in.
func soffice(t *testing.T, data []byte, to string) string {
	t.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("LibreOffice (soffice) is missing; make installs libreoffice-calc-nogui")
		}
		t.Skip("LibreOffice (soffice) is not installed")
	}
	dir := t.TempDir()
	book := filepath.Join(dir, "plan.xlsx")
	if err := os.WriteFile(book, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command("soffice", "--headless", "--convert-to", to, "--outdir", out, book)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return out
}

// resave saves the workbook again through LibreOffice Calc, as a user who
// edits it there does.
func resave(t *testing.T, data []byte) []byte {
	t.Helper()
	out, err := os.ReadFile(filepath.Join(soffice(t, data, "xlsx"), "plan.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// calc converts every sheet of the workbook to CSV with LibreOffice, which
// computes the formulas, and returns the rows of each sheet in order.
func calc(t *testing.T, data []byte) [][][]string {
	t.Helper()
	// 44,34,76: comma, double quote, UTF-8; the last field -1 writes every sheet to its own file.
	dir := soffice(t, data, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1")
	files, _ := filepath.Glob(filepath.Join(dir, "plan-*.csv"))
	var sheets [][][]string
	for _, name := range []string{"Kostnader", "Finansiering", "Andeler", "Innbetalinger", "Timer"} {
		f, err := os.Open(filepath.Join(dir, "plan-"+name+".csv"))
		if err != nil {
			t.Fatalf("%v (files: %v)", err, files)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sheets = append(sheets, rows)
	}
	return sheets
}

// figure reads a number LibreOffice wrote, grouped or not.
func figure(t *testing.T, s string) int64 {
	t.Helper()
	n, err := strconv.ParseInt(strings.NewReplacer(",", "", " ", "", planmodel.NBSP, "").Replace(s), 10, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return n
}

// TestLibreOfficeComputesTheAppsSums opens the exported workbook in
// LibreOffice and compares the sums and deviations its formulas give with
// the app's own figures.
func TestLibreOfficeComputesTheAppsSums(t *testing.T) {
	p := example(t, "kristiansand")
	sheets := calc(t, export(t, p))
	checkLines(t, p, sheets[0], sheets[1])
	checkMunicipalities(t, p, sheets[2], sheets[3], sheets[4])
}

// checkLines compares the sum rows and totals of the costs and funding sheets.
func checkLines(t *testing.T, p *planmodel.Plan, costs, funding [][]string) {
	b := p.Budget()
	n := len(b.Years)
	cr, fr := costs[len(p.Resources.Costs)+1], funding[len(p.Resources.Funding)+1]
	if cr[0] != "Sum" || fr[0] != "Sum" {
		t.Fatalf("sum rows: %v / %v", cr, fr)
	}
	var actualCosts, received int64
	for i, y := range b.Years {
		if got := figure(t, cr[2+3*i]); got != b.Costs[i] {
			t.Errorf("costs %d: LibreOffice %d, the app %d", y, got, b.Costs[i])
		}
		if got := figure(t, fr[2+3*i]); got != b.Funding[i] {
			t.Errorf("funding %d: LibreOffice %d, the app %d", y, got, b.Funding[i])
		}
		var spent, in int64
		for _, c := range p.Resources.Costs {
			spent += c.Actual.Get(y)
		}
		for _, f := range p.Resources.Funding {
			in += f.Actual.Get(y)
		}
		actualCosts += spent
		received += in
		dev := cr[2+3*i+2]
		if !slices.Contains(p.AccountYears(), y) {
			if dev != "" {
				t.Errorf("deviation of costs %d, a year without accounts: %q", y, dev)
			}
		} else if got := figure(t, dev); got != spent-b.Costs[i] {
			t.Errorf("deviation of costs %d: LibreOffice %d, the app %d", y, got, spent-b.Costs[i])
		}
	}
	for _, c := range []struct {
		what      string
		got, want int64
	}{
		{"budgeted costs in all", figure(t, cr[2+3*n]), b.CostTotal},
		{"actual costs in all", figure(t, cr[2+3*n+1]), actualCosts},
		{"funding received in all", figure(t, fr[2+3*n+1]), received},
	} {
		if c.got != c.want {
			t.Errorf("%s: LibreOffice %d, the app %d", c.what, c.got, c.want)
		}
	}
	checkLineTotals(t, p, costs)
}

func checkLineTotals(t *testing.T, p *planmodel.Plan, costs [][]string) {
	n := len(p.Years())
	for i, line := range p.Resources.Costs {
		row := costs[i+1]
		if row[0] != line.Title || figure(t, row[2+3*n]) != line.Amounts.Sum(p.FirstYear, p.LastYear) {
			t.Errorf("cost line %d: %v", i, row)
		}
	}
}

// checkMunicipalities compares the shares, what is left to pay and the hours.
func checkMunicipalities(t *testing.T, p *planmodel.Plan, shares, payments, hours [][]string) {
	n := len(p.Years())
	s, err := p.Shares()
	if err != nil {
		t.Fatal(err)
	}
	if got := figure(t, shares[len(p.Municipalities)+1][1+n]); got != s.Joint {
		t.Errorf("the shares add up to %d in LibreOffice, the joint share is %d", got, s.Joint)
	}
	pay := p.Payments(s)
	for i, m := range p.Municipalities {
		var remaining int64
		for j := range s.Years {
			remaining += pay[i][j].Remaining()
		}
		if got := figure(t, payments[i+1][1+3*n+2]); got != remaining {
			t.Errorf("%s has %d left to pay in LibreOffice, %d in the app", m.Name, got, remaining)
		}
		if got, want := figure(t, hours[i+1][1+n]), p.Resources.Hours[m.ID].Sum(p.FirstYear, p.LastYear); got != want {
			t.Errorf("%s's hours: %d in LibreOffice, %d in the app", m.Name, got, want)
		}
	}
}

// A workbook saved again by LibreOffice Calc keeps its record: Calc turns
// the very hidden sheet into a hidden one and keeps its text cells, so the
// comparison is still three-way.
func TestLibreOfficeKeepsTheRecord(t *testing.T) {
	p, data := exported(t)
	data = resave(t, edit(t, data, func(f *excelize.File) {
		f.SetCellInt("Kostnader", "F2", 1_000_000)  // Prosjektleder, Budsjett 2016
		f.SetCellInt("Finansiering", "O3", 250_000) // Vest-Agder fylkeskommune, Budsjett 2019
	}))
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if visible, err := f.GetSheetVisible(bookSheet); visible || err != nil {
		t.Errorf("after LibreOffice the record shows (%v)", err)
	}
	f.Close()
	q := p.Clone()
	q.Resources.Costs[0].Amounts.Set(2016, 1_100_000)
	q.Resources.Costs[0].Amounts.Set(2018, 1_000_000)
	r := read(t, q, data)
	if len(r.Problems) != 0 {
		t.Fatal(r.Problems)
	}
	if got := changeTexts(r); !slices.Equal(got, []string{"Finansiering!O3 Vest-Agder fylkeskommune, Budsjett 2019: 200 000 → 250 000"}) {
		t.Errorf("changes %q", got)
	}
	if got := conflictTexts(r); len(got) != 1 || !strings.HasPrefix(got[0], "Kostnader!F2 ") {
		t.Errorf("conflicts %q", got)
	}
	if r.Kept != 1 || len(r.Notes) != 1 {
		t.Errorf("kept %d, notes %q", r.Kept, Lines(r.Notes))
	}
}
