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

// Change is one difference between an older and a newer version of a plan:
// in an area (plan, municipality, measure, cost, funding, share, decision,
// goal), the thing it concerns by name, and for a change the field with its
// old and new value as text.
type Change struct {
	Area  string
	Kind  ChangeKind
	Name  string
	Field string
	Old   string
	New   string
}

// Compare lists what was added, removed or changed from old to new, area by
// area, in an order a reader can follow.
func Compare(old, new *Plan) []Change {
	var cs []Change
	field := func(area, name, f string, a, b any) {
		if sa, sb := fmt.Sprint(a), fmt.Sprint(b); sa != sb {
			cs = append(cs, Change{Area: area, Kind: Changed, Name: name, Field: f, Old: sa, New: sb})
		}
	}
	field("plan", new.Name, "name", old.Name, new.Name)
	field("plan", new.Name, "period", fmt.Sprintf("%d–%d", old.FirstYear, old.LastYear), fmt.Sprintf("%d–%d", new.FirstYear, new.LastYear))
	field("plan", new.Name, "applicant", old.Applicant, new.Applicant)

	byName(&cs, "municipality", old.Municipalities, new.Municipalities, func(m Municipality) string { return m.Name },
		func(a, b Municipality) {
			field("municipality", b.Name, "population", FormatInt(int64(a.Population)), FormatInt(int64(b.Population)))
			field("municipality", b.Name, "standard", a.Standard, b.Standard)
			field("municipality", b.Name, "council", a.Council, b.Council)
			field("municipality", b.Name, "contact", a.Contact, b.Contact)
		})
	byName(&cs, "measure", old.Measures, new.Measures, func(m Measure) string { return m.ID },
		func(a, b Measure) {
			field("measure", b.Title, "title", a.Title, b.Title)
			field("measure", b.Title, "status", a.Status, b.Status)
			field("measure", b.Title, "responsible", a.Responsible, b.Responsible)
			field("measure", b.Title, "cost", FormatInt(a.Cost), FormatInt(b.Cost))
			field("measure", b.Title, "years", fmt.Sprintf("%d–%d", a.FirstYear, a.LastYear), fmt.Sprintf("%d–%d", b.FirstYear, b.LastYear))
		})
	names(&cs, "measure", old.Measures, new.Measures, func(m Measure) (string, string) { return m.ID, m.Title })
	byName(&cs, "cost", old.Resources.Costs, new.Resources.Costs, func(c CostItem) string { return c.Title },
		func(a, b CostItem) {
			field("cost", b.Title, "total", FormatInt(a.Amounts.Sum(old.FirstYear, old.LastYear)), FormatInt(b.Amounts.Sum(new.FirstYear, new.LastYear)))
		})
	byName(&cs, "funding", old.Resources.Funding, new.Resources.Funding, func(f FundingSource) string { return f.Name },
		func(a, b FundingSource) {
			field("funding", b.Name, "total", FormatInt(a.Amounts.Sum(old.FirstYear, old.LastYear)), FormatInt(b.Amounts.Sum(new.FirstYear, new.LastYear)))
		})
	if so, err := old.Shares(); err == nil {
		if sn, err := new.Shares(); err == nil {
			for i, m := range new.Municipalities {
				if j := old.MunicipalityIndex(m.Name); j >= 0 && j < len(so.Total) && i < len(sn.Total) {
					field("share", m.Name, "total", FormatInt(so.Total[j]), FormatInt(sn.Total[i]))
				}
			}
		}
	}
	byName(&cs, "decision", old.Decisions, new.Decisions, func(d Decision) string { return d.ID },
		func(a, b Decision) {
			for _, c := range b.Paths {
				if oc := a.Path(c.Municipality); oc != nil {
					field("decision", b.Title(Bokmal), "status:"+c.Municipality, oc.Status(), c.Status())
				}
			}
		})
	names(&cs, "decision", old.Decisions, new.Decisions, func(d Decision) (string, string) { return d.ID, d.Title(Bokmal) })
	byName(&cs, "goal", old.Goals, new.Goals, func(g Goal) string { return g.ID },
		func(a, b Goal) {
			field("goal", b.Title, "title", a.Title, b.Title)
			field("goal", b.Title, "target", number(a.Target), number(b.Target))
			field("goal", b.Title, "deadline", a.Deadline, b.Deadline)
			field("goal", b.Title, "status", a.Status, b.Status)
			field("goal", b.Title, "current", latestValue(a), latestValue(b))
		})
	names(&cs, "goal", old.Goals, new.Goals, func(g Goal) (string, string) { return g.ID, g.Title })
	return cs
}

// byName matches the items of two lists by key and reports the ones added
// and removed (named by key, see names) and compares the ones in both.
func byName[T any](cs *[]Change, area string, old, new []T, key func(T) string, same func(a, b T)) {
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
func names[T any](cs *[]Change, area string, old, new []T, keyTitle func(T) (string, string)) {
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
