package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/internal/uitest"
	"regionplan/wizard"
)

// Escape closes the top dialog as its Cancel button does, also while a field
// in it has the focus; outside dialogs it leaves the field; a dialog with no
// button to dismiss it, like a progress bar, stays.
func TestEscapeClosesTheTopDialogAndLeavesAField(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	c := u.win.Canvas()

	ps.show(historyScreen)
	newHistoryView(ps).takeDialog()
	if _, ok := c.Focused().(*widget.Entry); !ok || c.Overlays().Top() == nil {
		t.Fatalf("the snapshot dialog is not open with its name field focused: %T", c.Focused())
	}
	if !u.Escape() || c.Overlays().Top() != nil || c.Focused() != nil {
		t.Fatalf("Escape in the dialog's field left it open: top %v, focus %T", c.Overlays().Top(), c.Focused())
	}

	answer := "none"
	dialog.ShowConfirm("Spørsmål", "Sikker?", func(ok bool) { answer = map[bool]string{true: "yes", false: "no"}[ok] }, u.win)
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) // nothing focused: the canvas gets the key
	if c.Overlays().Top() != nil || answer != "no" {
		t.Errorf("Escape on a question: open %v, answered %q", c.Overlays().Top() != nil, answer)
	}

	d := dialog.NewCustom("Om", "Lukk", widget.NewLabel("…"), u.win)
	d.Show()
	dialog.ShowCustomWithoutButtons("Skriver …", widget.NewProgressBar(), u.win)
	if u.Escape() {
		t.Error("Escape closed a progress dialog")
	}
	u.win.Canvas().Overlays().Top().Hide()
	if !u.Escape() || c.Overlays().Top() != nil {
		t.Error("Escape did not close a dialog with only a Close button")
	}

	ps.ShowStage(wizard.StageExpectations, stages.TabChecklist)
	notes := uitest.FindAll[*widget.Entry](ps.view.Content)
	if len(notes) == 0 {
		t.Fatal("no field in stage 1")
	}
	c.Focus(notes[0])
	if !u.Escape() || c.Focused() != nil {
		t.Errorf("Escape did not leave the field: focus %T", c.Focused())
	}
}
