package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"regionplan/planmodel"
	"regionplan/storage"
	"regionplan/workbook"
)

// planJSON is p as stored, to compare two plans whole.
func planJSON(t *testing.T, p *planmodel.Plan) string {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// cliPlan is a plan file with the Kristiansand example, driven through
// the real binary.
type cliPlan struct {
	t           *testing.T
	bin, db, id string
	dir         string
}

func newCLIPlan(t *testing.T) *cliPlan {
	c := &cliPlan{t: t, bin: binary(t), dir: t.TempDir()}
	c.db = filepath.Join(c.dir, "plans.db")
	out, _, err := c.run("demo", "kristiansand")
	if err != nil {
		t.Fatal(err)
	}
	c.id = strings.TrimSpace(out)
	return c
}

func (c *cliPlan) run(args ...string) (stdout, stderr string, err error) {
	cmd := exec.Command(c.bin, append([]string{"--db", c.db}, args...)...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

// workbook exports the plan's workbook and opens it for editing.
func (c *cliPlan) workbook() (*excelize.File, string) {
	book := filepath.Join(c.dir, "ressursplan.xlsx")
	if _, stderr, err := c.run("export", "xlsx", "--plan", c.id, "--out", book); err != nil {
		c.t.Fatal(stderr)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		c.t.Fatal(err)
	}
	return f, book
}

// load returns the stored plan.
func (c *cliPlan) load() *planmodel.Plan {
	s, err := storage.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Load(c.id)
	if err != nil {
		c.t.Fatal(err)
	}
	return p
}

// change lets fn change the stored plan, as the window would, and saves it.
func (c *cliPlan) change(fn func(p *planmodel.Plan)) {
	s, err := storage.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	p, err := s.Load(c.id)
	if err == nil {
		fn(p)
		err = s.Save(p)
	}
	s.Close()
	if err != nil {
		c.t.Fatal(err)
	}
}

// budget is the stored plan's first cost item's budget for 2015.
func (c *cliPlan) budget() int64 { return c.load().Resources.Costs[0].Amounts.Get(2015) }

// TestWorkbookRoundTrip exports the example's resource plan as a workbook
// with the real binary, edits one cell, and imports it: first only listing
// the change, then applying it after a snapshot.
func TestWorkbookRoundTrip(t *testing.T) {
	c := newCLIPlan(t)
	f, book := c.workbook()
	if out, stderr, err := c.run("import", "xlsx", "--plan", c.id, book); err != nil || !strings.Contains(out, "Regnearket har de samme tallene som planen.") {
		t.Fatalf("an unedited workbook: %q %q %v", out, stderr, err)
	}
	f.SetCellInt("Kostnader", "C2", 990_000)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	out, _, err := c.run("import", "xlsx", "--plan", c.id, book)
	if err != nil || !strings.Contains(out, "Kostnader!C2 Prosjektleder (100 % stilling), Budsjett 2015: 950\u00a0000 → 990\u00a0000") || !strings.Contains(out, "--apply") {
		t.Fatalf("listing the change: %q %v", out, err)
	}
	if got := c.budget(); got != 950_000 {
		t.Fatalf("listing changed the plan: %d", got)
	}
	before := c.load()
	if out, stderr, err := c.run("import", "xlsx", "--plan", c.id, book, "--apply"); err != nil || !strings.Contains(out, "1 endringer gjort") {
		t.Fatalf("applying: %q %q %v", out, stderr, err)
	}
	after := c.load()
	if got := after.Resources.Costs[0].Amounts.Get(2015); got != 990_000 {
		t.Fatalf("after applying: %d", got)
	}
	// The window applies through the same workbook.Result.Apply: the plan
	// it would make is the one the command line saved.
	data, _ := os.ReadFile(book)
	r, err := workbook.Read(before, data)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Apply(before); err != nil {
		t.Fatal(err)
	}
	before.Updated = after.Updated
	if planJSON(t, before) != planJSON(t, after) {
		t.Error("the command line saved another plan than workbook.Result.Apply, the window's way")
	}
	if out, _, _ := c.run("snapshots", "--plan", c.id); !strings.Contains(out, "Før innlesing av ressursplan.xlsx") {
		t.Errorf("no snapshot before the import: %q", out)
	}
}

// TestHostileWorkbookChangesNothing imports a workbook with text in a
// number cell beside a good edit: it is refused whole, with status 1.
func TestHostileWorkbookChangesNothing(t *testing.T) {
	c := newCLIPlan(t)
	f, book := c.workbook()
	f.SetCellStr("Kostnader", "C2", "mye")
	f.SetCellInt("Kostnader", "C3", 1)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := c.run("import", "xlsx", "--plan", c.id, "--apply", book)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(stderr, "Kostnader!C2: Cellen har teksten «mye» der et helt tall hører hjemme.") {
		t.Fatalf("a hostile workbook: %q %v", stderr, err)
	}
	if got := c.budget(); got != 950_000 {
		t.Errorf("a refused workbook changed the plan: %d", got)
	}
}

// TestExportStatusReport writes the status reports with the real binary:
// one for the steering group and one per municipality, PDF and DOCX.
func TestExportStatusReport(t *testing.T) {
	c := newCLIPlan(t)
	cmd := exec.Command(c.bin, "--db", c.db, "export", "report", "--plan", c.id, "--year", "2017", "--out", filepath.Join(c.dir, "rapport"))
	cmd.Env = append(cmd.Environ(), "SOURCE_DATE_EPOCH=1515542400") // 10.01.2018
	files, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(files)), "\n")
	if len(lines) != 2*8 || !strings.HasSuffix(lines[0], "Statusrapport 2017 – Styringsgruppen.pdf") || !strings.HasSuffix(lines[15], "Søgne.docx") {
		t.Errorf("files: %v", lines)
	}
	if _, stderr, err := c.run("export", "report", "--plan", c.id, "--year", "2030", "--out", filepath.Join(c.dir, "other")); err == nil || !strings.Contains(stderr, "outside the plan's period 2015–2019") {
		t.Errorf("a year outside the period: %v %q", err, stderr)
	}
}

// import xlsx writes its changes and notes as the window lists them: in the
// plan's written standard, or in the language given with --lang. A row
// deleted from the workbook is listed as a deleted line before --apply
// deletes it; a renamed row renames its line.
func TestWorkbookMessagesAndDeletedLines(t *testing.T) {
	c := newCLIPlan(t)
	f, book := c.workbook()
	f.NewSheet("Notater")
	if err := f.RemoveRow("Kostnader", 3); err != nil { // Kunnskapsgrunnlag og FoU-oppdrag
		t.Fatal(err)
	}
	f.SetCellStr("Kostnader", "A2", "Prosjektleder")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"": {"Kostnader!A2 Prosjektleder, Kostnadspost: Prosjektleder (100 % stilling) → Prosjektleder",
			"Kostnader Kunnskapsgrunnlag og FoU-oppdrag, Budsjett i alt: 650\u00a0000 → – (linjen slettes)",
			"Hoppet over: Notater: Ikke et ark i ressursplanen; hoppet over.",
			"2 endringer; kjør igjen med --apply"},
		"en": {"Kostnader Kunnskapsgrunnlag og FoU-oppdrag, Budsjett i alt: 650\u00a0000 → – (deleted line)",
			"Skipped: Notater: Not a sheet of the resource plan; skipped.",
			"2 changes; run again with --apply"},
	} {
		args := []string{"import", "xlsx", "--plan", c.id, book}
		if lang != "" {
			args = append([]string{"--lang", lang}, args...)
		}
		out, stderr, err := c.run(args...)
		if err != nil {
			t.Fatalf("%s: %v %q", lang, err, stderr)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("--lang %q: no %q in\n%s", lang, w, out)
			}
		}
	}
	if out, stderr, err := c.run("import", "xlsx", "--plan", c.id, book, "--apply"); err != nil || !strings.Contains(out, "2 endringer gjort") {
		t.Fatalf("applying: %q %q %v", out, stderr, err)
	}
	var titles []string
	for _, l := range c.load().Resources.Costs {
		titles = append(titles, l.Title)
	}
	if len(titles) != 4 || titles[0] != "Prosjektleder" || titles[1] != "Samlinger i næringsnettverket og verksteder" {
		t.Errorf("after applying: %q", titles)
	}
}

// A workbook with many problems is refused with at most ten of them and the
// count of the rest, all in the plan's written standard.
func TestManyWorkbookProblemsAreCapped(t *testing.T) {
	c := newCLIPlan(t)
	f, book := c.workbook()
	for i := range 12 { // the budget and accounts of 2015 and 2016 (C, D, F, G) of the first three lines
		f.SetCellStr("Kostnader", cell(t, []int{3, 4, 6, 7}[i%4], 2+i/4), "mye")
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := c.run("import", "xlsx", "--plan", c.id, book)
	if err == nil || !strings.Contains(stderr, "ressursplan.xlsx kan ikke leses inn; ingenting ble endret:") ||
		!strings.Contains(stderr, "… og 2 problemer til") || strings.Count(stderr, "Cellen har teksten «mye»") != 10 {
		t.Errorf("%v %q", err, stderr)
	}
}

func cell(t *testing.T, col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		t.Fatal(err)
	}
	return name
}

// export xlsx gives the lines IDs and saves the plan, as the window does:
// a cost line renamed in the plan after the export keeps its row, and an
// edit in that row reaches it.
func TestExportedLinesSurviveARenameInThePlanFile(t *testing.T) {
	c := newCLIPlan(t)
	f, book := c.workbook()
	c.change(func(p *planmodel.Plan) { p.Resources.Costs[0].Title = "Prosjektleiar" })
	out, stderr, err := c.run("import", "xlsx", "--plan", c.id, book)
	if err != nil || !strings.Contains(out, "Regnearket endrer ingenting: der det skiller seg fra planen, er planen endret etter eksporten.") || strings.Contains(out, "Hoppet over") {
		t.Fatalf("the untouched workbook after a rename in the plan: %q %q %v", out, stderr, err)
	}
	f.SetCellInt("Kostnader", "C2", 990_000)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if out, stderr, err := c.run("import", "xlsx", "--plan", c.id, book, "--apply"); err != nil || !strings.Contains(out, "1 endringer gjort") || strings.Contains(out, "Hoppet over") {
		t.Fatalf("applying an edit of the renamed line: %q %q %v", out, stderr, err)
	}
	if l := c.load().Resources.Costs[0]; l.Title != "Prosjektleiar" || l.Amounts.Get(2015) != 990_000 {
		t.Errorf("the renamed line after applying: %q %d", l.Title, l.Amounts.Get(2015))
	}
}

// import xlsx compares three ways: a figure changed in the plan after the
// export and not in the workbook keeps the plan's value, and a cell changed
// on both sides is a conflict, listed and left as the plan has it unless
// --conflicts workbook is given.
func TestImportWorkbookConflicts(t *testing.T) {
	c := newCLIPlan(t)
	f, book := c.workbook()
	f.SetCellInt("Kostnader", "F2", 1_000_000)  // Prosjektleder, Budsjett 2016
	f.SetCellInt("Finansiering", "O3", 250_000) // Vest-Agder fylkeskommune, Budsjett 2019
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	c.change(func(p *planmodel.Plan) {
		p.Resources.Costs[0].Amounts.Set(2016, 1_100_000)
		p.Resources.Costs[0].Amounts.Set(2018, 1_000_000)
	})
	if _, stderr, err := c.run("import", "xlsx", "--plan", c.id, book, "--conflicts", "mine"); err == nil || !strings.Contains(stderr, "--conflicts plan|workbook") {
		t.Errorf("an unknown side: %v %q", err, stderr)
	}
	out, stderr, err := c.run("import", "xlsx", "--plan", c.id, book)
	for _, want := range []string{
		"Finansiering!O3 Vest-Agder fylkeskommune, Budsjett 2019: 200\u00a0000 → 250\u00a0000\n",
		"Konflikt, planens verdi beholdes: Kostnader!F2 Prosjektleder (100 % stilling), Budsjett 2016: 950\u00a0000 ved eksporten, nå 1\u00a0100\u00a0000 i planen og 1\u00a0000\u00a0000 i regnearket\n",
		"Om sammenligningen: Celler som er endret i planen etter eksporten, men ikke i regnearket, beholder planens verdi: 1.\n",
		"1 endringer og 1 konflikter; kjør igjen med --apply",
	} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("no %q in %q (%q, %v)", want, out, stderr, err)
		}
	}
	if out, stderr, err := c.run("import", "xlsx", "--plan", c.id, book, "--apply"); err != nil || !strings.Contains(out, "1 endringer gjort") {
		t.Fatalf("applying: %q %q %v", out, stderr, err)
	}
	p := c.load()
	if a := p.Resources.Costs[0].Amounts; a.Get(2016) != 1_100_000 || a.Get(2018) != 1_000_000 || p.Resources.Funding[1].Amounts.Get(2019) != 250_000 {
		t.Errorf("after applying: %v, %v", a, p.Resources.Funding[1].Amounts)
	}
	out, stderr, err = c.run("import", "xlsx", "--plan", c.id, book, "--apply", "--conflicts", "workbook")
	if err != nil || !strings.Contains(out, "Konflikt, regnearkets verdi tas: Kostnader!F2") || !strings.Contains(out, "1 endringer gjort") {
		t.Fatalf("taking the workbook's: %q %q %v", out, stderr, err)
	}
	if a := c.load().Resources.Costs[0].Amounts; a.Get(2016) != 1_000_000 || a.Get(2018) != 1_000_000 {
		t.Errorf("after taking the workbook's: %v", a)
	}
}
