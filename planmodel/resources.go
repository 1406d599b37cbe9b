package planmodel

import "time"

// Yearly holds a whole number per calendar year: kroner for costs and
// funding, hours for work. It is keyed by year rather than aligned to the
// period, so shortening or moving the period never loses a figure: years
// outside the period are kept, left out of every total, and reported by
// Validate until the user removes them or widens the period again.
type Yearly map[int]int64

// Get returns the figure for year, 0 when none is recorded.
func (y Yearly) Get(year int) int64 { return y[year] }

// Sum returns the sum of the figures from first to last, both included.
func (y Yearly) Sum(first, last int) int64 {
	var s int64
	for year, v := range y {
		if year >= first && year <= last {
			s += v
		}
	}
	return s
}

// Set records v for year; 0 forgets the year.
func (y *Yearly) Set(year int, v int64) {
	if v == 0 {
		delete(*y, year)
		return
	}
	if *y == nil {
		*y = Yearly{}
	}
	(*y)[year] = v
}

// outside reports the years with a figure outside first..last, in no order.
func (y Yearly) outside(first, last int) []int {
	var years []int
	for year, v := range y {
		if v != 0 && (year < first || year > last) {
			years = append(years, year)
		}
	}
	return years
}

// CostCategory groups the cost items of a resource plan.
type CostCategory string

// The cost categories, as stored.
const (
	CostProjectManagement CostCategory = "project-management"
	CostAnalysis          CostCategory = "analysis"
	CostWorkshops         CostCategory = "workshops"
	CostCommunication     CostCategory = "communication"
	CostMeasures          CostCategory = "measures"
)

// CostCategories lists the cost categories in the order the app offers them.
var CostCategories = []CostCategory{CostProjectManagement, CostAnalysis, CostWorkshops, CostCommunication, CostMeasures}

// FundingKind says where money comes from.
type FundingKind string

// The kinds of funding, as stored. FundJointShare is the money the
// municipalities put in together and split by the distribution key.
const (
	FundJointShare FundingKind = "joint-share"
	FundCounty     FundingKind = "county"
	FundState      FundingKind = "state-programme"
	FundBusiness   FundingKind = "business-partners"
	FundOther      FundingKind = "other"
)

// FundingKinds lists the kinds of funding in the order the app offers them.
var FundingKinds = []FundingKind{FundJointShare, FundCounty, FundState, FundBusiness, FundOther}

// CostItem is one line of the plan's costs, in whole kroner per year.
type CostItem struct {
	ID       string       `json:"id,omitempty"` // stable across renames; given at the first workbook export
	Title    string       `json:"title"`
	Category CostCategory `json:"category"`
	Amounts  Yearly       `json:"amounts,omitempty"`
	Actual   Yearly       `json:"actual,omitempty"`  // the accounts (regnskap)
	TitleIn  Wording      `json:"titleIn,omitempty"` // the title in the other written standard
}

// FundingSource is one line of the plan's funding, in whole kroner per year.
type FundingSource struct {
	ID      string      `json:"id,omitempty"` // stable across renames; given at the first workbook export
	Name    string      `json:"name"`
	Kind    FundingKind `json:"kind"`
	Amounts Yearly      `json:"amounts,omitempty"`
	Actual  Yearly      `json:"actual,omitempty"` // the money received
	NameIn  Wording     `json:"nameIn,omitempty"` // the name in the other written standard
}

// Resources is the plan's resource and financing plan: costs, funding, how
// the municipalities split their joint share, and the hours they put in.
type Resources struct {
	Costs   []CostItem      `json:"costs,omitempty"`
	Funding []FundingSource `json:"funding,omitempty"`
	Key     DistributionKey `json:"key"`
	// Hours maps a municipality's ID to the hours it contributes per year.
	Hours map[MunicipalityID]Yearly `json:"hours,omitempty"`
	// HoursPerFTE is the number of hours in a full-time year; 0 means DefaultHoursPerFTE.
	HoursPerFTE int `json:"hoursPerFte,omitempty"`
	// Payments maps a municipality's ID to what it was invoiced and has
	// paid of its joint share.
	Payments map[MunicipalityID]Payment `json:"payments,omitempty"`
}

// DefaultHoursPerFTE is the usual Norwegian figure for a full-time year net
// of holidays: 37.5 hours a week over about 45 working weeks.
const DefaultHoursPerFTE = 1695

// FTEHours returns the hours in a full-time year the plan counts with.
func (r *Resources) FTEHours() int {
	if r.HoursPerFTE <= 0 {
		return DefaultHoursPerFTE
	}
	return r.HoursPerFTE
}

// FTE returns hours as full-time equivalents.
func (r *Resources) FTE(hours int64) float64 {
	return float64(hours) / float64(r.FTEHours())
}

// SetHours records the hours a municipality contributes in year.
func (r *Resources) SetHours(municipality MunicipalityID, year int, hours int64) {
	h := r.Hours[municipality]
	h.Set(year, hours)
	if len(h) == 0 {
		delete(r.Hours, municipality)
		return
	}
	if r.Hours == nil {
		r.Hours = map[MunicipalityID]Yearly{}
	}
	r.Hours[municipality] = h
}

// OutsidePeriod reports whether any cost, funding or hours are recorded for
// a year outside first..last.
func (r *Resources) OutsidePeriod(first, last int) bool {
	for _, y := range r.yearlies() {
		if len(y.outside(first, last)) > 0 {
			return true
		}
	}
	return false
}

// DropOutsidePeriod forgets every cost, funding and hours figure recorded
// for a year outside first..last.
func (r *Resources) DropOutsidePeriod(first, last int) {
	for _, y := range r.yearlies() {
		for _, year := range y.outside(first, last) {
			delete(y, year)
		}
	}
}

func (r *Resources) yearlies() []Yearly {
	var ys []Yearly
	for _, c := range r.Costs {
		ys = append(ys, c.Amounts, c.Actual)
	}
	for _, f := range r.Funding {
		ys = append(ys, f.Amounts, f.Actual)
	}
	for _, h := range r.Hours {
		ys = append(ys, h)
	}
	for _, pm := range r.Payments {
		ys = append(ys, pm.Invoiced, pm.Paid)
	}
	return ys
}

// Years returns the years of the plan's period, first to last.
func (p *Plan) Years() []int {
	if p.LastYear < p.FirstYear || p.LastYear-p.FirstYear >= MaxPeriodYears {
		return nil
	}
	years := make([]int, 0, p.LastYear-p.FirstYear+1)
	for y := p.FirstYear; y <= p.LastYear; y++ {
		years = append(years, y)
	}
	return years
}

// ReportYear is the year a status report made at now is for by default: the
// year before now, kept within the plan's period.
func (p *Plan) ReportYear(now time.Time) int {
	return min(max(now.Year()-1, p.FirstYear), p.LastYear)
}

// Budget is the resource plan summed up for the plan's period. The slices
// are aligned to Years.
type Budget struct {
	Years   []int
	Costs   []int64 // all costs per year
	Funding []int64 // all funding per year
	Joint   []int64 // the municipalities' joint share per year

	CostTotal, FundingTotal, JointTotal int64
}

// Balance returns funding minus costs in the year at index i of Years.
func (b Budget) Balance(i int) int64 { return b.Funding[i] - b.Costs[i] }

// BalanceTotal returns funding minus costs over the whole period.
func (b Budget) BalanceTotal() int64 { return b.FundingTotal - b.CostTotal }

// Budget sums the plan's costs and funding per year of its period.
func (p *Plan) Budget() Budget {
	years := p.Years()
	b := Budget{Years: years, Costs: make([]int64, len(years)), Funding: make([]int64, len(years)), Joint: make([]int64, len(years))}
	for i, y := range years {
		for _, c := range p.Resources.Costs {
			b.Costs[i] += c.Amounts.Get(y)
		}
		for _, f := range p.Resources.Funding {
			b.Funding[i] += f.Amounts.Get(y)
			if f.Kind == FundJointShare {
				b.Joint[i] += f.Amounts.Get(y)
			}
		}
		b.CostTotal += b.Costs[i]
		b.FundingTotal += b.Funding[i]
		b.JointTotal += b.Joint[i]
	}
	return b
}
