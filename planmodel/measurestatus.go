package planmodel

import "sort"

// MeasureProgress is how a measure stood in one year, with a short note on
// what was done.
type MeasureProgress struct {
	Year   int           `json:"year"`
	Status MeasureStatus `json:"status"`
	Note   string        `json:"note,omitempty"`
}

// YearStatuses lists the states a measure can have in a year, in the order
// the app offers them.
var YearStatuses = []MeasureStatus{MeasurePlanned, MeasureRunning, MeasureDone, MeasureStopped}

// MaxProgressNote is the longest progress note.
const MaxProgressNote = 1000

// ProgressIn returns the progress recorded for year, and false when none is.
func (m *Measure) ProgressIn(year int) (MeasureProgress, bool) {
	for _, pr := range m.Progress {
		if pr.Year == year {
			return pr, true
		}
	}
	return MeasureProgress{}, false
}

// StatusIn returns the measure's status in year: the one recorded for the
// latest year up to year, or the measure's own status when none is.
func (m *Measure) StatusIn(year int) MeasureStatus {
	best, found := 0, false
	st := m.Status
	for _, pr := range m.Progress {
		if pr.Year <= year && (!found || pr.Year >= best) {
			best, found, st = pr.Year, true, pr.Status
		}
	}
	return st
}

// SetProgress records the measure's status and note for year, replacing
// what that year had, and keeps the years in order.
func (m *Measure) SetProgress(year int, status MeasureStatus, note string) {
	for i := range m.Progress {
		if m.Progress[i].Year == year {
			m.Progress[i] = MeasureProgress{Year: year, Status: status, Note: note}
			return
		}
	}
	m.Progress = append(m.Progress, MeasureProgress{Year: year, Status: status, Note: note})
	sort.SliceStable(m.Progress, func(i, j int) bool { return m.Progress[i].Year < m.Progress[j].Year })
}

// MeasuresIn returns the indexes of the measures whose status in year is
// one of the given states.
func (p *Plan) MeasuresIn(year int, states ...MeasureStatus) []int {
	var out []int
	for i := range p.Measures {
		st := p.Measures[i].StatusIn(year)
		for _, s := range states {
			if st == s {
				out = append(out, i)
				break
			}
		}
	}
	return out
}
