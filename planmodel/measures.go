package planmodel

// Scope says whether a measure is shared by the region or belongs to one
// municipality.
type Scope string

// The scopes of a measure, as stored.
const (
	ScopeCommon Scope = "common" // a joint measure (felles tiltak), led by one municipality
	ScopeLocal  Scope = "local"  // a municipality's own measure (lokalt tiltak)
)

// MeasureStatus is how far a measure has come.
type MeasureStatus string

// The states of a measure, as stored.
const (
	MeasureIdea    MeasureStatus = "idea"
	MeasurePlanned MeasureStatus = "planned"
	MeasureRunning MeasureStatus = "running"
	MeasureDone    MeasureStatus = "done"
	MeasureStopped MeasureStatus = "stopped"
)

// MeasureStatuses lists the states in the order the app offers them.
var MeasureStatuses = []MeasureStatus{MeasureIdea, MeasurePlanned, MeasureRunning, MeasureDone, MeasureStopped}

// Measure is one measure (tiltak) of the plan.
type Measure struct {
	ID          string  `json:"id"`
	Title       string  `json:"title"`
	TitleIn     Wording `json:"titleIn,omitempty"` // the title in the other written standard
	Description string  `json:"description,omitempty"`
	Scope       Scope   `json:"scope"`
	// Responsible is the municipality that leads a common measure, or the
	// one a local measure belongs to; empty while nobody has taken it on.
	Responsible MunicipalityID `json:"responsible,omitempty"`
	Area        string         `json:"area,omitempty"` // the action area (innsatsområde)
	QuickWin    bool           `json:"quickWin,omitempty"`
	Status      MeasureStatus  `json:"status"`
	FirstYear   int            `json:"firstYear,omitempty"` // 0 when not yet set
	LastYear    int            `json:"lastYear,omitempty"`
	Cost        int64          `json:"cost,omitempty"` // whole kroner over the measure's life
	// Progress is the measure's status year by year, with a short note.
	Progress []MeasureProgress `json:"progress,omitempty"`
}

// Responsibility is one municipality's part in the plan's measures.
type Responsibility struct {
	Leads []int // indexes in Plan.Measures of the common measures it leads
	Local int   // how many local measures it has
	// LeadsNone is set when the plan has common measures and this
	// municipality leads none of them.
	LeadsNone bool
	// LeadsMost is set when it leads more than half of at least
	// MinCommonForMost common measures.
	LeadsMost bool
}

// MinCommonForMost is the number of common measures from which leading more
// than half of them is flagged; with fewer, someone must lead most.
const MinCommonForMost = 3

// Responsibilities returns, aligned to the plan's municipalities, the
// common measures each one leads and the flags of the responsibility
// overview. Stopped measures do not count.
func (p *Plan) Responsibilities() []Responsibility {
	rs := make([]Responsibility, len(p.Municipalities))
	common := 0
	for j, m := range p.Measures {
		if m.Status == MeasureStopped {
			continue
		}
		if m.Scope == ScopeCommon {
			common++
		}
		i := p.IndexOf(m.Responsible)
		if i < 0 {
			continue
		}
		if m.Scope == ScopeCommon {
			rs[i].Leads = append(rs[i].Leads, j)
		} else {
			rs[i].Local++
		}
	}
	for i := range rs {
		n := len(rs[i].Leads)
		rs[i].LeadsNone = common > 0 && n == 0
		rs[i].LeadsMost = common >= MinCommonForMost && 2*n > common
	}
	return rs
}
