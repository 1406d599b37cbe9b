package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// readOnlyText returns, when the plan file was opened for reading only, the
// banner that says why and what the user can do; "" when it can be written.
func (u *UI) readOnlyText() string {
	switch {
	case u.store.ReadOnly():
		return lang.L("Opened read-only: the plan file's disk or folder cannot be written. You can read and export the plan; copy the plan file to a folder you can write to in order to change it.")
	case u.store.Damaged() != nil:
		return lang.L("Opened read-only: the plan file is damaged, so nothing is written to it. You can read and export the plan; restore a backup or save what can be saved in order to change it.")
	}
	return ""
}

// readOnly holds what the plan screen needs while the plan file cannot be
// written: the plan as it was opened, to undo any edit that gets through.
type readOnly struct {
	banner   fyne.CanvasObject
	pristine *planmodel.Plan
}

// newReadOnly returns the read-only state of a plan screen showing p, or
// nil when the plan file can be written.
func newReadOnly(u *UI, p *planmodel.Plan) *readOnly {
	text := u.readOnlyText()
	if text == "" {
		return nil
	}
	l := widgets.Wrapped(text)
	l.Importance = widget.WarningImportance
	icon := widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
	return &readOnly{banner: container.NewBorder(nil, nil, icon, nil, l), pristine: p.Clone()}
}

// ReadOnly reports whether the plan file was opened for reading only.
func (ps *planScreen) ReadOnly() bool { return ps.readOnly != nil }

// refuse undoes an edit of the plan on a read-only plan file: the plan goes
// back to how it was opened, the screen is built anew, and the status line
// says why. It reports false when the plan file can be written.
func (ps *planScreen) refuse() bool {
	if ps.readOnly == nil {
		return false
	}
	*ps.plan = *ps.readOnly.pristine.Clone()
	ps.views = map[int]*stages.View{}
	ps.show(ps.stage)
	ps.status.SetText(lang.L("Not changed: the plan was opened read-only."))
	ps.status.Importance = widget.DangerImportance
	ps.status.Refresh()
	return true
}

// disableInputs disables every entry, check box, choice, slider and grid inside o,
// so that a read-only plan cannot be typed into. Buttons stay enabled: they
// export, navigate and open dialogs, and an edit they make is refused.
func disableInputs(o fyne.CanvasObject) {
	switch w := o.(type) {
	case *widget.Button, *widget.Form: // a form's own Disable would take its buttons too
	case fyne.Disableable:
		w.Disable()
	}
	for _, c := range inside(o) {
		disableInputs(c)
	}
}

// inside returns what the containers and containing widgets that the
// stages use hold, every tab's content whether shown or not.
func inside(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	switch w := o.(type) {
	case *fyne.Container:
		out = w.Objects
	case *container.Scroll:
		out = append(out, w.Content)
	case *container.Split:
		out = append(out, w.Leading, w.Trailing)
	case *container.AppTabs:
		for _, t := range w.Items {
			out = append(out, t.Content)
		}
	case *container.DocTabs:
		for _, t := range w.Items {
			out = append(out, t.Content)
		}
	case *widget.Form:
		for _, it := range w.Items {
			out = append(out, it.Widget)
		}
	case *widget.Card:
		out = append(out, w.Content)
	case *widget.Accordion:
		for _, it := range w.Items {
			out = append(out, it.Detail)
		}
	}
	return out
}
