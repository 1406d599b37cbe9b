package app

import (
	"errors"
	"fmt"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/storage"
	"regionplan/wizard"
)

// settingsView is the sidebar position of the plan's own settings, after the eight stages.
const settingsView = -1

// historyScreen is the position of the plan's history: its snapshots.
const historyScreen = -4

// planScreen shows one plan: the stages in a side bar with progress marks,
// the selected stage (or the plan's settings) on the right, the suggested
// next step above and the save status below.
type planScreen struct {
	u     *UI
	plan  *planmodel.Plan
	saver *saver
	stage int // index of the stage shown, or settingsView

	content  fyne.CanvasObject
	sidebar  *widget.List
	settings *widget.Button
	signals  *widget.Button
	history  *widget.Button
	banner   *fyne.Container // the call to re-anchor the plan after an election

	bannerFor   int             // the election year the banner speaks of, 0 for none
	bannerShown bool            // whether the banner has been filled at all
	body        *fyne.Container // holds the stage view, the settings, the signals or a decision
	tab         stages.Tab      // the kind of tab last chosen
	progress    *widget.ProgressBar
	next        *widget.Label
	nextGo      *widget.Button
	nextShort   *widget.Label  // the next step in one line, when the header is folded
	nextGoShort *widget.Button // its "go there", when folded
	fold        func(folded bool)
	folded      bool // whether the window is too low for the whole header (widgets.FoldHeight)
	foldKnown   bool // whether folded was set at all
	status      *widget.Label
	view        *stages.View // the stage shown, nil on the settings view

	// views keeps the stage views built since the plan last changed, so
	// that going back to a stage is instant; a change drops all but the one
	// shown, since any of them may show what changed.
	views map[int]*stages.View

	readOnly *readOnly       // nil unless the plan file cannot be written (readonly.go)
	header   *fyne.Container // the top of the screen, where the read-only banner goes

	progressLater timer // the countdown to the progress refresh after a change, nil before the first
}

// progressDelay is how long after the last change the progress, the next
// step and the warning signals are worked out again, so that typing does not
// pay for them on every keystroke.
const progressDelay = 300 * time.Millisecond

func newPlanScreen(u *UI, p *planmodel.Plan) *planScreen {
	ps := &planScreen{u: u, plan: p, views: map[int]*stages.View{}}
	ps.status = widget.NewLabel("")
	ps.showStatus(lang.L("All changes are saved."))
	ps.saver = newSaver(u.store, p, u.now, u.autosaveDelay, u.startTimer, ps.onSaved)

	title := widget.NewLabelWithStyle(p.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	title.Truncation = fyne.TextTruncateEllipsis
	back := widget.NewButtonWithIcon(lang.L("All plans"), theme.NavigateBackIcon(), u.showStart)
	ps.progress = widget.NewProgressBar()
	ps.next = widget.NewLabel("")
	ps.next.Wrapping = fyne.TextWrapWord
	ps.nextGo = widget.NewButtonWithIcon(lang.L("Go there"), theme.NavigateNextIcon(), nil)
	ps.nextGo.IconPlacement = widget.ButtonIconTrailingText
	// Folded, the next step takes the title's place in one line.
	ps.nextShort = widget.NewLabel("")
	ps.nextShort.Truncation = fyne.TextTruncateEllipsis
	ps.nextGoShort = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), nil)
	bar := container.NewGridWrap(fyne.NewSize(220, ps.progress.MinSize().Height), ps.progress)
	ps.banner = container.NewVBox()
	nextRow := container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), ps.nextGo, ps.next)
	header := container.NewVBox(
		container.NewBorder(nil, nil, back, container.NewHBox(ps.nextGoShort, container.NewCenter(bar)), container.NewStack(title, ps.nextShort)),
		nextRow,
		ps.banner,
		widget.NewSeparator(),
	)
	ps.fold = func(folded bool) {
		ps.folded = folded
		widgets.SetVisible(title, !folded)
		widgets.SetVisible(nextRow, !folded)
		widgets.SetVisible(ps.nextShort, folded)
		widgets.SetVisible(ps.nextGoShort, folded && ps.nextGo.Visible())
		if ps.view != nil {
			ps.view.Fold(folded)
		}
	}

	ps.sidebar = widget.NewList(func() int { return len(u.guide.Stages) }, ps.newStageRow, ps.updateStageRow)
	ps.sidebar.OnSelected = func(i widget.ListItemID) {
		if i != ps.stage {
			ps.show(i)
		}
	}
	ps.settings = widget.NewButtonWithIcon(lang.L("Plan settings"), theme.SettingsIcon(), func() { ps.show(settingsView) })
	ps.settings.Alignment = widget.ButtonAlignLeading
	ps.signals = widget.NewButtonWithIcon("", theme.WarningIcon(), func() { ps.show(signalsView) })
	ps.signals.Alignment = widget.ButtonAlignLeading
	ps.history = widget.NewButtonWithIcon(lang.L("History"), theme.HistoryIcon(), func() { ps.show(historyScreen) })
	ps.history.Alignment = widget.ButtonAlignLeading
	side := container.NewBorder(nil, container.NewVBox(ps.signals, ps.history, ps.settings), nil, nil, widgets.NewSizeWatcher(ps.sidebar, ps.fitStageRows))

	ps.body = container.NewStack()
	ps.header = header
	ps.setReadOnly()
	split := container.NewHSplit(side, ps.body)
	split.Offset = 0.27
	ps.content = widgets.NewSizeWatcher(container.NewBorder(container.NewPadded(header), ps.status, nil, nil, split), func(size fyne.Size) {
		if folded := size.Height < widgets.FoldHeight; folded != ps.folded || !ps.foldKnown {
			ps.foldKnown = true
			ps.fold(folded)
		}
	})

	first, _ := u.guide.Next(p)
	if first < 0 {
		first = 0
	}
	ps.updateReanchorBanner()
	ps.stage = -2 // nothing shown yet
	ps.selectStage(first)
	ps.updateProgress()
	return ps
}

// setReadOnly makes the plan screen read-only when the plan file cannot be
// written, when it opens or when the check after the first frame finds the
// file damaged: a banner at the top says why, the inputs are disabled, and
// the plan stays as it is in the window, edits not saved included.
func (ps *planScreen) setReadOnly() {
	if ps.readOnly != nil {
		return
	}
	if ps.readOnly = newReadOnly(ps.u, ps.plan); ps.readOnly == nil {
		return
	}
	ps.header.Objects = append([]fyne.CanvasObject{ps.readOnly.banner}, ps.header.Objects...)
	ps.header.Refresh()
	for _, o := range ps.body.Objects {
		disableInputs(o)
	}
	if ps.saver.pending() { // refused at once, so that the status line says why
		ps.saver.stop()
		ps.saver.flush()
	}
}

// selectStage shows stage i (0–7) and marks it in the side bar.
func (ps *planScreen) selectStage(i int) {
	if i < 0 || i >= len(ps.u.guide.Stages) {
		return
	}
	if c := ps.u.win.Canvas(); c.Focused() == ps.sidebar {
		c.Unfocus() // its focus mark stays on the row it had, which then looks chosen beside the one shown
	}
	ps.sidebar.Select(i) // calls show through OnSelected
	if ps.stage != i {
		ps.show(i)
	}
}

// show puts stage i, or the settings view, in the body.
func (ps *planScreen) show(i int) {
	ps.stage = i
	ps.settings.Importance = widget.MediumImportance
	switch i {
	case settingsView:
		ps.sidebar.UnselectAll()
		ps.view = nil
		ps.settings.Importance = widget.HighImportance
		ps.setBody(widgets.NewWheelPage(newSettingsView(ps).content))
	case signalsView:
		ps.sidebar.UnselectAll()
		ps.view = nil
		ps.setBody(widgets.NewWheelPage(stages.NewSignalsView(ps)))
	case historyScreen:
		ps.sidebar.UnselectAll()
		ps.view = nil
		ps.setBody(newHistoryView(ps).content)
	default:
		ps.view = ps.views[i]
		if ps.view == nil {
			ps.view = stages.NewView(ps, &ps.u.guide.Stages[i], i, &ps.tab)
			ps.views[i] = ps.view
		}
		ps.view.Fold(ps.folded)
		ps.setBody(ps.view.Content)
	}
	ps.settings.Refresh()
	ps.updateProgress() // Neste steg follows the stage shown; it also counts the signals
}

// setBody shows o in the body, in place of what was there.
func (ps *planScreen) setBody(o fyne.CanvasObject) {
	ps.body.Objects = []fyne.CanvasObject{o}
	if ps.readOnly != nil {
		disableInputs(o)
	}
	// Laid out and redrawn, not refreshed: a refresh would measure every
	// label of the page again, which a view kept from before does not need.
	ps.body.Layout.Layout(ps.body.Objects, ps.body.Size())
	canvas.Refresh(ps.body)
}

func (ps *planScreen) focusFirst() {
	ps.u.win.Canvas().Focus(ps.sidebar)
}

// Changed records that the plan changed: it schedules the autosave and,
// after a pause in changes, the refresh of the progress marks.
func (ps *planScreen) Changed() {
	if ps.refuse() {
		return
	}
	ps.saver.changed()
	if ps.view != nil {
		ps.view.RefreshCount()
		if len(ps.views) > 1 {
			ps.views = map[int]*stages.View{ps.stage: ps.view}
		}
	} else if len(ps.views) > 0 {
		ps.views = map[int]*stages.View{}
	}
	ps.updateReanchorBanner()
	ps.status.SetText(lang.L("Saving…"))
	ps.status.Importance = widget.LowImportance
	ps.updateProgressLater()
}

// updateProgressLater refreshes the progress once changes pause for
// progressDelay: it looks at the whole plan, too much for every keystroke.
func (ps *planScreen) updateProgressLater() {
	if ps.progressLater == nil {
		ps.progressLater = ps.u.startTimer(progressDelay, ps.onProgressDue)
		return
	}
	ps.progressLater.Reset(progressDelay)
}

// onProgressDue refreshes the progress when its countdown runs out, unless
// the plan was closed meanwhile.
func (ps *planScreen) onProgressDue() {
	if ps.u.plan == ps {
		ps.updateProgress()
	}
}

// StartTimer starts a countdown the way the autosave's is started.
func (ps *planScreen) StartTimer(d time.Duration, fire func()) stages.Timer {
	return ps.u.startTimer(d, fire)
}

func (ps *planScreen) onSaved(at time.Time, err error) {
	if err != nil {
		ps.status.SetText(lang.L("Not saved: {{.Msg}} Your changes are kept in the window; Regionplan tries again at the next change.", map[string]any{"Msg": Message(err)}))
		ps.status.Importance = widget.DangerImportance
		ps.status.Refresh()
		return
	}
	ps.showStatus(lang.L("Saved at {{.Time}}.", map[string]any{"Time": at.Local().Format("15:04:05")}))
}

// showStatus puts text in the status line, followed by what the user must
// know of the plan file: that it is open for reading only, or that today's
// automatic backup was skipped.
func (ps *planScreen) showStatus(text string) {
	ps.status.Importance = widget.LowImportance
	st := ps.u.store
	switch problem := st.BackupProblem(); {
	case st.ReadOnly():
		text = lang.L("Opened for reading only: the plan file's disk or folder cannot be written.")
		ps.status.Importance = widget.WarningImportance
	case errors.Is(problem, storage.ErrDiskFull):
		text += " " + lang.L("No automatic backup today: the disk is full.")
		ps.status.Importance = widget.WarningImportance
	case problem != nil:
		text += " " + lang.L("No automatic backup today: the backup folder cannot be written.")
		ps.status.Importance = widget.WarningImportance
	}
	ps.status.SetText(text)
}

func (ps *planScreen) updateProgress() {
	g := ps.u.guide
	pr := g.Progress(ps.plan)
	ps.progress.SetValue(float64(pr.Percent()) / 100)
	ps.progress.TextFormatter = func() string {
		return lang.L("{{.Percent}} % done", map[string]any{"Percent": pr.Percent()})
	}
	ps.progress.Refresh()
	fs := stages.Findings(ps)
	ps.showNextStep(fs)
	ps.sidebar.Refresh()
	ps.updateSignals(len(fs))
}

// showNextStep puts the suggested next step in the header: the most urgent
// warning signal when one fires, else the first open item of the stage
// being worked on, else the guide's first open item.
func (ps *planScreen) showNextStep(fs []wizard.Finding) {
	g := ps.u.guide
	if f, ok := wizard.Urgent(fs); ok {
		ps.setNext(lang.L("Next step – warning signal: {{.Signal}}", map[string]any{"Signal": stages.SignalSummary(ps, f)}),
			func() { ps.ShowStage(f.Stage, stages.TabTool) })
		return
	}
	i, item := g.NextFrom(ps.plan, ps.stage) // follows the work: the stage shown first
	if item == nil {
		ps.setNext(lang.L("Every checklist item is done or marked not relevant. Keep the plan alive: review it after each election and when the world changes."), nil)
		return
	}
	ps.setNext(lang.L("Next step – {{.Stage}}: {{.Item}}", map[string]any{
		"Stage": fmt.Sprintf("%d. %s", i+1, g.Stages[i].Title), "Item": item.Text,
	}), func() { ps.selectStage(i) })
}

// setNext shows the next step in the header, whole and in one line, with
// "go there" doing goThere, or without it when goThere is nil.
func (ps *planScreen) setNext(text string, goThere func()) {
	ps.next.SetText(text)
	ps.nextShort.SetText(text)
	ps.nextGo.OnTapped, ps.nextGoShort.OnTapped = goThere, goThere
	widgets.SetVisible(ps.nextGo, goThere != nil)
	widgets.SetVisible(ps.nextGoShort, goThere != nil && ps.folded)
}

// updateSignals shows on the side bar's button how many warning signals fire.
func (ps *planScreen) updateSignals(n int) {
	ps.signals.SetText(lang.L("Warning signals ({{.Count}})", map[string]any{"Count": n}))
	switch {
	case ps.stage == signalsView:
		ps.signals.Importance = widget.HighImportance
	case n > 0:
		ps.signals.Importance = widget.WarningImportance
	default:
		ps.signals.Importance = widget.MediumImportance
	}
	ps.signals.Refresh()
}

// fitStageRows gives each side-bar row the height its title needs to be
// read whole at the side bar's width: a title too long for one line wraps.
func (ps *planScreen) fitStageRows(size fyne.Size) {
	r := ps.newStageRow().(*stageRow)
	oneLine := r.MinSize().Height
	style := fyne.TextStyle{}
	textSize := theme.TextSize()
	lineHeight := fyne.MeasureText("Åg", textSize, style).Height
	for i := range ps.u.guide.Stages {
		ps.updateStageRow(i, r)
		room := size.Width - r.mark.MinSize().Width - r.count.MinSize().Width - 4*theme.Padding() - 2*theme.InnerPadding() - theme.ScrollBarSize()
		lines := float32(1)
		if room > 0 {
			lines = min(float32(math.Ceil(float64(fyne.MeasureText(r.title.Text, textSize, style).Width/room))), 3)
		}
		ps.sidebar.SetItemHeight(i, oneLine+(lines-1)*lineHeight)
	}
}

// stageRow is one stage in the side bar: a mark, the number and title, and
// the count of resolved items.
type stageRow struct {
	widget.BaseWidget
	mark  *widget.Icon
	title *widget.Label
	count *widget.Label
}

func (ps *planScreen) newStageRow() fyne.CanvasObject {
	r := &stageRow{mark: widget.NewIcon(nil), title: widget.NewLabel(""), count: widget.NewLabel("")}
	r.title.Wrapping = fyne.TextWrapWord // a long title wraps: see fitStageRows
	r.ExtendBaseWidget(r)
	return r
}

func (r *stageRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, r.mark, r.count, r.title))
}

func (ps *planScreen) updateStageRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*stageRow)
	s := &ps.u.guide.Stages[i]
	pr := s.Progress(ps.plan)
	r.title.SetText(fmt.Sprintf("%d. %s", i+1, s.Title))
	r.count.SetText(fmt.Sprintf("%d/%d", pr.Resolved(), pr.Total))
	r.mark.SetResource(stageMark(pr))
}

func stageMark(pr wizard.Progress) fyne.Resource {
	switch {
	case pr.Complete():
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case pr.Resolved() > 0:
		return theme.NewPrimaryThemedResource(theme.RadioButtonCheckedIcon())
	}
	return theme.NewDisabledResource(theme.RadioButtonIcon())
}

// updateReanchorBanner shows, while an election awaits re-anchoring, a line
// that says so with a button that starts it.
func (ps *planScreen) updateReanchorBanner() {
	e, pending := ps.plan.PendingElection(ps.u.now())
	if !pending {
		e.Year = 0
	}
	if ps.bannerFor == e.Year && ps.bannerShown {
		return // unchanged: this runs after every change, keep it cheap
	}
	ps.bannerFor, ps.bannerShown = e.Year, true
	ps.banner.Objects = nil
	defer ps.banner.Refresh()
	if !pending {
		return
	}
	text := lang.L("The municipal election on {{.Date}} has been held, and the plan is not yet anchored with the new councils.", map[string]any{"Date": planmodel.FormatDate(e.Date)})
	btn := widget.NewButtonWithIcon(lang.L("Re-anchor the plan"), theme.HistoryIcon(), func() {
		if ps.plan.Reanchoring(e.Year) == nil {
			stages.StartReanchoring(ps, e)
			return
		}
		ps.ShowStage(wizard.StagePoliticalShifts, stages.TabTool)
	})
	btn.Importance = widget.WarningImportance
	ps.banner.Objects = append(ps.banner.Objects, container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), btn, widgets.Wrapped(text)))
}

// Plan is the open plan.
func (ps *planScreen) Plan() *planmodel.Plan { return ps.plan }

// Now is the current time.
func (ps *planScreen) Now() time.Time { return ps.u.now() }

// Window is the main window.
func (ps *planScreen) Window() fyne.Window { return ps.u.win }

// Guide is the guide in the interface language.
func (ps *planScreen) Guide() *wizard.Guide { return ps.u.guide }

// Language is the interface language's code.
func (ps *planScreen) Language() string { return currentLanguage }

// ShowError tells the user what went wrong and what to do.
func (ps *planScreen) ShowError(err error) { ps.u.showError(err) }

// SaveFile asks for a folder and a file name and writes the file there.
func (ps *planScreen) SaveFile(name, ext string, write func(path string) error, title string, done func(path string) string) {
	ps.u.saveFileDialog(name, ext, write, title, done)
}

// Snapshot saves the plan, then keeps a snapshot of it for the given reason.
func (ps *planScreen) Snapshot(name, reason string, election int) error {
	ps.saver.flush()
	_, err := ps.u.store.TakeSnapshot(ps.plan, name, reason, election, ps.u.now())
	return err
}

// ShowStage shows the stage with the given ID, built anew, on the tab of the
// given kind, or on the kind last chosen when tab is empty.
func (ps *planScreen) ShowStage(id wizard.StageID, tab stages.Tab) {
	i := ps.u.guide.StageIndex(id)
	if i < 0 {
		return
	}
	if tab != "" {
		ps.tab = tab
	}
	delete(ps.views, i)
	ps.stage = -2 // so that selectStage shows it even when it is the one shown
	ps.selectStage(i)
}

// ShowPage shows o in place of the stage.
func (ps *planScreen) ShowPage(o fyne.CanvasObject) {
	ps.view = nil
	ps.setBody(o)
}

// signalsView is the side-bar position of the warning signals, after the settings.
const signalsView = -3
