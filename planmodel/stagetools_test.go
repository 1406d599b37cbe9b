package planmodel

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateStageTools(t *testing.T) {
	long := strings.Repeat("x", MaxNameLen+1)
	tests := []struct {
		name   string
		change func(*Plan)
		field  string // the field of the one problem expected, "" for none
	}{
		{"sound records", func(*Plan) {}, ""},
		{"assessment without date", func(p *Plan) { p.Trust[0].Date = "" }, "trust[0].date"},
		{"assessment for nobody", func(p *Plan) { p.Trust[0].Municipality = "" }, "trust[0].municipality"},
		{"assessment for both", func(p *Plan) { p.Trust[0].Group = GroupBusiness }, "trust[0].municipality"},
		{"unknown group", func(p *Plan) { p.Trust[0].Municipality, p.Trust[0].Group = "", "mayors" }, "trust[0].group"},
		{"answer out of range", func(p *Plan) { p.Trust[0].Answers["anchoring.political"] = 6 }, "trust[0].answers.anchoring.political"},
		{"unknown statement", func(p *Plan) { p.Trust[0].Answers["x.y"] = 3 }, "trust[0].answers.x.y"},
		{"source without title", func(p *Plan) { p.Sources[0].Title = " " }, "sources[0].title"},
		{"unknown source kind", func(p *Plan) { p.Sources[0].Kind = "rumour" }, "sources[0].kind"},
		{"unknown source status", func(p *Plan) { p.Sources[0].Status = "" }, "sources[0].status"},
		{"bad deadline", func(p *Plan) { p.RDBrief.Deadline = "30.02.2016" }, "rdBrief.deadline"},
		{"benefit for a stranger", func(p *Plan) { p.ActionAreas[0].Benefits["hol"] = BenefitDirect }, "actionAreas[0].benefits.hol"},
		{"unknown benefit", func(p *Plan) { p.ActionAreas[0].Benefits["gol"] = "some" }, "actionAreas[0].benefits.gol"},
		{"strength of a stranger", func(p *Plan) { p.Strengths[0].Municipalities = []MunicipalityID{"hol"} }, "strengths[0].municipalities[0]"},
		{"long member", func(p *Plan) { p.FocusGroups[0].Members = []string{long} }, "focusGroups[0].members[0]"},
		{"unknown participant", func(p *Plan) { p.Workshops[0].Participants = []Participant{"cats"} }, "workshops[0].participants[0]"},
		{"long SWOT point", func(p *Plan) { p.Workshops[0].SWOT.Threats = []string{long} }, "workshops[0].swot.threats[0]"},
		{"power out of range", func(p *Plan) { p.Stakeholders[0].Power = 0 }, "stakeholders[0].power"},
		{"activity without date", func(p *Plan) { p.Activities[0].Date = "" }, "activities[0].date"},
		{"unknown channel", func(p *Plan) { p.Activities[0].Channel = "pigeon" }, "activities[0].channel"},
		{"too many sources", func(p *Plan) { p.Sources = make([]Source, MaxRecords+1); fillSources(p.Sources) }, "sources"},
		{"long expectation", func(p *Plan) { p.Municipalities[0].Expectation = strings.Repeat("x", MaxTextLen+1) }, "municipalities[0].expectation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := toolPlan()
			tt.change(p)
			err := p.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var ps Problems
			if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Field != tt.field {
				t.Fatalf("Validate() = %v, want one problem at %s", err, tt.field)
			}
		})
	}
}

func fillSources(s []Source) {
	for i := range s {
		s[i] = Source{Kind: SourceSurvey, Title: "Undersøkelse", Status: SourceDone}
	}
}

// toolPlan is a sound plan with one record in every stage tool.
func toolPlan() *Plan {
	p := validPlan()
	p.Trust = []TrustAssessment{{Date: "2026-01-10", Municipality: "gol", Answers: map[string]int{"anchoring.political": 4}}}
	p.Sources = []Source{{Kind: SourceRDStudy, Title: "Analyse", Status: SourceInProgress, Date: "2026-02-01"}}
	p.RDBrief = &RDBrief{Questions: "Hva?", Deadline: "2026-05-01"}
	p.ActionAreas = []ActionArea{{Name: "Reiseliv", Benefits: map[MunicipalityID]Benefit{"gol": BenefitDirect, "fla": BenefitNone}}}
	p.Strengths = []Strength{{Task: "Handel", Municipalities: []MunicipalityID{"gol"}}}
	p.FocusGroups = []FocusGroup{{Name: "Mat", Members: []string{"Bonde"}}}
	p.Workshops = []Workshop{{Title: "Verksted", Date: "2026-03-01", Participants: []Participant{ParticipantYouth}}}
	p.Stakeholders = []Stakeholder{{Name: "Ordførerne", Power: 5, Interest: 3}}
	p.Activities = []Activity{{Date: "2026-03-02", Title: "Pressemelding", Channel: ChannelPressRelease}}
	return p
}

func TestTrustSeriesAndFalling(t *testing.T) {
	a := func(date string, v int) TrustAssessment {
		return TrustAssessment{Date: date, Group: GroupBusiness, Answers: map[string]int{"anchoring.political": v, "anchoring.business": v}}
	}
	tests := []struct {
		name    string
		trust   []TrustAssessment
		points  int
		falling bool
	}{
		{"none", nil, 0, false},
		{"one round", []TrustAssessment{a("2026-01-01", 4)}, 1, false},
		{"fall of one", []TrustAssessment{a("2026-01-01", 4), a("2026-06-01", 3)}, 2, true},
		{"rise", []TrustAssessment{a("2026-01-01", 3), a("2026-06-01", 4)}, 2, false},
		{"order by date, not by entry", []TrustAssessment{a("2026-06-01", 4), a("2026-01-01", 5)}, 2, true},
		{"earlier fall, then steady", []TrustAssessment{a("2025-01-01", 5), a("2026-01-01", 3), a("2026-06-01", 3)}, 3, false},
		{"fall of exactly the threshold", []TrustAssessment{a("2026-01-01", 4), a("2026-01-01", 4), a("2026-06-01", 4), a("2026-06-01", 3)}, 2, true},
		{"small fall of a mean", []TrustAssessment{a("2026-01-01", 4), a("2026-01-01", 4), a("2026-01-01", 4), a("2026-01-01", 4),
			a("2026-06-01", 4), a("2026-06-01", 4), a("2026-06-01", 4), a("2026-06-01", 3)}, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			p.Trust = tt.trust
			s := p.TrustSeries(FactorAnchoring)
			if len(s) != tt.points || Falling(s) != tt.falling {
				t.Errorf("series %v, falling %v; want %d points, falling %v", s, Falling(s), tt.points, tt.falling)
			}
			if len(p.TrustSeries(FactorFramework)) != 0 {
				t.Error("a factor nobody answered has points")
			}
		})
	}
}

func TestWithoutBenefit(t *testing.T) {
	p := toolPlan()
	if got := p.WithoutBenefit(); len(got) != 1 || got[0] != "Flå" {
		t.Errorf("WithoutBenefit = %v, want [Flå]", got)
	}
	p.ActionAreas = append(p.ActionAreas, ActionArea{Name: "Energi", Benefits: map[MunicipalityID]Benefit{"fla": BenefitIndirect}})
	if got := p.WithoutBenefit(); len(got) != 0 {
		t.Errorf("WithoutBenefit = %v, want none", got)
	}
	p.ActionAreas = nil
	if got := p.WithoutBenefit(); len(got) != 0 {
		t.Errorf("without action areas: %v, want none", got)
	}
}
