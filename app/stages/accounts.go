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
	t       *resourcesTool
	content *fyne.Container
	update  []func() // recompute the figures that follow from the entries
	notes   *fyne.Container
}

// Width of the accounts tables' first column.
const accountsLead float32 = 110

func newAccountsView(t *resourcesTool) *accountsView {
	v := &accountsView{t: t, content: container.NewVBox(), notes: container.NewVBox()}
	v.rebuild()
	return v
}

// rebuild lays the tables out anew from the plan.
func (v *accountsView) rebuild() {
	p := v.t.ps.Plan()
	r := &p.Resources
	years := p.Years()
	v.update = nil
	cols := widgets.YearColumns([]float32{accountsLead}, len(years), amountWidth, totalWidth)
	table := container.NewVBox()
	total := widgets.Heading(lang.L("Total"))
	total.Alignment = fyne.TextAlignTrailing
	table.Add(widgets.TableRow(cols, append(append([]fyne.CanvasObject{widget.NewLabel("")}, widgets.YearHeadings(years)...), total)...))
	for i := range r.Costs {
		c := &r.Costs[i]
		v.line(table, cols, c.Title, &c.Amounts, &c.Actual, lang.L("Accounts"), true)
	}
	for i := range r.Funding {
		f := &r.Funding[i]
		v.line(table, cols, f.Name, &f.Amounts, &f.Actual, lang.L("Received"), false)
	}
	payments := container.NewVBox(widgets.TableRow(cols, append(append([]fyne.CanvasObject{widget.NewLabel("")}, widgets.YearHeadings(years)...), widgets.Heading(""))...))
	for _, m := range p.Municipalities {
		v.municipality(payments, cols, m.Name)
	}
	v.content.Objects = []fyne.CanvasObject{
		widgets.Wrapped(lang.L("Enter the accounts for each year as they are closed. The deviation is the accounts minus the budget; a line more than {{.Percent}} % over its budget is marked.", map[string]any{"Percent": planmodel.OverBudgetPercent})),
		widgets.FitYears(table, len(years)),
		widgets.Heading(lang.L("Payments from the municipalities")),
		widgets.FitYears(payments, len(years)),
		v.notes,
	}
	v.content.Refresh()
	v.refresh()
}

// refresh recomputes the deviations, totals, remainders and notes.
func (v *accountsView) refresh() {
	for _, u := range v.update {
		u()
	}
	p := v.t.ps.Plan()
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

func (v *accountsView) changed() {
	v.t.ps.Changed()
	v.refresh()
}

// line adds a cost item or funding source: its name, then its budget, an
// entry per year for its accounts, and its deviation.
func (v *accountsView) line(table *fyne.Container, cols widgets.Columns, name string, budget, actual *planmodel.Yearly, actualName string, cost bool) {
	p := v.t.ps.Plan()
	years := p.Years()
	table.Add(widget.NewSeparator())
	table.Add(widgets.Heading(name))
	budgetCells := []fyne.CanvasObject{widget.NewLabel(lang.L("Budget"))}
	actualCells := []fyne.CanvasObject{widget.NewLabel(actualName)}
	devCells := []fyne.CanvasObject{widget.NewLabel(lang.L("Deviation"))}
	var budgets, devs []*widget.Label
	for _, y := range years {
		b, d := widgets.Figure(""), widgets.Figure("")
		budgets, devs = append(budgets, b), append(devs, d)
		e := widgets.NewNumberEntry(actual.Get(y), "kr", 0, planmodel.MaxAmount, amountProblem, func(n int64) {
			actual.Set(y, n)
			v.changed()
		})
		budgetCells, actualCells, devCells = append(budgetCells, b), append(actualCells, e), append(devCells, d)
	}
	budgetTotal, actualTotal, devTotal := widgets.Figure(""), widgets.Figure(""), widgets.Figure("")
	table.Add(widgets.TableRow(cols, append(budgetCells, budgetTotal)...))
	table.Add(widgets.TableRow(cols, append(actualCells, actualTotal)...))
	table.Add(widgets.TableRow(cols, append(devCells, devTotal)...))
	v.update = append(v.update, func() {
		kept := p.AccountYears()
		var dev int64
		for i, y := range years {
			a := planmodel.LineAccount{Year: y, Budget: budget.Get(y), Actual: actual.Get(y)}
			budgets[i].SetText(widgets.Kroner(a.Budget))
			has := a.Actual != 0 || slices.Contains(kept, y)
			setDeviation(devs[i], a, cost && a.OverBudget(), has)
			if has {
				dev += a.Deviation()
			}
		}
		budgetTotal.SetText(widgets.Kroner(budget.Sum(p.FirstYear, p.LastYear)))
		actualTotal.SetText(widgets.Kroner(actual.Sum(p.FirstYear, p.LastYear)))
		devTotal.SetText(signed(dev)) // over the years with accounts only
	})
}

// setDeviation shows a year's deviation, in the danger colour when over
// budget, and nothing for a year without accounts.
func setDeviation(l *widget.Label, a planmodel.LineAccount, over, kept bool) {
	l.Importance = widget.MediumImportance
	if over {
		l.Importance = widget.DangerImportance
	}
	if !kept {
		l.SetText("–")
		return
	}
	l.SetText(signed(a.Deviation()))
}

// signed writes kroner with a plus sign before a gain.
func signed(n int64) string {
	if n > 0 {
		return "+" + widgets.Kroner(n)
	}
	return widgets.Kroner(n)
}

// municipality adds one municipality's share, invoiced and paid amounts
// and what remains, per year.
func (v *accountsView) municipality(table *fyne.Container, cols widgets.Columns, name string) {
	p := v.t.ps.Plan()
	r := &p.Resources
	years := p.Years()
	table.Add(widget.NewSeparator())
	table.Add(widgets.Heading(name))
	shareCells := []fyne.CanvasObject{widget.NewLabel(lang.L("Share"))}
	invoicedCells := []fyne.CanvasObject{widget.NewLabel(lang.L("Invoiced"))}
	paidCells := []fyne.CanvasObject{widget.NewLabel(lang.L("Paid"))}
	leftCells := []fyne.CanvasObject{widget.NewLabel(lang.L("Remaining"))}
	var shares, left []*widget.Label
	for _, y := range years {
		s, l := widgets.Figure(""), widgets.Figure("")
		shares, left = append(shares, s), append(left, l)
		pm := func() planmodel.Payment { return r.Payments[name] }
		inv := widgets.NewNumberEntry(pm().Invoiced.Get(y), "kr", 0, planmodel.MaxAmount, amountProblem, func(n int64) {
			r.SetPayment(name, y, n, pm().Paid.Get(y))
			v.changed()
		})
		paid := widgets.NewNumberEntry(pm().Paid.Get(y), "kr", 0, planmodel.MaxAmount, amountProblem, func(n int64) {
			r.SetPayment(name, y, pm().Invoiced.Get(y), n)
			v.changed()
		})
		shareCells, invoicedCells, paidCells, leftCells = append(shareCells, s), append(invoicedCells, inv), append(paidCells, paid), append(leftCells, l)
	}
	for _, row := range [][]fyne.CanvasObject{shareCells, invoicedCells, paidCells, leftCells} {
		table.Add(widgets.TableRow(cols, append(row, widget.NewLabel(""))...))
	}
	v.update = append(v.update, func() {
		s, err := p.Shares()
		i := p.MunicipalityIndex(name)
		if err != nil || i < 0 {
			for j := range years {
				shares[j].SetText("–")
				left[j].SetText("–")
			}
			return
		}
		row := p.Payments(s)[i]
		for j := range years {
			m := row[j]
			shares[j].SetText(widgets.Kroner(m.Share))
			left[j].SetText(widgets.Kroner(m.Remaining()))
		}
	})
}
