package planmodel

import "sort"

// TrustFactor is one of the five things that, by the Kristiansand case,
// decide the trust between the parties of a cooperation.
type TrustFactor string

// The five trust factors, in the order the case names them.
const (
	FactorSharedGoals TrustFactor = "shared-goals"
	FactorAnchoring   TrustFactor = "anchoring"
	FactorAttitudes   TrustFactor = "attitudes"
	FactorProcesses   TrustFactor = "processes"
	FactorFramework   TrustFactor = "framework"
)

// TrustFactors lists the five factors in the order the app shows them.
var TrustFactors = []TrustFactor{FactorSharedGoals, FactorAnchoring, FactorAttitudes, FactorProcesses, FactorFramework}

// TrustStatement is one statement of the trust self-assessment. Its ID is
// stable, since assessments record their answers under it; the texts live
// in assets/trust.
type TrustStatement struct {
	ID     string
	Factor TrustFactor
}

// TrustStatements are the statements of the self-assessment, two or three per factor.
var TrustStatements = []TrustStatement{
	{"shared-goals.why", FactorSharedGoals},
	{"shared-goals.same-understanding", FactorSharedGoals},
	{"shared-goals.own-benefit", FactorSharedGoals},
	{"anchoring.political", FactorAnchoring},
	{"anchoring.administrative", FactorAnchoring},
	{"anchoring.business", FactorAnchoring},
	{"attitudes.equals", FactorAttitudes},
	{"attitudes.we-not-them", FactorAttitudes},
	{"attitudes.results-for-others", FactorAttitudes},
	{"processes.prepared", FactorProcesses},
	{"processes.follow-up", FactorProcesses},
	{"processes.open", FactorProcesses},
	{"framework.resources", FactorFramework},
	{"framework.roles", FactorFramework},
}

// TrustGroup is a group of people a trust assessment can speak for instead
// of one municipality.
type TrustGroup string

// The groups a trust assessment can be made for.
const (
	GroupPoliticians    TrustGroup = "politicians"
	GroupAdministration TrustGroup = "administration"
	GroupBusiness       TrustGroup = "business"
)

// TrustGroups lists the groups in the order the app offers them.
var TrustGroups = []TrustGroup{GroupPoliticians, GroupAdministration, GroupBusiness}

// MinScore and MaxScore bound an answer to a statement, and power and interest.
const (
	MinScore = 1
	MaxScore = 5
)

// FallingThreshold is how far a factor's mean score must drop between the
// last two assessment rounds to count as falling.
const FallingThreshold = 0.5

// TrustAssessment is one dated self-assessment of the trust factors, made
// for one municipality or one group. It is internal to the cooperation.
type TrustAssessment struct {
	Date         string         `json:"date"`                   // YYYY-MM-DD
	Municipality MunicipalityID `json:"municipality,omitempty"` // set for a municipality's assessment
	// Former is the name of the municipality the assessment was made for
	// when that municipality has since left the plan.
	Former  string         `json:"former,omitempty"`
	Group   TrustGroup     `json:"group,omitempty"`   // set for a group's assessment
	Answers map[string]int `json:"answers,omitempty"` // statement ID → 1–5; unanswered ones are absent
	Comment string         `json:"comment,omitempty"`
}

// FactorMean returns the mean of the answers given for factor f, and false
// when none was answered.
func (a TrustAssessment) FactorMean(f TrustFactor) (float64, bool) {
	sum, n := 0, 0
	for _, s := range TrustStatements {
		if v, ok := a.Answers[s.ID]; ok && s.Factor == f {
			sum += v
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(sum) / float64(n), true
}

// TrustPoint is a factor's mean score over all assessments of one date.
type TrustPoint struct {
	Date  string // YYYY-MM-DD
	Score float64
}

// TrustSeries returns, for factor f, one point per assessment date (a
// round), oldest first: the mean over every answer given for f that day.
func (p *Plan) TrustSeries(f TrustFactor) []TrustPoint {
	type acc struct{ sum, n float64 }
	byDate := map[string]*acc{}
	for _, a := range p.Trust {
		d, err := ParseDate(a.Date)
		if err != nil {
			continue
		}
		key := d.Format("2006-01-02")
		for _, s := range TrustStatements {
			if v, ok := a.Answers[s.ID]; ok && s.Factor == f {
				if byDate[key] == nil {
					byDate[key] = &acc{}
				}
				byDate[key].sum += float64(v)
				byDate[key].n++
			}
		}
	}
	out := make([]TrustPoint, 0, len(byDate))
	for d, a := range byDate {
		out = append(out, TrustPoint{Date: d, Score: a.sum / a.n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// Falling reports whether the last point of a series lies at least
// FallingThreshold below the one before it.
func Falling(series []TrustPoint) bool {
	n := len(series)
	return n >= 2 && series[n-2].Score-series[n-1].Score >= FallingThreshold-1e-9
}

// FallingFactors returns the factors whose score fell between the last two rounds.
func (p *Plan) FallingFactors() []TrustFactor {
	var out []TrustFactor
	for _, f := range TrustFactors {
		if Falling(p.TrustSeries(f)) {
			out = append(out, f)
		}
	}
	return out
}

// Respondent names whom assessment a speaks for: the municipality's name
// (also one that has left the plan), or the group's ID.
func (p *Plan) Respondent(a TrustAssessment) string {
	switch {
	case a.Municipality != "":
		return p.NameOf(a.Municipality)
	case a.Former != "":
		return a.Former
	}
	return string(a.Group)
}

// WithoutInternal returns a copy of the plan without its internal material
// (the trust assessments and the trust notes), for sharing outside the
// cooperation. The copy shares everything else with p; do not change it.
func (p *Plan) WithoutInternal() *Plan {
	c := *p
	c.Trust = nil
	c.TrustNotes = ""
	return &c
}
