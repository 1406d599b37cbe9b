package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
	"regionplan/storage"
)

// Message turns an error into a sentence for the user in the interface
// language: what happened and what to do.
func Message(err error) string {
	var ps planmodel.Problems
	switch {
	case errors.Is(err, storage.ErrLocked):
		return lang.L("The plan file is already open in another Regionplan window. Use that window, or close it and start Regionplan again.")
	case errors.Is(err, storage.ErrForeign):
		return lang.L("The file is not a Regionplan plan file. Nothing was changed; choose another file with --db.")
	case errors.Is(err, storage.ErrNewer):
		return lang.L("The plan file was saved by a newer version of Regionplan. Nothing was changed; update Regionplan to open it.")
	case errors.Is(err, storage.ErrDamaged):
		return lang.L("The plan file is damaged, so Regionplan will not show or change it. Keep a copy of the file and restore the latest backup.")
	case errors.Is(err, storage.ErrNotFound):
		return lang.L("The plan is no longer there. It may have been deleted; look in the trash.")
	case errors.Is(err, storage.ErrTooLarge):
		return lang.L("The plan has become too large to save. Shorten the longest texts and try again.")
	case errors.As(err, &ps) && len(ps) > 0:
		return problemText(ps[0])
	}
	return lang.L("Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
}

// problemText translates one validation problem. Numbers of five digits or
// more are grouped the Norwegian way; years and small counts stay as they are.
func problemText(p planmodel.Problem) string {
	args := make(map[string]any, len(p.Args))
	for k, v := range p.Args {
		if n, ok := v.(int); ok && (n >= 10000 || n <= -10000) {
			v = planmodel.FormatInt(int64(n))
		}
		args[k] = v
	}
	return lang.L(p.Message, args)
}

func (u *UI) showError(err error) {
	dialog.ShowError(errors.New(Message(err)), u.win)
}

// ShowFatal fills w with an explanation of why Regionplan cannot start, and a
// button that closes the window.
func ShowFatal(w fyne.Window, err error) {
	msg := widget.NewLabel(Message(err))
	msg.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel(err.Error())
	detail.Wrapping = fyne.TextWrapBreak
	detail.Importance = widget.LowImportance
	quit := widget.NewButton(lang.L("Close"), w.Close)
	quit.Importance = widget.HighImportance
	title := widget.NewLabelWithStyle(lang.L("Regionplan cannot open the plan file"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.SetContent(container.NewPadded(container.NewVBox(title, msg, detail, container.NewHBox(quit))))
	w.Resize(fyne.NewSize(560, 260))
}
