package workbook

import (
	"slices"
	"strings"

	"regionplan/planmodel"
)

// figures returns where the figures of a line's column kind are kept.
type figures func(kind string) *planmodel.Yearly

// apply puts one row of a sheet into the plan and records what changed.
// title is the row's name, key the line's key from the hidden column
// (empty for a row added in the sheet, and on the municipalities' sheets).
func (rd *reader) apply(sheet, part string, r int, title, key, label string, values map[int]int64, cols []column) {
	var fig figures
	commit := func() {}
	added := false
	if rd.set.gone(key) {
		rd.skip(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "«{{.Title}}» was deleted from the plan after the workbook was exported, or renamed there before it had a key of its own; the row is skipped. Export the workbook again to edit it.", Args: map[string]any{"Title": title}})
		return
	}
	switch part {
	case sheetCosts:
		fig, added = rd.costLine(sheet, r, title, key, label)
	case sheetFunding:
		fig, added = rd.fundingLine(sheet, r, title, key, label)
	default:
		fig, commit = rd.municipalityLine(sheet, r, title, key, part)
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

// lineList is what reading a costs or funding sheet needs of the plan's
// list of lines.
type lineList interface {
	title(i int) string
	// rename gives line i a new title and drops its title in the other
	// written standard, which no longer fits; it returns what it dropped.
	rename(i int, title string) (dropped string)
	budget(i int) int64 // the line's budget over all years
	remove(gone []bool) // deletes the lines marked
	head() string       // the catalogue key of the title column
}

type costList struct{ res *planmodel.Resources }

func (l costList) title(i int) string { return l.res.Costs[i].Title }
func (l costList) budget(i int) int64 { return sum(l.res.Costs[i].Amounts) }
func (l costList) head() string       { return "cost item" }
func (l costList) remove(gone []bool) { l.res.Costs = keep(l.res.Costs, gone) }
func (l costList) rename(i int, title string) string {
	c := &l.res.Costs[i]
	c.Title = title
	return drop(&c.TitleIn)
}

type fundingList struct{ res *planmodel.Resources }

func (l fundingList) title(i int) string { return l.res.Funding[i].Name }
func (l fundingList) budget(i int) int64 { return sum(l.res.Funding[i].Amounts) }
func (l fundingList) head() string       { return "funding source" }
func (l fundingList) remove(gone []bool) { l.res.Funding = keep(l.res.Funding, gone) }
func (l fundingList) rename(i int, title string) string {
	s := &l.res.Funding[i]
	s.Name = title
	return drop(&s.NameIn)
}

// keep returns the items of list not marked gone.
func keep[T any](list []T, gone []bool) []T {
	var out []T
	for i, x := range list {
		if i >= len(gone) || !gone[i] {
			out = append(out, x)
		}
	}
	return out
}

// sum is a line's figures over all years.
func sum(y planmodel.Yearly) int64 {
	var n int64
	for _, v := range y {
		n += v
	}
	return n
}

// drop empties a title's wording in the other written standard and returns
// what it held.
func drop(w *planmodel.Wording) string {
	var texts []string
	for _, t := range *w {
		texts = append(texts, t)
	}
	*w = nil
	slices.Sort(texts)
	return strings.Join(texts, " / ")
}

// lineSet is how the rows of a costs or funding sheet find the plan's
// lines: by the key in the hidden column, else by title. When the sheet
// has the key column, a line that no row took is deleted.
type lineSet struct {
	list    lineList // nil on the municipalities' sheets
	keyCol  int      // the column of the keys, 0 when the sheet has none
	keys    []string // each line's key, as the plan stood when read
	taken   []bool
	present map[string]bool // the keys the sheet's rows hold
	// exported holds the key and title of each line the workbook was
	// exported with; nil when the workbook does not record them.
	exported map[string]string
}

// newLineSet prepares the lines of the sheet part, whose rows hold their
// keys in column keyCol (0 for none).
func (rd *reader) newLineSet(part string, keyCol int, rows [][]string) *lineSet {
	ls := &lineSet{keyCol: keyCol, present: map[string]bool{}, exported: rd.book[part]}
	switch part {
	case sheetCosts:
		ls.list, ls.keys = costList{&rd.p.Resources}, costKeys(rd.p)
	case sheetFunding:
		ls.list, ls.keys = fundingList{&rd.p.Resources}, fundingKeys(rd.p)
	default:
		return ls
	}
	ls.taken = make([]bool, len(ls.keys))
	for _, row := range rows[1:] {
		if keyCol > 0 && keyCol <= len(row) {
			ls.present[strings.TrimSpace(row[keyCol-1])] = true
		}
	}
	return ls
}

// find returns the index of the line that a row with the given key and
// title stands for, and takes it; -1 for a new line. A key names its line
// until another row has taken it (a copied row is a new line); without a
// key the row is the first line of its title that no row's key names.
func (ls *lineSet) find(key, title string) int {
	if key != "" {
		for i, k := range ls.keys {
			if k == key && !ls.taken[i] {
				ls.taken[i] = true
				return i
			}
		}
	}
	for i, k := range ls.keys {
		if !ls.taken[i] && !ls.present[k] && ls.list.title(i) == title {
			ls.taken[i] = true
			return i
		}
	}
	return -1
}

// gone reports whether key names a line the workbook was exported with
// that the plan no longer has.
func (ls *lineSet) gone(key string) bool {
	if ls.list == nil || key == "" {
		return false
	}
	if _, ok := ls.exported[key]; !ok {
		return false
	}
	return !slices.Contains(ls.keys, key)
}

// retitled reports whether the row with key gives its line the title:
// when the row still has the title the line was exported with, the line
// keeps the title it has in the plan now.
func (ls *lineSet) retitled(key, title string) bool {
	was, ok := ls.exported[key]
	return !ok || was != title
}

// renamed records that the row r gave line i a new title.
func (rd *reader) renamed(sheet string, r, i int, title string) {
	ls, std := rd.set, rd.p.DocumentStandard()
	old := ls.list.title(i)
	dropped := ls.list.rename(i, title)
	rd.change(Change{Sheet: sheet, Cell: cell(1, r), Line: title, Column: word(std, ls.list.head()), Old: old, New: title})
	if dropped != "" {
		rd.skip(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "The line was renamed, so its title in the other written standard («{{.Title}}») no longer fits and is dropped; write it again in stage 7.", Args: map[string]any{"Title": dropped}})
	}
}

// deleteMissing deletes the lines of the sheet just read that no row
// took and that the workbook was exported with, when the sheet has the
// key column, and records each as a change. A line added to the plan
// after the export is kept, and a workbook that does not record its
// lines (from an older Regionplan, or made by hand) deletes nothing.
func (rd *reader) deleteMissing(sheet string) {
	ls := rd.set
	if ls.list == nil || ls.keyCol == 0 || ls.exported == nil {
		return
	}
	std := rd.p.DocumentStandard()
	gone := make([]bool, len(ls.keys))
	deleted := false
	for i, taken := range ls.taken {
		if _, exported := ls.exported[ls.keys[i]]; !taken && exported {
			gone[i], deleted = true, true
			rd.change(Change{Sheet: sheet, Line: ls.list.title(i), Column: word(std, colBudget) + " " + word(std, "in all"), Old: planmodel.FormatInt(ls.list.budget(i)), New: "–", Deleted: true})
		}
	}
	if deleted {
		ls.list.remove(gone)
	}
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

func (rd *reader) costLine(sheet string, r int, title, key, label string) (figures, bool) {
	res := &rd.p.Resources
	i := rd.set.find(key, title)
	var cur planmodel.CostCategory
	if i >= 0 {
		cur = res.Costs[i].Category
	}
	cat, ok := labelled(rd, sheet, r, label, "cost ", planmodel.CostCategories, cur, i < 0)
	if !ok {
		return nil, false
	}
	std := rd.p.DocumentStandard()
	added := i < 0
	switch {
	case added:
		res.Costs = append(res.Costs, planmodel.CostItem{Title: title, Category: cat})
		i = len(res.Costs) - 1
		rd.change(Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(std, "category"), Old: "–", New: labelOf(std, "cost "+string(cat)), Added: true})
	case cat != cur:
		res.Costs[i].Category = cat
		rd.change(Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(std, "category"), Old: labelOf(std, "cost "+string(cur)), New: labelOf(std, "cost "+string(cat))})
	}
	if res.Costs[i].Title != title && rd.set.retitled(key, title) {
		rd.renamed(sheet, r, i, title)
	}
	c := &res.Costs[i]
	return func(kind string) *planmodel.Yearly {
		if kind == colActual {
			return &c.Actual
		}
		return &c.Amounts
	}, added
}

func (rd *reader) fundingLine(sheet string, r int, title, key, label string) (figures, bool) {
	res := &rd.p.Resources
	i := rd.set.find(key, title)
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
	switch {
	case added:
		res.Funding = append(res.Funding, planmodel.FundingSource{Name: title, Kind: kind})
		i = len(res.Funding) - 1
		rd.change(Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(std, "kind"), Old: "–", New: labelOf(std, "fund "+string(kind)), Added: true})
	case kind != cur:
		res.Funding[i].Kind = kind
		rd.change(Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(std, "kind"), Old: labelOf(std, "fund "+string(cur)), New: labelOf(std, "fund "+string(kind))})
	}
	if res.Funding[i].Name != title && rd.set.retitled(key, title) {
		rd.renamed(sheet, r, i, title)
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
// (with a problem) when the plan has no such municipality. The row's key,
// when the plan has a municipality of that ID, names it even when the
// municipality was renamed since the export.
func (rd *reader) municipalityLine(sheet string, r int, name, key, part string) (figures, func()) {
	id := rd.p.IDOf(name)
	if byKey := planmodel.MunicipalityID(key); key != "" && rd.p.IndexOf(byKey) >= 0 && byKey != id {
		id = byKey
		rd.skip(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "The row is headed «{{.Title}}», but its hidden key says it is {{.Name}}'s: its figures are read as {{.Name}}'s, and no municipality is renamed.", Args: map[string]any{"Title": name, "Name": rd.p.NameOf(byKey)}})
	}
	if id == "" {
		rd.problem(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": name}})
		return nil, nil
	}
	res := &rd.p.Resources
	if part == sheetHours {
		h := res.Hours[id]
		return func(string) *planmodel.Yearly { return &h }, func() {
			if len(h) == 0 {
				delete(res.Hours, id)
				return
			}
			if res.Hours == nil {
				res.Hours = map[planmodel.MunicipalityID]planmodel.Yearly{}
			}
			res.Hours[id] = h
		}
	}
	pm := res.Payments[id]
	return func(kind string) *planmodel.Yearly {
			if kind == colPaid {
				return &pm.Paid
			}
			return &pm.Invoiced
		}, func() {
			if len(pm.Invoiced) == 0 && len(pm.Paid) == 0 {
				delete(res.Payments, id)
				return
			}
			if res.Payments == nil {
				res.Payments = map[planmodel.MunicipalityID]planmodel.Payment{}
			}
			res.Payments[id] = pm
		}
}
