package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/storage"
)

// historyView lists the plan's snapshots: named copies of the whole plan,
// taken by hand, after an election and before the plan is set back. Each can
// be compared with the plan as it is now, viewed, copied into a new plan or
// restored.
type historyView struct {
	ps      *planScreen
	content fyne.CanvasObject
}

func newHistoryView(ps *planScreen) *historyView {
	h := &historyView{ps: ps}
	title := widget.NewLabelWithStyle(lang.L("History"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	take := widget.NewButtonWithIcon(lang.L("Take a snapshot…"), theme.ContentAddIcon(), h.takeDialog)
	take.Importance = widget.HighImportance
	box := container.NewVBox(title,
		widgets.Wrapped(lang.L("A snapshot keeps the whole plan as it is, for instance «Before the 2027 election». Regionplan takes one by itself before re-anchoring after an election and before the plan is set back. Compare any snapshot with the plan as it is now to see what has changed.")),
		container.NewHBox(take), widget.NewSeparator())
	list, err := ps.u.store.Snapshots(ps.plan.ID)
	if err != nil {
		ps.u.showError(err)
	}
	if len(list) == 0 {
		box.Add(widgets.Wrapped(lang.L("No snapshots yet.")))
	}
	for _, snap := range list {
		name := widget.NewLabelWithStyle(snap.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		name.Truncation = fyne.TextTruncateEllipsis
		when := widget.NewLabel(widgets.JoinParts(planmodel.FormatDate(snap.Taken.Local())+" "+snap.Taken.Local().Format("15:04"), snapshotReason(snap.Reason)))
		buttons := container.NewHBox(
			widget.NewButton(lang.L("Compare with now"), func() { h.compare(snap) }),
			widget.NewButton(lang.L("View"), func() { h.view(snap) }),
			widget.NewButton(lang.L("New plan from it"), func() { h.copyToNewPlan(snap) }),
			widget.NewButton(lang.L("Set the plan back"), func() { h.confirmRestore(snap) }),
		)
		box.Add(container.NewBorder(nil, nil, nil, buttons, container.NewVBox(name, when)))
		box.Add(widget.NewSeparator())
	}
	h.content = container.NewVScroll(container.NewPadded(box))
	return h
}

func snapshotReason(r string) string {
	switch r {
	case planmodel.SnapshotElection:
		return lang.L("after an election")
	case planmodel.SnapshotBeforeRestore:
		return lang.L("before the plan was set back")
	case planmodel.SnapshotBeforeMerge:
		return lang.L("before municipalities were merged")
	}
	return lang.L("taken by hand")
}

func (h *historyView) takeDialog() {
	u := h.ps.u
	name := widgets.NewEntry(lang.L("Snapshot {{.Date}}", map[string]any{"Date": planmodel.FormatDate(u.now())}))
	form := widget.NewForm(widget.NewFormItem(lang.L("Name"), name))
	widgets.ShowFormDialog(u.win, lang.L("Take a snapshot"), lang.L("Take snapshot"), form, func() error {
		n := strings.TrimSpace(name.Text)
		if n == "" {
			return planmodel.Problems{{Field: "name", Message: "The name cannot be empty."}}
		}
		if err := h.ps.Snapshot(n, planmodel.SnapshotManual, 0); err != nil {
			return storeError(err)
		}
		h.ps.show(historyScreen)
		return nil
	})
}

// load reads a snapshot's plan, telling the user when it cannot be read.
func (h *historyView) load(snap storage.Snapshot) *planmodel.Plan {
	p, _, err := h.ps.u.store.LoadSnapshot(snap.PlanID, snap.ID)
	if err != nil {
		h.ps.u.showError(err)
		return nil
	}
	return p
}

// compare shows, in words, what has changed since the snapshot.
func (h *historyView) compare(snap storage.Snapshot) {
	old := h.load(snap)
	if old == nil {
		return
	}
	changes := planmodel.Compare(old, h.ps.plan)
	box := container.NewVBox()
	if len(changes) == 0 {
		box.Add(widgets.Wrapped(lang.L("Nothing has changed since the snapshot.")))
	}
	for _, c := range changes {
		box.Add(widgets.Wrapped("• " + changeText(c)))
	}
	d := dialog.NewCustom(lang.L("Changes since «{{.Name}}»", map[string]any{"Name": snap.Name}), lang.L("Close"), container.NewVScroll(box), h.ps.u.win)
	d.Resize(fyne.NewSize(720, 520))
	d.Show()
}

// changeText says one change in a sentence.
func changeText(c planmodel.Change) string {
	if c.Area == planmodel.AreaReanchoring {
		return reanchoringChangeText(c)
	}
	area := areaName(c.Area)
	switch c.Kind {
	case planmodel.Added:
		return lang.L("{{.Area}} added: {{.Name}}", map[string]any{"Area": area, "Name": c.Name})
	case planmodel.Removed:
		return lang.L("{{.Area}} removed: {{.Name}}", map[string]any{"Area": area, "Name": c.Name})
	}
	field := fieldName(c.Field)
	if m, ok := strings.CutPrefix(c.Field, "status:"); ok {
		field = lang.L("status in {{.Municipality}}", map[string]any{"Municipality": m})
	}
	return lang.L("{{.Area}} «{{.Name}}»: {{.Field}} changed from {{.Old}} to {{.New}}", map[string]any{
		"Area": area, "Name": c.Name, "Field": field, "Old": widgets.OrDash(c.Old), "New": widgets.OrDash(c.New),
	})
}

// reanchoringChangeText says in a sentence that a re-anchoring began, or
// that one of its steps was ticked or unticked for a municipality.
func reanchoringChangeText(c planmodel.Change) string {
	if c.Kind == planmodel.Added {
		return lang.L("Re-anchoring after the {{.Year}} election started", map[string]any{"Year": c.Year})
	}
	args := map[string]any{"Year": c.Year, "Municipality": c.Name, "Step": stages.ReanchorStepName(c.Field)}
	if c.New == "" {
		return lang.L("Re-anchoring after the {{.Year}} election, {{.Municipality}}: «{{.Step}}» no longer ticked", args)
	}
	d, _ := planmodel.ParseStoredDate(c.New) // a bad date shows as none; validation names it
	args["Date"] = planmodel.FormatDate(d)
	return lang.L("Re-anchoring after the {{.Year}} election, {{.Municipality}}: «{{.Step}}» ticked, {{.Date}}", args)
}

func areaName(a planmodel.ChangeArea) string {
	switch a {
	case planmodel.AreaPlan:
		return lang.L("The plan")
	case planmodel.AreaMunicipality:
		return lang.L("Municipality")
	case planmodel.AreaMeasure:
		return lang.L("Measure")
	case planmodel.AreaCost:
		return lang.L("Cost item")
	case planmodel.AreaFunding:
		return lang.L("Funding source")
	case planmodel.AreaShare:
		return lang.L("Share of")
	case planmodel.AreaDecision:
		return lang.L("Decision")
	}
	return lang.L("Goal")
}

func fieldName(f string) string {
	switch f {
	case "name", "title":
		return lang.L("the name")
	case "period":
		return lang.L("the period")
	case "applicant":
		return lang.L("the applicant municipality")
	case "population":
		return lang.L("the population")
	case "standard":
		return lang.L("the written standard")
	case "council":
		return lang.L("the council")
	case "contact":
		return lang.L("the contact")
	case "status":
		return lang.L("the status")
	case "responsible":
		return lang.L("who leads it")
	case "cost", "total":
		return lang.L("the amount (kr)")
	case "years":
		return lang.L("the years")
	case "target":
		return lang.L("the target")
	case "deadline":
		return lang.L("the deadline")
	case "current":
		return lang.L("the latest value")
	}
	return f
}

// view shows the snapshot's main content, read-only.
func (h *historyView) view(snap storage.Snapshot) {
	p := h.load(snap)
	if p == nil {
		return
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name of the plan"), widgets.Wrapped(p.Name)),
		widget.NewFormItem(lang.L("Period"), widget.NewLabel(fmt.Sprintf("%d–%d", p.FirstYear, p.LastYear))),
		widget.NewFormItem(lang.L("Municipalities"), widgets.Wrapped(listMunicipalities(p))),
		widget.NewFormItem(lang.L("Goals"), widget.NewLabel(fmt.Sprint(len(p.Goals)))),
		widget.NewFormItem(lang.L("Measures"), widget.NewLabel(fmt.Sprint(len(p.Measures)))),
		widget.NewFormItem(lang.L("Decisions"), widget.NewLabel(fmt.Sprint(len(p.Decisions)))),
		widget.NewFormItem(lang.L("Costs over the period"), widget.NewLabel(planmodel.FormatInt(p.Budget().CostTotal)+" kr")),
		widget.NewFormItem(lang.L("Checklist"), widget.NewLabel(fmt.Sprintf("%d %%", h.ps.u.guide.Progress(p).Percent()))),
	)
	box := container.NewVBox(widgets.Wrapped(lang.L("The plan as it was in «{{.Name}}», {{.Date}}. This is a read-only view; to work from it, make a new plan from it or set the plan back.", map[string]any{"Name": snap.Name, "Date": planmodel.FormatDate(snap.Taken.Local())})), form)
	d := dialog.NewCustom(snap.Name, lang.L("Close"), container.NewVScroll(box), h.ps.u.win)
	d.Resize(fyne.NewSize(640, 460))
	d.Show()
}

// listMunicipalities names the plan's municipalities, separated by commas.
func listMunicipalities(p *planmodel.Plan) string {
	names := make([]string, len(p.Municipalities))
	for i, m := range p.Municipalities {
		names[i] = m.Name
	}
	return strings.Join(names, ", ")
}

// copyToNewPlan starts a new plan from the snapshot; the plan itself is untouched.
func (h *historyView) copyToNewPlan(snap storage.Snapshot) {
	p := h.load(snap)
	if p == nil {
		return
	}
	now := h.ps.u.now()
	p.ID = planmodel.NewID()
	p.Name = lang.L("{{.Name}} (from «{{.Snapshot}}»)", map[string]any{"Name": p.Name, "Snapshot": snap.Name})
	if n := []rune(p.Name); len(n) > planmodel.MaxNameLen {
		p.Name = string(n[:planmodel.MaxNameLen])
	}
	p.Created, p.Updated = now, now
	h.ps.u.createPlan(p)
}

// confirmRestore sets the plan back to the snapshot, after the user agrees
// and after a snapshot of the plan as it is now.
func (h *historyView) confirmRestore(snap storage.Snapshot) {
	u := h.ps.u
	dialog.ShowConfirm(lang.L("Set the plan back"),
		lang.L("Set the whole plan back to «{{.Name}}»? The plan as it is now is kept as a snapshot first.", map[string]any{"Name": snap.Name}),
		func(ok bool) {
			if !ok {
				return
			}
			old := h.load(snap)
			if old == nil {
				return
			}
			name := lang.L("Before setting back to «{{.Name}}»", map[string]any{"Name": snap.Name})
			if err := h.ps.Snapshot(name, planmodel.SnapshotBeforeRestore, 0); err != nil {
				u.showError(err)
				return
			}
			old.ID = h.ps.plan.ID
			old.Updated = u.now()
			if err := u.store.Save(old); err != nil {
				u.showError(err)
				return
			}
			u.dropPlan() // the plan in the window is the one just replaced: never save it over
			u.showPlan(old.ID)
		}, u.win)
}
