package stages

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// measureList lists the plan's measures, edits them in a dialog, and shows
// the responsibility overview: which common measures each municipality leads.
type measureList struct {
	t        *resourcesTool
	content  fyne.CanvasObject
	list     *widget.List      // builds only the rows in view: plans may have hundreds of measures
	height   *canvas.Rectangle // an invisible spacer that gives the list its height
	box      *fyne.Container
	empty    *widget.Label
	overview *fyne.Container
}

// measureRowsShown is how many measures the list shows before it scrolls.
const measureRowsShown = 12

func newMeasureList(t *resourcesTool) *measureList {
	l := &measureList{t: t, overview: container.NewVBox()}
	l.empty = widgets.Wrapped(lang.L("No measures yet. Add the common measures the municipalities will carry out together, and each municipality's own."))
	l.list = widget.NewList(func() int { return len(l.t.ps.Plan().Measures) }, l.newRow, l.updateRow)
	l.height = canvas.NewRectangle(color.Transparent)
	l.box = container.NewStack(l.height, l.list)
	add := widget.NewButtonWithIcon(lang.L("Add measure…"), theme.ContentAddIcon(), l.onAdd)
	l.content = container.NewVBox(l.empty, l.box, container.NewHBox(add),
		widgets.Heading(lang.L("Responsibility per municipality")), l.overview)
	l.refresh()
	return l
}

// measureRow is one measure in the list: a quick-win mark, the title and a
// line of facts, and buttons to edit and remove it.
type measureRow struct {
	widget.BaseWidget
	icon      *widget.Icon
	title     *widget.Label
	facts     *widget.Label
	edit, del *widget.Button
}

func (l *measureList) newRow() fyne.CanvasObject {
	r := &measureRow{
		icon:  widget.NewIcon(nil),
		title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		facts: widget.NewLabel(""),
		edit:  widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), nil),
		del:   widget.NewButtonWithIcon("", theme.DeleteIcon(), nil),
	}
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.facts.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (r *measureRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, r.icon, container.NewHBox(r.edit, r.del), container.NewVBox(r.title, r.facts)))
}

func (l *measureList) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*measureRow)
	m := l.t.ps.Plan().Measures[i]
	r.title.SetText(m.Title)
	r.facts.SetText(measureFacts(l.t.ps.Plan(), m))
	if m.QuickWin {
		r.icon.SetResource(theme.NewPrimaryThemedResource(theme.ConfirmIcon()))
	} else {
		r.icon.SetResource(nil)
	}
	r.edit.OnTapped = func() { l.edit(i) }
	r.del.OnTapped = func() { l.remove(i) }
}

// onAdd opens the dialog for a new measure.
func (l *measureList) onAdd() { l.edit(-1) }

func (l *measureList) refresh() {
	n := len(l.t.ps.Plan().Measures)
	if n == 0 {
		l.empty.Show()
		l.box.Hide()
	} else {
		l.empty.Hide()
		l.box.Show()
		row := l.newRow().MinSize().Height + theme.Padding()
		l.height.SetMinSize(fyne.NewSize(0, row*float32(min(n, measureRowsShown))))
		l.list.Refresh()
		l.box.Refresh()
	}
	l.refreshOverview()
}

// measureFacts sums up a measure in one line: scope, who, status, years, cost.
func measureFacts(p *planmodel.Plan, m planmodel.Measure) string {
	parts := []string{scopeName(m.Scope)}
	switch {
	case m.Responsible == "" && m.Scope == planmodel.ScopeCommon:
		parts = append(parts, lang.L("nobody leads it yet"))
	case m.Scope == planmodel.ScopeCommon:
		parts = append(parts, lang.L("led by {{.Name}}", map[string]any{"Name": p.NameOf(m.Responsible)}))
	default:
		parts = append(parts, p.NameOf(m.Responsible))
	}
	parts = append(parts, measureStatusName(m.Status))
	if m.FirstYear != 0 {
		years := strconv.Itoa(m.FirstYear)
		if m.LastYear != 0 && m.LastYear != m.FirstYear {
			years += "–" + strconv.Itoa(m.LastYear)
		}
		parts = append(parts, years)
	}
	if m.Cost > 0 {
		parts = append(parts, widgets.Kroner(m.Cost))
	}
	if m.QuickWin {
		parts = append(parts, lang.L("quick win"))
	}
	if m.Area != "" {
		parts = append(parts, m.Area)
	}
	return strings.Join(parts, " · ")
}

func (l *measureList) refreshOverview() {
	p := l.t.ps.Plan()
	l.overview.Objects = nil // filled in one go below: Add would lay it out again each time
	defer l.overview.Refresh()
	for i, r := range p.Responsibilities() {
		titles := make([]string, len(r.Leads))
		for j, k := range r.Leads {
			titles[j] = p.Measures[k].Title
		}
		text := lang.L("leads no common measure")
		if len(titles) > 0 {
			text = lang.L("leads: {{.Titles}}", map[string]any{"Titles": strings.Join(titles, "; ")})
		}
		if r.Local > 0 {
			text += " · " + lang.L("local measures: {{.Count}}", map[string]any{"Count": r.Local})
		}
		name := p.Municipalities[i].Name
		line := widgets.Wrapped(text)
		var mark fyne.CanvasObject
		switch {
		case r.LeadsMost:
			line.SetText(text + " — " + lang.L("{{.Name}} leads more than half of the common measures; share the load so the others own the plan too.", map[string]any{"Name": name}))
			mark = widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
		case r.LeadsNone:
			line.SetText(text + " — " + lang.L("give {{.Name}} a common measure to follow up, with support from the others.", map[string]any{"Name": name}))
			mark = widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
		}
		l.overview.Objects = append(l.overview.Objects, container.NewBorder(nil, nil, widgets.TableRow(widgets.Columns{130, 32}, widget.NewLabel(name), mark), nil, line))
	}
}

func (l *measureList) remove(i int) {
	p := l.t.ps.Plan()
	m := p.Measures[i]
	dialog.ShowConfirm(lang.L("Remove measure"),
		lang.L("Remove the measure «{{.Title}}»?", map[string]any{"Title": m.Title}), func(ok bool) {
			if !ok || i >= len(p.Measures) || p.Measures[i].ID != m.ID {
				return
			}
			p.Measures = append(p.Measures[:i:i], p.Measures[i+1:]...)
			l.t.measuresChanged()
		}, l.t.ps.Window())
}

// measureForm is the dialog that adds measure i, or edits it.
type measureForm struct {
	l                             *measureList
	i                             int
	m                             planmodel.Measure
	name, desc, area, first, last *widget.Entry
	cost                          *widget.Entry
	scope                         widgets.ChoiceSelect[planmodel.Scope]
	status                        widgets.ChoiceSelect[planmodel.MeasureStatus]
	who                           *widget.Select
	quick                         *widget.Check
	readProgress                  func(*planmodel.Measure)
}

// edit opens the measure dialog for measure i, or for a new one when i < 0.
func (l *measureList) edit(i int) *widgets.FormDialog {
	p := l.t.ps.Plan()
	f := &measureForm{l: l, i: i, m: planmodel.Measure{Scope: planmodel.ScopeCommon, Status: planmodel.MeasureIdea}}
	title := lang.L("Add measure")
	if i >= 0 {
		f.m = p.Measures[i]
		title = lang.L("Edit measure")
	}
	m := f.m
	f.name = widgets.NewEntry(m.Title)
	f.desc = widget.NewMultiLineEntry()
	f.desc.SetText(m.Description)
	f.desc.Wrapping = fyne.TextWrapWord
	f.desc.SetMinRowsVisible(3)
	f.scope = widgets.NewChoiceSelect([]planmodel.Scope{planmodel.ScopeCommon, planmodel.ScopeLocal}, scopeName, m.Scope, nil)
	names := []string{lang.L("(nobody yet)")}
	for _, mu := range p.Municipalities {
		names = append(names, mu.Name)
	}
	f.who = widgets.NewSelect(names, nil)
	f.who.SetSelectedIndex(max(0, p.IndexOf(m.Responsible)+1))
	f.area = widgets.NewEntry(m.Area)
	f.area.SetPlaceHolder(lang.L("e.g. Green business development"))
	f.quick = widget.NewCheck(lang.L("A quick win: visible results early"), nil)
	f.quick.SetChecked(m.QuickWin)
	f.status = widgets.NewChoiceSelect(planmodel.MeasureStatuses, measureStatusName, m.Status, nil)
	f.first, f.last = widgets.NewEntry(yearText(m.FirstYear)), widgets.NewEntry(yearText(m.LastYear))
	f.first.SetPlaceHolder(strconv.Itoa(p.FirstYear))
	f.last.SetPlaceHolder(strconv.Itoa(p.LastYear))
	f.cost = widgets.NewEntry("")
	if m.Cost > 0 {
		f.cost.SetText(planmodel.FormatInt(m.Cost))
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Title"), f.name),
		widget.NewFormItem(lang.L("About the measure"), f.desc),
		widget.NewFormItem(lang.L("Common or local"), f.scope.Select),
		widget.NewFormItem(lang.L("Responsible municipality"), f.who),
		widget.NewFormItem(lang.L("Action area"), f.area),
		widget.NewFormItem("", f.quick),
		widget.NewFormItem(lang.L("Status"), f.status.Select),
		widget.NewFormItem(lang.L("First year"), f.first),
		widget.NewFormItem(lang.L("Last year"), f.last),
		widget.NewFormItem(lang.L("Cost (kr)"), f.cost),
	)
	progress, readProgress := progressFields(m, progressYear(p, l.t.ps.Now().Year()))
	f.readProgress = readProgress
	form.Items = append(form.Items, progress...)
	form.Items[3].HintText = lang.L("For a common measure the municipality that leads it; for a local one the municipality it belongs to.")
	return widgets.ShowFormDialog(l.t.ps.Window(), title, lang.L("Save"), form, f.onSave)
}

// read is the measure as the form says it, or what is wrong with it.
func (f *measureForm) read() (planmodel.Measure, error) {
	p := f.l.t.ps.Plan()
	n := planmodel.Measure{
		ID: f.m.ID, Title: strings.TrimSpace(f.name.Text), Description: strings.TrimSpace(f.desc.Text),
		Scope: f.scope.IDs[max(0, f.scope.SelectedIndex())], Area: strings.TrimSpace(f.area.Text), QuickWin: f.quick.Checked,
		Status: f.status.IDs[max(0, f.status.SelectedIndex())],
	}
	if k := f.who.SelectedIndex(); k > 0 {
		n.Responsible = p.Municipalities[k-1].ID
	}
	f.readProgress(&n)
	var err error
	if n.FirstYear, err = planmodel.ParseOptionalYear(f.first.Text, "firstYear"); err != nil {
		return n, err
	}
	if n.LastYear, err = planmodel.ParseOptionalYear(f.last.Text, "lastYear"); err != nil {
		return n, err
	}
	if s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(f.cost.Text), "kr")); s != "" {
		if n.Cost, err = planmodel.ParseInt(s); err != nil {
			return n, planmodel.Problems{{Field: "cost", Message: "A figure must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": planmodel.MaxAmount}}}
		}
	}
	if ps := p.ValidateMeasure(n); len(ps) > 0 {
		return n, ps
	}
	return n, nil
}

// onSave puts the measure into the plan, or refuses it with what is wrong.
func (f *measureForm) onSave() error {
	n, err := f.read()
	if err != nil {
		return err
	}
	p := f.l.t.ps.Plan()
	if f.i < 0 {
		if len(p.Measures) >= planmodel.MaxMeasures {
			return planmodel.Problems{{Field: "measures", Message: "A plan can have at most {{.Max}} measures.", Args: map[string]any{"Max": planmodel.MaxMeasures}}}
		}
		n.ID = planmodel.NewID()
		p.Measures = append(p.Measures, n)
	} else {
		p.Measures[f.i] = n
	}
	f.l.t.measuresChanged()
	return nil
}

func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

func scopeName(s planmodel.Scope) string {
	if s == planmodel.ScopeLocal {
		return lang.L("Local")
	}
	return lang.L("Common")
}

func measureStatusName(s planmodel.MeasureStatus) string {
	switch s {
	case planmodel.MeasureIdea:
		return lang.L("Idea")
	case planmodel.MeasurePlanned:
		return lang.L("Planned")
	case planmodel.MeasureRunning:
		return lang.L("Running")
	case planmodel.MeasureDone:
		return lang.L("Done")
	case planmodel.MeasureStopped:
		return lang.L("Stopped")
	}
	return string(s)
}
