package planmodel_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"regionplan/examples"
	"regionplan/planmodel"
)

// now is the time the example plans are made at in these tests.
var now = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// TestExamplesShowTheFollowUp checks that Kristiansandregionen's example
// makes every follow-up computation fire.
func TestExamplesShowTheFollowUp(t *testing.T) {
	p, err := examples.Plan("kristiansand", time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := p.GoalsBehindPath(); len(got) != 1 || p.Goals[got[0]].Title != "Flere arbeidsplasser i privat sektor" {
		t.Errorf("behind the path: %v", got)
	}
	if len(p.OverBudget()) == 0 {
		t.Error("no line over budget")
	}
	if y, ok := p.SpendingAhead(); !ok || y != 2015 {
		t.Errorf("spending ahead: %d %v", y, ok)
	}
	late := p.LatePayments(2018)
	if len(late) != 1 || p.Municipalities[late[0].Municipality].Name != "Søgne" || late[0].Year != 2017 {
		t.Errorf("late payments: %+v", late)
	}
	if len(p.MeasuresIn(2017, planmodel.MeasureDone)) == 0 || len(p.MeasuresIn(2017, planmodel.MeasureRunning)) == 0 {
		t.Error("no measure done or under way in 2017")
	}
	h, _ := examples.Plan("hallingdal", now)
	if err := h.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestLargeIsValidAndFull(t *testing.T) {
	p := examples.Large(now)
	if err := p.Validate(); err != nil {
		t.Fatalf("the large plan is not valid: %v", err)
	}
	if n := len(p.Municipalities); n != examples.LargeMunicipalities {
		t.Errorf("%d municipalities", n)
	}
	if n := len(p.Measures); n != examples.LargeMeasures {
		t.Errorf("%d measures", n)
	}
	if n := len(p.Decisions); n != examples.LargeDecisions {
		t.Errorf("%d decisions", n)
	}
	if n := len(p.Years()); n != examples.LargeYears {
		t.Errorf("%d years", n)
	}
	for _, d := range p.Decisions {
		if d.Text(planmodel.Bokmal).Empty() || d.Text(planmodel.Nynorsk).Empty() || len(d.Paths) != examples.LargeMunicipalities {
			t.Fatalf("decision %s lacks a text or paths", d.ID)
		}
	}
	s, err := p.Shares()
	if err != nil || s.Joint == 0 {
		t.Errorf("no joint share to split: %v", err)
	}
	if len(p.Resources.Hours) != examples.LargeMunicipalities {
		t.Errorf("hours for %d municipalities", len(p.Resources.Hours))
	}
}

func TestExamples(t *testing.T) {
	want := map[string]struct{ municipalities, population int }{
		"kristiansand": {7, 135802},
		"hallingdal":   {6, 20703},
	}
	for _, name := range examples.Names {
		p, err := examples.Plan(name, now)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if len(p.Municipalities) != want[name].municipalities || p.Population() != want[name].population {
			t.Errorf("%s: %d municipalities, %d inhabitants; want %+v", name, len(p.Municipalities), p.Population(), want[name])
		}
		q, _ := examples.Plan(name, now)
		if q.ID == p.ID {
			t.Errorf("%s: two copies share ID %s", name, p.ID)
		}
	}
	if _, err := examples.Plan("oslo", now); err == nil {
		t.Error("an unknown example gave no error")
	}
}

func TestPendingElectionAndReanchoring(t *testing.T) {
	h, _ := examples.Plan("hallingdal", now)
	e, ok := h.PendingElection(now)
	if !ok || e.Year != 2015 {
		t.Fatalf("Hallingdal should await re-anchoring after 2015: %v %v", e, ok)
	}
	r := h.StartReanchoring(2015, now)
	for i, m := range h.Municipalities {
		if i == 0 {
			continue
		}
		pr := r.Progress(m.ID)
		pr.Done = map[string]string{}
		for _, s := range planmodel.ReanchorSteps {
			pr.Done[s] = "2016-02-18"
		}
	}
	if e, _ := h.PendingElection(now); e.Year != 2015 {
		t.Errorf("with Flå not re-anchored, 2015 is still pending: %v", e.Year)
	}
	r.Progress(h.IDOf("Flå")).Done = map[string]string{planmodel.StepBriefed: "2016-01-01", planmodel.StepContacts: "2016-01-01", planmodel.StepDecision: "2016-01-01", planmodel.StepContribution: "2016-01-01"}
	if e, ok := h.PendingElection(now); !ok || e.Year != 2019 {
		t.Errorf("after 2015 is done, 2019 is next: %v %v", e.Year, ok)
	}
	if e, ok := h.PendingElection(time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)); ok {
		t.Errorf("in January 2016 with 2015 done, nothing is pending: %v", e.Year)
	}
	if err := h.Validate(); err != nil {
		t.Error(err)
	}
}

func TestCompare(t *testing.T) {
	old, _ := examples.Plan("kristiansand", now)
	cur := old.Clone()
	cur.Municipalities[1].Population += 1000
	cur.Measures = cur.Measures[1:]
	cur.Measures[0].Status = planmodel.MeasureDone
	cur.Resources.Costs[0].Amounts.Set(2016, cur.Resources.Costs[0].Amounts.Get(2016)+100000)
	cur.Goals = append(cur.Goals, planmodel.Goal{ID: "new", Title: "Nytt mål"})
	cur.Decisions[0].Paths[6].Steps[1].Status = planmodel.CaseRejected
	changes := planmodel.Compare(old, cur)
	want := map[string]bool{
		"municipality changed Vennesla population":                                       false,
		"measure removed " + old.Measures[0].Title:                                       false,
		"measure changed " + cur.Measures[0].Title + " status":                           false,
		"cost changed " + cur.Resources.Costs[0].Title + " total":                        false,
		"goal added Nytt mål":                                                            false,
		"decision changed " + cur.Decisions[0].Title(planmodel.Bokmal) + " status:Søgne": false,
	}
	for _, c := range changes {
		key := fmt.Sprintf("%s %s %s", c.Area, c.Kind, c.Name)
		if c.Field != "" {
			key += " " + c.Field
		}
		if _, ok := want[key]; ok {
			want[key] = true
		}
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("no change %q among %+v", k, changes)
		}
	}
	if cs := planmodel.Compare(old, old.Clone()); len(cs) != 0 {
		t.Errorf("a plan compared with its copy: %+v", cs)
	}
}

func TestMergeMunicipalities(t *testing.T) {
	p, _ := examples.Plan("kristiansand", now)
	before := p.Population()
	s0, _ := p.Shares()
	joint := s0.Joint
	kristiansand, songdalen, sogne := p.IDOf("Kristiansand"), p.IDOf("Songdalen"), p.IDOf("Søgne")
	if err := p.MergeMunicipalities([]planmodel.MunicipalityID{kristiansand, songdalen, sogne}, "Kristiansand"); err != nil {
		t.Fatal(err)
	}
	if len(p.Municipalities) != 5 || p.Population() != before || p.Municipalities[0].Name != "Kristiansand" || p.Municipalities[0].Population != 87446+6324+11009 {
		t.Errorf("after the merger: %+v", p.Municipalities)
	}
	s, err := p.Shares()
	if err != nil || s.Joint != joint {
		t.Errorf("the joint share changed in the merger: %v %v", s.Joint, err)
	}
	if d := p.Decisions[0].Path(kristiansand); d == nil || len(d.Steps) != 6 || d.Steps[2].Body != "Songdalen: Formannskapet" {
		t.Errorf("the merged decision path: %+v", d)
	}
	if p.Decisions[0].Path(sogne) != nil || len(p.Decisions[0].Paths) != 5 {
		t.Errorf("paths after the merger: %d", len(p.Decisions[0].Paths))
	}
	if err := p.Validate(); err != nil {
		t.Errorf("the merged plan is not valid: %v", err)
	}
	if err := p.MergeMunicipalities([]planmodel.MunicipalityID{p.IDOf("Vennesla")}, "X"); err == nil {
		t.Error("a merger of one municipality was accepted")
	}
	if err := p.MergeMunicipalities([]planmodel.MunicipalityID{p.IDOf("Vennesla"), p.IDOf("Iveland")}, "Lillesand"); err == nil {
		t.Error("a merger into the name of another municipality was accepted")
	}
}

func TestBudget(t *testing.T) {
	p, _ := examples.Plan("kristiansand", now)
	b := p.Budget()
	if !reflect.DeepEqual(b.Years, []int{2015, 2016, 2017, 2018, 2019}) {
		t.Fatalf("years %v", b.Years)
	}
	wantCosts := []int64{1_700_000, 1_850_000, 1_650_000, 1_650_000, 1_250_000}
	if !reflect.DeepEqual(b.Costs, wantCosts) || b.CostTotal != 8_100_000 {
		t.Errorf("costs %v, total %d", b.Costs, b.CostTotal)
	}
	if b.Balance(0) != 0 || b.Balance(4) != -50_000 || b.BalanceTotal() != -50_000 {
		t.Errorf("balance %d … %d, total %d", b.Balance(0), b.Balance(4), b.BalanceTotal())
	}
	if b.JointTotal != 3_650_000 {
		t.Errorf("joint share %d", b.JointTotal)
	}
	h, _ := examples.Plan("hallingdal", now)
	if hb := h.Budget(); hb.BalanceTotal() != 0 || hb.Funding[0] != 2_200_000 {
		t.Errorf("Hallingdal: balance %d, funding %v", hb.BalanceTotal(), hb.Funding)
	}
}

// TestPeriodChangeKeepsAmounts: amounts outside a shortened period are
// kept, left out of the totals, reported, and back when the period is.
func TestPeriodChangeKeepsAmounts(t *testing.T) {
	p, _ := examples.Plan("kristiansand", now)
	p.Measures = nil // their years would be outside the shorter period too
	p.LastYear = 2017
	if got := p.Budget().CostTotal; got != 5_200_000 {
		t.Errorf("costs 2015–2017: %d", got)
	}
	if !p.Resources.OutsidePeriod(p.FirstYear, p.LastYear) {
		t.Error("amounts for 2018–2019 not reported as outside the period")
	}
	if err := p.Validate(); err == nil {
		t.Error("amounts outside the period passed validation")
	}
	p.LastYear = 2019
	if got := p.Budget().CostTotal; got != 8_100_000 {
		t.Errorf("costs after widening again: %d", got)
	}
	p.LastYear = 2017
	p.Resources.DropOutsidePeriod(p.FirstYear, p.LastYear)
	if err := p.Validate(); err != nil {
		t.Errorf("after dropping: %v", err)
	}
}

func TestOldPlanLoadsAndNewFieldsRoundTrip(t *testing.T) {
	old := `{"id":"abc","name":"Gammel plan","firstYear":2020,"lastYear":2023,"municipalities":[{"name":"Gol","population":4621,"standard":"nn"}]}`
	var p planmodel.Plan
	if err := json.Unmarshal([]byte(old), &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Resources.Costs) != 0 || p.Measures != nil || p.Resources.FTEHours() != planmodel.DefaultHoursPerFTE {
		t.Errorf("old plan: %+v", p.Resources)
	}
	if b := p.Budget(); b.CostTotal != 0 || len(b.Years) != 4 {
		t.Errorf("budget of an old plan: %+v", b)
	}
	if _, err := p.Shares(); err != nil {
		t.Errorf("shares of an old plan: %v", err)
	}
	ex, _ := examples.Plan("hallingdal", now)
	data, err := json.Marshal(ex)
	if err != nil {
		t.Fatal(err)
	}
	var back planmodel.Plan
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Resources, ex.Resources) || !reflect.DeepEqual(back.Measures, ex.Measures) {
		t.Error("resources or measures changed in a JSON round trip")
	}
}

func TestValidateResources(t *testing.T) {
	tests := []struct {
		name   string
		change func(*planmodel.Plan)
		field  string // the field of the one problem expected, "" for none
	}{
		{"example", func(*planmodel.Plan) {}, ""},
		{"negative amount", func(p *planmodel.Plan) { p.Resources.Costs[0].Amounts[2015] = -1 }, "resources.costs[0].amounts.2015"},
		{"absurd amount", func(p *planmodel.Plan) { p.Resources.Funding[1].Amounts[2016] = planmodel.MaxAmount + 1 }, "resources.funding[1].amounts.2016"},
		{"amount outside period", func(p *planmodel.Plan) { p.Resources.Costs[1].Amounts.Set(2030, 5) }, "resources.costs[1].amounts.2030"},
		{"untitled cost", func(p *planmodel.Plan) { p.Resources.Costs[2].Title = "" }, "resources.costs[2].title"},
		{"unknown category", func(p *planmodel.Plan) { p.Resources.Costs[2].Category = "party" }, "resources.costs[2].category"},
		{"unknown funding kind", func(p *planmodel.Plan) { p.Resources.Funding[0].Kind = "lottery" }, "resources.funding[0].kind"},
		{"unknown key", func(p *planmodel.Plan) { p.Resources.Key.Method = "lottery" }, "resources.key.method"},
		{"mixed over 100", func(p *planmodel.Plan) { p.Resources.Key.EqualPercent = 120 }, "resources.key.equalPercent"},
		{"manual not 100", func(p *planmodel.Plan) {
			p.Resources.Key = planmodel.DistributionKey{Method: planmodel.KeyManual, Manual: map[planmodel.MunicipalityID]int{p.IDOf("Kristiansand"): 9000}}
		}, "resources.key.manual"},
		{"manual share of a stranger", func(p *planmodel.Plan) {
			p.Resources.Key = planmodel.DistributionKey{Method: planmodel.KeyEqual, Manual: map[planmodel.MunicipalityID]int{"Oslo": 100}}
		}, "resources.key.manual.Oslo"},
		{"hours of a stranger", func(p *planmodel.Plan) { p.Resources.SetHours("Oslo", 2016, 10) }, "resources.hours.Oslo"},
		{"too many hours", func(p *planmodel.Plan) { p.Resources.SetHours(p.IDOf("Iveland"), 2016, planmodel.MaxHours+1) }, "resources.hours.Iveland.2016"},
		{"absurd full-time year", func(p *planmodel.Plan) { p.Resources.HoursPerFTE = 9000 }, "resources.hoursPerFte"},
		{"untitled measure", func(p *planmodel.Plan) { p.Measures[0].Title = " " }, "measures[0].title"},
		{"measure before period", func(p *planmodel.Plan) { p.Measures[1].FirstYear = 2010 }, "measures[1].firstYear"},
		{"measure backwards", func(p *planmodel.Plan) { p.Measures[1].LastYear = 2015; p.Measures[1].FirstYear = 2017 }, "measures[1].lastYear"},
		{"negative measure cost", func(p *planmodel.Plan) { p.Measures[2].Cost = -5 }, "measures[2].cost"},
		{"local measure without municipality", func(p *planmodel.Plan) { p.Measures[7].Responsible = "" }, "measures[7].responsible"},
		{"lead not in plan", func(p *planmodel.Plan) { p.Measures[3].Responsible = "Arendal" }, "measures[3].responsible"},
		{"unknown status", func(p *planmodel.Plan) { p.Measures[3].Status = "dreaming" }, "measures[3].status"},
		{"unknown scope", func(p *planmodel.Plan) { p.Measures[3].Scope = "" }, "measures[3].scope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := examples.Plan("kristiansand", now)
			tt.change(p)
			planmodel.WantProblem(t, p.Validate(), strings.ReplaceAll(tt.field, "Iveland", string(p.IDOf("Iveland"))))
		})
	}
}

func TestResponsibilities(t *testing.T) {
	p, _ := examples.Plan("kristiansand", now)
	rs := p.Responsibilities()
	byName := map[string]planmodel.Responsibility{}
	for i, m := range p.Municipalities {
		byName[m.Name] = rs[i]
	}
	if r := byName["Kristiansand"]; len(r.Leads) != 2 || r.LeadsNone || r.LeadsMost {
		t.Errorf("Kristiansand: %+v", r)
	}
	if r := byName["Iveland"]; len(r.Leads) != 0 || r.Local != 1 || !r.LeadsNone {
		t.Errorf("Iveland: %+v", r)
	}
	// One municipality takes on four of the seven common measures.
	for i := 3; i < 6; i++ {
		p.Measures[i].Responsible = p.IDOf("Vennesla")
	}
	if r := p.Responsibilities()[1]; !r.LeadsMost {
		t.Errorf("Vennesla leads 4 of 7 and is not flagged: %+v", r)
	}
	// With two common measures someone must lead most; that is not flagged.
	p.Measures = p.Measures[:2]
	p.Measures[1].Responsible = p.IDOf("Vennesla")
	if r := p.Responsibilities()[1]; r.LeadsMost {
		t.Errorf("leading both of two measures is flagged: %+v", r)
	}
}

func TestRenameAndRemoveMunicipality(t *testing.T) {
	p, _ := examples.Plan("kristiansand", now)
	vennesla := p.IDOf("Vennesla")
	p.Resources.Key = planmodel.DistributionKey{Method: planmodel.KeyManual, Manual: map[planmodel.MunicipalityID]int{vennesla: 10000}}
	m := p.Municipalities[1]
	m.Name = "Vennesla kommune"
	if err := p.PutMunicipality(1, m, false); err != nil {
		t.Fatal(err)
	}
	if err := p.Validate(); err != nil {
		t.Errorf("after renaming: %v", err)
	}
	if p.NameOf(p.Measures[0].Responsible) != "Vennesla kommune" || p.Resources.Hours[vennesla].Get(2016) != 300 {
		t.Errorf("references did not follow the rename")
	}
	p.RemoveMunicipality(1)
	if len(p.Municipalities) != 6 || p.Measures[0].Responsible != "" || p.Resources.Hours[vennesla] != nil || p.ManualSum() != 0 {
		t.Errorf("references left after removing")
	}
}

func TestBurdens(t *testing.T) {
	p, _ := examples.Plan("kristiansand", now)
	// An equal split makes Iveland (1 324 inhabitants) pay the same as Kristiansand (87 446).
	p.Resources.Key = planmodel.DistributionKey{Method: planmodel.KeyEqual}
	p.Measures = nil
	s, err := p.Shares()
	if err != nil {
		t.Fatal(err)
	}
	flags := map[string][]planmodel.BurdenKind{}
	for _, b := range p.Burdens(s) {
		flags[p.Municipalities[b.Municipality].Name] = append(flags[p.Municipalities[b.Municipality].Name], b.Kind)
	}
	if got := flags["Iveland"]; !reflect.DeepEqual(got, []planmodel.BurdenKind{planmodel.BurdenPerInhabitant, planmodel.BurdenNothingBack}) {
		t.Errorf("Iveland flags %v", got)
	}
	if got := flags["Kristiansand"]; !reflect.DeepEqual(got, []planmodel.BurdenKind{planmodel.BurdenNothingBack}) {
		t.Errorf("Kristiansand flags %v", got)
	}
	// A local measure in Iveland gives it something back.
	p.Measures = []planmodel.Measure{{Title: "Etablerarkurs", Scope: planmodel.ScopeLocal, Responsible: p.IDOf("Iveland"), Status: planmodel.MeasurePlanned}}
	for _, b := range p.Burdens(s) {
		if p.Municipalities[b.Municipality].Name == "Iveland" && b.Kind == planmodel.BurdenNothingBack {
			t.Error("Iveland still flagged for getting nothing back")
		}
	}
	// By population, nobody pays more per inhabitant than anyone else.
	p.Resources.Key = planmodel.DistributionKey{Method: planmodel.KeyPopulation}
	s, _ = p.Shares()
	for _, b := range p.Burdens(s) {
		if b.Kind == planmodel.BurdenPerInhabitant {
			t.Errorf("key by population flags %s at %.2f×", p.Municipalities[b.Municipality].Name, b.Times)
		}
	}
}

func TestExamplesAreSoundAndFilled(t *testing.T) {
	for _, name := range examples.Names {
		p, err := examples.Plan(name, now)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if len(p.Trust) == 0 || len(p.Sources) == 0 || p.RDBrief == nil || len(p.ActionAreas) == 0 || len(p.Strengths) == 0 ||
			len(p.FocusGroups) == 0 || len(p.Workshops) == 0 || len(p.Stakeholders) == 0 || len(p.Activities) == 0 || p.MediaPreparedness == "" {
			t.Errorf("%s: a stage tool is empty", name)
		}
	}
	h, _ := examples.Plan("hallingdal", now)
	if got := h.FallingFactors(); len(got) != 1 || got[0] != planmodel.FactorAnchoring {
		t.Errorf("Hallingdal's falling factors: %v, want anchoring", got)
	}
	k, _ := examples.Plan("kristiansand", now)
	if got := k.FallingFactors(); len(got) != 0 {
		t.Errorf("Kristiansand's falling factors: %v, want none", got)
	}
}

func TestWithoutInternalLeavesNoTrustMaterial(t *testing.T) {
	p, _ := examples.Plan("hallingdal", now)
	data, err := json.Marshal(p.WithoutInternal())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"trust"`, `"trustNotes"`, "Visit Hallingdal gjør"} {
		if strings.Contains(string(data), s) {
			t.Errorf("the copy without internal material holds %q", s)
		}
	}
	if len(p.Trust) == 0 || p.TrustNotes == "" {
		t.Error("WithoutInternal changed the plan itself")
	}
}
