package workbook

import (
	"errors"
	"fmt"
	"strings"

	"regionplan/planmodel"
)

// lineRef names a line of the resource plan being read: a cost item or
// funding source by its place in its list, a municipality's payments or
// hours by the municipality's ID.
type lineRef struct {
	part  string
	index int
	id    planmodel.MunicipalityID
}

// yearly returns the line's figures of an input column kind.
func (l lineRef) yearly(res *planmodel.Resources, kind string) planmodel.Yearly {
	switch l.part {
	case sheetCosts, sheetFunding:
		return *l.listed(res, kind)
	case sheetHours:
		return res.Hours[l.id]
	}
	if kind == colPaid {
		return res.Payments[l.id].Paid
	}
	return res.Payments[l.id].Invoiced
}

// listed returns where a cost item or funding source keeps its figures of
// an input column kind: its accounts, or its budget.
func (l lineRef) listed(res *planmodel.Resources, kind string) *planmodel.Yearly {
	if l.part == sheetCosts {
		c := &res.Costs[l.index]
		if kind == colActual {
			return &c.Actual
		}
		return &c.Amounts
	}
	s := &res.Funding[l.index]
	if kind == colReceived {
		return &s.Actual
	}
	return &s.Amounts
}

// set records v as the line's figure of an input column kind in year; a
// municipality left with no payments or hours has no entry.
func (l lineRef) set(res *planmodel.Resources, kind string, year int, v int64) {
	switch l.part {
	case sheetCosts, sheetFunding:
		l.listed(res, kind).Set(year, v)
	case sheetHours:
		h := res.Hours[l.id]
		h.Set(year, v)
		put(&res.Hours, l.id, h, len(h) == 0)
	default:
		pm := res.Payments[l.id]
		if kind == colPaid {
			pm.Paid.Set(year, v)
		} else {
			pm.Invoiced.Set(year, v)
		}
		put(&res.Payments, l.id, pm, len(pm.Invoiced)+len(pm.Paid) == 0)
	}
}

// put stores v as id's entry of m, or removes the entry when v is empty.
func put[V any](m *map[planmodel.MunicipalityID]V, id planmodel.MunicipalityID, v V, empty bool) {
	if empty {
		delete(*m, id)
		return
	}
	if *m == nil {
		*m = map[planmodel.MunicipalityID]V{}
	}
	(*m)[id] = v
}

// What a conflict changes besides a figure: a line's title, its category
// or kind, or the line as a whole, deleted.
const (
	toTitle  = "title"
	toLabel  = "label"
	toDelete = "delete"
)

// target is what choosing the workbook's side of a conflict does: set a
// figure (kind is an input column kind), a title or label, or delete.
type target struct {
	ref   lineRef
	kind  string
	year  int
	value int64
	text  string // the title, or the category or kind of funding
}

// Conflict is a cell that both the plan and the workbook changed since the
// export, to different values, or a line the workbook deletes that the plan
// changed. Reading keeps the plan's; set TakeWorkbook before Apply to read
// in the workbook's instead.
type Conflict struct {
	Sheet, Cell  string
	Line, Column string
	// Exported, Plan and Workbook are the value at the export, in the plan
	// now and in the workbook, as written in Norwegian.
	Exported, Plan, Workbook string
	Deleted                  bool // the workbook deletes the line
	TakeWorkbook             bool
	to                       target
}

// Message is the conflict as a translatable message, as a Change is.
func (c Conflict) Message() planmodel.Problem {
	args := map[string]any{"Place": place(c.Sheet, c.Cell), "Line": c.Line, "Column": c.Column, "Exported": c.Exported, "Plan": c.Plan, "Workbook": c.Workbook}
	if c.Deleted {
		return planmodel.Problem{Message: "{{.Place}} {{.Line}}: deleted in the workbook, but changed in the plan since the export", Args: args}
	}
	return planmodel.Problem{Message: "{{.Place}} {{.Line}}, {{.Column}}: {{.Exported}} at the export, now {{.Plan}} in the plan and {{.Workbook}} in the workbook", Args: args}
}

// String is the conflict in English.
func (c Conflict) String() string { return strings.TrimPrefix(c.Message().Error(), ": ") }

// ConflictMessages returns the conflicts as translatable messages, in order.
func ConflictMessages(cs []Conflict) planmodel.Problems {
	out := make(planmodel.Problems, len(cs))
	for i, c := range cs {
		out[i] = c.Message()
	}
	return out
}

// conflict records that change ch of the workbook meets a change in the
// plan since the export, from exported; the plan's value stays.
func (rd *reader) conflict(ch Change, exported string, to target) {
	rd.r.Conflicts = append(rd.r.Conflicts, Conflict{Sheet: ch.Sheet, Cell: ch.Cell, Line: ch.Line, Column: ch.Column, Exported: exported, Plan: ch.Old, Workbook: ch.New, Deleted: ch.Deleted, to: to})
}

// reindex moves the conflicts on lines of part after lines were deleted.
func (r *Result) reindex(part string, gone []bool) {
	for i := range r.Conflicts {
		ref := &r.Conflicts[i].to.ref
		if ref.part != part {
			continue
		}
		n := 0
		for j := 0; j < ref.index && j < len(gone); j++ {
			if gone[j] {
				n++
			}
		}
		ref.index -= n
	}
}

// Taken counts the conflicts set to take the workbook's value.
func (r *Result) Taken() int {
	n := 0
	for _, c := range r.Conflicts {
		if c.TakeWorkbook {
			n++
		}
	}
	return n
}

// TakeAll sets every conflict to the workbook's value (true) or the plan's.
func (r *Result) TakeAll(workbook bool) {
	for i := range r.Conflicts {
		r.Conflicts[i].TakeWorkbook = workbook
	}
}

// take makes the workbook's side of every conflict chosen so in res, the
// lines to delete last, so that the others find their lines in place.
func (r *Result) take(res *planmodel.Resources) {
	gone := map[string][]bool{sheetCosts: make([]bool, len(res.Costs)), sheetFunding: make([]bool, len(res.Funding))}
	deleted := false
	for _, c := range r.Conflicts {
		to := c.to
		switch {
		case !c.TakeWorkbook:
		case to.kind == toDelete:
			gone[to.ref.part][to.ref.index] = true
			deleted = true
		case to.kind == toTitle:
			listOf(res, to.ref.part).rename(to.ref.index, to.text)
		case to.kind == toLabel:
			listOf(res, to.ref.part).setKind(to.ref.index, to.text)
		default:
			to.ref.set(res, to.kind, to.year, to.value)
		}
	}
	for part, g := range gone {
		if deleted {
			listOf(res, part).remove(g)
		}
	}
}

// resources returns the resource plan read from the workbook, with the
// conflicts as chosen, or the problems the choices give in the plan.
func (r *Result) resources() (planmodel.Resources, error) {
	q := r.plan.Clone()
	if r.Taken() == 0 {
		return q.Resources, nil
	}
	r.take(&q.Resources)
	var ps planmodel.Problems
	if errors.As(q.Validate(), &ps) {
		return planmodel.Resources{}, fmt.Errorf("the workbook's values chosen in the conflicts break the plan's rules; nothing was changed:\n  %s", strings.Join(Lines(ps), "\n  "))
	}
	return q.Resources, nil
}
