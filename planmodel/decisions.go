package planmodel

import (
	"strings"
	"time"
)

// DecisionKind says what a joint decision is about.
type DecisionKind string

// The kinds of joint decision the guide's decision path passes through.
const (
	DecisionStart    DecisionKind = "start"    // start of planning
	DecisionAdopt    DecisionKind = "adopt"    // adopting the plan
	DecisionFunding  DecisionKind = "funding"  // funding
	DecisionRevision DecisionKind = "revision" // revision after an election
	DecisionOther    DecisionKind = "other"
)

// DecisionKinds lists the kinds in the order the app offers them.
var DecisionKinds = []DecisionKind{DecisionStart, DecisionAdopt, DecisionFunding, DecisionRevision, DecisionOther}

// CaseStatus is where a decision stands in one body of one municipality.
type CaseStatus string

// The states of a case in a council or committee.
const (
	CaseNotSent       CaseStatus = ""
	CaseSent          CaseStatus = "sent"
	CaseOnAgenda      CaseStatus = "on-agenda"
	CaseAdopted       CaseStatus = "adopted"
	CaseAdoptedChange CaseStatus = "adopted-with-changes"
	CaseRejected      CaseStatus = "rejected"
	CasePostponed     CaseStatus = "postponed"
)

// CaseStatuses lists the states in the order the app offers them.
var CaseStatuses = []CaseStatus{CaseNotSent, CaseSent, CaseOnAgenda, CaseAdopted, CaseAdoptedChange, CaseRejected, CasePostponed}

// Decided reports whether the body has made its decision.
func (s CaseStatus) Decided() bool {
	return s == CaseAdopted || s == CaseAdoptedChange || s == CaseRejected
}

// The placeholders a decision text may use; each draft fills in its own
// municipality's values, so the points are otherwise identical everywhere.
const (
	PlaceholderMunicipality = "{kommune}"
	PlaceholderContribution = "{bidrag}"
)

// DecisionText is a decision's case text in one written standard.
type DecisionText struct {
	Title       string    `json:"title"`
	Summary     string    `json:"summary,omitempty"` // «Saken gjelder» / «Saka gjeld»
	Background  string    `json:"background,omitempty"`
	Assessment  string    `json:"assessment,omitempty"`
	Points      []string  `json:"points,omitempty"` // the proposed decision, numbered
	Attachments []string  `json:"attachments,omitempty"`
	Changed     time.Time `json:"changed"`
}

// Empty reports whether nothing has been written in this version.
func (t DecisionText) Empty() bool {
	return strings.TrimSpace(t.Title+t.Summary+t.Background+t.Assessment) == "" && len(t.Points) == 0
}

// Decision is one joint decision that goes through every participating
// council, with its texts in bokmål and nynorsk and its path per municipality.
type Decision struct {
	ID    string                    `json:"id"`
	Kind  DecisionKind              `json:"kind"`
	Texts map[Standard]DecisionText `json:"texts"`
	Paths []CasePath                `json:"paths,omitempty"`
}

// CasePath is how one municipality treats a decision: its archive case, its
// case officer and the bodies it passes through, in order.
type CasePath struct {
	Municipality MunicipalityID `json:"municipality"`
	ArchiveRef   string         `json:"archiveRef,omitempty"` // arkivsak, e.g. 2027/312
	CaseOfficer  string         `json:"caseOfficer,omitempty"`
	Steps        []CaseStep     `json:"steps,omitempty"`
	Note         string         `json:"note,omitempty"`
}

// CaseStep is one body's treatment of the case.
type CaseStep struct {
	Body       string     `json:"body"`                 // e.g. Formannskapet, Kommunestyret
	CaseNumber string     `json:"caseNumber,omitempty"` // utvalgssak, e.g. 12/27
	Meeting    string     `json:"meeting,omitempty"`    // YYYY-MM-DD
	Status     CaseStatus `json:"status,omitempty"`
	Decided    string     `json:"decided,omitempty"` // YYYY-MM-DD
}

// NewDecision returns a decision of the given kind with a path for each of
// the plan's municipalities through its executive committee and its council.
func (p *Plan) NewDecision(kind DecisionKind) Decision {
	d := Decision{ID: NewID(), Kind: kind, Texts: map[Standard]DecisionText{}}
	p.SyncPaths(&d)
	return d
}

// SyncPaths gives the decision a case path for every municipality of the
// plan, in the plan's order, keeping the paths it has. It reports whether
// anything changed.
func (p *Plan) SyncPaths(d *Decision) bool {
	paths := make([]CasePath, 0, len(p.Municipalities))
	for _, m := range p.Municipalities {
		if c := d.Path(m.ID); c != nil {
			paths = append(paths, *c)
			continue
		}
		council := m.Council
		if council == "" {
			council = "Kommunestyret"
		}
		paths = append(paths, CasePath{Municipality: m.ID, Steps: []CaseStep{{Body: "Formannskapet"}, {Body: council}}})
	}
	changed := len(paths) != len(d.Paths)
	for i := range paths {
		changed = changed || paths[i].Municipality != d.Paths[i].Municipality
	}
	d.Paths = paths
	return changed
}

// Decision returns the plan's decision with the given ID, or nil.
func (p *Plan) Decision(id string) *Decision {
	for i := range p.Decisions {
		if p.Decisions[i].ID == id {
			return &p.Decisions[i]
		}
	}
	return nil
}

// Text returns the decision's text in the given written standard.
func (d *Decision) Text(s Standard) DecisionText { return d.Texts[s] }

// SetText records the decision's text in the given written standard, also
// for a decision read from a file that had no texts at all.
func (d *Decision) SetText(s Standard, t DecisionText) {
	if d.Texts == nil {
		d.Texts = map[Standard]DecisionText{}
	}
	d.Texts[s] = t
}

// Title returns the decision's title in s, or in the other standard when s has none.
func (d *Decision) Title(s Standard) string {
	if t := d.Texts[s].Title; t != "" {
		return t
	}
	return d.Texts[other(s)].Title
}

func other(s Standard) Standard {
	if s == Nynorsk {
		return Bokmal
	}
	return Nynorsk
}

// Path returns the case path of the municipality, or nil.
func (d *Decision) Path(municipality MunicipalityID) *CasePath {
	for i := range d.Paths {
		if d.Paths[i].Municipality == municipality {
			return &d.Paths[i]
		}
	}
	return nil
}

// Status is the municipality's overall state: that of its last body once
// that has decided or the case was stopped earlier, else that of the first
// body that has not adopted it.
func (c *CasePath) Status() CaseStatus {
	for i, s := range c.Steps {
		last := i == len(c.Steps)-1
		switch {
		case s.Status == CaseRejected || s.Status == CasePostponed:
			return s.Status
		case last || !s.Status.Decided():
			return s.Status
		}
	}
	return CaseNotSent
}

// DecisionWarningKind says what a decision warning is about.
type DecisionWarningKind string

// The kinds of decision warnings.
const (
	WarnOverdue      DecisionWarningKind = "overdue"      // a meeting has passed with no decision recorded
	WarnInconsistent DecisionWarningKind = "inconsistent" // some councils adopted, others rejected
	WarnMissingText  DecisionWarningKind = "missing-text" // a written standard in use has no text
	WarnOlderText    DecisionWarningKind = "older-text"   // one standard's text is older than the other's
)

// TextAgeGap is how much later one written standard's text must have been
// changed than the other's before the other counts as older: texts written
// in one sitting, one after the other, are not.
const TextAgeGap = 30 * time.Minute

// DecisionWarning is something about a decision the project leader should see to.
type DecisionWarning struct {
	Kind         DecisionWarningKind
	Municipality MunicipalityID // "" when it concerns the decision as a whole
	Body         string
	Standard     Standard
}

// DecisionWarnings flags what needs attention on the decision as of today: a meeting
// date that has passed while the case is still sent or on the agenda; a
// decision adopted by some councils and rejected by others; and a
// municipality whose written standard has no text, or an older one than the
// other standard.
func (p *Plan) DecisionWarnings(d *Decision, today time.Time) []DecisionWarning {
	var ws []DecisionWarning
	day := today.Format("2006-01-02")
	adopted, rejected := false, false
	for _, c := range d.Paths {
		for _, s := range c.Steps {
			if s.Meeting != "" && s.Meeting < day && !s.Status.Decided() && s.Status != CasePostponed {
				ws = append(ws, DecisionWarning{Kind: WarnOverdue, Municipality: c.Municipality, Body: s.Body})
			}
		}
		switch c.Status() {
		case CaseAdopted, CaseAdoptedChange:
			adopted = true
		case CaseRejected:
			rejected = true
		}
	}
	if adopted && rejected {
		ws = append(ws, DecisionWarning{Kind: WarnInconsistent})
	}
	return append(ws, p.textWarnings(d)...)
}

// textWarnings flags a written standard some municipality writes with no
// text of the decision, or with an older text than the other standard's.
func (p *Plan) textWarnings(d *Decision) []DecisionWarning {
	var ws []DecisionWarning
	for _, std := range []Standard{Bokmal, Nynorsk} {
		if !p.usesStandard(std) {
			continue
		}
		mine, theirs := d.Texts[std], d.Texts[other(std)]
		switch {
		case mine.Empty():
			ws = append(ws, DecisionWarning{Kind: WarnMissingText, Standard: std})
		case !theirs.Empty() && theirs.Changed.Sub(mine.Changed) > TextAgeGap:
			ws = append(ws, DecisionWarning{Kind: WarnOlderText, Standard: std})
		}
	}
	return ws
}

// usesStandard reports whether any of the plan's municipalities writes s.
func (p *Plan) usesStandard(s Standard) bool {
	for i := range p.Municipalities {
		if p.PapersStandard(i) == s {
			return true
		}
	}
	return false
}

// FillPlaceholders puts the municipality's name and its contribution, as
// already formatted text, in place of the placeholders in s.
func FillPlaceholders(s, municipality, contribution string) string {
	return strings.NewReplacer(PlaceholderMunicipality, municipality, PlaceholderContribution, contribution).Replace(s)
}
