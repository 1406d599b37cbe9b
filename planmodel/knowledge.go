package planmodel

// SourceKind says what kind of knowledge a source gives.
type SourceKind string

// The kinds of knowledge source the guide names.
const (
	SourceStatistics SourceKind = "statistics"
	SourceAnalysis   SourceKind = "analysis"
	SourceSurvey     SourceKind = "survey"
	SourceInterview  SourceKind = "interview"
	SourceRDStudy    SourceKind = "rd-study" // a study commissioned from a research (FoU) provider
)

// SourceKinds lists the kinds in the order the app offers them.
var SourceKinds = []SourceKind{SourceStatistics, SourceAnalysis, SourceSurvey, SourceInterview, SourceRDStudy}

// SourceStatus says how far a knowledge source has come.
type SourceStatus string

// The states of a knowledge source.
const (
	SourcePlanned    SourceStatus = "planned"
	SourceInProgress SourceStatus = "in-progress"
	SourceDone       SourceStatus = "done"
)

// SourceStatuses lists the states in the order the app offers them.
var SourceStatuses = []SourceStatus{SourcePlanned, SourceInProgress, SourceDone}

// Source is one piece of the knowledge base: statistics, an analysis, a
// survey, interviews or a commissioned study.
type Source struct {
	Kind     SourceKind   `json:"kind"`
	Title    string       `json:"title"`
	Author   string       `json:"author,omitempty"` // who made it
	Date     string       `json:"date,omitempty"`   // YYYY-MM-DD
	Status   SourceStatus `json:"status"`
	Summary  string       `json:"summary,omitempty"`
	Findings string       `json:"findings,omitempty"`
}

// RDBrief is the commission for an external study from a research provider:
// the questions, the working group that wrote them, the provider and the deadline.
type RDBrief struct {
	Questions    string `json:"questions,omitempty"`
	WorkingGroup string `json:"workingGroup,omitempty"`
	Provider     string `json:"provider,omitempty"`
	Deadline     string `json:"deadline,omitempty"` // YYYY-MM-DD
}

// Benefit is how much a municipality gains from an action area.
type Benefit string

// The degrees of benefit. A municipality missing from an area's benefits has none.
const (
	BenefitNone     Benefit = "none"
	BenefitIndirect Benefit = "indirect"
	BenefitDirect   Benefit = "direct"
)

// Benefits lists the degrees in the order the app offers them.
var Benefits = []Benefit{BenefitDirect, BenefitIndirect, BenefitNone}

// ActionArea is an innsatsområde: a field of work with potential for the
// region as a whole and its benefit for each municipality.
type ActionArea struct {
	Name            string                     `json:"name"`
	RegionalBenefit string                     `json:"regionalBenefit,omitempty"`
	Benefits        map[MunicipalityID]Benefit `json:"benefits,omitempty"` // municipality ID → benefit
}

// Strength is one row of the strengths and host-functions matrix: a task,
// strength or function, and the municipalities that are good at or host it.
type Strength struct {
	Task           string           `json:"task"`
	Municipalities []MunicipalityID `json:"municipalities,omitempty"`
}

// WithoutBenefit returns the municipalities that gain neither directly nor
// indirectly from any action area, in the plan's order. A plan without
// action areas has none to report.
func (p *Plan) WithoutBenefit() []string {
	if len(p.ActionAreas) == 0 {
		return nil
	}
	var out []string
	for _, m := range p.Municipalities {
		gains := false
		for _, a := range p.ActionAreas {
			if b := a.Benefits[m.ID]; b == BenefitDirect || b == BenefitIndirect {
				gains = true
				break
			}
		}
		if !gains {
			out = append(out, m.Name)
		}
	}
	return out
}
