package stages

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// participationTool is the working tool of stage 4: focus groups per value
// chain, workshops with what comes before and after, and a SWOT board per
// workshop.
type participationTool struct {
	ps        Host
	workshops *widgets.RecordList[planmodel.Workshop]
	swotPick  *widget.Select
	board     *fyne.Container
	shown     int  // the workshop whose SWOT board is shown, -1 for none
	syncing   bool // the picker is being set to the board shown
	content   fyne.CanvasObject
}

// onPickBoard shows the SWOT board of the workshop picked, unless the
// picker is only being set to the board shown.
func (t *participationTool) onPickBoard(string) {
	if !t.syncing {
		t.showBoard(t.swotPick.SelectedIndex())
	}
}

func newParticipationTool(ps Host) *participationTool {
	t := &participationTool{ps: ps, board: container.NewVBox(), shown: -1}
	p := ps.Plan()
	groups := widgets.NewRecordList(ps.Window(), ps.Changed, &p.FocusGroups, widgets.RecordSpec[planmodel.FocusGroup]{
		Add:      lang.L("Add focus group…"),
		Empty:    lang.L("No focus groups yet. A group per value chain – from producers to transport and research – helps point out the direction."),
		NewTitle: lang.L("New focus group"),
		Blank:    func() planmodel.FocusGroup { return planmodel.FocusGroup{} },
		Summary: func(g planmodel.FocusGroup) (string, string) {
			return g.Name, widgets.JoinParts(g.ValueChain, lang.L("{{.Count}} members", map[string]any{"Count": len(g.Members)}))
		},
		Form:  focusGroupForm,
		Check: planmodel.FocusGroup.Validate,
	})
	t.workshops = widgets.NewRecordList(ps.Window(), ps.Changed, &p.Workshops, widgets.RecordSpec[planmodel.Workshop]{
		Add:      lang.L("Add workshop…"),
		Empty:    lang.L("No workshops yet. Plan each one with a skilled facilitator, prepare the participants and follow them up afterwards."),
		NewTitle: lang.L("New workshop"),
		Blank:    func() planmodel.Workshop { return planmodel.Workshop{} },
		Summary:  workshopSummary,
		Form:     workshopForm,
		Check:    planmodel.Workshop.Validate,
		Extra: func(i int) []fyne.CanvasObject {
			return []fyne.CanvasObject{widget.NewButton(lang.L("SWOT"), func() { t.showBoard(i) })}
		},
		Changed: t.pickerChanged,
	})
	t.swotPick = widgets.NewSelect(nil, t.onPickBoard)
	t.pickerChanged()
	t.content = container.NewVBox(
		widgets.Heading(lang.L("Focus groups")), groups.Content,
		widgets.Heading(lang.L("Workshops")), t.workshops.Content,
		widgets.Heading(lang.L("SWOT board")),
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Workshop")), nil, t.swotPick),
		t.board,
	)
	return t
}

func (t *participationTool) title() string { return lang.L("Participation") }

func (t *participationTool) canvas() fyne.CanvasObject { return t.content }

func focusGroupForm(g planmodel.FocusGroup) (*widget.Form, func() (planmodel.FocusGroup, error)) {
	name := widgets.NewEntry(g.Name)
	chain := widgets.NewEntry(g.ValueChain)
	members := widgets.NewLinesEntry(g.Members)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), name),
		widget.NewFormItem(lang.L("Value chain"), chain),
		widget.NewFormItem(lang.L("Members, one a line"), members),
	)
	return form, func() (planmodel.FocusGroup, error) {
		return planmodel.FocusGroup{Name: strings.TrimSpace(name.Text), ValueChain: strings.TrimSpace(chain.Text), Members: widgets.LinesOf(members.Text)}, nil
	}
}

func workshopSummary(w planmodel.Workshop) (string, string) {
	var who []string
	for _, g := range w.Participants {
		who = append(who, participantName(g))
	}
	follow := lang.L("followed up")
	if w.FollowUp == "" {
		follow = lang.L("no follow-up recorded")
	}
	return w.Title, widgets.JoinParts(widgets.DateOf(w.Date), w.Place, w.Method, strings.Join(who, ", "), follow)
}

func workshopForm(w planmodel.Workshop) (*widget.Form, func() (planmodel.Workshop, error)) {
	title := widgets.NewEntry(w.Title)
	date := widgets.NewDateEntry(w.Date, "", nil)
	place := widgets.NewEntry(w.Place)
	place.SetPlaceHolder(lang.L("Move between large and small, inner and outer municipalities"))
	method := widgets.NewEntry(w.Method)
	method.SetPlaceHolder(lang.L("e.g. SWOT in groups"))
	facilitator := widgets.NewEntry(w.Facilitator)
	before := widgets.NewNoteEntry(w.Before)
	after := widgets.NewNoteEntry(w.FollowUp)
	who := widgets.NewCheckGrid(planmodel.Participants, participantName, w.Participants, 3)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Title"), title),
		widget.NewFormItem(lang.L("Date"), date),
		widget.NewFormItem(lang.L("Place"), place),
		widget.NewFormItem(lang.L("Method"), method),
		widget.NewFormItem(lang.L("Facilitator"), facilitator),
		widget.NewFormItem(lang.L("Participants get before"), before),
		widget.NewFormItem(lang.L("Follow-up after"), after),
		widget.NewFormItem(lang.L("Who took part"), who.Content),
	)
	return form, func() (planmodel.Workshop, error) {
		d, err := widgets.DateIn(date, "date")
		return planmodel.Workshop{
			Title: strings.TrimSpace(title.Text), Date: d, Place: strings.TrimSpace(place.Text), Method: strings.TrimSpace(method.Text),
			Facilitator: strings.TrimSpace(facilitator.Text), Before: strings.TrimSpace(before.Text), FollowUp: strings.TrimSpace(after.Text),
			Participants: who.Selected(), SWOT: w.SWOT,
		}, err
	}
}

// pickerChanged fills the SWOT board's workshop picker after the workshops
// changed, and redraws the board, since the workshops may have moved.
func (t *participationTool) pickerChanged() {
	var titles []string
	for _, w := range t.ps.Plan().Workshops {
		titles = append(titles, w.Title)
	}
	t.swotPick.SetOptions(titles)
	i := t.shown
	if i < 0 || i >= len(titles) {
		i = min(0, len(titles)-1)
	}
	t.showBoard(i)
}

// showBoard shows the SWOT board of workshop i as a 2×2 grid of lists.
func (t *participationTool) showBoard(i int) {
	t.board.Objects = nil // filled in one go below: Add would lay it out again each time
	defer t.board.Refresh()
	t.shown = i
	t.syncing = true
	if i < 0 || i >= len(t.ps.Plan().Workshops) {
		t.swotPick.ClearSelected()
		t.syncing = false
		t.board.Objects = append(t.board.Objects, widgets.Wrapped(lang.L("Add a workshop to fill in its SWOT board.")))
		return
	}
	t.swotPick.SetSelectedIndex(i)
	t.syncing = false
	names := []string{lang.L("Strengths"), lang.L("Weaknesses"), lang.L("Opportunities"), lang.L("Threats")}
	grid := container.NewGridWithColumns(2)
	for q, list := range t.ps.Plan().Workshops[i].SWOT.Quadrants() {
		grid.Add(t.quadrant(names[q], list))
	}
	t.board.Objects = append(t.board.Objects, grid)
}

// quadrant is one editable list of a SWOT board: its points, each with a
// button that removes it, and a field whose Enter adds the point typed and
// empties the field, which keeps the focus for the next point.
type quadrant struct {
	t     *participationTool
	list  *[]string
	items *fyne.Container
	entry *widget.Entry
}

func (t *participationTool) quadrant(name string, list *[]string) fyne.CanvasObject {
	q := &quadrant{t: t, list: list, items: container.NewVBox(), entry: widget.NewEntry()}
	q.fill()
	q.entry.SetPlaceHolder(lang.L("New point"))
	q.entry.OnSubmitted = func(string) { q.onAdd() }
	box := container.NewVBox(q.items, container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon("", theme.ContentAddIcon(), q.onAdd), q.entry))
	return widgets.Section(name, "", box)
}

// fill shows the quadrant's points.
func (q *quadrant) fill() {
	q.items.Objects = nil
	for j, s := range *q.list {
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { q.onRemove(j) })
		q.items.Objects = append(q.items.Objects, container.NewBorder(nil, nil, nil, del, widgets.Wrapped("• "+s)))
	}
	q.items.Refresh()
}

// onAdd adds the point typed and empties the field.
func (q *quadrant) onAdd() {
	s := strings.TrimSpace(q.entry.Text)
	if s == "" || len([]rune(s)) > planmodel.MaxNameLen || len(*q.list) >= planmodel.MaxRecords {
		return
	}
	*q.list = append(*q.list, s)
	q.entry.SetText("")
	q.t.ps.Changed()
	q.fill()
}

// onRemove removes point j.
func (q *quadrant) onRemove(j int) {
	*q.list = append((*q.list)[:j:j], (*q.list)[j+1:]...)
	q.t.ps.Changed()
	q.fill()
}

func participantName(g planmodel.Participant) string {
	switch g {
	case planmodel.ParticipantPoliticians:
		return lang.L("Politicians")
	case planmodel.ParticipantAdministration:
		return lang.L("Administration")
	case planmodel.ParticipantBusiness:
		return lang.L("Business")
	case planmodel.ParticipantYouth:
		return lang.L("Youth")
	case planmodel.ParticipantElderly:
		return lang.L("Elderly")
	case planmodel.ParticipantImmigrants:
		return lang.L("Immigrants")
	case planmodel.ParticipantVoluntary:
		return lang.L("Voluntary organisations")
	case planmodel.ParticipantResearch:
		return lang.L("Research and education")
	}
	return string(g)
}
