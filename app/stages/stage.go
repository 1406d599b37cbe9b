package stages

import (
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/wizard"
)

// tool is the working tool a stage has besides its checklist.
type tool interface {
	title() string
	canvas() fyne.CanvasObject
}

// tools holds the constructor of each stage's working tool by stage ID; a
// stage without one has only its checklist and guidance.
var tools = map[wizard.StageID]func(Host) tool{
	wizard.StageExpectations:    func(h Host) tool { return newMunicipalityEditor(h) },
	wizard.StageTrust:           func(h Host) tool { return newTrustTool(h) },
	wizard.StageKnowledge:       func(h Host) tool { return newKnowledgeTool(h) },
	wizard.StageParticipation:   func(h Host) tool { return newParticipationTool(h) },
	wizard.StageStructure:       func(h Host) tool { return newDecisionList(h) },
	wizard.StagePoliticalShifts: func(h Host) tool { return newPoliticalTool(h) },
	wizard.StageResources:       func(h Host) tool { return newResourcesTool(h) },
	wizard.StageCommunication:   func(h Host) tool { return newCommunicationTool(h) },
}

// View is one stage: its purpose, guidance, tool, checklist and warning signals.
type View struct {
	ps      Host
	stage   *wizard.Stage
	Content fyne.CanvasObject
	items   []*itemRow
	tool    tool // nil for a stage with only a checklist

	tabs         *container.AppTabs
	checklistTab *container.TabItem
	heading      *widget.Label // the stage's number and title, and its purpose:
	purpose      *widget.Label // hidden when the window's header folds
}

// NewView builds stage s, the index-th of the guide, for the plan of ps; tab
// holds the kind of tab last chosen, shared by every stage of the plan.
func NewView(ps Host, s *wizard.Stage, index int, tab *Tab) *View {
	v := &View{ps: ps, stage: s}
	heading := widget.NewLabelWithStyle(fmt.Sprintf("%d. %s", index+1, s.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText
	purpose := widget.NewLabelWithStyle(s.Purpose, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	purpose.Wrapping = fyne.TextWrapWord
	v.heading, v.purpose = heading, purpose
	header := []fyne.CanvasObject{heading, purpose}
	if live := stageSignals(ps, s.ID); live != nil {
		header = append(header, live)
	}

	list := container.NewVBox(widgets.Wrapped(lang.L("Tick what is done, or mark what does not apply to your region. A note helps you remember why.")))
	for i := range s.Items {
		row := newItemRow(ps, &s.Items[i])
		v.items = append(v.items, row)
		list.Add(widget.NewSeparator())
		list.Add(row.content)
	}
	pr := s.Progress(ps.Plan())
	checklist := container.NewTabItemWithIcon(v.checklistTitle(), theme.CheckButtonCheckedIcon(), widgets.NewWheelPage(container.NewPadded(list)))

	guidance := container.NewVBox()
	for _, para := range s.Guidance {
		guidance.Add(widgets.Wrapped(para))
	}
	if signals := ps.Guide().SignalsFor(s.ID); len(signals) > 0 {
		box := container.NewVBox()
		for _, sig := range signals {
			t := widget.NewLabelWithStyle(sig.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			t.Wrapping = fyne.TextWrapWord
			box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), nil, t))
			box.Add(widgets.Wrapped(sig.Text))
		}
		guidance.Add(widgets.Section(lang.L("Warning signals to watch for"), "", box))
	}
	guide := container.NewTabItemWithIcon(lang.L("Guidance"), theme.InfoIcon(), widgets.NewWheelPage(container.NewPadded(guidance)))

	items, kinds := []*container.TabItem{checklist}, []Tab{TabChecklist}
	if newTool := tools[s.ID]; newTool != nil {
		v.tool = newTool(ps)
		page := widgets.NewWheelPage(container.NewPadded(v.tool.canvas()))
		items = append(items, container.NewTabItemWithIcon(v.tool.title(), theme.DocumentCreateIcon(), page))
		kinds = append(kinds, TabTool)
	}
	items, kinds = append(items, guide), append(kinds, TabGuidance)
	tabs, contents := openTabs(items)
	v.checklistTab, v.tabs = checklist, tabs
	// Open the kind of tab the user chose last; on an untouched stage the
	// guidance comes first, so that a new stage starts with its advice.
	want := *tab
	if want == "" && pr.Resolved() == 0 {
		want = TabGuidance
	}
	for i, k := range kinds {
		if k == want {
			tabs.SelectIndex(i)
		}
	}
	fillTabs(items, contents)
	tabs.OnSelected = func(it *container.TabItem) { *tab = kinds[tabs.SelectedIndex()] }
	v.Content = container.NewBorder(container.NewPadded(container.NewVBox(header...)), nil, nil, nil, tabs)
	return v
}

// openTabs makes the tabs of items, each with an empty holder for its
// content until fillTabs puts it there, and returns the contents. Choosing
// the tab to open refreshes every tab's content, which on a large plan
// costs more than building it; an empty holder costs nothing. All tabs are
// given at once, since each Append would refresh them all again.
func openTabs(items []*container.TabItem) (*container.AppTabs, []fyne.CanvasObject) {
	contents := make([]fyne.CanvasObject, len(items))
	for i, it := range items {
		contents[i], it.Content = it.Content, container.NewStack()
	}
	return container.NewAppTabs(items...), contents
}

// fillTabs puts the contents that openTabs held back in their holders.
func fillTabs(items []*container.TabItem, contents []fyne.CanvasObject) {
	for i, it := range items {
		it.Content.(*fyne.Container).Objects = []fyne.CanvasObject{contents[i]}
	}
}

// Fold hides the stage's title and purpose while the window is too low to
// show them and leave the stage room (the side bar names the stage, the
// guidance tab says its purpose), and shows them again when it is not.
func (v *View) Fold(folded bool) {
	widgets.SetVisible(v.heading, !folded)
	widgets.SetVisible(v.purpose, !folded)
}

// Heading is the stage's number and title above it.
func (v *View) Heading() *widget.Label { return v.heading }

// RefreshCount shows the stage's resolved items in the checklist tab's
// title, and on each item whether the plan's data now fulfils it.
func (v *View) RefreshCount() {
	for _, r := range v.items {
		r.showSuggestion()
	}
	if t := v.checklistTitle(); t != v.checklistTab.Text {
		v.checklistTab.Text = t
		v.tabs.Refresh() // refreshes every tab's content too: only when the title changed
	}
}

// checklistTitle is the checklist tab's title: the items resolved, and how
// many the plan's data fulfils that wait for a tick.
func (v *View) checklistTitle() string {
	pr := v.stage.Progress(v.ps.Plan())
	n := 0
	for _, r := range v.items {
		if r.suggestion.Visible() {
			n++
		}
	}
	args := map[string]any{"Done": pr.Resolved(), "All": pr.Total, "Count": n}
	if n == 0 {
		return lang.L("Checklist ({{.Done}}/{{.All}})", args)
	}
	return lang.L("Checklist ({{.Done}}/{{.All}}), {{.Count}} to tick", args)
}

// itemRow is one checklist item: done, not relevant, a note and the date it changed.
type itemRow struct {
	ps          Host
	item        *wizard.Item
	done        *widget.Check
	notRelevant *widget.Check
	note        *widget.Entry
	changed     *widget.Label
	content     fyne.CanvasObject
	updating    bool

	// suggestion shows, while the item is open and the plan's data fulfils
	// it, the evidence and a button that ticks it.
	suggestion *fyne.Container
	evidence   *widget.Label
}

func newItemRow(ps Host, it *wizard.Item) *itemRow {
	r := &itemRow{ps: ps, item: it}
	st := ps.Plan().Item(it.ID)
	r.done = widget.NewCheck("", nil)
	r.done.SetChecked(st.Status == planmodel.Done)
	r.notRelevant = widget.NewCheck(lang.L("Not relevant"), nil)
	r.notRelevant.SetChecked(st.Status == planmodel.NotRelevant)
	r.note = widget.NewEntry()
	r.note.SetPlaceHolder(lang.L("Note"))
	r.note.SetText(st.Note)
	r.note.Validator = func(s string) error {
		if n := utf8.RuneCountInString(s); n > planmodel.MaxTextLen {
			return fmt.Errorf("%s", lang.L("The note is {{.Len}} characters long; at most {{.Max}} are kept. Shorten it to save it.", map[string]any{"Len": n, "Max": planmodel.MaxTextLen}))
		}
		return nil
	}
	r.changed = widget.NewLabel("")
	r.changed.Importance = widget.LowImportance
	r.showChanged(st)

	r.done.OnChanged = r.onDone
	r.notRelevant.OnChanged = r.onNotRelevant
	r.note.OnChanged = r.onNote
	r.evidence = widgets.Wrapped("")
	tick := widget.NewButtonWithIcon(lang.L("Tick"), theme.ConfirmIcon(), r.onTickSuggested)
	tick.Importance = widget.HighImportance
	r.suggestion = container.NewBorder(nil, nil, widget.NewIcon(theme.NewPrimaryThemedResource(theme.InfoIcon())), container.NewCenter(tick), r.evidence)
	r.showSuggestion()

	text := widgets.Wrapped(it.Text)
	lines := []fyne.CanvasObject{text}
	if it.Help != "" {
		help := widgets.Wrapped(it.Help)
		help.TextStyle.Italic = true
		help.SizeName = theme.SizeNameCaptionText
		lines = append(lines, help)
	}
	lines = append(lines, r.suggestion, container.NewBorder(nil, nil, nil, container.NewHBox(r.notRelevant, r.changed), r.note))
	r.content = container.NewBorder(nil, nil, container.NewVBox(r.done), nil, container.NewVBox(lines...))
	return r
}

// showSuggestion shows the evidence when the item is open and the plan's
// data fulfils it, and hides it otherwise.
func (r *itemRow) showSuggestion() {
	line, ok := wizard.Suggest(r.ps.Plan(), r.item, r.ps.Now())
	if !ok {
		r.suggestion.Hide()
		return
	}
	if text := lang.L("Suggested: {{.Evidence}}", map[string]any{"Evidence": line}); r.evidence.Text != text {
		r.evidence.SetText(text) // this runs at every change: refresh only what changed
	}
	r.suggestion.Show()
}

// onTickSuggested ticks the item the user agrees is fulfilled, keeping the
// evidence as its note when it has none.
func (r *itemRow) onTickSuggested() {
	line, ok := wizard.Suggest(r.ps.Plan(), r.item, r.ps.Now())
	if !ok {
		r.showSuggestion()
		return
	}
	if r.note.Text == "" {
		r.updating = true
		r.note.SetText(line)
		r.updating = false
	}
	r.done.SetChecked(true) // records, through OnChanged
	r.showSuggestion()
}

// onDone ticks the item as done, which it then is not "not relevant", or unticks it.
func (r *itemRow) onDone(on bool) {
	if on {
		r.setNotRelevant(false)
	}
	r.record()
}

// onNotRelevant marks the item as not relevant, which it then is not done, or unmarks it.
func (r *itemRow) onNotRelevant(on bool) {
	if on {
		r.setDone(false)
	}
	r.record()
}

// onNote keeps the note as the user types it.
func (r *itemRow) onNote(string) { r.record() }

func (r *itemRow) setDone(on bool) {
	r.updating = true
	r.done.SetChecked(on)
	r.updating = false
}

func (r *itemRow) setNotRelevant(on bool) {
	r.updating = true
	r.notRelevant.SetChecked(on)
	r.updating = false
}

// record writes the row's state into the plan.
func (r *itemRow) record() {
	if r.updating {
		return
	}
	if r.note.Validate() != nil {
		return // too long: keep the last note that fits until it is shortened
	}
	status := planmodel.Open
	switch {
	case r.done.Checked:
		status = planmodel.Done
	case r.notRelevant.Checked:
		status = planmodel.NotRelevant
	}
	p := r.ps.Plan()
	before := p.Item(r.item.ID)
	p.SetItem(r.item.ID, status, r.note.Text, r.ps.Now())
	after := p.Item(r.item.ID)
	if after == before {
		return
	}
	r.showChanged(after)
	r.ps.Changed()
}

func (r *itemRow) showChanged(st planmodel.ItemState) {
	if st.Changed.IsZero() {
		r.changed.SetText("")
		return
	}
	r.changed.SetText(lang.L("changed {{.Date}}", map[string]any{"Date": planmodel.FormatDate(st.Changed.Local())}))
}
