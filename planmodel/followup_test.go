package planmodel

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

func jobsGoal(ms ...Measurement) Goal {
	f := func(x float64) *float64 { return &x }
	return Goal{ID: "g", Title: "Jobs", Indicator: "jobs", Baseline: f(0), BaseYear: 2014, Target: f(1500), Deadline: 2019, Measurements: ms}
}

func TestPathAndBehindThePath(t *testing.T) {
	tests := []struct {
		name   string
		goal   Goal
		margin int
		behind float64 // expected shortfall in per cent of the way
		has    bool
		flag   bool
	}{
		{"no measurement", jobsGoal(), 10, 0, false, false},
		{"only at the base year", jobsGoal(Measurement{Year: 2014, Value: 0}), 10, 0, false, false},
		{"on the path", jobsGoal(Measurement{Year: 2016, Value: 600}), 10, 0, true, false},
		{"just inside the margin", jobsGoal(Measurement{Year: 2016, Value: 451}), 10, 9.93, true, false},
		{"just outside the margin", jobsGoal(Measurement{Year: 2016, Value: 449}), 10, 10.07, true, true},
		{"ahead", jobsGoal(Measurement{Year: 2017, Value: 1000}), 10, -6.67, true, false},
		{"the latest counts, not the first", jobsGoal(Measurement{Year: 2018, Value: 520}, Measurement{Year: 2015, Value: 300}), 10, 45.33, true, true},
		{"a wider margin", jobsGoal(Measurement{Year: 2018, Value: 520}), 50, 45.33, true, false},
		{"after the deadline the target counts", jobsGoal(Measurement{Year: 2021, Value: 1200}), 10, 20, true, true},
		{"a date inside the year", jobsGoal(Measurement{Year: 2016, Date: "2016-07-02", Value: 600}), 10, 10, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gap, ok := tt.goal.Gap()
			if ok != tt.has {
				t.Fatalf("Gap ok = %v, want %v", ok, tt.has)
			}
			if ok && (gap.Behind < tt.behind-0.01 || gap.Behind > tt.behind+0.01) {
				t.Errorf("behind %.2f %%, want %.2f %%", gap.Behind, tt.behind)
			}
			if got := tt.goal.BehindPath(tt.margin); got != tt.flag {
				t.Errorf("BehindPath(%d) = %v, want %v", tt.margin, got, tt.flag)
			}
		})
	}
	down := jobsGoal(Measurement{Year: 2016, Value: 1030})
	*down.Baseline, *down.Target = 1500, 0 // a goal that falls: unemployment
	if gap, _ := down.Gap(); gap.Behind < 8.6 || gap.Behind > 8.7 || !down.BehindPath(5) || down.BehindPath(10) {
		t.Errorf("a falling goal: %+v", gap)
	}
	achieved := jobsGoal(Measurement{Year: 2018, Value: 10})
	achieved.Status = GoalAchieved
	if achieved.BehindPath(10) {
		t.Error("an achieved goal is flagged")
	}
	if g := jobsGoal(); g.PathValue(2016.5) != 750 {
		t.Errorf("the path in the middle of 2016: %v", g.PathValue(2016.5))
	}
}

func TestPlanMargin(t *testing.T) {
	p := New("x", now)
	p.Goals = []Goal{jobsGoal(Measurement{Year: 2016, Value: 400})} // 13,3 % behind
	if got := p.GoalsBehindPath(); !slices.Equal(got, []int{0}) {
		t.Errorf("default margin: %v", got)
	}
	p.PathMargin = 15
	if got := p.GoalsBehindPath(); len(got) != 0 {
		t.Errorf("margin 15 %%: %v", got)
	}
}

// TestCurrentMovesIntoTheSeries reads a goal written before goals kept a
// series and checks that its single current value becomes the series, that
// the old fields are not written again, and that a second round changes nothing.
func TestCurrentMovesIntoTheSeries(t *testing.T) {
	data, err := os.ReadFile("testdata/goal-before-series.json")
	if err != nil {
		t.Fatal(err)
	}
	var g Goal
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Measurements) != 1 || g.Measurements[0] != (Measurement{Year: 2017, Value: 350}) {
		t.Fatalf("series: %+v", g.Measurements)
	}
	out, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), `"current`) || !strings.Contains(string(out), `"measurements":[{"year":2017,"value":350}]`) {
		t.Errorf("written again as %s", out)
	}
	var again Goal
	if err := json.Unmarshal(out, &again); err != nil {
		t.Fatal(err)
	}
	if len(again.Series()) != 1 || again.Series()[0].Value != 350 {
		t.Errorf("second round: %+v", again.Series())
	}
}

func accountsPlan() *Plan {
	p := New("x", now)
	p.FirstYear, p.LastYear = 2020, 2023
	p.Municipalities = []Municipality{{ID: "A", Name: "A", Population: 1000, Standard: Bokmal}, {ID: "B", Name: "B", Population: 3000, Standard: Nynorsk}}
	p.Resources = Resources{
		Key: DistributionKey{Method: KeyPopulation},
		Costs: []CostItem{
			{Title: "Leiar", Category: CostProjectManagement, Amounts: Yearly{2020: 100_000, 2021: 100_000}, Actual: Yearly{2020: 110_000, 2021: 111_000}},
			{Title: "Møte", Category: CostWorkshops, Amounts: Yearly{2020: 0}, Actual: Yearly{2020: 5_000}},
		},
		Funding: []FundingSource{
			{Name: "Fylket", Kind: FundCounty, Amounts: Yearly{2020: 60_000, 2021: 60_000}, Actual: Yearly{2020: 60_000, 2021: 60_000}},
			{Name: "Felles", Kind: FundJointShare, Amounts: Yearly{2020: 40_000, 2021: 40_000, 2022: 40_000}, Actual: Yearly{2020: 40_000, 2021: 30_000}},
		},
	}
	p.Resources.SetPayment("A", 2020, 10_000, 10_000)
	p.Resources.SetPayment("B", 2020, 30_000, 30_000)
	p.Resources.SetPayment("A", 2021, 10_000, 10_000)
	p.Resources.SetPayment("B", 2021, 30_000, 20_000)
	return p
}

func TestAccountsAgainstTheBudget(t *testing.T) {
	p := accountsPlan()
	if got := p.AccountYears(); !slices.Equal(got, []int{2020, 2021}) {
		t.Fatalf("account years: %v", got)
	}
	a := p.CostAccounts(0)
	if len(a) != 2 || a[0].Deviation() != 10_000 || a[1].Deviation() != 11_000 {
		t.Errorf("deviations: %+v", a)
	}
	if a[0].OverBudget() || !a[1].OverBudget() {
		t.Errorf("10 %% over is allowed, 11 %% is not: %v %v", a[0].OverBudget(), a[1].OverBudget())
	}
	over := p.OverBudget()
	if len(over) != 2 || over[0].Cost != 0 || over[0].Year != 2021 || over[1].Cost != 1 || over[1].Year != 2020 {
		t.Errorf("over budget: %+v", over)
	}
}

func TestSpendingAhead(t *testing.T) {
	p := accountsPlan()
	if y, ok := p.SpendingAhead(); !ok || y != 2020 {
		t.Errorf("spending ahead: %d %v", y, ok) // 115 000 spent, 100 000 received in 2020
	}
	p.Resources.Funding[0].Actual.Set(2020, 80_000)
	if y, ok := p.SpendingAhead(); !ok || y != 2021 {
		t.Errorf("spending ahead after more funding in 2020: %d %v", y, ok) // 226 000 against 210 000
	}
	if f := p.FundingAccounts(1); f[1].Deviation() != -10_000 {
		t.Errorf("joint funding received: %+v", f)
	}
}

func TestPaymentStatus(t *testing.T) {
	p := accountsPlan()
	s, err := p.Shares()
	if err != nil {
		t.Fatal(err)
	}
	pay := p.Payments(s)
	got := []PaymentStatus{pay[0][0].Status(), pay[1][1].Status(), pay[1][2].Status(), pay[1][3].Status()}
	want := []PaymentStatus{PaymentPaid, PaymentPartly, PaymentNotInvoiced, PaymentNone}
	if !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	if pay[1][1].Remaining() != 10_000 || pay[1][2].Remaining() != 30_000 {
		t.Errorf("remaining: %d %d", pay[1][1].Remaining(), pay[1][2].Remaining())
	}
	late := p.LatePayments(2022)
	if len(late) != 1 || late[0].Municipality != 1 || late[0].Year != 2021 {
		t.Errorf("late in 2022: %+v", late)
	}
	if late := p.LatePayments(2021); len(late) != 0 {
		t.Errorf("the running year is not late: %+v", late)
	}
}

func TestMeasureStatusPerYear(t *testing.T) {
	m := Measure{Status: MeasurePlanned}
	m.SetProgress(2022, MeasureDone, "Ferdig")
	m.SetProgress(2020, MeasureRunning, "")
	m.SetProgress(2022, MeasureDone, "Ferdig i mai")
	if len(m.Progress) != 2 || m.Progress[0].Year != 2020 || m.Progress[1].Note != "Ferdig i mai" {
		t.Fatalf("progress: %+v", m.Progress)
	}
	for year, want := range map[int]MeasureStatus{2019: MeasurePlanned, 2020: MeasureRunning, 2021: MeasureRunning, 2022: MeasureDone, 2030: MeasureDone} {
		if got := m.StatusIn(year); got != want {
			t.Errorf("%d: %s, want %s", year, got, want)
		}
	}
}

func TestValidateFollowUp(t *testing.T) {
	p := accountsPlan()
	if err := p.Validate(); err != nil {
		t.Fatalf("a sound plan: %v", err)
	}
	p.PathMargin = 150
	p.Goals = []Goal{jobsGoal(Measurement{Year: 1850, Value: 1}, Measurement{Year: 2016, Date: "2017-01-01", Value: 2e13}, Measurement{Value: 3})}
	p.Resources.Costs[0].Actual.Set(2020, -5)
	p.Resources.Funding[0].Actual.Set(2031, 5)
	p.Resources.SetPayment("Z", 2020, 1, 1)
	p.Resources.SetPayment("A", 2021, 20_000_000_000, 0)
	p.Measures = []Measure{{ID: "m", Title: "T", Scope: ScopeCommon, Status: MeasurePlanned,
		Progress: []MeasureProgress{{Year: 2020, Status: "half"}, {Year: 2020, Status: MeasureDone}, {Year: 2040, Status: MeasureDone, Note: strings.Repeat("x", MaxProgressNote+1)}}}}
	var ps Problems
	if !errors.As(p.Validate(), &ps) {
		t.Fatal("no problems")
	}
	var fields []string
	for _, q := range ps {
		fields = append(fields, q.Field)
	}
	for _, want := range []string{
		"pathMargin",
		"goals[0].measurements[0].year", "goals[0].measurements[1].date", "goals[0].measurements[1].value", "goals[0].measurements[2].year",
		"resources.costs[0].actual.2020", "resources.funding[0].actual.2031",
		"resources.payments.Z", "resources.payments.A.invoiced.2021",
		"measures[0].progress[0].status", "measures[0].progress[1].year", "measures[0].progress[2].year", "measures[0].progress[2].note",
	} {
		if !slices.Contains(fields, want) {
			t.Errorf("no problem at %s; got %v", want, fields)
		}
	}
}
