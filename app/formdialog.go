package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// formDialog shows form in a dialog with Cancel and a confirm button. On
// confirm (or Enter in a single-line field) apply runs; if it returns an
// error, the message is shown in the dialog, which stays open with
// everything typed, so nothing is lost.
type formDialog struct {
	d      *dialog.CustomDialog
	form   *widget.Form
	errMsg *widget.Label
	apply  func() error
}

func showFormDialog(win fyne.Window, title, confirm string, form *widget.Form, apply func() error) *formDialog {
	f := &formDialog{form: form, apply: apply, errMsg: widget.NewLabel("")}
	f.errMsg.Importance = widget.DangerImportance
	f.errMsg.Wrapping = fyne.TextWrapWord
	f.errMsg.Hide()
	for _, it := range form.Items {
		if e, ok := it.Widget.(*widget.Entry); ok && !e.MultiLine {
			e.OnSubmitted = func(string) { f.submit() }
		}
	}
	// A form taller than the window scrolls, with the message kept in sight below it.
	var body fyne.CanvasObject = container.NewVBox(form, f.errMsg)
	height := form.MinSize().Height + 160
	if most := win.Canvas().Size().Height - 40; height > most && most > 300 {
		body = container.NewBorder(nil, f.errMsg, nil, nil, container.NewVScroll(form))
		height = most
	}
	f.d = dialog.NewCustomWithoutButtons(title, body, win)
	cancel := widget.NewButton(lang.L("Cancel"), f.d.Hide)
	ok := widget.NewButton(confirm, f.submit)
	ok.Importance = widget.HighImportance
	f.d.SetButtons([]fyne.CanvasObject{cancel, ok})
	f.d.Resize(fyne.NewSize(600, height))
	f.d.Show()
	if len(form.Items) > 0 {
		if e, ok := form.Items[0].Widget.(fyne.Focusable); ok {
			win.Canvas().Focus(e)
		}
	}
	return f
}

func (f *formDialog) submit() {
	if err := f.apply(); err != nil {
		f.errMsg.SetText(messageText(err))
		f.errMsg.Show()
		return
	}
	f.d.Hide()
}
