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
// the totals and the balance of each year. It is the model of its grid: a
// heading row for the costs, a row per cost item and their total, the
// same for the funding, then the balance; a column for the line's name,
// its kind, one per year and the period's total. The kind of the selected
// line is chosen, and the line removed, in the bar under the grid.
type budgetGrid struct {
	t       *resourcesTool
	content fyne.CanvasObject
	grid    *widgets.Grid
	budget  planmodel.Budget // the totals, recomputed at each change
	line    int              // the row selected, -1 for none
	bar     *fyne.Container  // the selected line's kind and remove button
	costs   widgets.ChoiceSelect[planmodel.CostCategory]
	funding widgets.ChoiceSelect[planmodel.FundingKind]
	remove  *widget.Button
	showing bool            // the bar is being set to the selected line
	notes   *fyne.Container // warnings under the table
}

// The kinds of the budget grid's rows.
const (
	costHeading = iota
	costLine
	costSum
	fundingHeading
	fundingLine
	fundingSum
	balanceRow
)

// Widths of the budget table's columns.
const (
	amountWidth float32 = 112
	totalWidth  float32 = 134
	kindWidth   float32 = 230
	nameWidth   float32 = 220
)

func newBudgetGrid(t *resourcesTool) *budgetGrid {
	g := &budgetGrid{t: t, notes: container.NewVBox(), line: -1}
	g.costs = widgets.NewChoiceSelect(planmodel.CostCategories, costCategoryName, "", g.onCostKind)
	g.funding = widgets.NewChoiceSelect(planmodel.FundingKinds, fundingKindName, "", g.onFundingKind)
	g.remove = widget.NewButtonWithIcon(lang.L("Remove the line"), theme.DeleteIcon(), g.onRemoveLine)
	addCost := widget.NewButtonWithIcon(lang.L("Add cost item"), theme.ContentAddIcon(), g.onAddCost)
	addFunding := widget.NewButtonWithIcon(lang.L("Add funding source"), theme.ContentAddIcon(), g.onAddFunding)
	g.bar = container.NewHBox(widget.NewLabel(lang.L("Kind of the selected line")), container.New(widgets.Columns{kindWidth}, container.NewStack(g.costs.Select, g.funding.Select)), g.remove)
	years := len(t.ps.Plan().Years())
	g.grid = widgets.NewGrid(g, 1, widgets.YearColumns([]float32{nameWidth, kindWidth}, years, amountWidth, totalWidth)...)
	g.grid.OnChanged = g.onTyped
	g.grid.OnSelected = g.onSelected
	g.content = container.NewVBox(g.grid, container.NewHBox(addCost, addFunding), g.bar, g.notes)
	g.rebuild()
	return g
}

// rebuild shows the plan's lines anew, after a line was added or removed.
func (g *budgetGrid) rebuild() {
	g.onSelected(g.grid.Selected())
	g.updateTotals()
}

// rowKind says what row is and, for a line, its index among the costs or the funding.
func (g *budgetGrid) rowKind(row int) (kind, index int) {
	nc := len(g.t.ps.Plan().Resources.Costs)
	switch {
	case row == 0:
		return costHeading, 0
	case row <= nc:
		return costLine, row - 1
	case row == nc+1:
		return costSum, 0
	case row == nc+2:
		return fundingHeading, 0
	}
	i := row - nc - 3
	switch nf := len(g.t.ps.Plan().Resources.Funding); {
	case i < nf:
		return fundingLine, i
	case i == nf:
		return fundingSum, 0
	}
	return balanceRow, 0
}

// Size is the rows of both blocks and the balance; the name, kind, years and total.
func (g *budgetGrid) Size() (int, int) {
	p := g.t.ps.Plan()
	return len(p.Resources.Costs) + len(p.Resources.Funding) + 5, len(p.Years()) + 3
}

// Heading names column col.
func (g *budgetGrid) Heading(col int) string {
	return columnHeading(g.t.ps.Plan().Years(), col, []string{lang.L("Line"), lang.L("Kind")}, lang.L("Total"))
}

// Cell is a line's name, kind or amount, or a heading or total.
func (g *budgetGrid) Cell(row, col int) widgets.GridCell {
	r := &g.t.ps.Plan().Resources
	switch kind, i := g.rowKind(row); kind {
	case costLine:
		c := &r.Costs[i]
		return g.lineCell(col, c.Title, costCategoryName(c.Category), &c.Amounts)
	case fundingLine:
		f := &r.Funding[i]
		return g.lineCell(col, f.Name, fundingKindName(f.Kind), &f.Amounts)
	case costHeading, fundingHeading:
		if col > 0 {
			return widgets.GridCell{}
		}
		return widgets.GridCell{Text: map[int]string{costHeading: lang.L("Costs"), fundingHeading: lang.L("Funding")}[kind], Bold: true, Leading: true}
	default:
		return g.sumCell(kind, col)
	}
}

// lineCell is a cell of a cost item or funding source.
func (g *budgetGrid) lineCell(col int, name, kind string, amounts *planmodel.Yearly) widgets.GridCell {
	p := g.t.ps.Plan()
	years := p.Years()
	switch {
	case col == 0:
		return widgets.GridCell{Text: name, Edit: name, Editable: true, Leading: true}
	case col == 1:
		return widgets.GridCell{Text: kind, Leading: true, Importance: widget.LowImportance}
	case col < len(years)+2:
		v := amounts.Get(years[col-2])
		return widgets.GridCell{Text: widgets.WholeText(v, "kr"), Edit: widgets.WholeText(v, ""), Editable: true}
	}
	return widgets.GridCell{Text: widgets.Kroner(amounts.Sum(p.FirstYear, p.LastYear))}
}

// sumCell is a cell of the total costs, total funding or balance row.
func (g *budgetGrid) sumCell(kind, col int) widgets.GridCell {
	b := &g.budget
	if col == 0 {
		name := map[int]string{costSum: lang.L("Total costs"), fundingSum: lang.L("Total funding"), balanceRow: lang.L("Balance (funding − costs)")}[kind]
		return widgets.GridCell{Text: name, Bold: true, Leading: true}
	}
	if col == 1 {
		return widgets.GridCell{}
	}
	i := col - 2
	var v int64
	switch {
	case kind == costSum && i < len(b.Years):
		v = b.Costs[i]
	case kind == costSum:
		v = b.CostTotal
	case kind == fundingSum && i < len(b.Years):
		v = b.Funding[i]
	case kind == fundingSum:
		v = b.FundingTotal
	case i < len(b.Years):
		v = b.Balance(i)
	default:
		v = b.BalanceTotal()
	}
	cell := widgets.GridCell{Text: widgets.Kroner(v), Bold: true}
	if kind == balanceRow && v < 0 {
		cell.Importance = widget.DangerImportance
	}
	return cell
}

// Set stores a line's name or an amount.
func (g *budgetGrid) Set(row, col int, text string) error {
	p := g.t.ps.Plan()
	r := &p.Resources
	kind, i := g.rowKind(row)
	var name *string
	var amounts *planmodel.Yearly
	switch kind {
	case costLine:
		name, amounts = &r.Costs[i].Title, &r.Costs[i].Amounts
	case fundingLine:
		name, amounts = &r.Funding[i].Name, &r.Funding[i].Amounts
	default:
		return nil
	}
	if col == 0 {
		if strings.TrimSpace(text) == "" {
			return planmodel.Problems{{Message: "The name cannot be empty."}}
		}
		*name = strings.TrimSpace(text)
		return nil
	}
	v, ok := widgets.ParseWhole(text, "kr", 0, planmodel.MaxAmount)
	if !ok {
		return planmodel.Problems{amountProblem}
	}
	amounts.Set(p.Years()[col-2], v)
	return nil
}

// onTyped follows a name or amount typed into the grid.
func (g *budgetGrid) onTyped() {
	g.t.figuresChanged()
	g.t.accounts.refresh() // the lines' names
}

// onSelected shows the kind of the line selected in the bar under the grid.
func (g *budgetGrid) onSelected(row, _ int) {
	g.line = row
	r := &g.t.ps.Plan().Resources
	kind, i := -1, 0
	if row >= 0 {
		kind, i = g.rowKind(row)
	}
	g.showing = true
	defer func() { g.showing = false }()
	g.costs.Hide()
	g.funding.Hide()
	g.remove.Disable()
	switch kind {
	case costLine:
		g.costs.SetSelected(costCategoryName(r.Costs[i].Category))
		g.costs.Enable()
		g.costs.Show()
		g.remove.Enable()
	case fundingLine:
		g.funding.SetSelected(fundingKindName(r.Funding[i].Kind))
		g.funding.Show()
		g.remove.Enable()
	default:
		g.costs.ClearSelected()
		g.costs.Disable()
		g.costs.Show()
	}
}

// onCostKind stores the kind chosen for the selected cost item.
func (g *budgetGrid) onCostKind(c planmodel.CostCategory) {
	if kind, i := g.rowKind(g.line); !g.showing && g.line >= 0 && kind == costLine {
		g.t.ps.Plan().Resources.Costs[i].Category = c
		g.t.ps.Changed()
		g.grid.Refresh()
	}
}

// onFundingKind stores the kind chosen for the selected funding source;
// the joint share may have changed.
func (g *budgetGrid) onFundingKind(f planmodel.FundingKind) {
	if kind, i := g.rowKind(g.line); !g.showing && g.line >= 0 && kind == fundingLine {
		g.t.ps.Plan().Resources.Funding[i].Kind = f
		g.t.figuresChanged()
	}
}

// onRemoveLine removes the selected cost item or funding source.
func (g *budgetGrid) onRemoveLine() {
	if g.line < 0 {
		return
	}
	r := &g.t.ps.Plan().Resources
	switch kind, i := g.rowKind(g.line); kind {
	case costLine:
		r.Costs = append(r.Costs[:i:i], r.Costs[i+1:]...)
	case fundingLine:
		r.Funding = append(r.Funding[:i:i], r.Funding[i+1:]...)
	default:
		return
	}
	g.linesChanged()
}

// onAddCost adds a cost item and selects its name.
func (g *budgetGrid) onAddCost() {
	r := &g.t.ps.Plan().Resources
	r.Costs = append(r.Costs, planmodel.CostItem{Title: lang.L("New cost item"), Category: planmodel.CostProjectManagement})
	g.linesChanged()
	g.grid.Select(len(r.Costs), 0)
}

// onAddFunding adds a funding source and selects its name. It starts as
// other funding, not the joint share: what is typed into it is then not
// split among the municipalities until the user says it is theirs.
func (g *budgetGrid) onAddFunding() {
	r := &g.t.ps.Plan().Resources
	r.Funding = append(r.Funding, planmodel.FundingSource{Name: lang.L("New funding source"), Kind: planmodel.FundOther})
	g.linesChanged()
	g.grid.Select(len(r.Costs)+len(r.Funding)+2, 0)
}

// linesChanged follows a line added or removed.
func (g *budgetGrid) linesChanged() {
	g.rebuild()
	g.t.accounts.rebuild()
	g.t.figuresChanged()
}

// amountProblem is what a cell for kroner says about text it cannot use.
var amountProblem = planmodel.Problem{Message: "A figure must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": planmodel.MaxAmount}}

// updateTotals recomputes every total and the balance, and the warnings.
func (g *budgetGrid) updateTotals() {
	p := g.t.ps.Plan()
	g.budget = p.Budget()
	g.grid.Refresh()
	b := &g.budget
	g.notes.Objects = nil // filled in one go below: Add would lay it out again each time
	defer g.notes.Refresh()
	for i, y := range b.Years {
		if b.Balance(i) < 0 {
			g.notes.Objects = append(g.notes.Objects, warning(lang.L("In {{.Year}} the costs exceed the funding by {{.Amount}}.", map[string]any{"Year": y, "Amount": widgets.Kroner(-b.Balance(i))})))
		}
	}
	if p.Resources.OutsidePeriod(p.FirstYear, p.LastYear) {
		drop := widget.NewButton(lang.L("Remove them"), g.onDropOutside)
		g.notes.Objects = append(g.notes.Objects, container.NewBorder(nil, nil, nil, drop, warning(lang.L("Some figures belong to years outside the plan's period. They are kept but left out of every total."))))
	}
}

// onDropOutside removes the figures of years outside the plan's period.
func (g *budgetGrid) onDropOutside() {
	p := g.t.ps.Plan()
	p.Resources.DropOutsidePeriod(p.FirstYear, p.LastYear)
	g.linesChanged()
	g.t.hours.rebuild()
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
