package workbook

import (
	"slices"
	"strings"

	"regionplan/planmodel"
)

// apply puts one row of a sheet into the plan and records what changed.
// title is the row's name, key the line's key from the hidden column
// (empty for a row added in the sheet). Each cell is compared three ways
// when the workbook records what it was exported with (see merge).
func (rd *reader) apply(sheet, part string, r int, title, key, label string, values map[int]int64, cols []column) {
	if rd.set.gone(key) {
		rd.skip(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "«{{.Title}}» was deleted from the plan after the workbook was exported, or renamed there before it had a key of its own; the row is skipped. Export the workbook again to edit it.", Args: map[string]any{"Title": title}})
		return
	}
	var ref lineRef
	var added, ok bool
	if rd.set.list != nil {
		ref, added, ok = rd.listLine(sheet, part, r, title, key, label)
	} else {
		ref, ok = rd.municipalityLine(sheet, r, title, key, part)
	}
	if !ok {
		return
	}
	known := !added && key != "" && rd.keyOf(ref) == key
	res := &rd.p.Resources
	for _, c := range cols {
		old, v := ref.yearly(res, c.kind).Get(c.year), values[c.index]
		exported, recorded := rd.rec.figure(part, key, c.kind, c.year)
		ch := Change{Sheet: sheet, Cell: cell(c.index, r), Line: title, Column: c.head, Old: amount(old, added), New: amount(v, false), Added: added}
		switch merge(exported, known && recorded, old, v) {
		case kept:
			rd.kept++
		case take:
			ref.set(res, c.kind, c.year, v)
			rd.change(ch)
		case conflict:
			rd.conflict(ch, planmodel.FormatInt(exported), target{ref: ref, kind: c.kind, year: c.year, value: v})
		}
	}
}

// keyOf returns the key of the line ref names, as the plan stands.
func (rd *reader) keyOf(ref lineRef) string {
	if rd.set.list != nil {
		return rd.set.keys[ref.index]
	}
	return string(ref.id)
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
	kind(i int) string  // the line's category or kind of funding
	setKind(i int, kind string)
	add(title, kind string) int // appends a line and returns its place
	// kinds returns the catalogue prefix of the labels, the catalogue key
	// of the label column, and the categories or kinds there are.
	kinds() (prefix, head string, keys []string)
}

// listOf returns the list of lines of part, costs or funding.
func listOf(res *planmodel.Resources, part string) lineList {
	if part == sheetCosts {
		return costList{res}
	}
	return fundingList{res}
}

type costList struct{ res *planmodel.Resources }

func (l costList) title(i int) string { return l.res.Costs[i].Title }
func (l costList) budget(i int) int64 { return sum(l.res.Costs[i].Amounts) }
func (l costList) head() string       { return "cost item" }
func (l costList) remove(gone []bool) { l.res.Costs = keep(l.res.Costs, gone) }
func (l costList) kind(i int) string  { return string(l.res.Costs[i].Category) }
func (l costList) setKind(i int, k string) {
	l.res.Costs[i].Category = planmodel.CostCategory(k)
}
func (l costList) add(title, k string) int {
	l.res.Costs = append(l.res.Costs, planmodel.CostItem{Title: title, Category: planmodel.CostCategory(k)})
	return len(l.res.Costs) - 1
}
func (l costList) kinds() (string, string, []string) {
	return "cost ", "category", strs(planmodel.CostCategories)
}
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
func (l fundingList) kind(i int) string  { return string(l.res.Funding[i].Kind) }
func (l fundingList) setKind(i int, k string) {
	l.res.Funding[i].Kind = planmodel.FundingKind(k)
}
func (l fundingList) add(title, k string) int {
	l.res.Funding = append(l.res.Funding, planmodel.FundingSource{Name: title, Kind: planmodel.FundingKind(k)})
	return len(l.res.Funding) - 1
}
func (l fundingList) kinds() (string, string, []string) {
	return "fund ", "kind", strs(planmodel.FundingKinds)
}
func (l fundingList) rename(i int, title string) string {
	s := &l.res.Funding[i]
	s.Name = title
	return drop(&s.NameIn)
}

// strs returns the keys as plain strings.
func strs[K ~string](keys []K) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = string(k)
	}
	return out
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
	part    string
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
	ls := &lineSet{part: part, keyCol: keyCol, present: map[string]bool{}, exported: rd.rec.titles[part]}
	switch part {
	case sheetCosts:
		ls.keys = costKeys(rd.p)
	case sheetFunding:
		ls.keys = fundingKeys(rd.p)
	default:
		return ls
	}
	ls.list = listOf(&rd.p.Resources, part)
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
// key column, and records each as a change; a line changed in the plan
// since the export is a conflict instead, and stays unless chosen. A line
// added to the plan after the export is kept, and a workbook that does
// not record its lines (from an older Regionplan, or made by hand) deletes
// nothing.
func (rd *reader) deleteMissing(sheet string) {
	ls := rd.set
	if ls.list == nil || ls.keyCol == 0 || ls.exported == nil {
		return
	}
	std := rd.p.DocumentStandard()
	gone := make([]bool, len(ls.keys))
	for i, taken := range ls.taken {
		if _, exported := ls.exported[ls.keys[i]]; taken || !exported {
			continue
		}
		ch := Change{Sheet: sheet, Line: ls.list.title(i), Column: word(std, colBudget) + " " + word(std, "in all"), Old: planmodel.FormatInt(ls.list.budget(i)), New: "–", Deleted: true}
		if rd.changedSinceExport(i) {
			rd.conflict(ch, "", target{ref: lineRef{part: ls.part, index: i}, kind: toDelete})
			continue
		}
		gone[i] = true
		rd.change(ch)
	}
	ls.list.remove(gone)
	rd.r.reindex(ls.part, gone)
}

// changedSinceExport reports whether line i of the sheet being read has a
// title, category or kind, or figure other than the workbook records it
// was exported with; false when the workbook records only its lines.
func (rd *reader) changedSinceExport(i int) bool {
	ls, rec := rd.set, rd.rec
	key := ls.keys[i]
	if rec.version < 2 {
		return false
	}
	if ls.list.title(i) != ls.exported[key] {
		return true
	}
	if k, ok := rec.label(ls.part, key); !ok || k != ls.list.kind(i) {
		return true
	}
	ref := lineRef{part: ls.part, index: i}
	for _, kind := range inputs[ls.part] {
		y := ref.yearly(&rd.p.Resources, kind)
		for _, year := range rec.years {
			if v, ok := rec.figure(ls.part, key, kind, year); !ok || v != y.Get(year) {
				return true
			}
		}
	}
	return false
}

// kindOf reads a cost category or kind of funding from its label in
// either standard, or as stored.
func kindOf(label, prefix string, kinds []string) (string, bool) {
	for _, k := range kinds {
		if is(label, prefix+k) || label == k {
			return k, true
		}
	}
	return "", false
}

// labelled works out a line's category or kind from its label: the line's
// own when the label is empty, a new one when it names one, and false
// (with a problem) when it names none.
func (rd *reader) labelled(sheet string, r int, label, prefix string, kinds []string, current string, isNew bool) (string, bool) {
	if label == "" && !isNew {
		return current, true
	}
	k, ok := kindOf(label, prefix, kinds)
	if !ok {
		var names []string
		for _, k := range kinds {
			names = append(names, labelOf(rd.p.DocumentStandard(), prefix+k))
		}
		rd.problem(planmodel.Problem{Field: place(sheet, cell(2, r)), Message: "«{{.Label}}» is not one of these: {{.Names}}.", Args: map[string]any{"Label": label, "Names": strings.Join(names, ", ")}})
		return "", false
	}
	return k, true
}

// listLine finds or adds the cost item or funding source of row r, and
// reads its label and title into it, three ways where the workbook records
// them; it returns the line, whether it is new, and false (with a problem)
// when the row cannot be read.
func (rd *reader) listLine(sheet, part string, r int, title, key, label string) (ref lineRef, added, ok bool) {
	ls := rd.set
	i := ls.find(key, title)
	added = i < 0
	cur := ""
	if !added {
		cur = ls.list.kind(i)
	}
	prefix, head, kinds := ls.list.kinds()
	k, ok := rd.labelled(sheet, r, label, prefix, kinds, cur, added)
	if !ok {
		return ref, added, false
	}
	std := rd.p.DocumentStandard()
	ch := Change{Sheet: sheet, Cell: cell(2, r), Line: title, Column: word(std, head), Old: "–", New: labelOf(std, prefix+k), Added: added}
	if added {
		rd.change(ch)
		return lineRef{part: part, index: ls.list.add(title, k)}, true, true
	}
	ref = lineRef{part: part, index: i}
	known := key != "" && ls.keys[i] == key
	exported, recorded := rd.rec.label(part, key)
	ch.Old = labelOf(std, prefix+cur)
	switch merge(exported, known && recorded, cur, k) {
	case kept:
		rd.kept++
	case take:
		ls.list.setKind(i, k)
		rd.change(ch)
	case conflict:
		rd.conflict(ch, labelOf(std, prefix+exported), target{ref: ref, kind: toLabel, text: k})
	}
	rd.retitle(sheet, r, ref, key, title, known)
	return ref, false, true
}

// retitle gives line ref the row's title, three ways: when the row has
// the title the line was exported with, the line keeps the one it has in
// the plan now.
func (rd *reader) retitle(sheet string, r int, ref lineRef, key, title string, known bool) {
	ls := rd.set
	old := ls.list.title(ref.index)
	exported, recorded := ls.exported[key]
	switch merge(exported, known && recorded, old, title) {
	case kept:
		rd.kept++
	case take:
		rd.renamed(sheet, r, ref.index, title)
	case conflict:
		ch := Change{Sheet: sheet, Cell: cell(1, r), Line: title, Column: word(rd.p.DocumentStandard(), ls.list.head()), Old: old, New: title}
		rd.conflict(ch, exported, target{ref: ref, kind: toTitle, text: title})
	}
}

// municipalityLine returns the municipality of a payments or hours row;
// false (with a problem) when the plan has no such municipality. The row's
// key, when the plan has a municipality of that ID, names it even when the
// municipality was renamed since the export.
func (rd *reader) municipalityLine(sheet string, r int, name, key, part string) (lineRef, bool) {
	id := rd.p.IDOf(name)
	if byKey := planmodel.MunicipalityID(key); key != "" && rd.p.IndexOf(byKey) >= 0 && byKey != id {
		id = byKey
		rd.skip(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "The row is headed «{{.Title}}», but its hidden key says it is {{.Name}}'s: its figures are read as {{.Name}}'s, and no municipality is renamed.", Args: map[string]any{"Title": name, "Name": rd.p.NameOf(byKey)}})
	}
	if id == "" {
		rd.problem(planmodel.Problem{Field: place(sheet, cell(1, r)), Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": name}})
		return lineRef{}, false
	}
	return lineRef{part: part, id: id}, true
}
