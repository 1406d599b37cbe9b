package planmodel

import "time"

// The steps of re-anchoring the plan with a municipality's new council.
const (
	StepBriefed      = "briefed"      // the new council has been briefed on the plan
	StepContacts     = "contacts"     // the municipality has named its new contacts
	StepDecision     = "decision"     // the council has renewed the decision
	StepContribution = "contribution" // the council has confirmed its contribution
)

// ReanchorSteps lists the steps in the order they are usually taken.
var ReanchorSteps = []string{StepBriefed, StepContacts, StepDecision, StepContribution}

// Reanchoring is the work of anchoring the plan anew with the councils
// elected in one election.
type Reanchoring struct {
	Election       int                `json:"election"` // the election year
	Started        time.Time          `json:"started"`
	Municipalities []ReanchorProgress `json:"municipalities"`
}

// ReanchorProgress is how far one municipality has come: the date each step
// was done, by step name.
type ReanchorProgress struct {
	Municipality MunicipalityID    `json:"municipality"`
	Done         map[string]string `json:"done,omitempty"` // step → YYYY-MM-DD
	Note         string            `json:"note,omitempty"`
}

// Complete reports whether the municipality has taken every step.
func (r *ReanchorProgress) Complete() bool {
	for _, s := range ReanchorSteps {
		if r.Done[s] == "" {
			return false
		}
	}
	return true
}

// Reanchoring returns the plan's re-anchoring after the election of the
// given year, or nil when none has been started.
func (p *Plan) Reanchoring(year int) *Reanchoring {
	for i := range p.Reanchorings {
		if p.Reanchorings[i].Election == year {
			return &p.Reanchorings[i]
		}
	}
	return nil
}

// StartReanchoring begins the re-anchoring after the election of year, with
// an empty checklist for every municipality, and returns it.
func (p *Plan) StartReanchoring(year int, now time.Time) *Reanchoring {
	if r := p.Reanchoring(year); r != nil {
		return r
	}
	r := Reanchoring{Election: year, Started: now}
	for _, m := range p.Municipalities {
		r.Municipalities = append(r.Municipalities, ReanchorProgress{Municipality: m.ID})
	}
	p.Reanchorings = append(p.Reanchorings, r)
	return &p.Reanchorings[len(p.Reanchorings)-1]
}

// Progress returns the municipality's progress, adding it when the
// municipality joined after the re-anchoring began.
func (r *Reanchoring) Progress(municipality MunicipalityID) *ReanchorProgress {
	if m := r.find(municipality); m != nil {
		return m
	}
	r.Municipalities = append(r.Municipalities, ReanchorProgress{Municipality: municipality})
	return &r.Municipalities[len(r.Municipalities)-1]
}

// Anchored reports whether the municipality has taken every step.
func (r *Reanchoring) Anchored(municipality MunicipalityID) bool {
	m := r.find(municipality)
	return m != nil && m.Complete()
}

func (r *Reanchoring) find(municipality MunicipalityID) *ReanchorProgress {
	for i := range r.Municipalities {
		if r.Municipalities[i].Municipality == municipality {
			return &r.Municipalities[i]
		}
	}
	return nil
}

// PendingElection returns the earliest election held by now, from the year
// before the plan's period to its end, that the plan has not been
// re-anchored after (no re-anchoring started, or one not complete for every
// municipality), and false when there is none.
func (p *Plan) PendingElection(now time.Time) (Election, bool) {
	for _, e := range p.Elections() {
		if e.Year < p.FirstYear-1 || e.Date.After(now) {
			continue
		}
		r := p.Reanchoring(e.Year)
		if r == nil {
			return e, true
		}
		for _, m := range p.Municipalities {
			if !r.Anchored(m.ID) {
				return e, true
			}
		}
	}
	return Election{}, false
}
