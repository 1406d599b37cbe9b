// Package planmodel holds the domain of a shared regional business plan:
// the plan, its municipalities and the state of its checklists, with
// validation and the pure computations over them. It knows nothing of the
// window, the storage or the documents.
package planmodel

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"time"
)

// Standard is a written standard of Norwegian: the one a municipality's
// council papers are written in.
type Standard string

// The two written standards, and Neutral: a municipality whose language
// decision is neutral, whose papers follow the plan's own standard.
const (
	Bokmal  Standard = "nb"
	Nynorsk Standard = "nn"
	Neutral Standard = "neutral"
)

// OrgForm says how the cooperation is organised.
type OrgForm string

// The organisation forms the guide names.
const (
	OrgBusinessCooperation OrgForm = "business-cooperation"
	OrgRegionalCouncil     OrgForm = "regional-council"
	OrgWorkingGroup        OrgForm = "working-group"
	OrgProjectGroup        OrgForm = "project-group"
)

// OrgForms lists the organisation forms in the order the app offers them.
var OrgForms = []OrgForm{OrgBusinessCooperation, OrgRegionalCouncil, OrgWorkingGroup, OrgProjectGroup}

// Plan is one shared regional business plan and everything recorded about it.
type Plan struct {
	ID        string         `json:"id"`
	Name      string         `json:"name"`
	Region    string         `json:"region"`
	FirstYear int            `json:"firstYear"`
	LastYear  int            `json:"lastYear"`
	Applicant MunicipalityID `json:"applicant"` // the applicant municipality
	OrgForm   OrgForm        `json:"orgForm"`
	Leader    string         `json:"leader"`             // the project leader
	NameIn    Wording        `json:"nameIn,omitempty"`   // the name in the other written standard
	LeaderIn  Wording        `json:"leaderIn,omitempty"` // the leader's title in the other standard
	Contact   string         `json:"contact"`            // how to reach the project leader
	Steering  []string       `json:"steering,omitempty"`
	Example   bool           `json:"example,omitempty"` // an example plan from the case documents
	// Standard is the written standard of the plan's own documents (the
	// resource plan, overviews); each municipality's papers follow its own.
	Standard Standard  `json:"standard,omitempty"`
	Created  time.Time `json:"created"`
	Updated  time.Time `json:"updated"`

	Municipalities []Municipality `json:"municipalities"`
	// Checklist maps a checklist item's id to its state. Items never ticked are absent.
	Checklist map[string]ItemState `json:"checklist,omitempty"`

	Decisions []Decision `json:"decisions,omitempty"`

	Goals []Goal `json:"goals,omitempty"`
	// ElectionDates holds the election days the plan corrects, by year, as
	// YYYY-MM-DD; other years use DefaultElectionDate.
	ElectionDates map[int]string `json:"electionDates,omitempty"`
	// PathMargin is how far, in per cent of the way, a goal's last
	// measurement may lie behind its path; 0 means DefaultPathMargin.
	PathMargin   int           `json:"pathMargin,omitempty"`
	Reanchorings []Reanchoring `json:"reanchorings,omitempty"`
	// Resources is the resource and financing plan; plans saved before it
	// existed load with an empty one.
	Resources Resources `json:"resources"`
	Measures  []Measure `json:"measures,omitempty"`
	// The stage tools (issue 7). Trust and TrustNotes are internal: see WithoutInternal.
	Trust             []TrustAssessment `json:"trust,omitempty"`
	TrustNotes        string            `json:"trustNotes,omitempty"`
	Sources           []Source          `json:"sources,omitempty"`
	RDBrief           *RDBrief          `json:"rdBrief,omitempty"`
	ActionAreas       []ActionArea      `json:"actionAreas,omitempty"`
	Strengths         []Strength        `json:"strengths,omitempty"`
	FocusGroups       []FocusGroup      `json:"focusGroups,omitempty"`
	Workshops         []Workshop        `json:"workshops,omitempty"`
	Stakeholders      []Stakeholder     `json:"stakeholders,omitempty"`
	Activities        []Activity        `json:"activities,omitempty"`
	MediaPreparedness string            `json:"mediaPreparedness,omitempty"`
}

// Municipality is one of the municipalities that take part in the plan.
// Everything else in the plan refers to it by its ID.
type Municipality struct {
	ID             MunicipalityID `json:"id"`
	Name           string         `json:"name"`
	Number         string         `json:"number"` // kommunenummer, four digits
	Population     int            `json:"population"`
	PopulationDate string         `json:"populationDate"` // YYYY-MM-DD the population was counted
	AreaKm2        float64        `json:"areaKm2"`
	Standard       Standard       `json:"standard"`
	Council        string         `json:"council"` // name of the council, e.g. "Kommunestyret"
	Contact        string         `json:"contact"`
	Expectation    string         `json:"expectation,omitempty"` // the benefit it expects from the cooperation
	Papers         Papers         `json:"papers,omitzero"`       // how its case system heads council papers
}

// Status is the state of one checklist item.
type Status string

// The states of a checklist item.
const (
	Open        Status = ""
	Done        Status = "done"
	NotRelevant Status = "not-relevant"
)

// ItemState records what the user said about one checklist item.
type ItemState struct {
	Status  Status    `json:"status,omitempty"`
	Note    string    `json:"note,omitempty"`
	Changed time.Time `json:"changed"`
}

// NewID returns a fresh random plan ID of twelve hex digits.
func NewID() string {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("planmodel: no randomness: " + err.Error())
	}
	return hex.EncodeToString(b[:])
}

// New returns an empty plan with a fresh ID, a four-year period starting
// next year, and its creation time set to now.
func New(name string, now time.Time) *Plan {
	return &Plan{
		ID:        NewID(),
		Name:      name,
		FirstYear: now.Year() + 1,
		LastYear:  now.Year() + 4,
		OrgForm:   OrgWorkingGroup,
		Created:   now,
		Updated:   now,
		Checklist: map[string]ItemState{},
	}
}

// Item returns the state of the checklist item with the given id.
func (p *Plan) Item(id string) ItemState {
	return p.Checklist[id]
}

// SetItem records a new status and note for a checklist item, dated now.
// The date changes only when the status or note does.
func (p *Plan) SetItem(id string, status Status, note string, now time.Time) {
	old := p.Checklist[id]
	if old.Status == status && old.Note == note {
		return
	}
	if p.Checklist == nil {
		p.Checklist = map[string]ItemState{}
	}
	if status == Open && note == "" {
		delete(p.Checklist, id)
		return
	}
	p.Checklist[id] = ItemState{Status: status, Note: note, Changed: now}
}

// Clone returns a deep copy of the plan, for work done in the background
// while the plan goes on changing.
func (p *Plan) Clone() *Plan {
	data, err := json.Marshal(p)
	if err != nil {
		panic("planmodel: a plan that cannot be encoded: " + err.Error())
	}
	var c Plan
	if err := json.Unmarshal(data, &c); err != nil {
		panic("planmodel: a plan that cannot be decoded: " + err.Error())
	}
	return &c
}

// DocumentStandard is the written standard of the plan's own documents:
// Standard, or when none is chosen the majority of the municipalities'
// papers (bokmål on a tie). The plan's free texts are written in it.
func (p *Plan) DocumentStandard() Standard {
	switch p.Standard {
	case Nynorsk, Bokmal:
		return p.Standard
	}
	n := 0 // unset: the majority of the municipalities' papers, bokmål on a tie
	for _, m := range p.Municipalities {
		switch m.Standard {
		case Nynorsk:
			n++
		case Bokmal:
			n--
		}
	}
	if n > 0 {
		return Nynorsk
	}
	return Bokmal
}

// PapersStandard is the written standard of municipality i's papers: its
// own, or the plan's when the municipality is neutral.
func (p *Plan) PapersStandard(i int) Standard {
	if s := p.Municipalities[i].Standard; s == Bokmal || s == Nynorsk {
		return s
	}
	return p.DocumentStandard()
}

// Population returns the sum of the municipalities' populations.
func (p *Plan) Population() int {
	sum := 0
	for _, m := range p.Municipalities {
		sum += m.Population
	}
	return sum
}

// MunicipalityIndex returns the index of the municipality with the given
// name, or -1 when the plan has none by that name. References within the
// plan use IDs (see IndexOf); names are for what people type and read.
func (p *Plan) MunicipalityIndex(name string) int {
	for i, m := range p.Municipalities {
		if m.Name == name {
			return i
		}
	}
	return -1
}
