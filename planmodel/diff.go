package planmodel

import (
	"fmt"
	"sort"
)

// ChangeKind says how something differs between two versions of a plan.
type ChangeKind string

// The kinds of change Compare finds.
const (
	Added   ChangeKind = "added"
	Removed ChangeKind = "removed"
	Changed ChangeKind = "changed"
)

// ChangeArea is the part of a plan a Change is in.
type ChangeArea string

// The areas Compare looks in.
const (
	AreaPlan         ChangeArea = "plan"
	AreaMunicipality ChangeArea = "municipality"
	AreaMeasure      ChangeArea = "measure"
	AreaCost         ChangeArea = "cost"
	AreaFunding      ChangeArea = "funding"
	AreaShare        ChangeArea = "share"
	AreaDecision     ChangeArea = "decision"
	AreaGoal         ChangeArea = "goal"
	// AreaReanchoring is the re-anchoring after an election: Year is the
	// election's, Name the municipality and Field the step, its old and new
	// value the date the step was done ("" for not done).
	AreaReanchoring ChangeArea = "reanchoring"
)

// Change is one difference between an older and a newer version of a plan:
// in an area, the thing it concerns by name, and for a change the field with
// its old and new value as text.
type Change struct {
	Area  ChangeArea
	Kind  ChangeKind
	Name  string
	Field string
	Old   string
	New   string
	Year  int // the election year of a re-anchoring change, else 0
}

// Compare lists what was added, removed or changed from old to new, area by
// area, in an order a reader can follow.
func Compare(old, new *Plan) []Change {
	var cs []Change
	field := func(area ChangeArea, name, f string, a, b any) {
		if sa, sb := fmt.Sprint(a), fmt.Sprint(b); sa != sb {
			cs = append(cs, Change{Area: area, Kind: Changed, Name: name, Field: f, Old: sa, New: sb})
		}
	}
	field(AreaPlan, new.Name, "name", old.Name, new.Name)
	field(AreaPlan, new.Name, "period", fmt.Sprintf("%d–%d", old.FirstYear, old.LastYear), fmt.Sprintf("%d–%d", new.FirstYear, new.LastYear))
	field(AreaPlan, new.Name, "applicant", old.NameOf(old.Applicant), new.NameOf(new.Applicant))

	byName(&cs, AreaMunicipality, old.Municipalities, new.Municipalities, func(m Municipality) string { return string(m.ID) },
		func(a, b Municipality) {
			field(AreaMunicipality, b.Name, "name", a.Name, b.Name)
			field(AreaMunicipality, b.Name, "population", FormatInt(int64(a.Population)), FormatInt(int64(b.Population)))
			field(AreaMunicipality, b.Name, "standard", a.Standard, b.Standard)
			field(AreaMunicipality, b.Name, "council", a.Council, b.Council)
			field(AreaMunicipality, b.Name, "contact", a.Contact, b.Contact)
		})
	names(&cs, AreaMunicipality, old.Municipalities, new.Municipalities, func(m Municipality) (string, string) { return string(m.ID), m.Name })
	byName(&cs, AreaMeasure, old.Measures, new.Measures, func(m Measure) string { return m.ID },
		func(a, b Measure) {
			field(AreaMeasure, b.Title, "title", a.Title, b.Title)
			field(AreaMeasure, b.Title, "status", a.Status, b.Status)
			field(AreaMeasure, b.Title, "responsible", old.NameOf(a.Responsible), new.NameOf(b.Responsible))
			field(AreaMeasure, b.Title, "cost", FormatInt(a.Cost), FormatInt(b.Cost))
			field(AreaMeasure, b.Title, "years", fmt.Sprintf("%d–%d", a.FirstYear, a.LastYear), fmt.Sprintf("%d–%d", b.FirstYear, b.LastYear))
		})
	names(&cs, AreaMeasure, old.Measures, new.Measures, func(m Measure) (string, string) { return m.ID, m.Title })
	byName(&cs, AreaCost, old.Resources.Costs, new.Resources.Costs, func(c CostItem) string { return c.Title },
		func(a, b CostItem) {
			field(AreaCost, b.Title, "total", FormatInt(a.Amounts.Sum(old.FirstYear, old.LastYear)), FormatInt(b.Amounts.Sum(new.FirstYear, new.LastYear)))
		})
	byName(&cs, AreaFunding, old.Resources.Funding, new.Resources.Funding, func(f FundingSource) string { return f.Name },
		func(a, b FundingSource) {
			field(AreaFunding, b.Name, "total", FormatInt(a.Amounts.Sum(old.FirstYear, old.LastYear)), FormatInt(b.Amounts.Sum(new.FirstYear, new.LastYear)))
		})
	if so, err := old.Shares(); err == nil {
		if sn, err := new.Shares(); err == nil {
			for i, m := range new.Municipalities {
				if j := old.IndexOf(m.ID); j >= 0 && j < len(so.Total) && i < len(sn.Total) {
					field(AreaShare, m.Name, "total", FormatInt(so.Total[j]), FormatInt(sn.Total[i]))
				}
			}
		}
	}
	byName(&cs, AreaDecision, old.Decisions, new.Decisions, func(d Decision) string { return d.ID },
		func(a, b Decision) {
			for _, c := range b.Paths {
				if oc := a.Path(c.Municipality); oc != nil {
					field(AreaDecision, b.Title(Bokmal), "status:"+new.NameOf(c.Municipality), oc.Status(), c.Status())
				}
			}
		})
	names(&cs, AreaDecision, old.Decisions, new.Decisions, func(d Decision) (string, string) { return d.ID, d.Title(Bokmal) })
	byName(&cs, AreaGoal, old.Goals, new.Goals, func(g Goal) string { return g.ID },
		func(a, b Goal) {
			field(AreaGoal, b.Title, "title", a.Title, b.Title)
			field(AreaGoal, b.Title, "target", number(a.Target), number(b.Target))
			field(AreaGoal, b.Title, "deadline", a.Deadline, b.Deadline)
			field(AreaGoal, b.Title, "status", a.Status, b.Status)
			field(AreaGoal, b.Title, "current", latestValue(a), latestValue(b))
		})
	names(&cs, AreaGoal, old.Goals, new.Goals, func(g Goal) (string, string) { return g.ID, g.Title })
	return append(cs, compareReanchorings(old, new)...)
}

// compareReanchorings lists the re-anchorings started since old and every
// step ticked or unticked since, election by election and municipality by
// municipality in the newer plan's order. A re-anchoring new since old is
// compared with one where no step was taken.
func compareReanchorings(old, new *Plan) []Change {
	var cs []Change
	for _, r := range new.Reanchorings {
		before := old.Reanchoring(r.Election)
		if before == nil {
			cs = append(cs, Change{Area: AreaReanchoring, Kind: Added, Year: r.Election})
			before = &Reanchoring{}
		}
		for _, m := range r.Municipalities {
			was := before.find(m.Municipality)
			for _, step := range ReanchorSteps {
				a := ""
				if was != nil {
					a = was.Done[step]
				}
				if b := m.Done[step]; a != b {
					cs = append(cs, Change{Area: AreaReanchoring, Kind: Changed, Year: r.Election, Name: new.NameOf(m.Municipality), Field: step, Old: a, New: b})
				}
			}
		}
	}
	return cs
}

// byName matches the items of two lists by key and reports the ones added
// and removed (named by key, see names) and compares the ones in both.
func byName[T any](cs *[]Change, area ChangeArea, old, new []T, key func(T) string, same func(a, b T)) {
	before := map[string]T{}
	for _, o := range old {
		before[key(o)] = o
	}
	after := map[string]bool{}
	for _, n := range new {
		k := key(n)
		after[k] = true
		if o, ok := before[k]; ok {
			same(o, n)
		} else {
			*cs = append(*cs, Change{Area: area, Kind: Added, Name: k})
		}
	}
	var gone []string
	for k := range before {
		if !after[k] {
			gone = append(gone, k)
		}
	}
	sort.Strings(gone)
	for _, k := range gone {
		*cs = append(*cs, Change{Area: area, Kind: Removed, Name: k})
	}
}

// names replaces the keys byName used for the added and removed items of an
// area with the items' titles.
func names[T any](cs *[]Change, area ChangeArea, old, new []T, keyTitle func(T) (string, string)) {
	title := map[string]string{}
	for _, list := range [][]T{old, new} {
		for _, it := range list {
			k, t := keyTitle(it)
			title[k] = t
		}
	}
	for i := range *cs {
		c := &(*cs)[i]
		if c.Area == area && c.Kind != Changed {
			c.Name = title[c.Name]
		}
	}
}

// number writes an optional figure, or a dash for none.
func number(f *float64) string {
	if f == nil {
		return "–"
	}
	return FormatNumber(*f)
}

// latestValue writes a goal's latest measured value, or a dash for none.
func latestValue(g Goal) string {
	if m, ok := g.Latest(); ok {
		return FormatNumber(m.Value)
	}
	return "–"
}
