package wizard

import (
	"strings"
	"testing"
	"time"

	"regionplan/examples"
	"regionplan/planmodel"
)

var evidenceNow = time.Date(2027, 6, 1, 12, 0, 0, 0, time.UTC)

// twoMunicipalities is a plan for 2027–2028 with two municipalities and nothing else.
func twoMunicipalities() *planmodel.Plan {
	p := planmodel.New("Test", evidenceNow.AddDate(-1, 0, 0))
	p.FirstYear, p.LastYear = 2027, 2028
	p.Municipalities = []planmodel.Municipality{{ID: "s", Name: "Seljord"}, {ID: "k", Name: "Kviteseid"}}
	return p
}

func ptr(f float64) *float64 { return &f }

// Each item the data can evidence is suggested, with its evidence, once the
// plan holds what fulfils it, and not before.
func TestSuggestionsFollowTheData(t *testing.T) {
	g := MustLoad("nb")
	tests := []struct {
		item string
		fill func(p *planmodel.Plan)
		want string
	}{
		{"expectations.each-municipality", func(p *planmodel.Plan) {
			p.Municipalities[0].Expectation, p.Municipalities[1].Expectation = "Arbeidsplasser", "Turisme"
		}, "Alle 2 kommunene"},
		{"expectations.benefits-all", func(p *planmodel.Plan) {
			p.ActionAreas = []planmodel.ActionArea{{Name: "Reiseliv", Benefits: map[planmodel.MunicipalityID]planmodel.Benefit{"s": planmodel.BenefitDirect, "k": planmodel.BenefitIndirect}}}
		}, "minst ett av de 1 innsatsområdene"},
		{"expectations.clear-goals", func(p *planmodel.Plan) {
			p.Goals = []planmodel.Goal{{ID: "g", Title: "Flere jobber", Indicator: "jobber", Target: ptr(100), Deadline: 2028}}
		}, "Flere jobber"},
		{"trust.quick-wins", func(p *planmodel.Plan) {
			p.Measures = []planmodel.Measure{{ID: "m", Title: "Felles stand", QuickWin: true, Status: planmodel.MeasureRunning}}
		}, "Felles stand"},
		{"trust.five-factors", func(p *planmodel.Plan) {
			a := planmodel.TrustAssessment{Date: "2027-03-01", Municipality: "s", Answers: map[string]int{}}
			for _, s := range planmodel.TrustStatements {
				a.Answers[s.ID] = 3
			}
			p.Trust = []planmodel.TrustAssessment{a}
		}, "01.03.2027"},
		{"knowledge.foundation", func(p *planmodel.Plan) {
			p.Sources = []planmodel.Source{{Title: "Næringsanalyse", Status: planmodel.SourceDone}, {Title: "Planlagt", Status: planmodel.SourcePlanned}}
		}, "kunnskapskilder: Næringsanalyse"},
		{"knowledge.facts-and-voices", func(p *planmodel.Plan) {
			p.Sources = []planmodel.Source{{Title: "SSB", Kind: planmodel.SourceStatistics}, {Title: "Intervjuer", Kind: planmodel.SourceInterview}}
		}, "SSB, Intervjuer"},
		{"knowledge.clear-brief", func(p *planmodel.Plan) { p.RDBrief = &planmodel.RDBrief{Questions: "Hva hindrer samspill?"} }, "spørsmålene"},
		{"knowledge.working-group", func(p *planmodel.Plan) {
			p.RDBrief = &planmodel.RDBrief{WorkingGroup: "Næringssjefene\nog rådgiverne"}
		}, ": Næringssjefene"},
		{"knowledge.summaries", func(p *planmodel.Plan) {
			p.ActionAreas = []planmodel.ActionArea{{Name: "Reiseliv", RegionalBenefit: "Flere gjester"}}
		}, "Reiseliv"},
		{"knowledge.indirect-benefit", func(p *planmodel.Plan) {
			p.ActionAreas = []planmodel.ActionArea{{Name: "Vei", Benefits: map[planmodel.MunicipalityID]planmodel.Benefit{"s": planmodel.BenefitIndirect}}}
		}, "Vei"},
		{"knowledge.strengths-map", func(p *planmodel.Plan) {
			p.Strengths = []planmodel.Strength{{Task: "Skole", Municipalities: []planmodel.MunicipalityID{"s", "k"}}}
		}, "alle 2 kommunene"},
		{"participation.focus-groups", func(p *planmodel.Plan) { p.FocusGroups = []planmodel.FocusGroup{{Name: "Reiseliv"}} }, "Reiseliv"},
		{"participation.facilitators", func(p *planmodel.Plan) {
			p.Workshops = []planmodel.Workshop{{Title: "A", Facilitator: "Kari"}, {Title: "B", Facilitator: "Kari"}}
		}, "prosessleder: Kari"},
		{"participation.methods", func(p *planmodel.Plan) {
			p.Workshops = []planmodel.Workshop{{Title: "SWOT-kveld", SWOT: planmodel.SWOT{Threats: []string{"Fraflytting"}}}}
		}, "SWOT-kveld"},
		{"participation.before-after", func(p *planmodel.Plan) {
			p.Workshops = []planmodel.Workshop{{Title: "Oppstart", Date: "2027-04-01", FollowUp: "Referat sendt"}}
		}, "Oppstart"},
		{"participation.other-groups", func(p *planmodel.Plan) {
			p.Workshops = []planmodel.Workshop{{Title: "Ungdomsverksted", Participants: []planmodel.Participant{planmodel.ParticipantYouth}}}
		}, "Ungdomsverksted"},
		{"participation.business", func(p *planmodel.Plan) {
			p.Workshops = []planmodel.Workshop{{Title: "Frokostmøte", Participants: []planmodel.Participant{planmodel.ParticipantBusiness}}}
		}, "Frokostmøte"},
		{"participation.politicians", func(p *planmodel.Plan) {
			p.Workshops = []planmodel.Workshop{{Title: "Formannskapene", Participants: []planmodel.Participant{planmodel.ParticipantPoliticians}}}
		}, "Formannskapene"},
		{"structure.decision-path", func(p *planmodel.Plan) {
			d := p.NewDecision(planmodel.DecisionStart)
			d.SetText(planmodel.Bokmal, planmodel.DecisionText{Title: "Oppstart av planarbeid"})
			p.Decisions = []planmodel.Decision{d}
		}, "Oppstart av planarbeid"},
		{"structure.templates", func(p *planmodel.Plan) {
			d := p.NewDecision(planmodel.DecisionStart)
			d.SetText(planmodel.Bokmal, planmodel.DecisionText{Title: "Oppstart", Points: []string{"Kommunen deltar."}})
			p.Decisions = []planmodel.Decision{d}
		}, "Oppstart"},
		{"political-shifts.realistic-duration", func(p *planmodel.Plan) {
			p.Goals = []planmodel.Goal{{ID: "g", Title: "Mål", SubGoals: []planmodel.SubGoal{{Title: "Delmål 1", FirstYear: 2027, LastYear: 2028}}}}
		}, "Delmål 1"},
		{"political-shifts.election-plan", func(p *planmodel.Plan) {
			p.Goals = []planmodel.Goal{{ID: "g", Title: "Mål", SubGoals: []planmodel.SubGoal{{Title: "Delmål 2", Reanchor: true}}}}
		}, "Delmål 2"},
		{"political-shifts.new-politicians", func(p *planmodel.Plan) {
			r := p.StartReanchoring(2027, evidenceNow)
			for _, m := range p.Municipalities {
				r.Progress(m.ID).Done = map[string]string{}
				for _, s := range planmodel.ReanchorSteps {
					r.Progress(m.ID).Done[s] = "2027-05-01"
				}
			}
		}, "valget i 2027"},
		{"resources.financing-plan", func(p *planmodel.Plan) {
			p.Resources.Costs = []planmodel.CostItem{{Title: "Prosjektleder", Amounts: planmodel.Yearly{2027: 100, 2028: 100}}}
			p.Resources.Funding = []planmodel.FundingSource{{Name: "Fylket", Amounts: planmodel.Yearly{2027: 100, 2028: 50}}}
		}, "hvert år 2027–2028"},
		{"resources.assign-responsibility", func(p *planmodel.Plan) {
			p.Measures = []planmodel.Measure{{ID: "m", Title: "Felles", Scope: planmodel.ScopeCommon, Responsible: "s"}}
		}, "Alle de 1 felles"},
		{"resources.lead-common-measures", func(p *planmodel.Plan) {
			p.Measures = []planmodel.Measure{{ID: "a", Scope: planmodel.ScopeCommon, Responsible: "s"}, {ID: "b", Scope: planmodel.ScopeCommon, Responsible: "k"}}
		}, "Hver av de 2 kommunene"},
		{"resources.budget-follow-up", func(p *planmodel.Plan) {
			p.Resources.Costs = []planmodel.CostItem{{Title: "Prosjektleder", Actual: planmodel.Yearly{2027: 90}}}
		}, "ført for: 2027"},
		{"resources.team-time", func(p *planmodel.Plan) { p.Resources.SetHours("k", 2027, 200) }, "i: Kviteseid"},
		{"communication.media-strategy", func(p *planmodel.Plan) { p.MediaPreparedness = "Ordføreren i Seljord uttaler seg." }, "Ordføreren"},
		{"communication.stakeholders", func(p *planmodel.Plan) {
			p.Stakeholders = []planmodel.Stakeholder{{Name: "Hytteeierne", Power: 2, Interest: 4}}
		}, "Hytteeierne"},
		{"communication.ambassadors", func(p *planmodel.Plan) {
			p.Stakeholders = []planmodel.Stakeholder{{Name: "Ordføreren", Ambassador: true}}
		}, "Ordføreren"},
		{"communication.continuous", func(p *planmodel.Plan) {
			p.Activities = []planmodel.Activity{{Title: "Nyhetsbrev", Date: "2027-05-20", Done: true}, {Title: "Gammelt", Date: "2026-01-01", Done: true}}
		}, "dagene: Nyhetsbrev"},
		{"communication.press-releases", func(p *planmodel.Plan) {
			p.Activities = []planmodel.Activity{{Title: "Planen vedtatt", Date: "2027-05-20", Channel: planmodel.ChannelPressRelease, Done: true}}
		}, "Planen vedtatt"},
	}
	if len(tests) != len(rules) {
		t.Errorf("%d cases for %d rules", len(tests), len(rules))
	}
	for _, tt := range tests {
		t.Run(tt.item, func(t *testing.T) {
			it := g.item(tt.item)
			if it == nil {
				t.Fatalf("no item %s", tt.item)
			}
			p := twoMunicipalities()
			if line, ok := Suggest(p, it, evidenceNow); ok {
				t.Errorf("suggested on a bare plan: %q", line)
			}
			tt.fill(p)
			line, ok := Suggest(p, it, evidenceNow)
			if !ok || !strings.Contains(line, tt.want) || strings.Contains(line, "{{") {
				t.Errorf("evidence %q (%v), want it to contain %q", line, ok, tt.want)
			}
			p.SetItem(tt.item, planmodel.Done, "", evidenceNow)
			if line, ok := Suggest(p, it, evidenceNow); ok {
				t.Errorf("suggested once ticked: %q", line)
			}
		})
	}
}

// A rule that needs every one of something is not fulfilled by some.
func TestSuggestionsWantEveryOne(t *testing.T) {
	g := MustLoad("nb")
	p := twoMunicipalities()
	p.Municipalities[0].Expectation = "Arbeidsplasser"
	p.Workshops = []planmodel.Workshop{{Title: "A", Facilitator: "Kari"}, {Title: "B"}}
	p.Workshops[0].Date, p.Workshops[0].FollowUp = "2027-04-01", "Referat"
	p.Workshops[1].Date = "2027-04-02" // held two months ago, not followed up: the signal fires
	p.Resources.Costs = []planmodel.CostItem{{Title: "Prosjektleder", Amounts: planmodel.Yearly{2027: 100}}}
	p.Resources.Funding = []planmodel.FundingSource{{Name: "Fylket", Amounts: planmodel.Yearly{2027: 100}}}
	for _, id := range []string{"expectations.each-municipality", "participation.facilitators", "participation.before-after", "resources.financing-plan"} {
		if line, ok := Suggest(p, g.item(id), evidenceNow); ok {
			t.Errorf("%s suggested with only some: %q", id, line)
		}
	}
}

// The examples get suggestions stage by stage, and long lists end in "…".
func TestSuggestionsOfTheExamples(t *testing.T) {
	g := MustLoad("nn")
	p, err := examples.Plan("hallingdal", evidenceNow)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := range g.Stages {
		for _, s := range g.Stages[i].Suggestions(p, evidenceNow) {
			n++
			if s.Item == nil || s.Evidence == "" || strings.Count(s.Evidence, ", ") > maxNames {
				t.Errorf("%+v", s)
			}
		}
	}
	if n == 0 {
		t.Error("the Hallingdal example gets no suggestion at all")
	}
}

// item finds a checklist item by ID.
func (g *Guide) item(id string) *Item {
	for i := range g.Stages {
		for j := range g.Stages[i].Items {
			if g.Stages[i].Items[j].ID == id {
				return &g.Stages[i].Items[j]
			}
		}
	}
	return nil
}
