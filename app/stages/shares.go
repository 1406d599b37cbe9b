package stages

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// sharesView chooses the distribution key of the joint share and previews
// every municipality's share per year, with the burden check beside it.
type sharesView struct {
	t        *resourcesTool
	content  fyne.CanvasObject
	method   widgets.ChoiceSelect[planmodel.KeyMethod]
	equal    *widget.Entry // the equal part of the mixed key, in per cent
	equalErr error
	manual   *fyne.Container // a share per municipality, for the manual key
	shares   *widgets.Grid   // the manual shares, a row per municipality
	manSum   *widget.Label
	preview  *widgets.Grid
	notes    *fyne.Container

	// Recomputed at each change, for the preview's cells.
	split   planmodel.Shares
	splitOK bool
	flagged map[int]bool // the municipalities the burden check names
	budget  planmodel.Budget
}

func newSharesView(t *resourcesTool) *sharesView {
	v := &sharesView{t: t, notes: container.NewVBox(), manSum: widget.NewLabel("")}
	key := &t.ps.Plan().Resources.Key
	v.method = widgets.NewChoiceSelect(planmodel.KeyMethods, keyMethodName, orEqual(key.Method), v.onKeyMethod)
	v.equal = widgets.NewEntry(strconv.Itoa(key.EqualPercent))
	widgets.PassWheel(v.equal)
	widgets.Watch(v.equal, checkEqualPart, v.onEqualPart, &v.equalErr)
	v.shares = widgets.NewGrid(manualShares{v}, 1, 200, 110)
	v.shares.OnChanged = v.t.figuresChanged
	v.manual = container.NewVBox(widgets.Wrapped(lang.L("Write each municipality's share in per cent, with up to two decimals.")), v.shares, v.manSum)
	v.showKeyFields()
	help := widgets.Wrapped(lang.L("The joint share is split every year by the key, rounded to whole kroner so that the shares add up exactly."))
	help.TextStyle.Italic = true
	keyRow := container.NewHBox(widget.NewLabel(lang.L("Distribution key")), container.New(widgets.Columns{300}, v.method.Select),
		widget.NewLabel(lang.L("Equal part (%)")), container.New(widgets.Columns{80}, v.equal))
	w := previewColumns
	v.preview = widgets.NewGrid(sharePreview{v}, 1, widgets.YearColumns([]float32{w.name}, len(t.ps.Plan().Years()), w.year, w.total, w.perInhabitant)...)
	v.content = container.NewVBox(keyRow, help, v.manual, v.preview, v.notes)
	v.refresh()
	return v
}

// onKeyMethod follows the distribution key chosen.
func (v *sharesView) onKeyMethod(m planmodel.KeyMethod) {
	v.t.ps.Plan().Resources.Key.Method = m
	v.showKeyFields()
	v.content.Refresh() // lays out the fields shown
	v.t.figuresChanged()
}

func checkEqualPart(s string) error {
	if _, ok := parseWholePercent(s); !ok {
		return widgets.Translated(planmodel.Problems{{Message: "The equal part must be between 0 and 100 %."}})
	}
	return nil
}

// onEqualPart stores the equal part of the mixed key.
func (v *sharesView) onEqualPart(s string) {
	key := &v.t.ps.Plan().Resources.Key
	if n, _ := parseWholePercent(s); n != key.EqualPercent {
		key.EqualPercent = n
		v.t.figuresChanged()
	}
}

func orEqual(m planmodel.KeyMethod) planmodel.KeyMethod {
	if m == "" {
		return planmodel.KeyEqual
	}
	return m
}

// Widths of the preview's columns; the yearly figures go without "kr" to fit.
var previewColumns = struct{ name, year, total, perInhabitant float32 }{130, 84, 112, 72}

// parseWholePercent reads a whole per cent from 0 to 100, with or without "%".
func parseWholePercent(s string) (int, bool) {
	bp, err := planmodel.ParsePercent(s)
	return bp / 100, err == nil && bp%100 == 0 && bp <= planmodel.BasisPoints
}

// showKeyFields shows the fields the chosen key needs.
func (v *sharesView) showKeyFields() {
	m := orEqual(v.t.ps.Plan().Resources.Key.Method)
	if m == planmodel.KeyMixed {
		v.equal.Enable()
	} else {
		v.equal.Disable()
	}
	if m == planmodel.KeyManual {
		v.manual.Show()
	} else {
		v.manual.Hide()
	}
}

// manualShares is the model of the manual shares' table: a row per
// municipality with its name and its share in per cent.
type manualShares struct{ v *sharesView }

// Size is a row per municipality; its name and share.
func (m manualShares) Size() (int, int) { return len(m.v.t.ps.Plan().Municipalities), 2 }

// Heading names column col.
func (m manualShares) Heading(col int) string {
	if col == 0 {
		return lang.L("Municipality")
	}
	return lang.L("Share (%)")
}

// Cell is a municipality's name or agreed share.
func (m manualShares) Cell(row, col int) widgets.GridCell {
	p := m.v.t.ps.Plan()
	m0 := p.Municipalities[row]
	if col == 0 {
		return widgets.GridCell{Text: m0.Name, Leading: true}
	}
	text := ""
	if bp, ok := p.Resources.Key.Manual[m0.ID]; ok {
		text = planmodel.FormatPercent(bp)
	}
	return widgets.GridCell{Text: text, Edit: text, Editable: true}
}

// Set stores a municipality's agreed share; 0 removes it.
func (m manualShares) Set(row, _ int, text string) error {
	bp, ok := parseShare(text)
	if !ok {
		return planmodel.Problems{{Message: "A share must be between 0 and 100 %."}}
	}
	p := m.v.t.ps.Plan()
	key := &p.Resources.Key
	id := p.Municipalities[row].ID
	switch {
	case bp == 0:
		delete(key.Manual, id)
	case key.Manual == nil:
		key.Manual = map[planmodel.MunicipalityID]int{id: bp}
	default:
		key.Manual[id] = bp
	}
	return nil
}

// parseShare reads a manual share; an empty entry is 0 %.
func parseShare(s string) (int, bool) {
	if strings.TrimSpace(s) == "" {
		return 0, true
	}
	bp, err := planmodel.ParsePercent(s)
	return bp, err == nil && bp <= planmodel.BasisPoints
}

// refresh recomputes the preview table and the warnings.
func (v *sharesView) refresh() {
	p := v.t.ps.Plan()
	sum := p.ManualSum()
	v.manSum.SetText(lang.L("Sum of the shares: {{.Sum}} %", map[string]any{"Sum": planmodel.FormatPercent(sum)}))
	v.manSum.Importance = widget.SuccessImportance
	if sum != planmodel.BasisPoints {
		v.manSum.Importance = widget.DangerImportance
	}
	v.manSum.Refresh()
	v.shares.Refresh()

	v.notes.Objects = nil // filled in one go below: Add would lay it out again each time
	defer v.notes.Refresh()
	s, err := p.Shares()
	v.split, v.splitOK, v.budget, v.flagged = s, err == nil, p.Budget(), map[int]bool{}
	if err != nil {
		v.preview.Hide()
		v.notes.Objects = append(v.notes.Objects, warning(widgets.MessageText(err)))
		return
	}
	burdens := p.Burdens(s)
	for _, b := range burdens {
		v.flagged[b.Municipality] = true
	}
	v.preview.Show()
	v.preview.Refresh()
	if v.budget.JointTotal == 0 {
		v.notes.Objects = append(v.notes.Objects, widgets.Wrapped(lang.L("There is no joint share to split yet: add a funding source of the kind «Municipalities' joint share».")))
	}
	for _, text := range burdenTexts(p, burdens) {
		v.notes.Objects = append(v.notes.Objects, warning(text))
	}
}

// sharePreview is the model of the preview of the shares: a row per
// municipality, then the joint share; a column for the name, one per year,
// the period's total and the total per inhabitant.
type sharePreview struct{ v *sharesView }

// Size is a row per municipality and the joint share's; the name, years, total and per inhabitant.
func (m sharePreview) Size() (int, int) {
	p := m.v.t.ps.Plan()
	return len(p.Municipalities) + 1, len(p.Years()) + 3
}

// Heading names column col.
func (m sharePreview) Heading(col int) string {
	return columnHeading(m.v.t.ps.Plan().Years(), col, []string{lang.L("Municipality")}, lang.L("Total"), lang.L("Per inh."))
}

// Cell is a municipality's share in a year, in all or per inhabitant, or the joint share.
func (m sharePreview) Cell(row, col int) widgets.GridCell {
	p := m.v.t.ps.Plan()
	s := &m.v.split
	n := len(s.Years)
	if !m.v.splitOK || row >= len(s.Total) {
		return m.jointCell(col)
	}
	switch {
	case col == 0:
		c := widgets.GridCell{Text: p.Municipalities[row].Name, Leading: true}
		if m.v.flagged[row] {
			c.Importance = widget.WarningImportance
		}
		return c
	case col <= n:
		return widgets.GridCell{Text: planmodel.FormatInt(s.Money[row][col-1])}
	case col == n+1:
		return widgets.GridCell{Text: widgets.Kroner(s.Total[row])}
	}
	c := widgets.GridCell{Text: "–"}
	if per, ok := p.PerInhabitant(*s, row); ok {
		c.Text = widgets.Kroner(per)
	}
	if m.v.flagged[row] {
		c.Importance = widget.WarningImportance
	}
	return c
}

// jointCell is a cell of the joint share's row.
func (m sharePreview) jointCell(col int) widgets.GridCell {
	b := &m.v.budget
	switch {
	case col == 0:
		return widgets.GridCell{Text: lang.L("Joint share"), Bold: true, Leading: true}
	case col <= len(b.Joint):
		return widgets.GridCell{Text: planmodel.FormatInt(b.Joint[col-1]), Bold: true}
	case col == len(b.Joint)+1:
		return widgets.GridCell{Text: widgets.Kroner(b.JointTotal), Bold: true}
	}
	return widgets.GridCell{}
}

// Set is never called: the preview has no editable cell.
func (m sharePreview) Set(int, int, string) error { return nil }

// burdenTexts words the burden check: one note per municipality that pays
// far above the average per inhabitant, and one note for all that pay a
// substantial share without any measure of their own.
func burdenTexts(p *planmodel.Plan, burdens []planmodel.Burden) []string {
	var out, shares []string
	var last planmodel.Burden
	for _, b := range burdens {
		name := p.Municipalities[b.Municipality].Name
		if b.Kind == planmodel.BurdenPerInhabitant {
			out = append(out, lang.L("{{.Name}} pays {{.Times}} times the region's average per inhabitant. Consider whether the larger municipalities can carry more.", map[string]any{
				"Name": name, "Times": planmodel.FormatDecimal(b.Times, 1)}))
			continue
		}
		last = b
		shares = append(shares, name+" "+planmodel.FormatDecimal(b.Percent, 0)+" %")
	}
	switch len(shares) {
	case 0:
	case 1:
		out = append(out, lang.L("{{.Name}} pays {{.Percent}} % of the joint share, but no measure is led by it or belongs to it. A municipality that pays without getting anything back loses the will to take part.", map[string]any{
			"Name": p.Municipalities[last.Municipality].Name, "Percent": planmodel.FormatDecimal(last.Percent, 0)}))
	default:
		out = append(out, lang.L("No measure is led by or belongs to these municipalities, though each pays a substantial part of the joint share: {{.Shares}}. A municipality that pays without getting anything back loses the will to take part.", map[string]any{"Shares": strings.Join(shares, ", ")}))
	}
	return out
}

func keyMethodName(m planmodel.KeyMethod) string {
	switch m {
	case planmodel.KeyEqual:
		return lang.L("Equal shares")
	case planmodel.KeyPopulation:
		return lang.L("By population")
	case planmodel.KeyMixed:
		return lang.L("Partly equal, the rest by population")
	case planmodel.KeyManual:
		return lang.L("Agreed shares per municipality")
	}
	return string(m)
}
