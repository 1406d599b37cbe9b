package stages

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// accountsView is the follow-up part of stage 7: the accounts of every
// cost item and funding source beside its budget with the deviation, and
// what each municipality was invoiced and has paid of its share.
type accountsView struct {
	t        *resourcesTool
	content  *fyne.Container
	lines    *widgets.Grid
	payments *widgets.Grid
	notes    *fyne.Container

	// Recomputed at each change, for the grids' cells.
	kept []int                             // the years with accounts
	pay  [][]planmodel.MunicipalityPayment // per municipality and year; nil when the shares cannot be computed
}

// Widths of the accounts tables' first two columns.
const (
	accountsName float32 = 180
	accountsLead float32 = 110
)

func newAccountsView(t *resourcesTool) *accountsView {
	v := &accountsView{t: t, content: container.NewVBox(), notes: container.NewVBox()}
	years := len(t.ps.Plan().Years())
	v.lines = widgets.NewGrid(accountLines{v}, 2, widgets.YearColumns([]float32{accountsName, accountsLead}, years, amountWidth, totalWidth)...)
	v.lines.OnChanged = v.onTyped
	v.payments = widgets.NewGrid(paymentGrid{v}, 2, widgets.YearColumns([]float32{accountsName, accountsLead}, years, amountWidth)...)
	v.payments.OnChanged = v.onTyped
	v.content.Objects = []fyne.CanvasObject{
		widgets.Wrapped(lang.L("Enter the accounts for each year as they are closed. The deviation is the accounts minus the budget; a line more than {{.Percent}} % over its budget is marked.", map[string]any{"Percent": planmodel.OverBudgetPercent})),
		v.lines,
		widgets.Heading(lang.L("Payments from the municipalities")),
		v.payments,
		v.notes,
	}
	v.refresh()
	return v
}

// rebuild shows the tables anew from the plan, after lines were added or removed.
func (v *accountsView) rebuild() { v.refresh() }

// refresh recomputes the deviations, totals, remainders and notes.
func (v *accountsView) refresh() {
	p := v.t.ps.Plan()
	v.kept = p.AccountYears()
	v.pay = nil
	if s, err := p.Shares(); err == nil {
		v.pay = p.Payments(s)
	}
	v.lines.Refresh()
	v.payments.Refresh()
	v.notes.Objects = nil // filled in one go below: Add would lay it out again each time
	defer v.notes.Refresh()
	if y, ok := p.SpendingAhead(); ok {
		v.notes.Objects = append(v.notes.Objects, warning(lang.L("By the end of {{.Year}} more was spent than received.", map[string]any{"Year": y})))
	}
	for _, m := range p.LatePayments(v.t.ps.Now().Year()) {
		v.notes.Objects = append(v.notes.Objects, warning(lang.L("{{.Name}} has {{.Amount}} left to pay of its share for {{.Year}}.",
			map[string]any{"Name": p.Municipalities[m.Municipality].Name, "Amount": widgets.Kroner(m.Remaining()), "Year": m.Year})))
	}
}

// onTyped follows an amount typed into either table.
func (v *accountsView) onTyped() {
	v.t.ps.Changed()
	v.refresh()
}

// yearHeading names column col of a table with two leading columns, the
// years and a total.
func (v *accountsView) yearHeading(col int) string {
	return columnHeading(v.t.ps.Plan().Years(), col, []string{"", ""}, lang.L("Total"))
}

// accountLines is the model of the table of accounts: three rows for each
// cost item and funding source (budget, accounts, deviation); a column for
// the line's name, the row's name, one per year and the total.
type accountLines struct{ v *accountsView }

// line is the index-th cost item or funding source after the costs.
func (m accountLines) line(index int) (name string, budget, actual *planmodel.Yearly, cost bool) {
	r := &m.v.t.ps.Plan().Resources
	if index < len(r.Costs) {
		c := &r.Costs[index]
		return c.Title, &c.Amounts, &c.Actual, true
	}
	f := &r.Funding[index-len(r.Costs)]
	return f.Name, &f.Amounts, &f.Actual, false
}

// Size is three rows a line; the names, the years and the total.
func (m accountLines) Size() (int, int) {
	p := m.v.t.ps.Plan()
	return 3 * (len(p.Resources.Costs) + len(p.Resources.Funding)), len(p.Years()) + 3
}

// Heading names column col.
func (m accountLines) Heading(col int) string { return m.v.yearHeading(col) }

// Cell is a line's budget, accounts or deviation in a year or in all.
func (m accountLines) Cell(row, col int) widgets.GridCell {
	p := m.v.t.ps.Plan()
	years := p.Years()
	name, budget, actual, cost := m.line(row / 3)
	kind := row % 3
	switch {
	case col == 0 && kind == 0:
		return widgets.GridCell{Text: name, Bold: true, Leading: true}
	case col == 0:
		return widgets.GridCell{}
	case col == 1:
		actualName := lang.L("Received")
		if cost {
			actualName = lang.L("Accounts")
		}
		return widgets.GridCell{Text: []string{lang.L("Budget"), actualName, lang.L("Deviation")}[kind], Leading: true}
	case col == len(years)+2:
		return m.total(kind, budget, actual)
	}
	y := years[col-2]
	a := planmodel.LineAccount{Year: y, Budget: budget.Get(y), Actual: actual.Get(y)}
	switch kind {
	case 0:
		return widgets.GridCell{Text: widgets.Kroner(a.Budget)}
	case 1:
		return widgets.GridCell{Text: widgets.WholeText(a.Actual, "kr"), Edit: widgets.WholeText(a.Actual, ""), Editable: true}
	}
	return deviationCell(a, cost && a.OverBudget(), a.Actual != 0 || slices.Contains(m.v.kept, y))
}

// total is the period's budget, accounts or deviation (over the years with accounts only).
func (m accountLines) total(kind int, budget, actual *planmodel.Yearly) widgets.GridCell {
	p := m.v.t.ps.Plan()
	switch kind {
	case 0:
		return widgets.GridCell{Text: widgets.Kroner(budget.Sum(p.FirstYear, p.LastYear))}
	case 1:
		return widgets.GridCell{Text: widgets.Kroner(actual.Sum(p.FirstYear, p.LastYear))}
	}
	var dev int64
	for _, y := range p.Years() {
		a := planmodel.LineAccount{Year: y, Budget: budget.Get(y), Actual: actual.Get(y)}
		if a.Actual != 0 || slices.Contains(m.v.kept, y) {
			dev += a.Deviation()
		}
	}
	return widgets.GridCell{Text: signed(dev)}
}

// Set stores a line's accounts for a year.
func (m accountLines) Set(row, col int, text string) error {
	v, ok := widgets.ParseWhole(text, "kr", 0, planmodel.MaxAmount)
	if !ok {
		return planmodel.Problems{amountProblem}
	}
	_, _, actual, _ := m.line(row / 3)
	actual.Set(m.v.t.ps.Plan().Years()[col-2], v)
	return nil
}

// deviationCell shows a year's deviation, in the danger colour when over
// budget, and a dash for a year without accounts.
func deviationCell(a planmodel.LineAccount, over, kept bool) widgets.GridCell {
	c := widgets.GridCell{Text: "–"}
	if over {
		c.Importance = widget.DangerImportance
	}
	if kept {
		c.Text = signed(a.Deviation())
	}
	return c
}

// signed writes kroner with a plus sign before a gain.
func signed(n int64) string {
	if n > 0 {
		return "+" + widgets.Kroner(n)
	}
	return widgets.Kroner(n)
}

// paymentGrid is the model of the table of payments: four rows for each
// municipality (its share, invoiced, paid, remaining); a column for its
// name, the row's name and one per year.
type paymentGrid struct{ v *accountsView }

// Size is four rows a municipality; the names and the years.
func (m paymentGrid) Size() (int, int) {
	p := m.v.t.ps.Plan()
	return 4 * len(p.Municipalities), len(p.Years()) + 2
}

// Heading names column col.
func (m paymentGrid) Heading(col int) string { return m.v.yearHeading(col) }

// Cell is a municipality's share, invoiced, paid or remaining amount in a year.
func (m paymentGrid) Cell(row, col int) widgets.GridCell {
	p := m.v.t.ps.Plan()
	i, kind := row/4, row%4
	switch {
	case col == 0 && kind == 0:
		return widgets.GridCell{Text: p.Municipalities[i].Name, Bold: true, Leading: true}
	case col == 0:
		return widgets.GridCell{}
	case col == 1:
		return widgets.GridCell{Text: []string{lang.L("Share"), lang.L("Invoiced"), lang.L("Paid"), lang.L("Remaining")}[kind], Leading: true}
	}
	y := p.Years()[col-2]
	pm := p.Resources.Payments[p.Municipalities[i].ID]
	switch kind {
	case 1:
		return widgets.GridCell{Text: widgets.WholeText(pm.Invoiced.Get(y), "kr"), Edit: widgets.WholeText(pm.Invoiced.Get(y), ""), Editable: true}
	case 2:
		return widgets.GridCell{Text: widgets.WholeText(pm.Paid.Get(y), "kr"), Edit: widgets.WholeText(pm.Paid.Get(y), ""), Editable: true}
	}
	if m.v.pay == nil || i >= len(m.v.pay) {
		return widgets.GridCell{Text: "–"}
	}
	pay := m.v.pay[i][col-2]
	if kind == 0 {
		return widgets.GridCell{Text: widgets.Kroner(pay.Share)}
	}
	return widgets.GridCell{Text: widgets.Kroner(pay.Remaining())}
}

// Set stores what a municipality was invoiced or has paid in a year.
func (m paymentGrid) Set(row, col int, text string) error {
	v, ok := widgets.ParseWhole(text, "kr", 0, planmodel.MaxAmount)
	if !ok {
		return planmodel.Problems{amountProblem}
	}
	p := m.v.t.ps.Plan()
	r := &p.Resources
	id, y := p.Municipalities[row/4].ID, p.Years()[col-2]
	pm := r.Payments[id]
	if row%4 == 1 {
		r.SetPayment(id, y, v, pm.Paid.Get(y))
	} else {
		r.SetPayment(id, y, pm.Invoiced.Get(y), v)
	}
	return nil
}
