package stages

import (
	"context"
	"slices"
	"strings"
	"time"
	"weak"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/report"
	"regionplan/wizard"
)

// decisionList is the working tool of stage 5: the plan's joint decisions,
// each with where it stands and what needs attention.
type decisionList struct {
	ps      Host
	content fyne.CanvasObject
}

func newDecisionList(ps Host) *decisionList {
	l := &decisionList{ps: ps}
	box := container.NewVBox()
	p := ps.Plan()
	if len(p.Decisions) == 0 {
		box.Add(widgets.Wrapped(lang.L("No decisions yet. A joint decision goes through every council as the same proposed decision, each in its own case document and written standard. Start with the decision to begin planning, or to adopt the plan.")))
	}
	for i := range p.Decisions {
		d := &p.Decisions[i]
		title := widget.NewLabelWithStyle(widgets.OrDash(d.Title(planmodel.Bokmal)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		summary := widget.NewLabel(decisionSummary(p, d, ps.Now()))
		open := widget.NewButtonWithIcon(lang.L("Open"), theme.NavigateNextIcon(), func() { l.onOpen(d.ID) })
		box.Add(container.NewBorder(nil, nil, nil, open, container.NewVBox(title, summary)))
		box.Add(widget.NewSeparator())
	}
	add := widget.NewButtonWithIcon(lang.L("New decision…"), theme.ContentAddIcon(), l.newDecision)
	box.Add(container.NewHBox(add))
	l.content = box
	return l
}

// onOpen shows the editor of the decision with the given ID.
func (l *decisionList) onOpen(id string) { ShowDecision(l.ps, id) }

func (l *decisionList) title() string             { return lang.L("Joint decisions and the decision path") }
func (l *decisionList) canvas() fyne.CanvasObject { return l.content }

// decisionSummary says in a line what kind of decision it is, how far it
// has come and how many warnings it has.
func decisionSummary(p *planmodel.Plan, d *planmodel.Decision, now time.Time) string {
	adopted := 0
	for _, c := range d.Paths {
		if s := c.Status(); s == planmodel.CaseAdopted || s == planmodel.CaseAdoptedChange {
			adopted++
		}
	}
	text := lang.L("{{.Kind}} · adopted by {{.Adopted}} of {{.All}} municipalities", map[string]any{
		"Kind": decisionKindName(d.Kind), "Adopted": adopted, "All": len(d.Paths),
	})
	if n := len(p.DecisionWarnings(d, now)); n > 0 {
		text += " · " + lang.L("{{.Count}} to see to", map[string]any{"Count": n})
	}
	return text
}

func (l *decisionList) newDecision() {
	names := make([]string, len(planmodel.DecisionKinds))
	for i, k := range planmodel.DecisionKinds {
		names[i] = decisionKindName(k)
	}
	kind := widget.NewRadioGroup(names, nil)
	kind.SetSelected(names[1])
	kind.Required = true
	form := widget.NewForm(widget.NewFormItem(lang.L("Kind of decision"), kind))
	widgets.ShowFormDialog(l.ps.Window(), lang.L("New decision"), lang.L("Create"), form, func() error {
		l.onCreate(planmodel.DecisionKinds[max(0, slices.Index(names, kind.Selected))])
		return nil
	})
}

// onCreate adds a decision of kind k, written from the kind's template, and opens it.
func (l *decisionList) onCreate(k planmodel.DecisionKind) {
	p := l.ps.Plan()
	d := report.NewDecision(p, k, l.ps.Now())
	p.Decisions = append(p.Decisions, d)
	l.ps.Changed()
	ShowDecision(l.ps, d.ID)
}

func decisionKindName(k planmodel.DecisionKind) string {
	switch k {
	case planmodel.DecisionStart:
		return lang.L("Start of planning")
	case planmodel.DecisionAdopt:
		return lang.L("Adopting the plan")
	case planmodel.DecisionFunding:
		return lang.L("Funding")
	case planmodel.DecisionRevision:
		return lang.L("Revision after an election")
	}
	return lang.L("Other decision")
}

func caseStatusName(s planmodel.CaseStatus) string {
	switch s {
	case planmodel.CaseSent:
		return lang.L("Sent")
	case planmodel.CaseOnAgenda:
		return lang.L("On the agenda")
	case planmodel.CaseAdopted:
		return lang.L("Adopted")
	case planmodel.CaseAdoptedChange:
		return lang.L("Adopted with changes")
	case planmodel.CaseRejected:
		return lang.L("Rejected")
	case planmodel.CasePostponed:
		return lang.L("Postponed")
	}
	return lang.L("Not sent")
}

// decisionEditor edits one decision: its texts in bokmål and nynorsk side by
// side, and its case path in every municipality.
//
// A plan screen keeps one editor and shows every decision in it (show binds
// it to the decision): Fyne keeps the renderer of every widget shown for a
// minute, so an editor built for each decision opened kept them all, most of
// the memory of going through a plan's decisions.
type decisionEditor struct {
	ps       Host
	language string // the interface language it was built in
	id       string
	content  fyne.CanvasObject
	parts    *fyne.Container // the editor's parts from top to bottom, the wording section last
	warnings *fyne.Container
	kind     *widget.Select
	columns  []*decisionTexts
	paths    *fyne.Container
	cards    []*pathCard // one per municipality of the largest decision shown
	later    Timer       // counts down to refreshing the warnings after a pause in typing
}

// warningsDelay is the pause in typing after which the decision editor
// checks the whole plan for its warnings again.
const warningsDelay = 300 * time.Millisecond

// lastEditor is the decision editor shown last, while its page or Fyne's
// renderer cache still holds it.
var lastEditor weak.Pointer[decisionEditor]

// ShowDecision puts the editor of the decision with the given ID in the
// body: the editor the host showed last, bound to this decision, when there
// is one, as if it were built anew.
func ShowDecision(ps Host, id string) {
	e := lastEditor.Value()
	if e == nil || e.ps != ps || e.language != ps.Language() {
		if e = newDecisionEditor(ps, id); e == nil {
			return
		}
		lastEditor = weak.Make(e)
	} else if !e.show(id) {
		return
	}
	ps.ShowPage(e.page())
}

// page is the editor with its warnings in a place of their own above it,
// so that one appearing while the user types never moves a field under
// the cursor.
func (e *decisionEditor) page() fyne.CanvasObject {
	notes := widgets.NewReservedArea(e.warnings, 2, func(n int) string {
		return lang.L("Notes on this decision ({{.Count}}); the warning signals for the whole plan are under Warning signals", map[string]any{"Count": n})
	}, lang.L("No notes on this decision."))
	return container.NewBorder(container.NewPadded(notes), nil, nil, nil, widgets.NewWheelPage(e.content))
}

func (e *decisionEditor) decision() *planmodel.Decision { return e.ps.Plan().Decision(e.id) }

// newDecisionEditor builds an editor showing the decision with the given
// ID, or returns nil when the plan has none.
func newDecisionEditor(ps Host, id string) *decisionEditor {
	if ps.Plan().Decision(id) == nil {
		return nil
	}
	e := &decisionEditor{ps: ps, language: ps.Language(), warnings: container.NewVBox(), paths: container.NewVBox()}
	back := widget.NewButtonWithIcon(lang.L("Back to the structure stage"), theme.NavigateBackIcon(), e.onBack)
	exportBtn := widget.NewButtonWithIcon(lang.L("Export drafts…"), theme.DocumentSaveIcon(), e.exportDrafts)
	exportBtn.Importance = widget.HighImportance
	del := widget.NewButtonWithIcon(lang.L("Delete decision"), theme.DeleteIcon(), e.confirmDelete)
	e.kind = widgets.NewChoice(planmodel.DecisionKinds, decisionKindName, "")
	e.kind.OnChanged = e.onKind
	heading := widget.NewLabelWithStyle(lang.L("Decision"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText

	help := widgets.Wrapped(lang.L("Write the case once in each written standard; every municipality gets the identical proposed decision in its own standard. Write {kommune} where the municipality's name belongs, {bidrag} for its contribution from the resource plan and {bidrag per år} for the same per year."))
	help.SizeName = theme.SizeNameCaptionText
	texts := container.NewGridWithColumns(2,
		e.textColumn(planmodel.Bokmal, lang.L("Bokmål")),
		e.textColumn(planmodel.Nynorsk, lang.L("Nynorsk")))

	e.parts = container.NewVBox(
		container.NewBorder(nil, nil, back, container.NewHBox(del, exportBtn)),
		heading,
		widget.NewForm(widget.NewFormItem(lang.L("Kind of decision"), e.kind)),
		widgets.Section(lang.L("Case text"), "", container.NewVBox(help, texts)),
		widgets.Section(lang.L("Decision path in each municipality"), lang.L("The bodies each case goes through, in order, with case numbers, meeting dates and where it stands."), e.paths),
		wordingSection(ps),
	)
	e.content = container.NewPadded(e.parts)
	e.show(id)
	return e
}

// show binds the editor to the decision with the given ID: every field,
// card and warning then shows that decision as an editor built for it
// would, and nothing typed before reaches it. It reports false, changing
// nothing, when the plan has no such decision.
func (e *decisionEditor) show(id string) bool {
	d := e.ps.Plan().Decision(id)
	if d == nil {
		return false
	}
	e.letGo() // what is typed next must not go to a field of the decision shown before
	if e.later != nil {
		e.later.Stop() // a countdown started while typing in the decision shown before
	}
	e.id = id
	if e.ps.Plan().SyncPaths(d) {
		e.ps.Changed() // a municipality added since the decision was made gets its path
	}
	name := ""
	if d.Kind != "" {
		name = decisionKindName(d.Kind)
	}
	showChoice(e.kind, name)
	for _, c := range e.columns {
		c.show()
	}
	e.showPaths()
	e.refreshWarnings()
	parts := slices.Clone(e.parts.Objects)
	parts[len(parts)-1] = wordingSection(e.ps)
	setObjects(e.parts, parts)
	return true
}

// showPaths shows a card for each municipality's case path, reusing the
// cards of the decisions shown before.
func (e *decisionEditor) showPaths() {
	n := len(e.decision().Paths)
	objects := make([]fyne.CanvasObject, n)
	for i := range n {
		if i == len(e.cards) {
			e.cards = append(e.cards, e.newPathCard(i))
		}
		e.cards[i].show()
		objects[i] = e.cards[i].box
	}
	setObjects(e.paths, objects)
}

// setObjects makes objects what box holds and lays it out when they differ
// from what it held. It does not refresh what is inside: a Refresh would
// draw every button's icon again, and the kept fields refresh themselves
// when they are given a text.
func setObjects(box *fyne.Container, objects []fyne.CanvasObject) {
	if slices.Equal(box.Objects, objects) {
		return
	}
	box.Objects = objects
	box.Layout.Layout(objects, box.Size())
	canvas.Refresh(box)
}

// holds reports whether f is o or inside it, through containers and forms.
func holds(o fyne.CanvasObject, f fyne.Focusable) bool {
	if g, ok := o.(fyne.Focusable); ok && g == f {
		return true
	}
	var inner []fyne.CanvasObject
	switch w := o.(type) {
	case *widgets.Paragraphs:
		return w.Focused() // its entry is its own
	case *fyne.Container:
		inner = w.Objects
	case *container.Scroll:
		inner = []fyne.CanvasObject{w.Content}
	case *widget.Form:
		for _, it := range w.Items {
			inner = append(inner, it.Widget)
		}
	}
	for _, c := range inner {
		if holds(c, f) {
			return true
		}
	}
	return false
}

// showChoice gives a kept drop-down the choice name ("" for none) as a new
// one showing it would have, without calling its OnChanged.
func showChoice(s *widget.Select, name string) {
	if s.Selected == name {
		return
	}
	on := s.OnChanged
	s.OnChanged = nil
	if name == "" {
		s.ClearSelected()
	} else {
		s.SetSelected(name)
	}
	s.OnChanged = on
}

// showText gives a kept field text as a new field holding it would show
// it, and without calling its OnChanged: the cursor at the start, nothing
// selected, no undo history.
func showText(o interface{ SetText(string) }, text string) {
	en, ok := o.(*widget.Entry)
	if !ok {
		o.SetText(text)
		return
	}
	widgets.Unselect(en)
	on := en.OnChanged
	en.OnChanged = nil
	en.CursorRow, en.CursorColumn = 0, 0
	en.SetText(text) // also forgets what could be undone
	en.OnChanged = on
}

// letGo takes the keyboard from the editor's field that has it, if one does:
// a field keeps it when the page is taken away, and what is typed would
// then go on into the decision no longer shown. A dialog open hides which
// field has the keyboard (Fyne answers for the dialog's), so it is left.
func (e *decisionEditor) letGo() {
	if c := e.ps.Window().Canvas(); c.Focused() != nil && holds(e.content, c.Focused()) {
		c.Unfocus()
	}
}

// onBack goes back to the list of decisions.
func (e *decisionEditor) onBack() {
	e.letGo()
	e.ps.ShowStage(wizard.StageStructure, "")
}

// onKind stores the kind of decision chosen.
func (e *decisionEditor) onKind(string) {
	if k := widgets.Chosen(e.kind, planmodel.DecisionKinds, decisionKindName); k != "" && e.decision().Kind != k {
		e.decision().Kind = k
		e.ps.Changed()
	}
}

// refreshWarningsLater refreshes the warnings after a pause in typing: they
// look at the whole plan, which is too much for every keystroke.
func (e *decisionEditor) refreshWarningsLater() {
	if e.later == nil {
		e.later = e.ps.StartTimer(warningsDelay, e.refreshWarnings)
		return
	}
	e.later.Reset(warningsDelay)
}

// refreshWarnings lists what needs attention on the decision.
func (e *decisionEditor) refreshWarnings() {
	if e.decision() == nil {
		return // deleted while the countdown ran
	}
	e.warnings.Objects = nil // filled in one go below: Add would lay it out again each time
	defer e.warnings.Refresh()
	for _, w := range e.ps.Plan().DecisionWarnings(e.decision(), e.ps.Now()) {
		var text string
		switch w.Kind {
		case planmodel.WarnOverdue:
			text = lang.L("{{.Municipality}}: the meeting in {{.Body}} has passed, but no decision is recorded.", map[string]any{"Municipality": e.ps.Plan().NameOf(w.Municipality), "Body": w.Body})
		case planmodel.WarnInconsistent:
			text = lang.L("Some councils have adopted the decision and others have rejected it. Talk with the councils that rejected it before going on.")
		case planmodel.WarnMissingText:
			text = lang.L("The {{.Standard}} text is missing, but municipalities in the plan write {{.Standard}}.", map[string]any{"Standard": widgets.StandardName(w.Standard)})
		case planmodel.WarnOlderText:
			text = lang.L("The {{.Standard}} text is older than the other; check that it says the same.", map[string]any{"Standard": widgets.StandardName(w.Standard)})
		}
		e.warnings.Objects = append(e.warnings.Objects, container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), nil, widgets.Wrapped(text)))
	}
	texts := DocumentWarnings(e.ps.Plan())
	for _, pr := range report.Unprintable(e.ps.Plan()) { // what the font would print as a box
		texts = append(texts, pr.Field+": "+widgets.ProblemText(pr))
	}
	for _, text := range texts {
		e.warnings.Objects = append(e.warnings.Objects, container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), nil, widgets.Wrapped(text)))
	}
}

// DocumentWarnings says, in the interface language, what the plan's
// documents would show wrongly: an unbalanced year, a municipality asked
// for nothing because its population or share is missing.
func DocumentWarnings(p *planmodel.Plan) []string {
	var out []string
	for _, w := range report.Warnings(p) {
		switch w.Kind {
		case report.WarnUnbalanced:
			out = append(out, lang.L("The budget for {{.Year}} does not balance: funding minus costs is {{.Amount}} kr.", map[string]any{"Year": w.Year, "Amount": planmodel.FormatInt(w.Amount)}))
		case report.WarnNoPopulation:
			out = append(out, lang.L("{{.Municipality}} is asked for 0 kr because its population is missing.", map[string]any{"Municipality": w.Municipality}))
		case report.WarnNoShare:
			out = append(out, lang.L("{{.Municipality}} is asked for 0 kr because it has no share in the manual key.", map[string]any{"Municipality": w.Municipality}))
		default:
			out = append(out, lang.L("The joint share cannot be split between the municipalities; check the distribution key."))
		}
	}
	return out
}

// textColumn edits the decision's text in one written standard.
func (e *decisionEditor) textColumn(std planmodel.Standard, name string) fyne.CanvasObject {
	c := &decisionTexts{e: e, std: std, changed: widget.NewLabel("")}
	c.changed.SizeName = theme.SizeNameCaptionText
	e.columns = append(e.columns, c)
	fields := []struct {
		label string
		kind  fieldKind
		get   func(planmodel.DecisionText) string
		set   func(*planmodel.DecisionText, string)
	}{
		{lang.L("Title"), fieldOneLine, func(t planmodel.DecisionText) string { return t.Title }, func(t *planmodel.DecisionText, s string) { t.Title = s }},
		{lang.L("Proposed decision"), fieldLines, func(t planmodel.DecisionText) string { return strings.Join(t.Points, "\n") }, func(t *planmodel.DecisionText, s string) { t.Points = widgets.LinesOf(s) }},
		{lang.L("What the case is about"), fieldProse, func(t planmodel.DecisionText) string { return t.Summary }, func(t *planmodel.DecisionText, s string) { t.Summary = s }},
		{lang.L("Background"), fieldProse, func(t planmodel.DecisionText) string { return t.Background }, func(t *planmodel.DecisionText, s string) { t.Background = s }},
		{lang.L("Assessment"), fieldProse, func(t planmodel.DecisionText) string { return t.Assessment }, func(t *planmodel.DecisionText, s string) { t.Assessment = s }},
		{lang.L("Attachments"), fieldLines, func(t planmodel.DecisionText) string { return strings.Join(t.Attachments, "\n") }, func(t *planmodel.DecisionText, s string) { t.Attachments = widgets.LinesOf(s) }},
	}
	items := make([]*widget.FormItem, len(fields))
	for i, f := range fields {
		o := c.field("", f.kind, f.set)
		c.fields = append(c.fields, shownText{o, f.get})
		items[i] = widget.NewFormItem(f.label, o)
	}
	form := widget.NewForm(items...)
	form.Orientation = widget.Vertical
	head := widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(container.NewBorder(nil, nil, head, c.changed), form)
}

// decisionTexts is the column of the decision's texts in one written standard.
type decisionTexts struct {
	e       *decisionEditor
	std     planmodel.Standard
	changed *widget.Label // when the text was last changed
	fields  []shownText
}

// shownText is a field of a decision's text with the part of the text it shows.
type shownText struct {
	field widgets.TextField
	get   func(planmodel.DecisionText) string
}

// show fills the column with the decision's text in its standard.
func (c *decisionTexts) show() {
	t := c.e.decision().Text(c.std)
	for _, f := range c.fields {
		showText(f.field, f.get(t))
	}
	c.showChanged(t)
}

// textField is one field of a decision's text, with how it is stored.
type textField struct {
	c   *decisionTexts
	set func(*planmodel.DecisionText, string)
}

// fieldKind is what a field of a decision's text holds.
type fieldKind int

const (
	fieldOneLine fieldKind = iota // a title
	fieldLines                    // a list, an item a line
	fieldProse                    // paragraphs of text, edited a paragraph at a time
)

// field is a field of the given kind holding value that stores what is
// typed through set. A long prose text is a widgets.Paragraphs, so that a
// keystroke wraps only its paragraph; SetText on it does not call
// OnChanged, while an entry's does (Fyne's Entry).
func (c *decisionTexts) field(value string, kind fieldKind, set func(*planmodel.DecisionText, string)) widgets.TextField {
	if kind == fieldProse {
		p := widgets.NewParagraphs(value)
		p.SetMinRowsVisible(4)
		p.OnChanged = textField{c, set}.onChanged
		return p
	}
	en := widget.NewEntry()
	if kind == fieldLines {
		en = widget.NewMultiLineEntry()
		en.Wrapping = fyne.TextWrapWord
		en.SetMinRowsVisible(4)
	}
	en.SetText(value)
	en.OnChanged = textField{c, set}.onChanged
	return en
}

// onChanged stores the field's text, dates the standard's text and saves.
func (f textField) onChanged(s string) {
	c := f.c
	d := c.e.decision()
	t := d.Texts[c.std]
	f.set(&t, s)
	t.Changed = c.e.ps.Now()
	d.SetText(c.std, t)
	c.showChanged(t)
	c.e.ps.Changed()
	c.e.refreshWarningsLater()
}

func (c *decisionTexts) showChanged(t planmodel.DecisionText) {
	if t.Changed.IsZero() {
		c.changed.SetText(lang.L("Not written yet"))
		return
	}
	c.changed.SetText(lang.L("changed {{.Date}}", map[string]any{"Date": planmodel.FormatDate(t.Changed.Local())}))
}

// pathCard edits the case path of the decision's i-th municipality.
type pathCard struct {
	e       *decisionEditor
	i       int
	box     fyne.CanvasObject
	name    *widget.Label
	status  *widget.Label
	archive *widget.Entry
	officer *widget.Entry
	steps   *fyne.Container
	rows    []*stepRow // one per body of the longest path shown
	add     fyne.CanvasObject
}

// pathCard returns the card of the case path of the decision's i-th municipality.
func (e *decisionEditor) pathCard(i int) fyne.CanvasObject { return e.cards[i].box }

// newPathCard builds the card for the case path of the i-th municipality,
// empty until show fills it.
func (e *decisionEditor) newPathCard(i int) *pathCard {
	c := &pathCard{e: e, i: i, status: widget.NewLabel(""), steps: container.NewVBox()}
	c.archive = keptEntry(lang.L("Archive case, e.g. 2027/312"), c.onArchive)
	c.officer = keptEntry(lang.L("Case officer"), c.onOfficer)
	c.name = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	copyBtn := widget.NewButtonWithIcon(lang.L("Copy proposed decision"), theme.ContentCopyIcon(), c.onCopy)
	c.add = container.NewHBox(widget.NewButtonWithIcon(lang.L("Add body"), theme.ContentAddIcon(), c.onAddBody))
	c.box = container.NewVBox(
		widget.NewSeparator(),
		container.NewBorder(nil, nil, c.name, container.NewHBox(c.status, copyBtn)),
		container.NewGridWithColumns(2, c.archive, c.officer),
		c.steps,
	)
	return c
}

// keptEntry is an empty single-line entry saying what it is for by its
// placeholder, storing what is typed through onChanged; showText fills it.
func keptEntry(placeholder string, onChanged func(string)) *widget.Entry {
	en := widget.NewEntry()
	en.SetPlaceHolder(placeholder)
	en.OnChanged = onChanged
	return en
}

// show fills the card with the path of the decision shown.
func (c *pathCard) show() {
	p := c.path()
	c.name.SetText(c.e.ps.Plan().NameOf(p.Municipality))
	c.showStatus()
	showText(c.archive, p.ArchiveRef)
	showText(c.officer, p.CaseOfficer)
	c.fill()
}

func (c *pathCard) path() *planmodel.CasePath { return &c.e.decision().Paths[c.i] }

func (c *pathCard) showStatus() { c.status.SetText(caseStatusName(c.path().Status())) }

// changed saves the path and shows where it stands.
func (c *pathCard) changed() {
	c.showStatus()
	c.e.ps.Changed()
	c.e.refreshWarningsLater()
}

func (c *pathCard) onArchive(s string) { c.path().ArchiveRef = s; c.changed() }
func (c *pathCard) onOfficer(s string) { c.path().CaseOfficer = s; c.changed() }
func (c *pathCard) onCopy()            { c.e.copyProposal(c.i) }

// fill shows a row per body, reusing the rows of paths shown before, and
// the button that adds one.
func (c *pathCard) fill() {
	n := len(c.path().Steps)
	objects := make([]fyne.CanvasObject, 0, n+1) // set in one go: Add would lay the box out again each time
	for k := range n {
		if k == len(c.rows) {
			c.rows = append(c.rows, c.newStepRow(k))
		}
		c.rows[k].show()
		objects = append(objects, c.rows[k].box)
	}
	setObjects(c.steps, append(objects, c.add))
}

// onAddBody adds a body to the path, up to the most a case can pass through.
func (c *pathCard) onAddBody() {
	if len(c.path().Steps) >= planmodel.MaxSteps {
		return
	}
	c.path().Steps = append(c.path().Steps, planmodel.CaseStep{})
	c.changed()
	c.fill()
}

// onRemoveBody removes the k-th body from the path.
func (c *pathCard) onRemoveBody(k int) {
	p := c.path()
	p.Steps = append(p.Steps[:k:k], p.Steps[k+1:]...)
	c.changed()
	c.fill()
}

// wordingSection lists the plan's texts that documents in another written
// standard would print as written, each with an entry for its wording
// there; empty when there are none.
//
// Decision editors opened one after another share the section while the
// host and those texts stay the same (a wording typed takes its text off the
// list, so the next editor builds it anew): it lists the whole plan's texts,
// and Fyne keeps the renderers of every widget shown for a minute, so one
// section per editor was most of the memory held after going through the
// decisions. The section is kept through a weak pointer, alive only while a
// page or Fyne's cache still holds its entries.
func wordingSection(ps Host) fyne.CanvasObject {
	texts := report.UnwordedTexts(ps.Plan())
	if w := lastWordings.Value(); w != nil && w.ps == ps && slices.Equal(w.texts, texts) {
		return w.box
	}
	w := &wordings{ps: ps, texts: texts, box: container.NewVBox()}
	lastWordings = weak.Make(w)
	rows := map[planmodel.Standard]*fyne.Container{}
	for _, u := range texts {
		name := map[string]any{"Standard": widgets.StandardName(u.Standard)}
		if rows[u.Standard] == nil {
			rows[u.Standard] = container.NewVBox()
			w.box.Add(widgets.Section(lang.L("Texts without a {{.Standard}} version", name),
				lang.L("These texts of the plan are printed as written in {{.Standard}} documents. Write each one in {{.Standard}} here, or copy it where it reads the same.", name), rows[u.Standard]))
		}
		entry := widgets.NewEntry("")
		entry.SetPlaceHolder(lang.L("In {{.Standard}}", name))
		entry.OnChanged = wording{w, u}.onChanged
		rows[u.Standard].Add(container.NewGridWithColumns(2, widgets.Wrapped(u.Text), entry))
	}
	return w.box
}

// wordings is a wording section with the host and the texts it was built
// for; its entries hold it, so it lives as long as they do.
type wordings struct {
	ps    Host
	texts []report.Unworded
	box   *fyne.Container
}

// lastWordings is the wording section built last, while it lives.
var lastWordings weak.Pointer[wordings]

// wording is one text of the plan worded in another written standard.
type wording struct {
	w *wordings
	u report.Unworded
}

// onChanged stores the text typed as the wording and saves.
func (w wording) onChanged(s string) {
	w.u.Set(w.u.Standard, s)
	w.w.ps.Changed()
}

// copyProposal puts municipality i's numbered proposed decision on the
// clipboard as plain text, in its written standard, filled in.
func (e *decisionEditor) copyProposal(i int) {
	p := e.ps.Plan()
	if i >= len(p.Municipalities) {
		return
	}
	fyne.CurrentApp().Clipboard().SetContent(report.ProposedDecision(p, e.decision(), i))
}

// stepRow edits one body's treatment of the case.
type stepRow struct {
	c       *pathCard
	k       int
	box     fyne.CanvasObject
	body    *widget.Entry
	number  *widget.Entry
	meeting *widget.Entry
	decided *widget.Entry
	status  *widget.Select
}

// newStepRow builds the row for the k-th body of the path, empty until show fills it.
func (c *pathCard) newStepRow(k int) *stepRow {
	r := &stepRow{c: c, k: k}
	r.body = keptEntry(lang.L("Body"), r.onBody)
	r.number = keptEntry(lang.L("Case no."), r.onNumber)
	r.meeting = widgets.NewDateEntry("", lang.L("Meeting"), r.onMeeting)
	r.decided = widgets.NewDateEntry("", lang.L("Decided"), r.onDecided)
	r.status = widgets.NewChoice(planmodel.CaseStatuses, caseStatusName, "")
	r.status.OnChanged = r.onStatus
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { c.onRemoveBody(k) })
	r.box = container.NewBorder(nil, nil, nil, del, container.NewGridWithColumns(5, r.body, r.number, r.meeting, r.status, r.decided))
	return r
}

// show fills the row with the k-th body of the path shown.
func (r *stepRow) show() {
	s := *r.step()
	showText(r.body, s.Body)
	showText(r.number, s.CaseNumber)
	showText(r.meeting, widgets.DateOf(s.Meeting))
	showText(r.decided, widgets.DateOf(s.Decided))
	showChoice(r.status, caseStatusName(s.Status)) // "not sent", the empty status, is shown too
}

func (r *stepRow) step() *planmodel.CaseStep { return &r.c.path().Steps[r.k] }

func (r *stepRow) onBody(v string)      { r.step().Body = v; r.c.changed() }
func (r *stepRow) onNumber(v string)    { r.step().CaseNumber = v; r.c.changed() }
func (r *stepRow) onMeeting(iso string) { r.step().Meeting = iso; r.c.changed() }
func (r *stepRow) onDecided(iso string) { r.step().Decided = iso; r.c.changed() }

// onStatus stores where the case stands in the body; a decision taken is
// dated today unless a date is given.
func (r *stepRow) onStatus(v string) {
	if v == "" {
		return
	}
	step := r.step()
	step.Status = widgets.Chosen(r.status, planmodel.CaseStatuses, caseStatusName)
	if step.Status.Decided() && step.Decided == "" {
		today := r.c.e.ps.Now().Format("2006-01-02")
		step.Decided = today
		r.decided.SetText(widgets.DateOf(today))
	}
	r.c.changed()
}

func (e *decisionEditor) confirmDelete() {
	d := e.decision()
	dialog.ShowConfirm(lang.L("Delete decision"),
		lang.L("Delete «{{.Title}}» and its decision path in every municipality?", map[string]any{"Title": widgets.OrDash(d.Title(planmodel.Bokmal))}),
		e.onDeleteConfirmed, e.ps.Window())
}

// onDeleteConfirmed deletes the decision when the user said yes, and goes
// back to the list.
func (e *decisionEditor) onDeleteConfirmed(ok bool) {
	if !ok {
		return
	}
	if e.later != nil {
		e.later.Stop()
	}
	e.letGo() // typing into the deleted decision's field would find no decision
	p := e.ps.Plan()
	for i := range p.Decisions {
		if p.Decisions[i].ID == e.id {
			p.Decisions = append(p.Decisions[:i:i], p.Decisions[i+1:]...)
			break
		}
	}
	e.ps.Changed()
	e.ps.ShowStage(wizard.StageStructure, "")
}

// exportDrafts asks for a folder and writes a draft for every municipality
// and the overview there, showing progress, then offers to open the folder.
func (e *decisionEditor) exportDrafts() {
	widgets.ShowFolderOpen(e.ps.Window(), func(dir fyne.ListableURI, err error) {
		if err != nil {
			e.ps.ShowError(err)
			return
		}
		if dir == nil {
			return
		}
		e.writeDrafts(dir.Path())
	})
}

// writeDrafts writes the decision's documents into dir in the background,
// with a progress bar, and tells the user where they are.
func (e *decisionEditor) writeDrafts(dir string) {
	id := e.id
	e.ps.WriteInBackground(dir, func(ctx context.Context, p *planmodel.Plan, progress func(done, total int)) ([]string, error) {
		return report.WriteDecisionFiles(ctx, p, p.Decision(id), dir, e.ps.Now(), progress)
	}, func(n int, dir string) string {
		return lang.L("{{.Count}} documents were written to {{.Dir}}: a draft for each municipality and the overview for the steering group.", map[string]any{"Count": n, "Dir": dir})
	})
}
