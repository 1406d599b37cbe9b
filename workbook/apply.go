package workbook

import (
	"strings"

	"regionplan/planmodel"
)

// figures returns where the figures of a line's column kind are kept.
type figures func(kind string) *planmodel.Yearly

// apply puts one row of a sheet into the plan and records what changed.
// title is the row's name, n how many rows of that name came before it.
func (rd *reader) apply(sheet, part string, r int, title string, n int, label string, values map[int]int64, cols []column) {
	var fig figures
	commit := func() {}
	added := false
	switch part {
	case sheetCosts:
		fig, added = rd.costLine(sheet, r, title, n, label)
	case sheetFunding:
		fig, added = rd.fundingLine(sheet, r, title, n, label)
	default:
		fig, commit = rd.municipalityLine(sheet, r, title, part)
	}
	if fig == nil {
		return
	}
	defer commit()
	for _, c := range cols {
		y := fig(c.kind)
		old, v := y.Get(c.year), values[c.index]
		if old == v {
			continue
		}
		y.Set(c.year, v)
		rd.change(Change{Sheet: sheet, Cell: cell(c.index, r), Line: title, Column: c.head, Old: amount(old, added), New: amount(v, false), Added: added})
	}
}

func (rd *reader) change(c Change) { rd.r.Changes = append(rd.r.Changes, c) }

// amount writes a figure for a change: "–" for a line that did not exist.
func amount(v int64, none bool) string {
	if none {
		return "–"
	}
	return planmodel.FormatInt(v)
}

// nth returns the index of the n-th line (from 0) whose name is title.
func nth(count int, name func(int) string, title string, n int) int {
	for i := range count {
		if name(i) == title {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return -1
}

// kindOf reads a cost category or kind of funding from its label in
// either standard, or as stored.
func kindOf[K ~string](label, prefix string, kinds []K) (K, bool) {
	for _, k := range kinds {
		if is(label, prefix+string(k)) || label == string(k) {
			return k, true
		}
	}
	return "", false
}

// labelled works out a line's category or kind from its label: the line's
// own when the label is empty or unchanged, a new one when it names one,
// and false (with a problem) when it names none.
func labelled[K ~string](rd *reader, sheet string, r int, label, prefix string, kinds []K, current K, isNew bool) (K, bool) {
	if label == "" && !isNew {
		return current, true
	}
	k, ok := kindOf(label, prefix, kinds)
	if !ok {
		var names []string
		for _, k := range kinds {
			names = append(names, labelOf(rd.p.DocumentStandard(), prefix+string(k)))
		}
		rd.problem(planmodel.Problem{Field: place(sheet, cell(2, r)), Message: "«{{.Label}}» is not one of these: {{.Names}}.", Args: map[string]any{"Label": label, "Names": strings.Join(names, ", ")}})
		return "", false
	}
	return k, true
}

func (rd *reader) costLine(sheet string, r int, title string, n int, label string) (figures, bool) {
	res := &rd.p.Resources
	i := nth(len(res.Costs), func(i int) string { return res.Costs[i].Title }, title, n)
	var cur planmodel.CostCategory
	if i >= 0 {
		cur = res.Costs[i].Category
	}
	cat, ok := labelled(rd, sheet, r, label, "cost ", planmodel.CostCategories, cur, i < 0)
	if !ok {
		return nil, false
	}
	added := i < 0
	if added {
		res.Costs = append(res.Costs, planmodel.CostItem{Title: title, Category: cat})
		i = len(res.Costs) - 1
		rd.change(Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(rd.p.DocumentStandard(), "category"), Old: "–", New: labelOf(rd.p.DocumentStandard(), "cost "+string(cat)), Added: true})
	} else if cat != cur {
		res.Costs[i].Category = cat
		std := rd.p.DocumentStandard()
		rd.change(Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(std, "category"), Old: labelOf(std, "cost "+string(cur)), New: labelOf(std, "cost "+string(cat))})
	}
	c := &res.Costs[i]
	return func(kind string) *planmodel.Yearly {
		if kind == colActual {
			return &c.Actual
		}
		return &c.Amounts
	}, added
}

func (rd *reader) fundingLine(sheet string, r int, title string, n int, label string) (figures, bool) {
	res := &rd.p.Resources
	i := nth(len(res.Funding), func(i int) string { return res.Funding[i].Name }, title, n)
	var cur planmodel.FundingKind
	if i >= 0 {
		cur = res.Funding[i].Kind
	}
	kind, ok := labelled(rd, sheet, r, label, "fund ", planmodel.FundingKinds, cur, i < 0)
	if !ok {
		return nil, false
	}
	std := rd.p.DocumentStandard()
	added := i < 0
	if added {
		res.Funding = append(res.Funding, planmodel.FundingSource{Name: title, Kind: kind})
		i = len(res.Funding) - 1
		rd.change(Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(std, "kind"), Old: "–", New: labelOf(std, "fund "+string(kind)), Added: true})
	} else if kind != cur {
		res.Funding[i].Kind = kind
		rd.change(Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(std, "kind"), Old: labelOf(std, "fund "+string(cur)), New: labelOf(std, "fund "+string(kind))})
	}
	s := &res.Funding[i]
	return func(kind string) *planmodel.Yearly {
		if kind == colReceived {
			return &s.Actual
		}
		return &s.Amounts
	}, added
}

// municipalityLine returns where a municipality's payments or hours are
// kept while a row is read, and the function that puts them back; nil
// (with a problem) when the plan has no such municipality.
func (rd *reader) municipalityLine(sheet string, r int, name, part string) (figures, func()) {
	if rd.p.MunicipalityIndex(name) < 0 {
		rd.problem(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": name}})
		return nil, nil
	}
	res := &rd.p.Resources
	if part == sheetHours {
		h := res.Hours[name]
		return func(string) *planmodel.Yearly { return &h }, func() {
			if len(h) == 0 {
				delete(res.Hours, name)
				return
			}
			if res.Hours == nil {
				res.Hours = map[string]planmodel.Yearly{}
			}
			res.Hours[name] = h
		}
	}
	pm := res.Payments[name]
	return func(kind string) *planmodel.Yearly {
			if kind == colPaid {
				return &pm.Paid
			}
			return &pm.Invoiced
		}, func() {
			if len(pm.Invoiced) == 0 && len(pm.Paid) == 0 {
				delete(res.Payments, name)
				return
			}
			if res.Payments == nil {
				res.Payments = map[string]planmodel.Payment{}
			}
			res.Payments[name] = pm
		}
}
