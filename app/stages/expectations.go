package stages

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/register"
)

// municipalityEditor lists the plan's municipalities with their facts and
// edits them in a dialog. It sits in the expectations stage.
type municipalityEditor struct {
	ps      Host
	content fyne.CanvasObject
	rows    *fyne.Container
	total   *widget.Label
	add     *widget.Button
	merge   *widget.Button
}

func newMunicipalityEditor(ps Host) *municipalityEditor {
	e := &municipalityEditor{ps: ps, rows: container.NewVBox(), total: widget.NewLabel("")}
	add := widget.NewButtonWithIcon(lang.L("Add municipality…"), theme.ContentAddIcon(), e.onAdd)
	e.add = add
	e.merge = widget.NewButtonWithIcon(lang.L("Merge municipalities…"), theme.ContentCopyIcon(), e.mergeDialog)
	e.total.Importance = widget.LowImportance
	e.refresh()
	e.content = container.NewVBox(e.rows, container.NewBorder(nil, nil, nil, container.NewHBox(e.merge, add), e.total))
	return e
}

// onAdd opens the dialog for a new municipality, with the register's search.
func (e *municipalityEditor) onAdd() { e.edit(-1) }

// onMergePick proposes the first municipality picked for a merger as the
// name after it, until a name is typed.
func onMergePick(sel []string, newName *widget.Entry) {
	if len(sel) > 0 && newName.Text == "" {
		newName.SetText(sel[0])
	}
}

func (e *municipalityEditor) refresh() {
	p := e.ps.Plan()
	e.rows.Objects = nil // filled in one go below: Add would lay it out again each time
	defer e.rows.Refresh()
	if len(p.Municipalities) == 0 {
		hint := widget.NewLabel(lang.L("No municipalities yet. Add each municipality that takes part, with the facts its council papers need."))
		hint.Wrapping = fyne.TextWrapWord
		e.rows.Objects = append(e.rows.Objects, hint)
	}
	for i, m := range p.Municipalities {
		name := m.Name
		if m.ID == p.Applicant {
			name = lang.L("{{.Name}} (applicant)", map[string]any{"Name": m.Name})
		}
		title := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		outside := ""
		if !register.Has(m) {
			outside = lang.L("not in the register")
		}
		facts := widget.NewLabel(widgets.JoinParts(lang.L("{{.Number}} · {{.Population}} inhabitants · {{.Standard}} · {{.Council}}", map[string]any{
			"Number": widgets.OrDash(m.Number), "Population": planmodel.FormatInt(int64(m.Population)),
			"Standard": widgets.StandardName(m.Standard), "Council": widgets.OrDash(m.Council),
		}), outside, m.Expectation))
		facts.Truncation = fyne.TextTruncateEllipsis
		edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { e.edit(i) })
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.remove(i) })
		title.Truncation = fyne.TextTruncateEllipsis
		e.rows.Objects = append(e.rows.Objects, container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(200, title.MinSize().Height), title),
			container.NewHBox(edit, del), facts))
	}
	e.total.SetText(lang.L("{{.Municipalities}}, {{.Population}} inhabitants in all", map[string]any{
		"Municipalities": widgets.Municipalities(len(p.Municipalities)), "Population": planmodel.FormatInt(int64(p.Population())),
	}))
}

// papersStandards are the choices for a municipality's papers: neutral ones
// follow the plan's own standard.
var papersStandards = []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk, planmodel.Neutral}

func (e *municipalityEditor) remove(i int) {
	name := e.ps.Plan().Municipalities[i].Name
	dialog.ShowConfirm(lang.L("Remove municipality"),
		lang.L("Remove {{.Name}} from the plan?", map[string]any{"Name": name}),
		func(ok bool) { e.onRemove(i, name, ok) }, e.ps.Window())
}

// onRemove removes municipality i, named name, when the user agreed and it
// is still the one asked about.
func (e *municipalityEditor) onRemove(i int, name string, ok bool) {
	p := e.ps.Plan()
	if !ok || i >= len(p.Municipalities) || p.Municipalities[i].Name != name {
		return
	}
	p.RemoveMunicipality(i)
	e.ps.Changed()
	e.refresh()
}

// municipalityForm is the dialog that adds municipality i, or edits it,
// with the register's search for a new one.
type municipalityForm struct {
	e                          *municipalityEditor
	i                          int
	m                          planmodel.Municipality
	name, number, pop, popDate *widget.Entry
	area, council, contact     *widget.Entry
	expectation                *widget.Entry
	std                        *widget.RadioGroup
	standardNames              []string
	applicant                  *widget.Check
	readPapers                 func() planmodel.Papers
}

// edit opens the municipality dialog for municipality i, or for a new one when i < 0.
func (e *municipalityEditor) edit(i int) *widgets.FormDialog {
	p := e.ps.Plan()
	f := &municipalityForm{e: e, i: i, m: planmodel.Municipality{Standard: planmodel.Bokmal, Council: planmodel.DefaultCouncil}}
	title := lang.L("Add municipality")
	if i >= 0 {
		f.m = p.Municipalities[i]
		title = lang.L("Edit {{.Name}}", map[string]any{"Name": f.m.Name})
	}
	m := f.m
	f.name = widgets.NewEntry(m.Name)
	f.number = widgets.NewEntry(m.Number)
	f.number.SetPlaceHolder("4022")
	f.pop = widgets.NewEntry("")
	if m.Population > 0 {
		f.pop.SetText(planmodel.FormatInt(int64(m.Population)))
	}
	f.popDate = widgets.NewEntry("")
	if d, err := planmodel.ParseDate(m.PopulationDate); err == nil {
		f.popDate.SetText(planmodel.FormatDate(d))
	}
	f.popDate.SetPlaceHolder("01.01.2026")
	f.area = widgets.NewEntry("")
	if m.AreaKm2 > 0 {
		f.area.SetText(strings.ReplaceAll(strconv.FormatFloat(m.AreaKm2, 'f', -1, 64), ".", ","))
	}
	f.standardNames = make([]string, len(papersStandards))
	for i, s := range papersStandards {
		f.standardNames[i] = widgets.StandardName(s)
	}
	f.std = widget.NewRadioGroup(f.standardNames, nil)
	f.std.Horizontal = true
	f.std.Required = true
	f.std.SetSelected(widgets.StandardName(m.Standard))
	f.council = widgets.NewEntry(m.Council)
	f.contact = widgets.NewEntry(m.Contact)
	f.expectation = widgets.NewNoteEntry(m.Expectation)
	f.expectation.SetPlaceHolder(lang.L("What the municipality expects to gain from the cooperation"))
	f.applicant = widget.NewCheck(lang.L("This is the applicant municipality"), nil)
	f.applicant.SetChecked(i >= 0 && p.Applicant == m.ID)
	papers, readPapers := papersItems(m.Papers)
	f.readPapers = readPapers

	form := widget.NewForm()
	var picker *widgets.MunicipalityPicker
	if i < 0 {
		picker = widgets.NewMunicipalityPicker(f.onPicked)
		picker.Skip = func(r register.Entry) bool { return p.MunicipalityIndex(r.Name) >= 0 }
		form.Append(lang.L("Find in the register"), picker.Content())
	}
	for _, it := range []*widget.FormItem{
		widget.NewFormItem(lang.L("Name"), f.name),
		widget.NewFormItem(lang.L("Municipality number"), f.number),
		widget.NewFormItem(lang.L("Population"), f.pop),
		widget.NewFormItem(lang.L("Counted on"), f.popDate),
		widget.NewFormItem(lang.L("Area (km²)"), f.area),
		widget.NewFormItem(lang.L("Written standard of its papers"), f.std),
		widget.NewFormItem(lang.L("Name of the council"), f.council),
		widget.NewFormItem(lang.L("Contact person"), f.contact),
		widget.NewFormItem(lang.L("Expected benefit"), f.expectation),
		widget.NewFormItem("", f.applicant),
		widget.NewFormItem("", widget.NewLabelWithStyle(lang.L("Case system and papers"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
	} {
		form.AppendItem(it)
	}
	for _, it := range papers {
		form.AppendItem(it)
	}
	d := widgets.ShowFormDialog(e.ps.Window(), title, lang.L("Save"), form, f.onSave)
	if picker != nil {
		picker.OnDone = d.Submit
		e.ps.Window().Canvas().Focus(picker.Search)
	}
	return d
}

// onPicked fills the form from the register's row the user picked.
func (f *municipalityForm) onPicked(r register.Entry) {
	f.name.SetText(r.Name)
	f.number.SetText(r.Number)
	f.pop.SetText(planmodel.FormatInt(int64(r.Population)))
	f.popDate.SetText(widgets.DateOf(r.PopulationDate))
	f.std.SetSelected(widgets.StandardName(r.Standard))
}

// onSave puts the municipality into the plan, or refuses it with what is wrong.
func (f *municipalityForm) onSave() error {
	n := f.m
	n.Name, n.Number = strings.TrimSpace(f.name.Text), strings.TrimSpace(f.number.Text)
	n.Council, n.Contact = strings.TrimSpace(f.council.Text), strings.TrimSpace(f.contact.Text)
	n.Expectation = strings.TrimSpace(f.expectation.Text)
	n.Papers = f.readPapers()
	n.Standard = papersStandards[max(0, slices.Index(f.standardNames, f.std.Selected))]
	if err := readFacts(&n, f.pop.Text, f.popDate.Text, f.area.Text); err != nil {
		return err
	}
	if err := f.e.ps.Plan().PutMunicipality(f.i, n, f.applicant.Checked); err != nil {
		return err
	}
	f.e.ps.Changed()
	f.e.refresh()
	return nil
}

// papersItems are the fields of how a municipality's case system heads its
// council papers, returned with a function that reads them back.
func papersItems(pp planmodel.Papers) ([]*widget.FormItem, func() planmodel.Papers) {
	fields := []struct {
		label string
		value *string
	}{
		{lang.L("Archive code"), &pp.ArchiveCode},
		{lang.L("Case officer"), &pp.Officer},
		{lang.L("Officer's title"), &pp.OfficerTitle},
		{lang.L("Phone"), &pp.Phone},
		{lang.L("E-mail"), &pp.Email},
		{lang.L("Head of the administration"), &pp.Head},
		{lang.L("Heading of the proposal"), &pp.Heading},
	}
	items := make([]*widget.FormItem, len(fields))
	entries := make([]*widget.Entry, len(fields))
	for k, f := range fields {
		entries[k] = widgets.NewEntry(*f.value)
		items[k] = widget.NewFormItem(f.label, entries[k])
	}
	return items, func() planmodel.Papers {
		for k, f := range fields {
			*f.value = strings.TrimSpace(entries[k].Text)
		}
		return pp
	}
}

// readFacts reads a municipality's population, the date it was counted and
// its area from the dialog's fields; an empty field leaves the fact unknown.
func readFacts(m *planmodel.Municipality, pop, popDate, area string) error {
	m.Population, m.PopulationDate, m.AreaKm2 = 0, "", 0
	if strings.TrimSpace(pop) != "" {
		v, err := planmodel.ParseInt(pop)
		if err != nil || v < 0 || v > planmodel.MaxPopulation {
			return planmodel.Problems{{Field: "population", Message: "The population must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": planmodel.MaxPopulation}}}
		}
		m.Population = int(v)
	}
	var err error
	if m.PopulationDate, err = planmodel.ParseOptionalDate(popDate, "populationDate"); err != nil {
		return err
	}
	if v, err := planmodel.ParseOptionalNumber(area, "areaKm2"); err != nil {
		return planmodel.Problems{{Field: "areaKm2", Message: "The area must be between 0 and {{.Max}} km².", Args: map[string]any{"Max": planmodel.MaxAreaKm2}}}
	} else if v != nil {
		m.AreaKm2 = *v
	}
	return nil
}

// mergeDialog joins municipalities that have merged, as Songdalen and Søgne
// joined Kristiansand in 2020, after taking a snapshot of the plan.
func (e *municipalityEditor) mergeDialog() {
	p := e.ps.Plan()
	f := &mergeForm{e: e, newName: widget.NewEntry()}
	for _, m := range p.Municipalities {
		f.names = append(f.names, m.Name)
	}
	f.pick = widget.NewCheckGroup(f.names, nil)
	f.newName.SetPlaceHolder(lang.L("e.g. Kristiansand"))
	f.pick.OnChanged = func(sel []string) { onMergePick(sel, f.newName) }
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Municipalities"), f.pick),
		widget.NewFormItem(lang.L("Name after the merger"), f.newName),
	)
	widgets.ShowFormDialog(e.ps.Window(), lang.L("Merge municipalities"), lang.L("Merge"), form, f.onMerge)
}

// mergeForm is the dialog that merges municipalities into one.
type mergeForm struct {
	e       *municipalityEditor
	names   []string // the plan's municipalities, in its order
	pick    *widget.CheckGroup
	newName *widget.Entry
}

// onMerge merges the municipalities picked under the name typed, after a
// snapshot, or refuses before anything changes.
func (f *mergeForm) onMerge() error {
	p := f.e.ps.Plan()
	// Keep the plan's order, with the one named first in the merger first.
	var chosen []string
	for _, n := range f.names {
		if slices.Contains(f.pick.Selected, n) {
			chosen = append(chosen, n)
		}
	}
	target := strings.TrimSpace(f.newName.Text)
	for i, n := range chosen {
		if n == target {
			chosen[0], chosen[i] = chosen[i], chosen[0]
		}
	}
	ids := make([]planmodel.MunicipalityID, len(chosen))
	for i, n := range chosen {
		ids[i] = p.IDOf(n)
	}
	if err := p.Clone().MergeMunicipalities(ids, target); err != nil {
		return err // refused before anything is changed or a snapshot taken
	}
	label := lang.L("Before merging {{.Names}}", map[string]any{"Names": strings.Join(chosen, ", ")})
	if err := f.e.ps.Snapshot(label, planmodel.SnapshotBeforeMerge, 0); err != nil {
		return err
	}
	if err := p.MergeMunicipalities(ids, target); err != nil {
		return err
	}
	f.e.ps.Changed()
	f.e.refresh()
	return nil
}

// The working tool of stage 1 is the municipality editor: the municipalities
// that take part, with the facts their council papers need.

func (e *municipalityEditor) title() string { return lang.L("Participating municipalities") }

func (e *municipalityEditor) canvas() fyne.CanvasObject { return e.content }
