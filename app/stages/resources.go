package stages

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/internal/outfile"
	"regionplan/planmodel"
	"regionplan/report"
)

// The working tool of stage 7: the resource and financing plan (costs and
// funding per year), the split of the joint share, the hours, and the
// measures with who is responsible for them.

// resourcesTool is stage 7's tool. Every figure typed is written into the
// plan at once when valid; totals, shares and warnings follow live.
type resourcesTool struct {
	ps       Host
	content  fyne.CanvasObject
	budget   *budgetGrid
	shares   *sharesView
	hours    *hoursGrid
	measures *measureList
	accounts *accountsView
}

func newResourcesTool(ps Host) *resourcesTool {
	t := &resourcesTool{ps: ps}
	t.budget = newBudgetGrid(t)
	t.shares = newSharesView(t)
	t.hours = newHoursGrid(t)
	t.measures = newMeasureList(t)
	t.accounts = newAccountsView(t)
	export := widget.NewButtonWithIcon(lang.L("Export the resource plan…"), theme.DocumentSaveIcon(), t.export)
	toBook := widget.NewButtonWithIcon(lang.L("Export workbook…"), theme.DocumentSaveIcon(), t.exportWorkbook)
	fromBook := widget.NewButtonWithIcon(lang.L("Read in workbook…"), theme.FolderOpenIcon(), t.importWorkbook)
	parts := []fyne.CanvasObject{container.NewHBox(export, toBook, fromBook)}
	if ps.Plan().Example {
		parts = append(parts, widgets.Wrapped(lang.L("The amounts, hours and keys of this example plan are invented example figures; the measures come from the case documents.")))
	}
	parts = append(parts,
		part(lang.L("Costs and funding per year")), t.budget.content,
		part(lang.L("The municipalities' shares")), t.shares.content,
		part(lang.L("Accounts against the budget")), t.accounts.content,
		part(lang.L("Hours put in by the municipalities")), t.hours.content,
		part(lang.L("Measures and who is responsible")), t.measures.content,
	)
	t.content = container.NewVBox(parts...)
	return t
}

func (t *resourcesTool) title() string { return lang.L("Resource and financing plan") }

// export writes the resource and financing plan as a PDF where the user
// chooses, with its DOCX beside it.
func (t *resourcesTool) export() {
	p := t.ps.Plan()
	name := outfile.Name(lang.L("Resource plan")+" "+p.Name, ".pdf")
	t.ps.SaveFile(name, ".pdf", func(path string) error {
		docs, err := report.ResourceFiles(p, t.ps.Now())
		if err == nil {
			_, err = report.WriteAs(path, docs[0])
		}
		return err
	}, lang.L("Resource and financing plan"), func(path string) string {
		return lang.L("The resource plan was saved as {{.Path}}.", map[string]any{"Path": path})
	})
}

func (t *resourcesTool) canvas() fyne.CanvasObject { return t.content }

// figuresChanged saves the plan and brings every total, share and warning up to date.
func (t *resourcesTool) figuresChanged() {
	t.ps.Changed()
	t.budget.updateTotals()
	t.shares.refresh()
	t.accounts.refresh()
}

// measuresChanged saves the plan and updates what depends on the measures.
func (t *resourcesTool) measuresChanged() {
	t.ps.Changed()
	t.measures.refresh()
	t.shares.refresh()
}

// part is the heading of one part of the tool.
func part(text string) fyne.CanvasObject {
	l := widgets.Heading(text)
	l.SizeName = theme.SizeNameSubHeadingText
	return container.NewVBox(widget.NewSeparator(), l)
}

// budgetGrid edits the cost items and funding sources, years across, with
// the totals and the balance of each year. Each line is two rows: its name,
// kind and delete button, then its amounts under the year headings.
type budgetGrid struct {
	t       *resourcesTool
	content fyne.CanvasObject
	table   *fyne.Container
	cols    widgets.Columns
	lines   []budgetLine
	sums    struct{ costs, funding, balance []*widget.Label } // per year, then the period
	notes   *fyne.Container                                   // warnings under the table
}

// budgetLine is one line's figures and the label of its total.
type budgetLine struct {
	amounts *planmodel.Yearly
	cells   []*widgets.NumberEntry // one per year
	total   *widget.Label
}

// Widths of the budget table's columns.
const (
	amountWidth float32 = 112
	totalWidth  float32 = 134
	kindWidth   float32 = 230
)

func newBudgetGrid(t *resourcesTool) *budgetGrid {
	g := &budgetGrid{t: t, table: container.NewVBox(), notes: container.NewVBox()}
	g.content = container.NewVBox(widgets.FitYears(g.table, len(t.ps.Plan().Years())), g.notes)
	g.rebuild()
	return g
}

func (g *budgetGrid) rebuild() {
	p := g.t.ps.Plan()
	r := &p.Resources
	years := p.Years()
	g.cols = widgets.YearColumns(nil, len(years), amountWidth, totalWidth)
	g.table.Objects = nil // filled in one go below: Add would lay it out again each time
	defer g.table.Refresh()
	g.lines = nil
	g.header(lang.L("Costs"), years)
	for i := range r.Costs {
		c := &r.Costs[i]
		kind := widgets.NewChoiceSelect(planmodel.CostCategories, costCategoryName, c.Category, func(v planmodel.CostCategory) {
			c.Category = v
			g.t.ps.Changed()
		})
		g.line(&c.Title, kind.Select, &c.Amounts, func() {
			r.Costs = append(r.Costs[:i:i], r.Costs[i+1:]...)
		})
	}
	g.sums.costs = g.sumRow(lang.L("Total costs"), widget.NewButtonWithIcon(lang.L("Add cost item"), theme.ContentAddIcon(), func() {
		r.Costs = append(r.Costs, planmodel.CostItem{Title: lang.L("New cost item"), Category: planmodel.CostProjectManagement})
		g.linesChanged()
	}))

	g.header(lang.L("Funding"), years)
	for i := range r.Funding {
		f := &r.Funding[i]
		kind := widgets.NewChoiceSelect(planmodel.FundingKinds, fundingKindName, f.Kind, func(v planmodel.FundingKind) {
			f.Kind = v
			g.t.figuresChanged() // the joint share may have changed
		})
		g.line(&f.Name, kind.Select, &f.Amounts, func() {
			r.Funding = append(r.Funding[:i:i], r.Funding[i+1:]...)
		})
	}
	g.sums.funding = g.sumRow(lang.L("Total funding"), widget.NewButtonWithIcon(lang.L("Add funding source"), theme.ContentAddIcon(), func() {
		r.Funding = append(r.Funding, planmodel.FundingSource{Name: lang.L("New funding source"), Kind: planmodel.FundJointShare})
		g.linesChanged()
	}))
	g.table.Objects = append(g.table.Objects, widget.NewSeparator())
	g.sums.balance = g.sumRow(lang.L("Balance (funding − costs)"), nil)
	g.updateTotals()
}

// linesChanged follows a line added or removed.
func (g *budgetGrid) linesChanged() {
	g.rebuild()
	g.t.accounts.rebuild()
	g.t.figuresChanged()
}

// header starts a block of the table: its title and the year headings.
func (g *budgetGrid) header(title string, years []int) {
	total := widgets.Heading(lang.L("Total"))
	total.Alignment = fyne.TextAlignTrailing
	g.table.Objects = append(g.table.Objects, widgets.Heading(title))
	g.table.Objects = append(g.table.Objects, widgets.TableRow(g.cols, append(widgets.YearHeadings(years), total)...))
}

// line adds one editable line: its name, kind and a button that removes
// it, then an amount per year and its total.
func (g *budgetGrid) line(name *string, kind fyne.CanvasObject, amounts *planmodel.Yearly, remove func()) {
	title := widgets.NewEntry(*name)
	var titleErr error
	widgets.Watch(title, func(s string) error {
		if strings.TrimSpace(s) == "" {
			return widgets.Translated(planmodel.Problems{{Message: "The name cannot be empty."}})
		}
		return nil
	}, func(s string) {
		*name = strings.TrimSpace(s)
		g.t.ps.Changed()
	}, &titleErr)
	years := g.t.ps.Plan().Years()
	line := budgetLine{amounts: amounts, total: widgets.Figure("")}
	cells := make([]fyne.CanvasObject, 0, len(years)+1)
	for _, y := range years {
		e := widgets.NewNumberEntry(amounts.Get(y), "kr", 0, planmodel.MaxAmount, amountProblem, func(v int64) {
			amounts.Set(y, v)
			g.t.figuresChanged()
		})
		line.cells = append(line.cells, e)
		cells = append(cells, e)
	}
	g.lines = append(g.lines, line)
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		remove()
		g.linesChanged()
	})
	g.table.Objects = append(g.table.Objects, widget.NewSeparator())
	g.table.Objects = append(g.table.Objects, container.NewBorder(nil, nil, nil, container.NewHBox(container.New(widgets.Columns{kindWidth}, kind), del), title))
	g.table.Objects = append(g.table.Objects, widgets.TableRow(g.cols, append(cells, line.total)...))
}

// amountProblem is what an entry for kroner says about text it cannot use.
var amountProblem = planmodel.Problem{Message: "A figure must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": planmodel.MaxAmount}}

// sumRow adds a row of totals under its name, with an optional button
// beside the name, and returns its labels: one per year, then the period's.
func (g *budgetGrid) sumRow(name string, button *widget.Button) []*widget.Label {
	n := len(g.t.ps.Plan().Years())
	labels := make([]*widget.Label, n+1)
	cells := make([]fyne.CanvasObject, n+1)
	for i := range labels {
		labels[i] = widgets.BoldFigure("")
		cells[i] = labels[i]
	}
	var right fyne.CanvasObject
	if button != nil {
		right = button
	}
	g.table.Objects = append(g.table.Objects, widget.NewSeparator())
	g.table.Objects = append(g.table.Objects, container.NewBorder(nil, nil, nil, right, widgets.Heading(name)))
	g.table.Objects = append(g.table.Objects, widgets.TableRow(g.cols, cells...))
	return labels
}

// updateTotals recomputes every total and the balance, and the warnings.
func (g *budgetGrid) updateTotals() {
	p := g.t.ps.Plan()
	for _, l := range g.lines {
		l.total.SetText(widgets.Kroner(l.amounts.Sum(p.FirstYear, p.LastYear)))
	}
	b := p.Budget()
	g.notes.Objects = nil // filled in one go below: Add would lay it out again each time
	defer g.notes.Refresh()
	for i, y := range b.Years {
		g.sums.costs[i].SetText(widgets.Kroner(b.Costs[i]))
		g.sums.funding[i].SetText(widgets.Kroner(b.Funding[i]))
		setBalance(g.sums.balance[i], b.Balance(i))
		if b.Balance(i) < 0 {
			g.notes.Objects = append(g.notes.Objects, warning(lang.L("In {{.Year}} the costs exceed the funding by {{.Amount}}.", map[string]any{"Year": y, "Amount": widgets.Kroner(-b.Balance(i))})))
		}
	}
	n := len(b.Years)
	g.sums.costs[n].SetText(widgets.Kroner(b.CostTotal))
	g.sums.funding[n].SetText(widgets.Kroner(b.FundingTotal))
	setBalance(g.sums.balance[n], b.BalanceTotal())
	if p.Resources.OutsidePeriod(p.FirstYear, p.LastYear) {
		drop := widget.NewButton(lang.L("Remove them"), func() {
			p.Resources.DropOutsidePeriod(p.FirstYear, p.LastYear)
			g.linesChanged()
			g.t.hours.rebuild()
		})
		g.notes.Objects = append(g.notes.Objects, container.NewBorder(nil, nil, nil, drop, warning(lang.L("Some figures belong to years outside the plan's period. They are kept but left out of every total."))))
	}
}

func setBalance(l *widget.Label, v int64) {
	l.SetText(widgets.Kroner(v))
	l.Importance = widget.MediumImportance
	if v < 0 {
		l.Importance = widget.DangerImportance
	}
	l.Refresh()
}

// warning is a line of text with a warning icon before it.
func warning(text string) fyne.CanvasObject {
	l := widgets.Wrapped(text)
	return container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), nil, l)
}

func costCategoryName(c planmodel.CostCategory) string {
	switch c {
	case planmodel.CostProjectManagement:
		return lang.L("Project management")
	case planmodel.CostAnalysis:
		return lang.L("Analysis and R&D")
	case planmodel.CostWorkshops:
		return lang.L("Meetings and workshops")
	case planmodel.CostCommunication:
		return lang.L("Communication")
	case planmodel.CostMeasures:
		return lang.L("Measures")
	}
	return string(c)
}

func fundingKindName(k planmodel.FundingKind) string {
	switch k {
	case planmodel.FundJointShare:
		return lang.L("Municipalities' joint share")
	case planmodel.FundCounty:
		return lang.L("County")
	case planmodel.FundState:
		return lang.L("State programme")
	case planmodel.FundBusiness:
		return lang.L("Business partners")
	case planmodel.FundOther:
		return lang.L("Other funding")
	}
	return string(k)
}
