package stages

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/examples"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

// openResources opens a fresh copy of the named example at stage 7, on its
// tool's tab, and returns its resources tool.
func openResources(t *testing.T, example string) (*testHost, *resourcesTool) {
	t.Helper()
	h := newTestHost(t, example)
	h.ShowStage("resources", TabTool)
	tool, ok := h.view.tool.(*resourcesTool)
	if !ok {
		t.Fatalf("stage 7 has no resources tool: %T", h.view.tool)
	}
	return h, tool
}

// typeCell types text into the cell at row, col of g as a user does: the
// cell selected, the text typed over what it held, then Enter.
func typeCell(h *testHost, g *widgets.Grid, row, col int, text string) {
	g.Select(row, col)
	uitest.TypeKeys(h.win.Canvas(), text)
	uitest.PressKey(h.win.Canvas(), fyne.KeyReturn)
}

func TestResourcesTypeAmountsSwitchKeyAddMeasureAndReopen(t *testing.T) {
	h, tool := openResources(t, "hallingdal") // 2016–2019, six municipalities
	p := h.plan

	// Amounts in the three ways a Norwegian writes them; the totals follow live.
	g := tool.budget
	for i, text := range []string{"1 250 000", "1250000", "1.250.000"} {
		typeCell(h, g.grid, 1, 2+i, text)
		if got := p.Resources.Costs[0].Amounts.Get(2016 + i); got != 1_250_000 {
			t.Errorf("%q: stored %d", text, got)
		}
	}
	nc, nf := len(p.Resources.Costs), len(p.Resources.Funding)
	if got, want := g.Cell(nc+1, 2).Text, "2\u00a0350\u00a0000\u00a0kr"; got != want {
		t.Errorf("total costs 2016 = %q, want %q", got, want)
	}
	if c := g.Cell(nc+nf+4, 2); c.Text != "−150\u00a0000\u00a0kr" || c.Importance != widget.DangerImportance {
		t.Errorf("balance 2016 = %q (%v)", c.Text, c.Importance)
	}
	if !strings.Contains(uitest.RichText(g.notes), "I 2016 er kostnadene 150\u00a0000\u00a0kr høyere enn finansieringen.") {
		t.Errorf("no warning about the negative balance: %q", uitest.RichText(g.notes))
	}
	if got := g.Cell(1, 2).Text; got != "1\u00a0250\u00a0000\u00a0kr" {
		t.Errorf("the cell shows %q", got)
	}

	// Invalid input is refused with a message, and the cell keeps its value.
	for _, text := range []string{"mange penger", "-5", "12x"} {
		typeCell(h, g.grid, 1, 2, text)
		if got := p.Resources.Costs[0].Amounts.Get(2016); got != 1_250_000 || g.grid.Problem() == nil {
			t.Errorf("%q: stored %d, problem %v", text, got, g.grid.Problem())
		}
		if msg := g.grid.Message(); !strings.Contains(msg, "Prosjektleiar i regionrådet, 2016: Tallet må være") || !strings.Contains(msg, "beholder 1\u00a0250\u00a0000\u00a0kr") {
			t.Errorf("%q: message %q", text, msg)
		}
		uitest.PressKey(h.win.Canvas(), fyne.KeyEscape)
		if g.grid.Message() != "" || p.Resources.Costs[0].Amounts.Get(2016) != 1_250_000 {
			t.Errorf("after Escape: message %q, stored %d", g.grid.Message(), p.Resources.Costs[0].Amounts.Get(2016))
		}
	}

	// A new cost line, and a joint share that the key splits.
	test.Tap(uitest.FindButton(t, g.content, "Legg til kostnadspost"))
	if n := len(p.Resources.Costs); n != 6 || p.Resources.Costs[5].Title != "Ny kostnadspost" {
		t.Fatalf("after adding a cost line: %d lines", n)
	}
	if row, _ := g.grid.Selected(); row != 6 {
		t.Errorf("the new line is not selected: row %d", row)
	}
	typeCell(h, g.grid, 6, 5, "10 000")

	// Switch the key to population, then to agreed shares.
	tool.shares.method.SetSelected(keyMethodName(planmodel.KeyPopulation))
	if p.Resources.Key.Method != planmodel.KeyPopulation {
		t.Fatalf("key %q", p.Resources.Key.Method)
	}
	for _, b := range p.Burdens(mustShares(t, p)) {
		if b.Kind == planmodel.BurdenPerInhabitant {
			t.Errorf("population key flags %s", p.Municipalities[b.Municipality].Name)
		}
	}
	tool.shares.method.SetSelected(keyMethodName(planmodel.KeyManual))
	if !tool.shares.manual.Visible() {
		t.Error("the manual shares are hidden for the manual key")
	}
	for i, share := range []string{"10", "15", "25", "15", "17,5", "17,5"} {
		typeCell(h, tool.shares.shares, i, 1, share)
	}
	if got := tool.shares.manSum.Text; got != "Sum av andelene: 100 %" {
		t.Errorf("sum label %q", got)
	}
	s := mustShares(t, p)
	if s.Total[0] != 145_000 { // Flå: 10 % of 1 450 000
		t.Errorf("Flå's share %d", s.Total[0])
	}
	typeCell(h, tool.shares.shares, 0, 1, "10,123")
	if p.Resources.Key.Manual[p.IDOf("Flå")] != 1000 {
		t.Errorf("a share with three decimals was stored: %d", p.Resources.Key.Manual[p.IDOf("Flå")])
	}
	uitest.PressKey(h.win.Canvas(), fyne.KeyEscape)

	// Hours.
	typeCell(h, tool.hours.grid, 0, 1, "1 695")
	if got := tool.hours.Cell(0, 6).Text; got != "0,30" { // (1 695 + 3·120) / 1 695 / 4 years
		t.Errorf("Flå's full-time equivalents: %q", got)
	}

	// A measure through the dialog.
	before := len(p.Measures)
	d := tool.measures.edit(-1)
	items := d.Form().Items
	items[0].Widget.(*widget.Entry).SetText("Felles næringsarealkart")
	items[3].Widget.(*widget.Select).SetSelected("Flå")
	items[7].Widget.(*widget.Entry).SetText("2017")
	items[8].Widget.(*widget.Entry).SetText("2030")
	d.Submit()
	if want := "Året må ligge innenfor planperioden, 2016–2019."; d.Problem() != want {
		t.Errorf("a year outside the period: %q, want %q", d.Problem(), want)
	}
	items[8].Widget.(*widget.Entry).SetText("2018")
	items[9].Widget.(*widget.Entry).SetText("1.250.000")
	d.Submit()
	if len(p.Measures) != before+1 {
		t.Fatalf("%d measures, want %d; dialog says %q", len(p.Measures), before+1, d.Problem())
	}
	if rs := p.Responsibilities(); len(rs[0].Leads) != 2 {
		t.Errorf("Flå leads %v", rs[0].Leads)
	}

	got := h.reload()
	r := got.Resources
	if r.Costs[0].Amounts.Get(2018) != 1_250_000 || r.Costs[5].Amounts.Get(2019) != 10_000 || r.Hours[got.IDOf("Flå")].Get(2016) != 1695 {
		t.Errorf("figures after reopening: %+v / %+v", r.Costs, r.Hours)
	}
	if r.Key.Method != planmodel.KeyManual || r.Key.Manual[got.IDOf("Hemsedal")] != 1500 || got.ManualSum() != planmodel.BasisPoints {
		t.Errorf("key after reopening: %+v", r.Key)
	}
	m := got.Measures[len(got.Measures)-1]
	if m.Title != "Felles næringsarealkart" || got.NameOf(m.Responsible) != "Flå" || m.FirstYear != 2017 || m.LastYear != 2018 || m.Cost != 1_250_000 || m.ID == "" {
		t.Errorf("measure after reopening: %+v", m)
	}
}

func TestResourcesOnAnOldEmptyPlan(t *testing.T) {
	p := planmodel.New("Gammel plan", time.Now())
	p.Municipalities = []planmodel.Municipality{{Name: "Tokke", Population: 2185, Standard: planmodel.Nynorsk}}
	h := hostFor(t, p)
	h.ShowStage("resources", TabTool)
	tool := h.view.tool.(*resourcesTool)
	if !strings.Contains(uitest.RichText(tool.shares.notes), "Det er ingen felles andel å fordele ennå") {
		t.Errorf("no hint about the missing joint share: %q", uitest.RichText(tool.shares.notes))
	}
	test.Tap(uitest.FindButton(t, tool.budget.content, "Legg til finansieringskilde"))
	tool.budget.funding.SetSelected(fundingKindName(planmodel.FundJointShare)) // as the hint says
	typeCell(h, tool.budget.grid, 3, 2, "300 000")                             // under the costs' heading and total, the funding's heading
	s := mustShares(t, h.plan)
	if s.Total[0] != 300_000 {
		t.Errorf("Tokke's share %d", s.Total[0])
	}
	// Tokke pays everything and has no measure: flagged as getting nothing back.
	if !strings.Contains(uitest.RichText(tool.shares.notes), "Tokke betaler 100 % av den felles andelen") {
		t.Errorf("burden warning missing: %q", uitest.RichText(tool.shares.notes))
	}
}

func mustShares(t *testing.T, p *planmodel.Plan) planmodel.Shares {
	t.Helper()
	s, err := p.Shares()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Municipalities that pay without a measure of their own get one note
// together, not one each, and the note never calls the largest one small.
func TestBurdenNotesMerged(t *testing.T) {
	h, tool := openResources(t, "hallingdal")
	p := h.plan
	p.Measures = nil
	tool.shares.refresh()
	notes := uitest.Texts(tool.shares.notes)
	text := strings.Join(notes, "\n")
	if strings.Count(text, "leder ingen tiltak") != 1 {
		t.Errorf("want one note for all who pay without measures: %q", notes)
	}
	for _, m := range p.Municipalities {
		if !strings.Contains(text, m.Name+" ") {
			t.Errorf("%s is not named: %q", m.Name, notes)
		}
	}
	if strings.Contains(text, "Små kommuner") {
		t.Errorf("a note calls every municipality small: %q", notes)
	}
}

// BenchmarkGridKeystroke measures one digit typed into a cell of stage 7's
// budget grid on the large plan, with the totals, shares and accounts that
// follow it.
func BenchmarkGridKeystroke(b *testing.B) {
	h := hostFor(b, examples.Large(time.Now()))
	h.ShowStage("resources", TabTool)
	g := h.view.tool.(*resourcesTool).budget.grid
	g.Select(1, 2)
	uitest.TypeKeys(h.win.Canvas(), "1")
	for b.Loop() {
		uitest.TypeKeys(h.win.Canvas(), "1")
		uitest.PressKey(h.win.Canvas(), fyne.KeyBackspace)
	}
}

// A new funding source is "Other funding" until the user chooses its kind:
// an amount typed into it adds nothing to the joint share, which the
// municipalities pay by the key.
func TestNewFundingSourceIsNotTheJointShare(t *testing.T) {
	h, tool := openResources(t, "hallingdal")
	p := h.plan
	g := tool.budget
	joint := p.Budget().JointTotal
	test.Tap(uitest.FindButton(t, g.content, "Legg til finansieringskilde"))
	nc, nf := len(p.Resources.Costs), len(p.Resources.Funding)
	if got := p.Resources.Funding[nf-1].Kind; got != planmodel.FundOther {
		t.Errorf("a new funding source is of kind %q, want %q", got, planmodel.FundOther)
	}
	if got := g.funding.Selected; got != fundingKindName(planmodel.FundOther) {
		t.Errorf("the bar shows the new line's kind as %q", got)
	}
	typeCell(h, g.grid, nc+2+nf, 2, "50 000")
	if p.Resources.Funding[nf-1].Amounts.Get(2016) != 50_000 {
		t.Fatalf("the amount was not stored in the new line")
	}
	if got := p.Budget().JointTotal; got != joint {
		t.Errorf("an amount in a new funding source changed the joint share from %d to %d", joint, got)
	}
}
