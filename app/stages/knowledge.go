package stages

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// knowledgeTool is the working tool of stage 3: the knowledge sources, the
// brief for a commissioned study, the action areas with their benefit for
// each municipality, and the matrix of strengths and host functions.
type knowledgeTool struct {
	ps       Host
	brief    *widget.Label
	warnings *fyne.Container
	matrix   *fyne.Container
	sources  *widgets.RecordList[planmodel.Source]
	areas    *widgets.RecordList[planmodel.ActionArea]
	content  fyne.CanvasObject
	strength *widget.Entry // the field that adds a row to the matrix
}

func newKnowledgeTool(ps Host) *knowledgeTool {
	t := &knowledgeTool{ps: ps, brief: widgets.Wrapped(""), warnings: container.NewVBox(), matrix: container.NewVBox()}
	p := ps.Plan()
	t.sources = widgets.NewRecordList(ps.Window(), ps.Changed, &p.Sources, widgets.RecordSpec[planmodel.Source]{
		Add:      lang.L("Add source…"),
		Empty:    lang.L("No sources yet. Build the knowledge on figures as well as on surveys and interviews with the people concerned."),
		NewTitle: lang.L("New knowledge source"),
		Blank: func() planmodel.Source {
			return planmodel.Source{Kind: planmodel.SourceStatistics, Status: planmodel.SourcePlanned}
		},
		Summary: func(s planmodel.Source) (string, string) {
			return s.Title, widgets.JoinParts(sourceKindName(s.Kind), sourceStatusName(s.Status), s.Author, widgets.DateOf(s.Date), s.Findings)
		},
		Form:  sourceForm,
		Check: planmodel.Source.Validate,
	})
	t.areas = widgets.NewRecordList(ps.Window(), ps.Changed, &p.ActionAreas, widgets.RecordSpec[planmodel.ActionArea]{
		Add:      lang.L("Add action area…"),
		Empty:    lang.L("No action areas yet. Use the analyses to point out areas with benefit for the region and for each municipality."),
		NewTitle: lang.L("New action area"),
		Blank:    func() planmodel.ActionArea { return planmodel.ActionArea{} },
		Summary:  t.areaSummary,
		Form:     t.areaForm,
		Check: func(a planmodel.ActionArea) planmodel.Problems {
			return a.Validate(p.KnownIDs())
		},
		Changed: t.showWarnings,
	})
	editBrief := widget.NewButtonWithIcon(lang.L("Edit the brief…"), theme.DocumentCreateIcon(), t.onEditBrief)
	t.showBrief()
	t.showWarnings()
	t.drawMatrix()
	t.content = container.NewVBox(
		widgets.Heading(lang.L("Sources")), t.sources.Content,
		widgets.Heading(lang.L("Brief for a commissioned R&D study")), t.brief, container.NewHBox(editBrief),
		widgets.Heading(lang.L("Action areas")), t.areas.Content, t.warnings,
		widgets.Heading(lang.L("Strengths and host functions")),
		widgets.Wrapped(lang.L("What each municipality is good at and hosts for the region. Tick the municipalities a row applies to.")),
		t.matrix,
	)
	return t
}

func (t *knowledgeTool) title() string { return lang.L("Knowledge base") }

func (t *knowledgeTool) canvas() fyne.CanvasObject { return t.content }

func sourceForm(s planmodel.Source) (*widget.Form, func() (planmodel.Source, error)) {
	kind := widgets.NewChoice(planmodel.SourceKinds, sourceKindName, s.Kind)
	title := widgets.NewEntry(s.Title)
	author := widgets.NewEntry(s.Author)
	date := widgets.NewDateEntry(s.Date, "", nil)
	status := widgets.NewChoice(planmodel.SourceStatuses, sourceStatusName, s.Status)
	summary := widgets.NewNoteEntry(s.Summary)
	findings := widgets.NewNoteEntry(s.Findings)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Title"), title),
		widget.NewFormItem(lang.L("Kind"), kind),
		widget.NewFormItem(lang.L("Made by"), author),
		widget.NewFormItem(lang.L("Date"), date),
		widget.NewFormItem(lang.L("Status"), status),
		widget.NewFormItem(lang.L("Summary"), summary),
		widget.NewFormItem(lang.L("Findings"), findings),
	)
	return form, func() (planmodel.Source, error) {
		d, err := widgets.DateIn(date, "date")
		return planmodel.Source{
			Kind: widgets.Chosen(kind, planmodel.SourceKinds, sourceKindName), Title: strings.TrimSpace(title.Text),
			Author: strings.TrimSpace(author.Text), Date: d, Status: widgets.Chosen(status, planmodel.SourceStatuses, sourceStatusName),
			Summary: strings.TrimSpace(summary.Text), Findings: strings.TrimSpace(findings.Text),
		}, err
	}
}

func (t *knowledgeTool) showBrief() {
	b := t.ps.Plan().RDBrief
	if b == nil {
		t.brief.SetText(lang.L("No brief yet. A clear brief, worked out by a group of the people concerned, decides whether the study will be used."))
		return
	}
	t.brief.SetText(strings.Join([]string{
		lang.L("Questions: {{.Text}}", map[string]any{"Text": widgets.OrDash(b.Questions)}),
		lang.L("Worked out by: {{.Text}}", map[string]any{"Text": widgets.OrDash(b.WorkingGroup)}),
		lang.L("Provider: {{.Text}}", map[string]any{"Text": widgets.OrDash(b.Provider)}),
		lang.L("Deadline: {{.Text}}", map[string]any{"Text": widgets.OrDash(widgets.DateOf(b.Deadline))}),
	}, "\n"))
}

func (t *knowledgeTool) onEditBrief() { t.editBrief() }

// briefForm is the dialog that edits the brief for a commissioned study.
type briefForm struct {
	t                          *knowledgeTool
	questions, group, provider *widget.Entry
	deadline                   *widget.Entry
}

func (t *knowledgeTool) editBrief() *widgets.FormDialog {
	b := planmodel.RDBrief{}
	if p := t.ps.Plan(); p.RDBrief != nil {
		b = *p.RDBrief
	}
	f := &briefForm{t: t, questions: widgets.NewNoteEntry(b.Questions), group: widgets.NewNoteEntry(b.WorkingGroup),
		provider: widgets.NewEntry(b.Provider), deadline: widgets.NewDateEntry(b.Deadline, "", nil)}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Questions"), f.questions),
		widget.NewFormItem(lang.L("Working group"), f.group),
		widget.NewFormItem(lang.L("Provider"), f.provider),
		widget.NewFormItem(lang.L("Deadline"), f.deadline),
	)
	return widgets.ShowFormDialog(t.ps.Window(), lang.L("Brief for a commissioned R&D study"), lang.L("Save"), form, f.onSave)
}

// onSave keeps the brief, or refuses it with what is wrong.
func (f *briefForm) onSave() error {
	d, err := widgets.DateIn(f.deadline, "deadline")
	if err != nil {
		return err
	}
	n := planmodel.RDBrief{Questions: strings.TrimSpace(f.questions.Text), WorkingGroup: strings.TrimSpace(f.group.Text), Provider: strings.TrimSpace(f.provider.Text), Deadline: d}
	if ps := n.Validate(); len(ps) > 0 {
		return ps
	}
	p := f.t.ps.Plan()
	p.RDBrief = &n
	if n == (planmodel.RDBrief{}) {
		p.RDBrief = nil
	}
	f.t.ps.Changed()
	f.t.showBrief()
	return nil
}

func (t *knowledgeTool) areaSummary(a planmodel.ActionArea) (string, string) {
	var parts []string
	for _, b := range planmodel.Benefits {
		var names []string
		for _, m := range t.ps.Plan().Municipalities {
			if a.Benefits[m.ID] == b || (b == planmodel.BenefitNone && a.Benefits[m.ID] == "") {
				names = append(names, m.Name)
			}
		}
		if len(names) > 0 {
			parts = append(parts, benefitName(b)+": "+strings.Join(names, ", "))
		}
	}
	return a.Name, strings.Join(parts, " · ")
}

// areaForm asks for the area's name, its regional benefit and the benefit
// for each municipality.
func (t *knowledgeTool) areaForm(a planmodel.ActionArea) (*widget.Form, func() (planmodel.ActionArea, error)) {
	name := widgets.NewEntry(a.Name)
	regional := widgets.NewNoteEntry(a.RegionalBenefit)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Benefit for the region"), regional),
	)
	choices := map[planmodel.MunicipalityID]*widget.Select{}
	for _, m := range t.ps.Plan().Municipalities {
		b := a.Benefits[m.ID]
		if b == "" {
			b = planmodel.BenefitNone
		}
		choices[m.ID] = widgets.NewChoice(planmodel.Benefits, benefitName, b)
		form.Append(m.Name, choices[m.ID])
	}
	return form, func() (planmodel.ActionArea, error) {
		n := planmodel.ActionArea{Name: strings.TrimSpace(name.Text), RegionalBenefit: strings.TrimSpace(regional.Text), Benefits: map[planmodel.MunicipalityID]planmodel.Benefit{}}
		for m, c := range choices {
			n.Benefits[m] = widgets.Chosen(c, planmodel.Benefits, benefitName)
		}
		return n, nil
	}
}

// showWarnings names each municipality that gains from no action area.
func (t *knowledgeTool) showWarnings() {
	t.warnings.Objects = nil // filled in one go below: Add would lay it out again each time
	defer t.warnings.Refresh()
	for _, name := range t.ps.Plan().WithoutBenefit() {
		w := widgets.Wrapped(lang.L("{{.Name}} gains from none of the action areas. Show its direct or at least indirect benefit, or ask whether it should take part.", map[string]any{"Name": name}))
		w.Importance = widget.DangerImportance
		t.warnings.Objects = append(t.warnings.Objects, w)
	}
}

// drawMatrix draws the strengths matrix: a row per task, a column of ticks
// per municipality, and a field to add a row.
func (t *knowledgeTool) drawMatrix() {
	p := t.ps.Plan()
	t.matrix.Objects = nil // filled in one go below: Add would lay it out again each time
	defer t.matrix.Refresh()
	if len(p.Municipalities) == 0 {
		t.matrix.Objects = append(t.matrix.Objects, widgets.Wrapped(lang.L("Add municipalities in stage 1 first")))
		return
	}
	cols := len(p.Municipalities)
	row := func(first fyne.CanvasObject, cells []fyne.CanvasObject, last fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(220, 36), first), last, container.NewGridWithColumns(cols, cells...))
	}
	var heads []fyne.CanvasObject
	for _, m := range p.Municipalities {
		h := widget.NewLabelWithStyle(m.Name, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		h.Truncation = fyne.TextTruncateEllipsis
		h.SizeName = theme.SizeNameCaptionText
		heads = append(heads, h)
	}
	spacer := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	spacer.Hide()
	t.matrix.Objects = append(t.matrix.Objects, row(widget.NewLabel(""), heads, spacer))
	for i := range p.Strengths {
		s := &p.Strengths[i]
		task := widget.NewLabel(s.Task)
		task.Truncation = fyne.TextTruncateEllipsis
		var cells []fyne.CanvasObject
		for _, m := range p.Municipalities {
			c := widget.NewCheck("", nil)
			c.Checked = slices.Contains(s.Municipalities, m.ID)
			c.OnChanged = func(on bool) { t.onTick(i, m.ID, on) }
			cells = append(cells, container.NewCenter(c))
		}
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { t.onRemoveStrength(i) })
		t.matrix.Objects = append(t.matrix.Objects, row(task, cells, del))
	}
	t.strength = widget.NewEntry()
	t.strength.SetPlaceHolder(lang.L("Task, strength or function, e.g. Regional hospital"))
	t.strength.OnSubmitted = func(string) { t.onAddStrength() }
	t.matrix.Objects = append(t.matrix.Objects, container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon(lang.L("Add row"), theme.ContentAddIcon(), t.onAddStrength), t.strength))
}

// onRemoveStrength removes row i of the strengths matrix.
func (t *knowledgeTool) onRemoveStrength(i int) {
	p := t.ps.Plan()
	p.Strengths = append(p.Strengths[:i:i], p.Strengths[i+1:]...)
	t.ps.Changed()
	t.drawMatrix()
}

// onAddStrength adds the task typed in the matrix's field as a new row.
func (t *knowledgeTool) onAddStrength() {
	p := t.ps.Plan()
	s := planmodel.Strength{Task: strings.TrimSpace(t.strength.Text)}
	if len(s.Validate(nil)) > 0 || len(p.Strengths) >= planmodel.MaxRecords {
		return
	}
	p.Strengths = append(p.Strengths, s)
	t.ps.Changed()
	t.drawMatrix()
}

// onTick records whether municipality m has the strength of row i.
func (t *knowledgeTool) onTick(i int, m planmodel.MunicipalityID, on bool) {
	s := &t.ps.Plan().Strengths[i]
	var ms []planmodel.MunicipalityID
	for _, n := range t.ps.Plan().Municipalities {
		if (n.ID == m && on) || (n.ID != m && slices.Contains(s.Municipalities, n.ID)) {
			ms = append(ms, n.ID)
		}
	}
	s.Municipalities = ms
	t.ps.Changed()
}

func sourceKindName(k planmodel.SourceKind) string {
	switch k {
	case planmodel.SourceStatistics:
		return lang.L("Statistics")
	case planmodel.SourceAnalysis:
		return lang.L("Analysis")
	case planmodel.SourceSurvey:
		return lang.L("Survey")
	case planmodel.SourceInterview:
		return lang.L("Interviews")
	case planmodel.SourceRDStudy:
		return lang.L("Commissioned R&D study")
	}
	return string(k)
}

func sourceStatusName(s planmodel.SourceStatus) string {
	switch s {
	case planmodel.SourcePlanned:
		return lang.L("Planned")
	case planmodel.SourceInProgress:
		return lang.L("In progress")
	case planmodel.SourceDone:
		return lang.L("Done")
	}
	return string(s)
}

func benefitName(b planmodel.Benefit) string {
	switch b {
	case planmodel.BenefitDirect:
		return lang.L("Direct")
	case planmodel.BenefitIndirect:
		return lang.L("Indirect")
	case planmodel.BenefitNone:
		return lang.L("None")
	}
	return string(b)
}
