package planmodel

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestBudget(t *testing.T) {
	p, _ := Example("kristiansand", now)
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
	h, _ := Example("hallingdal", now)
	if hb := h.Budget(); hb.BalanceTotal() != 0 || hb.Funding[0] != 2_200_000 {
		t.Errorf("Hallingdal: balance %d, funding %v", hb.BalanceTotal(), hb.Funding)
	}
}

// TestPeriodChangeKeepsAmounts: amounts outside a shortened period are
// kept, left out of the totals, reported, and back when the period is.
func TestPeriodChangeKeepsAmounts(t *testing.T) {
	p, _ := Example("kristiansand", now)
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
	var p Plan
	if err := json.Unmarshal([]byte(old), &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Resources.Costs) != 0 || p.Measures != nil || p.Resources.FTEHours() != DefaultHoursPerFTE {
		t.Errorf("old plan: %+v", p.Resources)
	}
	if b := p.Budget(); b.CostTotal != 0 || len(b.Years) != 4 {
		t.Errorf("budget of an old plan: %+v", b)
	}
	if _, err := p.Shares(); err != nil {
		t.Errorf("shares of an old plan: %v", err)
	}
	ex, _ := Example("hallingdal", now)
	data, err := json.Marshal(ex)
	if err != nil {
		t.Fatal(err)
	}
	var back Plan
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
		change func(*Plan)
		field  string // the field of the one problem expected, "" for none
	}{
		{"example", func(*Plan) {}, ""},
		{"negative amount", func(p *Plan) { p.Resources.Costs[0].Amounts[2015] = -1 }, "resources.costs[0].amounts.2015"},
		{"absurd amount", func(p *Plan) { p.Resources.Funding[1].Amounts[2016] = MaxAmount + 1 }, "resources.funding[1].amounts.2016"},
		{"amount outside period", func(p *Plan) { p.Resources.Costs[1].Amounts.Set(2030, 5) }, "resources.costs[1].amounts.2030"},
		{"untitled cost", func(p *Plan) { p.Resources.Costs[2].Title = "" }, "resources.costs[2].title"},
		{"unknown category", func(p *Plan) { p.Resources.Costs[2].Category = "party" }, "resources.costs[2].category"},
		{"unknown funding kind", func(p *Plan) { p.Resources.Funding[0].Kind = "lottery" }, "resources.funding[0].kind"},
		{"unknown key", func(p *Plan) { p.Resources.Key.Method = "lottery" }, "resources.key.method"},
		{"mixed over 100", func(p *Plan) { p.Resources.Key.EqualPercent = 120 }, "resources.key.equalPercent"},
		{"manual not 100", func(p *Plan) {
			p.Resources.Key = DistributionKey{Method: KeyManual, Manual: map[string]int{"Kristiansand": 9000}}
		}, "resources.key.manual"},
		{"manual share of a stranger", func(p *Plan) {
			p.Resources.Key = DistributionKey{Method: KeyEqual, Manual: map[string]int{"Oslo": 100}}
		}, "resources.key.manual.Oslo"},
		{"hours of a stranger", func(p *Plan) { p.Resources.SetHours("Oslo", 2016, 10) }, "resources.hours.Oslo"},
		{"too many hours", func(p *Plan) { p.Resources.SetHours("Iveland", 2016, MaxHours+1) }, "resources.hours.Iveland.2016"},
		{"absurd full-time year", func(p *Plan) { p.Resources.HoursPerFTE = 9000 }, "resources.hoursPerFte"},
		{"untitled measure", func(p *Plan) { p.Measures[0].Title = " " }, "measures[0].title"},
		{"measure before period", func(p *Plan) { p.Measures[1].FirstYear = 2010 }, "measures[1].firstYear"},
		{"measure backwards", func(p *Plan) { p.Measures[1].LastYear = 2015; p.Measures[1].FirstYear = 2017 }, "measures[1].lastYear"},
		{"negative measure cost", func(p *Plan) { p.Measures[2].Cost = -5 }, "measures[2].cost"},
		{"local measure without municipality", func(p *Plan) { p.Measures[7].Responsible = "" }, "measures[7].responsible"},
		{"lead not in plan", func(p *Plan) { p.Measures[3].Responsible = "Arendal" }, "measures[3].responsible"},
		{"unknown status", func(p *Plan) { p.Measures[3].Status = "dreaming" }, "measures[3].status"},
		{"unknown scope", func(p *Plan) { p.Measures[3].Scope = "" }, "measures[3].scope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := Example("kristiansand", now)
			tt.change(p)
			wantProblem(t, p.Validate(), tt.field)
		})
	}
}

func TestResponsibilities(t *testing.T) {
	p, _ := Example("kristiansand", now)
	rs := p.Responsibilities()
	byName := map[string]Responsibility{}
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
		p.Measures[i].Responsible = "Vennesla"
	}
	if r := p.Responsibilities()[1]; !r.LeadsMost {
		t.Errorf("Vennesla leads 4 of 7 and is not flagged: %+v", r)
	}
	// With two common measures someone must lead most; that is not flagged.
	p.Measures = p.Measures[:2]
	p.Measures[1].Responsible = "Vennesla"
	if r := p.Responsibilities()[1]; r.LeadsMost {
		t.Errorf("leading both of two measures is flagged: %+v", r)
	}
}

func TestRenameAndRemoveMunicipality(t *testing.T) {
	p, _ := Example("kristiansand", now)
	p.Resources.Key = DistributionKey{Method: KeyManual, Manual: map[string]int{"Vennesla": 10000}}
	p.Municipalities[1].Name = "Vennesla kommune"
	p.RenameMunicipality("Vennesla", "Vennesla kommune")
	if err := p.Validate(); err != nil {
		t.Errorf("after renaming: %v", err)
	}
	if p.Measures[0].Responsible != "Vennesla kommune" || p.Resources.Hours["Vennesla kommune"].Get(2016) != 300 {
		t.Errorf("references did not follow the rename")
	}
	p.RemoveMunicipality(1)
	if len(p.Municipalities) != 6 || p.Measures[0].Responsible != "" || p.Resources.Hours["Vennesla kommune"] != nil || p.ManualSum() != 0 {
		t.Errorf("references left after removing")
	}
}

func TestPercentAndDecimal(t *testing.T) {
	for bp, want := range map[int]string{0: "0", 5000: "50", 3333: "33,33", 1250: "12,5", 10000: "100", 5: "0,05"} {
		if got := FormatPercent(bp); got != want {
			t.Errorf("FormatPercent(%d) = %q, want %q", bp, got, want)
		}
		if back, err := ParsePercent(want + " %"); err != nil || back != bp {
			t.Errorf("ParsePercent(%q) = %d, %v", want, back, err)
		}
	}
	if n, err := ParsePercent("33.3"); err != nil || n != 3330 {
		t.Errorf("ParsePercent(33.3) = %d, %v", n, err)
	}
	for _, s := range []string{"", "mye", "-5", "1,234", "12,-3", "+4"} {
		if _, err := ParsePercent(s); err == nil {
			t.Errorf("ParsePercent(%q) gave no error", s)
		}
	}
	if got := FormatDecimal(0.472, 1); got != "0,5" {
		t.Errorf("FormatDecimal = %q", got)
	}
}
