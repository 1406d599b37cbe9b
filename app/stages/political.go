package stages

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/report"
	"regionplan/wizard"
)

// politicalTool is the working tool of stage 6: the plan over time. It
// holds the elections, the goals and sub-goals with their warnings, a
// timeline, and the re-anchoring with the councils after an election.
type politicalTool struct {
	ps           Host
	content      *fyne.Container
	warnings     *fyne.Container
	subGoals     *fyne.Container
	measurements *measurementsView
	timeline     *widgets.Timeline
	reanchor     *fyne.Container
}

func newPoliticalTool(ps Host) *politicalTool {
	t := &politicalTool{ps: ps, warnings: container.NewVBox(), subGoals: container.NewVBox(), reanchor: container.NewVBox(), measurements: &measurementsView{box: container.NewVBox()}}
	p := ps.Plan()
	goals := widgets.NewRecordList(ps.Window(), ps.Changed, &p.Goals, widgets.RecordSpec[planmodel.Goal]{
		Add:      lang.L("Add goal…"),
		Empty:    lang.L("No goals yet. Give each goal an indicator, a baseline, a target and a deadline, so that results can be shown – results build trust."),
		NewTitle: lang.L("New goal"),
		Blank:    func() planmodel.Goal { return planmodel.Goal{ID: planmodel.NewID(), Term: planmodel.TermLong} },
		Summary:  goalSummary,
		Form:     goalForm,
		Check:    planmodel.Goal.Validate,
		Changed:  t.refresh,
	})
	t.timeline = widgets.NewTimeline(p)
	summaries := widget.NewButtonWithIcon(lang.L("Export summaries for new councils…"), theme.DocumentSaveIcon(), t.exportSummaries)
	t.content = container.NewVBox(
		container.NewHBox(summaries),
		widgets.Heading(lang.L("Elections")), t.electionRows(),
		widgets.Heading(lang.L("Re-anchoring after an election")), t.reanchor,
		widgets.Heading(lang.L("Goals")), goalNotes(t.warnings), goals.Content,
		widgets.Heading(lang.L("Measurements")), widgets.Wrapped(lang.L("Record each goal's indicator as it is measured, with its source. The chart shows the measurements against the straight path from the baseline to the target.")), t.measurements.box,
		widgets.Heading(lang.L("Sub-goals")), widgets.Wrapped(lang.L("Be realistic about how long each sub-goal needs. A sub-goal that runs past an election needs a step where the new councils confirm it.")), t.subGoals,
		widgets.Heading(lang.L("Timeline")), t.timeline,
	)
	t.refresh()
	return t
}

// goalNotes keeps the goals' warnings in a place of a fixed height, so that
// one appearing as a measurement is typed below never moves the field.
func goalNotes(warnings *fyne.Container) fyne.CanvasObject {
	return widgets.NewReservedArea(warnings, 2, func(n int) string {
		return lang.L("Notes on the goals ({{.Count}})", map[string]any{"Count": n})
	}, lang.L("No notes on the goals."))
}

func (t *politicalTool) title() string             { return lang.L("Goals, elections and re-anchoring") }
func (t *politicalTool) canvas() fyne.CanvasObject { return t.content }

// refresh brings the warnings, sub-goal lists, timeline and re-anchoring up
// to date after a change.
func (t *politicalTool) refresh() {
	p := t.ps.Plan()
	t.warnings.Objects = nil // filled in one go below: Add would lay it out again each time
	defer t.warnings.Refresh()
	for _, w := range p.GoalWarnings() {
		t.warnings.Objects = append(t.warnings.Objects, warningRow(goalWarningText(p, w)))
	}
	t.subGoals.Objects = nil // filled in one go below: Add would lay it out again each time
	defer t.subGoals.Refresh()
	for i := range p.Goals {
		g := &p.Goals[i]
		list := widgets.NewRecordList(t.ps.Window(), t.ps.Changed, &g.SubGoals, widgets.RecordSpec[planmodel.SubGoal]{
			Add:      lang.L("Add sub-goal…"),
			Empty:    lang.L("No sub-goals."),
			NewTitle: lang.L("New sub-goal"),
			Blank:    func() planmodel.SubGoal { return planmodel.SubGoal{FirstYear: p.FirstYear, LastYear: p.LastYear} },
			Summary:  subGoalSummary,
			Form:     func(s planmodel.SubGoal) (*widget.Form, func() (planmodel.SubGoal, error)) { return subGoalForm(p, s) },
			Check:    planmodel.SubGoal.Validate,
			Changed:  func() { t.refreshLater() },
		})
		t.subGoals.Objects = append(t.subGoals.Objects, widget.NewLabelWithStyle(g.Title, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
		t.subGoals.Objects = append(t.subGoals.Objects, list.Content)
	}
	t.timeline.Reload()
	t.fillMeasurements()
	t.fillReanchoring()
	t.content.Refresh()
}

// refreshLater refreshes after the sub-goal list that called it has finished
// its own update.
func (t *politicalTool) refreshLater() {
	t.warnings.Objects = nil // filled in one go below: Add would lay it out again each time
	defer t.warnings.Refresh()
	p := t.ps.Plan()
	for _, w := range p.GoalWarnings() {
		t.warnings.Objects = append(t.warnings.Objects, warningRow(goalWarningText(p, w)))
	}
	t.timeline.Reload()
}

func warningRow(text string) fyne.CanvasObject {
	return container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), nil, widgets.Wrapped(text))
}

func goalWarningText(p *planmodel.Plan, w planmodel.GoalWarning) string {
	g := p.Goals[w.Goal]
	switch w.Kind {
	case planmodel.WarnNotMeasurable:
		return lang.L("«{{.Goal}}» has no measurable target: give it an indicator, a target and a deadline.", map[string]any{"Goal": g.Title})
	case planmodel.WarnOverAmbitious:
		return lang.L("«{{.Goal}}» looks over-ambitious for the time left: at the pace so far the target will not be reached by {{.Year}}. Adjust the target or the means.", map[string]any{"Goal": g.Title, "Year": g.Deadline})
	}
	return lang.L("The sub-goal «{{.SubGoal}}» runs past the election in {{.Year}} without a step where the new councils confirm it.", map[string]any{"SubGoal": g.SubGoals[w.SubGoal].Title, "Year": w.Election})
}

func goalStatusName(s planmodel.GoalStatus) string {
	switch s {
	case planmodel.GoalOnTrack:
		return lang.L("On track")
	case planmodel.GoalAtRisk:
		return lang.L("At risk")
	case planmodel.GoalAchieved:
		return lang.L("Achieved")
	case planmodel.GoalDropped:
		return lang.L("Dropped")
	}
	return lang.L("Not started")
}

func termName(t planmodel.GoalTerm) string {
	if t == planmodel.TermShort {
		return lang.L("Short term")
	}
	return lang.L("Long term")
}

func goalSummary(g planmodel.Goal) (string, string) {
	target := ""
	if g.Target != nil {
		target = lang.L("target {{.Target}} {{.Unit}} by {{.Year}}", map[string]any{"Target": optionalNumber(g.Target), "Unit": g.Unit, "Year": g.Deadline})
	}
	return g.Title, widgets.JoinParts(termName(g.Term), g.Indicator, target, goalStatusName(g.Status))
}

func subGoalSummary(s planmodel.SubGoal) (string, string) {
	re := ""
	if s.Reanchor {
		re = lang.L("confirmed by new councils")
	}
	return s.Title, widgets.JoinParts(fmt.Sprintf("%d–%d", s.FirstYear, s.LastYear), s.Lead, re)
}

// optionalNumber writes an optional figure, or nothing for none.
func optionalNumber(f *float64) string {
	if f == nil {
		return ""
	}
	return planmodel.FormatNumber(*f)
}

func goalForm(g planmodel.Goal) (*widget.Form, func() (planmodel.Goal, error)) {
	title := widgets.NewEntry(g.Title)
	term := widgets.NewChoice([]planmodel.GoalTerm{planmodel.TermShort, planmodel.TermLong}, termName, g.Term)
	indicator := widgets.NewEntry(g.Indicator)
	indicator.SetPlaceHolder(lang.L("e.g. new jobs in the region"))
	unit := widgets.NewEntry(g.Unit)
	unit.SetPlaceHolder(lang.L("e.g. jobs"))
	baseline, baseYear := widgets.NewEntry(optionalNumber(g.Baseline)), widgets.NewEntry(yearText(g.BaseYear))
	target, deadline := widgets.NewEntry(optionalNumber(g.Target)), widgets.NewEntry(yearText(g.Deadline))
	status := widgets.NewChoice(planmodel.GoalStatuses, goalStatusName, g.Status)
	if g.Status == planmodel.GoalNotStarted {
		status.SetSelected(goalStatusName(g.Status))
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Goal"), title),
		widget.NewFormItem(lang.L("Term"), term),
		widget.NewFormItem(lang.L("Indicator"), indicator),
		widget.NewFormItem(lang.L("Unit"), unit),
		widget.NewFormItem(lang.L("Baseline and its year"), container.NewGridWithColumns(2, baseline, baseYear)),
		widget.NewFormItem(lang.L("Target and deadline year"), container.NewGridWithColumns(2, target, deadline)),
		widget.NewFormItem(lang.L("Status"), status),
	)
	return form, func() (planmodel.Goal, error) {
		n := g
		n.Title = strings.TrimSpace(title.Text)
		n.Term = widgets.Chosen(term, []planmodel.GoalTerm{planmodel.TermShort, planmodel.TermLong}, termName)
		n.Indicator, n.Unit = strings.TrimSpace(indicator.Text), strings.TrimSpace(unit.Text)
		n.Status = widgets.Chosen(status, planmodel.GoalStatuses, goalStatusName)
		var err error
		if n.Baseline, err = planmodel.ParseOptionalNumber(baseline.Text, "baseline"); err != nil {
			return n, err
		}
		if n.Target, err = planmodel.ParseOptionalNumber(target.Text, "target"); err != nil {
			return n, err
		}
		for _, y := range []struct {
			e     *widget.Entry
			to    *int
			field string
		}{{baseYear, &n.BaseYear, "baseYear"}, {deadline, &n.Deadline, "deadline"}} {
			if *y.to, err = planmodel.ParseOptionalYear(y.e.Text, y.field); err != nil {
				return n, err
			}
		}
		return n, nil
	}
}

func subGoalForm(p *planmodel.Plan, s planmodel.SubGoal) (*widget.Form, func() (planmodel.SubGoal, error)) {
	title := widgets.NewEntry(s.Title)
	first, last := widgets.NewEntry(yearText(s.FirstYear)), widgets.NewEntry(yearText(s.LastYear))
	lead := widgets.NewEntry(s.Lead)
	lead.SetPlaceHolder(lang.L("A municipality or a person"))
	reanchor := widget.NewCheck(lang.L("The new councils confirm it after an election"), nil)
	reanchor.SetChecked(s.Reanchor)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Sub-goal"), title),
		widget.NewFormItem(lang.L("From and to year"), container.NewGridWithColumns(2, first, last)),
		widget.NewFormItem(lang.L("Lead"), lead),
		widget.NewFormItem("", reanchor),
	)
	return form, func() (planmodel.SubGoal, error) {
		n := planmodel.SubGoal{Title: strings.TrimSpace(title.Text), Lead: strings.TrimSpace(lead.Text), Reanchor: reanchor.Checked}
		var err error
		if n.FirstYear, err = planmodel.ParseOptionalYear(first.Text, "firstYear"); err != nil {
			return n, err
		}
		n.LastYear, err = planmodel.ParseOptionalYear(last.Text, "lastYear")
		return n, err
	}
}

// electionRows lists the elections around the plan's period with the dates
// that follow, each election day editable.
func (t *politicalTool) electionRows() fyne.CanvasObject {
	p := t.ps.Plan()
	box := container.NewVBox(widgets.Wrapped(lang.L("Municipal elections are held every four years on a Monday in September. The new councils are constituted by the end of October, and the municipal planning strategy is due within a year after that – the natural point to confirm or revise the regional plan.")))
	for _, e := range p.Elections() {
		year := e.Year
		date := widgets.NewDateEntry(e.Date.Format("2006-01-02"), "", func(iso string) {
			if iso == "" || iso == planmodel.DefaultElectionDate(year).Format("2006-01-02") {
				delete(p.ElectionDates, year)
			} else {
				if p.ElectionDates == nil {
					p.ElectionDates = map[int]string{}
				}
				p.ElectionDates[year] = iso
			}
			t.ps.Changed()
			t.timeline.Reload()
		})
		facts := widget.NewLabel(lang.L("constituted by {{.Constituted}} · planning strategy due {{.Due}}", map[string]any{
			"Constituted": planmodel.FormatDate(e.Constituted), "Due": planmodel.FormatDate(e.StrategyDue),
		}))
		label := widget.NewLabelWithStyle(lang.L("Election {{.Year}}", map[string]any{"Year": year}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		facts.Wrapping = fyne.TextWrapWord
		box.Add(container.NewBorder(nil, nil, container.NewHBox(label, container.NewGridWrap(fyne.NewSize(130, date.MinSize().Height), date)), nil, facts))
	}
	return box
}

// fillReanchoring shows the re-anchoring after the election that awaits it,
// or the latest one done.
func (t *politicalTool) fillReanchoring() {
	p := t.ps.Plan()
	t.reanchor.Objects = nil // filled in one go below: Add would lay it out again each time
	defer t.reanchor.Refresh()
	e, pending := p.PendingElection(t.ps.Now())
	r := (*planmodel.Reanchoring)(nil)
	if pending {
		r = p.Reanchoring(e.Year)
	} else if n := len(p.Reanchorings); n > 0 {
		r = &p.Reanchorings[n-1]
	}
	switch {
	case r == nil && pending:
		start := widget.NewButtonWithIcon(lang.L("Start re-anchoring after the {{.Year}} election", map[string]any{"Year": e.Year}), theme.HistoryIcon(), func() { t.onStartReanchoring(e) })
		start.Importance = widget.HighImportance
		t.reanchor.Objects = append(t.reanchor.Objects, widgets.Wrapped(lang.L("The election on {{.Date}} has been held and the plan is not yet anchored with the new councils. Re-anchoring takes a snapshot of the plan first, then gives each municipality a checklist.", map[string]any{"Date": planmodel.FormatDate(e.Date)})))
		t.reanchor.Objects = append(t.reanchor.Objects, container.NewHBox(start))
		return
	case r == nil:
		t.reanchor.Objects = append(t.reanchor.Objects, widgets.Wrapped(lang.L("No election has passed during the plan's period yet.")))
		return
	}
	t.reanchor.Objects = append(t.reanchor.Objects, widgets.Wrapped(lang.L("After the {{.Year}} election. Tick each step as the municipality takes it – the council briefed, new contacts named, the decision renewed, the contribution confirmed. The plan is anchored anew when every municipality has taken all four.", map[string]any{"Year": r.Election})))
	for _, m := range p.Municipalities {
		t.reanchor.Objects = append(t.reanchor.Objects, t.newReanchorRow(r, m).content)
	}
}

// onStartReanchoring starts the re-anchoring after election e.
func (t *politicalTool) onStartReanchoring(e planmodel.Election) { StartReanchoring(t.ps, e) }

// reanchorRow is one municipality's re-anchoring: a tick per step and how
// far it has come.
type reanchorRow struct {
	t       *politicalTool
	r       *planmodel.Reanchoring
	id      planmodel.MunicipalityID
	status  *widget.Label
	content fyne.CanvasObject
}

func (t *politicalTool) newReanchorRow(r *planmodel.Reanchoring, m planmodel.Municipality) *reanchorRow {
	row := &reanchorRow{t: t, r: r, id: m.ID, status: widget.NewLabel("")}
	checks := container.NewHBox()
	for _, step := range planmodel.ReanchorSteps {
		c := widget.NewCheck(ReanchorStepName(step), nil)
		c.SetChecked(r.Progress(m.ID).Done[step] != "")
		c.OnChanged = func(on bool) { row.onStep(step, on) }
		checks.Add(c)
	}
	row.showStatus()
	label := widget.NewLabelWithStyle(m.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label.Truncation = fyne.TextTruncateEllipsis
	row.content = container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(130, label.MinSize().Height), label), row.status, checks)
	return row
}

// onStep records that the municipality took step today, or had not.
func (row *reanchorRow) onStep(step string, on bool) {
	pr := row.r.Progress(row.id)
	if pr.Done == nil {
		pr.Done = map[string]string{}
	}
	if on {
		pr.Done[step] = row.t.ps.Now().Format("2006-01-02")
	} else {
		delete(pr.Done, step)
	}
	row.showStatus()
	row.t.ps.Changed()
}

// showStatus says whether the municipality is anchored anew, or how many steps it has taken.
func (row *reanchorRow) showStatus() {
	if row.r.Anchored(row.id) {
		row.status.SetText(lang.L("Anchored"))
		row.status.Importance = widget.SuccessImportance
	} else {
		done := 0
		for _, s := range planmodel.ReanchorSteps {
			if row.r.Progress(row.id).Done[s] != "" {
				done++
			}
		}
		row.status.SetText(lang.L("{{.Done}} of 4", map[string]any{"Done": done}))
		row.status.Importance = widget.MediumImportance
	}
	row.status.Refresh()
}

// ReanchorStepName is a re-anchoring step's short name, for a tick box or a sentence.
func ReanchorStepName(s string) string {
	switch s {
	case planmodel.StepBriefed:
		return lang.L("Briefed")
	case planmodel.StepContacts:
		return lang.L("Contacts")
	case planmodel.StepDecision:
		return lang.L("Decision")
	}
	return lang.L("Contribution")
}

// StartReanchoring takes a snapshot of the plan as it stands and opens the
// re-anchoring checklist for the election.
func StartReanchoring(ps Host, e planmodel.Election) {
	name := lang.L("Before re-anchoring after the {{.Year}} election", map[string]any{"Year": e.Year})
	if err := ps.Snapshot(name, planmodel.SnapshotElection, e.Year); err != nil {
		ps.ShowError(err)
		return
	}
	ps.Plan().StartReanchoring(e.Year, ps.Now())
	ps.Changed()
	ps.ShowStage(wizard.StagePoliticalShifts, TabTool) // its tool showed the Start button: build it anew
}

// exportSummaries asks for a folder and writes there, for each
// municipality, the plan summary for its newly elected council.
func (t *politicalTool) exportSummaries() {
	widgets.ShowFolderOpen(t.ps.Window(), func(dir fyne.ListableURI, err error) {
		if err != nil {
			t.ps.ShowError(err)
			return
		}
		if dir != nil {
			t.ps.WriteInBackground(dir.Path(), func(ctx context.Context, p *planmodel.Plan, progress func(done, total int)) ([]string, error) {
				return report.WriteSummaryFiles(ctx, p, dir.Path(), t.ps.Now(), progress)
			}, func(n int, dir string) string {
				return lang.L("{{.Count}} summaries were written to {{.Dir}}, one for each municipality in its written standard.", map[string]any{"Count": n, "Dir": dir})
			})
		}
	})
}
