package stages

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/wizard"
)

// trustTool is the working tool of stage 2: dated self-assessments of the
// five trust factors, a chart of each factor over time, and internal notes.
// All of it is internal to the cooperation.
type trustTool struct {
	ps      Host
	texts   *wizard.TrustTexts
	charts  *fyne.Container
	list    *widgets.RecordList[planmodel.TrustAssessment]
	content fyne.CanvasObject
}

func newTrustTool(ps Host) *trustTool {
	t := &trustTool{ps: ps, charts: container.NewGridWithColumns(3)}
	texts, err := wizard.LoadTrust(ps.Language())
	if err != nil {
		return &trustTool{ps: ps, content: widgets.Wrapped(widgets.MessageText(err))}
	}
	t.texts = texts
	t.list = widgets.NewRecordList(ps.Window(), ps.Changed, &ps.Plan().Trust, widgets.RecordSpec[planmodel.TrustAssessment]{
		Add:      lang.L("Add assessment…"),
		Empty:    lang.L("No assessments yet. Let each municipality or group answer the statements, for instance at a meeting twice a year."),
		NewTitle: lang.L("New trust assessment"),
		Blank:    t.newAssessment,
		Summary:  t.summary,
		Form:     t.form,
		Check:    func(a planmodel.TrustAssessment) planmodel.Problems { return a.Validate(ps.Plan().KnownIDs()) },
		Changed:  t.drawCharts,
	})
	t.drawCharts()
	notes := widgets.NewNoteEntry(ps.Plan().TrustNotes)
	notes.SetPlaceHolder(lang.L("Internal notes on trust: what builds it, what wears it down"))
	notes.OnChanged = t.onNotesChanged
	intro := widgets.Wrapped(lang.L("A self-assessment aid, not a validated survey: it helps you talk about trust and see how it moves. Everything here is internal – it is never printed in council papers, and a plan export can leave it out."))
	intro.Importance = widget.LowImportance
	t.content = container.NewVBox(intro, t.charts, t.list.Content, notes)
	return t
}

func (t *trustTool) title() string { return lang.L("Trust assessment (internal)") }

func (t *trustTool) canvas() fyne.CanvasObject { return t.content }

// drawCharts draws one chart per factor, with a warning under a falling one.
func (t *trustTool) drawCharts() {
	t.charts.Objects = nil // filled in one go below: Add would lay it out again each time
	defer t.charts.Refresh()
	for _, f := range planmodel.TrustFactors {
		series := t.ps.Plan().TrustSeries(f)
		head := widget.NewLabelWithStyle(t.texts.Factor(f).Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Truncation = fyne.TextTruncateEllipsis
		card := container.NewVBox(head, widgets.NewTrendChart(series))
		if planmodel.Falling(series) {
			n := len(series)
			w := widget.NewLabel(lang.L("Fell from {{.From}} to {{.To}}", map[string]any{"From": widgets.FormatScore(series[n-2].Score), "To": widgets.FormatScore(series[n-1].Score)}))
			w.Importance = widget.DangerImportance
			card.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.NewErrorThemedResource(theme.WarningIcon())), nil, w))
		}
		t.charts.Objects = append(t.charts.Objects, card)
	}
}

func (t *trustTool) summary(a planmodel.TrustAssessment) (string, string) {
	who := respondentName(t.ps.Plan(), a)
	var parts []string
	for _, f := range planmodel.TrustFactors {
		if m, ok := a.FactorMean(f); ok {
			parts = append(parts, fmt.Sprintf("%s %s", t.texts.Factor(f).Title, widgets.FormatScore(m)))
		}
	}
	return widgets.DateOf(a.Date) + " · " + who, strings.Join(parts, " · ")
}

// form asks for the date, whom the assessment is for, an answer 1–5 to each
// statement and a comment.
// newAssessment is a new assessment: the politicians' answers today.
func (t *trustTool) newAssessment() planmodel.TrustAssessment {
	return planmodel.TrustAssessment{Date: t.ps.Now().Format("2006-01-02"), Group: planmodel.GroupPoliticians}
}

// onNotesChanged records the internal notes on trust.
func (t *trustTool) onNotesChanged(s string) {
	t.ps.Plan().TrustNotes = s
	t.ps.Changed()
}

func (t *trustTool) form(a planmodel.TrustAssessment) (*widget.Form, func() (planmodel.TrustAssessment, error)) {
	p := t.ps.Plan()
	date := widgets.NewDateEntry(a.Date, "", nil)
	who := whoSelect(p, a)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Date"), date),
		widget.NewFormItem(lang.L("Assessed by"), who),
	)
	scales := map[string]*widget.RadioGroup{}
	for _, f := range planmodel.TrustFactors {
		label := t.texts.Factor(f).Title
		for _, s := range planmodel.TrustStatements {
			if s.Factor != f {
				continue
			}
			scales[s.ID] = widgets.NewScale(a.Answers[s.ID], lang.L("strongly disagree"), lang.L("strongly agree"))
			form.Append(label, container.NewVBox(widgets.Wrapped(t.texts.Statement(s)), scales[s.ID]))
			label = ""
		}
	}
	comment := widgets.NewNoteEntry(a.Comment)
	form.Append(lang.L("Comment"), comment)
	form.Append("", widgets.Wrapped(lang.L("1 = strongly disagree, 5 = strongly agree. Leave a statement open if nobody can answer it.")))
	return form, func() (planmodel.TrustAssessment, error) {
		d, err := widgets.DateIn(date, "date")
		if err != nil {
			return a, err
		}
		n := planmodel.TrustAssessment{Date: d, Comment: strings.TrimSpace(comment.Text), Answers: map[string]int{}}
		n.Municipality, n.Former, n.Group = respondent(p, who.Selected, a.Former)
		for id, s := range scales {
			if v := widgets.ScaleOf(s); v > 0 {
				n.Answers[id] = v
			}
		}
		return n, nil
	}
}

func groupName(g planmodel.TrustGroup) string {
	switch g {
	case planmodel.GroupPoliticians:
		return lang.L("Politicians")
	case planmodel.GroupAdministration:
		return lang.L("Administration")
	case planmodel.GroupBusiness:
		return lang.L("Business")
	}
	return string(g)
}

// respondentName names whom assessment a speaks for, in the interface language.
func respondentName(p *planmodel.Plan, a planmodel.TrustAssessment) string {
	if a.Group != "" {
		return groupName(a.Group)
	}
	return p.Respondent(a)
}

// whoSelect offers the groups, the plan's municipalities and, for an
// assessment of a municipality that has left the plan since, that one's
// name, with a's respondent chosen.
func whoSelect(p *planmodel.Plan, a planmodel.TrustAssessment) *widget.Select {
	var names []string
	for _, g := range planmodel.TrustGroups {
		names = append(names, groupName(g))
	}
	for _, m := range p.Municipalities {
		names = append(names, m.Name)
	}
	if a.Former != "" {
		names = append(names, a.Former)
	}
	who := widgets.NewSelect(names, nil)
	who.SetSelected(respondentName(p, a))
	return who
}

// respondent reads whoSelect's choice: a municipality, the municipality
// that has left the plan (former), or a group.
func respondent(p *planmodel.Plan, chosen, former string) (planmodel.MunicipalityID, string, planmodel.TrustGroup) {
	for _, g := range planmodel.TrustGroups {
		if groupName(g) == chosen {
			return "", "", g
		}
	}
	if id := p.IDOf(chosen); id != "" || chosen != former {
		return id, "", ""
	}
	return "", former, ""
}
