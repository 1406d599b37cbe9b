package stages

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
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
	shares   []*widget.Entry // the manual shares' entries, one per municipality
	manSum   *widget.Label
	preview  *fyne.Container
	notes    *fyne.Container
}

func newSharesView(t *resourcesTool) *sharesView {
	v := &sharesView{t: t, preview: container.NewVBox(), notes: container.NewVBox(), manSum: widget.NewLabel("")}
	key := &t.ps.Plan().Resources.Key
	v.method = widgets.NewChoiceSelect(planmodel.KeyMethods, keyMethodName, orEqual(key.Method), func(m planmodel.KeyMethod) {
		key.Method = m
		v.showKeyFields()
		t.figuresChanged()
	})
	v.equal = widgets.NewEntry(strconv.Itoa(key.EqualPercent))
	widgets.PassWheel(v.equal)
	widgets.Watch(v.equal, func(s string) error {
		if _, ok := parseWholePercent(s); !ok {
			return widgets.Translated(planmodel.Problems{{Message: "The equal part must be between 0 and 100 %."}})
		}
		return nil
	}, func(s string) {
		if n, _ := parseWholePercent(s); n != key.EqualPercent {
			key.EqualPercent = n
			t.figuresChanged()
		}
	}, &v.equalErr)
	v.manual = container.NewVBox()
	v.buildManual()
	v.showKeyFields()
	help := widgets.Wrapped(lang.L("The joint share is split every year by the key, rounded to whole kroner so that the shares add up exactly."))
	help.TextStyle.Italic = true
	keyRow := container.NewHBox(widget.NewLabel(lang.L("Distribution key")), container.New(widgets.Columns{300}, v.method.Select),
		widget.NewLabel(lang.L("Equal part (%)")), container.New(widgets.Columns{80}, v.equal))
	v.content = container.NewVBox(keyRow, help, v.manual, widgets.FitYears(v.preview, len(t.ps.Plan().Years())), v.notes)
	v.refresh()
	return v
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

// buildManual makes an entry per municipality for its manual share.
func (v *sharesView) buildManual() {
	p := v.t.ps.Plan()
	key := &p.Resources.Key
	v.manual.Objects = nil // filled in one go below: Add would lay it out again each time
	defer v.manual.Refresh()
	v.shares = nil
	grid := container.NewGridWithColumns(4)
	for _, m := range p.Municipalities {
		e := widgets.NewEntry("")
		if bp, ok := key.Manual[m.Name]; ok {
			e.SetText(planmodel.FormatPercent(bp))
		}
		widgets.PassWheel(e)
		var err error
		widgets.Watch(e, func(s string) error {
			if _, ok := parseShare(s); !ok {
				return widgets.Translated(planmodel.Problems{{Message: "A share must be between 0 and 100 %."}})
			}
			return nil
		}, func(s string) {
			bp, _ := parseShare(s)
			if bp == key.Manual[m.Name] {
				return
			}
			if key.Manual == nil {
				key.Manual = map[string]int{}
			}
			if bp == 0 {
				delete(key.Manual, m.Name)
			} else {
				key.Manual[m.Name] = bp
			}
			v.t.figuresChanged()
		}, &err)
		v.shares = append(v.shares, e)
		grid.Add(widget.NewLabel(m.Name))
		grid.Add(container.NewBorder(nil, nil, nil, widget.NewLabel("%"), e))
	}
	v.manual.Objects = append(v.manual.Objects, widgets.Wrapped(lang.L("Write each municipality's share in per cent, with up to two decimals.")))
	v.manual.Objects = append(v.manual.Objects, grid)
	v.manual.Objects = append(v.manual.Objects, v.manSum)
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

	v.preview.Objects = nil // filled in one go below: Add would lay it out again each time
	defer v.preview.Refresh()
	v.notes.Objects = nil // filled in one go below: Add would lay it out again each time
	defer v.notes.Refresh()
	s, err := p.Shares()
	if err != nil {
		v.notes.Objects = append(v.notes.Objects, warning(widgets.MessageText(err)))
		return
	}
	w := previewColumns
	cols := widgets.YearColumns([]float32{w.name}, len(s.Years), w.year, w.total, w.perInhabitant)
	total := widgets.Heading(lang.L("Total"))
	total.Alignment = fyne.TextAlignTrailing
	perInh := widgets.Heading(lang.L("Per inh."))
	perInh.Alignment = fyne.TextAlignTrailing
	v.preview.Objects = append(v.preview.Objects, widgets.TableRow(cols, append(append([]fyne.CanvasObject{widgets.Heading(lang.L("Municipality"))}, widgets.YearHeadings(s.Years)...), total, perInh)...))

	flagged := map[int]bool{}
	burdens := p.Burdens(s)
	for _, b := range burdens {
		flagged[b.Municipality] = true
	}
	for i, m := range p.Municipalities {
		var name fyne.CanvasObject = widget.NewLabel(m.Name)
		per := widgets.Figure("–")
		if n, ok := p.PerInhabitant(s, i); ok {
			per.SetText(widgets.Kroner(n))
		}
		if flagged[i] {
			name = container.NewBorder(nil, nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), name)
			per.Importance = widget.WarningImportance
		}
		cells := []fyne.CanvasObject{name}
		for y := range s.Years {
			cells = append(cells, widgets.Figure(planmodel.FormatInt(s.Money[i][y])))
		}
		v.preview.Objects = append(v.preview.Objects, widgets.TableRow(cols, append(cells, widgets.Figure(widgets.Kroner(s.Total[i])), per)...))
	}
	b := p.Budget()
	cells := []fyne.CanvasObject{widgets.Heading(lang.L("Joint share"))}
	for i := range b.Years {
		cells = append(cells, widgets.BoldFigure(planmodel.FormatInt(b.Joint[i])))
	}
	v.preview.Objects = append(v.preview.Objects, widget.NewSeparator())
	v.preview.Objects = append(v.preview.Objects, widgets.TableRow(cols, append(cells, widgets.BoldFigure(widgets.Kroner(b.JointTotal)), nil)...))
	if b.JointTotal == 0 {
		v.notes.Objects = append(v.notes.Objects, widgets.Wrapped(lang.L("There is no joint share to split yet: add a funding source of the kind «Municipalities' joint share».")))
	}
	for _, text := range burdenTexts(p, burdens) {
		v.notes.Objects = append(v.notes.Objects, warning(text))
	}
}

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
