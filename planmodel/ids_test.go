package planmodel_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"regionplan/internal/plantest"
	"regionplan/planmodel"
)

// referencePlan is a valid plan of Bø, Sauherad and Nome in which each of
// them is named in every place a municipality can be named.
func referencePlan(t *testing.T) *planmodel.Plan {
	t.Helper()
	p := planmodel.New("Midt-Telemark", now)
	p.FirstYear, p.LastYear = 2019, 2020
	for _, n := range []string{"Bø", "Sauherad", "Nome"} {
		if err := p.PutMunicipality(-1, planmodel.Municipality{Name: n, Population: 1000, Standard: planmodel.Nynorsk}, n == "Sauherad"); err != nil {
			t.Fatal(err)
		}
	}
	r := &p.Resources
	r.Funding = []planmodel.FundingSource{{Name: "Felles", Kind: planmodel.FundJointShare, Amounts: planmodel.Yearly{2019: 90_000}}}
	r.Key = planmodel.DistributionKey{Method: planmodel.KeyManual, Manual: map[planmodel.MunicipalityID]int{}}
	d := p.NewDecision(planmodel.DecisionAdopt)
	p.Decisions = []planmodel.Decision{d}
	re := p.StartReanchoring(2019, now)
	for i, m := range p.Municipalities {
		r.Key.Manual[m.ID] = []int{5000, 3000, 2000}[i]
		r.SetHours(m.ID, 2019, int64(100*(i+1)))
		r.SetPayment(m.ID, 2019, int64(10_000*(i+1)), int64(5_000*(i+1)))
		p.Measures = append(p.Measures, planmodel.Measure{ID: planmodel.NewID(), Title: "Tiltak i " + m.Name, Scope: planmodel.ScopeLocal, Responsible: m.ID, Status: planmodel.MeasurePlanned})
		p.Trust = append(p.Trust, planmodel.TrustAssessment{Date: "2019-10-01", Municipality: m.ID, Answers: map[string]int{"anchoring.political": i + 2}})
		re.Progress(m.ID).Done = map[string]string{planmodel.StepBriefed: "2019-11-0" + string(rune('1'+i))}
	}
	p.Decisions[0].Paths[1].ArchiveRef = "19/123"
	p.ActionAreas = []planmodel.ActionArea{{Name: "Reiseliv", Benefits: map[planmodel.MunicipalityID]planmodel.Benefit{
		p.Municipalities[0].ID: planmodel.BenefitIndirect, p.Municipalities[1].ID: planmodel.BenefitDirect, p.Municipalities[2].ID: planmodel.BenefitNone}}}
	p.Strengths = []planmodel.Strength{{Task: "Høgskule", Municipalities: []planmodel.MunicipalityID{p.Municipalities[0].ID, p.Municipalities[1].ID}}}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	return p
}

func ids(p *planmodel.Plan) []planmodel.MunicipalityID {
	var out []planmodel.MunicipalityID
	for _, m := range p.Municipalities {
		out = append(out, m.ID)
	}
	return out
}

func TestRenameKeepsEveryReference(t *testing.T) {
	p := referencePlan(t)
	before, idsBefore := plantest.NamedView(t, p), ids(p)
	m := p.Municipalities[1]
	m.Name = "Sauherad kommune"
	if err := p.PutMunicipality(1, m, true); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(p), idsBefore) {
		t.Errorf("IDs changed on rename: %v, were %v", ids(p), idsBefore)
	}
	if got, want := plantest.NamedView(t, p), strings.ReplaceAll(before, `"Sauherad"`, `"Sauherad kommune"`); got != want {
		t.Errorf("after the rename\n%s\nwant\n%s", got, want)
	}
	if err := p.Validate(); err != nil {
		t.Error(err)
	}
}

func TestRemoveForgetsEveryReference(t *testing.T) {
	p := referencePlan(t)
	gone := p.Municipalities[1]
	p.RemoveMunicipality(1)
	data, _ := json.Marshal(p)
	if strings.Contains(string(data), string(gone.ID)) {
		t.Errorf("a reference to the removed municipality is left: %s", data)
	}
	if a := p.Trust[1]; a.Former != "Sauherad" || p.Respondent(a) != "Sauherad" {
		t.Errorf("the trust history of a municipality that left: %+v", a)
	}
	if p.Applicant != "" || len(p.Resources.Hours) != 2 || len(p.Decisions[0].Paths) != 2 || len(p.Reanchorings[0].Municipalities) != 2 {
		t.Errorf("after removal: %+v", p)
	}
	if err := p.Validate(); err == nil || !strings.Contains(err.Error(), "manual shares add up to 70 %") {
		t.Errorf("the removed share should leave the key short: %v", err)
	}
}

func TestMergeMovesEveryReference(t *testing.T) {
	p := referencePlan(t)
	bo, sauherad, nome := p.Municipalities[0].ID, p.Municipalities[1].ID, p.Municipalities[2].ID
	if err := p.MergeMunicipalities([]planmodel.MunicipalityID{bo, sauherad}, "Midt-Telemark"); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(p), []planmodel.MunicipalityID{bo, nome}) || p.Municipalities[0].Name != "Midt-Telemark" || p.Municipalities[0].Population != 2000 {
		t.Fatalf("municipalities after the merger: %+v", p.Municipalities)
	}
	data, _ := json.Marshal(p)
	if strings.Contains(string(data), string(sauherad)) {
		t.Errorf("a reference to Sauherad is left: %s", data)
	}
	r := p.Resources
	checks := []struct {
		what      string
		got, want any
	}{
		{"applicant", p.Applicant, bo},
		{"manual share", r.Key.Manual[bo], 8000},
		{"hours", r.Hours[bo].Get(2019), int64(300)},
		{"invoiced", r.Payments[bo].Invoiced.Get(2019), int64(30_000)},
		{"paid", r.Payments[bo].Paid.Get(2019), int64(15_000)},
		{"Sauherad's measure", p.Measures[1].Responsible, bo},
		{"Sauherad's trust", p.Trust[1].Municipality, bo},
		{"the greater benefit", p.ActionAreas[0].Benefits[bo], planmodel.BenefitDirect},
		{"strengths", len(p.Strengths[0].Municipalities), 1},
		{"paths", len(p.Decisions[0].Paths), 2},
		{"bodies", len(p.Decisions[0].Paths[0].Steps), 4},
		{"Sauherad's body", p.Decisions[0].Paths[0].Steps[2].Body, "Sauherad: Formannskapet"},
		{"re-anchoring", p.Reanchorings[0].Municipalities[0].Done[planmodel.StepBriefed], "2019-11-01"},
		{"re-anchored", len(p.Reanchorings[0].Municipalities), 2},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %v, want %v", c.what, c.got, c.want)
		}
	}
	if err := p.Validate(); err != nil {
		t.Error(err)
	}
	if err := p.MergeMunicipalities([]planmodel.MunicipalityID{nome, nome}, "Nome"); err == nil {
		t.Error("a municipality merged with itself")
	}
}

// TestResolveNames reads a plan that refers to its municipalities by name,
// as plans of schema 2 and plan files of format 1 do.
func TestResolveNames(t *testing.T) {
	p := referencePlan(t)
	want := plantest.NamedView(t, p) // references and IDs all hold names
	var old planmodel.Plan
	if err := json.Unmarshal([]byte(want), &old); err != nil {
		t.Fatal(err)
	}
	for i := range old.Municipalities {
		old.Municipalities[i].ID = ""
	}
	old.Trust = append(old.Trust, planmodel.TrustAssessment{Date: "2015-01-01", Municipality: "Bø i Telemark"})
	old.Measures[0].Responsible = "Seljord"
	if unknown := old.ResolveNames(); !slices.Equal(unknown, []string{"Seljord"}) {
		t.Errorf("unknown names: %v", unknown)
	}
	if a := old.Trust[3]; a.Municipality != "" || a.Former != "Bø i Telemark" {
		t.Errorf("an assessment of a municipality that has left: %+v", a)
	}
	old.Trust = old.Trust[:3]
	old.Measures[0].Responsible = old.Municipalities[0].ID
	if got := plantest.NamedView(t, &old); got != want {
		t.Errorf("resolved\n%s\nwant\n%s", got, want)
	}
	var other planmodel.Plan // another copy of the same old plan, as a snapshot is
	json.Unmarshal([]byte(want), &other)
	for i := range other.Municipalities {
		other.Municipalities[i].ID = ""
	}
	other.ResolveNames()
	if !slices.Equal(ids(&other), ids(&old)) {
		t.Errorf("two copies of one plan got the IDs %v and %v", ids(&other), ids(&old))
	}
	again := plantest.NamedView(t, &old)
	if old.ResolveNames(); plantest.NamedView(t, &old) != again {
		t.Error("resolving twice changed the plan")
	}
}
